"""QA9 F8: a 县区数据 column typed from the 统计年鉴 with no target beside it (专利授权量) reaches
neither 附件2 nor the county notices; check names it once, with how to bring it in."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import SAMPLE


def _with_patents(tmp_path):
    book = openpyxl.load_workbook(SAMPLE)
    for sheet, base in (("县区数据", 2400), ("县区上年数据", 2100)):
        ws = book[sheet]
        ws.insert_cols(10)
        ws.cell(1, 10).value = "专利授权量（件）"
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, 1).value:
                ws.cell(r, 10).value = base + 37 * r
    path = tmp_path / "专利.xlsx"
    book.save(path)
    return path


def test_a_county_column_without_a_target_is_named_once(tmp_path):
    run = CliRunner().invoke(main, ["check", str(_with_patents(tmp_path))])
    assert run.exit_code == 0, run.output
    hints = [line for line in run.output.splitlines() if "没有对应的年度目标" in line]
    assert len(hints) == 1, run.output
    assert "「专利授权量」（J2:J11）" in hints[0] and "不进入总结附件2和县区通报" in hints[0]
    assert "请在「目标任务」中为其添加目标" in hints[0]
    left = hints[0].split("通报：")[1].split("（县区之间")[0]
    assert left == "「专利授权量」（J2:J11）"  # not 地区生产总值 (the whole of a share), nor 企业R&D经费支出


def test_the_sample_as_shipped_gets_no_such_hint():
    run = CliRunner().invoke(main, ["check", str(SAMPLE)])
    assert "没有对应的年度目标" not in run.output
