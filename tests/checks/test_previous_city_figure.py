"""qa14b F13: ``check`` compares a 科室数据 row's 上年数 with the counties' 县区上年数据 sum when the
row's target is a growth, as it does for the 本年数.

六安 2021: 技术合同交易额 科室 33.6 / 21.0 (增长 60.0%) while the counties report 33.9 / 23.0 (47.4%):
附件2 then printed 全市 60.0% above every county (at most 58.3%), and only the 本年数 was told.
"""

from __future__ import annotations

import openpyxl

from tests.helpers import cli_ok
from tests.luan_book import luan_book

COLUMN = "技术合同交易额（亿元）"
PREVIOUS = {"金安区": 6.1, "裕安区": 4.3, "叶集区": 1.2, "霍邱县": 2.5, "舒城县": 3.9, "金寨县": 2.2, "霍山县": 2.8}
CURRENT = {"金安区": 9.0, "裕安区": 6.2, "叶集区": 1.9, "霍邱县": 3.7, "舒城县": 5.8, "金寨县": 3.4, "霍山县": 3.9}


def book_with(tmp_path, previous: dict[str, float]):
    book = luan_book(tmp_path / "2021年科技工作.xlsx")
    wb = openpyxl.load_workbook(book)
    for sheet, figures in (("县区数据", CURRENT), ("县区上年数据", previous)):
        ws = wb[sheet]
        ws.cell(1, 3, COLUMN)
        for i, (county, value) in enumerate(figures.items(), 2):
            ws.cell(i, 1, county)
            ws.cell(i, 3, value)
    wb.save(book)
    return book


def test_a_previous_figure_unlike_the_counties_sum_is_told_with_both_growths(tmp_path):
    out = cli_ok("check", book_with(tmp_path, PREVIOUS)).output
    assert ("[提示] 2021年科技工作.xlsx 工作表「科室数据」 单元格 E5：「技术合同交易额」科室报送的上年数 21亿元 与"
            "「县区上年数据」各县区之和 23亿元 不同；全市同比增长按科室数计算为 60.0%，按各县区之和为 47.4%") in out, out


def test_a_previous_figure_equal_to_the_sum_is_not_told(tmp_path):
    same = {**PREVIOUS, "金安区": 4.1}  # the counties sum to 21.0, the 科室's 上年数
    out = cli_ok("check", book_with(tmp_path, same)).output
    assert "科室报送的上年数" not in out, out
