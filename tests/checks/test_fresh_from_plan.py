"""qa10 F44: the first `check` of a workbook just set up by `init --plan` tells what to fill, as
hints (exit 0); only `docx`, which cannot write a report from nothing, stops."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

PLAN = Path(__file__).parents[1] / "plan" / "corpus" / "2022_changde_news.txt"


def test_a_workbook_fresh_from_a_plan_checks_with_hints_only(tmp_path):
    book = tmp_path / "常德2022.xlsx"
    made = CliRunner().invoke(main, ["init", "--year", "2022", "--plan", str(PLAN), str(book)])
    assert made.exit_code == 0, made.output
    wb = openpyxl.load_workbook(book)  # the office types its names, as init's hint asks
    wb["设置"]["B2"], wb["设置"]["B3"] = "常德市", "常德市科学技术局"
    wb.save(book)
    result = CliRunner().invoke(main, ["check", str(book)])
    assert result.exit_code == 0, result.output
    assert "本年尚未报送任何目标任务的数据" in result.output and "均待填报" in result.output
    assert "[错误]" not in result.output
    report = CliRunner().invoke(main, ["docx", str(book), "-o", str(tmp_path / "x.docx")])
    assert report.exit_code == 1 and "本年尚未报送任何目标任务的数据" in report.output
