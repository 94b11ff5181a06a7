"""Reading rules from the blind batch final55 (round 22: 华东、华南 zones, a town congress, a provincial
industry plan, a city's task table; issue 9 §3): one test per rule, each with sentences written for
the test in the shape of the corpus sentence that taught it (other words, numbers and places)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_a_number_spoken_in_wan_and_the_rest():
    # 2018_jiangxi_xingdong: "主营业务收入3万8000亿元以上，力争达到4万亿元" read 3万 and 8000亿元 apart;
    # "全省工业完成投资1万2000亿元" named 工业
    text = (
        "2019年全省工业工作要点\n一、主要目标\n实现主营业务收入2万6000亿元以上，力争达到3万亿元；"
        "全省工业完成投资9000亿元。\n"
    )
    got = found(text, 2019)
    assert got[("主营业务收入", "总量")] == ("≥", 26000.0, "亿元", None)
    assert got[("工业投资", "总量")] == ("≥", 9000.0, "亿元", None)


def test_the_measure_of_the_clause_befores_subject():
    # 2024_bozhou_fenjie: "发展……等特色产业，实现产值850亿元" named 产值; "新建、改造提升高标准农田26万亩"
    # had no name
    text = (
        "2025年全市农业重点工作\n一、主要目标\n发展茶叶、中药材、食用菌等特色产业，实现产值300亿元。"
        "新建、改造提升高标准农田15万亩。\n"
    )
    got = found(text, 2025)
    assert got[("特色产业产值", "总量")] == ("≥", 300.0, "亿元", None)
    assert got[("高标准农田", "总量")] == ("≥", 15.0, "万亩", None)


def test_zones_listed_after_a_zones_measure_share_it():
    # 2014_nanning_news: "高新区规模以上工业总产值突破800亿元、经开区突破500亿元、A经开区和B工业园区突破200亿元"
    # (经开区 set aside as a county's share, the two zones read as one name)
    text = (
        "2015年全市工业工作要点\n一、主要目标\n确保高新区规模以上工业总产值突破600亿元、经开区突破400亿元、"
        "临港经开区和滨河工业园区突破150亿元。\n"
    )
    got = found(text, 2015)
    assert got[("经开区规模以上工业总产值", "总量")] == ("≥", 400.0, "亿元", None)
    assert got[("临港经开区规模以上工业总产值", "总量")] == ("≥", 150.0, "亿元", None)
    assert got[("滨河工业园区规模以上工业总产值", "总量")] == ("≥", 150.0, "亿元", None)
    assert len(got) == 4


def test_a_rank_among_a_named_pool_and_a_congress_election():
    # 2019_dongtaikaifaqu_news "跻身全省省级开发区前10强" (no target); 2014_gaobu_news "补选镇政府副镇长1名" (a
    # target)
    text = (
        "2020年开发区工作要点\n会议补选管委会副主任1名。今年确保综合实力跻身全省省级开发区前8强，"
        "全年完成工业开票销售突破260亿元。\n"
    )
    got = found(text, 2020)
    assert got[("综合实力排名", "总量")] == ("≤", 8.0, "位", None)
    assert ("工业开票销售", "总量") in got and len(got) == 2
    assert "选举" in listed(text, 2020)["1名"]
