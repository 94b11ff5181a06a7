"""qa12b F20: the year-end summary reads like a bureau's own, not like a table read aloud.

Measured against 21 real published summaries (benchmarks/prose_compare.py), ours carried a 完成
verdict in 44–50% of its sentences (real median 0%) and paragraphs of 70–78 characters (real 222).
Now completion is stated once, in the overview (counts by status, the shortfalls named, 详见附件1);
the body narrates each result and gives a verdict only when it is news (未完成 always, with its
gap; 超额 by a wide margin); short target items run on into long paragraphs. Nothing is lost:
every target is in the text or in 附件1, and every missed one is said in the text. Real entry
points: ``kjreport docx`` on the QA books and the sample, and ``benchmarks/prose_compare.py``'s
own measures."""

from __future__ import annotations

import re
import shutil
import statistics
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from benchmarks import prose_compare as pc
from kjreport.cli import main
from kjreport.report import load_report

BOOKS = Path(__file__).parent / "qa12b_books"
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample2011.xlsx"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "summary"
CASES = {"sample": SAMPLE, "nanchang": BOOKS / "nanchang2019.xlsx", "cixi": BOOKS / "cixi2025.xlsx"}


def _docx(tmp_path: Path, book: Path, *extra: str) -> docx.Document:
    src = tmp_path / book.name
    shutil.copy(book, src)
    out = tmp_path / f"{book.stem}.docx"
    result = CliRunner().invoke(main, ["docx", str(src), "-o", str(out), "--no-charts", *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def _body(d: docx.Document) -> str:
    """Return the 总结 part (before 工作打算) as running text."""
    paras = [p.text for p in d.paragraphs if p.text.strip()]
    end = next(i for i, p in enumerate(paras) if re.match(r"^[一二三四五六七八九十]+、.*工作打算", p))
    return "\n".join(paras[:end])


def _annex_rows(d: docx.Document) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in d.tables[0].rows[1:]]


@pytest.fixture(scope="module", params=list(CASES))
def case(request, tmp_path_factory):
    book = CASES[request.param]
    d = _docx(tmp_path_factory.mktemp(request.param), book)
    return request.param, load_report(book), d


def test_every_target_is_in_the_text_or_in_annex_1(case):
    _, report, d = case
    body = _body(d)
    rows = {r[1].split("（")[0] for r in _annex_rows(d)}
    for r in report.results:
        if r.target is not None:
            assert r.row_name in rows or r.row_name in body, r.row_name


def test_every_missed_target_is_said_in_the_text_with_its_gap(case):
    _, report, d = case
    body = _body(d)
    overview = body.split("各项目标的完成情况详见附件")[0]
    missed = [r for r in report.results if r.target is not None and r.status == "未完成"]
    assert missed
    for r in missed:
        assert r.row_name in overview, r.row_name  # named once in the overview
    problems = body.split("存在的问题")[1]
    assert "未能完成" in problems
    assert body.count("未完成年度目标，尚差") + body.count("低于年度目标") + body.count("未达到") >= len(missed)


def test_completion_is_stated_once_in_the_overview(case):
    _, report, d = case
    body = _body(d)
    assert body.count("项目标任务中") == 1 and body.count("各项目标的完成情况详见附件1。") == 1
    basic = [r.row_name for r in report.results if r.target is not None and r.status == "基本完成"]
    if basic:
        assert "基本完成的是" in body


def test_a_met_target_carries_no_verdict_beside_its_figure(case):
    """完成 and a small 超额 are said by the overview's counts and 附件1, not after the figure."""
    name, report, d = case
    body = _body(d).split("二、存在的问题")[0]
    for r in report.results:
        if r.target is None or r.status not in ("完成", "超额完成") or r.completion is None:
            continue
        rate = f"{float(r.completion):.1f}%"
        if float(r.completion) < 120:
            assert f"完成率{rate}" not in body and f"目标的{rate}" not in body, (name, r.name, rate)
    assert "完成年度目标，完成率1" not in body.replace("超额完成年度目标，完成率12", "").replace(
        "超额完成年度目标，完成率13", ""), body


def test_verdict_sentences_and_paragraphs_measured_as_prose_compare_does(case):
    """The benchmark's own measures on the text (figures recorded in the README); the share of
    completion-verdict sentences falls with the number of missed targets, which must be said."""
    name, report, _ = case
    text = pc.generated(CASES[name], name)
    fig = pc.figures(text)
    limit = {"sample": 0.15, "nanchang": 0.35, "cixi": 0.30}[name]  # was 27%, 44%, 39%
    assert fig["verdict"] <= limit, fig
    # was 110, 93, 73; 150 before prose15 (problems no longer repeat a gap: nanchang 144); long names
    # said once then by their 简称: nanchang 137 (the same paragraphs, fewer characters); once in
    # the document, not once a part (qa19 F4): 134
    assert fig["para"] >= 134, fig
    assert statistics.median(len(p) for p in text.paragraphs) == fig["para"]


def test_short_target_items_run_on_under_their_section(tmp_path):
    d = _docx(tmp_path, BOOKS / "nanchang2019.xlsx")
    titles = [p.text for p in d.paragraphs if p.style.name.startswith(("二级", "三级"))]
    assert "（一）目标任务" in titles and not [t for t in titles if t.startswith("1.")], titles
    body = _body(d)
    for phrase in ("全年实现市R&D经费内部支出93.5亿元，同比增长9.0%，未完成年度目标，尚差16.5亿元。",
                   "新增高新技术企业236家，年末总数达1180家", "引进培养国内外高端创新人才达到108名",
                   "技术合同成交额达57.3亿元", "新增省级研发平台4家，未完成年度目标，尚差1家。"):
        assert phrase in body, phrase


def test_an_office_can_have_every_verdict_back(tmp_path):
    """templates/summary/README.md: EVERY = true in item.j2 restores a verdict after every figure."""
    own = tmp_path / "我局模板"
    shutil.copytree(TEMPLATES, own)
    item = own / "item.j2"
    item.write_text(item.read_text(encoding="utf-8").replace("{% set EVERY = false %}", "{% set EVERY = true %}"),
                    encoding="utf-8")
    body = _body(_docx(tmp_path, SAMPLE, "--template", str(own)))
    assert "分别达到32家、6家、3家和2个，均完成年度目标，其中市级工程技术研究中心超额完成" in body
    assert "超额完成年度目标，完成率101.5%" in body
    assert "基本完成年度目标，完成率94.0%，尚差0.6亿元" in body
