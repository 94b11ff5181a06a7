"""qa12's MINOR findings on the summary's tables (qafix12d): F22 (an in-year book's 附件1 状态
in 进度 words below the year's target)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
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
    assert all(r[-1] in ("超额完成", "完成") for r in met), met
