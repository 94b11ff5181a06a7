"""``init`` and 数据年度 (qa10 F24): new books carry the column, explained; a lag rolls over."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

from tests.indicators.test_reported_workbook import edit

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
BEIHU = Path(__file__).parent / "fixtures" / "北湖市2012年科技工作意见_utf8bom.txt"


def kjreport(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kjreport", *args], capture_output=True, text=True, timeout=600)


def _departments(path: Path) -> list[tuple]:
    return list(openpyxl.load_workbook(path)["科室数据"].values)


def test_a_book_from_a_plan_has_the_column_with_a_comment(tmp_path):
    out = tmp_path / "北湖市2012年.xlsx"
    done = kjreport("init", "--year", "2012", "--plan", str(BEIHU), str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    ws = openpyxl.load_workbook(out)["科室数据"]
    header = [c.value for c in ws[1]]
    assert "数据年度" in header
    cell = ws.cell(1, header.index("数据年度") + 1)
    assert cell.comment is not None and "统计数据滞后一年" in cell.comment.text
    assert all(row[header.index("数据年度")] is None for row in list(ws.values)[1:])  # empty: this year's


def test_init_from_adds_the_column_and_keeps_a_rows_lag(tmp_path):
    def lagged(wb):
        ws = wb["科室数据"]
        ws.cell(1, 8).value = "数据年度"
        ws.append(["计划科", "全社会R&D经费投入占GDP比重", "%", 0.78, 0.72, "可比", None, 2010])
    old = edit(SAMPLE, tmp_path / "2011.xlsx", lagged)
    new = tmp_path / "2012.xlsx"
    done = kjreport("init", "--year", "2012", "--from", str(old), str(new))
    assert done.returncode == 0, done.stdout + done.stderr
    rows = _departments(new)
    header = list(rows[0])
    at = {name: header.index(name) for name in ("指标", "上年数", "数据年度")}
    by_name = {r[at["指标"]]: r for r in rows[1:]}
    # 2010's figure is now 上年数, so the row stays a year behind: 2011's figure goes in 本年数
    lag = by_name["全社会R&D经费投入占GDP比重"]
    assert (lag[at["上年数"]], lag[at["数据年度"]]) == (0.78, 2011)
    assert by_name["来市指导院士"][at["数据年度"]] is None


def test_init_from_a_book_without_the_column_adds_it_empty(tmp_path):
    new = tmp_path / "2012.xlsx"
    done = kjreport("init", "--year", "2012", "--from", str(SAMPLE), str(new))
    assert done.returncode == 0, done.stdout + done.stderr
    rows = _departments(new)
    assert rows[0][-1] == "数据年度" and all(r[-1] is None for r in rows[1:])
