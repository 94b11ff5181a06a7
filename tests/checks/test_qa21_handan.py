"""qa21: what ``check`` says of the 邯郸市 2018 workbook as the office first typed it (tests/qa21_book.py)."""

from __future__ import annotations

from tests.helpers import slipped_book_output
from tests.qa21_book import handan_book


def test_a_department_figure_in_wan_yuan_is_not_called_the_sum_of_the_counties(tmp_path):
    # 技术合同交易额 typed as 264200 (万元) in 科室数据 D11 is already an error; the 县区数据 column sums
    # to 26.42 — a 提示 saying "全市「技术合同交易额」（各县区之和）为 264200亿元" pointed at G3:G22
    out = slipped_book_output(handan_book(tmp_path, slips=True), ("progress",))
    assert "D11：「技术合同交易额」本年数 264200亿元" in out
    assert "（各县区之和）为 264200" not in out
    assert "G3:G22" not in out
