"""Rules from final59's first run (round 25; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on c8b09a0 (the parser final59 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_newly_created_and_newly_opened_are_new_and_a_drafted_standard_is_not():
    # 泰兴 2011 "力争新创国家级名牌产品或驰名商标2-3个，参与制(修)定国家、行业标准3-5个"; "新办民营企业1500家"
    text = (
        "某市2024年政府工作报告\n一、主要目标\n力争新创省级以上品牌产品5个，参与制定团体标准8个；"
        "全年新办个体工商户3000户。\n"
    )
    got = found(text, 2024)
    assert got[("省级以上品牌产品", "新增")] == ("≥", 5.0, "个", None)
    assert ("参与制定团体标准", "总量") in got
    assert got[("个体工商户", "新增")] == ("≥", 3000.0, "户", None)


def test_one_about_before_the_goal_holds_for_its_list():
    # 常州高新区 2014 "瞄准地区生产总值增长10%、城乡居民人均收入增长12%左右的目标"
    text = "某区2024年经济工作会议\n今年将瞄准规上工业产值增长8%、一般公共预算收入增长6%左右的目标，主攻重大项目。\n"
    got = found(text, 2024)
    assert got[("规上工业产值", "增速")] == ("≈", 8.0, "%", None)
    assert got[("一般公共预算收入", "增速")] == ("≈", 6.0, "%", None)


def test_an_alternative_word_in_a_name_and_the_scope_of_a_five_year_period():
    # 芜湖 2020 "“十三五”期间围绕15个开发区，……力争在“十三五”末开发区实现经营(销售)收入10000亿元"
    text = (
        "某市开发区“十三五”发展规划\n“十三五”期间围绕12个开发区，培育支持30个领军企业，"
        "力争在“十三五”末开发区实现营业(销售)收入6000亿元。\n"
    )
    got = found(text, 2020)
    assert got[("开发区营业收入", "总量")] == ("≥", 6000.0, "亿元", None)
    assert all(v[1] != 12.0 for v in got.values())


def test_a_yearly_average_over_coming_years_and_a_count_over_a_threshold_without_de():
    # 茂名 2018 "力争再用3年左右时间，……工业技术改造投资年均增长20%左右"; "建成1个产值超200亿产业园区"
    text = (
        "某市2024年工作要点\n一、主要目标\n力争再用3年时间，推动规上工业企业数字化改造全覆盖，工业投资年均增长12%左右。"
        "力争年内建成2个产值超100亿产业园区。\n"
    )
    got = found(text, 2024)
    assert got[("工业投资", "增速")] == ("≈", 12.0, "%", None)
    assert got[("产值超100亿元的产业园区", "总量")] == ("≥", 2.0, "个", None)


def test_to_whom_inside_what_is_done_is_no_scope():
    # 泉州 2020 "开展对台交流活动10批次": 对台 is part of the activity, not a group the count is about
    text = "某园区2024年工作安排\n今年将开展对台交流活动8批次，新增孵化服务企业3家。\n"
    got = found(text, 2024)
    assert got[("对台交流活动", "总量")] == ("≥", 8.0, "批次", None)
