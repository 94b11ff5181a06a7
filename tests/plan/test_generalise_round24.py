"""Reading rules the lead wrote in round 24 before the round's blind batches: the measure words plans
count works, goods and services in. Earlier rounds added units one by one as blind batches used them
(眼, 口, 万棒, 亿公斤, 万千瓦 …) and a number in any other unit was dropped without a word; here the
usual measure words are known, and a measure word no list names is known by its place (one character
right after the number, ending the clause). One test per rule, each with sentences written for it."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

HEAD = "某县2025年农业农村工作要点\n一、主要目标\n"


def test_the_usual_measure_words_of_works_goods_and_services():
    text = HEAD + (
        "全年新建温室大棚120间，新建防渗渠道5000米，安装太阳能路灯500盏，发展蜜蜂2万箱，植树50万棵，"
        "发放创业担保贷款500笔，新增植保无人机30架，开展科普讲座40堂，推广农机具300台套，服务农户1万户次。\n"
    )
    got = found(text, 2025)
    assert got[("温室大棚", "新增")] == ("≥", 120.0, "间", None)
    assert got[("防渗渠道", "新增")] == ("≥", 5000.0, "米", None)
    assert got[("安装太阳能路灯", "总量")] == ("≥", 500.0, "盏", None)
    assert got[("发展蜜蜂", "总量")] == ("≥", 20000.0, "箱", None)
    assert got[("植树", "总量")][1:3] == (500000.0, "棵")
    assert got[("发放创业担保贷款", "总量")][1:3] == (500.0, "笔")
    assert got[("植保无人机", "新增")][1:3] == (30.0, "架")
    assert got[("科普讲座", "总量")][1:3] == (40.0, "堂")
    assert got[("推广农机具", "总量")][1:3] == (300.0, "台套")
    assert got[("服务农户", "总量")][1:3] == (10000.0, "户次")


def test_energy_units_and_a_capacity_in_a_projects_name():
    text = HEAD + (
        "新建分布式光伏电站20兆瓦，全社会用电量达到12万千瓦时，建成区面积达到32平方千米。"
        "推进华能50兆瓦渔光互补、金源化工等重点项目尽快投产。\n"
    )
    got = found(text, 2025)
    assert got[("分布式光伏电站", "新增")] == ("≥", 20.0, "兆瓦", None)
    assert got[("全社会用电量", "总量")] == ("≥", 12.0, "万千瓦时", None)
    assert got[("建成区面积", "总量")] == ("≥", 32.0, "平方千米", None)
    assert all(v[1] != 50.0 for v in got.values())
    assert "项目的规模" in listed(text, 2025)["50兆瓦"]


def test_a_measure_word_no_list_names_is_known_by_its_place():
    # 窖 (water cellars), 群 (bee colonies): one character after the number, ending the clause
    text = HEAD + "新建集雨水窖80窖，发展中蜂2万群；审批时限压缩到3天以内。\n"
    got = found(text, 2025)
    assert got[("集雨水窖", "新增")] == ("≥", 80.0, "窖", None)
    assert got[("发展中蜂", "总量")] == ("≥", 20000.0, "群", None)
    assert got[("审批时限", "总量")] == ("≤", 3.0, "天", None)


def test_words_after_a_number_that_are_no_measure_stay_out():
    # a year, a level, a rank class, a share in tenths and a part of a document are never units
    text = HEAD + (
        "力争进入全省县域经济前10强，创建国家4A级旅游景区1家，秸秆综合利用率达到9成，"
        "《实施方案》共5章，从2025年起实施。\n"
    )
    got = found(text, 2025)
    assert ("旅游景区", "新增") in got or any(v[1] == 1.0 for v in got.values())
    units = {v[2] for v in got.values()}
    assert not units & {"强", "级", "成", "章", "起"}
