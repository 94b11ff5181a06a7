"""qa12 F7: 月度数据 of a flow typed month by month (a running total that falls) is 须核对."""

from __future__ import annotations

from kjreport.report import check_source
from tests.indicators.test_reported_workbook import department_row, edit, next_row


def _monthly(name, unit, values):
    def change(wb):
        ws = wb["月度数据"]
        r = next_row(ws)
        ws[f"A{r}"], ws[f"B{r}"] = name, unit
        for i, v in enumerate(values):
            ws.cell(row=r, column=3 + i, value=v)
    return change


def _row(path, name):
    from openpyxl import load_workbook

    ws = load_workbook(path)["月度数据"]
    return next(r for r in range(1, ws.max_row + 1) if ws[f"A{r}"].value == name)


def test_a_flow_that_falls_from_one_month_to_the_next_is_to_be_verified(sample_path, tmp_path):
    months = [0.6, 0.9, 1.2, 1.2, 1.2, 1.7, 1.2, 1.6, 1.6, 1.8, 1.9, 1.9]
    path = edit(sample_path, tmp_path / "m.xlsx", _monthly("新增科技贷款", "亿元", months),
                department_row("计划科", "新增科技贷款", "亿元", 16.8, 13.2))
    [p] = [p for p in check_source(path) if "累计数不会减少" in p.found]
    assert (p.severity, p.sheet, p.cell) == ("须核对", "月度数据", f"I{_row(path, '新增科技贷款')}")
    assert p.found.startswith("「新增科技贷款」的月度数据（0.6、0.9、1.2、1.2、1.2、1.7……）从6月的 1.7亿元 降到7月的 1.2亿元")
    assert p.found.endswith("各月之和 16.8亿元 正是「科室数据」D6 的本年数")
    assert p.expected.startswith("月度数据应填写截至各月底的累计数")


def test_months_adding_up_to_the_year_are_to_be_verified_even_when_they_never_fall(sample_path, tmp_path):
    months = [1, 1, 1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.6, 1.7, 1.8, 1.9]
    path = edit(sample_path, tmp_path / "n.xlsx", _monthly("新增科技贷款", "亿元", months),
                department_row("计划科", "新增科技贷款", "亿元", 17, 13.2))
    [p] = [p for p in check_source(path) if p.sheet == "月度数据" and p.severity == "须核对"]
    assert p.cell == f"N{_row(path, '新增科技贷款')}" and "远小于「科室数据」D6 的本年数 17亿元" in p.found


def test_running_totals_and_a_falling_stock_are_quiet(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "q.xlsx",
                _monthly("新增科技贷款", "亿元", [0.6, 1.5, 2.7, 3.9, 5.1, 6.8, 8, 9.6, 11.2, 13, 14.9, 16.8]),
                _monthly("高新技术企业总数", "家", [602, 600, 598, 610, 630, 655, 670, 688, 705, 720, 740, 758]))
    assert not [p for p in check_source(path) if p.sheet == "月度数据" and p.severity == "须核对"]
