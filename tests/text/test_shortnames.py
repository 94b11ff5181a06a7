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


def test_a_short_name_inside_another_short_name_of_its_sentence_is_said_in_full():
    # qa22 F7: 「蓬溪县研发投入强度比上年降低0.03个百分点，研发投入在5个县（市）区中并列末位」 read as the
    # intensity under a third name; beside 研发投入强度 the amount is said in full, elsewhere by its 简称
    parts = [["全年实现全社会R&D经费投入10.99亿元，全社会R&D经费投入占GDP比重0.72%。",
              "全社会R&D经费投入占GDP比重低于年度目标。蓬溪县全社会R&D经费投入占GDP比重比上年降低0.03个百分点，"
              "全社会R&D经费投入在5个县（市）区中并列末位。安居区全社会R&D经费投入增长5%。"]]
    assert shorten_repeats(parts, SHORTS) == [[
        "全年实现全社会R&D经费投入10.99亿元，全社会R&D经费投入占GDP比重0.72%。",
        "研发投入强度低于年度目标。蓬溪县研发投入强度比上年降低0.03个百分点，"
        "全社会R&D经费投入在5个县（市）区中并列末位。安居区研发投入增长5%。"]]
    # a draft's comment keeps what it holds
    comment = "\ue000研发投入·本年；来源：县区数据!B5\ue0010.86\ue002"
    said = shorten_repeats([["全社会R&D经费投入1亿元，全社会R&D经费投入占GDP比重1%。",
                             f"全社会R&D经费投入占GDP比重降低，全社会R&D经费投入{comment}亿元。"]], SHORTS, (), COMMENT_SPAN)
    assert said[0][1] == f"研发投入强度降低，全社会R&D经费投入{comment}亿元。"


def test_the_texts_own_words_are_never_said_in_full():
    # 「加大研发投入」 is the text's own phrase, not a name written short: it stays beside 研发投入强度
    parts = [["全社会R&D经费投入80亿元，全社会R&D经费投入占GDP比重1.9%。",
              "引导企业加大研发投入，全社会R&D经费投入占GDP比重提高0.1个百分点。"]]
    assert shorten_repeats(parts, SHORTS) == [[
        "全社会R&D经费投入80亿元，全社会R&D经费投入占GDP比重1.9%。",
        "引导企业加大研发投入，研发投入强度提高0.1个百分点。"]]
