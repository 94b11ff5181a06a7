"""QA S5: a count in a 量词 the number style did not list (期, 批, 场 …) is an integer in the summary,
the progress report and their tables — never 612.00期."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.text import numbers as tx
from tests.summary.docx_readback import body_text


def _add_training(path):
    book = openpyxl.load_workbook(path)
    book["科室数据"].append(["农村科", "举办各类培训班", "期", 612, 580, "可比", None])
    book["目标任务"].append(["举办各类培训班", 600, "期", "≥", "总", "农村科", "举办各类培训班600期", "总量"])
    monthly = book["月度数据"]
    header = [c.value for c in monthly[1]]
    row = [None] * len(header)
    row[0], row[1], row[header.index("6月")] = "举办各类培训班", "期", 380
    monthly.append(row)
    book.save(path)


def test_counts_in_qi_are_integers_in_summary_and_progress(sample_copy, tmp_path):
    _add_training(sample_copy)
    summary, progress = tmp_path / "总结.docx", tmp_path / "通报.docx"
    runner = CliRunner()
    result = runner.invoke(main, ["docx", str(sample_copy), "-o", str(summary), "--no-charts"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["progress", str(sample_copy), "--month", "6", "-o", str(progress),
                                  "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(summary) + body_text(progress)
    assert "举办各类培训班达到612期" in text.replace("\n", "")
    assert "612.00" not in text and "600.00" not in text and "380.00" not in text


def test_unknown_units_drop_trailing_zeros():
    assert tx.plain(612, "批") == "612" and tx.plain(1200, "亩") == "1200" and tx.plain(12.5, "吨") == "12.5"
