"""Money set aside is 落实, not 实现: found playing 海南 2026 (final71) as its office, whose summary said
"全年实现专项资金2000万元"."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.helpers import confirm_plan_rows
from tests.summary.docx_readback import body_text

CORPUS = Path(__file__).parents[1] / "plan" / "corpus"


def test_funds_set_aside_are_said_to_be_put_in_place(tmp_path):
    plan = tmp_path / "海南2026.txt"
    shutil.copy(CORPUS / "2026_hainan_nongye.txt", plan)
    out = tmp_path / "海南.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2026", "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    book = openpyxl.load_workbook(out)
    for row in book["设置"].iter_rows(min_row=2):
        if row[0].value in ("城市名称", "单位名称"):
            row[1].value = {"城市名称": "海南省", "单位名称": "海南省农业农村厅"}[row[0].value]
    if "核对提示" in [c.value for c in book["目标任务"][1]]:
        confirm_plan_rows(book)  # the office has checked the rows against the plan
    for row in book["科室数据"].iter_rows(min_row=2):
        if row[1].value == "专项资金":
            row[3].value, row[4].value = 2000, 1800
    book.save(out)
    doc = tmp_path / "总结.docx"
    run = CliRunner().invoke(main, ["docx", str(out), "-o", str(doc), "--no-charts"])
    assert doc.exists(), run.output
    text = body_text(doc).replace("\n", "")
    assert "全年落实专项资金2000万元" in text, text
    assert "实现专项资金" not in text
