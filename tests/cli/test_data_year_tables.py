"""数据年度 in the terminal (lag11b): ``fill``'s results table names a lagged figure's year and
says so under the table; ``fill --list`` says which catalogue indicators usually lag (滞后年数).
Through ``python -m kjreport`` on the sample with 计划科's R&D figures of 2010."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl


def kjreport(*args: object) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "kjreport", *map(str, args)],
                          capture_output=True, text=True, timeout=600, env=env)


def test_the_results_table_names_the_data_year(sample_path, tmp_path):
    wb = openpyxl.load_workbook(sample_path)
    ws = wb["科室数据"]
    ws.cell(1, 8).value = "数据年度"
    ws.append(["计划科", "全社会R&D经费投入", "亿元", 9.5, 8.8, "可比", None, 2010])
    book = tmp_path / "b.xlsx"
    wb.save(book)
    done = kjreport("fill", book)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [line for line in done.stdout.splitlines() if "全社会R&D经费投入" in line and "│" in line]
    lagged = [line for line in rows if "亿元" in line]
    assert lagged and "（2010年" in lagged[0]  # the name column folds: 全社会R&D经费投入（2010年 / 数据）
    caption = "".join(line.strip() for line in done.stdout.splitlines() if not line.startswith(("│", "┃", "┏", "┡", "└")))
    assert "全社会R&D经费投入为2010年数据（统计数据滞后一年），完成情况暂按该数据对照2011年目标" in caption


def test_fill_list_says_which_indicators_lag():
    done = kjreport("fill", "--list")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for name in ("全社会R&D经费投入占GDP比重（%）", "全社会R&D经费投入（亿元）"):
        at = next(i for i, line in enumerate(lines) if line.strip().startswith(name))
        block = []
        for line in lines[at + 1:]:
            if not line.startswith("      "):
                break
            block.append(line.strip())
        assert ("统计数据滞后一年（当年的数一般次年才发布）：年末只有以前年份的数时，"
                "在「科室数据」的「数据年度」填数据所属年份") in block
    # the two R&D entries and 科技进步贡献率 (published early the next year) lag; nothing else
    assert sum("统计数据滞后" in line for line in lines) == 3
