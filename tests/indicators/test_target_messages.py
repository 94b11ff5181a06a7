"""Messages about targets name the right cell and say things once (QA Q17)."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main


def _check(book) -> str:
    result = CliRunner().invoke(main, ["check", str(book)])
    assert "Traceback" not in result.output
    return result.output


def test_a_name_without_data_points_at_the_name_cell(sample_copy):
    wb = openpyxl.load_workbook(sample_copy)
    ws = wb["目标任务"]
    ws.append(["新型研发机构", 5, "家", "≥", "总", "合作科", "新建新型研发机构5家"])
    row = ws.max_row
    wb.save(sample_copy)
    out = _check(sample_copy)
    line = next(x for x in out.splitlines() if "新型研发机构" in x)
    assert f"A{row}" in line and f"B{row}" not in line  # the 指标 cell, not the 目标值 cell


def test_no_data_this_year_is_said_once(sample_copy):
    wb = openpyxl.load_workbook(sample_copy)
    ws = wb["科室数据"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "来市指导院士")
    row[3].value = None  # 本年数 left blank
    wb.save(sample_copy)
    out = _check(sample_copy)
    # qa5 F9: one cell, one message — the blank cell's error, no 「没有本年数据」 hint beside it
    [line] = [x for x in out.splitlines() if "来市指导院士" in x]
    assert "「来市指导院士」的「本年数」为空" in line and "没有本年数据" not in line


def test_an_integer_column_is_not_shown_a_decimal_example(sample_copy):
    wb = openpyxl.load_workbook(sample_copy)
    ws = wb["县区数据"]
    col = [c.value for c in ws[1]].index("科技特派员（人）") + 1
    ws.cell(2, col).value = "很多"
    wb.save(sample_copy)
    out = _check(sample_copy)
    line = next(x for x in out.splitlines() if "很多" in x)
    assert "应填写整数（单位：人），如 1200" in line and "26.5" not in line
