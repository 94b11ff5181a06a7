"""The VBA project writer's parts on their own: [MS-OVBA] compression and [MS-CFB] files,
checked against independent readers (oletools' decompressor, olefile in strict mode)."""

from __future__ import annotations

import random
import struct

import olefile
import pytest
from oletools.olevba import decompress_stream

from kjreport.excel.vba import compress, decompress, vb_string, write_cfb

SAMPLES = [
    b"",
    b"a",
    b"abcabcabcabcabcabc",
    b'Attribute VB_Name = "M"\r\nSub Foo()\r\n    x = 1\r\nEnd Sub\r\n' * 300,
    bytes(random.Random(1).getrandbits(8) for _ in range(9000)),  # incompressible: raw chunks
    bytes(random.Random(2).choice(b"ab") for _ in range(12289)),
]


@pytest.mark.parametrize("data", SAMPLES, ids=lambda d: f"{len(d)}B")
def test_compression_round_trips_through_oletools(data):
    packed = compress(data)
    assert bytes(decompress_stream(bytearray(packed))) == data
    assert decompress(packed) == data
    if len(data) > 1000 and len(set(data)) < 100:
        assert len(packed) < len(data) / 2  # it really compresses


def _entries(raw: bytes) -> list[tuple[str, int, int, int, int, int]]:
    """Return (name, type, colour, left, right, child) of every used directory entry."""
    ole = olefile.OleFileIO(raw)
    first = struct.unpack_from("<I", raw, 48)[0]
    chain, sector = [], first
    while sector < 0xFFFFFFFA:
        chain.append(sector)
        sector = ole.fat[sector]
    data = b"".join(raw[512 + s * 512 : 512 + (s + 1) * 512] for s in chain)
    out = []
    for i in range(0, len(data), 128):
        e = data[i : i + 128]
        size = struct.unpack_from("<H", e, 64)[0]
        if size:
            name = e[: size - 2].decode("utf-16-le")
            out.append((name, e[66], e[67], *struct.unpack_from("<III", e, 68)))
    return out


def test_compound_file_is_read_strictly_with_a_valid_red_black_tree():
    streams = {f"VBA/Module{i:02d}": bytes([i]) * (i * 700) for i in range(1, 14)}
    streams["PROJECT"] = b'Name="X"\r\n'
    streams["VBA/dir"] = b"\x01" * 5000
    raw = write_cfb(streams)
    ole = olefile.OleFileIO(raw, raise_defects=olefile.DEFECT_INCORRECT)
    for path, data in streams.items():
        assert ole.openstream(path).read() == data
    entries = _entries(raw)
    nostream = 0xFFFFFFFF

    def black_height(sid: int) -> int:
        if sid == nostream:
            return 1
        _, _, colour, left, right, _ = entries[sid]
        if colour == 0:  # red: children must be black
            assert all(entries[c][2] == 1 for c in (left, right) if c != nostream)
        lh, rh = black_height(left), black_height(right)
        assert lh == rh
        return lh + colour

    for _, kind, _, _, _, child in entries:
        if kind in (1, 5) and child != nostream:
            assert entries[child][2] == 1  # a tree's root is black
            black_height(child)


def test_vb_string_builds_chinese_from_code_points():
    assert (
        vb_string('科技 "A"')
        == 'ChrW(&H79D1) & ChrW(&H6280) & " " & ChrW(&H0022) & "A" & ChrW(&H0022)'
    )
