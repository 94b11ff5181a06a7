"""Reading rules from the blind batch final49 (round 20, issue 9 §3): one test per rule, each with
sentences written for the test in the shape of the corpus sentence that taught it (other words,
numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from tests.plan.test_generalise import found

PLAN = "2025年全市科技工作要点\n一、主要目标\n"


def test_a_level_in_words_run_on_into_the_next_target():
    # 2019_anhui_yaodian (punctuation lost): "……的比重达到全国平均水平吸纳技术合同成交额突破400亿元"
    got = found(PLAN + "力争全市研发投入占生产总值的比重达到全省平均水平吸纳技术合同成交额突破60亿元。\n", 2025)
    assert got == {("吸纳技术合同成交额", "总量"): ("≥", 60.0, "亿元", None)}


def test_platforms_completed_are_named_after_their_count():
    # 2015_guilin_news: "重点建设完善19家自治区级工程技术研究中心" was named "完善"
    got = found(PLAN + "到2025年，重点建设完善12家自治区级工程技术研究中心和一批企业研发机构。\n", 2025)
    assert list(got) == [("自治区级工程技术研究中心", "总量")]
