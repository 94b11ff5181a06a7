"""Fits for the blind batches of round 40 (final100 华东华中, final101 华南西南西北, final102 华北东北):
each failed on its first run (96be2e83)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse


def test_two_measures_per_unit_of_output_falling_together_are_two_targets():
    # 北京 2011 (final102)
    text = (
        "北京市2011年政府工作报告\n2011年北京市经济社会发展的主要目标是:地方财政一般预算收入增长9%;"
        "单位地区生产总值能耗和二氧化碳排放量均下降3.5%,、水耗下降4%。\n"
    )
    targets = found(text, 2011)
    assert targets[("单位地区生产总值能耗下降", "总量")] == ("≥", 3.5, "%", None)
    assert targets[("单位地区生产总值二氧化碳排放量下降", "总量")] == ("≥", 3.5, "%", None)
    assert targets[("单位地区生产总值水耗下降", "总量")] == ("≥", 4.0, "%", None)


ZHENGZHOU = (
    "1月4日,郑州市委经济工作会议提出,今年郑州经济增长预期目标确定为8.5%左右,推动经济由高速度增长转向高质量发展。\n"
    "初步统计,2017年郑州GDP增长约8.2%。“2018年是实施‘十三五’规划承上启下的关键一年,虽然2017年预计完成情况"
    "没有达到9%的预期目标,但今年指标设置不宜过低。”郑州市发改委主任杨东方说,随着上海汽车60万辆乘用车基地、"
    "合晶单晶硅等项目建成投产,一批新的增长点形成,8.5%的增速与郑州市的潜在增长率基本吻合,经过努力是可以实现的。\n"
    "权威人士指出,更加强调了质量效益和民生指标,比如税收占比达75%左右,城市就业调查失业率控制在5.5%以内\n"
)


def test_a_year_said_to_be_the_key_one_turns_the_text_to_it():
    # 郑州 2018 (final100): after 2017's results, "2018年是…关键一年"
    targets = found(ZHENGZHOU, 2018)
    assert targets[("税收占比", "总量")] == ("≈", 75.0, "%", None)
    assert targets[("城市就业调查失业率", "总量")] == ("≤", 5.5, "%", None)


def test_the_economy_s_growth_is_its_gdp_s_and_a_comment_on_the_goal_is_none():
    # 郑州 2018 (final100)
    targets = found(ZHENGZHOU, 2018)
    assert targets[("地区生产总值", "增速")] == ("≈", 8.5, "%", None)
    assert len(targets) == 3
    reasons = listed(ZHENGZHOU, 2018)
    assert reasons["60万辆"].startswith("是背景说明")


def test_a_year_a_meeting_set_goals_for_holds_for_its_clauses():
    # 乌鲁木齐 2008 (final101): a later year's goals named in the paragraph before
    text = (
        "乌市近期发展目标\n并确定2012年地区生产总值达到1800亿元,2015年达到中央关于实现全面建设小康社会目标的新要求。\n"
        "本次会议确定2008年全市实现地区生产总值970亿元,增长15%;固定资产投资366亿元,增长18%以上;安置就业4.5万人。\n"
    )
    targets = found(text, 2008)
    assert targets[("固定资产投资", "总量")] == ("≥", 366.0, "亿元", None)
    assert targets[("安置就业", "总量")] == ("≥", 4.5, "万人", None)
    assert len(targets) == 5


def test_villages_worked_for_are_counted_and_a_verb_with_a_place_names_nothing():
    # 西安 2020 (final101)
    text = (
        "2020年西安市农业农村工作\n切实抓好西安市5个全国乡村治理示范村建设,启动实施10个以上乡村振兴示范村创建工作。\n"
    )
    targets = found(text, 2020)
    assert targets[("全国乡村治理示范村", "总量")] == ("≥", 5.0, "个", None)
    assert targets[("乡村振兴示范村创建工作", "总量")] == ("≥", 10.0, "个", None)


def test_the_tasks_a_document_hands_out_are_counted_not_targets():
    # 梁平 2021 (final101)
    text = "关于印发区政府工作报告目标任务分解方案的通知\n各责任单位要将156项目标任务抓早抓实抓细,责任明确到岗到人。\n"
    assert found(text, 2021) == {}
    assert listed(text, 2021)["156项"] == "是文件的措施、方面条数，不是目标"


def test_a_news_report_of_who_is_to_be_sent_is_a_plan():
    # 云南 2024 (final101): no heading, no 目标/力争; "计划选派" plans the year
    text = (
        "云南拟选派“三区”科技人才\n"
        "云南省科技厅官网发布通知,2024年省科技厅计划选派1800名科技人员赴省内89个“三区”县开展科技服务。\n"
    )
    assert found(text, 2024) == {("科技人员", "总量"): ("≥", 1800.0, "名", None)}


def test_what_is_already_issued_describes_a_noun_and_reports_nothing():
    # 山西 2016 (final102): "已出台的…政策" is no past report of the figures after it
    text = (
        "山西省2016年政府工作报告\n2016年要发展特色现代农业。落实好已出台的各项强农惠农富农政策,"
        "再出台10项新政策,新增补贴资金63.9亿元。\n"
    )
    past = {u.quantity for u in parse(text, 2016).past}
    assert "63.9亿元" not in past
