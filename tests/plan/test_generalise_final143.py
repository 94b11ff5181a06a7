"""Fits for the blind batches of round 55 (final143 华中闽赣, final144 西北, final145 东北), first run
before round 54's: each failed on its first run (a9d9304)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def test_a_total_run_into_the_next_clause_closes_its_own():
    # 江西 2008 (final143): "……增长20%以上,总量达2100亿元主营业务收入增长25%以上,总量达6500亿元利税总额增长25%以上"
    text = (
        "江西省2008年工业经济发展目标\n确保规模以上增加值增长20%以上,总量达2100亿元主营业务收入增长25%以上,"
        "总量达6500亿元利税总额增长25%以上,总量达600亿元工业园区实现工业增加值1500亿元。\n"
    )
    got = found(text, 2008)
    assert got[("主营业务收入", "总量")][1] == 6500.0 and got[("主营业务收入", "增速")][1] == 25.0
    assert got[("利税总额", "总量")][1] == 600.0 and got[("工业园区工业增加值", "总量")][1] == 1500.0


def test_a_counted_group_given_one_value_each_without_fenbie():
    # 江西 2008 (final143): "2008年,铜、钢铁、光伏三大产业将实现主营业务收入1150亿元、750亿元和200亿元。"
    text = "江西省2008年工业经济发展目标\n2008年,铜、钢铁、光伏三大产业将实现主营业务收入1150亿元、750亿元和200亿元。\n"
    got = found(text, 2008)
    assert [got[(f"{name}产业主营业务收入", "总量")][1] for name in ("铜", "钢铁", "光伏")] == [1150.0, 750.0, 200.0]


def test_a_figure_inside_the_year_is_not_the_targets_number():
    # 江西 2008 (final143): "200" of 光伏's 200亿元 was looked for in "2008年", before the intent word
    text = (CORPUS / "2008_jiangxi_gongye.txt").read_text(encoding="utf-8")
    assert found(text, 2008)[("光伏产业主营业务收入", "总量")][1] == 200.0


def test_a_horizon_of_years_from_the_pages_date_ends_in_the_plan_year():
    # 辽宁 2015 (final145): a page of 2010: "总体目标是：通过5年的努力，力争实现蔬菜年总产量达到4800万吨"
    text = (
        "辽宁推进新一轮菜篮子工程\n发布时间:2010年11月23日 13:40\n"
        "辽宁省将推进新一轮“菜篮子”工程建设,总体目标是:通过5年的努力,力争实现蔬菜年总产量达到4800万吨,"
        "水果年总产量达到800万吨。\n"
    )
    assert found(text, 2015)[("蔬菜年总产量", "总量")][1] == 4800.0
    assert "4800万吨" in listed(text, 2013)  # not the year it ends in: set aside, as before


def test_a_meetings_year_in_the_attribution_is_no_period():
    # 怀化高新区 2019 (final143): "日前从……召开的2019年工委工作会议上了解到,2018年……完成……。全年实现合同引资73.8亿元"
    text = (
        "怀化高新区2019年目标\n日前从怀化高新区召开的2019年工委工作会议上了解到,2018年怀化高新区完成技工贸总收入100.2亿元,"
        "同比增长21.91%。全年实现合同引资73.8亿元,到位资金65.7亿元。\n"
        "2019年怀化高新区经济社会发展的主要预期目标是:技工贸总收入增长20%以上;固定资产投资增长18%以上。\n"
    )
    assert sorted(v[1] for v in found(text, 2019).values()) == [18.0, 20.0]


def test_values_after_clauses_that_each_state_one():
    # 陇南 2010 (final144): "A年均增长要保持在11.5%以上,B年均增长要保持在25%以上,分别达到128亿元和22.8亿元。"
    # "A和B力争分别达到2000元和9550元,年均递增8.1%和8.6%"
    text = (
        "陇南市十一五目标\n到“十一五”末,全市国内生产总值年均增长要保持在11.5%以上,财政收入年均增长要保持在25%以上,"
        "分别达到128亿元和22.8亿元。农民的人均纯收入和城镇居民可支配收入力争分别达到2000元和9550元,年均递增8.1%和8.6%。\n"
    )
    got = found(text, 2010)
    assert got[("国内生产总值", "总量")][1] == 128.0 and got[("财政收入", "总量")][1] == 22.8
    assert got[("农民的人均纯收入", "增速")][1] == 8.1 and got[("城镇居民可支配收入", "增速")][1] == 8.6


def test_each_years_afforestation_and_a_plan_periods_yearly_average():
    # 辽中 2010 (final145): "每年计划完成造林2万亩"; "第二产业产值实现530亿元,比2005年增长172%,5年平均递增22%"
    text = (
        "辽中县十一五规划\n“十一五”期间,每年计划完成造林2万亩,5年新增10万亩森林面积。"
        "到2010年,全县第二产业产值实现530亿元,比2005年增长172%,5年平均递增22%。\n"
    )
    got = found(text, 2010)
    assert got[("造林", "总量")][1] == 2.0 and got[("第二产业产值", "增速")][1] == 22.0


def test_the_counties_whose_measure_grows_are_no_count():
    # 辽宁 2010 (final145): "44个县(市)地区生产总值增长22%以上,力争增长26%"
    text = "辽宁2010年农村工作\n2010年44个县(市)地区生产总值增长22%以上,力争增长26%。\n"
    got = found(text, 2010)
    assert [(k[1], v[1], v[2]) for k, v in got.items()] == [("增速", 22.0, "%")]
    assert "44个" in listed(text, 2010)


def test_an_industry_that_will_reach_its_income_names_it():
    # 江西 2008 (final143): "钢铁产业将实现主营业务收入750亿元" is the industry's, not a place's, income
    text = "江西2008年\n2008年,钢铁产业将实现主营业务收入750亿元,光伏产业将实现主营业务收入200亿元。\n"
    got = found(text, 2008)
    assert ("钢铁产业主营业务收入", "总量") in got and ("光伏产业主营业务收入", "总量") in got
