"""Reading rules from the blind batch final34 (issue 9 §3): one test per rule, each with sentences
written for the test in the shape of the corpus sentence that taught it (other words, numbers and
places), then the corpus plan itself (tests/plan/corpus, named in the test)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed
from tests.plan.test_generalise_final32 import corpus_found


def test_measure_words_of_ports_and_trains_are_units():
    # 2023_zhejiang_baogao: "万标箱", "列" were not units, so both targets were lost
    text = (
        "2025年某市工作要点\n一、主要目标\n"
        "港口集装箱吞吐量达到450万标箱；开行中欧班列300列以上；新增高新技术企业40家。\n"
    )
    got = found(text, 2025)
    assert got[("港口集装箱吞吐量", "总量")] == ("≥", 450.0, "万标箱", None)
    assert got[("中欧班列", "总量")] == ("≥", 300.0, "列", None)
    # 列 in a verb is no unit: "3家企业列入…名单" keeps 家
    assert ("高新技术企业", "新增") in got


def test_a_value_per_head_keeps_its_per_unit():
    # 2027_zhejiang_news: "全员劳动生产率达到28万元/人" was read as 28万元
    text = "2025年某市工作要点\n一、主要目标\n全员劳动生产率达到21.5万元/人，亩均税收达到3.2万元/亩。\n"
    got = found(text, 2025)
    assert got[("全员劳动生产率", "总量")] == ("≥", 21.5, "万元/人", None)
    assert got[("亩均税收", "总量")] == ("≥", 3.2, "万元/亩", None)


def test_a_ratio_of_incomes_without_unit_narrowed_to_a_bound_is_a_ceiling():
    # 2027_zhejiang_news: "城乡居民收入倍差缩小到1.9以内" has no unit and was listed as not understood
    text = "2025年某县工作要点\n一、主要目标\n城乡居民收入比缩小至2.05，城乡居民收入倍差缩小到1.75以内。\n"
    got = found(text, 2025)
    assert got[("城乡居民收入比", "总量")] == ("≤", 2.05, "", None)
    assert got[("城乡居民收入倍差", "总量")] == ("≤", 1.75, "", None)


def test_firms_that_speak_at_a_meeting_are_not_a_target():
    # 2012_shuyang_huiyi: "3家中小科技型企业就科技创新工作进行交流发言"
    text = (
        "某县召开科技创新大会\n会上，5家企业代表作典型发言，2家乡镇进行了表态发言。"
        "县长指出，今年力争新增高新技术企业15家。\n"
    )
    assert found(text, 2025) == {("高新技术企业", "新增"): ("≥", 15.0, "家", None)}
    assert set(listed(text, 2025)) >= {"5家", "2家"}


def test_how_many_there_are_this_year_is_a_count_made_not_a_goal():
    # 2018_yancheng_news: "今年有589家企业申报高企" was read as a target of 589 applications
    text = (
        "某市高企培育工作会议\n今年全市新增高新技术企业60家。今年有215家企业申报高企，"
        "比上年增加40家。\n"
    )
    assert found(text, 2025) == {("高新技术企业", "新增"): ("≥", 60.0, "家", None)}
    assert "215家" in listed(text, 2025)


def test_the_final34_plans_read_right():
    assert corpus_found("2023_zhejiang_baogao")[("集装箱吞吐量", "总量")] == ("≥", 3360.0, "万标箱")
    got = corpus_found("2027_zhejiang_news")
    assert got[("城乡居民收入倍差", "总量")] == ("≤", 1.9, "")
    assert got[("全员劳动生产率", "总量")] == ("≥", 28.0, "万元/人")
    assert not any("申报" in name for name, _ in corpus_found("2018_yancheng_news"))


# --- final35 (fit3536's two rules): a direction, and a size band before a count ------------


def test_a_figure_headed_for_is_a_direction_not_a_target():
    # 2026_taiyuan_baogao: "规模以上工业企业数量向3000家奋进"
    text = "2025年某市工作要点\n一、主要目标\n推动科技型企业数量向800家迈进，新增高新技术企业25家。\n"
    assert found(text, 2025) == {("高新技术企业", "新增"): ("≥", 25.0, "家", None)}
    assert "800家" in listed(text, 2025)


def test_a_size_band_before_a_count_is_part_of_the_name():
    # 2025_liaoning_gaoxinqu: "规模100亿元的创新型产业集群20个" was read as 100亿元
    # (only the shape "N亿元的超过M个", the count straight after 的; "产值N亿元的X集群M个" is not covered)
    text = "2025年某市工作要点\n一、主要目标\n特色产业集群年产值达到50亿元的超过8个。\n"
    got = found(text, 2025)
    assert [v for v in got.values()] == [("≥", 8.0, "个", None)]
    assert "50亿元" in listed(text, 2025)
