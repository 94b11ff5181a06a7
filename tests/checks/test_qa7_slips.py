"""QA round 7 (甘肃省科学技术厅 2025, 甘南藏族自治州科学技术局 2025): slips ``check`` let through.

Each test types a slip into a copy of the sample the way a clerk does in Excel (openpyxl), then
runs the real ``kjreport check`` (or the library call behind it) and reads what the clerk reads.
"""

from __future__ import annotations

from kjreport.report import check_source, load_report
from tests.checks.test_figures_fit import at, cli_check
from tests.indicators.test_reported_workbook import department_row, edit, target

# --- F16: a rank typed as written in a report (「第25位」) --------------------------------------


def test_a_rank_typed_with_its_ordinal_is_read_with_a_hint(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx",
                department_row("发展规划科", "科技创新综合评价位次", "位", "第25位", "第 26 位"),
                target("科技创新综合评价位次", 25, "位", 比较="≤", 条目="一"))
    problems = check_source(path)
    row = next(p.cell[1:] for p in problems if p.found.startswith("文本「第25位」"))
    [hint] = at(problems, "科室数据", f"D{row}")
    assert hint.severity == "提示" and hint.found == "文本「第25位」已按位次 25 读取"
    [last] = at(problems, "科室数据", f"E{row}")
    assert last.severity == "提示" and "「第 26 位」已按位次 26 读取" in last.found
    assert not [p for p in problems if p.severity == "错误"]
    r = load_report(path).result("科技创新综合评价位次")
    assert (r.value, r.previous) == (25, 26)
    assert "已按位次 25 读取" in cli_check(path).output


def test_an_ordinal_of_something_else_is_still_no_number(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("高新科", "省级研发平台", "家", "第3批", 20))
    problems = check_source(path)
    [error] = [p for p in problems if "第3批" in p.found]
    assert error.severity == "错误" and error.found == "「第3批」不是数字"
