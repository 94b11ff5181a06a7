"""A 序号 / 编号 / No. column in 县区数据 and 县区上年数据 numbers the rows: it is no figure of the
counties, so it is neither checked, summed, ranked nor written anywhere (check, fill, docx)."""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import load_report
from tests.test_check import mutate


def _numbered(header, numbers=None):
    def change(wb):
        for name in ("县区数据", "县区上年数据"):
            ws = wb[name]
            ws.insert_cols(1)
            ws["A1"] = header
            k = 0
            for i in range(2, ws.max_row + 1):
                if ws.cell(i, 2).value:
                    ws.cell(i, 1, numbers[k] if numbers else k + 1)
                    k += 1
    return change


@pytest.mark.parametrize("header", ["序号", "编号", "No.", "NO"])
def test_serial_column_is_skipped_silently_everywhere(sample_path, tmp_path, header):
    path = mutate(sample_path, tmp_path / "s.xlsx", _numbered(header))
    runner = CliRunner()
    result = runner.invoke(main, ["check", str(path)])
    assert result.exit_code == 0 and "没有错误。" in result.output, result.output
    assert header not in result.output

    names = [r.name for r in load_report(path).results]
    assert header not in names and names == [r.name for r in load_report(sample_path).results]

    result = runner.invoke(main, ["fill", str(path)])
    assert result.exit_code == 0 and header not in result.output, result.output

    out = tmp_path / "notices"
    result = runner.invoke(main, ["docx", str(path), "--by", "县区", "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    notices = sorted(out.glob("*.docx"))
    assert notices
    for notice in notices:
        text = "\n".join(p.text for p in docx.Document(notice).paragraphs)
        assert header not in text


def test_a_numbers_column_headed_bianhao_that_is_no_serial_is_still_read(sample_path, tmp_path):
    """编号 holding figures that are not 1, 2, 3 … stays a user column, read as before."""
    path = mutate(sample_path, tmp_path / "n.xlsx", _numbered("编号", [5, 3, 8, 1, 9, 2, 7, 4, 6, 10, 11, 12]))
    assert "编号" in [r.name for r in load_report(path).results]
