"""QA round 9 (湖州/宜春 with real published figures): totals in real tables.

Each test types the table into a copy of the sample the way a clerk does (openpyxl), then runs the
real ``kjreport check``/``fill``/``docx`` (or the library call behind them) and reads what the clerk reads.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source
from tests.indicators.test_reported_workbook import department_row, edit

INTENSITY = "全社会R&D经费投入占GDP比重"
RD_COLUMN = "全社会R&D经费支出（万元）"
GDP_COLUMN = "地区生产总值（亿元）"


def _without_columns(*headers):
    def change(wb):
        for sheet in ("县区数据", "县区上年数据"):
            ws = wb[sheet]
            for header in headers:
                col = next(c.column for c in ws[1] if c.value == header)
                ws.delete_cols(col)
    return change


# --- F0: the R&D intensity from 科室数据 / county columns / both / neither -------------------------

COMBINATIONS = {
    "county columns": (),
    "both": (department_row("计划科", INTENSITY, "%", 0.85, 0.8),),
    "科室数据 only": (_without_columns(RD_COLUMN, GDP_COLUMN),
                    department_row("计划科", "全社会R&D经费投入", "亿元", 9.2, 7.8),
                    department_row("计划科", INTENSITY, "%", 0.85, 0.8)),
    "科室数据 and an intensity column": (
        _without_columns(RD_COLUMN, GDP_COLUMN),
        department_row("计划科", "全社会R&D经费投入", "亿元", 9.2, 7.8),
        department_row("计划科", INTENSITY, "%", 0.85, 0.8)),
    "neither": (_without_columns(RD_COLUMN, GDP_COLUMN),
                department_row("计划科", "全社会R&D经费投入", "亿元", 9.2, 7.8)),
}


def _intensity_column(wb):
    for sheet, values in (("县区数据", "1.82% 0.9 1.6 0.7 0.6 0.55 0.6 0.4 0.3 0.15"),
                          ("县区上年数据", "1.7% 0.8 1.5 0.66 0.6 0.5 0.58 0.45 0.3 0.14")):
        ws = wb[sheet]
        col = ws.max_column + 1
        ws.cell(1, col, "研发投入强度（%）")
        for i, v in enumerate(values.split(), 2):
            ws.cell(i, col, v)


COMBINATIONS["科室数据 and an intensity column"] += (_intensity_column,)


@pytest.mark.parametrize("case", list(COMBINATIONS))
def test_the_intensity_from_any_source_never_crashes_check_fill_or_docx(sample_path, tmp_path, case):
    path = edit(sample_path, tmp_path / "f.xlsx", *COMBINATIONS[case])
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)])
    assert "内部错误" not in checked.output and "Traceback" not in checked.output, checked.output
    problems = check_source(path)
    errors = [p for p in problems if p.severity == "错误"]
    if case == "neither":  # the clean message naming what is missing, as before
        assert any(INTENSITY in p.found and "还没有数据" in p.found for p in errors), errors  # qa13 F22 wording
        return
    assert not errors, errors
    filled = runner.invoke(main, ["fill", str(path)])
    assert filled.exit_code == 0 and "内部错误" not in filled.output, filled.output
    assert INTENSITY in filled.output
    out = tmp_path / "总结.docx"
    written = runner.invoke(main, ["docx", str(path), "-o", str(out), "--no-charts"])
    assert "内部错误" not in written.output and out.exists(), written.output


# --- F1: sub-total rows as yearbooks print them ------------------------------------------------

def _subtotal_row(name, first="清河区", second="丰源区", sheets=("县区数据",), city=True):
    """Append 「name」 = first + second in every column (and a 全市 row = all units) as a
    yearbook prints them."""
    def change(wb):
        for sheet in sheets:
            ws = wb[sheet]
            rows = {r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value}
            units = list(rows.values())
            r = ws.max_row + 1
            ws.cell(r, 1, name)
            numeric = [c for c in range(2, ws.max_column + 1)
                       if all(isinstance(u[c - 1].value, (int, float)) for u in units)]
            for col in numeric:
                ws.cell(r, col, rows[first][col - 1].value + rows[second][col - 1].value)
            if city:
                ws.cell(r + 1, 1, "全市")
                for col in numeric:
                    ws.cell(r + 1, col, round(sum(u[col - 1].value for u in units), 4))
    return change


@pytest.mark.parametrize("name", ["△市区", "#市区", "＃市区", "其中：市区", "市区", "市区合计", "县域小计", "清河丰源"])
def test_a_yearbook_subtotal_row_is_no_unit_and_is_not_compared_with_all_units(sample_path, tmp_path, name):
    from kjreport.report import load_report

    plain = load_report(edit(sample_path, tmp_path / "plain.xlsx", _subtotal_row("", sheets=())))
    path = edit(sample_path, tmp_path / "f.xlsx", _subtotal_row(name, sheets=("县区数据", "县区上年数据")))
    problems = check_source(path)
    assert not [p for p in problems if p.severity == "错误"], problems
    assert not [p for p in problems if "之和为" in p.found], problems  # 全市 = the units, not + the 小计
    assert not [p for p in problems if "上年数据" in p.found], problems
    [hint] = [p for p in problems if name in p.found and p.sheet == "县区数据"]
    assert "小计行" in hint.found and hint.severity == "提示"
    if name == "清河丰源":  # found by its figures: the clerk is told which two rows it adds up
        assert "「清河区」与「丰源区」之和" in hint.found
    report = load_report(path)
    assert name not in report.counties and report.counties == plain.counties
    intensity = next(r for r in report.results if r.name == INTENSITY)
    assert intensity.value == pytest.approx(next(r for r in plain.results if r.name == INTENSITY).value)
    assert name not in [c.county for c in intensity.counties]


def test_the_sum_evidence_never_takes_a_small_unit_for_a_subtotal():
    from kjreport.checks.totals import part_sums

    columns = ["a", "b"]
    small = [{"a": 5, "b": 3}, {"a": 2, "b": 1}, {"a": 3, "b": 2}, {"a": 1, "b": 1}]  # 5 = 2 + 3: small counts
    assert part_sums(small, columns) == {}
    real = [{"a": 95, "b": 7064}, {"a": 43, "b": 2348}, {"a": 50, "b": 2696}, {"a": 60, "b": 2286},
            {"a": 138, "b": 9412}]
    assert part_sums(real, columns) == {4: [0, 1]}
    not_largest = [*real[:4], {"a": 110, "b": 5044}]  # 60 + 50, 2696 + 2348: but not above 吴兴区's 7064
    assert part_sums(not_largest, columns) == {}
    one_column = [{"a": r["a"]} for r in real]
    assert part_sums(one_column, ["a"]) == {}


# --- F2: 「/」 for a figure the unit does not publish -------------------------------------------

HITECH = "高新技术产业产值（亿元）"


def _slash(unit="高新区", header=HITECH, sheets=("县区数据", "县区上年数据")):
    def change(wb):
        for sheet in sheets:
            ws = wb[sheet]
            col = next(c.column for c in ws[1] if c.value == header)
            row = next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == unit)
            ws.cell(row, col, "/")
    return change


def _city_row(sheets=("县区数据", "县区上年数据")):
    def change(wb):
        for sheet in sheets:
            ws = wb[sheet]
            units = [r for r in ws.iter_rows(min_row=2) if r[0].value]
            r = ws.max_row + 1
            ws.cell(r, 1, "全市")
            for col in range(2, ws.max_column + 1):
                values = [u[col - 1].value for u in units]
                if all(isinstance(v, (int, float)) or v == "/" for v in values):
                    total = sum(v for v in values if v != "/") * 1.2  # the 统计公报's figure: more than the units
                    ws.cell(r, col, round(total) if all(isinstance(v, int) for v in values if v != "/")
                            else round(total, 1))
    return change


def _kind(unit, kind):
    def change(wb):
        for sheet in ("县区数据", "县区上年数据"):
            ws = wb[sheet]
            col = next(c.column for c in ws[1] if c.value == "类型")
            row = next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == unit)
            ws.cell(row, col, kind)
    return change


def _slash_errors(problems):
    return [p for p in problems if p.severity == "错误" and "「/」" in p.found]


def test_a_slash_with_a_city_row_is_not_applicable_not_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _slash(), _city_row())
    problems = check_source(path)
    assert not _slash_errors(problems), problems
    assert any(p.severity == "提示" and "「/」" in p.found and "不适用" in p.found for p in problems)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output


def test_a_slash_of_a_unit_not_counted_in_the_total_is_not_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _slash(), _kind("高新区", "开发区（不计入合计）"))
    assert not _slash_errors(check_source(path))


def test_a_slash_the_city_figure_needs_is_an_error_naming_the_city_row_as_a_way_out(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _slash())
    errors = _slash_errors(check_source(path))
    assert {p.sheet for p in errors} == {"县区数据", "县区上年数据"}
    assert all("「全市」合计行（按统计公报填写）" in p.expected for p in errors)
    # a 全市 row in 县区数据 only is not used (two bases, F6): both years are the units' sums, which need 高新区
    path = edit(sample_path, tmp_path / "g.xlsx", _slash(), _city_row(sheets=("县区数据",)))
    assert {p.sheet for p in _slash_errors(check_source(path))} == {"县区数据", "县区上年数据"}


# --- F6: a typed 全市 row in one of the two county sheets only ---------------------------------

@pytest.mark.parametrize("sheet", ["县区上年数据", "县区数据"])
def test_a_total_row_in_one_year_only_is_compared_like_with_like_and_told(sample_path, tmp_path, sheet):
    from kjreport.report import load_report

    plain = load_report(sample_path)
    path = edit(sample_path, tmp_path / "f.xlsx", _city_row(sheets=(sheet,)))
    report = load_report(path)
    for name in ("高新技术产业产值", INTENSITY):
        now = next(r for r in report.results if r.name == name)
        before = next(r for r in plain.results if r.name == name)
        # both years by the units' sums: the same figures and growth as without the typed row
        assert (now.value, now.previous) == pytest.approx((before.value, before.previous))
    problems = check_source(path)
    [hint] = [p for p in problems if "全市合计行而" in p.found]
    other = "县区数据" if sheet == "县区上年数据" else "县区上年数据"
    assert hint.severity == "提示" and hint.sheet == sheet and hint.found.startswith(f"「{sheet}」有全市合计行而「{other}」没有")
    assert "「高新技术产业产值」本年各县区之和 812、上年各县区之和 706" in hint.found
    assert f"请在「{other}」也填写全市行" in hint.expected
    assert not [p for p in problems if p.found.startswith("合计行「全市」")]  # that row is not used: no 「全市数以合计行为准」
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0 and "全市合计行而" in result.output


def test_a_total_row_in_both_years_is_the_city_figure(sample_path, tmp_path):
    from kjreport.report import load_report

    report = load_report(edit(sample_path, tmp_path / "f.xlsx", _city_row()))
    hitech = next(r for r in report.results if r.name == "高新技术产业产值")
    assert (hitech.value, hitech.previous) == pytest.approx((974.4, 847.2))
    assert not [p for p in check_source(tmp_path / "f.xlsx") if "全市合计行而" in p.found]


# --- F15: a % column typed as published, with its 全市 row -------------------------------------

def _published_intensity(city=True):
    """A 研发投入强度（%） column typed as text as the 公报 prints it, with the 全市 figure."""
    def change(wb):
        for sheet, shift in (("县区数据", 0.1), ("县区上年数据", 0.0)):
            ws = wb[sheet]
            units = [r for r in ws.iter_rows(min_row=2) if r[0].value]
            col = ws.max_column + 1
            ws.cell(1, col, "研发投入强度（%）")
            for i, r in enumerate(units):
                ws.cell(r[0].row, col, f"{1.2 + shift + i / 10:.2f}%")
            if city:
                row = ws.max_row + 1
                ws.cell(row, 1, "全市")
                for c in range(2, col):
                    values = [u[c - 1].value for u in units]
                    if all(isinstance(v, (int, float)) for v in values):
                        ws.cell(row, c, round(sum(values), 4))
                ws.cell(row, col, f"{1.6 + shift:.2f}%")
    return change


def test_a_percent_columns_total_row_is_a_mean_never_checked_as_a_sum(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _published_intensity())
    problems = check_source(path)
    assert not [p for p in problems if "研发投入强度" in p.found and "之和" in p.found], problems
    assert not [p for p in problems if p.severity == "错误"], problems


def test_text_figures_of_a_county_column_are_told_once_per_column(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _published_intensity(city=False))
    hints = [p for p in check_source(path) if "是文本" in p.found or "已按数字" in p.found]
    assert sorted(p.sheet for p in hints) == ["县区上年数据", "县区数据"], hints
    [now] = [p for p in hints if p.sheet == "县区数据"]
    col = now.cell.rstrip("0123456789")
    assert now.found == f"{col}2:{col}11 共 10 个单元格的数字是文本（如「1.30%」），已按数字读取（如 1.3%）"
    assert now.severity == "提示" and "建议改为数字格式" in now.expected
