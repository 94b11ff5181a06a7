"""Reading one zip member of a workbook package as a stream, with a fast inflater.

The reader scans a big sheet's XML for what calamine hides (error values, uncached formulas);
decompressing it is most of that scan's cost. ISA-L's inflater (the ``isal`` package) does the
same DEFLATE decoding about five times faster than zlib, so a deflated member is read raw from
the file and inflated with it; a stored or encrypted member, or a machine without ``isal``, goes
through ``zipfile`` as before. The bytes are the same either way.
"""

from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

try:
    from isal import isal_zlib as _inflater
except ImportError:  # pragma: no cover - no isal wheel for this machine (LoongArch, MIPS): zlib, slower
    import zlib as _inflater

_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature … file name length, extra field length
_LOCAL_SIGNATURE = b"PK\x03\x04"
_RAW_CHUNK = 1 << 18  # compressed bytes read from the file at a time


class _Inflated:
    """A deflated member read as a stream: ``read(size)`` returns at most ``size`` bytes."""

    def __init__(self, fh: BinaryIO, start: int, length: int):
        self._fh = fh
        self._left = length
        self._inflater = _inflater.decompressobj(-15)  # raw DEFLATE, as in a zip member
        self._pending = b""  # compressed bytes not yet decompressed (``unconsumed_tail``)
        self._rest = b""  # decompressed bytes not yet returned
        fh.seek(start)

    def read(self, size: int) -> bytes:
        pieces: list[bytes] = []
        wanted = size
        while wanted > 0:
            if self._rest:  # output the inflater gave beyond a previous read
                piece, self._rest = self._rest[:wanted], self._rest[wanted:]
            elif self._inflater.eof:  # the member's DEFLATE stream is complete
                break
            else:
                # an inflater may hold output back with no input left (``max_length``): ask
                # it with the input it has (perhaps none) before reading more from the file
                piece = self._inflater.decompress(self._pending, wanted)
                self._pending = self._inflater.unconsumed_tail
            if piece:
                pieces.append(piece)
                wanted -= len(piece)
                continue
            if self._left > 0:
                more = self._fh.read(min(_RAW_CHUNK, self._left))
                if not more:
                    raise zipfile.BadZipFile("zip member ends early")
                self._left -= len(more)
                self._pending += more
                continue
            if self._pending:  # input the inflater will not take: a damaged member
                raise zipfile.BadZipFile("zip member has bytes after its end")
            self._rest = self._inflater.flush()
            if not self._rest:
                break
        return b"".join(pieces)

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> _Inflated:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_member(zf: zipfile.ZipFile, name: str):
    """Return a binary stream of member ``name`` of ``zf`` (use it in a ``with`` block)."""
    info = zf.getinfo(name)
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1 or zf.filename is None:
        return zf.open(info)
    fh = open(zf.filename, "rb")  # noqa: SIM115 - closed by the stream
    try:
        fh.seek(info.header_offset)
        signature, name_length, extra_length = _LOCAL_HEADER.unpack(fh.read(_LOCAL_HEADER.size))
        if signature != _LOCAL_SIGNATURE:
            raise zipfile.BadZipFile(f"bad local header of {name}")
        start = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
        return _Inflated(fh, start, info.compress_size)
    except BaseException:
        fh.close()
        raise
