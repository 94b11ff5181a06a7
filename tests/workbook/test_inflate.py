"""The fast member reader gives exactly zipfile's bytes, whatever the read size or compression."""

from __future__ import annotations

import os
import zipfile
import zlib

import pytest

from kjreport.workbook import inflate
from kjreport.workbook.inflate import open_member


@pytest.fixture
def package(tmp_path):
    path = tmp_path / "p.xlsx"
    big = b"".join(b'<c r="A%d" t="n"><v>%d</v></c>' % (i, i * 7) for i in range(60_000))
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/worksheets/sheet1.xml", big, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("xl/worksheets/sheet2.xml", b"<worksheet/>", compress_type=zipfile.ZIP_STORED)
        zf.writestr("xl/random.bin", os.urandom(300_000), compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("xl/empty.xml", b"", compress_type=zipfile.ZIP_DEFLATED)
    return path


@pytest.fixture(params=["isal", "zlib"])
def inflater(request, monkeypatch):
    """Both inflaters: ISA-L's, and zlib where isal is missing."""
    if request.param == "zlib":
        monkeypatch.setattr(inflate, "_inflater", zlib)


@pytest.mark.parametrize("size", [1000, 4096, 1 << 20])
def test_same_bytes_as_zipfile(package, size, inflater):
    with zipfile.ZipFile(package) as zf:
        for info in zf.infolist():
            with open_member(zf, info.filename) as stream:
                pieces = []
                while piece := stream.read(size):
                    assert len(piece) <= size
                    pieces.append(piece)
            assert b"".join(pieces) == zf.read(info), info.filename


def test_truncated_member_is_an_error(package, tmp_path, inflater):
    cut = tmp_path / "cut.xlsx"
    data = package.read_bytes()
    with zipfile.ZipFile(package) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    # the central directory still says the member is whole; its bytes are overwritten by garbage
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    cut.write_bytes(data[:start + 100] + b"\x00" * (info.compress_size - 100) + data[start + info.compress_size:])
    with zipfile.ZipFile(cut) as zf, pytest.raises(Exception):  # noqa: B017 - zlib or isal's error
        with open_member(zf, "xl/worksheets/sheet1.xml") as stream:
            while stream.read(1 << 16):
                pass
