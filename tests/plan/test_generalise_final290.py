"""Fits for round 81 (final290–295, first run on fdd6b11d, after round 80's fits): six regions. Each
test fails on the commit of the round's first run."""

from __future__ import annotations

from tests.plan.test_generalise import listed, parse
from tests.plan.test_generalise_final278 import _read


def _targets(text: str, year: int) -> dict[tuple[str, str], tuple]:
    return {(t.indicator, t.kind): (t.comparison, t.value, t.unit, t.stretch) for t in parse(text, year).targets}


# --- a report of work under way that states the plan it follows -------------------------------


def test_the_task_list_a_report_announces_sets_out_the_years_targets():
    # 邢台 2023 (final295): "……研究制定……重点任务清单……。任务清单明确，年底前，我市将……，全年新签约落地京津项目
    # 30个以上……。强化协同创新，新建省级院士合作重点单位2家，……" in a news report that opens with progress
    got = _read("2023_xingtai_news", 2023)
    assert got[("国家科技型中小企业", "新增")][1] == 1100.0
    assert got[("生猪蛋鸡应急保障供应基地", "总量")][:2] == ("≈", 10.0)
    assert len(got) >= 10


def test_a_seasons_plan_in_a_report_of_work_done():
    # 和政 2018 (final294): "据悉，该县今秋明春计划投资2000万元，完成造林4.76万亩。其中，生态林3.76万亩（……）"
    got = _read("2018_hezheng_zaolin", 2018)
    assert got[("造林", "总量")][1] == 4.76
    assert got[("生态林", "总量")][1] == 3.76
    assert got[("投资", "总量")][1:] == (2000.0, "万元")


def test_the_years_plan_restated_in_its_report_and_where_the_work_is_done():
    # 宜宾 2014 (final293): "全市计划在10县(区)解决农村饮水安全32.5万人。共解决了……38.39万人"
    got = _read("2014_yibin_shuili", 2014)
    assert got[("农村饮水安全", "总量")][1] == 32.5
    assert got[("中小河流治理项目", "总量")][1] == 6.0
    assert 38.39 not in {v for _, v, _ in got.values()}


# --- what a count is of ------------------------------------------------------------------------


def test_the_pool_chosen_from_is_no_target():
    # 南昌 2017 (final291): "我市还从328个重大重点项目中筛选出105个……的项目"
    assert "328个" in listed("2017年，我市还从328个重大重点项目中筛选出105个投资额较大的项目，作为重点推进项目。", 2017)


def test_places_listed_and_lifted_out_of_poverty():
    # 宁夏 2018 (final294): "确保隆德、泾源、彭阳3个县脱贫摘帽"; 宁夏 2017: "盐池、彭阳、隆德、泾源4个贫困县脱贫摘帽"
    got = _read("2018_ningxia_tuopin", 2018)
    assert got[("县脱贫摘帽", "总量")][1] == 3.0
    assert ("贫困县脱贫摘帽", "总量") in _read("2017_ningxia_tuopin", 2017)


def test_one_places_share_and_a_policys_rule_are_no_targets():
    # 海南 2018 (final292): "……目标任务是2.5万户，其中海口目标任务1180户"; "原则上D级危房改造补助不低于3.5万元"
    got = _read("2018_hainan_weigai", 2018)
    assert [v for _, v, _ in got.values()] == [25000.0]


def test_the_project_size_of_an_investments_scope_is_part_of_its_name():
    # 临沧 2012 (final293): "50萬元以上固定資產投資在2011年的基礎上新增100億元"
    got = _targets("今年，全市500万元以上固定资产投资增长20%，50万元以上固定资产投资新增100亿元。", 2012)
    assert got[("500万元以上固定资产投资", "增速")][1] == 20.0
    assert got[("50万元以上固定资产投资", "新增")][1:3] == (100.0, "亿元")


def test_a_stretch_that_says_the_name_again():
    # 重庆 2017 (final293): "今年計劃搬遷8.7萬人,力爭搬遷10萬人以上"
    got = _targets("今年计划搬迁8.7万人，力争搬迁10万人以上。", 2017)
    assert got[("搬迁", "总量")][1:] == (8.7, "万人", 10.0)
    got = _targets("今年全市确保新增高新技术企业50家，力争新增高新技术企业60家。", 2017)
    assert got[("高新技术企业", "新增")][1:] == (50.0, "家", 60.0)


def test_the_same_investment_said_twice_is_one_target():
    # 安徽 2017 (final291): "在水利工程建设上将力争完成投资270亿元以上" / "全年力争完成工程投资270亿元以上"
    got = _read("2017_anhui_shuili", 2017)
    assert list(got) == [("水利工程建设投资", "总量")]


def test_two_rates_joined_by_he_share_their_level():
    # 洞头 2014 (final290): "生活垃圾收集率和垃圾无害化处理率达到100%"
    got = _targets("今年，全县生活垃圾收集率和垃圾无害化处理率达到100%。", 2014)
    assert got[("生活垃圾收集率", "总量")][1] == got[("垃圾无害化处理率", "总量")][1] == 100.0


def test_workdays_of_labour_and_works_put_to_use():
    # 辽宁 2012 (final295): "投劳突破1亿个工日", "汛前将完成88座重点小型水库除险加固并投入使用"
    got = _read("2012_liaoning_shuili", 2012)
    assert got[("投劳", "总量")][1:] == (1.0, "亿个工日")
    assert got[("重点小型水库除险加固", "总量")][1] == 88.0


def test_a_drives_days_a_missions_places_and_a_problem_are_no_targets():
    # 湘乡 2012 (final292): "奋战100天"; 江西 2019 (final291): "赴北京、上海、广州等8個省市地區開展……";
    # 江苏 2018 (final290): "全省“斷頭路”約1800公里,制約了……"
    assert "100天" in listed("今年，全市计划筹资各类资金2亿元，奋战100天，完成1万处以上水利工程项目。", 2012)
    assert "8个" in listed("2019年，江西省还将赴北京、上海、广州等8个省市地区开展一系列重大招商引资活动。", 2019)
    assert "1800公里" in listed("今年，全省“断头路”约1800公里，制约了全省区域协调发展。全省新改建农村路4000公里。", 2018)


def test_what_is_restored_or_improved_is_no_increment():
    # 湘乡 2012 (final292): "新增保收面积0.4万亩,恢复灌溉面积0.8万亩"
    got = _targets("今年新增保收面积0.4万亩，恢复灌溉面积0.8万亩。", 2012)
    assert ("恢复灌溉面积", "总量") in got


def test_the_plan_a_count_is_listed_in_and_a_figure_restated_in_brackets():
    # 山东 2013 (final290): "完成国家规划内80条中小河流治理"; 和政 2018 (final294): "经济林1万亩(退耕还林1万亩)"
    assert ("中小河流治理", "总量") in _targets("今年全省将完成国家规划内80条中小河流治理。", 2013)
    got = _targets("今年全县完成造林4.76万亩，其中生态林3.76万亩，经济林1万亩（退耕还林1万亩）。", 2018)
    assert ("经济林", "总量") in got and ("退耕还林", "总量") not in got
