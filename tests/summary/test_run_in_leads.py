"""prose8: an item labelled in words leads its paragraph ("一是加快骨干企业膨胀。全年实现……"),
and such a lead is set in bold, as bureaus typeset it; a one-sentence item stays plain."""

from __future__ import annotations

from kjreport.summary import build_summary
from kjreport.summary.blocks import Block, run_on_items, segments
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


# prose10: most real summaries run a section's short 一是/二是/三是 on in one paragraph (宁波 2012,
# 泰安 2012, 商丘 2016, 平阳 2022, 辰溪 in tests/text/real_summaries); the sample's paragraphs were
# less than half as long as the real ones (benchmarks/prose_compare.py)


def _p(text: str) -> Block:
    return Block("paragraph", text)


def test_short_items_of_a_section_run_on_in_one_paragraph():
    blocks = [Block("heading", "4.加强自身建设", 3),
              _p("一是加强干部队伍建设。举办科技管理干部培训班3期。"),
              _p("二是加强廉政建设。修订制度7项。"),
              _p("三是加强服务型机关建设。调研82次。"),
              Block("heading", "（五）下一节", 2)]
    out = run_on_items(blocks)
    assert [b.kind for b in out] == ["heading", "paragraph", "heading"]
    assert out[1].plain == "一是加强干部队伍建设。举办科技管理干部培训班3期。二是加强廉政建设。修订制度7项。三是加强服务型机关建设。调研82次。"
    # every item keeps its bold lead; a "二是" inside a sentence would not be one
    bold = [p.text for p in segments(out[1].text) if p.bold]
    assert bold == ["一是加强干部队伍建设。", "二是加强廉政建设。", "三是加强服务型机关建设。"]


def test_a_run_too_long_for_one_paragraph_stays_one_item_a_paragraph():
    long = "全年实现重点企业产值418亿元，完成年度目标的104.5%。" * 8
    blocks = [_p("一是加快骨干企业膨胀。" + long), _p("二是抓好重点项目。开工18个。"), _p("三是抓好改造。改造12家。")]
    assert run_on_items(blocks) == blocks


def test_an_item_before_a_marker_and_items_out_of_order_are_not_run_on():
    marker = Block("marker", "【待补充：本条暂无数据和进展材料，请责任科室补充】")
    blocks = [_p("一是甲。内容甲。"), _p("二是乙。"), marker, _p("三是丙。内容丙。")]
    assert run_on_items(blocks) == blocks
    blocks = [_p("一是甲。内容甲。"), _p("三是丙。内容丙。")]
    assert run_on_items(blocks) == blocks
    blocks = [_p("二是乙。内容乙。"), _p("三是丙。内容丙。")]  # a run starts at 一是
    assert run_on_items(blocks) == blocks


def test_the_sample_runs_its_short_items_on():
    from pathlib import Path

    from kjreport.report import load_report

    sample = Path(__file__).resolve().parents[2] / "samples" / "sample2011.xlsx"
    doc = build_summary(load_report(sample), charts=False).docx
    para = next(p for p in doc.paragraphs if p.text.startswith("一是加强干部队伍建设。"))
    assert "二是加强廉政建设。" in para.text and "三是加强服务型机关建设。" in para.text
    assert [r.text for r in para.runs if r.bold] == [
        "一是加强干部队伍建设。", "二是加强廉政建设。", "三是加强服务型机关建设。"]
