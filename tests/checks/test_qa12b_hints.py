"""check's hints on qa12b's 慈溪 2025 workbook (a 乡镇 book): the 科室-reported city figure is compared
with the 乡镇 column of the same name at the row it is reported in (F19)."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.qa12b_books import cixi_book


def _check(path) -> str:
    return CliRunner().invoke(main, ["check", str(path)]).output


def test_a_new_firms_column_is_compared_with_the_new_firms_row_not_the_total(tmp_path):
    book = cixi_book(tmp_path, new_firms_column=True)
    output = _check(book)
    # was: 「单元格 D5：「新增高新技术企业」科室报送的全市数 1105家 与「乡镇数据」各乡镇之和 138家 不同」
    assert "科室报送的全市数" not in output.replace("科室报送的全市数与", ""), output
    wb = openpyxl.load_workbook(book)
    rows = {r[1].value: r for r in wb["科室数据"].iter_rows(min_row=2) if r[1].value}
    rows["新增高新技术企业"][3].value = 140  # two more than the towns give
    wb.save(book)
    cell = f"D{rows['新增高新技术企业'][3].row}"
    assert (f"单元格 {cell}：「新增高新技术企业」科室报送的全市数 140家 与「乡镇数据」各街镇之和 138家 不同"
            in _check(book))


def test_the_city_figure_hint_of_an_indicator_with_two_targets_is_said_once_in_the_books_words(tmp_path):
    output = _check(cixi_book(tmp_path))
    hint = "「R&D经费投入强度」的全市数取科室报送数"
    assert output.count(hint) == 1, output  # was twice: 目标任务 A2 (提高) and A3 (总量)
    assert "单元格 A2：" + hint in output
    assert "科室报送的全市数与按各街镇数据计算的结果不同时以科室报送数为准；如要按各街镇数据计算" in output
    assert "县区" not in output.replace("「", "\n").replace("」", "\n")  # a 乡镇 book: no 县区 outside quotes
