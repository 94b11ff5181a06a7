"""Rules from the blind batch final64 (first run on 6a0c84e: 88.1 / 77.1 %), each with sentences
written for it; each test fails on 6a0c84e."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, values


def test_a_headlines_gdp_and_the_bodys_diqu_shengchan_zongzhi_are_one_target():
    # 湖南 2024: the headline repeated as the first line says GDP with the province before it
    text = (
        "2025年某省GDP目标增长5.5%左右，新一年将大力发展新质生产力\n"
        "2025年某省GDP目标增长5.5%左右，新一年将大力发展新质生产力\n"
        "政府工作报告提出了2025年的预期目标，其中包括地区生产总值增长5.5%左右，固定资产投资增长6%。\n"
    )
    got = found(text, 2025)
    assert [k for k in got if got[k][1] == 5.5] and len([k for k in got if got[k][1] == 5.5]) == 1, got


def test_tongbi_in_a_sentence_of_an_earlier_year_reports_the_paragraph():
    text = (
        "2025年某省GDP目标增长5.5%左右，新一年将大力发展新质生产力\n"
        "2025年某省GDP目标增长5.5%左右，新一年将大力发展新质生产力\n省长在作政府工作报告时介绍道，2024年全省地区生产总值迈上新台阶，总量突破6万亿，"
        "同比增长5.1%，地方一般公共预算收入增长7.2%。全体居民人均可支配收入增长6.2%。\n"
        "同时，政府工作报告提出了2025年新的预期目标，其中包括地区生产总值增长5.5%左右。\n"
        "为实现目标，报告提出要力争全年新增高新技术企业500家、科技型中小企业2000家以上。\n"
    )
    assert 6.2 not in values(text, 2025)
    assert 5.5 in values(text, 2025)


def test_the_items_a_past_paragraph_announces_as_its_results():
    text = (
        "某镇在2025年全县经济工作会上的发言\n"
        "2024年，我镇紧紧围绕县委、县政府的部署，推动经济持续发展。主要成效有：\n"
        "1、项目工作力度加大。推动300亩农业观光园项目签订投资协议。\n"
        "2、民生工程有效推进。完成8个自然村自来水管网、4.5公里农村水泥路建设。\n"
        "2025年，我们要全面提升经济社会发展水平。计划工业总产值增长15%，争取项目资金1200万元。\n"
    )
    got = values(text, 2025)
    assert {15.0, 1200.0} <= got
    assert not {300.0, 8.0, 4.5} & got


def test_jiejin_is_about():
    text = "某市今后五年发展目标\n报告明确：全社会研究与试验发展经费投入强度接近3%，新增规上工业企业500家。\n"
    got = found(text, 2025)
    assert [v for v in got.values() if v[1] == 3.0] == [("≈", 3.0, "%", None)], got


def test_a_life_expectancy_in_years_and_an_age_that_qualifies_people():
    text = (
        "某市2025年卫生健康工作要点\n一、主要目标\n人口平均预期寿命达80岁；每千人口执业医师数达3.8人。\n"
        "二、人才\n选派的特派员年龄不超过55岁。\n"
    )
    got = found(text, 2025)
    assert got[("人口平均预期寿命", "总量")] == ("≥", 80.0, "岁", None)
    assert 55.0 not in values(text, 2025)
    assert "55岁" in listed(text, 2025)


def test_a_task_stated_in_a_report_before_its_progress():
    # a summary of the year that states the task it was given, then its progress in the next clause
    text = (
        "某高新区2025年工作总结\n企业入库方面，2025年，市里给高新区的科技型中小企业入库任务为120家，"
        "截至11月底已有96家企业顺利入库。\n"
    )
    assert 120.0 in values(text, 2025)
    assert 96.0 not in values(text, 2025)


def test_a_place_and_its_will_before_a_name_say_who_plans_not_what():
    # "湖南GDP" (final64), "浙江要争取全社会科技投入", "江门将地区生产总值" (older batches' names)
    text = (
        "2025年某省工作会议召开\n会议提出，2025年湖北GDP增长5.5%左右；浙江要争取全社会科技投入600亿元；"
        "株洲将锚定全市规模工业增加值增长8%。\n"
    )
    names = {name for name, _ in found(text, 2025)}
    # (lead35: 锚定 sets the goal, and the 全市 after it is scope: "规模工业增加值")
    assert {"GDP", "全社会科技投入", "规模工业增加值"} <= names, names


def test_xiada_is_no_da_and_who_set_a_task_is_no_part_of_its_name():
    text = "某高新区2025年工作总结\n企业入库方面，2025年，市下达至高新区“专精特新”指标任务为40家，截至11月底已有31家企业入库。\n"
    got = found(text, 2025)
    assert [name for name, _ in got] == ["“专精特新”指标任务"], got
