"""QA round 6 (F21, F22, F6, F2): sheets headed the way a bureau's own tables are headed, a
renamed sheet, and 工作进展 without 科室.

Each test changes a copy of the sample the way a clerk does in Excel (openpyxl), then runs the
real ``kjreport check`` (or ``load_report``) and reads what the clerk would read.
"""

from __future__ import annotations

import pytest

from kjreport.report import check_source, load_report
from tests.checks.test_figures_fit import cli_check
from tests.test_check import mutate


def _values(path):
    return {r.name: r.value for r in load_report(path).results}


def _lines(output, tag):
    return [x for x in output.splitlines() if x.startswith(tag)]


# --- F21: the unit-name column of the county sheets --------------------------------------------

@pytest.mark.parametrize("header", ["县（市）区", "县（市、区）", "县市区", "区县", "县（市）区、开发区", "单位名称"])
def test_usual_unit_name_headers_are_read_as_county(sample_path, tmp_path, header):
    def change(wb):
        wb["县区数据"]["A1"] = header
        wb["县区上年数据"]["A1"] = header

    path = mutate(sample_path, tmp_path / "h.xlsx", change)
    result = cli_check(path)
    assert result.exit_code == 0, result.output
    assert "不是数字" not in result.output and "缺少列" not in result.output
    hints = [x for x in _lines(result.output, "[提示]") if "已按「县区」列读取" in x]
    assert len(hints) == 2, result.output  # one per sheet, at A1
    assert all("单元格 A1" in x and f"「{header}」" in x for x in hints)
    assert _values(path) == _values(sample_path)


@pytest.mark.parametrize("header", ["县（市）区", "县（市、区）", "县市区", "区县"])
def test_ledger_county_column_headed_the_usual_ways_is_read(sample_path, tmp_path, header):
    def change(wb):
        wb["企业台账"]["B1"] = header
        wb["项目台账"]["D1"] = header

    path = mutate(sample_path, tmp_path / "l.xlsx", change)
    result = cli_check(path)
    assert result.exit_code == 0, result.output
    assert "缺少列" not in result.output and "[错误]" not in result.output
    hints = [x for x in _lines(result.output, "[提示]") if "已按「县区」列读取" in x]
    assert {x.split("工作表")[1].split("：")[0] for x in hints} == {"「企业台账」 单元格 B1", "「项目台账」 单元格 D1"}
    assert _values(path) == _values(sample_path)

    def by_county(book):
        return {r.name: [(c.county, c.value) for c in r.counties] for r in load_report(book).results}

    counted = by_county(path)
    assert counted == by_county(sample_path) and any(counted.values())  # ledger counts per county kept


def test_first_text_column_with_an_unknown_header_holds_the_units(sample_path, tmp_path):
    def change(wb):
        for name in ("县区数据", "县区上年数据"):
            ws = wb[name]
            ws.insert_cols(1)
            ws["A1"] = "序号"
            for i in range(2, ws.max_row + 1):
                ws.cell(i, 1, i - 1)
            ws["B1"] = "填报主体"

    path = mutate(sample_path, tmp_path / "u.xlsx", change)
    result = cli_check(path)
    assert result.exit_code == 0, result.output
    assert [x for x in _lines(result.output, "[提示]") if "「填报主体」已按「县区」列读取" in x and "B1" in x]
    assert _values(path) == _values(sample_path)  # the 序号 column numbers the rows: no figure


# --- F22: 科室数据 headed 指标名称 / 2011年 / 2010年 -------------------------------------------

def test_department_sheet_with_year_headers_is_read(sample_path, tmp_path):
    def change(wb):
        ws = wb["科室数据"]
        ws["B1"], ws["D1"], ws["E1"] = "指标名称", "2011年", "2010年"

    path = mutate(sample_path, tmp_path / "y.xlsx", change)
    result = cli_check(path)
    assert result.exit_code == 0, result.output
    hints = [x for x in _lines(result.output, "[提示]") if "按「" in x and "列读取" in x]
    assert len(hints) == 1 and "单元格 B1" in hints[0], result.output  # one for the sheet
    assert "「指标名称」「2011年」「2010年」已分别按「指标」「本年数」「上年数」列读取" in hints[0]
    assert _values(path) == _values(sample_path)


def test_department_sheet_under_a_title_row_with_every_header_spelled_otherwise(sample_path, tmp_path):
    def change(wb):
        ws = wb["科室数据"]
        ws.insert_rows(1)
        ws["A1"] = "2011年各科室指标完成情况表"
        for cell, header in zip(("A2", "B2", "C2", "D2", "E2"), ("责任科室", "指标名称", "计量单位", "2011年", "2010年"),
                                strict=True):
            ws[cell] = header

    path = mutate(sample_path, tmp_path / "t.xlsx", change)
    problems = check_source(path)
    assert not [p for p in problems if p.severity == "错误"], problems
    assert [p.cell for p in problems if p.sheet == "科室数据" and "列读取" in p.found] == ["A2"]
    assert _values(path) == _values(sample_path)


def test_unreadable_headers_are_one_error_per_cell_and_no_follow_on_hints(sample_path, tmp_path):
    def change(wb):
        ws = wb["科室数据"]
        ws["B1"], ws["D1"], ws["E1"] = "指标项名", "2009年", "2008年"  # not 年度 2011

    path = mutate(sample_path, tmp_path / "n.xlsx", change)
    problems = check_source(path)
    errors = [p for p in problems if p.severity == "错误"]
    assert {(p.sheet, p.cell) for p in errors} == {("科室数据", "B1"), ("科室数据", "D1"), ("科室数据", "E1")}
    d1 = next(p for p in errors if p.cell == "D1")
    assert "「2009年」" in d1.found and "年度 2011" in d1.found and "「本年数」" in d1.expected
    assert "「2011年」" in d1.expected
    assert not [p for p in problems if p.severity == "提示" and ("添加名为" in p.expected or "没有" in p.found)]


# --- F6: a renamed sheet ------------------------------------------------------------------------

def test_renamed_sheet_is_one_error_naming_it(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "r.xlsx",
                  lambda wb: setattr(wb["科室数据"], "title", "科室数据（报送）"))
    result = cli_check(path)
    assert result.exit_code != 0
    errors = _lines(result.output, "[错误]")
    assert len(errors) == 1, result.output
    assert "缺少工作表「科室数据」" in errors[0] and "「科室数据（报送）」是否就是它" in errors[0]
    assert "改回原名" in errors[0]
    assert not [x for x in _lines(result.output, "[提示]") if "科室数据" in x], result.output


def test_missing_sheet_without_a_likely_rename_keeps_the_plain_error(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "m.xlsx", lambda wb: wb.remove(wb["科室数据"]))
    errors = [p for p in check_source(path) if p.severity == "错误"]
    assert len(errors) == 1 and errors[0].found == "缺少工作表「科室数据」" and "请添加该表" in errors[0].expected


# --- F2: 工作进展 科室 may be left blank ---------------------------------------------------------

def test_progress_rows_without_department_are_accepted(sample_path, tmp_path):
    def change(wb):
        ws = wb["工作进展"]
        for i in range(2, ws.max_row + 1):
            ws.cell(i, 2).value = None

    path = mutate(sample_path, tmp_path / "p.xlsx", change)
    result = cli_check(path)
    assert result.exit_code == 0, result.output
    assert "「科室」为空" not in result.output
    report = load_report(path)
    assert report.notes and all(n.department == "" for n in report.notes)


# --- F19: a ledger year typed with its unit -----------------------------------------------------

def test_ledger_year_typed_with_nian_is_read_with_a_hint(sample_path, tmp_path):
    def change(wb):
        ws = wb["项目台账"]
        assert ws["A2"].value == ws["A3"].value == 2010
        ws["A2"] = "2010年"
        ws["A3"] = "２０１０年度"

    path = mutate(sample_path, tmp_path / "l.xlsx", change)
    problems = check_source(path)
    assert not [p for p in problems if p.severity == "错误"], problems
    hints = {p.cell: p for p in problems if p.sheet == "项目台账" and "按 2010 年读取" in p.found}
    assert set(hints) == {"A2", "A3"} and all(p.severity == "提示" for p in hints.values())
    assert _values(path) == _values(sample_path)


def test_a_year_that_is_no_year_is_still_an_error(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "e.xlsx", lambda wb: wb["项目台账"].__setitem__("A2", "11年"))
    assert [p for p in check_source(path) if p.cell == "A2" and p.sheet == "项目台账" and p.severity == "错误"]


def _set_setting(wb, key, value):
    ws = wb["设置"]
    row = next(r for r in ws.iter_rows() if r[0].value == key)
    row[1].value = value
    return row[1].coordinate


@pytest.mark.parametrize("typed", ["2011年", "２０１１年度", " 2011 年"])
def test_settings_year_typed_with_nian_is_read_with_a_hint(sample_path, tmp_path, typed):
    cell = {}
    path = mutate(sample_path, tmp_path / "y.xlsx", lambda wb: cell.setdefault("at", _set_setting(wb, "年度", typed)))
    result = cli_check(path)
    assert result.exit_code == 0, result.output
    hints = [x for x in _lines(result.output, "[提示]") if "按 2011 年读取" in x]
    assert len(hints) == 1 and f"工作表「设置」 单元格 {cell['at']}" in hints[0] and "「年度」" in hints[0], result.output
    assert _values(path) == _values(sample_path)
    assert load_report(path).settings.year == 2011


def test_settings_year_that_is_no_year_is_still_an_error(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "n.xlsx", lambda wb: _set_setting(wb, "年度", "十一年"))
    result = cli_check(path)
    assert result.exit_code == 1 and "设置项「年度」的值「十一年」无效" in result.output, result.output


# --- the same workbook rolled over: init --from reads what check reads --------------------------

def test_roll_over_carries_a_workbook_headed_otherwise(sample_path, tmp_path):
    import openpyxl
    from click.testing import CliRunner

    from kjreport.cli import main

    def change(wb):
        wb["县区数据"]["A1"] = "县（市、区）"
        ws = wb["科室数据"]
        ws["B1"], ws["D1"], ws["E1"] = "指标名称", "2011年", "2010年"

    old = mutate(sample_path, tmp_path / "2011.xlsx", change)
    new = tmp_path / "2012.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2012", "--from", str(old), str(new)])
    assert result.exit_code == 0, result.output
    wb, sample = openpyxl.load_workbook(new), openpyxl.load_workbook(sample_path)
    assert wb["县区上年数据"]["A1"].value == "县区"
    assert [c.value for c in wb["县区上年数据"]["A"]][1:] == [c.value for c in sample["县区数据"]["A"]][1:]
    rows = {r[1]: r[4] for r in wb["科室数据"].iter_rows(min_row=2, values_only=True)}
    this_year = {r[1]: r[3] for r in sample["科室数据"].iter_rows(min_row=2, values_only=True)}
    assert rows and all(rows[k] == v for k, v in this_year.items() if k in rows)  # 2011年 → 上年数


def test_province_and_yearbook_name_headers_are_place_headers():
    from kjreport.workbook.headers import is_place_header
    from kjreport.workbook.schema import normalize_header

    for header in ("区域", "地区", "地 区", "市州", "市（州）", "地市", "县（市）区", "单位名称"):
        assert is_place_header(normalize_header(header)[0]), header
    for header in ("合同数", "专利密度", "序号", "排名"):
        assert not is_place_header(normalize_header(header)[0]), header
