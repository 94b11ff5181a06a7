"""qa18: the documents of a new 江苏 bureau (宿迁市, 2023, 3 县 2 区 and 4 功能区)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_ok
from tests.qa18_book import suqian_book
from tests.summary.docx_readback import body_text

NOTE = "注：比上年增减按未经四舍五入的数计算，与表中两数之差略有出入。"


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
    """Where each change is the difference of the shares shown (every unit's GDP 100, 湖滨新区's R&D
    of last year 1.5: the subtotals' shares too come out at two decimals), the table has no such note."""
    import openpyxl

    book = suqian_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    for sheet, gdp in (("县区数据", 100.0), ("县区上年数据", 100.0)):
        ws = wb[sheet]
        for r in range(2, ws.max_row + 1):  # R&D ÷ a GDP of 100: every share shown exactly
            ws.cell(r, 3).value = gdp
    assert wb["县区上年数据"]["A8"].value == "湖滨新区"
    wb["县区上年数据"]["B8"] = 1.5
    wb.save(book)
    cli_ok("docx", book)
    text = body_text(tmp_path / "宿迁市科学技术局2023年工作总结和2024年工作打算.docx")
    assert "比上年增减（个百分点）" in text
    assert NOTE not in text


def test_a_group_subtotal_of_a_share_has_its_last_year_and_change(tmp_path: Path) -> None:
    """qa18 F5: 县区小计 1.93 and 功能区小计 2.53 showed “—” for 上年 and 比上年增减 while the 全市 row above
    had both: the book holds each unit's R&D and GDP of last year, so the group's share of last year is
    Σ R&D ÷ Σ GDP of last year (县区 67.6 ÷ 3661.6 = 1.85%), as this year's."""
    book = suqian_book(tmp_path)
    cli_ok("docx", book)
    text = body_text(tmp_path / "宿迁市科学技术局2023年工作总结和2024年工作打算.docx")
    assert "县区小计\n1.93\n1.85\n+0.08\n—" in text, text
    assert "功能区小计\n2.53\n2.38\n+0.15\n—" in text
