"""Fits for round 82 (final296–301, first run on a5a2f08d, after round 81's fits): six regions, and
what their forms showed in older plans. Each test fails on the commit of the round's first run."""

from __future__ import annotations

from tests.plan.test_generalise import listed
from tests.plan.test_generalise_final278 import _read
from tests.plan.test_generalise_final290 import _targets

# --- progress reports ---------------------------------------------------------------------------


def test_a_numbered_progress_tables_result_column_is_no_target():
    # 铜梁 2025 (final299): "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。"
    got = _read("2025_tongliang_jinzhan", 2025)
    assert got[("地区生产总值", "增速")][1] == 6.0
    assert len(got) == 9


def test_the_plan_a_progress_report_states():
    # 海南 2015 (final298): "今年全省“绿化宝岛”工程建设明确植树造林计划30万亩,其中,指令性计划15万亩、……"
    got = _read("2015_hainan_zaolin", 2015)
    assert got[("植树造林", "总量")][1] == 30.0
    # 贵港 2019 (final298): "贵港将固定资产投资的目标定为同比增长15%", "今年该市计划重点推进756个重大项目建设"
    got = _read("2019_guigang_news", 2019)
    assert got[("固定资产投资", "增速")][1] == 15.0
    assert got[("重大项目", "总量")][1] == 756.0


def test_what_of_the_years_projects_is_under_way_and_one_months_figure():
    # 吴忠 2017 (final300): "全年计划实施的100个重点工业项目中，已开(复)工98个，开工率98%，完成固定资产投资
    # 221.3亿元"; "预计9月份全市规上工业增加值增长11%"; "重点盯住50户骨干企业"
    quantities = listed("全年计划实施的100个重点工业项目中，已开（复）工98个，开工率98%，完成固定资产投资221.3亿元。", 2017)
    assert {"98个", "98%", "221.3亿元"} <= set(quantities)
    assert "11%" in listed("今年，全市工业运行平稳，预计9月份全市规上工业增加值增长11%。", 2017)
    assert "50户" in listed("今年，要采取有效措施，重点盯住50户骨干企业。", 2017)


def test_a_completion_ratio_with_the_targets_figure_inside():
    # 云南 2012 (final299): "上半年……引进省外到位资金1261.4亿元,同比增长37.7%,完成引进省外到位资金全年工作目标
    # 2150亿元的58.7%"
    text = (
        "上半年全省签订实施国内合作项目5895个，同比增长28.9%；引进省外到位资金1261.4亿元，同比增长37.7%，"
        "完成引进省外到位资金全年工作目标2150亿元的58.7%。"
    )
    assert not any(v in (1261.4, 37.7) for _, v, _, _ in _targets(text, 2012).values())


# --- headings, lists and names ------------------------------------------------------------------


def test_a_foundation_to_be_laid_is_no_heading_of_results():
    # 海盐 2023 (final296): "一、夯实稳产保供基础 / 1.……粮食播种面积稳定在34.2万亩以上"
    got = _read("2023_haiyan_yaodian", 2023)
    assert got[("粮食播种面积", "总量")][1] == 34.2


def test_a_lists_ordinal_run_into_the_paragraph_and_goals_announced():
    # 徐州 2015 (final296): "今年,……又制定了八项主要预期指标:一、农业总产值增长10%,……。四、全市肉、蛋、奶产量
    # 分别达104万吨、57万吨、22万吨。"
    got = _read("2015_xuzhou_nongye", 2015)
    assert got[("农业总产值", "增速")][1] == 10.0
    assert got[("奶产量", "总量")][1] == 22.0


def test_a_headlines_rough_figure_gives_way_to_the_exact_one():
    # 山南 2018 (final299): "今年计划造林绿化二十余万亩" then "2018年,计划造林绿化20.52万亩"
    assert _read("2018_shannan_zaolin", 2018)[("造林绿化", "总量")][1] == 20.52


def test_what_the_place_keeps_is_named_after_its_figure():
    # 常宁 2025 (final298): "紧紧围绕我市68.59万亩耕地保有量和58.24万亩永久基本农田保护目标"
    got = _targets("今年，紧紧围绕我市68.59万亩耕地保有量和58.24万亩永久基本农田保护目标，全力推进。", 2025)
    assert got[("耕地保有量", "总量")][1] == 68.59
    assert got[("永久基本农田", "总量")][1] == 58.24


def test_a_long_list_a_work_centres_on():
    # 商水 2016 (final297): "以50万亩高标准粮田防护林建设工程、生态廊道网络建设工程、……为重点"
    text = "今年，以50万亩高标准粮田防护林建设工程、生态廊道网络建设工程、城镇社区绿化美化工程、森林抚育和改造工程为重点，大力开展绿色家园建设活动。"
    assert "50万亩" in listed(text, 2016)


# --- kinds ----------------------------------------------------------------------------------------


def test_a_new_inside_a_name_and_verbs_of_their_own_share_no_increment():
    # 重庆 2016 (final299): "实现城镇新增就业60万人、城镇登记失业人员就业18万人"
    got = _targets("今年总体目标任务是：实现城镇新增就业60万人、城镇登记失业人员就业18万人。", 2016)
    assert ("城镇登记失业人员就业", "总量") in got
    # 广东 2016 (final298): "新建森林公园261个、湿地公园36个,绿化美化村庄2641个"
    assert ("绿化美化村庄", "总量") in _targets("今年新建森林公园261个、湿地公园36个，绿化美化村庄2641个。", 2016)
    # 泉州 2017: "新增谋划项目400个以上,招商(签约)项目150个以上,新开工项目70个以上"
    got = _targets("今年全市新增谋划项目400个以上，招商(签约)项目150个以上，新开工项目70个以上。", 2017)
    assert ("新开工项目", "总量") in got and ("谋划项目", "新增") in got
    # 丰岗 2015: "其中:新建茶园4万亩、补植补造1万亩"; 河北 2017: "新建……2个,验收……3个"
    assert ("补植补造", "总量") in _targets("今年全县落实种植面积5万亩，其中：新建茶园4万亩、补植补造1万亩。", 2015)
    # 黑龙江 2012: "培训新组建农机合作社驾驶员3000人" — whom the training serves
    assert ("培训新组建农机合作社驾驶员", "总量") in _targets("今年全省将培训新组建农机合作社驾驶员3000人。", 2012)
    # 平陆 2013: "新育苗10000亩"
    assert ("新育苗", "新增") in _targets("今年全区新育苗10000亩。", 2013)


def test_units_of_times_batches_and_energy_per_output():
    got = _targets("今年，单位地区生产总值能耗控制在0.34吨标准煤/万元以内，开放科研设施与仪器1.5万台次，果品质量检测2000个批次。", 2020)
    assert got[("单位地区生产总值能耗", "总量")][:3] == ("≤", 0.34, "吨标准煤/万元")
    assert got[("开放科研设施与仪器", "总量")][2] == "台次"
    assert got[("果品质量检测", "总量")][2] == "个批次"
