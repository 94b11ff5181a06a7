"""Fits for the blind batch final78 (华中、华南、西南, round 32): each failed on its first run (5b61cef)."""

from __future__ import annotations

from tests.plan.test_generalise import found

# 浏阳经开区 2016: a park's yearly meeting, thresholds before the counts
LIUYANG = (
    "浏阳经开区双千亿园区发力\n"
    "浏阳经开区负责人在日前召开的园区年度经济工作会上宣示,今年浏阳经开区要完成技工贸总收入1180亿元,工业总产值1002亿元,"
    "完成财政总收入35亿元。\n"
    "2016年,要完成招商合同引资120亿元,新引进产业项目15至20个,其中,投资过50亿元产业项目1个,过10亿元产业项目2个,"
    "过1亿元项目10个。\n"
)


def test_a_threshold_before_a_bare_noun_and_its_count():
    got = found(LIUYANG, 2016)
    assert got[("投资过50亿元产业项目", "新增")] == ("≥", 1.0, "个", None)
    assert got[("过10亿元产业项目", "新增")] == ("≥", 2.0, "个", None)
    assert got[("过1亿元项目", "新增")] == ("≥", 10.0, "个", None)
    assert 50.0 not in {v[1] for v in got.values()}


def test_a_park_s_combined_revenue_is_no_subject_for_the_next_measure():
    assert found(LIUYANG, 2016)[("工业总产值", "总量")] == ("≥", 1002.0, "亿元", None)


# 浏阳制造产业基地 2016: the five-year goals, then this year's
ZHIZAO = (
    "浏阳制造产业基地全力打造“千亿园区”\n"
    "3月10日,浏阳制造产业基地经济工作会议召开,为“十三五”发展目标打造“千亿园区”布局:着力构建十亿企业、百亿产业、千亿园区的基本格局,"
    "力争培育六大百亿产业,实现技工贸收入1000亿元、财政总收入35亿元。\n"
    "为阶段性地实现打造“千亿园区”的目标,为“十三五”开好局,今年浏阳制造产业基地将努力实现技工贸收入370亿元,同比增长17%;"
    "财政总收入11.64亿元,同比增长15%。\n"
)


def test_the_period_s_goals_laid_out_after_a_colon_are_the_period_s():
    got = found(ZHIZAO, 2016)
    assert got[("财政总收入", "总量")] == ("≥", 11.64, "亿元", None)
    assert 1000.0 not in {v[1] for v in got.values()}


def test_the_zone_that_will_achieve_it_is_not_the_name():
    got = found(ZHIZAO, 2016)
    assert got[("技工贸收入", "总量")] == ("≥", 370.0, "亿元", None)
    assert got[("技工贸收入", "增速")] == ("≥", 17.0, "%", None)


# 株洲经开区 2025
ZHUZHOU = (
    "株洲经开区2025年目标\n"
    "实现亩均税收、人均税收和亩均技工贸总收入增长20%以上;全年动态储备产业用地2000亩以上,新建厂房10万平方米以上。\n"
)


def test_the_last_two_measures_joined_by_he_share_the_growth():
    got = found(ZHUZHOU, 2025)
    assert got[("人均税收", "增速")] == ("≥", 20.0, "%", None)
    assert got[("亩均技工贸总收入", "增速")] == ("≥", 20.0, "%", None)


def test_land_to_reserve_is_a_target():
    assert found(ZHUZHOU, 2025)[("动态储备产业用地", "总量")] == ("≥", 2000.0, "亩", None)


def test_a_project_s_land_stays_its_size():
    text = "某区2025年工作要点\n推进智能制造产业园建设,项目用地1200亩。\n"
    assert 1200.0 not in {v[1] for v in found(text, 2025).values()}


def test_key_construction_projects_are_one_name():
    # playing 株洲经开区 2025: "力争全年实施重点建设项目50个以上" was named 项目 (重点 read as an adverb)
    text = "株洲经开区2025年目标\n力争全年实施重点建设项目50个以上，实现开竣工项目40个以上。\n"
    assert found(text, 2025)[("重点建设项目", "总量")] == ("≥", 50.0, "个", None)
