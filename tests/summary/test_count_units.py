"""QA S5: a count in a 量词 the number style did not list (期, 批, 场 …) is an integer in the summary,
the progress report and their tables — never 612.00期."""

from __future__ import annotations

import re

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
    assert re.search(r"举办各类培训班达(?:到)?612期", text.replace("\n", ""))  # prose10: 达到 once a paragraph
    assert "612.00" not in text and "600.00" not in text and "380.00" not in text


def test_unknown_units_drop_trailing_zeros():
    assert tx.plain(612, "批") == "612" and tx.plain(1200, "亩") == "1200" and tx.plain(12.5, "吨") == "12.5"


def test_a_blank_reported_figure_is_a_placeholder_not_internal_wording(sample_copy, tmp_path):
    """QA S14 (R7): a 科室数据 row with a blank 本年数 is one highlighted instruction to the clerk,
    not “（「科室数据」中没有本年数据）【待补充】” in the sentence."""
    book = openpyxl.load_workbook(sample_copy)
    row = next(r for r in book["科室数据"].iter_rows(min_row=2) if r[1].value == "来市指导院士")
    row[3].value = row[4].value = None  # 本年数 and 上年数 blank, as init leaves a new row
    book.save(sample_copy)
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "来市指导院士【待补充：请在「科室数据」填写「来市指导院士」的本年数】" in text
    assert "中没有本年数据" not in text
