"""Fits for round 83 (final302–307, first run on db37d0f4, the last stop): six regions. Each test
fails on the commit of the round's first run."""

from __future__ import annotations

from tests.plan.test_generalise import listed
from tests.plan.test_generalise_final278 import _read
from tests.plan.test_generalise_final290 import _targets

# --- reports that state the year's task -------------------------------------------------------


def test_a_completion_table_of_the_workbooks_year_holds_its_targets():
    # 长宁 2017 (final302): "表1 2017年长宁区……主要目标完成情况 / 序号 / 指标名称 / 目标值 / 预计完成情况 / 1 /
    # 区级一般公共预算收入 / 增速7%左右 / 7.05%" — read for 2017, the 目标值 column is that year's targets
    got = _read("2017_changning_zhixing", 2017)
    assert got[("区级一般公共预算收入", "增速")][:2] == ("≈", 7.0)
    assert got[("跨国地区总部", "新增")][1] == 3.0
    assert len(got) == 12


def test_the_plan_figure_inside_a_share_of_the_plan():
    # 沾益 2014 (final305): "生猪出栏127.24万头，占计划数127.23万头的100.01%"; "预计可达到32.33亿元，占计划数
    # 32.26的100.22%" (the plan's figure with no unit)
    got = _read("2014_zhanyi_xumu", 2014)
    assert got[("生猪出栏", "总量")][1] == 1272300.0
    assert got[("牧业产值", "总量")][1:] == (32.26, "")
    assert len(got) == 8


def test_a_task_in_wan_a_ceiling_beaten_and_a_ratios_bare_subject():
    # 山东 2011 (final302): "城镇新增就业完成年度计划(100万)的98%"; "城镇登记失业率3.34%,低于年初确定的4%的控制目标"
    text = (
        "山东就业\n据介绍，截至9月底，山东全省城镇新增就业完成年度计划（100万）的98%，同比增长8.2%；新增农村劳动力"
        "转移就业115.2万人，完成年度计划（120万）的95.8%；城镇登记失业率3.34%，低于年初确定的4%的控制目标。"
    )
    got = _targets(text, 2011)
    assert got[("城镇新增就业", "新增")][1:3] == (1000000.0, "人")
    assert got[("农村劳动力转移就业", "新增")][1] == 1200000.0
    assert got[("城镇登记失业率", "总量")][:2] == ("≤", 4.0)
    assert len(got) == 3


def test_the_tasks_a_higher_level_sets_and_a_reports_main_tasks():
    # 昆明 2016 (final305): "省级下达昆明市2016年退耕还林的计划任务有:新一轮退耕还林5万亩,项目涉及宜良、富民……等6个
    # 县(区);……开展技术培训3万人,补植补造4.4万亩,项目涉及宜良、石林……7个县(区)"
    got = _read("2016_kunming_tuigeng", 2016)
    assert got[("新一轮退耕还林", "总量")][1] == 5.0
    assert got[("补植补造", "总量")][1] == 4.4
    assert len(got) == 5
    # 马鞍山 2018 (final303): "今年,马鞍山该民生工程的主要任务包括:……新开工建设雨山区采石河……等3条中小河流治理项目"
    # ("2017年开工建设的" names the works, not the year of the target)
    text = "关于水利\n今年，全市的主要任务包括：基本完成2017年开工建设的青山河等6条中小河流治理项目的主体工程。"
    assert "6条" not in listed(text, 2018)
    assert any(v == 6.0 for _, v, _, _ in _targets(text, 2018).values())


def test_a_years_plan_in_a_report_of_projects_begun_and_its_parts():
    # 横山 2021 (final306): "据了解,2021年横山区计划安排重点建设项目92个,总投资1257.3亿元。其中,重大前期项目12个,
    # 总投资472.3亿元"
    got = _read("2021_hengshan_news", 2021)
    assert got[("重点建设项目", "总量")][1] == 92.0
    assert got[("重大前期项目", "总量")][1] == 12.0
    assert got[("重大前期项目总投资", "总量")][1] == 472.3


def test_the_years_works_listed_among_the_things_done_for_the_people():
    # 秦皇岛 2017 (final307): "2017年,我市30所学校幼儿园建设列入为民办实事工程,包括幼儿园16所、小学8所、初中6所,
    # 总建筑面积约24万平方米,总投资约8亿元。其中海港区5所,……"
    got = _read("2017_qinhuangdao_xuexiao", 2017)
    assert got[("学校幼儿园建设", "总量")][1] == 30.0
    assert got[("总投资", "总量")][:2] == ("≈", 8.0)
    assert len(got) == 6


def test_a_report_of_this_years_results_reads_a_bare_this_year_as_results():
    # 乌敦套海 2014 (final307): "……于是,该镇掀起农田水利基本建设热潮。今年,完成涉农建设项目5.64万亩,其中:……" in a
    # text whose other parts report this year's work done ("今年,该镇成功拍卖……,目前已完成主体工程建设")
    assert _read("2014_wuduntaohai_news", 2014) == {}


def test_what_the_year_will_solve():
    # 兵团 2014 (final306): "重点用于困难家庭住房建设,全力解决1.87万户困难家庭住房问题"
    got = _read("2014_bingtuan_anju", 2014)
    assert got[("解决", "总量")][1] == 18700.0


# --- breakdowns by place ------------------------------------------------------------------------


def test_a_breakdown_by_district_and_town_is_no_target():
    # 衡水 2022 (final307): "其中,桃城区3所、冀州区1所、……景县2所"; "其中,桃城区新改扩建中小学3所,……;冀州区新建中学
    # 1所,……"; "16所中小学幼儿园建设项目涉及8个县市区"; "衡水市年将完成" (the year's digits lost)
    got = _read("2022_hengshui_xuexiao", 2022)
    assert got == {
        ("新改扩建中小学、幼儿园", "总量"): ("≥", 16.0, "所"),
        ("总建筑面积", "总量"): ("≥", 8.4, "万平方米"),
        ("总投资", "总量"): ("≥", 2.46, "亿元"),
    }
    # 灵武 2018 (final306): "其中,新建片区7万亩、崇兴镇1万亩、……灵武农场1.5万亩"; "涉及该市8个乡镇(场)32个行政村
    # 15个重点治理片区"
    got = _read("2018_lingwu_news", 2018)
    assert got[("片区", "新增")][1] == 7.0
    assert len(got) == 4
    # a zone keeps its share ("其中核心区8家", 郑洛新 2020)
    got = _targets("郑洛新三市新增省级以上创新孵化载体20家，其中核心区8家。", 2020)
    assert got[("核心区省级以上创新孵化载体", "新增")][1] == 8.0


# --- names --------------------------------------------------------------------------------------


def test_names_of_works_finished_funds_purposes_and_a_pool():
    # 贵州 2017 (final305): "全省将新改建农村公路1.9万公里,建成1.79万公里"; "其中200亿元用于农村公路建设"
    got = _targets("贵州交通\n全省将新改建农村公路1.9万公里，建成1.79万公里。", 2017)
    assert got[("建成农村公路", "总量")][1] == 1.79
    got = _read("2017_guizhou_gonglu", 2017)
    assert got[("农村公路建设资金", "总量")][1] == 200.0
    # 北京 2011 (final307): "11个新城滨河森林公园中的5处将在年内建成开放"
    got = _read("2011_beijing_yuanlin", 2011)
    assert got[("新城滨河森林公园", "总量")][1] == 5.0
    assert not any(v == 11.0 for _, v, _ in got.values())
    # 甘孜 2025 (final305): "建设集种草、养殖、加工、销售、牧旅为一体的现代化牧场试点6个"
    assert _read("2025_ganzi_baogao", 2025)[("现代化牧场试点", "总量")][1] == 6.0


def test_who_set_the_goal_a_goal_restated_and_a_places_economy():
    # 信阳 2010 (final303): "为实现13%的增长目标,市委经济工作会议还确定了地方财政一般预算收入增长10%、……"
    got = _read("2010_xinyang_news", 2010)
    assert got[("地方财政一般预算收入", "增速")][1] == 10.0
    assert len(got) == 6
    # 塘厦 2022 (final304): "今年,塘厦镇经济增长的预期目标为10%"
    assert _read("2022_tangxia_news", 2022)[("地区生产总值", "增速")][1] == 10.0
    # 黑龙江 2012 (final307): "今年全省计划再投资180亿元以上"
    assert _read("2012_heilongjiang_shuili", 2012)[("投资", "总量")][1] == 180.0


def test_kilometres_in_latin_letters_and_a_planted_crop():
    # 广西 2009 (final304): "开工里程达500km以上"; "开工路网项目500km,建成700km"
    got = _read("2009_guangxi_jiaotong", 2009)
    assert got[("开工农村公路", "总量")][1:] == (7200.0, "km")
    assert got[("建成路网项目", "总量")][1] == 700.0
    # 齐齐哈尔 2011 (final307): "今年新培育红松坚果林6000亩,栽植林果6000亩"
    assert _read("2011_qiqihar_zaolin", 2011)[("栽植林果", "总量")][1] == 6000.0


def test_the_cost_of_the_years_works_counted():
    # 歙县 2025 (final303): "2025年歙县将计划新开工和续建防洪类项目共10个,总投资28.23亿元"
    assert _read("2025_shexian_shuili", 2025)[("防洪类项目总投资", "总量")][1] == 28.23
