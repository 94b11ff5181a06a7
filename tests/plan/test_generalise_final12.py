"""Reading rules from the blind batch final12 and QA round 7 (issue 9 §3): one test per rule,
each from a real sentence (tests/plan/corpus file or the QA7 plan named in the test), cut down
to the rule. General rules only: no place names or document ids in the code."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

# 2020_zhuzhou_news: a city's meeting news; after the city's targets, the parks inside the
# 自主创新示范区 get their own figures in one clause up to the full stop
ZHUZHOU = """株洲市2020年科技创新工作会议
一、今年目标
今年，株洲预计全社会研究与试验发展经费占GDP的比重超过3%，稳居全省第一；新引进科技创新人才200名，万人有效发明专利拥有量16件以上，科技进步贡献率达到65%；自创区内园区技工贸总收入达到2700亿元，全社会研发投入占GDP比重超过5%，万人有效发明专利拥有量达到60件。
"""


def test_the_parks_inside_a_zone_are_not_the_citys_targets():
    got = found(ZHUZHOU, 2020)
    assert 2700 not in {v[1] for v in got.values()}, got
    assert ("科技进步贡献率", "总量") in got and got[("科技进步贡献率", "总量")][1] == 65
    assert ("万人有效发明专利拥有量", "总量") in got and got[("万人有效发明专利拥有量", "总量")][1] == 16
    why = listed(ZHUZHOU, 2020)
    assert "园区" in why["2700亿元"] and "不是本地的总目标" in why["2700亿元"], why
    # the whole clause is the parks': its 5% and 60件 are listed with the same reason
    assert why["5%"] == why["60件"] == why["2700亿元"]
