"""qa22: what ``check`` says of the 遂宁市 2021 workbook as the office first typed it (tests/qa22_book.py)."""

from __future__ import annotations

import pytest

from tests.helpers import cli, slipped_book_output
from tests.qa22_book import suining_book


@pytest.fixture(scope="module")
def slipped(tmp_path_factory):
    return slipped_book_output(suining_book(tmp_path_factory.mktemp("qa22"), slips=True), ("progress",))


def test_a_percent_typed_into_an_amount_row_is_one_error_not_also_a_converted_note(slipped):
    # F3: 「21.6%」 in the 亿元 row of 科技服务业营业收入 was an error ("百分数不会自动换算") and also a
    # 提示 for the same cell saying it had been read as 21.6 and "已自动换算"
    lines = [line for line in slipped.splitlines() if "单元格 D10" in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("[错误]") and "百分数不会自动换算" in lines[0]


def test_every_slip_of_the_first_typing_is_named(slipped):
    assert "C9：是 Excel 错误值 #DIV/0!" in slipped  # the pasted formula's error
    assert "A10：「射洪市」重复出现（另见 A4）" in slipped  # listed twice
    assert "「县区上年数据 (2)」改回原名「县区上年数据」" in slipped  # the renamed sheet
    assert "D7：「高新技术产业营业收入」本年数 6235000亿元" in slipped and "应约为 623.5亿元" in slipped
    assert "D6：文本「４５２」已按数字 452 读取" in slipped  # full-width digits: a note
    assert "D9：文本「71,200」已按数字 71200 读取" in slipped  # a thousands separator: a note
    assert "第 6 行已隐藏（「大英县」）" in slipped  # the hidden row: a note


def test_the_corrected_workbook_checks_and_fills(tmp_path):
    book = suining_book(tmp_path)
    assert cli("check", book).exit_code == 0
    assert cli("fill", book).exit_code == 0
