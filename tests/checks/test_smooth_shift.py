"""A whole 县区数据 column pasted one row off on a smooth column (qa8 F13).

Most units grow alike (+5 % … +15 %), so pasting the column one row low leaves only two or three
units changing abnormally — too few for the 30 % the shift check asked for — while every value
sits within a few per cent of the row above's 上年数. The check must say so once for the column,
and stay quiet on clean columns (``benchmarks/shift_alarms.py`` measures the rate on many).
"""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

from kjreport.checks import offset
from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check
from tests.indicators.test_reported_workbook import county_column, edit

HEADER = "高新技术企业（家）"
LAST = [352, 292, 293, 232, 205, 226, 406, 324, 247, 278]
CLEAN = [382, 322, 306, 243, 218, 264, 431, 358, 244, 302]  # +2 % … +17 %, own figures
PASTED_LOW = [350, *CLEAN[:-1]]  # one row low; the clerk typed 350 into the top cell, 302 fell off

# qa8's r8_column_shift.xlsx (闵行, 14 街镇): 高新技术企业 pasted one row low, 200 typed on top
R8_NOW = [200, 210, 180, 150, 160, 520, 430, 380, 330, 290, 260, 240, 300, 310]
R8_LAST = [200, 176, 141, 158, 490, 410, 372, 325, 281, 262, 232, 286, 300, 395]


def _judge(now, before):
    n = len(now)
    return offset.judge(offset._positives(now), offset._positives(before), list(range(n)),
                        [i + 1 if i + 1 < n else None for i in range(n)], [i - 1 if i else None for i in range(n)])


def test_a_smooth_column_pasted_one_row_low_is_a_hint_naming_the_column_and_cells(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", county_column(HEADER, PASTED_LOW, LAST))
    result = cli_check(path)
    assert result.exit_code == 0  # a hint: the clerk may have reasons
    [hint] = [p for p in check_source(path) if "整列错位" in p.expected]
    assert hint.severity == "提示" and hint.sheet == "县区数据" and hint.cell == "K3:K11"
    assert hint.found.startswith("「高新技术企业」（K 列）与「县区上年数据」相比，10 个县区中有 2 个变化异常")
    assert "接近上一行县区的上年数（如 K3 的 382家 接近上一行「清河区」的上年数 352家）" in hint.found
    assert "请把 K 列的数整体上移一行" in hint.expected
    assert "是否整列错位了一行" in result.output and "工作表「县区数据」 单元格 K3:K11" in result.output


def test_the_same_column_in_its_rows_raises_nothing(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", county_column(HEADER, CLEAN, LAST))
    assert not [p for p in check_source(path) if "错位" in p.found + p.expected or p.cell and p.cell[0] == "K"]


def test_the_qa8_township_column_is_told_by_the_smooth_rule_alone():
    way, own, abnormal, close, _, sure = _judge(R8_NOW, R8_LAST)
    assert (way, len(own), len(abnormal), len(close), sure) == ("上", 14, 3, 13, False)
    smooth, offset.SMOOTH_TIGHTER = offset.SMOOTH_TIGHTER, math.inf
    try:
        assert _judge(R8_NOW, R8_LAST) is None  # what check said before: nothing
    finally:
        offset.SMOOTH_TIGHTER = smooth


def test_a_smooth_column_with_one_unit_off_is_no_shift():
    # one unit really dropped (a 开发区 split off): one abnormal change is no column shift
    now = [r * 1.05 for r in R8_LAST]
    now[4] = 160
    assert _judge(now, R8_LAST) is None


def test_random_realistic_clean_columns_raise_no_new_alarm():
    spec = importlib.util.spec_from_file_location(
        "shift_alarms", Path(__file__).resolve().parents[2] / "benchmarks" / "shift_alarms.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    out = bench.trials(1500, seed=7)
    before, after = out["before"], out["after"]
    assert after[0] == before[0] and after[1] == before[1] == 0  # the smooth rule adds no false alarm
    assert after[2] > before[2]  # … and catches shifts the old rule missed
