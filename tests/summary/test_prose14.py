"""prose14: the year-end summary reads like a person wrote it, not like a table read aloud.

Measured with ``benchmarks/prose_compare.py`` against 21 real published summaries, the sample's
summary carried 4.9 figures per 100 characters and a summary made from another place's plan
(湖州市 2024, ``tests/huzhou_book.py``) 5.0; real ones 2.95 (now 4.7 and 4.1: README, Benchmarks). Now a result is said once: the
overview's headline figures are not repeated under their item, the first result of a section
carries the comparison with last year and the others leave it to 附件1, a figure the department's
note beside it already gives is not said again, 存在的问题 gives the gaps without repeating the
figures, 新增 counts of one item share a sentence, and an item's second result sentence is joined
with 同时 or 此外 in turn (the same workbook always gives the same document).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from benchmarks import prose_compare as pc
from kjreport.report import load_report
from tests.helpers import cli_ok
from tests.huzhou_book import make_book

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample2011.xlsx"


@pytest.fixture(scope="module")
def huzhou(tmp_path_factory) -> Path:
    book = make_book(tmp_path_factory.mktemp("huzhou"))
    cli_ok("fill", book)
    return book


def own_text(book: Path) -> pc.Text:
    """Return the 总结 part of ``book``'s summary as prose_compare reads it, without the
    departments' notes (the office's own text, quoted as written)."""
    text = pc.generated(book, book.stem)
    notes = sorted((n.text.rstrip("。") for n in load_report(book).notes), key=len, reverse=True)
    paragraphs = []
    for p in text.paragraphs:
        for note in notes:
            p = p.replace(note + "。", "").replace(note, "")
        if p.strip():
            paragraphs.append(p)
    return pc.Text(text.name, text.kind, paragraphs)


def density(text: pc.Text) -> float:
    return len(pc.NUMBER.findall(text.body)) / len(text.body) * 100


def test_kjreports_own_sentences_carry_fewer_figures(huzhou):
    """Figures per 100 characters of kjreport's own sentences, the departments' notes left out
    (main before prose14: 4.45 for the sample, 4.96 for 湖州 2024; now 4.06 and 4.08; real
    summaries 2.95 with their narrative). Bounds just above today's figures."""
    assert density(own_text(SAMPLE)) <= 4.15
    assert density(own_text(huzhou)) <= 4.15


@pytest.mark.parametrize("which", ["sample", "huzhou"])
def test_no_sentence_opening_is_shared_by_more_than_15_percent(which, huzhou):
    book = SAMPLE if which == "sample" else huzhou
    opening, share = pc.top_opening(pc.sentences(pc.generated(book, which)))
    assert share <= 0.15, (opening, share)


def test_the_same_workbook_gives_the_same_words(huzhou):
    """Openings vary by a count kept while one document is written, never at random."""
    first = pc.generated(huzhou, "a").paragraphs
    assert pc.generated(huzhou, "b").paragraphs == first
    assert any(p.count("同时，") or p.count("此外，") for p in first), first


def test_each_item_leads_with_its_result_in_the_targets_wording(huzhou):
    body = pc.generated(huzhou, "湖州").body
    # the first result of the section with its change on last year; 达到…% kept
    assert "全社会R&D经费投入占GDP比重达到3.37%，比上年提高0.17个百分点。" in body
    # the next ones state their result; their change is in 附件1
    assert "高新产业增加值占规上工业比重达到67.2%。" in body and "比上年提高2.1个百分点" not in body
    # a missed target is said with its change and its gap
    assert "规上工业企业中有研发活动企业占比达到48.7%，比上年提高2.2个百分点，低于年度目标1.3个百分点。" in body
    # two 新增 counts of one plan line in one sentence, 新增 said once
    assert "新增高新技术企业326家、国家科技型中小企业1862家。" in body
    # 4 of a target of 3: 超额, not "完成率133.3%"
    assert "新增高能级新型研发机构4家，超额完成年度目标。" in body and "133.3%" not in body
    # 存在的问题: the gap, not the figure the body said
    assert "规上工业企业中有研发活动企业占比未达到年度目标。" in body  # its gap: said above (prose15)
    assert "新增国家科技型中小企业距年度目标尚差138家。" in body
    assert body.count("48.7%") == 1 and body.count("1862家") == 1


def test_every_figure_left_out_of_the_text_is_in_annex_1(huzhou, tmp_path):
    out = tmp_path / "总结.docx"
    cli_ok("docx", huzhou, "-o", out, "--no-charts")
    rows = {row.cells[1].text: [c.text for c in row.cells] for row in docx.Document(str(out)).tables[0].rows[1:]}
    assert rows["高新产业增加值占规上工业比重"][6] == "+2.1"  # 同比 column: 个百分点
    assert rows["新增高能级新型研发机构"][5] == "133.3%"
    assert rows["科技创新强基项目投资额"][6] == "20.2%"


def test_a_result_is_said_once_in_the_sample(tmp_path):
    body = pc.generated(SAMPLE, "sample").body
    # the overview's headline figures are not said again under their item
    for figure in ("812亿元", "27.1%", "9.4亿元", "0.76%", "32家"):
        assert body.count(figure) == 1, figure
    # a figure the department's note gives is not said again beside it (培训农民32.6万人次)
    assert body.count("32.6万人次") == 1
    # after the section's first result, no change on last year (重要科技成果 同比增长16.7% is in 附件1)
    assert "重要科技成果达到112项。" in body and "16.7%" not in body
    # a small count's change is kept when it is the section's first comparison
    # prose15: the section's first result too, when its note names it with the figure ("示范园区总数达到10处")
    assert "农业科技示范园区比上年增加2处。" in body and body.count("10处") == 1
    assert "科技特派员和利益共同体分别达到" not in body and body.count("1260人") == 1
    # 存在的问题: who falls short of the rule, not the share again
    assert "30家创新型企业中仍有3家R&D经费占销售收入比重未达到5%的要求" in body
