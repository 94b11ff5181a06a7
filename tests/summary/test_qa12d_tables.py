"""qa12's MINOR findings on the summary's tables (qafix12d): F22 (an in-year book's 附件1 状态
in 进度 words below the year's target)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main


def _table_rows(tmp_path: Path, source: Path, month: int) -> list[list[str]]:
    src = tmp_path / "book.xlsx"
    shutil.copy(source, src)
    wb = openpyxl.load_workbook(src)
    ws = wb["设置"]
    next(r for r in ws.iter_rows(min_row=2) if r[0].value == "报送月份")[1].value = month
    wb.save(src)
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(src), "--no-charts", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    d = docx.Document(str(out))
    table = next(t for t in d.tables if "完成率" in " ".join(c.text for c in t.rows[0].cells))
    return [[c.text for c in row.cells] for row in table.rows[1:]]


def test_an_in_year_status_below_the_years_target_is_said_in_pace_words_f22(sample_path, tmp_path):
    rows = _table_rows(tmp_path, sample_path, 6)
    below = [r for r in rows if r[5].endswith("%") and float(r[5].rstrip("%")) < 100]
    assert below, rows
    for r in below:  # 80% of the year's target in June is no 超额完成
        assert r[-1] in ("快于进度", "符合进度", "略慢于进度", "滞后"), r
    met = [r for r in rows if r[5].endswith("%") and float(r[5].rstrip("%")) > 100]
    assert all(r[-1] == "提前完成" for r in met), met  # the year's target reached in June


def test_a_growth_targets_gap_is_that_of_the_growth_as_printed_f23():
    from kjreport.indicators.assess import assess
    from kjreport.model import IndicatorResult, Settings, Target

    # 73.3 / 66.3 is 10.558%: printed 10.6%, so 0.1 point above a 10.5% target — never 0.06
    r = IndicatorResult("全社会R&D经费投入", "亿元", "amount", 73.3, 66.3,
                        Target("全社会R&D经费投入", 10.5, "%", kind="增速"))
    assess(r, Settings(city="宜春市", organization="宜春市科学技术局", year=2025))
    assert r.status == "超额完成" and r.gap == pytest.approx(0.1)
    from kjreport.summary.tables import _completion_cell

    assert _completion_cell(r) == "+0.1"
