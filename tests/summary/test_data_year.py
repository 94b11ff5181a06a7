"""数据年度 end to end (qa10 F24): the sample with its R&D intensity reported a year late.

The office has only 2010's 全社会R&D经费投入占GDP比重 at the end of 2011: it types it in 科室数据
with 数据年度 2010. ``check``, ``fill``, ``docx`` and ``progress`` run through ``python -m kjreport``;
the documents are read back: the figure is said to be 2010's everywhere it is stated, never as
2011's, and its completion is said to be measured by that figure against 2011's target.
"""

from __future__ import annotations

import subprocess
import sys

import docx
import openpyxl
import pytest

from tests.conftest import digest
from tests.indicators.test_reported_workbook import edit
from tests.summary.docx_readback import body_text

NAME = "全社会R&D经费投入占GDP比重"
LAGGED = "（2010年数据，统计数据滞后一年）"


def kjreport(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kjreport", *args], capture_output=True, text=True, timeout=600)


def with_data_year(data_year: object):
    def change(wb):
        ws = wb["科室数据"]
        ws.cell(1, 8).value = "数据年度"
        ws.append(["计划科", NAME, "%", 0.78, 0.72, "可比", None, data_year])
    return change


@pytest.fixture(scope="module")
def lagged(tmp_path_factory):
    """Return (workbook, summary, progress notice) of the sample with the lagged R&D row."""
    from tests.conftest import SAMPLE

    folder = tmp_path_factory.mktemp("lag")
    book = edit(SAMPLE, folder / "鲁泽市2011年.xlsx", with_data_year(2010))
    done = kjreport("check", str(book))
    assert done.returncode == 0, done.stdout + done.stderr
    done = kjreport("fill", str(book))
    assert done.returncode == 0, done.stdout + done.stderr
    summary = folder / "总结.docx"
    done = kjreport("docx", str(book), "-o", str(summary), "--no-charts")
    assert done.returncode == 0, done.stdout + done.stderr
    notice = folder / "进度.docx"
    done = kjreport("progress", str(book), "-o", str(notice), "--no-charts")
    assert done.returncode == 0, done.stdout + done.stderr
    return book, summary, notice


def _table_texts(path) -> list[list[str]]:
    return [[c.text for c in row.cells] for t in docx.Document(str(path)).tables for row in t.rows]


def test_the_summary_says_the_figure_is_last_years(lagged):
    _, summary, _ = lagged
    text = body_text(summary)
    # the item's sentence: the figure, its year, the change between its own two years, and the
    # completion said to be measured by that figure
    # (the year in full at its first mention, the overview; short after it: qa11b F7)
    assert f"占GDP比重0.78%{LAGGED}" in text  # the overview (从主要指标看)
    # qa12b F20: the item's sentence narrates (figure, year, change); its shortfall, measured by
    # that figure, is said in 存在的问题 (and the tally says which targets go by an earlier year)
    assert "占GDP的比重0.78%（2010年数据），比上年提高0.06个百分点。" in text
    assert "占GDP比重0.78%（2010年数据），低于年度目标0.02个百分点" in text
    assert "暂按2010年数据衡量" in text
    assert text.count(LAGGED) == 1
    assert "0.78%，" not in text and "0.78%。" not in text  # never stated bare, as 2011's


def test_the_attachments_name_the_year(lagged):
    _, summary, _ = lagged
    rows = _table_texts(summary)
    [row] = [r for r in rows if r[1].startswith(NAME)]
    assert row[1] == f"{NAME}（2010年数据）" and row[4] == "0.78"
    text = body_text(summary) + "\n".join(p.text for p in docx.Document(str(summary)).paragraphs)
    assert f"{NAME}为2010年数据（统计数据滞后一年），完成情况暂按该数据对照2011年目标" in text  # 附件1 note
    assert f"全市{NAME}为2010年数据（统计数据滞后一年）" in text  # 附件2: the 全市 row is 2010's, counties 2011's


def test_the_results_sheet_says_it_in_the_note(lagged):
    book, _, _ = lagged
    ws = openpyxl.load_workbook(book, read_only=True)["指标结果"]
    rows = list(ws.values)
    header = list(rows[0])
    [row] = [r for r in rows[1:] if r and r[0] == NAME]
    assert row[header.index("本年")] == 0.78 and row[header.index("上年")] == 0.72
    assert row[header.index("说明")].startswith(
        "本年数、上年数为2010年、2009年数据（统计数据滞后一年）；完成情况暂按2010年数据对照2011年目标")


def test_the_progress_notice_names_the_year(lagged):
    _, _, notice = lagged
    assert f"{NAME}（2010年数据，统计数据滞后一年）为0.78%" in body_text(notice)
    assert [r for r in _table_texts(notice) if r[1] == f"{NAME}（2010年数据）"]


def test_a_bad_data_year_is_an_error_at_its_cell_and_the_book_is_untouched(sample_path, tmp_path):
    book = edit(sample_path, tmp_path / "b.xlsx", with_data_year(2012))
    before = digest(book)
    for command in ("check", "fill"):
        done = kjreport(command, str(book))
        assert done.returncode == 1 and "Traceback" not in done.stderr
        out = done.stdout + done.stderr
        assert ("b.xlsx 工作表「科室数据」 单元格 H6：「全社会R&D经费投入占GDP比重」的「数据年度」填的是 2012，"
                "是以后的年份；应为空（即本年度 2011），或数据所属的年份 2010、2009") in out
    assert digest(book) == before


def test_the_sample_has_no_data_year_and_says_nothing_of_one(sample_path):
    done = kjreport("check", str(sample_path))
    assert "数据年度" not in done.stdout + done.stderr


def test_a_lagged_figure_is_never_folded_into_a_sentence_of_this_years_figures():
    from kjreport.model import IndicatorResult, Target
    from kjreport.summary.views import ResultView, groupable, pairable

    def result(data_year):
        return IndicatorResult("研发机构", "家", "amount", 12, previous=10, yoy=20.0, completion=120.0,
                               status="超额完成", target=Target("研发机构", 10, "家"),
                               data_year=data_year, data_lag=1 if data_year else 0)

    this_year, last_year = ResultView(result(None)), ResultView(result(2010))
    assert groupable(this_year) and pairable(this_year)
    assert not groupable(last_year) and not pairable(last_year)
    assert last_year.data_year_note == LAGGED and this_year.data_year_note == ""
