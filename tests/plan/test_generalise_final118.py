"""Fits for the blind batches of round 46 (final118 华东华中, final119 华南西南西北, final120 华北东北):
each failed on its first run (826be80)."""

from __future__ import annotations

from pathlib import Path

from kjreport.plan import import_plan
from tests.plan.test_generalise import found, listed, parse


def test_a_growth_rate_said_after_a_shared_value_is_each_ones():
    # 赣州 2008 (final118): "……等三项主要指标分别保持20%以上的增长速度"
    text = "赣州市2008年工业工作意见\n确保全市规模以上工业增加值、主营业务收入、利税总额等三项主要指标分别保持20%以上的增长速度。\n"
    got = found(text, 2008)
    assert {k[1] for k in got} == {"增速"}
    assert len(got) == 3


def test_a_bracketed_breakdown_after_a_count_does_not_name_it():
    # 长江镇 2009 (final118): "房地产开发200万平方米以上(其中商业房地产及安置房建设100万平方米、力争150万平方米,……)"
    text = "长江镇2009年工作目标\n房地产开发200万平方米以上(其中商业房地产及安置房建设100万平方米、力争150万平方米,职工公寓100万平方米)。\n"
    got = found(text, 2009)
    assert got[("房地产开发", "总量")][1] == 200.0
    assert ("商业房地产及安置房建设", "总量") in got


def test_a_work_started_is_counted_by_what_is_started():
    # 河南 2016 (final118): "力争再开工5条高铁"
    assert found("河南2016年工作目标\n力争再开工5条高铁。\n", 2016) == {("开工高铁", "总量"): ("≥", 5.0, "条", None)}


def test_a_full_stop_typed_as_a_dot_ends_a_sentence():
    # 润雅乡 2016 (final118): "三是建成1个千亩以上示范园.四是……截止6月份,我乡已完成……"
    text = (
        "润雅乡2016年上半年工作目标自查报告\n二、产业开发工作稳步进行\n"
        "2016年，润雅乡计划进行的产业开发有五项：一是完成县分烟叶任务.二是建成1个千亩以上示范园."
        "三是五个扶贫村各建立1个百亩以上标准示范园.截止6月份，我乡已完成县分烟叶任务1276.已完成白皮柚种植100亩。\n"
    )
    values = sorted(t.value for t in parse(text, 2016).targets)
    assert values == [1.0, 1.0]
    assert "100亩" in listed(text, 2016)


def test_a_rank_moved_up_to_is_the_place_reached():
    # 长丰 2018 (final118): "由99位提升至87位" is 87th or better, not a move by 87 places
    got = found("长丰县2018年工作目标\n力争在全国综合实力百强县排名中由99位提升至87位。\n", 2018)
    assert [v for v in got.values()] == [("≤", 87.0, "位", None)]
    assert [k[1] for k in got] == ["总量"]


def test_counts_joined_by_he_share_the_verb():
    # 江苏 2019 (final118): "今年将新建330万亩高标准农田和41万亩高效节水灌溉面积"
    got = found("江苏省2019年农田建设\n今年将新建330万亩高标准农田和41万亩高效节水灌溉面积。\n", 2019)
    assert got[("高效节水灌溉面积", "新增")][1] == 41.0
    assert ("高标准农田", "新增") in got


def test_funds_raised_and_places_where_are_no_targets_and_extra_yield_is_new():
    # 甘肃 2009 (final119)
    text = (
        "甘肃2009年农业工作\n甘肃省级财政今年将筹集8500万元，支持原种生产。"
        "另外，甘肃今年还将筹措1.2亿元资金，在中东部地区41个县实施旱作农业项目，推广全膜双垄沟播技术500万亩，"
        "实现增产粮食5亿公斤。据了解，甘肃今年共筹措草食畜牧业发展专项资金1.5亿元，建设标准化养殖小区800个。\n"
    )
    got = found(text, 2009)
    assert got[("增产粮食", "新增")][1] == 5.0
    assert {v[1] for v in got.values()} == {500.0, 5.0, 800.0}
    said = listed(text, 2009)
    assert "筹集" in said["8500万元"] and "地方" in said["41个"]


def test_a_task_issued_for_the_year_in_a_report_and_favourable_factors():
    # 凤庆 2012 (final119)
    text = (
        "凤庆县召开2012年烟叶生产工作会议\n会议全面总结了2011年凤庆县烤烟生产工作。2011年，全县种植烤烟8.5万亩。\n"
        "2012年市政府下达凤庆县指令性种植面积8.8万亩，上等烟比例65%。充分利用好2011年烟农收入有较大增长、"
        "2012年烟叶价格提高20%等有利因素，进村入户做好政策宣传。\n"
    )
    assert {t.value for t in parse(text, 2012).targets} == {8.8, 65.0}
    assert "有利" in listed(text, 2012)["20%"]


def test_a_task_stated_in_a_news_report_is_imported_once(tmp_path: Path):
    # 宁明 2012 (final119): a headline with the same figure, and the season's progress so far
    path = tmp_path / "宁明.txt"
    path.write_text(
        "广西省宁明县今年甘蔗扩种任是4.5万亩 县内掀起扩种热潮\n\n中国市场调查网 时间:02/03/2012\n\n"
        "2012年，宁明县的甘蔗扩种任务是4.5万亩。宁明县党委、政府为保证甘蔗扩种任务顺利完成，加大投入。\n"
        "据统计，到1月29日止，宁明县已落实甘蔗扩种面积4.89万亩，其中备耕4.58万亩。\n",
        encoding="utf-8",
    )
    result = import_plan(path, year=2012)
    assert [(t.value, t.unit) for t in result.targets] == [(4.5, "万亩")]


def test_measures_per_unit_of_gdp_share_their_head():
    # 北京 2016 (final120): "万元地区生产总值能耗、水耗和二氧化碳排放分别下降3.5%、3%左右和4%"
    got = found("北京市2016年主要目标\n万元地区生产总值能耗、水耗和二氧化碳排放分别下降3.5%、3%左右和4%。\n", 2016)
    assert set(got) == {
        ("万元地区生产总值能耗下降", "总量"),
        ("万元地区生产总值水耗下降", "总量"),
        ("万元地区生产总值二氧化碳排放下降", "总量"),
    }


def test_a_half_year_report_is_results(tmp_path: Path):
    # 山西综改区 2019 (final120): "要素" and "推动，" are no intent; "1月到6月," reports
    path = tmp_path / "综改区.txt"
    path.write_text(
        "7月26日，山西综改示范区经济“半年报”出炉，完成地区生产总值230.46亿元，同比增长14.1%。大项目、好项目推动，"
        "新政策、新举措助力。综改区上半年14.1%的增长，来自于经济领域各要素的共同集聚。地区生产总值结构中，"
        "第二产业占GDP比重为78.3%，实现增加值180.38亿元，增长16.9%，其中，工业占GDP比重达72.4%，"
        "拉动全区经济增长12.7个百分点；第三产业在GDP中占比21.7%，实现增加值50.08亿元，增长3.0%。"
        "1月到6月，山西综改示范区规模以上工业企业130家。实现工业总产值595.85亿元，增长10.23%。\n"
        "下一步，山西综改示范区将强化环保，确保项目开复工，加快项目推进力度。\n",
        encoding="utf-8",
    )
    assert import_plan(path, year=2019, require_targets=False).targets == []


def test_a_province_with_the_year_before_its_verb_names_nothing():
    # 黑龙江 2022 (final120): "黑龙江省2022年将新建高标准农田1100万亩"
    assert found("黑龙江省2022年农业\n黑龙江省2022年将新建高标准农田1100万亩。\n", 2022) == {
        ("高标准农田", "新增"): ("≥", 1100.0, "万亩", None)
    }


def test_the_offices_tasks_are_given_to_are_no_target():
    # 沁县 2025 (final120): "明确133项具体任务，涉及34个牵头单位"
    text = "沁县2025年任务分解\n《任务分解》明确133项具体任务，涉及34个牵头单位；细化15项具体任务，涉及10个责任单位。\n"
    assert found(text, 2025) == {}
    assert "单位" in listed(text, 2025)["34个"]
