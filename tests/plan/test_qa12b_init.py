"""init and check on qa12b's plans (慈溪 2025, 南昌 2019): a 上报 share with a 提高…个百分点 target
gets 「%」 in 科室数据 and check stops a row left without it (F35)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

CORPUS = Path(__file__).parent / "corpus"
SHARE = "市级规上工业企业研发费用占营业收入比重"


def _init(plan: str, out: Path, year: int) -> str:
    shutil.copy(CORPUS / plan, out.parent / plan)
    run = CliRunner().invoke(main, ["init", "--year", str(year), "--plan", str(out.parent / plan), str(out)])
    assert run.exit_code == 0, run.output
    return run.output


def _department(out: Path) -> dict:
    book = openpyxl.load_workbook(out)
    return book, {r[1].value: r for r in book["科室数据"].iter_rows(min_row=2) if r[1].value}


def test_a_reported_share_rising_by_points_gets_a_percent_unit_and_check_wants_it(tmp_path):
    out = tmp_path / "慈溪2025.xlsx"
    _init("2025_cixi_yaodian.txt", out, 2025)
    book, rows = _department(out)
    assert rows[SHARE][2].value == "%"  # was empty: the summary said 「比重达3.4个百分点，增长1.5%」
    # an office that clears it (or a workbook made before) is stopped at the cell
    rows[SHARE][2].value = None
    rows[SHARE][3].value, rows[SHARE][4].value = 3.41, 3.36
    book.save(out)
    run = CliRunner().invoke(main, ["check", str(out)])
    cell = f"C{rows[SHARE][2].row}"
    assert (f"[错误] {out.name} 工作表「科室数据」 单元格 {cell}：「单位」{cell} 为空，而「{SHARE}」是比重（百分比）指标，"
            "年度目标为比上年提高0.1个百分点") in run.output, run.output
    assert f"请在 {cell} 填「%」" in run.output
    assert run.exit_code == 1
