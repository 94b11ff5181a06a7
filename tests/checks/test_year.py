"""The year (issue 10 item 4): 设置 年度 against ledgers, 增长核算, the file name and the plan."""

from __future__ import annotations

from kjreport.checks import year
from kjreport.workbook.schema import GROWTH, PROJECTS, TARGETS
from kjreport.workbook.tables import ColumnAt, Row, Table


def table(spec, column, values, letter="A"):
    t = Table(spec, spec.name, header_row=1)
    t.columns = {column: ColumnAt(spec.column(column), 0, letter)}
    t.rows = [Row(i + 2, {column: v}, {column: f"{letter}{i + 2}"}) for i, v in enumerate(values)]
    return t


def test_moved_year_is_an_error_naming_the_ledger_and_the_series():
    tables = {"项目台账": table(PROJECTS, "年度", [2010, 2011, 2011]),
              "增长核算": table(GROWTH, "年份", [2009, 2010, 2011])}
    problems = year.ledger_years("f.xlsx", 2012, "B4", tables)
    assert [(p.sheet, p.cell, p.severity) for p in problems] == [
        ("项目台账", "A1", "错误"), ("增长核算", "A4", "错误")]
    assert "没有 2012 年的项目" in problems[0].found and "B4" in problems[0].expected


def test_right_year_is_quiet_and_later_rows_are_a_hint():
    tables = {"项目台账": table(PROJECTS, "年度", [2010, 2011, 2012]),
              "增长核算": table(GROWTH, "年份", [2010, 2011])}
    problems = year.ledger_years("f.xlsx", 2011, "B4", tables)
    assert [(p.cell, p.severity) for p in problems] == [("A4", "提示")]


def test_file_name_year():
    assert year.file_name_year("/x/鲁泽市2011年数据.xlsx", 2011) == []
    assert year.file_name_year("/x/数据.xlsx", 2011) == []
    [p] = year.file_name_year("/x/鲁泽市2010年数据.xlsx", 2011)
    assert p.severity == "提示" and "2010" in p.found


def test_plan_year():
    targets = table(TARGETS, "原文", ["2012年高新技术产业产值达到950亿元", "2012年专利申请"], "G")
    [p] = year.plan_year("f.xlsx", 2011, targets, None)
    assert p.cell == "G2" and "2012" in p.found
    assert year.plan_year("f.xlsx", 2012, targets, None) == []
    quiet = table(TARGETS, "原文", ["全年高新技术产业产值800亿元"], "G")
    assert year.plan_year("f.xlsx", 2011, quiet, None) == []
