"""qa10 F15/F16 on the 洛阳 2008 workbook at 9月 (tests/summary/qa10_books/SOURCES.md): a 新增 row
at 0 is "尚未新增", never a stock of 0; the gaps to the expected progress at one decimal."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from click.testing import CliRunner

from kjreport.cli import main

BOOK = Path(__file__).parent / "qa10_books" / "luoyang2008_m9.xlsx"


def _progress(tmp_path: Path) -> str:
    book = tmp_path / BOOK.name
    shutil.copy(BOOK, book)
    out = tmp_path / "进度.docx"
    result = CliRunner().invoke(main, ["progress", str(book), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


def test_a_new_count_at_zero_is_not_yet_added_never_a_stock_of_zero(tmp_path):
    text = _progress(tmp_path)
    assert "截至9月底尚未新增国家级研发中心（年度目标新增1家）" in text, text
    assert "国家级研发中心为0家" not in text and "与上年末持平" not in text, text


def test_gaps_to_the_expected_progress_at_one_decimal(tmp_path):
    text = _progress(tmp_path)
    assert "慢于应完成进度35.0个百分点" in text and "慢于应完成进度33.0个百分点" in text, text
    assert "慢于应完成进度22.5个百分点" in text


def test_county_progress_notices_rank_a_growth_target_by_growth(tmp_path):
    book = tmp_path / "quanzhou2024_m9.xlsx"
    shutil.copy(BOOK.with_name("quanzhou2024_m9.xlsx"), book)
    out = tmp_path / "通报"
    result = CliRunner().invoke(main, ["progress", str(book), "--by", "县区", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(next(out.glob("鲤城区*.docx")))).paragraphs)
    assert "同比增长14.2%，增速在11个县（市）区中居末位" in text, text  # slowest of 11, +14.2%
    near = "\n".join(p.text for p in docx.Document(str(next(out.glob("洛江区*.docx")))).paragraphs)
    assert "末位" not in near, near  # +19.5%: the smallest amount, not the slowest growth
