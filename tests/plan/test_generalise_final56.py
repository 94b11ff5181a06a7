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


def test_a_change_whose_start_and_end_are_dated():
    # "地区生产总值由2008年的128亿元增加到2011年的365亿元": the start was taken for 2008's target and
    # the end went without its name ("主要指标" or none)
    text = (
        "某县确定冲刺目标\n他们确定的主要指标：规上工业增加值由2009年的36亿元增加到2012年的80亿元，年均增长30%；"
        "农民人均纯收入由2009年的6200元提高到2012年的9000元。其余指标均超过全省前10位平均水平。\n"
    )
    got = found(text, 2012)
    assert got[("规上工业增加值", "总量")] == ("≥", 80.0, "亿元", None)
    assert got[("规上工业增加值", "增速")] == ("≥", 30.0, "%", None)
    assert got[("农民人均纯收入", "总量")] == ("≥", 9000.0, "元", None)
    # the starts are no targets, and "前10位平均水平" is a yardstick, no rank target
    assert len(got) == 3
