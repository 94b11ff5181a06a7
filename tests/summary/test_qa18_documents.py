"""qa18: the documents of a new 江苏 bureau (宿迁市, 2023, 3 县 2 区 and 4 功能区)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_ok
from tests.qa18_book import suqian_book
from tests.summary.docx_readback import body_text

NOTE = "注：比上年增减按未经四舍五入的数计算，个别与表中本年、上年两数之差略有出入。"


def test_a_change_not_the_difference_of_the_shown_shares_is_explained(tmp_path: Path) -> None:
    """qa18 F4: 附件2 shows 全市 2.01 and 上年 1.91 beside +0.09 (2.006 − 1.913), 泗阳县 1.87 and 1.80
    beside +0.08: a leader subtracting finds 0.10 and 0.07. The change is of the unrounded shares, as
    statistical tables compute it; the table says so under it, as they do."""
    book = suqian_book(tmp_path)
    cli_ok("docx", book)
    text = body_text(tmp_path / "宿迁市科学技术局2023年工作总结和2024年工作打算.docx")
    assert "2.01\n1.91\n+0.09" in text, text
    assert NOTE in text
    cli_ok("progress", book)
    text = body_text(tmp_path / "宿迁市科学技术局2023年全年目标任务进展情况通报.docx")
    assert "2.01\n1.91\n+0.09" in text
    assert NOTE in text


def test_a_county_table_that_adds_up_has_no_rounding_note(tmp_path: Path) -> None:
    """Where each change is the difference of the shares shown (all four counties' figures chosen
    so), the table carries no such note."""
    import openpyxl

    book = suqian_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    for sheet, gdp in (("县区数据", 100.0), ("县区上年数据", 100.0)):
        ws = wb[sheet]
        for r in range(2, ws.max_row + 1):  # R&D ÷ a GDP of 100: every share shown exactly
            ws.cell(r, 3).value = gdp
    wb.save(book)
    cli_ok("docx", book)
    text = body_text(tmp_path / "宿迁市科学技术局2023年工作总结和2024年工作打算.docx")
    assert "比上年增减（个百分点）" in text
    assert NOTE not in text
