"""QA9 F9: a target whose 所属条目 names two items of the plan ("一、二.1.3": the 工作目标 paragraph
and the item that restates it) is stated once, under the first of them."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import SAMPLE
from tests.summary.docx_readback import body_text


def _summary(tmp_path, items: str, name: str) -> str:
    book = openpyxl.load_workbook(SAMPLE)
    ws = book["目标任务"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "重点企业产值":
            ws.cell(r, 5).value = items
    path = tmp_path / f"{name}.xlsx"
    book.save(path)
    out = tmp_path / f"{name}.docx"
    result = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    return body_text(out)


def test_a_target_of_two_items_is_stated_once_in_the_first(tmp_path):
    once = _summary(tmp_path, "一.1", "once")
    twice = _summary(tmp_path, "一.1、二.1.1", "twice")
    assert "重点企业产值" in once.split("加快骨干企业膨胀")[1].split("抓好高新技术重点项目")[0]
    assert twice == once  # not repeated under 二.1.1 整合资源，突破重点
