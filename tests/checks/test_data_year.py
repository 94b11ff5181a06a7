"""数据年度 in 科室数据 (qa10 F24): what ``check`` accepts, refuses and hints.

Empty or the workbook's 年度: this year's figure. 年度 − 1 or − 2: a figure of that year. Any other
value is an error naming the cell, what was found and what is expected. A row the catalogue says
usually lags (全社会R&D经费…), reported near year end with 数据年度 empty, gets a 提示.
"""

from __future__ import annotations

import pytest

from kjreport.report import check_source
from tests.indicators.test_reported_workbook import edit

NAME = "全社会R&D经费投入占GDP比重"


def _book(sample_path, tmp_path, data_year, *, column=True, name=NAME, month=None):
    def change(wb):
        ws = wb["科室数据"]
        row = ["计划科", name, "%", 0.78, 0.72, "可比", None]
        if column:
            ws.cell(1, 8).value = "数据年度"
            row.append(data_year)
        ws.append(row)
        if month is not None:
            for r in wb["设置"].iter_rows():
                if r[0].value == "报送月份":
                    r[1].value = month
    return edit(sample_path, tmp_path / "w.xlsx", change)


def _about_h6(path):
    return [p for p in check_source(path) if p.sheet == "科室数据" and p.cell == "H6"]


@pytest.mark.parametrize("value, found", [
    (2012, "「全社会R&D经费投入占GDP比重」的「数据年度」填的是 2012，是以后的年份"),
    (2008, "「全社会R&D经费投入占GDP比重」的「数据年度」填的是 2008，比本年度早 3 年，不是本年报告可用的数"),
    ("去年", "「全社会R&D经费投入占GDP比重」的「数据年度」填的是「去年」，不是年份"),
])
def test_a_data_year_that_is_no_earlier_year_is_an_error(sample_path, tmp_path, value, found):
    [p] = _about_h6(_book(sample_path, tmp_path, value))
    assert (p.severity, p.found) == ("错误", found)
    assert p.expected == ("应为空（即本年度 2011），或数据所属的年份 2010、2009"
                          "（统计数据滞后一年或两年时填写，如本年数是 2010 年的数）")


@pytest.mark.parametrize("value", [2010, 2009, 2011])
def test_last_year_the_year_before_and_this_year_are_accepted(sample_path, tmp_path, value):
    assert _about_h6(_book(sample_path, tmp_path, value)) == []


@pytest.mark.parametrize("value", ["2010年", "2010年度", "2010年数据"])  # the documents' own phrase too (qa11b F22)
def test_a_year_typed_with_its_unit_is_read(sample_path, tmp_path, value):
    [p] = _about_h6(_book(sample_path, tmp_path, value))
    assert p.severity == "提示" and "按 2010 年读取" in p.found


@pytest.mark.parametrize("header", ["数据年份", "统计年度", "数据所属年度", "年度", "数据年度（年份）"])
def test_the_column_under_the_offices_own_header_is_read(sample_path, tmp_path, header):
    """A 数据年度 column headed another way is read as it (one 提示 at the header), not ignored
    while the row's 2010 figure goes into the summary as this year's (qa11b F21)."""
    def rename(wb):
        wb["科室数据"].cell(1, 8).value = header
    path = _book(sample_path, tmp_path, 2010)
    path = edit(path, tmp_path / "renamed.xlsx", rename)
    problems = [p for p in check_source(path) if p.sheet == "科室数据"]
    [head] = [p for p in problems if p.cell == "H1"]
    assert head.severity == "提示" and f"表头「{header}」已按「数据年度」列读取" in head.found
    assert not [p for p in problems if p.cell and p.cell.endswith("6")]  # no 通常滞后一年 hint: 2010 was read


def test_a_lagging_indicator_left_as_this_years_gets_a_hint_at_year_end(sample_path, tmp_path):
    [p] = _about_h6(_book(sample_path, tmp_path, None))
    assert p.severity == "提示"
    assert p.found.startswith("「全社会R&D经费投入占GDP比重」的统计数据通常滞后一年（2011 年的数一般次年才发布）")
    assert "如填的是上一年数据，请在「数据年度」填 2010" in p.expected
    assert "如确是 2011 年的数，请在「数据年度」填 2011，不再提示" in p.expected


def test_no_hint_in_mid_year(sample_path, tmp_path):
    assert _about_h6(_book(sample_path, tmp_path, None, month=6)) == []


def test_without_the_column_the_hint_says_to_add_it(sample_path, tmp_path):
    path = _book(sample_path, tmp_path, None, column=False)
    [p] = [p for p in check_source(path) if p.sheet == "科室数据" and "滞后" in p.found]
    assert p.cell == "D6" and "请在「科室数据」表头加一列「数据年度」" in p.expected


def test_an_indicator_that_does_not_lag_gets_no_hint(sample_path, tmp_path):
    assert _about_h6(_book(sample_path, tmp_path, None, name="技术合同成交额")) == []


def test_a_data_year_on_an_indicator_that_does_not_lag_gets_a_hint(sample_path, tmp_path):
    # qa11b F14: 新增高新技术企业 is published in the year; 2010 there is most likely a fill-down slip
    [p] = _about_h6(_book(sample_path, tmp_path, 2010, name="新增高新技术企业"))
    assert p.severity == "提示"
    assert p.found == ("「新增高新技术企业」的统计数据一般不滞后，「数据年度」却填了 2010（总结中会写作“2010年数据，"
                       "统计数据滞后一年”，完成情况暂按该数据衡量）")
    assert p.expected == "请核对：如本年数是本年度的数，请清空「数据年度」；如确是 2010 年的数，可不修改"
    assert _about_h6(_book(sample_path, tmp_path, 2010)) == []  # R&D lags: taken without a word


def test_init_from_does_not_carry_a_data_year_on_an_indicator_that_does_not_lag(sample_path, tmp_path):
    import subprocess
    import sys

    import openpyxl

    def change(wb):
        ws = wb["科室数据"]
        ws.cell(1, 8).value = "数据年度"
        ws.append(["高新科", "新增高新技术企业", "家", 22, 18, "可比", None, 2010])
        ws.append(["计划科", NAME, "%", 0.78, 0.72, "可比", None, 2010])
    book = edit(sample_path, tmp_path / "鲁泽市2011年科技工作.xlsx", change)
    new = tmp_path / "鲁泽市2012年科技工作.xlsx"
    done = subprocess.run([sys.executable, "-m", "kjreport", "init", "--year", "2012", "--from", str(book), str(new)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ("上年「科室数据」中「新增高新技术企业」的「数据年度」为 2010，但该指标的统计数据一般不滞后；"
            "新工作簿中此格留空（即 2012 年的数），如确需填写请核对后补上。") in done.stdout
    rows = {r[1]: r for r in openpyxl.load_workbook(new)["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert rows["新增高新技术企业"][7] is None and rows["新增高新技术企业"][4] == 22
    assert rows[NAME][7] == 2011  # a lagging row lags again


def test_a_year_typed_into_a_date_cell_is_read_as_that_year_with_a_hint(sample_path, tmp_path):
    # qa11b F3: 2010 typed into a cell formatted 日期 shows 1905-07-02 (serial 2010)
    import subprocess
    import sys

    def change(wb):
        ws = wb["科室数据"]
        ws.cell(1, 8).value = "数据年度"
        ws.append(["计划科", NAME, "%", 0.78, 0.72, "可比", None, 2010])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
    book = edit(sample_path, tmp_path / "d.xlsx", change)
    [p] = _about_h6(book)
    assert p.severity == "提示"
    assert p.found == ("「全社会R&D经费投入占GDP比重」的「数据年度」所在单元格为日期格式，所填 2010 显示为 1905-07-02，"
                       "已按 2010 年读取")
    assert p.expected == "无需修改；建议把单元格格式改为“常规”，使表中显示 2010"
    done = subprocess.run([sys.executable, "-m", "kjreport", "check", str(book)], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0 and "校验通过" in done.stdout, done.stdout + done.stderr


def test_a_real_date_in_the_data_year_is_still_an_error(sample_path, tmp_path):
    import datetime as dt

    [p] = _about_h6(_book(sample_path, tmp_path, dt.datetime(2010, 12, 31)))
    assert p.severity == "错误" and "不是年份" in p.found
