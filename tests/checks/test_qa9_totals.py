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
        assert any(INTENSITY in p.found and "缺少数据" in p.found for p in errors), errors
        return
    assert not errors, errors
    filled = runner.invoke(main, ["fill", str(path)])
    assert filled.exit_code == 0 and "内部错误" not in filled.output, filled.output
    assert INTENSITY in filled.output
    out = tmp_path / "总结.docx"
    written = runner.invoke(main, ["docx", str(path), "-o", str(out), "--no-charts"])
    assert "内部错误" not in written.output and out.exists(), written.output
