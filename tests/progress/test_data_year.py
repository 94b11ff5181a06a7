"""数据年度 before December (lag11b): a lagged figure is a whole year's, never judged by 序时进度.

The sample at 报送月份 9 with 计划科's R&D figures of 2010 (数据年度 2010) and no 9月 figure for
them in 月度数据: ``progress`` and ``fill`` run through ``python -m kjreport`` on the real file.
2010's 9.5亿元 against 2011's 10亿元 is 95% of the target — 基本完成, not 20 points 快于进度
(75% of the year gone); 7亿元 is 未达到, said as 2010's year, never 截至9月底累计完成.
"""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pytest

from tests.summary.docx_readback import body_text

AMOUNT, SHARE = "全社会R&D经费投入", "全社会R&D经费投入占GDP比重"
LAGGED = "（2010年数据，统计数据滞后一年）"


def kjreport(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kjreport", *map(str, args)],
                          capture_output=True, text=True, timeout=600)


def september_book(sample, path, amount: float, share: float):
    wb = openpyxl.load_workbook(sample)
    wb["设置"]["B5"] = 9  # 报送月份
    ws = wb["科室数据"]
    ws.cell(1, 8).value = "数据年度"
    ws.append(["计划科", SHARE, "%", share, 0.72, "可比", None, 2010])
    ws.append(["计划科", AMOUNT, "亿元", amount, 8.8, "可比", None, 2010])
    monthly = wb["月度数据"]
    september = [c.column for c in monthly[1] if c.value == "9月"][0]
    for row in monthly.iter_rows(min_row=2):
        if row[0].value in (AMOUNT, SHARE):
            row[september - 1].value = None  # the lagged 科室数据 figure is what the notice uses
    wb.save(path)
    return path


def notice(sample, folder, amount: float, share: float) -> tuple[str, list[list[str]]]:
    import docx

    book = september_book(sample, folder / "鲁泽市2011年.xlsx", amount, share)
    out = folder / "进度.docx"
    done = kjreport("progress", book, "-o", out, "--no-charts")
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [[c.text for c in r.cells] for t in docx.Document(str(out)).tables for r in t.rows]
    return body_text(out), rows


@pytest.fixture(scope="module")
def near(tmp_path_factory):
    from tests.conftest import SAMPLE

    return notice(SAMPLE, tmp_path_factory.mktemp("near"), 9.5, 0.78)


def test_a_lagged_amount_is_judged_as_a_whole_years_figure(near):
    text, rows = near
    assert f"{AMOUNT}9.5亿元{LAGGED}，暂按该数据完成年度目标的95.0%；" in text  # 从主要指标看 (qa11b F8)
    assert f"{AMOUNT}{LAGGED}累计完成" not in text and "快于应完成进度20.0" not in text
    [row] = [r for r in rows if r[1] == f"{AMOUNT}（2010年数据）"]
    assert row[5:9] == ["95.0", "—", "-0.5亿元", "接近"]  # 完成率, no 序时进度, 接近 (not 快于进度)
    assert f"{AMOUNT}和{SHARE}（均为2010年数据）2项指标接近年度目标" in text  # the year said once (qa11b F7)


def test_a_lagged_figure_has_no_trend_against_this_years_months(near):
    text, _ = near
    # 6月's 3.9亿元 is 2011's; 2010's whole year is no "进度明显加快" after it
    assert not [line for line in text.splitlines() if line.startswith("与6月相比") and AMOUNT in line]


def test_a_lagged_figure_below_target_is_said_as_its_year(tmp_path, sample_path):
    text, rows = notice(sample_path, tmp_path, 7.0, 0.70)
    assert (f"是{AMOUNT}{LAGGED}。2010年全年为7亿元，完成年度目标的70.0%，距年度目标尚差3亿元。"
            f"责任科室：计划科。") in text
    assert f"是{SHARE}{LAGGED}。2010年为0.70%，年度目标为0.8%，相差0.10个百分点。" in text
    assert "截至9月底累计完成7亿元" not in text
    [row] = [r for r in rows if r[1] == f"{AMOUNT}（2010年数据）"]
    assert row[6:9] == ["—", "-3亿元", "未达到"]


def test_the_results_sheet_has_no_time_progress_for_a_lagged_figure(tmp_path, sample_path):
    book = september_book(sample_path, tmp_path / "b.xlsx", 9.5, 0.78)
    done = kjreport("fill", book)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = list(openpyxl.load_workbook(book, read_only=True)["指标结果"].values)
    header = list(rows[0])
    [row] = [r for r in rows[1:] if r and r[0] == AMOUNT]
    assert row[header.index("序时进度（%）")] is None
    assert row[header.index("状态")] == "基本完成"
    assert "序时进度" not in row[header.index("说明")]
    # this year's figures in the same book are still paced
    [paced] = [r for r in rows[1:] if r and r[0] == "企业R&D经费投入"]
    assert paced[header.index("序时进度（%）")] == 75.0
