"""Fits for the blind batches of round 45 (final115 华东华中, final116 华南西南西北, final117 华北东北):
each failed on its first run (0bc048b / efe15a5, the same parser)."""

from __future__ import annotations

from kjreport.plan.review import plan_headings, review_flags
from tests.plan.test_generalise import found, listed, parse


def test_a_unit_written_with_its_magnitude_is_no_money():
    # 修武 2012 (final115): "年内纺织规模超过60万锭" (spindles, not 60万元)
    text = "修武县2012年工作安排\n加快纺织项目建设，年内纺织规模超过60万锭；年内饲料生产能力达到125万吨。\n"
    got = found(text, 2012)
    assert got[("纺织", "总量")] == ("≥", 60.0, "万锭", None)
    # guard: money is still money
    assert found("某县2012年工作安排\n技术合同成交额达到60万。\n", 2012)[("技术合同成交额", "总量")][2] == "万元"


def test_a_part_headed_with_an_earlier_year_beside_the_plan_years_part_is_its_review():
    # 孟州 2013 (final115): "一、 精彩的2012年" / "二、奋进的2013年"
    text = (
        "孟州市2013年政府工作报告\n一、 精彩的2012年\n"
        "孟州市地区生产总值、全社会固定资产投资同比分别增长13.4%、21.3%。7条城市道路基本完工，城镇常住人口达到15万人。\n"
        "二、奋进的2013年\n(二)主要目标:地区生产总值增长11%;全社会固定资产投资增长22%;城镇登记失业率控制在4.2%以内。\n"
    )
    got = found(text, 2013)
    assert got[("全社会固定资产投资", "增速")][1] == 22.0
    assert {v[1] for v in got.values()} == {11.0, 22.0, 4.2}
    assert "成绩" in listed(text, 2013)["15万人"]


def test_events_held_with_a_floor_are_a_target():
    # 常州 2015 (final115): a count of 对接活动 "10次以上" in the bureau's target table
    text = "常州市科技局2015年目标任务\n组织“5.18”展洽会等重大产学研对接活动10次以上，组织区域性、行业性产学研专题活动50场以上。\n"
    got = found(text, 2015)
    assert got[("重大产学研对接活动", "总量")] == ("≥", 10.0, "次", None)
    # guard: sessions held with no floor stay the measure's workload
    assert "场次" in listed("某县2015年工作要点\n分县市区举办5场专场培训。\n", 2015)["5场"]


def test_a_progress_report_line_states_the_years_plan_before_the_result_so_far():
    # 武昌 2018 (final115): "上半年计划执行情况" / "——全年地区生产总值计划增长9%。上半年完成……"
    text = (
        "关于武昌区2018年上半年国民经济和社会发展计划执行情况的报告\n一、上半年计划执行情况\n(一)主要指标完成情况\n"
        "——全年地区生产总值计划增长9%。上半年完成603.26亿元，同比增长7.9%。\n"
        "——全年计划实施重大项目179项，年度计划投资208亿元。上半年全区实施重大项目195项，完成投资137.29亿元。"
        "(正式下达2018年投资及重大项目工作计划是在年度计划上人大会议之后，项目有所调整。)\n"
        "——全年计划实现招商引资总额800亿元。上半年完成426.90亿元。\n"
    )
    result = parse(text, 2018)
    assert {(t.value, t.unit) for t in result.targets} == {(9.0, "%"), (179.0, "项"), (208.0, "亿元"), (800.0, "亿元")}
    assert "603.26亿元" in listed(text, 2018)
    # the result so far is said to be this year's progress, not 往年, and shown as the line is written
    assert "本年到目前的进度" in listed(text, 2018)["603.26亿元"]
    shown = {u.quantity: u.sentence for u in result.past}
    assert shown["195项"].startswith("——全年计划实施重大项目179项")
    # the year's progress is no "往年总结": the part's heading raises no flag on the plan's figures
    flags = review_flags(result.targets, year=2018, headings=plan_headings(result.plan))
    assert not any("往年总结" in f for f in flags)


def test_newly_planted_and_newly_registered_are_increments():
    # 四坡 2011 (final116) "新栽核桃1300亩", 滨海 2018 (final117) "新注册……400家以上"
    assert found("四坡镇2011年工作计划\n新栽核桃1300亩。\n", 2011)[("新栽核桃", "新增")][1] == 1300.0
    got = found("滨海新区2018年工作计划\n滨海-中关村科技园新注册各类协同创新机构400家以上。\n", 2018)
    assert [k for k, v in got.items() if v[1] == 400.0][0][1] == "新增"


def test_a_province_named_as_the_subject_is_no_part_of_the_name():
    # 西藏 2017 (final116): "西藏将2017年的经济增长目标定在11%以上"
    assert found("西藏2017年经济工作\n西藏将2017年的经济增长目标定在11%以上。\n", 2017) == {
        ("地区生产总值", "增速"): ("≥", 11.0, "%", None)
    }


def test_one_count_of_two_kinds_of_body_keeps_its_name():
    # 西安 2018 (final116): "技术创新中心(工程技术研究中心)和科技企业孵化器275个"
    got = found("西安市科技局2018年工作要点\n重点实验室130个、技术创新中心(工程技术研究中心)和科技企业孵化器275个。\n", 2018)
    names = {k[0] for k, v in got.items() if v[1] == 275.0}
    assert names == {"技术创新中心（工程技术研究中心）和科技企业孵化器"}


def test_a_place_profile_is_no_target():
    # 兰州新区 2020 (final116): "兰州新区位于……，总面积1744平方公里，……，距兰州市直线距离38.5公里"
    text = (
        "兰州新区2020年工作会议\n兰州新区今年主要预期目标：地区生产总值确保增长22%。\n"
        "兰州新区位于兰州市北部秦王川盆地，总面积1744平方公里，建设面积246平方公里，距兰州市直线距离38.5公里，现有人口32万人。\n"
    )
    assert {v[1] for v in found(text, 2020).values()} == {22.0}
    assert "概况" in listed(text, 2020)["1744平方公里"]


def test_a_level_held_inside_a_scope_lead_is_a_target():
    # 宁夏 2021 (final116): "重点围绕今年粮食产量稳定在380万吨，……的目标任务"
    text = "宁夏2021年农业农村工作\n重点围绕今年粮食产量稳定在380万吨，农业增加值增长4.5%以上的目标任务。\n"
    assert found(text, 2021)[("粮食产量", "总量")][1] == 380.0


def test_rates_of_grading_are_no_quota_of_grades():
    # 姚安 2023 (final116): "烟叶收购等级合格率80%以上、综合等级纯度90%以上"
    got = found("姚安县2023年烟叶工作意见\n烟叶收购等级合格率80%以上、综合等级纯度90%以上。\n", 2023)
    assert {v[1] for v in got.values()} == {80.0, 90.0}
    # guard: a quota of grades stays one
    assert "等次" in listed("某县2023年考核办法\n优秀等次不超过3个。\n", 2023)["3个"]


def test_projects_of_a_size_counted_in_ge_are_projects():
    # 通化 2016 (final117): "实施快大人参饮片加工等10个亿元以上人参产业项目"
    got = found("通化市2016年农业工作\n实施快大人参饮片加工等10个亿元以上人参产业项目，推进人参种植规范化。\n", 2016)
    assert [v for v in got.values()] == [("≥", 10.0, "个", None)]
    # guard: "2个亿" is money
    assert found("某县2016年工作要点\n技术交易额达2个亿以上。\n", 2016)[("技术交易额", "总量")][2] == "亿元"


def test_places_named_then_counted_say_where():
    # 吉林 2017 (final117): "在敦化等4个国家试点县实施玉米大豆轮作面积100万亩"
    text = "吉林省2017年农业工作\n要抓好粮豆轮作，在敦化等4个国家试点县实施玉米大豆轮作面积100万亩。\n"
    assert found(text, 2017) == {("玉米大豆轮作面积", "总量"): ("≥", 100.0, "万亩", None)}
    assert "地方" in listed(text, 2017)["4个"]


def test_villages_counted_for_the_work_done_in_them():
    # 北京 2018 (final117)
    text = (
        "北京今年启动美丽乡村建设\n今年计划高质量完成1107个村庄的人居环境整治。"
        "完成郊区主要道路沿线、旅游区及重点场所周边1000个左右村庄的环境整治和美丽乡村创建。"
        "今年确定启动规划建设的1107个村庄覆盖了全市所有区县。年内还要完成450个村庄“煤改清洁能源”任务。\n"
    )
    got = parse(text, 2018).targets
    named = {t.indicator: (t.value, t.comparison) for t in got}
    assert named["人居环境整治村庄"] == (1107.0, "≥")
    assert named["环境整治和美丽乡村创建村庄"] == (1000.0, "≈")
    assert sorted(t.value for t in got) == [450.0, 1000.0, 1107.0]
