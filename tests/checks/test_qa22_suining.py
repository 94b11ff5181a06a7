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


def test_a_unit_written_wan_is_said_at_its_cell_not_at_the_target(slipped):
    # F4: 「万」 typed for 万元 in 科室数据 C9 gave "目标任务 C11：目标单位「亿元」与指标单位「万」不一致" —
    # pointing at the target's unit, which is right, and calling 「万」 the indicator's unit
    assert ("C9：「技术合同交易登记额」的单位填的是「万」，不是完整的计量单位（年度目标的单位是亿元）；"
            "是否为万元？若是，请把 C9 改为「万元」（程序会换算为亿元）") in slipped
    assert "指标单位「万」" not in slipped


def _corrected_but_the_separator(book):
    """Correct what ``check`` called errors in the slipped book, as the office did, leaving the two
    notes (「４５２」, 「71,200」) and writing 「万元」 for 「万」 as the message asked."""
    import openpyxl

    wb = openpyxl.load_workbook(book)
    ws = wb["县区数据"]
    ws["C9"] = 0.72
    ws.delete_rows(10)  # 射洪市's second row
    wb["县区上年数据 (2)"].title = "县区上年数据"
    ks = wb["科室数据"]
    ks["D7"], ks["D10"], ks["C9"] = 623.5, 18.6, "万元"
    wb.save(book)
    return book


def test_a_figure_in_wanyuan_is_stated_in_the_plans_yiyuan(tmp_path):
    # F8: fill's table showed 技术合同交易登记额 as 「万元 | 71,200 | 65000」 (a thousands separator beside
    # none, and the plan's 6.5亿元 restated in 万元), and 指标结果 held 65000万元
    import openpyxl

    book = _corrected_but_the_separator(suining_book(tmp_path, slips=True))
    out = cli("fill", book, ok=True).output
    row = next(line for line in out.splitlines() if "技术合同交易登记额" in line)
    assert [c.strip() for c in row.split("│")[2:5]] == ["亿元", "7.12", "6.5"], row
    assert "71,200" not in out.split("[提示]")[0]  # the table (the note quotes the cell as typed)
    ws = openpyxl.load_workbook(book)["指标结果"]
    header = [c.value for c in ws[1]]
    found = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "技术合同交易登记额")
    assert (found[header.index("单位")], found[header.index("本年")], found[header.index("目标")]) == ("亿元", 7.12, 6.5)


def test_a_county_figure_of_last_year_is_noticed(tmp_path):
    # F5: 蓬溪县's R&D of last year (0.86) typed into 县区数据 was not noticed (its GDP was this year's,
    # so the row was not all last year's); 科室数据 rows equal to their 上年数 were
    book = _corrected_but_the_separator(suining_book(tmp_path, slips=True))
    out = cli("check", book).output
    line = next(x for x in out.splitlines() if "蓬溪县" in x and "完全相同" in x)
    assert line.startswith("[提示]") and "工作表「县区数据」 单元格 B5" in line
    assert "「蓬溪县」的「全社会R&D经费支出」本年数与「县区上年数据」B5 的上年数完全相同（均为 0.86亿元）" in line
    assert sum("完全相同" in x for x in out.splitlines()) == 1  # no other county, no count
