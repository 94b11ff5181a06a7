"""Zip plumbing for the lossless writer: read an OOXML package, write a copy with some parts
replaced or added, copying every other member's compressed bytes as they are.

Python's ``zipfile`` can only copy a member by decompressing and compressing it again, which is
slow on a 20 MB workbook and changes bytes for no reason; this module writes the zip structure
itself (local headers, central directory, end record) around the raw member data.
"""

from __future__ import annotations

import posixpath
import re
import struct
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO
from xml.etree import ElementTree

_LOCAL = struct.Struct("<4s5H3L2H")  # local file header
_CENTRAL = struct.Struct("<4s6H3L5H2L")  # central directory header
_END = struct.Struct("<4s4H2LH")  # end of central directory record
_LIMIT = 0xFFFFFFFF  # beyond this the zip would need ZIP64 fields
_CHUNK = 1 << 20
_UTF8_FLAG = 0x800
_DESCRIPTOR_FLAG = 0x08
_ENCRYPTED_FLAG = 0x01


class PackageTooLarge(Exception):
    """The package needs ZIP64 (a member or the whole file of 4 GB or more)."""


@dataclass
class NewPart:
    """A member to write from bytes (compressed here with deflate)."""

    name: str
    data: bytes


@dataclass
class _Entry:
    """What the central directory needs about one written member."""

    name: bytes
    flags: int
    method: int
    dostime: int
    dosdate: int
    crc: int
    csize: int
    usize: int
    external_attr: int
    create_system: int
    create_version: int
    extract_version: int
    offset: int


class Package:
    """An OOXML zip package open for reading (members by name, raw member data)."""

    def __init__(self, fh: BinaryIO):
        self._fh = fh
        self.zip = zipfile.ZipFile(fh)
        self.infos = self.zip.infolist()
        self.names = {info.filename for info in self.infos}

    def read(self, name: str) -> bytes:
        """Return the decompressed bytes of member ``name`` (an XML part saved as UTF-16 comes
        back as UTF-8, so the byte-level edits work on it; it is written back as UTF-8)."""
        return as_utf8(self.zip.read(name))

    def has(self, name: str) -> bool:
        """Return True when the package holds member ``name``."""
        return name in self.names

    def encrypted(self) -> bool:
        """Return True when any member is zip-encrypted (not an Excel package then)."""
        return any(info.flag_bits & _ENCRYPTED_FLAG for info in self.infos)

    def copy_raw(self, info: zipfile.ZipInfo, out: BinaryIO) -> None:
        """Write the compressed data of ``info`` to ``out`` unchanged."""
        self._fh.seek(info.header_offset)
        header = self._fh.read(_LOCAL.size)
        fields = _LOCAL.unpack(header)
        if fields[0] != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"bad local header for {info.filename}")
        name_len, extra_len = fields[9], fields[10]
        self._fh.seek(name_len + extra_len, 1)
        left = info.compress_size
        while left:
            chunk = self._fh.read(min(left, _CHUNK))
            if not chunk:
                raise zipfile.BadZipFile(f"truncated member {info.filename}")
            out.write(chunk)
            left -= len(chunk)


def as_utf8(data: bytes) -> bytes:
    """Return XML ``data`` re-encoded as UTF-8 when it is UTF-16 (BOM or a 16-bit "<?"),
    its declaration saying so; any other bytes unchanged."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        try:
            text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else
                               ("utf-16-le" if data[0] == 0x3C else "utf-16-be"))
        except UnicodeDecodeError:
            return data
        text = re.sub(r"""^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*""", r"\g<1>UTF-8", text)
        return text.encode("utf-8")
    return data


def write_package(
    source: Package,
    out: BinaryIO,
    replaced: dict[str, bytes | None],
    added: list[NewPart],
) -> None:
    """Write ``source`` to ``out`` with ``replaced`` members swapped (None drops the member)
    and ``added`` members appended; every other member is copied raw. Return nothing."""
    entries: list[_Entry] = []
    for info in source.infos:
        if info.filename in replaced:
            data = replaced[info.filename]
            if data is not None:
                entries.append(_write_new(out, info.filename, data, info.date_time, info))
            continue
        entries.append(_write_copy(source, info, out))
    for part in added:
        entries.append(_write_new(out, part.name, part.data, time.localtime()[:6]))
    _write_central(out, entries, source.zip.comment)


def _stored_name(info: zipfile.ZipInfo) -> tuple[bytes, int]:
    """Return the name bytes and UTF-8 flag ``info`` was stored with: a name without the UTF-8
    flag (cp437, or GBK from a Chinese zip tool) keeps its bytes, so ``xl/media/图片.png``
    written by such a tool is still found by the relationships that point to it."""
    if info.flag_bits & _UTF8_FLAG:
        return info.orig_filename.encode("utf-8"), _UTF8_FLAG
    try:
        return info.orig_filename.encode("cp437"), 0  # zipfile decoded the raw bytes as cp437
    except UnicodeEncodeError:
        return _encode_name(info.filename)


def _encode_name(name: str) -> tuple[bytes, int]:
    """Return the stored name bytes and the UTF-8 flag they need."""
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), _UTF8_FLAG


def _dos_time(date_time: tuple[int, ...]) -> tuple[int, int]:
    """Return (time, date) in MS-DOS format for a ``ZipInfo.date_time`` tuple."""
    year, month, day, hour, minute, second = date_time
    year = min(max(year, 1980), 2107)
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def _local_header(entry: _Entry) -> bytes:
    return (
        _LOCAL.pack(
            b"PK\x03\x04",
            entry.extract_version,
            entry.flags,
            entry.method,
            entry.dostime,
            entry.dosdate,
            entry.crc,
            entry.csize,
            entry.usize,
            len(entry.name),
            0,
        )
        + entry.name
    )


def _check_size(*values: int) -> None:
    if any(v >= _LIMIT for v in values):
        raise PackageTooLarge


def _write_copy(source: Package, info: zipfile.ZipInfo, out: BinaryIO) -> _Entry:
    name, utf8 = _stored_name(info)
    dostime, dosdate = _dos_time(info.date_time)
    offset = out.tell()
    _check_size(info.compress_size, info.file_size, offset)
    entry = _Entry(
        name=name,
        # sizes go into the local header, so no trailing data descriptor
        flags=(info.flag_bits & ~(_DESCRIPTOR_FLAG | _UTF8_FLAG)) | utf8,
        method=info.compress_type,
        dostime=dostime,
        dosdate=dosdate,
        crc=info.CRC,
        csize=info.compress_size,
        usize=info.file_size,
        external_attr=info.external_attr,
        create_system=info.create_system,
        create_version=min(info.create_version, 45),
        extract_version=min(max(info.extract_version, 20), 45),
        offset=offset,
    )
    out.write(_local_header(entry))
    source.copy_raw(info, out)
    return entry


def _write_new(
    out: BinaryIO,
    filename: str,
    data: bytes,
    date_time: tuple[int, ...],
    replacing: zipfile.ZipInfo | None = None,
) -> _Entry:
    name, utf8 = _stored_name(replacing) if replacing is not None else _encode_name(filename)
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    compressed = packer.compress(data) + packer.flush()
    dostime, dosdate = _dos_time(date_time)
    offset = out.tell()
    _check_size(len(compressed), len(data), offset)
    entry = _Entry(
        name=name,
        flags=utf8,
        method=zipfile.ZIP_DEFLATED,
        dostime=dostime,
        dosdate=dosdate,
        crc=zlib.crc32(data),
        csize=len(compressed),
        usize=len(data),
        external_attr=0o600 << 16,
        create_system=0,
        create_version=20,
        extract_version=20,
        offset=offset,
    )
    out.write(_local_header(entry))
    out.write(compressed)
    return entry


def _write_central(out: BinaryIO, entries: list[_Entry], comment: bytes) -> None:
    start = out.tell()
    if len(entries) >= 0xFFFF:
        raise PackageTooLarge
    for e in entries:
        out.write(
            _CENTRAL.pack(
                b"PK\x01\x02",
                e.create_system << 8 | e.create_version,
                e.extract_version,
                e.flags,
                e.method,
                e.dostime,
                e.dosdate,
                e.crc,
                e.csize,
                e.usize,
                len(e.name),
                0,
                0,
                0,
                0,
                e.external_attr,
                e.offset,
            )
            + e.name
        )
    size = out.tell() - start
    _check_size(start, size, out.tell())
    comment = comment[:0xFFFF]
    out.write(
        _END.pack(b"PK\x05\x06", 0, 0, len(entries), len(entries), size, start, len(comment))
        + comment
    )


# --- the workbook's own parts: find sheets, add one, keep calcChain consistent -------------

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKSHEET_REL = REL_NS + "/worksheet"
WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CALC_REL = REL_NS + "/calcChain"
_STYLES_REL = REL_NS + "/styles"
_OFFICE_DOC_REL = REL_NS + "/officeDocument"
_STRICT_OFFICE_DOC_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


class BrokenPackage(Exception):
    """The zip is not a workbook this writer can edit; ``found``/``expected`` are Chinese."""

    def __init__(self, found: str, expected: str):
        super().__init__(found)
        self.found, self.expected = found, expected


@dataclass(frozen=True)
class SheetRef:
    """One ``<sheet>`` of workbook.xml and the part it points to."""

    name: str
    sheet_id: int
    rel_id: str
    part: str | None
    rel_type: str
    state: str = "visible"  # visible | hidden | veryHidden

    @property
    def is_worksheet(self) -> bool:
        return self.rel_type == WORKSHEET_REL


@dataclass(frozen=True)
class Book:
    """Where the workbook's parts are, and its sheets in tab order."""

    part: str
    rels_part: str
    sheets: list[SheetRef]
    rel_ids: set[str]
    calc_chain: str | None
    styles_part: str | None = None

    def find(self, name: str) -> SheetRef | None:
        """Return the sheet called ``name`` (Excel compares names case-insensitively)."""
        key = name.casefold()
        return next((s for s in self.sheets if s.name.casefold() == key), None)


def rels_part_of(part: str) -> str:
    """Return the name of the relationships part belonging to ``part``."""
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def _resolve(source_part: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    folder = source_part.rpartition("/")[0]
    return posixpath.normpath(posixpath.join(folder, target)) if folder else target


def _parse(pkg: Package, name: str) -> ElementTree.Element:
    if not pkg.has(name):
        raise BrokenPackage(f"缺少部件 {name}", "请用 Excel 打开确认后另存为 .xlsx，或从备份恢复")
    try:
        return ElementTree.fromstring(pkg.read(name))
    except ElementTree.ParseError as exc:
        raise BrokenPackage(
            f"部件 {name} 的 XML 已损坏（{exc}）", "请用 Excel 打开确认后另存为 .xlsx，或从备份恢复"
        ) from exc


def _relationships(pkg: Package, rels_part: str) -> list[ElementTree.Element]:
    return list(_parse(pkg, rels_part).iter(f"{{{PKG_REL_NS}}}Relationship"))


def locate_book(pkg: Package) -> Book:
    """Return the workbook part, its relationships and its sheets, following the package rels."""
    if any("\\" in n for n in pkg.names) and not pkg.has("_rels/.rels"):
        raise BrokenPackage(
            "压缩包里的部件名用了反斜杠“\\”（文件由不规范的程序生成，Excel 以外的软件多半打不开）",
            "请用 Excel 或 WPS 打开后“另存为” Excel 工作簿（.xlsx）再运行",
        )
    if not pkg.has("_rels/.rels") or not pkg.has("[Content_Types].xml"):
        raise BrokenPackage(
            "不是 Excel 工作簿（压缩包里没有工作簿内容）", "请给出 Excel 工作簿（.xlsx/.xlsm）"
        )
    main = None
    for rel in _relationships(pkg, "_rels/.rels"):
        if rel.get("Type") == _OFFICE_DOC_REL:
            main = _resolve("", rel.get("Target", ""))
        elif rel.get("Type") == _STRICT_OFFICE_DOC_REL:
            raise BrokenPackage(
                "是“严格 Open XML”格式的工作簿（kjreport 能读取，但不能写入这种格式）",
                "请在 Excel 中“另存为” Excel 工作簿（.xlsx，不选“严格 Open XML 电子表格”）后再运行",
            )
    if main is None:
        raise BrokenPackage("不是 Excel 工作簿（缺少主文档）", "请给出 Excel 工作簿（.xlsx/.xlsm）")
    if main.endswith(".bin"):
        raise BrokenPackage(
            "是 Excel 二进制工作簿（.xlsb）", "请在 Excel 中另存为 Excel 工作簿（.xlsx）后再运行"
        )
    root = _parse(pkg, main)
    if root.tag == f"{{{STRICT_NS}}}workbook":
        raise BrokenPackage(
            "是“严格 Open XML”格式", "请在 Excel 中另存为普通的 Excel 工作簿（.xlsx）后再运行"
        )
    if root.tag != f"{{{MAIN_NS}}}workbook":
        raise BrokenPackage("不是 Excel 工作簿（主文档不是 workbook）", "请给出 Excel 工作簿")
    rels_part = rels_part_of(main)
    targets: dict[str, tuple[str | None, str]] = {}
    calc_chain = styles = None
    for rel in _relationships(pkg, rels_part):
        rel_type = rel.get("Type", "")
        external = rel.get("TargetMode") == "External"
        target = None if external else _resolve(main, rel.get("Target", ""))
        targets[rel.get("Id", "")] = (target, rel_type)
        if rel_type == _CALC_REL:
            calc_chain = target
        elif rel_type == _STYLES_REL:
            styles = target
    sheets = []
    for sheet in root.iter(f"{{{MAIN_NS}}}sheet"):
        rel_id = sheet.get(f"{{{REL_NS}}}id", "")
        part, rel_type = targets.get(rel_id, (None, ""))
        sheets.append(
            SheetRef(
                sheet.get("name", ""),
                int(sheet.get("sheetId", "0") or 0),
                rel_id,
                part,
                rel_type,
                sheet.get("state", "visible"),
            )
        )
    return Book(main, rels_part, sheets, set(targets), calc_chain, styles)


def xml_attr(value: str) -> str:
    """Return ``value`` escaped for a double-quoted XML attribute."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def _insert_before_end(xml: bytes, local: bytes, make: Callable[[bytes], bytes]) -> bytes:
    """Return ``xml`` with ``make(prefix)`` inserted before the first ``</prefix:local>``
    (extension elements that might reuse the local name come later, inside extLst)."""
    end = re.search(rb"</((?:[\w.-]+:)?)" + local + rb"\s*>", xml)
    if end is None:
        raise BrokenPackage(
            f"找不到 XML 元素 {local.decode()}", "请用 Excel 打开确认后另存为 .xlsx"
        )
    return xml[: end.start()] + make(end.group(1)) + xml[end.start() :]


def add_sheet_entry(xml: bytes, name: str, sheet_id: int, rel_id: str) -> bytes:
    """Return workbook.xml with a ``<sheet>`` appended to ``<sheets>``, other bytes untouched."""
    root_tag = re.search(rb"<(?:[\w.-]+:)?workbook\b[^>]*>", xml)
    declared = root_tag and re.search(
        rb'xmlns:([\w.-]+)\s*=\s*["\']' + re.escape(REL_NS.encode()) + rb'["\']', root_tag.group(0)
    )
    if declared:
        r_prefix, r_decl = declared.group(1), b""
    else:
        r_prefix, r_decl = b"r", b' xmlns:r="' + REL_NS.encode() + b'"'
    attrs = f' name="{xml_attr(name)}" sheetId="{sheet_id}"'.encode()
    return _insert_before_end(
        xml,
        b"sheets",
        lambda p: (
            b"<" + p + b"sheet" + r_decl + attrs + b" " + r_prefix + f':id="{rel_id}"/>'.encode()
        ),
    )


def add_relationship(xml: bytes, rel_id: str, rel_type: str, target: str) -> bytes:
    """Return a .rels part with one more ``<Relationship>``."""
    element = f'Relationship Id="{rel_id}" Type="{rel_type}" Target="{xml_attr(target)}"/>'
    return _insert_before_end(xml, b"Relationships", lambda p: b"<" + p + element.encode())


def add_override(xml: bytes, part: str, content_type: str) -> bytes:
    """Return [Content_Types].xml with an ``<Override>`` for ``part``."""
    element = f'Override PartName="/{xml_attr(part)}" ContentType="{content_type}"/>'
    return _insert_before_end(xml, b"Types", lambda p: b"<" + p + element.encode())


def _remove_element(xml: bytes, local: bytes, attr: bytes, value: str) -> bytes:
    """Return ``xml`` without the empty element ``local`` whose ``attr`` equals ``value``."""
    pattern = (
        rb"<(?:[\w.-]+:)?"
        + local
        + rb"\b[^>]*?\b"
        + attr
        + rb'\s*=\s*["\']'
        + re.escape(value.encode())
        + rb'["\'][^>]*?/>'
    )
    return re.sub(pattern, b"", xml, count=1)


def new_sheet_part(pkg: Package, taken: set[str] = frozenset()) -> str:
    """Return an ``xl/worksheets/sheetN.xml`` name that neither a member, a content-type
    override nor a name in ``taken`` (parts being added) uses."""
    names = [*pkg.names, *taken, *(n.decode("utf-8", "replace") for n in override_names(pkg))]
    used = [  # a leftover _rels/sheetN.xml.rels would attach its drawings to a new sheetN
        int(m.group(1))
        for n in names
        if (m := re.fullmatch(r"xl/worksheets/(?:_rels/)?sheet(\d+)\.xml(?:\.rels)?", n, re.I))
    ]
    return f"xl/worksheets/sheet{max(used, default=0) + 1}.xml"


def override_names(pkg: Package) -> list[bytes]:
    types = pkg.read("[Content_Types].xml") if pkg.has("[Content_Types].xml") else b""
    return re.findall(rb'PartName\s*=\s*["\']/([^"\']+)["\']', types)


def new_rel_id(used: set[str]) -> str:
    """Return an ``rIdN`` not in ``used``."""
    n = len(used) + 1
    while f"rId{n}" in used:
        n += 1
    return f"rId{n}"


_CALC_CELL = re.compile(rb"<((?:[\w.-]+:)?)c\b([^>]*?)/>")
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')


def formula_sheet_ids(pkg: Package, book: Book) -> set[int] | None:
    """Return the ids of the sheets that hold formulas according to calcChain (which Excel
    keeps for every formula cell), or None when the workbook has no calcChain to tell."""
    part = book.calc_chain
    if not part or not pkg.has(part):
        return None
    ids: set[int] = set()
    current = b"0"
    for m in _CALC_CELL.finditer(pkg.read(part)):
        values = {k: v if v is not None else w for k, v, w in _ATTR.findall(m.group(2))}
        current = values.get(b"i", current)
        ids.add(int(current) if current.isdigit() else 0)
    return ids


def forget_formulas(
    pkg: Package, book: Book, sheet_id: int, cells: set[str] | None
) -> dict[str, bytes | None]:
    """Return the part changes that drop calcChain entries of ``sheet_id`` (all of them when
    ``cells`` is None), so Excel does not report a formula chain pointing at plain values.

    An emptied calcChain is removed with its relationship and content-type override."""
    part = book.calc_chain
    if not part or not pkg.has(part):
        return {}
    xml = pkg.read(part)
    kept: list[bytes] = []
    dropped = False
    current = b"0"
    for m in _CALC_CELL.finditer(xml):
        attrs = [(k, v if v is not None else w) for k, v, w in _ATTR.findall(m.group(2))]
        values = dict(attrs)
        current = values.get(b"i", current)
        ref = values.get(b"r", b"").decode()
        if current == str(sheet_id).encode() and (cells is None or ref in cells):
            dropped = True
            continue
        if b"i" not in values:
            attrs.insert(1, (b"i", current))
        body = b" ".join(k + b'="' + v + b'"' for k, v in attrs)
        kept.append(b"<" + m.group(1) + b"c " + body + b"/>")
    if not dropped:
        return {}
    if not kept:
        rels = _remove_element(pkg.read(book.rels_part), b"Relationship", b"Type", _CALC_REL)
        types = _remove_element(
            pkg.read("[Content_Types].xml"), b"Override", b"PartName", "/" + part
        )
        return {part: None, book.rels_part: rels, "[Content_Types].xml": types}
    first, last = _CALC_CELL.search(xml), list(_CALC_CELL.finditer(xml))[-1]
    return {part: xml[: first.start()] + b"".join(kept) + xml[last.end() :]}
