"""qa12 F12: one slip, one message at the right cell — what follows from it is not said again.

Each test makes one change to the filled 宜春 workbook (tests.qa12_yichun) as a clerk would and
runs ``kjreport check``."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.qa12_yichun import yichun_book


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return yichun_book(tmp_path_factory.mktemp("yichun"))


def _slip(good, tmp_path, change) -> str:
    """Return ``check``'s lines on a copy of the good book with ``change(workbook)`` applied."""
    path = tmp_path / "slip.xlsx"
    book = openpyxl.load_workbook(good)
    change(book)
    book.save(path)
    result = CliRunner().invoke(main, ["check", str(path)])
    # the good book's own 提示 (targets init left without a 科室, qa18 L4) is not the slip's
    return [line for line in result.output.splitlines() if line.startswith("[") and "的责任科室为空" not in line]


def _row(ws, value, column: int = 1) -> int:
    return next(c.row for c in ws.iter_rows(min_col=column, max_col=column) for c in c if c.value == value)


def test_a_renamed_department_sheet_is_the_one_message(good, tmp_path):
    """S26: the 月度数据 row of 高新技术企业 was also called a row of totals for the 新增 target."""
    def rename(book):
        book["科室数据"].title = "科室报送数据"
    lines = _slip(good, tmp_path, rename)
    assert len(lines) == 1 and "缺少工作表「科室数据」" in lines[0], lines


def test_a_ref_error_in_the_stock_row_is_the_one_message(good, tmp_path):
    """S48: #REF! in 高新技术企业's 本年数 also compared the 新增 figure 212 with the stock's 740."""
    def ref(book):
        ws = book["科室数据"]
        ws.cell(_row(ws, "高新技术企业", 2), 4).value = "#REF!"
    lines = _slip(good, tmp_path, ref)
    assert len(lines) == 1 and "是 Excel 错误值 #REF!" in lines[0], lines


def test_merged_county_names_are_one_error_naming_the_lost_county(good, tmp_path):
    """S67: A5:A6 merged gave the merge error, 「县区」为空 at A6 and 「奉新县」 unmatched."""
    def merge(book):
        book["县区数据"].merge_cells("A5:A6")
    lines = _slip(good, tmp_path, merge)
    assert len(lines) == 1, lines
    assert "单元格 A5：数据区域内有合并单元格 A5:A6" in lines[0]
    assert "取消合并后请在 A6 补填县区名称：「县区上年数据」中的「奉新县」在本表中找不到" in lines[0]


def test_a_wrong_target_unit_is_said_at_the_unit_cell_only(good, tmp_path):
    """S114: 万家 for 家 was said at B6 (目标值), and 月度数据's row then matched no target."""
    def unit(book):
        ws = book["目标任务"]
        ws.cell(_row(ws, "科技型中小企业入库数"), 3).value = "万家"
    lines = _slip(good, tmp_path, unit)
    book = openpyxl.load_workbook(good)
    at = f"C{_row(book['目标任务'], '科技型中小企业入库数')}"
    assert len(lines) == 1 and f"单元格 {at}：目标单位「万家」与指标单位「家」不一致" in lines[0], lines


def test_a_target_typed_with_words_is_the_one_message(good, tmp_path):
    """S23: 「2.02%以上」 also made the R&D and GDP columns “没有对应的年度目标”."""
    def words(book):
        ws = book["目标任务"]
        ws.cell(_row(ws, "全社会R&D经费投入占GDP比重"), 2).value = "2.02%以上"
    lines = _slip(good, tmp_path, words)
    assert len(lines) == 1 and "「2.02%以上」" in lines[0], lines
