"""Fits for the blind batches of round 36 (final89 华东华中, final90 华南西南西北, final91 华北东北):
each failed on its first run (3390f1d)."""

from __future__ import annotations

from kjreport.plan.text import without_jammer
from tests.plan.test_generalise import found, listed

# 开封新区 2010 (final89): a programme's name explained by its figures
KAIFENG = (
    "为了确保开封新区经济社会健康快速发展,开封新区把2010年定为“新区项目建设年”,强力推进“5312”工程。"
    "“5312”工程是指组织实施50个亿元以上的重大项目,总投资达到300亿元以上,完成年度投资100亿元以上,"
    "实现营业收入200亿元以上。\n"
    "目前,投资近百亿元的奇瑞汽车河南制造基地等一批在建重点项目的进展顺利,开封新区经济发展已经驶入快车道。\n"
)


def test_floors_set_for_the_year_are_no_results():
    got = found(KAIFENG, 2010)
    assert got[("年度投资", "总量")] == ("≥", 100.0, "亿元", None)
    assert got[("营业收入", "总量")] == ("≥", 200.0, "亿元", None)


def test_a_count_of_projects_over_a_hundred_million_is_no_amount():
    # "50个亿元以上的重大项目" is not "50个亿" (= 50亿元)
    got = found(KAIFENG, 2010)
    assert got[("亿元以上的重大项目", "总量")] == ("≥", 50.0, "个", None)
    assert got[("总投资", "总量")] == ("≥", 300.0, "亿元", None)


def test_firms_over_an_invoiced_sales_threshold_are_counted():
    # 横垛镇 2008 (final89)
    text = "横垛镇\n臧荣国说,今年全镇将有3家企业国税开票销售超过5000万元,今后一段时间,他们将加大培育力度。\n"
    assert found(text, 2008) == {("国税开票销售超过5000万元的企业", "总量"): ("≥", 3.0, "家", None)}


def test_the_place_count_and_striving_are_no_part_of_a_measure_s_name():
    # 河南 2013 (final89): "河南180个产业集聚区力争全年完成投资1.3万亿元"
    text = "大河网讯\n2013年,河南180个产业集聚区力争全年完成投资1.3万亿元。\n"
    assert found(text, 2013) == {("产业集聚区投资", "总量"): ("≥", 13000.0, "亿元", None)}


def test_scores_of_works_to_build_are_no_programmes_of_the_plan():
    # 五莲 2013 (final89)
    text = "五莲县政府工作报告\n2013年,启动重点城建工程建设,年内实施总投资35亿元的80项城建重点工程,新增城区绿化面积28万平方米。\n"
    got = found(text, 2013)
    assert got[("城建重点工程", "总量")] == ("≥", 80.0, "项", None)
    assert "35亿元" in listed(text, 2013)  # the works' size, an attribute


def test_a_yearbook_entry_s_year_is_reported_on():
    # 临淄区科协 2015 (final89): a yearbook's 【概况】 with 年内 and a 《…计划纲要》 in it
    text = (
        "·科 协·\n"
        "【概况】 2015年,临淄区科协认真贯彻落实《全民科学素质行动计划纲要》,以提高公民科学素质为目标,"
        "以主题科普活动为载体,创新工作方式方法,统筹谋划推进各项工作,在全区上下营造了浓厚的科普氛围。"
        "年内,举办各类实用技术培训11场次,发放科技宣传资料1.2万份,培训农民5000人次。"
        "联合区禁毒委员会组织了全民禁毒主题宣传活动。区科协新建设了区科协网站,开通了临淄科普微信平台。\n"
    )
    assert found(text, 2015) == {}


# 四川 2012 (final90): a news report of the year's plan for development zones, in June
SICHUAN = (
    "四川省新设北川中江两个省级经开区\n"
    "来源:四川日报 发布时间:2012-06-07\n"
    "6月5日,省政府正式批复同意设立北川、中江两个省级经济开发区。至此,我省境内省级经济开发区已达42个。\n"
    "中江经济开发区设在德阳市中江县南华镇,规划控制面积14.3平方公里,以食品医药、轻工纺织、机械电子为主导产业。\n"
    "根据我省“十二五”开发区发展规划2012年实施计划,我省今年将在北川县、中江县等地震重灾区加快培育省级开发区,"
    "力争年底省级以上开发区达53个左右。加快推进达州经济开发区等省级开发区扩区调位工作,"
    "力争完成3-5个省级开发区的扩区调位工作。\n"
    "预计今年全省开发区生产总值将达到6000亿元以上,占全省经济总量的25%左右。\n"
)


def test_what_the_year_will_reach_is_a_goal_though_estimated():
    got = found(SICHUAN, 2012)
    assert got[("开发区生产总值", "总量")] == ("≥", 6000.0, "亿元", None)


def test_a_count_of_zones_worked_on_is_no_count_of_tasks():
    got = found(SICHUAN, 2012)
    assert got[("省级开发区的扩区调位工作", "总量")] == ("区间", 3.0, "个", 5.0)


def test_a_zone_s_planned_area_describes_it():
    assert "14.3平方公里" in listed(SICHUAN, 2012)
    assert not any(name.startswith("规划") for name, _ in found(SICHUAN, 2012))


def test_a_year_end_estimate_that_reports_stays_an_estimate():
    # 南阳 2022 (final22), a guard: "…将达到490家左右，超额完成年度目标任务" in November
    text = (
        "南阳市科技工作综述\n发布时间:2022-11-18\n"
        "预计全年新认定高企200家以上,全市高新技术企业总量将达到490家左右,超额完成年度目标任务。\n"
    )
    assert not any(value == 490.0 for _, value, _, _ in found(text, 2022).values())


def test_a_forum_s_anti_copy_strings_are_dropped():
    # 大理 2013 (final90), a forum's repost
    assert without_jammer("●财政总收入增长18%以上4 t% ~; K3 G, O") == "●财政总收入增长18%以上"
    assert without_jammer("4 o* d, v6 G: p ●农民人均纯收入增长15%以上") == "●农民人均纯收入增长15%以上"
    assert without_jammer("R&D 经费 1 2 3 4") == "R&D 经费 1 2 3 4"


def test_a_goals_label_heads_its_lines_in_a_report():
    # 大理 2013 (final90): "2013预期目标" then bullets, then a review of last year
    text = (
        "本报讯 2012年的最后一天,大理市委八届三次全会在下关召开,会议总结去年该市的经济社会发展状况,"
        "为今年的发展制定目标和规划。* w- A- G8 i7 b4 X8 ~\" i\n"
        "2013预期目标; P1 |( q\" ~6 S( i\n"
        "●力争全市地区生产总值增长14%以上,力争达296亿元7 M& T\" a+ {* Q3 b( I7 J' D\n"
        "●财政总收入增长18%以上\n"
        "4 o* d, v6 G: p ●城镇居民人均可支配收入增长15%以上4 t% ~; K3 G, O\n"
        "回顾\n"
        "报告指出,去年以来,大理市狠抓发展第一要务。预计该市地区生产总值完成255亿元,财政总收入预计完成32.7亿元。\n"
        "/ O9 E# |! I, |4 n) M% W 洱海水质连续7月达Ⅱ类\n"
        "继续推进洱海保护治理“六大工程”,洱海水质连续7个月达Ⅱ类。\n"
    )
    got = found(text, 2013)
    assert got[("财政总收入", "增速")] == ("≥", 18.0, "%", None)
    assert got[("城镇居民人均可支配收入", "增速")] == ("≥", 15.0, "%", None)
    assert not any(value == 7.0 for _, value, _, _ in got.values())  # "连续7个月": months


def test_a_count_of_things_to_build_is_no_count_of_tasks():
    # 乐山市科协 2014 (final90)
    text = "乐山市科协2014年工作要点\n确保全市2014年完成300个科普惠农兴村 “站、栏、员”建设工作任务。\n"
    assert found(text, 2014) == {("科普惠农兴村站、栏、员", "总量"): ("≥", 300.0, "个", None)}


def test_capacities_listed_in_projects_names_are_no_targets():
    # 营口沿海产业基地 2011 (final91)
    text = (
        "决战2011年 实现沿海产业基地新突破\n"
        "产业基地将力争在今年3月份开工项目100个,年内陆续开工项目总数超过200个。"
        "其中,要重点抓好100万吨不锈钢、10万吨金属镍、20万吨金属镁项目的开工建设。\n"
    )
    got = found(text, 2011)
    assert got[("开工项目", "总量")] == ("≥", 200.0, "个", None)
    assert not any(unit == "万吨" for _, _, unit, _ in got.values())
