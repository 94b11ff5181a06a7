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
    # (新造, like 新植 and 新栽, is this year's new planting: 新增 since lead43)
    assert got[("新造林面积", "新增")] == ("≥", 1200.0, "亩", None)
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


def test_a_second_list_of_values_for_the_same_kinds():
    # "肉牛、肉羊、生猪、家禽出栏分别达到……，产量分别达到15.4万吨、……": the second 分别 names only its
    # measure; "牛奶产量、禽蛋产量分别达到……" was read "牛奶产量产量"
    text = (
        "某州2017年畜牧业工作要点\n力争全年奶牛、肉羊、生猪存栏分别达到12万头、80万只、30万头，"
        "产量分别达到5.1万吨、2.3万吨、2.6万吨，鲜奶产量、禽蛋产量分别达到40万吨和3万吨。\n"
    )
    got = found(text, 2017)
    assert got[("奶牛存栏", "总量")][1:3] == (120000.0, "头")
    assert got[("肉羊存栏", "总量")][1:3] == (80.0, "万只")
    assert got[("奶牛产量", "总量")] == ("≥", 5.1, "万吨", None)
    assert got[("生猪产量", "总量")] == ("≥", 2.6, "万吨", None)
    assert got[("鲜奶产量", "总量")] == ("≥", 40.0, "万吨", None)
    assert got[("禽蛋产量", "总量")] == ("≥", 3.0, "万吨", None)


def test_power_in_kilowatts_and_a_total_kept_steady_after_an_increase():
    # "农机总动力年均增加6万千瓦" (万千瓦 was no unit), then "储藏能力年均增加5万吨,粮食总产量稳定在
    # 30万吨": 稳定在 is the total's own verb, not the increase's
    text = (
        "某市2017年农业农村工作要点\n主要目标：农机总动力年均增加4万千瓦，冷库库容年均增加3万吨，"
        "粮食总产量稳定在25万吨，光伏装机容量达到12万千瓦。\n"
    )
    got = found(text, 2017)
    assert got[("农机总动力", "新增")] == ("≥", 4.0, "万千瓦", None)
    assert got[("冷库库容", "新增")] == ("≥", 3.0, "万吨", None)
    assert got[("粮食总产量", "总量")] == ("≥", 25.0, "万吨", None)
    assert got[("光伏装机容量", "总量")] == ("≥", 12.0, "万千瓦", None)
