"""数据年度 wherever a lagged figure is stated (qa11b F1, F2, F5, F7, F8, F9, F13).

The sample with both R&D rows of 2010 (the city case of qa11b: 全社会R&D经费投入 9.5/8.7 and its
share of GDP 0.75/0.70, 数据年度 2010), run through ``python -m kjreport`` (fill, docx, progress,
send --dry-run); the workbook, the documents and the .eml files are read back.
"""

from __future__ import annotations

import email
import re
import subprocess
import sys

import docx
import openpyxl
import pytest

from tests.indicators.test_reported_workbook import edit
from tests.summary.docx_readback import body_text

FULL = "（2010年数据，统计数据滞后一年）"


def kjreport(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kjreport", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


def both_lagged(wb):
    ws = wb["科室数据"]
    ws.cell(1, 8).value = "数据年度"
    ws.append(["计划科", "全社会R&D经费投入", "亿元", 9.5, 8.7, "可比", None, 2010])
    ws.append(["计划科", "全社会R&D经费投入占GDP比重", "%", 0.75, 0.70, "可比", None, 2010])


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    """Return (folder, book, summary, notice) of the sample with both R&D rows of 2010."""
    from tests.conftest import SAMPLE

    folder = tmp_path_factory.mktemp("lag_city")
    book = edit(SAMPLE, folder / "鲁泽市2011年科技工作.xlsx", both_lagged)
    for args in (("fill", str(book)), ("docx", str(book), "-o", str(folder / "总结.docx"), "--no-charts"),
                 ("progress", str(book), "-o", str(folder / "通报.docx"), "--no-charts")):
        done = kjreport(*args)
        assert done.returncode == 0, done.stdout + done.stderr
    return folder, book, folder / "总结.docx", folder / "通报.docx"


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=。)", text.replace("\n", "")) if s]


def _paragraphs(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _tables(path) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables]


def test_the_mail_digest_says_the_year_and_that_the_completion_is_provisional(city):  # F13
    folder, book, summary, _ = city
    done = kjreport("send", str(summary), "--recipients", str(book), "--dry-run", "--send-incomplete",
                    "--out", str(folder / "eml"))
    assert done.returncode == 0, done.stdout + done.stderr
    emls = sorted((folder / "eml").glob("*.eml"))
    assert emls
    for path in emls:
        msg = email.message_from_bytes(path.read_bytes())
        [body] = [p.get_payload(decode=True).decode() for p in msg.walk() if p.get_content_type() == "text/plain"]
        assert "全社会R&D经费投入9.5亿元（2010年数据），暂按该数据完成年度目标的95.0%" in body
        assert "9.5亿元，完成年度目标" not in body
        assert "（其中全社会R&D经费投入、全社会R&D经费投入占GDP比重暂按2010年数据衡量）" in body  # F5


def test_the_summary_tally_names_what_is_judged_on_last_years_figure(city):  # F5
    _, _, summary, _ = city
    [tally] = [s for s in _sentences(body_text(summary)) if "全年34项目标任务" in s]
    assert tally.endswith("（其中全社会R&D经费投入、全社会R&D经费投入占GDP比重暂按2010年数据衡量）。")


def test_the_year_is_said_once_a_sentence_and_in_full_once_a_document(city):  # F7
    _, _, summary, notice = city
    text = body_text(summary)
    assert text.count("2010年数据，统计数据滞后一年") == 1
    # the overview: one bracket after the amount and its share of the same year
    assert "研发投入9.5亿元，增长9.2%，占GDP比重0.75%（均为2010年数据，统计数据滞后一年）。" in text
    for sentence in _sentences("".join(p for p in _paragraphs(summary) if not p.startswith("注："))):
        for part in sentence.split("；"):  # a figure's clause states its year at most once
            assert part.count("2010年数据") <= 1, part
    said = "".join(_paragraphs(notice))
    assert said.count("2010年数据，统计数据滞后一年") == 1
    # the bulletin's list of targets 基本完成: names bare, the year said once after them
    assert ("另有全社会R&D经费投入、企业R&D经费投入和全社会R&D经费投入占GDP比重（其中全社会R&D经费投入和"
            "全社会R&D经费投入占GDP比重为2010年数据）基本完成年度目标。") in said


def test_the_bulletin_never_says_a_lagged_figure_was_done_this_year(city):  # F8
    _, _, _, notice = city
    said = "".join(_paragraphs(notice))
    assert f"全社会R&D经费投入9.5亿元{FULL}，暂按该数据完成年度目标的95.0%" in said
    assert "全年完成9.5亿元" not in said
    assert "（其中全社会R&D经费投入和全社会R&D经费投入占GDP比重暂按2010年数据衡量）" in said  # F5


def test_the_bulletin_attachments_mark_the_lagged_figures(city):  # F1
    _, _, _, notice = city
    paragraphs = _paragraphs(notice)
    assert any(p.startswith("注：应完成进度") and p.endswith(
        "全社会R&D经费投入、全社会R&D经费投入占GDP比重为2010年数据（统计数据滞后一年），"
        "完成情况暂按该数据对照2011年目标。") for p in paragraphs)  # under 附件1
    # under 附件2, as the summary's: the reported 全市 figure, then its year (qa13 F25)
    # a share is "not computed from the counties' figures", an amount "not their sum" (qa13 F37)
    assert any(p.startswith("注：全市全社会R&D经费投入为科室报送数，不是各县区之和；"
                            "全社会R&D经费投入占GDP比重为科室报送数，不是按各县区数据计算的结果") and p.endswith(
        "；全市全社会R&D经费投入、全社会R&D经费投入占GDP比重为2010年数据（统计数据滞后一年）。") for p in paragraphs)
    table, county = _tables(notice)[:2]
    assert ["全社会R&D经费投入（2010年数据）", "亿元", "10", "9.5"] == table[3][1:5]
    assert county[1][0] == "全市" and county[1][5] == "9.50"  # the 2010 figure the note is about


def test_the_progress_sheet_names_the_year_of_a_lagged_row(city):  # F9
    _, book, _, _ = city
    ws = openpyxl.load_workbook(book, read_only=True)["进度"]
    names = [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r and r[0]]
    assert "全社会R&D经费投入（2010年数据）" in names
    assert "全社会R&D经费投入占GDP比重（2010年数据）" in names
    assert "高新技术产业产值" in names  # this year's rows as before


def test_a_share_of_this_year_beside_a_lagged_amount_says_its_year(tmp_path):
    """Only the amount lags (2010); its share of GDP is computed from this year's 县区数据: the share
    says "（2011年数据）" wherever it follows the 2010 amount, or a reader takes 0.76% as 9.5亿元's
    share (qa11b F23)."""
    from tests.conftest import SAMPLE

    def amount_only(wb):
        ws = wb["科室数据"]
        ws.cell(1, 8).value = "数据年度"
        ws.append(["计划科", "全社会R&D经费投入", "亿元", 9.5, 8.7, "可比", None, 2010])

    book = edit(SAMPLE, tmp_path / "鲁泽市2011年科技工作.xlsx", amount_only)
    out = tmp_path / "总结.docx"
    done = kjreport("docx", str(book), "-o", str(out), "--no-charts")
    assert done.returncode == 0, done.stdout + done.stderr
    text = "".join(_paragraphs(out))
    shares = re.findall(r"(?:全社会R&D经费投入|研发投入)9\.5亿元（2010年数据[^。；]*?[；，]占GDP的?比重0\.76%(（2011年数据）)?", text)
    assert len(shares) >= 3 and all(shares), shares  # the overview, the item, 存在的问题
