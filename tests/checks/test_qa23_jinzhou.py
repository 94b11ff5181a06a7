"""qa23: what ``check`` says of the 锦州市 2019 workbook (tests/qa23_book.py: ``init`` on the office's
Excel 目标任务分解表) as the office first typed it, and two messages that misled the clerk."""

from __future__ import annotations

import hashlib
from datetime import datetime

import openpyxl
import pytest

from tests.helpers import cli, slipped_book_output
from tests.qa23_book import jinzhou_book


@pytest.fixture(scope="module")
def slipped(tmp_path_factory):
    return slipped_book_output(jinzhou_book(tmp_path_factory.mktemp("qa23"), slips=True), ("progress",))


def test_every_slip_of_the_first_typing_is_named(slipped):
    assert "D3：文本「11 」已按数字 11 读取" in slipped  # a trailing space: a note
    # F4: a leading apostrophe kept by a paste (Excel's text mark) was an error "「'28」不是数字", while
    # 「11 」 (a trailing space) beside it was read with a note
    assert "D4：文本「'28」已按数字 28 读取" in slipped
    assert "D8：「新增市级工程技术研究中心」的「本年数」填的是日期 2019-06-01" in slipped  # 6-1 made a date
    assert "D5：「重大关键技术攻关课题」本年数与上年数完全相同" in slipped  # 上年数 copied from 本年数
    assert "D6：「技术成果」本年数与上年数完全相同" in slipped
    assert "E9：E9 填的是「—」，已按“不适用”（空白）读取" in slipped
    # 技术合同成交额 has a target since 县区分解's 合计 row is read (qa23 F9: its =SUM formulas had no
    # saved result): a 「/」 in its column is an error, not a note
    assert "D7：填的是「/」（不适用），但年度目标「技术合同成交额」要用「技术合同成交额」列计算全市合计" in slipped


def test_the_corrected_workbook_checks_and_fills(tmp_path):
    book = jinzhou_book(tmp_path)
    assert cli("check", book).exit_code == 0
    assert cli("fill", book).exit_code == 0


def _department_cell(book, name: str, column: str = "D"):
    wb = openpyxl.load_workbook(book)
    ks = wb["科室数据"]
    row = next(r for r in range(2, ks.max_row + 1) if ks.cell(r, 2).value == name)
    return wb, ks[f"{column}{row}"]


def test_a_figure_typed_into_a_cell_formatted_as_a_date_is_named_as_such(tmp_path):
    # F2: the clerk typed 6 over the date Excel had made of 「6-1」; the cell kept its date format, showed
    # 1900/1/6, and check said only "填的是日期 1900-01-06；应填写数值" — but she had typed a number
    book = jinzhou_book(tmp_path)
    wb, cell = _department_cell(book, "新增市级工程技术研究中心")
    cell.value = datetime(1900, 1, 6)  # what Excel stores for 6 in a date cell
    cell.number_format = "yyyy/m/d"
    wb.save(book)
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    result = cli("check", book)
    assert result.exit_code == 1
    assert ("填的是日期 1900-01-06（单元格设成了日期格式，填入的数字 6 被显示成日期；"
            "请把单元格格式改为“常规”或“数值”后重填 6）") in result.output
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before


def test_an_empty_total_row_is_not_said_to_be_the_city_figure(tmp_path):
    # F3: a 合计 row left empty (its formulas not yet typed) was "全市数以合计行为准（指标按合计行计算）",
    # while the figures were the counties' sum (技术合同成交额 10 亿元)
    book = jinzhou_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["县区数据"]
    ws.cell(ws.max_row + 1, 1, "合计")
    wb.save(book)
    out = cli("check", book).output
    assert "「合计」是合计行；已不计入县区、不参加排名；合计行没有数字，全市数按各县区之和计算" in out
    assert "全市数以合计行为准" not in out


def test_a_small_count_equal_to_last_years_is_no_slip(tmp_path):
    # qa22 F5's 提示 is for an amount or a share: 古塔区 新增高新技术企业 1 both years is likely true
    out = cli("check", jinzhou_book(tmp_path)).output
    assert "完全相同" not in out
