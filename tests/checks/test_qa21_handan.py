"""qa21: what ``check`` says of the 邯郸市 2018 workbook as the office first typed it (tests/qa21_book.py)."""

from __future__ import annotations

import openpyxl

from tests.helpers import cli, slipped_book_output
from tests.qa21_book import handan_book


def test_a_department_figure_in_wan_yuan_is_not_called_the_sum_of_the_counties(tmp_path):
    # 技术合同交易额 typed as 264200 (万元) in 科室数据 D11 is already an error; the 县区数据 column sums
    # to 26.42 — a 提示 saying "全市「技术合同交易额」（各县区之和）为 264200亿元" pointed at G3:G22
    out = slipped_book_output(handan_book(tmp_path, slips=True), ("progress",))
    assert "D11：「技术合同交易额」本年数 264200亿元" in out
    assert "（各县区之和）为 264200" not in out
    assert "G3:G22" not in out


# --- qa21 F5: a target typed as a fraction, hidden by a blank county cell and an unpaired name ---

TARGET_SLIP = ("B21：目标「全社会R&D经费投入占GDP比重」的目标值为 0.0125（单位 %），约为上年数 1.39 的百分之一；"
               "是否应为 1.25")


def _corrected_as_told(book):
    """Save ``book`` with exactly the cells the first ``check`` names corrected as it says."""
    wb = openpyxl.load_workbook(book)
    ws = wb["县区数据"]
    assert ws["A13"].value == "磁" and ws["C12"].value is None
    ws["A13"], ws["C12"] = "磁县", 2.89
    assert wb["科室数据"]["D11"].value == 264200
    wb["科室数据"]["D11"] = 26.42
    assert wb["目标任务"]["B21"].value == 0.0125
    wb["目标任务"]["B21"] = 1.25
    wb.save(book)


def test_a_target_typed_as_a_fraction_is_named_beside_a_blank_cell_and_a_misspelt_county(tmp_path):
    # 涉县's R&D blank leaves the city's share without a 本年数, 「磁」 (for 磁县) left it without a
    # 上年数: 0.0125 had nothing to be compared with and was named only once both were corrected
    # (the README: 改完所列问题不会再冒出原本就有的新错误). 县区上年数据's own units give the 上年数.
    book = handan_book(tmp_path, slips=True)
    out = cli("check", book).output
    assert TARGET_SLIP in out, out
    for told in ("A13：县区「磁」在「县区上年数据」中没有对应的县区，可能是「磁县」；请把「磁」改为「磁县」（两表名称须一致），"
                 "否则该县区和全市的同比增长将显示为不可比。",
                 "D11：「技术合同交易额」本年数 264200亿元 约为上年数 21.85 的 12092 倍",
                 "C12：「涉县」的「全社会R&D经费支出」为空"):
        assert told in out, out  # the other errors as they were
    assert out.count("[错误]") == 4, out
    _corrected_as_told(book)
    assert "[错误]" not in cli("check", book).output

