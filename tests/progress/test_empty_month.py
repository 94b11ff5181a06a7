"""qa14b F18: a notice of a month 月度数据 holds no figure for is refused, not all 【待补充】."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import digest


def _empty_monthly(book) -> None:
    wb = openpyxl.load_workbook(book)
    for row in wb["月度数据"].iter_rows(min_row=2):
        for cell in row[2:]:
            cell.value = None
    wb.save(book)


def test_month_without_figures_is_refused_and_nothing_written(sample_copy, tmp_path):
    _empty_monthly(sample_copy)
    before = digest(sample_copy)
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "6", "-o", str(out)])
    assert result.exit_code == 1, result.output
    text = result.output.replace("\n", "")
    assert "无法生成6月的进度通报" in text and "「月度数据」表 H1 这一列（6月）没有任何数字" in text
    assert "报送月份（12月）" in text and "Traceback" not in text
    assert not out.exists() and digest(sample_copy) == before


def test_month_the_sample_leaves_blank_is_refused(sample_copy, tmp_path):
    """The sample fills 3, 6 and 9月 only: a May notice would have no figure at all."""
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "5", "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == 1 and "G1 这一列（5月）没有任何数字" in result.output


def test_report_month_needs_no_monthly_figures(sample_copy, tmp_path):
    _empty_monthly(sample_copy)
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "-o", str(tmp_path / "a.docx")])
    assert result.exit_code == 0, result.output


def test_check_hints_at_an_empty_monthly_sheet(sample_copy):
    _empty_monthly(sample_copy)
    result = CliRunner().invoke(main, ["check", str(sample_copy)])
    assert result.exit_code == 0, result.output
    assert "「月度数据」" in result.output and "没有任何月份的数字" in result.output
