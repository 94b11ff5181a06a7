"""Fits for the blind batch final79 (华北、东北、西北, round 32): each failed on its first run (5b61cef)."""

from __future__ import annotations

from tests.plan.test_generalise import found

# 山西 2014–2020 action plan: a share's base year, its yearly growth and its level at the end
SHANXI = (
    "国家创新驱动发展战略山西行动计划(2014-2020年)\n"
    "目标:到2020年,创新型山西建设取得显著成效。努力实现以下主要指标:\n"
    "——研究与试验发展(R&D)经费占地区生产总值(GDP)的比重在2012年1.09%的基础上,年均增长10.9%,到2020年达到2.5%以上。\n"
)


def test_a_base_year_frames_neither_the_plan_nor_the_name():
    got = found(SHANXI, 2020)
    name = "R&D经费占地区生产总值（GDP）的比重"
    assert got[(name, "增速")] == ("≥", 10.9, "%", None)
    assert got[(name, "总量")] == ("≥", 2.5, "%", None)


def test_a_level_reached_by_a_deadline_takes_the_growing_indicator():
    text = "某省行动计划\n——有效发明专利拥有量在2012年4383件的基础上,年均增长10%,到2020年达到9000件。\n"
    assert found(text, 2020)[("有效发明专利拥有量", "总量")] == ("≥", 9000.0, "件", None)


def test_a_count_of_firms_after_one_is_not_the_size_of_one_facility():
    text = "河北省科协全委会\n2015年要做好三件实事:一个培育不少于300家的科技型中小企业;二是抓好示范市建设。\n"
    assert found(text, 2015)[("科技型中小企业", "总量")] == ("≥", 300.0, "家", None)


def test_a_facility_s_size_stays_a_size():
    text = "某市2015年工作要点\n建一个国土面积为64平方公里的农业高新区。\n"
    assert found(text, 2015) == {}


# 广西 2014 (final61): a subtitle restating the year before's result, and a span of past years
GUANGXI = (
    "扩大产业开放合作\n"
    "广西工业对经济增长贡献率达52%\n"
    "本报讯 记者从近日召开的广西工业和信息化会上获悉:广西确立了2014年工业发展目标:全区规模以上工业总产值突破2万亿元,"
    "在2013年1.82万亿元的基础上,继续保持17%的高速增长。\n"
    "自2007年至2013年,广西工业总产值由6103亿元增加到2.01万亿元,增长了2.3倍。2013年,广西工业对经济增长的贡献率达到52%。\n"
)


def test_a_subtitle_restating_last_year_s_result_and_a_span_s_end_are_past():
    got = found(GUANGXI, 2014)
    assert got[("规模以上工业总产值", "总量")] == ("≥", 20000.0, "亿元", None)
    assert 52.0 not in {v[1] for v in got.values()}
    assert 20100.0 not in {v[1] for v in got.values()}
