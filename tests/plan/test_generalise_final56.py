"""Reading rules from the final56 blind batch's first run (round 23: a 镇's and a county's farm and
forest targets, a news report's "根据……计划" figures, a 由……增加到 change with its years, a list of
kinds with a second 分别 list): one test per rule, each with sentences written for the test."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_the_figures_of_a_plan_the_news_names_are_targets():
    # "根据预安排计划，七台河市2016年工程造林面积3890亩，……" in a meeting's news: no 力争 or 目标, the
    # plan it names sets them (and the place and year before the name are no part of it)
    text = (
        "某县召开春季林业生产会议\n4月2日，某县林业局召开会议，部署今春造林工作。\n"
        "根据年度计划，某县2017年新造林面积1200亩，森林抚育面积5000亩，义务植树80万株。\n"
    )
    got = found(text, 2017)
    assert got[("新造林面积", "总量")] == ("≥", 1200.0, "亩", None)
    assert got[("森林抚育面积", "总量")] == ("≥", 5000.0, "亩", None)
    assert got[("义务植树", "总量")] == ("≥", 80.0, "万株", None)
