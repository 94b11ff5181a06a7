"""科技进步贡献率 when 增长核算 ends at the year before (lag11b).

A year's rate comes out only early the next year (the national one at the next 全国科技工作会议,
a province's at its 科技工作会议, as 预计; sources in catalogue_sources.csv), so at the end of 2011
the office's 增长核算 usually ends at 2010. The rate is then measured for 2010 over the same span
and carried as 2010's data, worded as a 科室数据 row with 数据年度 2010. Through
``python -m kjreport check/fill/docx`` on the sample with its 2011 row of 增长核算 removed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import openpyxl
import pytest

from tests.summary.docx_readback import body_text

NAME = "科技进步贡献率"


def kjreport(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kjreport", *map(str, args)],
                          capture_output=True, text=True, timeout=600)


def rate(book) -> dict:
    done = kjreport("fill", book, "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    [r] = [r for r in json.loads(done.stdout) if r["name"] == NAME]
    return r


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    from tests.conftest import SAMPLE

    folder = tmp_path_factory.mktemp("growth")
    full = folder / "full.xlsx"
    shutil.copy(SAMPLE, full)
    short = folder / "short.xlsx"
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["增长核算"]
    assert ws.cell(ws.max_row, 1).value == 2011
    ws.delete_rows(ws.max_row)
    wb.save(short)
    return full, short


def test_the_rate_is_last_years_and_says_so(books):
    full, short = books
    whole, lagged = rate(full), rate(short)
    assert whole["data_year"] is None
    assert lagged["data_year"] == 2010
    assert lagged["value"] == pytest.approx(whole["previous"])  # 2010's rate, over 2005—2010
    assert lagged["status"] == "超额完成" and "缺少" not in (lagged["status_note"] or "")


def test_check_tells_it_as_a_hint_not_an_error(books):
    _, short = books
    done = kjreport("check", short)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ("工作表「增长核算」 单元格 A7：测算序列最后一年是 2010 年，没有 2011 年；「设置」年度为 2011（B4）："
            "科技进步贡献率按 2010 年测算，总结中写明“2010年数据，统计数据滞后一年”") in done.stdout


def test_two_years_short_is_still_an_error(tmp_path, sample_path):
    wb = openpyxl.load_workbook(sample_path)
    ws = wb["增长核算"]
    ws.delete_rows(ws.max_row - 1, 2)
    wb.save(tmp_path / "b.xlsx")
    done = kjreport("check", tmp_path / "b.xlsx")
    assert done.returncode == 1
    assert "测算序列最后一年是 2009 年，没有 2011 年；「设置」年度为 2011（B4）：请补上 2011 年的数据" in done.stdout + done.stderr


def test_the_summary_words_it_as_a_lagged_figure(books, tmp_path):
    _, short = books
    out = tmp_path / "总结.docx"
    done = kjreport("docx", short, "-o", out, "--no-charts")
    assert done.returncode == 0, done.stdout + done.stderr
    text = body_text(out)
    # qa12b F20: met, so no verdict after the figure; the tally says it is judged by 2010's figure
    assert f"{NAME}49.4%（2010年数据，统计数据滞后一年）" in text
    assert "暂按2010年数据衡量" in text
    assert f"{NAME}（2010年数据）" in text  # 附件1's row
    assert "缺少2011年数据" not in text
