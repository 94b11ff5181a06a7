"""prose8: an item labelled in words leads its paragraph ("一是加快骨干企业膨胀。全年实现……"),
and such a lead is set in bold, as bureaus typeset it; a one-sentence item stays plain."""

from __future__ import annotations

from kjreport.summary import build_summary
from kjreport.summary.blocks import segments
from tests.summary.report_factory import make_report


def test_a_lead_followed_by_text_is_bold():
    pieces = segments("一是加快骨干企业膨胀。全年实现重点企业产值418亿元。")
    assert [(p.text, p.bold) for p in pieces] == [
        ("一是加快骨干企业膨胀。", True), ("全年实现重点企业产值418亿元。", False)]


def test_a_one_sentence_item_or_a_long_lead_stays_plain():
    assert not any(p.bold for p in segments("一是着力壮大高新技术产业。"))
    long_lead = "一是着力壮大高新技术产业，加快“一区五园”建设，力争高新技术产业产值达到950亿元。下一句。"
    assert not any(p.bold for p in segments(long_lead))
    assert not any(p.bold for p in segments("全年实现高新技术产业产值812亿元。一是不在段首。"))


def test_an_item_without_text_keeps_a_bold_lead_before_its_marker():
    assert [p.bold for p in segments("三是加快高新技术改造提升传统产业。", lead_alone=True)] == [True]


def test_the_summary_runs_word_labelled_items_into_bold_leads():
    doc = build_summary(make_report(), charts=False).docx
    para = next(p for p in doc.paragraphs if p.text.startswith("一是整合资源，突破重点。"))
    assert para.runs[0].text == "一是整合资源，突破重点。" and para.runs[0].bold
    assert para.text != para.runs[0].text and not para.runs[1].bold
    assert para.style.name == "公文正文"  # a body paragraph, not a heading
    empty = next(p for p in doc.paragraphs if p.text == "二是抓好高新技术重点项目。")  # no text: a marker follows
    assert all(r.bold for r in empty.runs)
