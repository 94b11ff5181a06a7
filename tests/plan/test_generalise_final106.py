"""Fits for the blind batches of round 42 (final106 华东华中, final107 华南西南西北, final108 华北东北):
each failed on its first run (2bb16fe1), unless it says it guards one."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_numbered_parts_after_a_bare_review_line_are_the_review():
    # 和硕 2018 (final107): "2017年工作回顾" on a line of its own, then 一、… 二、… of results
    text = (
        "2017年12月25日在和硕县第十七届人民代表大会第三次会议上\n各位代表：\n"
        "现在，我代表县人民政府向大会作工作报告，请予审议。\n2017年工作回顾\n"
        "一年来，县人民政府较好地完成了年初确定的各项目标任务。\n一、略\n"
        "二、现代农业稳步发展。优化调整农业种植结构，特色农作物占总播面积50%以上。"
        "建设大田试验站430亩、玉米高产示范田2万亩。\n"
    )
    assert found(text, 2018) == {}
    # (the parts turn to the plan at a bare "2018年工作安排" line: its part is not the review's)
    planned = text + "三、其他\n2018年工作安排\n新建玉米高产示范田3万亩。\n"
    assert ("玉米高产示范田", "新增") in found(planned, 2018)


def test_a_year_held_level_with_does_not_frame_the_clauses_after_it():
    # 门头沟 2020 (final108)
    text = (
        "门头沟区2020年政府工作报告\n2020年，全区年度经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
        "一般公共预算收入完成数与2019年持平，社会消费品零售额增长6%左右，城镇登记失业率控制在4.5%以内。\n"
    )
    got = found(text, 2020)
    assert got[("社会消费品零售额", "增速")] == ("≈", 6.0, "%", None)
    assert got[("城镇登记失业率", "总量")] == ("≤", 4.5, "%", None)


def test_a_span_of_years_and_a_goal_taken_up_again_are_not_this_years_targets():
    # 承德县 2017 (final108)
    text = (
        "承德县2017年优化农业种植结构实施方案\n与既定我县2017—2018年调减5.3万亩籽粒玉米目标有所变动，"
        "责任书明确到2017年具体任务为：我县2017年籽粒玉米种植面积压减3.99万亩。"
        "为确保3.99万亩这一目标完成，制定本方案。\n"
    )
    assert [v[1] for v in found(text, 2017).values()] == [3.99]
    assert "2018年" in listed(text, 2017)["5.3万亩"]
    assert "复述" in listed(text, 2017)["3.99万亩"]
    # guards: a yearly amount over a span, and a span that names a plan, stay this year's
    assert found("某省2014年科技人员专项计划\n2014-2020年，每年选派440名科技人员提供科技服务。\n", 2014)
    assert found("某省2021年科技工作\n今年将出台2021—2035年中长期科技发展规划 新增高新技术企业600家。\n", 2021)


def test_this_year_on_a_page_dated_years_before_is_the_year_it_was_written():
    # 黑龙江垦区 2012 (final108): a 2009 news report of the 2012 goals
    text = (
        "黑龙江垦区农业科技成果转化率超过80%\n2009-11-04 作者：记者\n"
        "据介绍，计划到2012年使农业机械化率达到97%。"
        "今年黑龙江垦区粮食商品量达305.1亿斤，可为全国1亿人提供全年口粮。\n"
    )
    assert list(found(text, 2012)) == [("农业机械化率", "总量")]


def test_the_parameters_of_technologies_to_master_are_not_targets():
    # 天津 2010 (final108)
    text = (
        "天津2010年工业科技工作\n今年，天津市将力争使国家级企业技术中心达到28家。要在战略性新兴产业领域，"
        "重点攻克超千万亿次高性能计算机、 5 兆瓦以上大功率风力发电、聚光太阳能、大功率动力电池等一批核心技术。\n"
    )
    assert list(found(text, 2010)) == [("国家级企业技术中心", "总量")]
    assert "攻关技术的参数" in listed(text, 2010)["5兆瓦以上"]


def test_a_place_that_expects_to_complete_a_growth_names_nothing():
    # 西固 2017 (final107)
    text = "西固区农村工作会议\n会上披露，西固区今年预计完成农业增加值增长3.5%，农村居民人均可支配收入达到16993元。\n"
    assert ("农业增加值", "增速") in found(text, 2017)


def test_each_crop_of_a_list_has_its_area_and_its_yield():
    # 元谋 2019 (final107)
    text = (
        "元谋县2019年农业生产工作意见\n全县计划大春粮食作物播种面积19.5万亩，产量8.71万吨。"
        "其中：水稻8.5万亩、产量4.845万吨，玉米9.5万亩、产量3.61万吨，杂粮1.5万亩、产量0.255万吨。\n"
    )
    got = {name: v[1] for (name, _), v in found(text, 2019).items()}
    assert got["水稻"] == 8.5 and got["水稻产量"] == 4.845
    assert got["玉米产量"] == 3.61 and got["杂粮产量"] == 0.255


def test_the_goals_of_the_coming_years_run_to_the_end_of_the_sentence():
    # 甘肃 2023 (final107)
    text = (
        "甘肃2023年农业农村工作\n未来五年的目标是：特色优势产业加快发展，打造10个百亿级产业大县；"
        "乡村建设水平全面提升。今年全省粮食产量保持在1200万吨以上。\n"
    )
    assert list(found(text, 2023)) == [("粮食产量", "总量")]
    assert "几年后" in listed(text, 2023)["10个"]
    # guard: "经过2~3年培养" frames its own clause only
    later = "经过2~3年培养，从中择优确定100名带头人；着手培育100户科技型创新企业。"
    assert [v[1] for v in found("某市2010年科技工作要点\n" + later, 2010).values()] == [100.0]


def test_a_measure_taken_up_again_with_fenbie_is_each_listed_crops():
    # 拓口 2018 (final106)
    text = "拓口镇2018年工作计划\n加大生姜、杨梅种植面积，累计实现种植面积分别为5000亩、20000亩。\n"
    got = found(text, 2018)
    assert got[("生姜种植面积", "累计")] == ("≥", 5000.0, "亩", None)
    assert got[("杨梅种植面积", "累计")] == ("≥", 20000.0, "亩", None)


def test_how_things_stand_after_a_work_is_finished_is_no_target():
    # 拓口 2018 (final106)
    text = (
        "拓口镇2018年工作计划\n电站建成后，我镇耕地面积缩减到6700亩，人均才0.25亩，"
        "但农业作为基础产业不能丢，实现粮食总产3500吨，确保粮食安全。\n"
    )
    # (lead35: "总产" is named 总产量)
    assert list(found(text, 2018)) == [("粮食总产量", "总量")]
    # guard: 人才 is no 才
    assert found("某市2024年科技工作\n引进高层次创新人才100名以上。", 2024)


def test_a_headline_growth_written_zeng_is_growth():
    # 宁波 2014 (final106): "农民人均纯收入增11%"
    text = (
        "免费邮箱 注册\n您当前的位置 :中国宁波网 > 新闻中心 > 宁波新闻 > 时政·经济 正文\n\n"
        "宁波农业农村工作目标确定 农民人均纯收入增11%\n\n"
        "记者从日前召开的全市农村工作会议上获悉，今年我市力争实现农业增加值增长3%，农民人均纯收入增长11%。\n"
    )
    assert set(found(text, 2014)) == {("农业增加值", "增速"), ("农民人均纯收入", "增速")}


def test_a_grain_task_and_lengths_of_work_are_targets():
    # 宁波 2014 (final106)
    text = (
        "宁波2014年农村工作\n完成190万亩、75万吨的粮食生产任务，新建标准化粮食功能区10万亩；"
        "完成200公里生态河道建设和300公里河道清淤任务。\n"
    )
    got = {name: v[1] for (name, _), v in found(text, 2014).items()}
    assert got["粮食播种面积"] == 190 and got["粮食产量"] == 75
    assert got["生态河道建设"] == 200 and got["河道清淤任务"] == 300


def test_the_size_of_a_project_newly_developed_is_no_target():
    # 郭仓 2012 (final106)
    text = "郭仓镇2012年工作\n一是加快铁矿建设进度，拉长产业链条，新发展投资2亿元的尾矿利用项目一处。\n"
    assert [v[1:3] for v in found(text, 2012).values()] == [(1.0, "处")]
    assert "投资规模" in listed(text, 2012)["2亿元"]

