"""QA8 F18 (the "总、一" decision): a task-table plan (汶上's 政府工作报告 重点工作, 序号 | 具体任务与要求
| 牵头单位) files each target under 总 and under its task. A 局长 should not read a figure twice:
the overview keeps the count and the status, and each figure is stated once, where its task is.
A plan with a 主要任务目标 text of its own (the sample) keeps its "从主要指标看" overview.
Through ``kjreport init --plan`` and ``kjreport docx``."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import clear_review_notes
from tests.helpers import fill_settings
from tests.summary.docx_readback import body_text

CORPUS = Path(__file__).parents[1] / "plan" / "corpus"
FIGURES = {"新增规上工业企业": (28, 22), "制造业增加值占GDP比重": (33.5, 32.1), "新增高层次人才": (34, 26),
           "新增高技能人才": (1620, 1400), "新增青年人才": (2710, 2500), "新增省市级科研平台": (15, 12)}


def _summary(tmp_path: Path) -> str:
    book = tmp_path / "汶上县2025.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(CORPUS / "2025_wenshang_jinzhan.txt"),
                                       str(book)])
    assert result.exit_code == 0, result.output
    clear_review_notes(book)  # the office checks the flagged rows against the plan first
    wb = openpyxl.load_workbook(book)
    assert {r[4] for r in wb["目标任务"].iter_rows(min_row=2, values_only=True) if r[0]} == {"总、一", "总、二", "总、三"}
    sheet = wb["科室数据"]
    for row in sheet.iter_rows(min_row=2):
        if row[1].value in FIGURES:
            row[0].value = "办公室"
            row[3].value, row[4].value = FIGURES[row[1].value]
    fill_settings(wb, 城市名称="汶上县", 单位名称="汶上县科学技术局")
    wb.save(book)
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(book), "-o", str(out), "--force", "--no-charts"])
    assert result.exit_code == 0, result.output
    return body_text(out)


def test_each_task_table_figure_is_stated_once_under_its_task(tmp_path):
    text = _summary(tmp_path)
    body = text[: text.index("附件：")]  # the text, not the attached table
    assert "全年6项目标任务全部超额完成。" in body
    assert "从主要指标看" not in body
    # prose14: the three 新增 counts of one task are said in one sentence, 新增 once
    for figure in ("新增规上工业企业28家", "制造业增加值占GDP比重达到33.5%",
                   "新增高层次人才34人、高技能人才1620人、青年人才2710人", "新增省市级科研平台15家"):
        assert body.count(figure) == 1, (figure, body)
    for figure in ("28家", "33.5%", "34人", "1620人", "2710人", "15家"):
        assert body.count(figure) == 1, (figure, body)
    # under its task, with what the overview used to say (the change on last year)
    task = body[body.index("（一）坚持产业立县"):body.index("（二）放大人才集聚力")]
    assert "新增规上工业企业28家" in task and "比上年提高1.4个百分点" in task


def test_a_plan_with_its_own_main_targets_text_keeps_the_overview(sample_path, tmp_path):
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_path), "-o", str(out), "--force", "--no-charts"])
    assert result.exit_code == 0, result.output
    assert "从主要指标看，高新技术产业产值812亿元" in body_text(out)
