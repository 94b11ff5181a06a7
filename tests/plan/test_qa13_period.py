"""A year inside a multi-year plan's period (qa13 F4): 同心县《…工作方案(2024-2026)》 in 2025 gives a
workbook with its 每年/年均 targets; the 到2026年 end targets are listed as other years."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

CORPUS = Path(__file__).parent / "corpus"
PLAN = "2026_tongxin_fangan.txt"


def _plan(tmp_path: Path, text: str | None = None) -> Path:
    path = tmp_path / "同心县科技创新高质量发展工作方案.txt"
    if text is None:
        shutil.copy(CORPUS / PLAN, path)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _targets(out: Path) -> dict[str, tuple]:
    sheet = openpyxl.load_workbook(out)["目标任务"]
    head = [c.value for c in sheet[1]]
    rows = {}
    for r in sheet.iter_rows(min_row=2, values_only=True):
        if r[0]:
            rows[r[0]] = dict(zip(head, r, strict=False))
    return rows


def test_init_in_the_middle_of_a_three_year_plan_imports_the_yearly_targets(tmp_path):
    out = tmp_path / "同心县2025年科技工作.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(_plan(tmp_path)), str(out)])
    assert run.exit_code == 0, run.output  # was: 目标是2026年的…没有导入任何内容
    assert "没有导入任何内容" not in run.output
    rows = _targets(out)
    assert rows["技术合同成交额"]["目标类型"] == "年均增速"
    assert rows["技术合同成交额"]["目标值"] == 10
    assert rows["县本级财政R&D投入"]["目标类型"] == "年均增速"
    assert "转移转化科技成果" in rows
    # the period-end targets are not 2025's: listed, not imported
    assert not any("高新技术企业" in name for name in rows)
    assert "「1.2亿元」「9家」「76家」" in run.output and "2026年的目标，本年度为2025年，未导入" in run.output


def test_plan_show_for_the_year_lists_the_yearly_targets(tmp_path):
    run = CliRunner().invoke(main, ["plan", "show", "--year", "2025", str(_plan(tmp_path))])
    assert run.exit_code == 0, run.output
    assert "量化目标（2025年，4 项）" in run.output
    assert "「5个」「15项以上」「10%」「10%以上」2026年的目标" not in run.output


def test_a_plan_with_only_period_end_targets_still_makes_the_workbook(tmp_path):
    text = (CORPUS / PLAN).read_text(encoding="utf-8")
    end_only = "\n".join(line.split("每年登记")[0] for line in text.splitlines())
    out = tmp_path / "同心县2025年科技工作.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(_plan(tmp_path, end_only)), str(out)])
    assert run.exit_code == 0, run.output
    assert "是2024—2026年的多年方案，其中没有每年、年均的目标" in run.output
    assert "没有导入任何内容" not in run.output
    assert out.exists()


def test_plan_import_into_a_workbook_of_a_year_inside_the_period(tmp_path):
    out = tmp_path / "同心县2025年科技工作.xlsx"
    made = CliRunner().invoke(main, ["init", "--year", "2025", str(out)])
    assert made.exit_code == 0, made.output
    run = CliRunner().invoke(main, ["plan", "import", str(_plan(tmp_path)), str(out)])
    assert run.exit_code == 0, run.output
    assert "「目标任务」（4 行）" in run.output
    assert _targets(out)["技术合同成交额"]["目标类型"] == "年均增速"
