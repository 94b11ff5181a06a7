"""QA round 8 (a 区科委 with 街镇, a 县 with 乡镇): slips ``check`` let through, and its false alarms.

Each test types the slip into a copy of the sample the way a clerk does (openpyxl), then runs the
real ``kjreport check`` (or the library call behind it) and reads what the clerk reads.
"""

from __future__ import annotations

from kjreport.report import check_source
from tests.checks.test_figures_fit import at, cli_check
from tests.indicators.test_reported_workbook import department_row, edit, target

# --- F10: 10.2 typed into a %-formatted cell shows 1020 % --------------------------------------

SHARE = "科技创新投入与地区生产总值之比"


def _percent_format(name, column="D"):
    def change(wb):
        ws = wb["科室数据"]
        for r in range(2, ws.max_row + 1):
            if ws[f"B{r}"].value == name:
                ws[f"{column}{r}"].number_format = "0.0%"
                return
        raise AssertionError(name)
    return change


def _row_of(path, sheet, name, column="B"):
    import openpyxl

    ws = openpyxl.load_workbook(path)[sheet]
    return next(r for r in range(1, ws.max_row + 1) if ws[f"{column}{r}"].value == name)


def test_a_share_typed_into_a_percent_formatted_cell_is_an_error_naming_the_likely_value(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("计划科", SHARE, "%", 10.2, 9.8),
                target(SHARE, 10, "%"), _percent_format(SHARE))
    row = _row_of(path, "科室数据", SHARE)
    problems = check_source(path)
    [error] = at(problems, "科室数据", f"D{row}")
    assert error.severity == "错误"
    assert error.found.startswith(f"「{SHARE}」本年数为 1020%（单元格设为百分比格式，输入 10.2 会显示为 1020%），"
                                  "约为上年数 9.8 和年度目标 10 的 100 倍")
    assert "是否应为 10.2" in error.expected
    result = cli_check(path)
    assert result.exit_code != 0 and "约为上年数 9.8 和年度目标 10 的 100 倍" in result.output


def test_a_percent_formatted_share_typed_as_a_fraction_is_still_read_as_shown(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("计划科", SHARE, "%", 0.102, 9.8),
                target(SHARE, 10, "%"), _percent_format(SHARE))
    row = _row_of(path, "科室数据", SHARE)
    [hint] = at(check_source(path), "科室数据", f"D{row}")
    assert hint.severity == "提示" and "显示为 10.2%" in hint.found


def test_a_large_growth_rate_is_no_hundredfold_slip(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("计划科", "技术交易额增速", "%", 150, 120))
    row = _row_of(path, "科室数据", "技术交易额增速")
    assert not [p for p in at(check_source(path), "科室数据", f"D{row}") if p.severity == "错误"]
