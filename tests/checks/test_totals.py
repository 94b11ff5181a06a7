"""Totals (issue 10 item 1): recognised by name or by numbers, never counted, never ranked."""

from __future__ import annotations

import openpyxl
import pytest

from kjreport.checks.totals import _marked_rows, sum_rows, total_name
from kjreport.report import load_report
from tests.corpus.framework import append_total


@pytest.mark.parametrize("name", [
    "合计", "总计", "小计", "合计：", "全 市 总 计", "全市总计", "县区合计", "市区小计", "全区", "全市",
    "（合计）", "汇总", "鲁泽市", "鲁泽", "全市累计",
])
def test_total_names(name):
    assert total_name(name, ("鲁泽市", "鲁泽"))


@pytest.mark.parametrize("name", ["清河区", "全椒县", "德州市", "高新区", "市直", "合肥县", None, 12])
def test_county_names_are_not_totals(name):
    assert not total_name(name, ("鲁泽市", "鲁泽"))


def test_sum_rule_needs_every_filled_column_and_enough_rows():
    rows = [{"a": 1, "b": 2}, {"a": 2, "b": 3}, {"a": 3, "b": 4}, {"a": 6, "b": 9}]
    assert sum_rows(rows, ["a", "b"]) == [3]
    assert sum_rows(rows[:3], ["a", "b"]) == []  # 1 + 2 = 3 in three rows is no total
    assert sum_rows([*rows[:3], {"a": 6, "b": 8}], ["a", "b"]) == []  # one column off


@pytest.mark.parametrize("name", ["全市总计", "县区合计", "合计：", "鲁泽市", "城区"])
def test_total_row_never_counts_or_ranks(sample_path, tmp_path, name):
    wb = openpyxl.load_workbook(sample_path)
    append_total(wb["县区数据"], name)
    append_total(wb["县区上年数据"], name)
    path = tmp_path / "w.xlsx"
    wb.save(path)
    report = load_report(path)
    assert name not in report.counties and len(report.counties) == 10
    hitech = next(r for r in report.results if r.name == "高新技术产业产值")
    assert hitech.value == pytest.approx(812)  # not 1624
    assert [c.county for c in hitech.counties] == report.counties


def test_only_rows_with_a_marked_text_in_their_first_cells_are_looked_at():
    rows = [["年度", "项目名称"], [2011.0, "设计中心"], [2011.0, "甲"], ["合 计", None],
            [None], [2011.0, 5.0, "统计", "乙", "汇总"], [1.0, 2.0, 3.0, "小计"], ["x", "y"]]
    assert _marked_rows(rows, 1) == [1, 3, 5, 6]  # "汇总" in a fifth cell does not count
    assert _marked_rows(rows, 4) == [5, 6]
    assert _marked_rows([[1.0, 2.0]] * 3, 0) == [] and _marked_rows([], 0) == []
    square = [r + [None] * (5 - len(r)) for r in rows]  # the same, with the cells by column too
    columns = [tuple(c) for c in zip(*square, strict=True)]
    assert _marked_rows(square, 1, columns) == [1, 3, 5, 6] and _marked_rows(square, 4, columns) == [5, 6]


def test_a_ledger_total_row_is_taken_out_when_its_sheet_was_transposed(sample_path, tmp_path):
    from kjreport.report import check_source

    wb = openpyxl.load_workbook(sample_path)
    ws = wb["项目台账"]
    width = ws.max_column
    ws.append([None, "合  计"] + [None] * (width - 2))  # the first text cell says total
    path = tmp_path / "w.xlsx"
    wb.save(path)
    row = ws.max_row
    notes = [p for p in check_source(path) if p.sheet == "项目台账"]
    assert [(p.cell, p.found) for p in notes] == [(f"A{row}", f"第 {row} 行「合  计」是合计行")]
    assert load_report(path).result("省级以上科技计划项目").value == load_report(sample_path).result(
        "省级以上科技计划项目").value


# --- leftover8a item 1: the typed whole-area row is the official figure; 类型 不计入合计 -------------

def _with_official_total(wb, name="全市", factor=1.0):
    """A 全市 row in both county sheets: every column the units' sum, 高新技术产业产值 800 (not 812)."""
    rows = {}
    for sheet in ("县区数据", "县区上年数据"):
        ws = wb[sheet]
        rows[sheet] = append_total(ws, name, factor, skip=("类型",))
    wb["县区数据"][f"B{rows['县区数据']}"] = 800
    return rows


def test_a_typed_city_row_is_the_city_figure_and_a_hint_names_where_it_differs(sample_path, tmp_path):
    from click.testing import CliRunner

    from kjreport.cli import main

    wb = openpyxl.load_workbook(sample_path)
    rows = _with_official_total(wb)
    now = wb["县区数据"]
    rd, gdp = now[f"D{rows['县区数据']}"].value, now[f"F{rows['县区数据']}"].value
    industry = now[f"C{rows['县区数据']}"].value
    path = tmp_path / "w.xlsx"
    wb.save(path)
    checked = CliRunner().invoke(main, ["check", str(path)])
    assert checked.exit_code == 0, checked.output
    row = rows["县区数据"]
    [hint] = [line for line in checked.output.splitlines() if f"单元格 B{row}" in line]
    assert hint.startswith("[提示]") and "合计行「全市」的「高新技术产业产值」为 800，而各县区（县区数据!B2:B11）之和为 812" in hint
    assert "全市数以合计行为准（指标按合计行计算，县区照常排名）" in hint and "不计入合计" in hint
    assert f"单元格 C{row}" not in checked.output  # the other columns agree with the sum: nothing said
    report = load_report(path)
    result = {r.name: r for r in report.results}
    assert result["高新技术产业产值"].value == pytest.approx(800)
    assert result["高新技术产业产值占规模以上工业总产值比重"].value == pytest.approx(800 / industry * 100)
    assert result["全社会R&D经费投入占GDP比重"].value == pytest.approx(rd / 1e4 / gdp * 100)
    assert len(report.counties) == 10 and "全市" not in report.counties
    ranks = {c.county: c.rank for c in result["高新技术产业产值"].counties}
    assert ranks["高新区"] == 1 and ranks["西山县"] == 10  # the units still ranked among themselves
    out = tmp_path / "总结.docx"
    made = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts", "--force"])
    assert made.exit_code == 0, made.output
    import docx

    annex = next(t for t in docx.Document(str(out)).tables if t.rows[0].cells[0].text == "县区")
    assert [c.text for c in annex.rows[1].cells][:3] == ["全市", "800.0", "—"]


def test_a_unit_typed_not_counted_is_listed_and_ranked_but_left_out_of_the_city_figure(sample_path, tmp_path):
    wb = openpyxl.load_workbook(sample_path)
    for sheet in ("县区数据", "县区上年数据"):
        ws = wb[sheet]
        at = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "高新区")
        ws.cell(at, 10).value = "高新区（不计入合计）"
    path = tmp_path / "w.xlsx"
    wb.save(path)
    from kjreport.report import check_source

    assert not [p for p in check_source(path) if p.severity == "错误"]
    report = load_report(path)
    hitech = next(r for r in report.results if r.name == "高新技术产业产值")
    assert hitech.value == pytest.approx(812 - 190.7)
    assert "高新区" in report.counties and report.county_types["高新区"] == "高新区"
    assert {c.county: c.rank for c in hitech.counties}["高新区"] == 1
    from click.testing import CliRunner

    from kjreport.cli import main
    from tests.summary.docx_readback import body_text

    out = tmp_path / "总结.docx"
    made = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts", "--force"])
    assert made.exit_code == 0, made.output
    assert "注：高新区不计入全市合计。" in body_text(out)  # under 附件2, where 高新区 is still listed


def test_a_typed_total_rounded_as_typed_is_no_difference(sample_path, tmp_path):
    from kjreport.report import check_source

    wb = openpyxl.load_workbook(sample_path)
    rows = _with_official_total(wb)
    wb["县区数据"][f"B{rows['县区数据']}"] = 812.0
    wb["县区数据"][f"I{rows['县区数据']}"] = 33  # 培训农民: the units' 32.6 rounded to a whole 万人次
    path = tmp_path / "w.xlsx"
    wb.save(path)
    assert not [p for p in check_source(path) if "之和为" in p.found]
    wb["县区数据"][f"I{rows['县区数据']}"] = 33.5  # typed with a decimal: 0.9 apart is no rounding
    wb.save(path)
    [hint] = [p for p in check_source(path) if "之和为" in p.found]
    assert hint.cell == f"I{rows['县区数据']}" and "为 33.5，而各县区（县区数据!I2:I11）之和为 32.6" in hint.found


# --- leftover9a item 3: a 万元 figure typed in the official total row is an error ----------------

def _slipped_total(sample_path, tmp_path, **cells):
    wb = openpyxl.load_workbook(sample_path)
    rows = _with_official_total(wb)
    row = rows["县区数据"]
    for column, value in cells.items():
        wb["县区数据"][f"{column}{row}"] = value
    path = tmp_path / "w.xlsx"
    wb.save(path)
    return path, row


def test_a_total_typed_in_wan_yuan_under_yi_yuan_is_an_error_naming_the_cell_and_likely_value(sample_path, tmp_path):
    from click.testing import CliRunner

    from kjreport.cli import main
    from kjreport.report import check_source

    path, row = _slipped_total(sample_path, tmp_path, B=8120000)  # 812 亿元 typed as 万元
    checked = CliRunner().invoke(main, ["check", str(path)])
    assert checked.exit_code != 0
    [error] = [p for p in check_source(path) if p.severity == "错误"]
    assert (error.sheet, error.cell) == ("县区数据", f"B{row}")
    assert error.found == ("合计行「全市」的「高新技术产业产值」为 8120000亿元，是各县区（县区数据!B2:B11）之和 812亿元 "
                           "的 10000 倍，不可能是它们的合计")
    assert error.expected.startswith("可能把万元当作亿元填写了，应约为 812亿元")
    assert f"单元格 B{row}" in checked.output and "[错误]" in checked.output
    # one message: no indicator ×10000 over its target nor share over 100 % naming the unit cells
    assert not [p for p in check_source(path) if p.cell and p.cell.startswith("B2")]


def test_a_total_slip_under_a_wan_yuan_header_names_the_figure_as_typed(sample_path, tmp_path):
    from kjreport.report import check_source

    wb = openpyxl.load_workbook(sample_path)
    typed = sum(wb["县区数据"][f"D{r}"].value for r in range(2, 12)) * 10000  # 元 typed under （万元）
    path, row = _slipped_total(sample_path, tmp_path, D=typed)
    [error] = [p for p in check_source(path) if p.severity == "错误"]
    assert error.cell == f"D{row}" and "万元" in error.found and "的 10000 倍" in error.found
    assert error.expected.startswith(f"可能把元当作万元填写了，应约为 {typed // 10000}万元")


def test_a_total_ten_times_the_units_is_still_a_hint(sample_path, tmp_path):
    from kjreport.report import check_source

    path, row = _slipped_total(sample_path, tmp_path, B=8120)
    problems = check_source(path)
    assert not [p for p in problems if p.cell == f"B{row}" and p.severity == "错误"]
    [hint] = [p for p in problems if p.cell == f"B{row}"]
    assert hint.severity == "提示" and "之和为 812" in hint.found
