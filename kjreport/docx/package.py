"""Saving a python-docx document as a .docx (zip) package, compressing each part only once.

Every document built from the same reference carries the same large parts (styles.xml,
stylesWithEffects.xml, the theme …: about 800 KB of XML), and deflating them was a fifth of a
county bulletin's time. The members are written as python-docx writes them (its own content
types, relationships and part order); a part whose bytes equal those this process compressed
last time under the same name reuses that compressed data. The cache is keyed by the exact
bytes, so a changed part is always compressed afresh.
"""

from __future__ import annotations

import struct
import time
import zlib
from typing import IO

from docx.document import Document as DocxDocument
from docx.opc.pkgwriter import PackageWriter

# member name → (uncompressed bytes, CRC-32, raw deflate data) of the last time it was written
_COMPRESSED: dict[str, tuple[bytes, int, bytes]] = {}
_MAX_CACHED = 64  # member names kept (a document has about 20)


def _deflate(name: str, blob: bytes) -> tuple[int, bytes]:
    """Return (CRC-32, raw deflate data) of ``blob``, from the cache when ``blob`` is unchanged."""
    cached = _COMPRESSED.get(name)
    if cached is not None and cached[0] == blob:
        return cached[1], cached[2]
    packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)  # as zipfile does
    data = packer.compress(blob) + packer.flush()
    crc = zlib.crc32(blob)
    if len(_COMPRESSED) >= _MAX_CACHED and name not in _COMPRESSED:
        _COMPRESSED.clear()
    _COMPRESSED[name] = (blob, crc, data)
    return crc, data


class _ZipWriter:
    """The ``PhysPkgWriter`` interface (``write(pack_uri, blob)``, ``close()``) over a plain
    zip file: deflated members, no ZIP64 (a report is far below 4 GB and 65,535 members)."""

    def __init__(self, fh: IO[bytes]):
        self._fh = fh
        self._central: list[bytes] = []
        t = time.localtime()
        self._dos_time = (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2)
        self._dos_date = ((t.tm_year - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday

    def write(self, pack_uri, blob: bytes) -> None:  # noqa: ANN001 — a docx PackURI
        name = pack_uri.membername
        crc, data = _deflate(name, blob)
        raw_name = name.encode("utf-8")
        flags = 0 if name.isascii() else 0x800  # bit 11: the name is UTF-8
        offset = self._fh.tell()
        common = struct.pack("<HHHHIIIH", flags, 8, self._dos_time, self._dos_date, crc, len(data),
                             len(blob), len(raw_name))
        self._fh.write(struct.pack("<IH", 0x04034B50, 20) + common + struct.pack("<H", 0))
        self._fh.write(raw_name)
        self._fh.write(data)
        self._central.append(
            struct.pack("<IHH", 0x02014B50, 20, 20) + common
            + struct.pack("<HHHHII", 0, 0, 0, 0, 0o600 << 16, offset) + raw_name
        )

    def close(self) -> None:
        start = self._fh.tell()
        for entry in self._central:
            self._fh.write(entry)
        size = self._fh.tell() - start
        count = len(self._central)
        self._fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, start, 0))


def save_package(doc: DocxDocument, fh: IO[bytes]) -> None:
    """Write ``doc`` to the binary file ``fh`` as python-docx's ``Document.save`` would."""
    package = doc.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    writer = _ZipWriter(fh)
    PackageWriter._write_content_types_stream(writer, parts)
    PackageWriter._write_pkg_rels(writer, package.rels)
    PackageWriter._write_parts(writer, parts)
    writer.close()
