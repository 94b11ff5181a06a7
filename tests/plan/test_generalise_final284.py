"""Fits for round 80 (final284–289, first run on b04e4f3a, after round 79's fits): six regions. Each
test fails on the commit of the round's first run."""

from __future__ import annotations

from tests.plan.test_generalise import listed
from tests.plan.test_generalise_final278 import _read


def test_an_experience_report_is_results():
    # 藤县 2007 (final286): "……全县实现地区生产总值69.00亿元,增长19.4%；……。我们的主要做法是:"
    assert _read("2007_tengxian_zongjie", 2007) == {}


def test_a_span_of_years_ahead_and_where_the_work_is_carried_out():
    # 新疆 2010 (final288): "未来3至5年时间，完成造林面积1671万亩，……46%铁路里程……得到绿化",
    # "这四项绿化工程建设将在全区87个县市区逐步开展"
    got = _read("2010_xinjiang_news", 2010)
    assert not any(value in (1671.0, 46.0, 64.0, 87.0) for _, value, _ in got.values())
    assert got[("营造林", "总量")][1] == 400.0


def test_a_year_written_without_its_nian():
    # 长兴 2018 (final284): "2017是该县实施“5550”工程的第一年，……完成投资10亿元"
    assert "10亿元" in listed("2017是该县实施“5550”工程的第一年，全县完成投资10亿元。2018年，该县将投入资金12亿元。", 2018)


def test_the_verb_that_announces_a_goal_is_no_name():
    # 海南州 2014 (final288): "……建设，部署力争实现旅游总收入8.4亿元，同比增长20%"
    got = _read("2014_hainanzhou_news", 2014)
    assert got[("旅游总收入", "总量")][1] == 8.4
    assert not any(name == "部署" for name, _ in got)


def test_what_a_place_has_and_what_waits_in_line():
    # 昆明 2013 (final287): "昆明拥有世界500强企业17家"; 万州 2023 (final287): "还有25家工业企业等待培育升规"
    assert "17家" in listed("2013年，昆明拥有世界500强企业17家，力争新增总部企业20户。", 2013)
    assert "25家" in listed("2023年，全区要实现工业总产值630亿元，还有25家工业企业等待培育升规。", 2023)


def test_a_firms_park_size_and_money_per_mu():
    # 乡宁 2016 (final289): "大力抓好戎子酒庄5000亩现代农业园区……建设"; 安徽 2023 (final285): "亩均财政投入提高到2500元以上"
    assert not any("酒庄" in name or "公司" in name for name, _ in _read("2016_xiangning_news", 2016))
    assert not any(value == 2500.0 for _, value, _ in _read("2023_anhui_nongye", 2023).values())


def test_a_quarter_opened_sentence_reports_its_figures():
    # 重庆 2021 (final287): "……获悉，今年一季度，……——城镇新增就业16.26万人，完成全年目标任务的27.1%，登记失业率4.62%"
    got = _read("2021_chongqing_news", 2021)
    assert not any(value == 4.62 for _, value, _ in got.values())


def test_indicators_that_reach_the_planned_pace_are_counted_not_set():
    # 云南 2018 (final287): "……等8项指标达到或超过计划目标序时进度"
    text = "2018年，地区生产总值、城镇新增就业人数等8项指标达到或超过计划目标序时进度；全年力争新增企业50家。"
    assert "8项" in listed(text, 2018)


def test_yearly_growth_written_nian_jun_zeng():
    # 师宗 2025 (final287): "力争实现农业总产值104亿元以上、年均增10%以上"
    got = _read("2025_shizong_fangan", 2025)
    assert got[("农业总产值", "增速")][1] == 10.0
    assert got[("畜牧业产值", "增速")][1] == 6.6


def test_raising_a_completion_rate_is_a_plan_and_a_count_over_a_comma_keeps_its_own_verb():
    # 常州 2015 (final284): "积极实施150个省、市重点项目，着力提升投资完成率、……，年内完成投资634亿元"
    assert any(value == 634.0 for _, value, _ in _read("2015_changzhou_baogao", 2015).values())
    # 奉贤 2027 (final284): "新增单项冠军、独角兽和科创上市企业等10家，国家高新技术企业超2600家"
    assert _read("2027_fengxian_news", 2027)[("高新技术企业", "总量")][1] == 2600.0


def test_a_quoted_slogans_first_is_no_rank():
    # 鹰潭 2025 (final285): "争创新时代‘第一等工作’”的奋斗目标"
    got = _read("2025_yingtan_fangan", 2025)
    assert not any(unit == "位" for _, _, unit in got.values())


def test_a_link_farms_words_spliced_into_a_page():
    # 湖北 2024 (final208): "單位GDP能光算谷歌seotrong>光算谷歌外链耗降低2.5%左右"
    got = _read("2024_hubei_news", 2024)
    assert not any("光算" in name for name, _ in got)


def test_names_listed_before_their_common_label_share_its_growth():
    # 法库 2007 (final289): "地區生產總值、……、直接利用外資、農民人均純收入等主要經濟指標同比增長30%以上"
    got = _read("2007_faku_news", 2007)
    for name in ("地区生产总值", "固定资产投资", "直接利用外资", "农民人均纯收入"):
        assert got[(name, "增速")][1] == 30.0
    assert not any(name == "主要经济指标" for name, _ in got)
