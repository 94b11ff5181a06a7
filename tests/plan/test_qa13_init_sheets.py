"""The 目标任务 and 科室数据 sheets init makes from a plan (qa13 F34): the 指标 column wide enough
for the plan's own names, every figure shown as typed (9家, not 9.00; 0.105亿元, not 0.11)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

CORPUS = Path(__file__).parent / "corpus"


def test_names_are_read_whole_and_figures_as_typed(tmp_path):
    plan = tmp_path / "同心县科技创新高质量发展工作方案.txt"
    shutil.copy(CORPUS / "2026_tongxin_fangan.txt", plan)
    out = tmp_path / "同心2026.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2026", "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    book = openpyxl.load_workbook(out)
    targets, department = book["目标任务"], book["科室数据"]
    longest = "有研发活动的规上企业占比"
    assert targets.column_dimensions["A"].width >= 2 * len(longest)  # was 8: 「有研发活动」
    assert department.column_dimensions["B"].width >= 2 * len(longest)
    nine = next(r for r in targets.iter_rows(min_row=2) if r[0].value == "高新技术企业")
    assert nine[1].number_format == "General"  # was 0.00: "9.00 家"
    row = next(r for r in department.iter_rows(min_row=2) if r[1].value == "县本级财政R&D投入")
    assert row[3].number_format == "General"  # 0.105 is not shown as 0.11
