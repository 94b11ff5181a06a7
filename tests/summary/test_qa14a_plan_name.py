"""qa14a F10: a summary of a year inside a multi-year 方案 names the 方案, not a 年初 工作意见.

同心县's targets come from its 《同心县科技创新高质量发展工作方案（2024-2026）》; the opening said
"紧紧围绕年初确定的全县科技工作意见" — a document the county never issued. A 工作要点 keeps its
own word (tests/summary/test_qa10_summary.py)."""

from __future__ import annotations

import docx
import openpyxl

from tests.helpers import cli_ok
from tests.qa14a_book import tongxin_book

TITLE = "同心县科学技术局2026年工作总结和2027年工作打算"


def _opening(book) -> str:
    cli_ok("docx", book, "--no-charts", "--force")
    paragraphs = [p.text for p in docx.Document(str(book.parent / f"{TITLE}.docx")).paragraphs]
    return next(p for p in paragraphs if p.startswith("2026年，"))


def test_a_multi_year_plan_is_named_by_its_title(tmp_path):
    opening = _opening(tongxin_book(tmp_path))
    assert "紧紧围绕《同心县科技创新高质量发展工作方案（2024-2026）》确定的目标任务" in opening, opening
    assert "工作意见" not in opening and "年初确定" not in opening


def test_a_yearly_plan_title_keeps_the_yearly_wording(tmp_path):
    book = tongxin_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    settings = wb["设置"]
    row = next(r for r in range(1, settings.max_row + 1) if settings.cell(r, 1).value == "工作意见名称")
    settings.cell(row, 2).value = "同心县科学技术局2026年科技工作要点"
    wb.save(book)
    assert "紧紧围绕年初确定的全县科技工作要点" in _opening(book)
