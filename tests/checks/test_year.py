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
    # 增长核算 one year short is the usual case (the rate comes out the next year, lag11b): a hint
    assert [(p.sheet, p.cell, p.severity) for p in problems] == [
        ("项目台账", "A1", "错误"), ("增长核算", "A4", "提示")]
    assert "没有 2012 年的项目" in problems[0].found and "B4" in problems[0].expected
    assert "科技进步贡献率按 2011 年测算" in problems[1].expected
    problems = year.ledger_years("f.xlsx", 2013, "B4", tables)  # two years short: an error
    assert ("增长核算", "A4", "错误") in [(p.sheet, p.cell, p.severity) for p in problems]


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


def test_plan_year_ignores_aims_deadlines_and_bases():
    # 汉寿 2018: the only year in the plan is a future aim, not the plan's year (qa2 R7)
    aim = table(TARGETS, "原文", [
        "重点孵化20个科技型小微企业及重要成果转化项目，完善省级科技企业孵化器的建设，"
        "为2019年争创国家级夯实基础"], "G")
    assert year.plan_year("f.xlsx", 2018, aim, None) == []
    others = table(TARGETS, "原文", [
        "到2020年高新技术企业达到100家", "研发经费比2017年增长15%", "截至2017年底，全县共有",
        "2017年以来累计引进团队5个"], "G")
    assert year.plan_year("f.xlsx", 2018, others, None) == []
    # the plan's year itself, even beside an aim, still gives the hint for a moved 年度
    moved = table(TARGETS, "原文", ["2019年全县高新技术企业达到30家，为2020年打基础"], "G")
    [p] = year.plan_year("f.xlsx", 2018, moved, None)
    assert "2019" in p.found and p.cell == "G2"


def test_plan_year_ignores_the_end_of_a_range_and_a_cited_documents_title():
    # 南昌 2019 (qa12b book): "按照《…行动方案（2018-2020年）》要求" names the cited plan, not this one;
    # a 须核对 on it would stop every document of a right book
    cited = table(TARGETS, "原文", [
        "按照《南昌市推进创新型城市建设行动方案（2018-2020年）》要求，着力推进科创大走廊建设",
        "2018—2020年累计新增高新技术企业600家", "《2020年科技工作要点》明确"], "G")
    assert year.plan_year("f.xlsx", 2019, cited, None) == []
    # the same year said as the plan's own still counts
    moved = table(TARGETS, "原文", ["2020年全市新增高新技术企业200家", "2020年专利申请"], "G")
    [p] = year.plan_year("f.xlsx", 2019, moved, None)
    assert p.severity == "须核对" and "2020" in p.found
