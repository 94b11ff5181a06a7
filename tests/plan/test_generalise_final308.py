"""Fits for round 84 (final308–313, first run on 18bff385, after round 83's fits): six regions. Each
test fails on the commit of the round's first run."""

from __future__ import annotations

from kjreport.plan import NotAPlanError
from tests.plan.test_generalise import listed
from tests.plan.test_generalise_final278 import _read
from tests.plan.test_generalise_final290 import _targets


def _read_any(stem: str, year: int) -> dict:
    """The targets of a corpus plan; none when it is refused as no plan (a results page)."""
    try:
        return _read(stem, year)
    except NotAPlanError:
        return {}

# --- reports: estimates, results and the tasks inside them --------------------------------------


def test_the_clauses_after_a_years_estimate_go_on_estimating():
    # 民和 2015 (final312, dated December): "预计全年完成地区生产总值73.9亿元,增长12.5%;行政辖固定资产投资125亿元,
    # 增长18%;……"
    assert _read_any("2015_minhe_zongjie", 2015) == {}
    # 楚雄 2012 (final161): "全年共组织申报……55项,获得立项34项,……较去年增长26%" among parts reporting 2012
    assert _read_any("2012_chuxiong_zongjie", 2012) == {}


def test_a_task_given_as_a_share_with_wei_and_the_results_growth_after_it():
    # 贞丰 2011 (final311): "目前已完成投资3.41亿元,为州下达全年目标2.8亿元的121.91%;社会固定资产投资完成30.15亿元
    # (含……),为州下达全年目标26亿元的115.96%,同比增长338.38%"
    got = _read("2011_zhenfeng_jindu", 2011)
    assert got[("社会固定资产投资", "总量")][1] == 26.0
    assert not any(v in (30.15, 338.38) for _, v, _ in got.values())


def test_an_experts_reckoning_and_what_a_goal_means_are_no_targets():
    # 河南 2007 (final309): "据专家计算,每投入1亿元的建设资金……还能创造近6000个就业机会,照此计算,……180万个"
    got = _read("2007_henan_gonglu", 2007)
    assert not any(v in (6000.0, 1800000.0) for _, v, _ in got.values())
    # 贵州 2015 (final311): "实现全省88个县(市、区)通高速公路,这意味著全省88个县(市、区)的群众……"
    assert sum(v == 88.0 for _, v, _ in _read("2015_guizhou_jiaotong", 2015).values()) == 1


# --- tables and names ---------------------------------------------------------------------------


def test_an_amount_in_percent_in_a_target_column_is_its_growth():
    # 嘉定 2021 (final308): "指标名称 | 年度目标 | 上半年完成 / 1.增加值 | 6%以上 | 16.7% / #规模以上工业总产值(区属) |
    # 5%以上 | 24.4%"
    got = _read("2021_jiading_jindu", 2021)
    assert got[("增加值", "增速")][1] == 6.0
    assert got[("规模以上工业总产值（区属）", "增速")][1] == 5.0


def test_a_province_or_a_season_before_the_verb_is_no_name():
    # 浙江 2026 (final308): "浙江目标今年完成水利投资800亿元"
    assert _targets("浙江水利\n浙江今年完成水利投资800亿元。", 2026)[("水利投资", "总量")][1] == 800.0
    # 河南 2022 (final309): "今春完成干渠生态保育带补植补造1.9万亩"
    assert ("干渠生态保育带补植补造", "总量") in _read("2022_henan_zaolin", 2022)
    # 湖南 2026 (final310): "湖南省级财政将统筹安排资金3.6亿元"; "湖南还将新增省属高校校舍面积30万平方米"
    got = _read("2026_hunan_jiaoyu", 2026)
    assert got[("省级财政安排资金", "总量")][1] == 3.6
    assert got[("省属高校校舍面积", "新增")][1] == 30.0


def test_the_task_a_higher_level_issues_and_who_is_to_bring_firms_in():
    # 江西 2017 (final309): "今年,中央下达江西省8.02万户农村危房改造任务"
    assert _read("2017_jiangxi_weifang", 2017)[("农村危房改造任务", "总量")][1] == 80200.0
    # 凤城 2014 (final313): "招商局要引进千万元以上铸造企业10户,外经局要引进5户"
    assert _read("2014_fengcheng_news", 2014)[("外经局引进", "总量")][1] == 5.0


def test_the_years_investment_of_each_kind_of_project_in_a_batch():
    # 格尔木 2023 (final312): "海西州格尔木市100个项目集中开复工" (the headline); "一般性工业项目11个,年内计划完成
    # 投资10.1亿元,主要有中信昆仑2万吨碳酸锂、……"
    got = _read("2023_geermu_xiangmu", 2023)
    assert got[("一般性工业项目年内计划完成投资", "总量")][1] == 10.1
    assert not any(v in (100.0, 2.0, 240.0) for _, v, _ in got.values())


def test_planting_density_repairs_and_a_lost_figure_before_wan():
    # 张家川 2016 (final312): "按照作业设计,每亩栽植落叶松、油松、沙棘167株"
    assert "167株" in listed("张家川造林\n今年，按照作业设计，每亩栽植落叶松、油松、沙棘167株，工程造林任务7600亩。", 2016)
    # 农安 2014 (final313): "计划新建道路8条、大修道路2条、改造巷道18条"
    got = _targets("农安城建\n今年计划新建道路8条、大修道路2条、改造巷道18条。", 2014)
    assert got[("大修道路", "总量")][1] == 2.0
    # 南川 2022 (final311): "金佛山景区购票游客稳定在万人次以上" (the digits before 万 lost by the copy)
    assert not _targets("南川旅游\n力争全年金佛山景区购票游客稳定在万人次以上。", 2022)
    # 四川 2018 (final311): "分层分级建设200个现代农业产业融合示范园区" (not the catalogue's 农业科技示范园区)
    got = _targets("四川农业\n今年将分层分级建设200个现代农业产业融合示范园区。", 2018)
    assert got[("现代农业产业融合示范园区", "总量")][1:3] == (200.0, "个")
