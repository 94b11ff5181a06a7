"""Render with real LibreOffice: 22 lines × 28 characters, page numbers, real CJK faces.

Skips where ``soffice`` or poppler is absent; the font check skips where the stand-in fonts of
``.ci/system-deps.sh`` are not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kjreport.docx.pdf import PdfError, find_soffice, to_pdf
from tests.docx.conftest import build_sample

pytestmark = pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler-utils (pdftotext) is not installed",
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("render")
    docx = build_sample(folder / "总结.docx", chart=True)
    pdf = to_pdf(docx)
    assert pdf == folder / "总结.pdf"
    return pdf


def _pages(pdf: Path) -> list[list[str]]:
    """Return each page's non-empty lines as ``pdftotext -layout`` lays them out."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [[ln.strip() for ln in page.splitlines() if ln.strip()] for page in text.split("\f")]


def _is_page_number(line: str) -> bool:
    return line.startswith("—") and line.endswith("—")


def test_full_page_has_22_lines_of_28_characters(rendered: Path) -> None:
    page2 = _pages(rendered)[1]  # page 2 is all body text
    body = [ln for ln in page2 if not _is_page_number(ln)]
    assert len(body) == 22
    full = [ln for ln in body if not ln.endswith("。") and not any(c.isascii() for c in ln)]
    assert full, body
    # a full line of Chinese text: 28 characters (26 after the two-character indent); a comma
    # that would start the next line hangs in the margin as a 29th
    widths = {len(ln) - (len(ln) == 29 and ln[-1] in "，。、；：") for ln in full}
    assert widths <= {26, 28}
    assert sum(len(ln) == 28 for ln in full) >= 10


def test_first_page_title_and_body_fill_22_lines(rendered: Path) -> None:
    page1 = [ln for ln in _pages(rendered)[0] if not _is_page_number(ln)]
    # 2 title lines + 1 blank line (not printed) + 19 body lines
    assert page1[0].startswith("菏泽市科学技术局")
    assert len(page1) == 21


def test_line_end_commas_survive(rendered: Path) -> None:
    text = "".join("".join(p) for p in _pages(rendered))
    assert text.count("城市目标，大力") >= 20  # LibreOffice drops hanging commas when justified


def test_page_numbers_odd_right_even_left(rendered: Path) -> None:
    raw = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "2", str(rendered), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")
    odd = next(ln for ln in raw[0].splitlines() if "—" in ln)
    even = next(ln for ln in raw[1].splitlines() if "—" in ln)
    assert odd.replace(" ", "") == "—1—" and even.replace(" ", "") == "—2—"
    assert len(odd) - len(odd.lstrip()) > 20  # odd page: at the right
    assert len(even) - len(even.lstrip()) < 5  # even page: at the left


def test_cjk_stand_in_fonts_are_embedded(rendered: Path) -> None:
    listed = subprocess.run(
        ["fc-list", ":", "family"], capture_output=True, text=True, check=True
    ).stdout
    if "FandolFang" not in listed or "Noto Serif CJK SC" not in listed:
        pytest.skip("GB/T 9704 stand-in fonts are not installed (run .ci/system-deps.sh)")
    fonts = subprocess.run(
        ["pdffonts", str(rendered)], capture_output=True, text=True, check=True
    ).stdout
    assert "FandolFang" in fonts  # 仿宋_GB2312
    assert "NotoSerifCJK" in fonts  # 方正小标宋简体
    assert "NotoSansCJK" in fonts  # 黑体
    assert "UKai" in fonts  # 楷体_GB2312
    assert "LiberationSerif" in fonts  # Times New Roman
    assert "DejaVu" not in fonts  # no fallback face


def test_missing_docx_is_a_chinese_error(tmp_path: Path) -> None:
    with pytest.raises(PdfError) as err:
        to_pdf(tmp_path / "没有.docx")
    assert "没有.docx" in str(err.value)


def test_no_libreoffice_is_a_chinese_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("KJREPORT_SOFFICE", raising=False)
    if find_soffice() is not None:  # installed in a standard folder outside PATH
        pytest.skip("LibreOffice is found outside PATH")
    with pytest.raises(PdfError) as err:
        to_pdf(tmp_path / "x.docx")
    assert str(err.value) == "未找到 LibreOffice，无法生成 PDF；请安装 LibreOffice 或去掉 --pdf。"
