"""Fits for the blind batch final75 (华东、华南、华中, round 31): each failed on its first run (a22478e)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_a_goal_s_level_said_in_the_perfective_is_the_goal():
    # 河源 2015: "今年GDP增长的预期目标仍处在高位，达到了11.5%" was read as a result
    text = (
        "河源今年要完成127亿园区工业固投\n"
        "尽管2015年面临着经济下行更严峻的考验，但根据省制定的计划，我市今年GDP增长的预期目标仍处在高位，达到了11.5%，"
        "仅比预期增长目标最高的揭阳市和云浮市低0.5个百分点。\n"
    )
    assert found(text, 2015) == {("GDP", "增速"): ("≥", 11.5, "%", None)}


def test_a_goal_reached_stays_a_result():
    text = "某市2015年工作总结\n全年完成了年度目标，达到了11.5%。\n"
    assert found(text, 2015) == {}


def test_units_to_bring_a_measure_s_growth_about_name_it():
    # 河源 2015: "各省级产业转移工业园还要完成规模以上企业工业增加值、全口径税收同比增长超过25%" named the
    # first 「各省级产业转移工业园」
    text = "河源市2015年工作\n我市各省级产业转移工业园还要完成规模以上企业工业增加值、全口径税收同比增长超过25%的年度目标。\n"
    assert ("各省级产业转移工业园规模以上企业工业增加值", "增速") in found(text, 2015)
