"""Rules from final57's first run (round 24; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on 2f79246 (the parser final57 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_a_timetable_of_months_is_no_progress_report():
    # 温州 2013 科协's 进度计划 cells ("1—5月做好……，6—10月开展……") were read as progress so far, and
    # the year's numbers beside them as results; a real progress paragraph still reports
    text = (
        "某县科协2024年度重点工作目标任务\n"
        "科普示范基地建设\n新认定科普示范基地5家。做好已命名基地的复核工作。\n"
        "1—3月下发申报通知，4—6月组织专家评审，10月底前完成认定和授牌工作。\n"
        "青少年科技创新大赛\n共评选优秀科技创新项目60项。3—4月份各校完成初评，5—6月份完成市级终评，9月份组织参加全省大赛。\n"
    )
    got = found(text, 2024)
    assert got[("科普示范基地", "新增")] == ("≥", 5.0, "家", None)
    assert any(k[0].endswith("优秀科技创新项目") and v[1] == 60.0 for k, v in got.items())
    report = "某县科协2024年上半年工作进展\n1-6月，全县新认定科普示范基地5家，同比增长25%，完成年度任务的50%。\n"
    assert found(report, 2024) == {}


def test_a_count_created_then_the_stock_it_brings():
    # 海南 2011 "创建100个畜牧养殖标准化示范场(小区),累计达570家": 100 new, 570 the stock (个 and 家
    # count the same places); the verb alone before the count still marks this year's new ones
    text = "某省2024年农业工作要点\n一、主要目标\n创建50个绿色种养循环示范基地，累计达320家。\n"
    got = found(text, 2024)
    assert got[("绿色种养循环示范基地", "新增")] == ("≥", 50.0, "个", None)
    assert [v for k, v in got.items() if k[1] == "总量"] == [("≥", 320.0, "家", None)]


def test_an_increment_after_a_count_named_after_its_number():
    # 海南 2011 "规划建设300万亩标准瓜菜田,新增40万亩": the 40 is the fields', not "国家支持规划建设"
    text = "某省2024年农业工作要点\n一、主要目标\n争取国家支持规划建设200万亩高标准农田，新增25万亩；建设12个畜禽良种场和30个示范点。\n"
    got = found(text, 2024)
    assert got[("高标准农田", "总量")] == ("≥", 200.0, "万亩", None)
    assert got[("高标准农田", "新增")] == ("≥", 25.0, "万亩", None)
    assert ("畜禽良种场", "总量") in got


def test_a_herds_capacity_in_a_projects_name_is_no_target():
    # 海南 2011 "推动儋州雨润200万头畜产品加工项目建成投产"
    text = "某省2024年农业工作要点\n一、主要目标\n推动某某集团150万头生猪屠宰加工项目建成投产，新增生猪出栏80万头。\n"
    got = found(text, 2024)
    assert [v[1] for v in got.values()] == [800000.0]
    assert "项目的规模" in listed(text, 2024)["150万头"]


def test_a_share_as_a_fraction_an_amount_in_chinese_numerals_and_the_goals_label():
    # 小蓝 2020 "比重超过1/3、……每平方公里主营业务收入突破100亿元的“2331”目标，……达到两千亿"
    text = (
        "某开发区2025年发展目标\n力争实现规上工业企业研发机构覆盖比例超过1/2、数字经济核心产业增加值占比达到三分之一、"
        "亩均税收突破50万元的“123”目标，到2025年园区营业收入达到三千亿。\n"
    )
    got = found(text, 2025)
    assert any(v == ("≥", 50.0, "%", None) for v in got.values())
    assert any(v == ("≥", 33.3, "%", None) for v in got.values())
    assert got[("亩均税收", "总量")] == ("≥", 50.0, "万元", None)
    assert got[("园区营业收入", "总量")] == ("≥", 3000.0, "亿元", None)
    assert not any("目标" in k[0] for k in got)


def test_what_a_five_year_period_is_to_do_and_a_verb_that_forms():
    # 周庄 2020 (page of 2017): "“十三五”期间将更加注重……。将……实施300个以上技术改造项目" is the
    # period's (2020), not the page's year; "力争新增……15家，形成10个左右……" forms, adds nothing
    text = (
        "某镇“十三五”发展目标\n发布时间：2017-05-10\n"
        "某镇“十三五”期间将更加注重创新驱动。将建成省级以上研发机构40家，实施200个以上智能化改造项目。"
        "到2020年，力争新增高新技术企业20家，形成8个左右在全省有影响力的区域品牌。\n"
    )
    got = found(text, 2020)
    assert got[("省级以上研发机构", "总量")] == ("≥", 40.0, "家", None)
    assert any(k[0].endswith("智能化改造项目") and v[1] == 200.0 for k, v in got.items())
    assert got[("高新技术企业", "新增")] == ("≥", 20.0, "家", None)
    assert any(k[1] == "总量" and v == ("≈", 8.0, "个", None) for k, v in got.items())


def test_newly_brought_in_projects_of_the_key_parks():
    # 江门 2021 "力争重点园区新引入投资亿元以上工业项目超过100个": 新引入 is new, 重点园区 the name's
    text = "某市2024年工作要点\n一、主要目标\n力争重点园区新引入投资5亿元以上产业项目超过30个。\n"
    got = found(text, 2024)
    assert [(k, v) for k, v in got.items()] == [(("重点园区新引入投资5亿元以上产业项目", "新增"), ("≥", 30.0, "个", None))]


def test_the_ones_already_built_are_no_report_of_results():
    # 温州 2013 "新建院士专家工作站2家。做好已建工作站的管理工作，督促已建的16家……": 已建 names the
    # existing ones (no report, the 2 is the year's); 已建成 still reports
    text = (
        "某市科协2024年重点工作目标任务\n院士专家工作站建设\n"
        "新建院士专家工作站3家。做好已建工作站的服务工作，督促已建的22家工作站开展技术攻关。\n"
    )
    got = found(text, 2024)
    assert got == {("院士专家工作站", "新增"): ("≥", 3.0, "家", None)}
    assert "现状" in listed(text, 2024)["22家"]
