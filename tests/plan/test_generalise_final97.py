"""Fits for the blind batches of round 39 (final97 华东华中, final98 华南西南西北, final99 华北东北):
each failed on its first run (dd135f7a)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed, parse

CORPUS = Path(__file__).with_name("corpus")


def test_a_review_heading_run_into_its_paragraph_opens_a_part_of_results():
    # 郧阳 2018 (final97): the report's 2017 review, its heading run into the speech's opening
    text = (CORPUS / "2018_yunyang_baogao.txt").read_text(encoding="utf-8")
    assert found(text, 2018) == {}


def test_percentages_whose_signs_a_page_lost_are_read_and_noted():
    # 内蒙古 2008 (final99): "生产总值增长15,…" and "⒋2" (DIGIT FOUR FULL STOP) for 4.2
    text = (
        "内蒙古自治区人民政府2008年工作要点\n今年我区经济社会发展的主要预期目标是:生产总值增长15,财政总收入增长25,"
        "城镇居民人均可支配收入实际增长12,新增城镇就业20万人,城镇登记失业率控制在⒋2以内。\n"
    )
    r = parse(text, 2008)
    got = {(t.indicator, t.kind): (t.comparison, t.value, t.unit) for t in r.targets}
    assert got[("生产总值", "增速")] == ("≥", 15.0, "%")
    assert got[("财政总收入", "增速")] == ("≥", 25.0, "%")
    assert got[("城镇居民人均可支配收入", "增速")] == ("≥", 12.0, "%")
    assert got[("城镇登记失业率", "总量")] == ("≤", 4.2, "%")
    assert any("原文数字后没有“%”" in n and "「生产总值」15%" in n for n in r.notes)


def test_inner_mongolia_after_last_year_is_no_this_year():
    # 内蒙古 2013 (final99): "去年内蒙古…" holds 年内
    text = (
        "内蒙古农牧民收入\n去年内蒙古农牧民人均纯收入达到历史新高的7611元,同比增长14.6%。\n"
        "今年内蒙古农牧民收入增长目标是12%。\n"
    )
    assert found(text, 2013) == {("农牧民收入", "增速"): ("≥", 12.0, "%", None)}


def test_a_class_of_counties_counted_is_no_allotment():
    # 辽宁 2011 (final99)
    text = "辽宁县域经济\n今年全面启动新一轮县域经济三年倍增计划,力争再新增2个百强县。\n"
    assert found(text, 2011) == {("百强县", "新增"): ("≥", 2.0, "个", None)}


def test_the_population_of_the_towns_meant_describes_them():
    # 辽宁 2011 (final99)
    text = "辽宁县域经济\n今年我们要努力形成一批30万至50万人口的中等城市,加快100个中心镇建设。\n"
    assert found(text, 2011) == {("中心镇", "总量"): ("≥", 100.0, "个", None)}
    assert listed(text, 2011)["50万人"].startswith("是城镇的人口规模")


def test_a_group_of_counties_takes_the_measure_of_the_whole_area_before_it():
    # 沈阳 2010 (final99)
    text = (
        "2010年县域经济工作要点\n2010年具体目标:\n——县域财政一般预算收入增长25%,力争30%;1市3县增长40%,力争45%。\n"
        "——县域固定资产投资增长40%;1市3县增长50%。\n"
        "在全省排名中,4个郊区力争提升1位,1市3县力争提升2位。\n"
    )
    targets = found(text, 2010)
    assert targets[("1市3县财政一般预算收入", "增速")] == ("≥", 40.0, "%", None)
    assert targets[("1市3县固定资产投资", "增速")] == ("≥", 50.0, "%", None)
    assert targets[("郊区全省排名", "提高")] == ("≥", 1.0, "位", None)
    assert targets[("1市3县全省排名", "提高")] == ("≥", 2.0, "位", None)
    assert len(targets) == 6


def test_per_head_average_is_per_capita_not_each_person_s_requirement():
    # 辛口 2016 (final99)
    text = "辛口镇盯紧目标\n今年,辛口镇计划完成农民每人平均现金收入21079元,同比增长13.5%。\n"
    assert found(text, 2016)[("农民人均现金收入", "总量")] == ("≥", 21079.0, "元", None)


def test_a_congress_s_quorum_and_the_villages_a_task_is_done_for():
    # 商洛 2018 (final98)
    text = (
        "商洛市2018年政府工作报告\n今年要全年完成358个贫困村脱贫摘帽任务。\n"
        "大会应到代表331人,实到代表308人,符合法定人数。\n"
    )
    assert found(text, 2018) == {("贫困村脱贫摘帽任务", "总量"): ("≥", 358.0, "个", None)}
    assert listed(text, 2018)["331人"] == "是会议的应到、实到人数，不是目标"


def test_an_increase_of_a_counted_thing_is_new_ones():
    # 四十四团 2025 (final98): as "增加100万人口" (太原 2026)
    text = "四十四团2025年工作会议\n今年要增加市场主体不少于20家。\n"
    assert found(text, 2025) == {("市场主体", "新增"): ("≥", 20.0, "家", None)}


def test_a_progress_table_s_tasks_are_read_under_their_group_s_merged_cell():
    # 滨江 2025 (final97): 项目 groups the rows, 内容及要求 holds each target, the last column
    # reports progress
    text = (
        "滨江区2025年政府工作报告重点工作进展\n"
        "项目 | 序号 | 内容及要求 | 牵头单位 | 配合单位 | 截至6月底完成情况 |\n"
        "主要预期指标 | 1 | 地区生产总值增长5.6%。 | 发改局 | 经信局 | 该指标季度出数。 |\n"
        "4 | 规上工业增加值增长7.0%。 | 经信局 | 各街道 | 1-5月规上工业增加值增长18.0%。 | |\n"
        "5 | 固定资产投资300亿元以上。 | 发改局 | 住建局 | 1-6月,区内预计完成投资161亿元,增速-6.5%。 | |\n"
    )
    targets = found(text, 2025)
    assert targets[("地区生产总值", "增速")] == ("≥", 5.6, "%", None)
    assert targets[("规上工业增加值", "增速")] == ("≥", 7.0, "%", None)
    assert targets[("固定资产投资", "总量")] == ("≥", 300.0, "亿元", None)
    assert len(targets) == 3


def test_land_revived_and_the_year_s_planned_investment_are_targets():
    # 宗汉 2023 (final97), 阜阳 2015 (final97)
    land = "宗汉街道2023年工作\n力争全年盘活腾退提升低效工业用地100亩以上。\n"
    assert found(land, 2023) == {("盘活腾退提升低效工业用地", "总量"): ("≥", 100.0, "亩", None)}
    park = (CORPUS / "2015_fuyang_yuanqu.txt").read_text(encoding="utf-8")
    assert list(found(park, 2015).values()) == [("≥", 9500.0, "万元", None)]


def test_money_for_a_list_of_subsidies_is_named_by_what_sums_them_up():
    # 西藏 2010 (final98)
    text = "西藏三农投入\n今年,西藏将安排近3亿元用于化肥补贴、良种补贴、农机具补贴等各类强农惠农补贴。\n"
    assert found(text, 2010) == {("强农惠农补贴", "总量"): ("≈", 3.0, "亿元", None)}
