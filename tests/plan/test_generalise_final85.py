"""Fits for the blind batch final85 (华北、东北, round 34): each failed on its first run (7a23def)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

# 通辽经济技术开发区 2013
TONGLIAO = (
    "通辽开发区2013年目标\n"
    "今年,全部工业要力争完成产值300亿元,完成增加值85亿元,增长20%。\n"
    "同时还要深入落实促进民营经济发展的55条意见和促进民营经济发展2013行动计划。\n"
)


def test_what_the_subject_will_do_is_no_part_of_the_name():
    assert found(TONGLIAO, 2013)[("全部工业产值", "总量")] == ("≥", 300.0, "亿元", None)


def test_a_policy_s_articles_are_no_target():
    assert 55.0 not in {v[1] for v in found(TONGLIAO, 2013).values()}
    assert "条数" in listed(TONGLIAO, 2013)["55条"]


def test_hundreds_of_millions_invested_from_outside_without_yuan():
    # 牡丹江经开区 2014: "招商引资完成100億以上"
    text = "牡丹江经开区\n力争全年招商签约项目完成200个,招商引资完成100亿以上。\n"
    assert found(text, 2014)[("招商引资", "总量")] == ("≥", 100.0, "亿元", None)
