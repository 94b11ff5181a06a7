"""A long indicator name is said in full once a part, then by its 简称 (kjreport.text.shortnames)."""

from __future__ import annotations

from kjreport.indicators.catalogue import load_catalogue, short_names
from kjreport.templating import COMMENT_SPAN
from kjreport.text.shortnames import shorten_repeats

SHORTS = {
    "全社会R&D经费投入": "研发投入",
    "全社会R&D经费投入占GDP比重": "研发投入强度",
    "高新技术产业增加值占规上工业增加值比重": "高新技术产业增加值占比",
}


def test_the_first_mention_of_a_part_is_full_the_later_ones_short():
    parts = [
        ["基本完成的是全社会R&D经费投入。全年实现全社会R&D经费投入74.6亿元。"],
        ["全社会R&D经费投入距年度目标尚差0.4亿元。", "甲县全社会R&D经费投入居全市末位。"],
    ]
    assert shorten_repeats(parts, SHORTS) == [
        ["基本完成的是全社会R&D经费投入。全年实现研发投入74.6亿元。"],
        ["全社会R&D经费投入距年度目标尚差0.4亿元。", "甲县研发投入居全市末位。"],
    ]


def test_a_name_inside_a_longer_name_is_the_longer_ones():
    parts = [["全社会R&D经费投入占GDP比重1.9%，全社会R&D经费投入80亿元；全社会R&D经费投入占GDP比重提高0.1个百分点。"]]
    assert shorten_repeats(parts, SHORTS) == [
        ["全社会R&D经费投入占GDP比重1.9%，全社会R&D经费投入80亿元；研发投入强度提高0.1个百分点。"]
    ]


def test_a_short_name_another_said_indicator_contains_is_not_used():
    # 研发投入 could be read as 规上工业企业研发投入: the full name stays
    parts = [["全社会R&D经费投入80亿元，规上工业企业研发投入50亿元。全社会R&D经费投入增长9%。"]]
    assert shorten_repeats(parts, SHORTS, ("规上工业企业研发投入",)) == parts
    # an indicator the text does not say is no reason to keep the full name
    parts = [["全社会R&D经费投入80亿元。全社会R&D经费投入增长9%。"]]
    assert shorten_repeats(parts, SHORTS, ("规上工业企业研发投入",)) == [["全社会R&D经费投入80亿元。研发投入增长9%。"]]


def test_a_drafts_comments_keep_the_full_name():
    comment = "\ue000全社会R&D经费投入·本年；来源：科室数据!D3\ue00180\ue002"
    parts = [[f"全社会R&D经费投入{comment}亿元。全社会R&D经费投入增长9%。"]]
    assert shorten_repeats(parts, SHORTS, (), COMMENT_SPAN) == [[f"全社会R&D经费投入{comment}亿元。研发投入增长9%。"]]


def test_the_catalogue_gives_short_names_as_data():
    shorts = short_names()
    assert shorts["全社会R&D经费投入"] == "研发投入"  # the built-in indicator's name
    assert shorts["全社会R&D经费支出"] == "研发投入"  # the catalogue's name
    assert all(len(short) < len(name) for name, short in shorts.items())
    assert sum(1 for e in load_catalogue() if e.short) >= 5


def test_a_name_inside_another_indicators_name_is_that_ones():
    # "市级规上工业企业研发费用占营业收入比重" (a reported indicator) is not the catalogue's name twice
    shorts = {"规上工业企业研发费用占营业收入比重": "企业研发费用占比"}
    others = ("市级规上工业企业研发费用占营业收入比重",)
    parts = [["规上工业企业研发费用占营业收入比重2.1%，市级规上工业企业研发费用占营业收入比重3.4%。"]]
    assert shorten_repeats(parts, shorts, others) == parts
