"""Renaming the VBA project of xlwings' ribbon add-in template without Excel.

xlwings' custom add-in instructions ("Renaming your add-in") have four steps done in the VBA
editor: rename the VBA project, rename the ``RibbonMyAddin`` module, point the ribbon's
``onAction`` at it, and change the ``PROJECT_NAME`` constant (which names the config sheet and
the user's config file). Four add-ins sharing one project name and one callback name is what
xlwings#973 shows going wrong: Excel runs a same-named callback of another add-in.

Excel cannot run here, so this module does the same edits on ``xl/vbaProject.bin`` itself,
following [MS-OVBA] and [MS-CFB]:

- the ``dir`` stream (compressed) gets the new project and module names;
- the ribbon module's and the xlwings module's source are edited and recompressed, with no
  performance cache (MODULEOFFSET 0); ``_VBA_PROJECT`` keeps (or gets) version 0xFFFF, which
  tells Office to compile every module from its source, as [MS-OVBA] 2.3.4.1 prescribes
  for writers; ``__SRP_*`` caches, if any, are dropped;
- the ``PROJECT`` and ``PROJECTwm`` streams name the new project and module;
- everything is written into a new compound file (512-byte sectors, mini stream for streams
  under 4096 bytes, a valid red-black directory tree).

Tests read the result back with olefile and olevba (an independent reader of both formats).
"""

from __future__ import annotations

import re
import struct
import uuid
from dataclasses import dataclass, field

import olefile

# ---------------------------------------------------------------------------------------------
# [MS-OVBA] 2.4.1 compression


def _copy_token_split(difference: int) -> tuple[int, int]:
    """Return (bit_count, maximum_length) of a copy token at ``difference`` into the chunk."""
    bit_count = 4
    while (1 << bit_count) < difference:
        bit_count += 1
    return bit_count, (0xFFFF >> bit_count) + 3


def decompress(data: bytes) -> bytes:
    """Return the decompressed bytes of an [MS-OVBA] CompressedContainer."""
    if not data or data[0] != 0x01:
        raise ValueError("not a VBA compressed container")
    out = bytearray()
    pos = 1
    while pos < len(data):
        header = struct.unpack_from("<H", data, pos)[0]
        size = (header & 0x0FFF) + 3
        compressed = header & 0x8000
        chunk_end = min(len(data), pos + size)
        pos += 2
        start = len(out)
        if not compressed:
            out += data[pos : pos + 4096]
            pos += 4096
            continue
        while pos < chunk_end:
            flags = data[pos]
            pos += 1
            for bit in range(8):
                if pos >= chunk_end:
                    break
                if not flags & (1 << bit):
                    out.append(data[pos])
                    pos += 1
                    continue
                token = struct.unpack_from("<H", data, pos)[0]
                pos += 2
                bit_count, _ = _copy_token_split(len(out) - start)
                length = (token & (0xFFFF >> bit_count)) + 3
                offset = (token >> (16 - bit_count)) + 1
                for _ in range(length):
                    out.append(out[-offset])
    return bytes(out)


def _compress_chunk(chunk: bytes) -> bytes:
    """Return the CompressedChunk (header included) for up to 4096 decompressed bytes."""
    body = bytearray()
    pos = 0
    heads: dict[bytes, list[int]] = {}
    while pos < len(chunk):
        flag_at = len(body)
        body.append(0)
        flags = 0
        for bit in range(8):
            if pos >= len(chunk):
                break
            best_len, best_off = 0, 0
            if pos > 0:
                _, max_len = _copy_token_split(pos)
                limit = min(max_len, len(chunk) - pos)
                for cand in reversed(heads.get(chunk[pos : pos + 3], [])[-64:]):
                    n = 0
                    while n < limit and chunk[cand + n] == chunk[pos + n]:
                        n += 1
                    if n > best_len:
                        best_len, best_off = n, pos - cand
                        if n == limit:
                            break
            if best_len >= 3:
                bit_count, _ = _copy_token_split(pos)
                token = ((best_off - 1) << (16 - bit_count)) | (best_len - 3)
                body += struct.pack("<H", token)
                flags |= 1 << bit
                step = best_len
            else:
                body.append(chunk[pos])
                step = 1
            for i in range(pos, pos + step):
                heads.setdefault(chunk[i : i + 3], []).append(i)
            pos += step
        body[flag_at] = flags
    if len(chunk) == 4096 and len(body) > 4096:  # incompressible: a raw chunk
        return struct.pack("<H", 0x3000 | (4098 - 3)) + chunk
    return struct.pack("<H", 0xB000 | (len(body) + 2 - 3)) + bytes(body)


def compress(data: bytes) -> bytes:
    """Return ``data`` as an [MS-OVBA] CompressedContainer."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), 4096):
        out += _compress_chunk(data[start : start + 4096])
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# [MS-OVBA] 2.3.4.2 the dir stream, as (id, data) records


def parse_dir(data: bytes) -> list[tuple[int, bytes]]:
    """Return the dir stream's records in order."""
    records, pos = [], 0
    while pos + 6 <= len(data):
        rid, size = struct.unpack_from("<HI", data, pos)
        pos += 6
        if rid == 0x0009:  # PROJECTVERSION: Size says 4, six bytes follow
            size = 6
        records.append((rid, data[pos : pos + size]))
        pos += size
    return records


def build_dir(records: list[tuple[int, bytes]]) -> bytes:
    """Return the dir stream bytes of ``records``."""
    out = bytearray()
    for rid, data in records:
        size = 4 if rid == 0x0009 else len(data)
        out += struct.pack("<HI", rid, size) + data
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# [MS-CFB] compound file writer (version 3, 512-byte sectors)

_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR, _MINI, _CUTOFF = 512, 64, 4096


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    clsid: bytes = b"\0" * 16
    sid: int = 0
    left: int = _NOSTREAM
    right: int = _NOSTREAM
    child: int = _NOSTREAM
    red: bool = False
    start: int = _END
    size: int = 0


def _sort_key(name: str) -> tuple[int, str]:
    return len(name), name.upper()


def _tree(nodes: list[_Entry], depth: int, deepest: list[int]) -> int:
    """Link ``nodes`` (sorted) as a balanced binary tree; return the root's id."""
    if not nodes:
        return _NOSTREAM
    mid = len(nodes) // 2
    node = nodes[mid]
    node.left = _tree(nodes[:mid], depth + 1, deepest)
    node.right = _tree(nodes[mid + 1 :], depth + 1, deepest)
    node.red = depth  # the depth, turned into a colour once the deepest level is known
    deepest[0] = max(deepest[0], depth)
    return node.sid


def write_cfb(streams: dict[str, bytes], clsids: dict[str, bytes] | None = None) -> bytes:
    """Return a compound file holding ``streams`` ("VBA/dir" → bytes); storages are implied."""
    clsids = clsids or {}
    root = _Entry("Root Entry", 5, clsid=clsids.get("", b"\0" * 16))
    storages = {"": root}
    for path in streams:
        parts = path.split("/")
        for depth in range(1, len(parts)):
            key = "/".join(parts[:depth])
            if key not in storages:
                entry = _Entry(parts[depth - 1], 1, clsid=clsids.get(key, b"\0" * 16))
                storages["/".join(parts[: depth - 1])].children.append(entry)
                storages[key] = entry
        storages["/".join(parts[:-1])].children.append(_Entry(parts[-1], 2, streams[path]))
    order: list[_Entry] = []

    def number(entry: _Entry) -> None:
        entry.sid = len(order)
        order.append(entry)
        for c in entry.children:
            number(c)

    number(root)
    for entry in order:
        if entry.children:
            kids = sorted(entry.children, key=lambda e: _sort_key(e.name))
            deepest = [0]
            entry.child = _tree(kids, 0, deepest)
            for kid in kids:  # red: the deepest level of a non-trivial tree; black elsewhere
                kid.red = bool(deepest[0]) and kid.red == deepest[0]
    # mini stream: every stream under the cutoff, in 64-byte mini sectors
    mini = bytearray()
    minifat: list[int] = []
    big: list[_Entry] = []
    for entry in order:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size >= _CUTOFF:
            big.append(entry)
        elif entry.size:
            entry.start = len(mini) // _MINI
            count = -(-entry.size // _MINI)
            minifat += list(range(entry.start + 1, entry.start + count)) + [_END]
            mini += entry.data + b"\0" * (count * _MINI - entry.size)
    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        if not data:
            return _END
        first = len(sectors)
        count = -(-len(data) // _SECTOR)
        for i in range(count):
            sectors.append(data[i * _SECTOR : (i + 1) * _SECTOR].ljust(_SECTOR, b"\0"))
        fat.extend(list(range(first + 1, first + count)) + [_END])
        return first

    for entry in big:
        entry.start = place(entry.data)
    root.start, root.size = place(bytes(mini)), len(mini)
    minifat_bytes = b"".join(struct.pack("<I", x) for x in minifat)
    if minifat_bytes:
        minifat_bytes += struct.pack("<I", _FREE) * ((-len(minifat)) % (_SECTOR // 4))
    first_minifat = place(minifat_bytes)
    directory = b"".join(_dir_entry(e) for e in order)
    directory += _dir_entry(None) * ((-len(order)) % 4)
    first_dir = place(directory)
    n_fat = 1
    while (len(sectors) + n_fat) > n_fat * (_SECTOR // 4):
        n_fat += 1
    if n_fat > 109:
        raise ValueError("compound file too large for a header-only DIFAT")
    fat_first = len(sectors)
    fat += [_FATSECT] * n_fat
    fat += [_FREE] * (n_fat * (_SECTOR // 4) - len(fat))
    table = b"".join(struct.pack("<I", x) for x in fat)
    for i in range(n_fat):
        sectors.append(table[i * _SECTOR : (i + 1) * _SECTOR])
    difat = [fat_first + i for i in range(n_fat)] + [_FREE] * (109 - n_fat)
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack(
            "<IIIIIIIII",
            0,
            n_fat,
            first_dir,
            0,
            _CUTOFF,
            first_minifat,
            len(minifat_bytes) // _SECTOR,
            _END,
            0,
        )
        + b"".join(struct.pack("<I", x) for x in difat)
    )
    return header + b"".join(sectors)


def _dir_entry(entry: _Entry | None) -> bytes:
    if entry is None:
        return (
            b"\0" * 64
            + struct.pack("<HBBIII", 0, 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM)
            + (b"\0" * 48)
        )
    name = entry.name.encode("utf-16-le")
    if len(name) > 62:
        raise ValueError(f"compound file entry name too long: {entry.name}")
    return (
        name.ljust(64, b"\0")
        + struct.pack(
            "<HBBIII",
            len(name) + 2,
            entry.kind,
            0 if entry.red else 1,
            entry.left,
            entry.right,
            entry.child,
        )
        + entry.clsid
        + b"\0" * 20  # state bits, creation and modification times
        + struct.pack("<IQ", entry.start if entry.kind != 1 else 0, entry.size)
    )


# ---------------------------------------------------------------------------------------------
# the xlwings template's project, renamed


class VbaTemplateError(ValueError):
    """The template's VBA project is not shaped as expected (another xlwings version)."""


@dataclass(frozen=True)
class ProjectNames:
    """The names one add-in's VBA project gets."""

    project: str  # VBA project name, also xlwings' PROJECT_NAME (config sheet, config file)
    module: str  # the ribbon callback module (was RibbonMyAddin)
    callback: str  # the ribbon callback procedure (was RunMain)

    @property
    def on_action(self) -> str:
        return f"{self.module}.{self.callback}"


TEMPLATE_MODULE = "RibbonMyAddin"
TEMPLATE_CALLBACK = "RunMain"
_IDENT = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,30}$")


def vb_string(text: str) -> str:
    """Return a VBA expression for ``text`` that survives any project code page (ChrW)."""
    parts, plain = [], ""
    for ch in text:
        if ch.isascii() and ch != '"':
            plain += ch
            continue
        if plain:
            parts.append(f'"{plain}"')
            plain = ""
        parts.append(f"ChrW(&H{ord(ch):04X})")
    if plain:
        parts.append(f'"{plain}"')
    return " & ".join(parts) or '""'


def rename_project(vba_bin: bytes, names: ProjectNames, no_book_message: str) -> bytes:
    """Return ``vba_bin`` (xlwings' template) with its project, ribbon module and callback
    renamed, xlwings' PROJECT_NAME set to ``names.project``, and a guard that shows
    ``no_book_message`` instead of VBA run-time error 91 when no workbook is open."""
    for value in (names.project, names.module, names.callback):
        if not _IDENT.match(value):
            raise ValueError(f"not a VBA identifier: {value}")
    ole = olefile.OleFileIO(vba_bin)
    try:
        streams = {"/".join(p): ole.openstream(p).read() for p in ole.listdir(streams=True)}
        clsids = {}
        for path in ole.listdir(streams=False, storages=True):
            clsid = ole.getclsid(path)
            clsids["/".join(path)] = uuid.UUID(clsid).bytes_le if clsid else b"\0" * 16
        clsids[""] = uuid.UUID(ole.root.clsid).bytes_le if ole.root.clsid else b"\0" * 16
    finally:
        ole.close()
    if "VBA/dir" not in streams or f"VBA/{TEMPLATE_MODULE}" not in streams:
        raise VbaTemplateError(f"VBA project has no dir stream or no {TEMPLATE_MODULE} module")
    records = parse_dir(decompress(streams["VBA/dir"]))
    codepage = next((struct.unpack("<H", d)[0] for r, d in records if r == 0x0003), 1252)
    encoding = f"cp{codepage}"
    offsets: dict[str, int] = {}
    current = None
    renamed: list[tuple[int, bytes]] = []
    for rid, data in records:
        if rid == 0x0004:  # PROJECTNAME
            data = names.project.encode(encoding)
        elif rid == 0x0019:  # MODULENAME
            current = data.decode(encoding)
        if current == TEMPLATE_MODULE:
            if rid in (0x0019, 0x001A):  # MODULENAME, MODULESTREAMNAME
                data = names.module.encode(encoding)
            elif rid in (0x0047, 0x0032):  # their Unicode forms
                data = names.module.encode("utf-16-le")
        if rid == 0x0031 and current is not None:  # MODULEOFFSET
            offsets[current] = struct.unpack("<I", data)[0]
            if current in (TEMPLATE_MODULE, "xlwings"):
                data = struct.pack("<I", 0)  # source only, no performance cache
        renamed.append((rid, data))
    if "xlwings" not in offsets:
        raise VbaTemplateError("VBA project has no xlwings module")

    def source(module: str) -> str:
        raw = streams[f"VBA/{module}"]
        return decompress(raw[offsets[module] :]).decode(encoding)

    ribbon = source(TEMPLATE_MODULE)
    call = re.compile(rf"\bSub {TEMPLATE_CALLBACK}\(control As IRibbonControl\)", re.I)
    if not re.search(rf'Attribute VB_Name = "{TEMPLATE_MODULE}"', ribbon) or not call.search(
        ribbon
    ):
        raise VbaTemplateError(f"{TEMPLATE_MODULE} has no Sub {TEMPLATE_CALLBACK}(control)")
    guard = (
        "\r\n    If ActiveWorkbook Is Nothing Then\r\n"
        f"        MsgBox {vb_string(no_book_message)}, vbInformation, {vb_string('科技报告')}\r\n"
        "        Exit Sub\r\n"
        "    End If"
    )
    ribbon = ribbon.replace(
        f'Attribute VB_Name = "{TEMPLATE_MODULE}"', f'Attribute VB_Name = "{names.module}"'
    )
    ribbon = call.sub(
        lambda m: f"Sub {names.callback}(control As IRibbonControl){guard}", ribbon, count=1
    )
    xlwings_src, count = re.subn(
        r'(Public Const PROJECT_NAME As String = ")[^"]*(")',
        lambda m: m.group(1) + names.project + m.group(2),
        source("xlwings"),
    )
    if count != 1:
        raise VbaTemplateError("the xlwings module has no PROJECT_NAME constant")

    out = {k: v for k, v in streams.items() if not k.startswith("VBA/__SRP_")}
    del out[f"VBA/{TEMPLATE_MODULE}"]
    out[f"VBA/{names.module}"] = compress(ribbon.encode(encoding))
    out["VBA/xlwings"] = compress(xlwings_src.encode(encoding))
    out["VBA/dir"] = compress(build_dir(renamed))
    # Reserved1, Version 0xFFFF (compile from source), Reserved2, Reserved3; no performance cache
    out["VBA/_VBA_PROJECT"] = b"\xcc\x61\xff\xff\x00" + out["VBA/_VBA_PROJECT"][5:7]
    project = out["PROJECT"].decode(encoding)
    project = re.sub(r'^Name="[^"]*"', f'Name="{names.project}"', project, count=1, flags=re.M)
    project = re.sub(
        rf"^Module={TEMPLATE_MODULE}\r?$", f"Module={names.module}\r", project, flags=re.M
    )
    project = re.sub(rf"^{TEMPLATE_MODULE}=", f"{names.module}=", project, flags=re.M)
    out["PROJECT"] = project.encode(encoding)
    out["PROJECTwm"] = out["PROJECTwm"].replace(
        TEMPLATE_MODULE.encode(encoding) + b"\0" + TEMPLATE_MODULE.encode("utf-16-le") + b"\0\0",
        names.module.encode(encoding) + b"\0" + names.module.encode("utf-16-le") + b"\0\0",
    )
    return write_cfb(out, clsids)
