"""Fits for round 79 (final278–283, first run on d841d699, the last stop): six regions. Each test
fails on the commit of the round's first run."""

from __future__ import annotations

from pathlib import Path

from kjreport.plan import import_plan
from tests.plan.test_generalise import listed

CORPUS = Path(__file__).parent / "corpus"


def _read(stem: str, year: int) -> dict[tuple[str, str], tuple]:
    r = import_plan(CORPUS / f"{stem}.txt", require_targets=False, year=year)
    return {(t.indicator, t.kind): (t.comparison, t.value, t.unit) for t in r.targets}


# --- progress reports: the year's task beside how far it has come -----------------------------


def test_a_progress_tables_row_states_the_task_before_its_progress():
    # 寿县 2023 (final279): "2.募集青年就业见习岗位325个 完成330个,完成率101.54%" (年度目标任务 | 完成进度)
    got = _read("2023_shouxian_baogao", 2023)
    assert got[("募集青年就业见习岗位", "总量")][1] == 325.0
    assert got[("技能人才", "新增")][1] == 4000.0
    # a heading on the row's line is no part of the name: "二、“新徽菜·名徽厨”行动(2项指标) *1.开展……"
    assert got[("徽菜师傅技能培训", "总量")][1] == 240.0
    assert got[("城市老年食堂（助餐点）", "新增")][1] == 6.0
    assert not any(value in (330.0, 736.0, 2579.0) for _, value, _ in got.values())


def test_migrant_workers_training_is_not_farmers_training():
    # 寿县 2023: "6.开展农民工职业技能培训4300人次" is no 培训农民 (万人次)
    got = _read("2023_shouxian_baogao", 2023)
    assert got[("农民工职业技能培训", "总量")][1:] == (4300.0, "人次")
    assert ("培训农民", "总量") not in got


def test_the_ages_of_a_nursery_class_are_no_range_target():
    # 寿县 2023: "各县(区)不少于15%的幼儿园开设2-3岁托班"
    assert "2-3岁" in listed("2023年，各县（区）不少于15%的幼儿园开设2-3岁托班。", 2023)


def test_a_task_by_its_year_then_the_months_so_far_in_a_results_part():
    # 浙江 2021 (final278), under "一、全省水利投资完成情况": "2021年全省水利投资确保完成500亿元。1~7月……"
    got = _read("2021_zhejiang_baogao", 2021)
    assert got[("水利投资", "总量")][1] == 500.0
    assert any(value == 200.0 and unit == "亿元" for _, value, unit in got.values())
    # "……计划完成37.6亿元、完成率60.2%", "项目平均进度71.1%": how far it has come
    assert not any(value in (37.6, 60.2, 71.1) for _, value, _ in got.values())


def test_last_years_task_in_a_ratio_after_who_said_it_is_past():
    # 黔西南 2019 (final281): "他说，2018年，黔西南州……完成到位资金926.25亿元，完成年度目标870亿元的106.47%"
    got = _read("2019_qianxinan_zhaoshang", 2019)
    assert not any(value == 870.0 for _, value, _ in got.values())


def test_a_task_named_by_what_it_counts_inside_a_ratio():
    # 海北 2013 (final282): "2013年上半年，……签约招商引资项目19个，签约金额达57.78亿元，完成签约目标50亿元的115.56%"
    got = _read("2013_haibei_news", 2013)
    assert got[("签约金额", "总量")][1] == 50.0
    assert not any(value in (19.0, 57.78) for _, value, _ in got.values())


def test_the_months_that_open_a_sentence_report_up_to_its_intent():
    # 文山 2023 (final281): "今年1月至10月，……实现旅游收入407.81亿元，……，力争实现全年……旅游收入450亿元"
    got = _read("2023_wenshan_lvyou", 2023)
    assert got[("旅游收入", "总量")][1] == 450.0


# --- years ------------------------------------------------------------------------------------


def test_a_place_then_its_past_year_frames_the_clauses_after():
    # 江西 2012 (final279): "据了解，江西2011年全省城镇新增就业52万人，……；选拔1791名……；……"
    got = _read("2012_jiangxi_huiyi", 2012)
    assert set(got) == {("就业", "新增"), ("城镇就业率", "总量")}


def test_a_span_of_years_is_not_within_the_year():
    # 新疆 2018 (final282): "2017年初，新疆提出实施喀什、和田两地3年内转移10万人就业计划，当年开展各类职业培训125.9万人次"
    got = _read("2018_xinjiang_news", 2018)
    assert not any(value in (125.9, 47000.0, 4.7) for _, value, _ in got.values())


def test_a_paragraph_opened_by_a_five_year_period_is_that_periods():
    # 云南 2006 (final281): "“\n\n十一五”期间,云南将……。云南省计划城镇新增就业100万人以上，城镇失业人员实现再就业50万人以上"
    got = _read("2006_yunnan_jiuye", 2006)
    assert not any(value == 50.0 and unit == "万人" and kind == "总量" for (_, kind), (_, value, unit) in got.items())
    # "城镇登记失业率为4.3%，控制在“十五”计划确定的5%的目标之内": the old goal kept to
    assert not any(value == 5.0 for _, value, _ in got.values())


def test_three_years_of_projects_are_their_sum():
    # 重庆 2025 (final281, a 2023—2025 plan): "未来三年，全市将实施水利项目1800个以上"
    got = _read("2025_chongqing_shuili", 2025)
    assert got[("水利项目", "累计")][1] == 1800.0
    assert got[("水土保持率", "总量")][1] == 72.2  # "水土保持率提高到72.2%以上": 保持 inside the name


# --- not targets ------------------------------------------------------------------------------


def test_what_a_layout_is_built_on_is_no_target():
    # 浙江 2015 (final182): "要完善以200个省级中心镇为节点的小城镇、中心村布局，着力培育1200个中心村"
    assert "200个" in listed("2015年，要完善以200个省级中心镇为节点的小城镇、中心村布局，着力培育1200个中心村。", 2015)


def test_the_kinds_a_total_of_projects_is_made_of():
    # 镇江 2016 (final278): "40个重点旅游项目……，主要包括……等7个传统文化类项目；……等12个生态休闲类项目；……"
    got = _read("2016_zhenjiang_news", 2016)
    assert not any(value in (12.0, 9.0, 4.0) for _, value, _ in got.values())
    # "13个重点旅游景区接待游客增长16%以上，国家级、省级旅游品牌新增20项以上目标"
    assert any(value == 16.0 and kind == "增速" for (_, kind), (_, value, _) in got.items())
    assert got[("国家级、省级旅游品牌", "新增")][1] == 20.0
    assert not any(value == 13.0 for _, value, _ in got.values())


def test_tiers_descriptions_and_capacities_in_project_names():
    # 河南 2011 (final279): "培育一批千亿元产业集群", "6个高成长性产业是我省事关全局的重大项目",
    # "实施宇通2万辆客车扩产和5000台客车专用车新建项目、……等30个重点项目"
    got = _read("2011_henan_news", 2011)
    assert not any(value in (1000.0, 6.0, 2.0, 5000.0) for _, value, _ in got.values())
    assert got[("整车产销", "总量")][1] == 50.0


def test_counts_of_indicators_and_of_pieces_of_work():
    # 咸宁 2024 (final280): "力争14项考核指标逆势而上"; 云南 2022 (final281): "突出抓好21项重点工作落实"
    assert "14项" in listed("2024年，力争14项考核指标逆势而上。", 2024)
    assert "21项" in listed("2022年要突出抓好21项重点工作落实。", 2022)


def test_the_bar_of_what_is_counted():
    # 泸州 2012 (final281): "主营业务收入100亿元以上园区达到6个，其中200亿元以上园区达到2个"
    got = _read("2012_luzhou_gongye", 2012)
    assert not any(value in (100.0, 200.0) and unit == "亿元" for _, value, unit in got.values())
    assert sorted(value for _, value, unit in got.values() if unit == "个") == [2.0, 6.0]


# --- names, units and kinds -------------------------------------------------------------------


def test_the_name_after_the_fields_around_which_it_is_done():
    # 咸宁 2024: "围绕激光雷达、测绘和遥感等产业导入科技型企业3家", "力争市级在全省综合考评中保持全省前10位"
    got = _read("2024_xianning_yaodian", 2024)
    assert got[("导入科技型企业", "总量")][1] == 3.0
    assert not any(name.startswith("市级") for name, _ in got)


def test_working_days_and_what_is_cut_to_them():
    # 唐山 2020 (final283): "工程建设项目审批总时限压缩至50个工作日以内"
    got = _read("2020_tangshan_news", 2020)
    assert got[("工程建设项目审批总时限", "总量")] == ("≤", 50.0, "个工作日")


def test_built_this_year_beside_the_total_area_it_brings():
    # 河北 2020 (final283): "建设高标准农田286万亩，使高标准农田总面积达到4982万亩"
    got = _read("2020_hebei_news", 2020)
    assert got[("高标准农田", "新增")][1] == 286.0
    assert got[("高标准农田总面积", "总量")][1] == 4982.0


def test_an_area_kept_stable_is_a_target():
    # 三亚 2021 (final280): "稳定常年蔬菜基地保有面积1.5万亩,扶持建设市级常年蔬菜骨干基地2000亩"
    got = _read("2021_sanya_news", 2021)
    assert got[("常年蔬菜基地保有面积", "总量")][1] == 1.5
    assert any(value == 2000.0 for _, value, _ in got.values())
