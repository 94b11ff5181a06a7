"""Fits for the blind batch final72 (华东, round 30): each failed on the first run (0ecc53e)."""

from __future__ import annotations

from tests.plan.test_generalise import found, parse


def test_names_counted_as_a_group_each_take_the_group_s_kind():
    # 钟楼 2010: "输变电、农业机械、新型材料三大特色产业基地分别实现产值…" gave 「输变电产值」 and
    # 「新型材料三大特色产业基地产值」
    text = (
        "某区2010年政府工作报告\n"
        "力争先进装备制造、新材料、电子信息三大产业分别实现产值380亿元、80亿元、60亿元，"
        "输变电、农业机械、新型材料三大特色产业基地分别实现产值120亿元、100亿元、80亿元。\n"
    )
    names = [t.indicator for t in parse(text, 2010).targets]
    assert names == [
        "先进装备制造产业产值",
        "新材料产业产值",
        "电子信息产业产值",
        "输变电特色产业基地产值",
        "农业机械特色产业基地产值",
        "新型材料特色产业基地产值",
    ], names


def test_a_group_whose_count_differs_from_its_list_is_left_as_written():
    text = "某区2010年政府工作报告\n力争新材料、电子信息三大产业分别实现产值80亿元、60亿元。\n"
    assert not any("新材料产业" in t.indicator for t in parse(text, 2010).targets)


def test_a_stock_stated_as_such_after_a_list_of_new_ones_is_a_stock():
    # 安徽 2021: "新培育科技型中小企业2000家左右、高新技术企业总数达到10000家" read 10000 as new firms
    text = "安徽省2021年科技工作要点\n新培育科技型中小企业2000家左右、高新技术企业总数达到10000家。\n"
    assert found(text, 2021) == {
        ("科技型中小企业", "新增"): ("≈", 2000.0, "家", None),
        ("高新技术企业", "总量"): ("≥", 10000.0, "家", None),
    }


def test_a_change_since_a_year_long_past_beside_its_level_is_not_a_target():
    # 泰安 2012 (a 2010 news report): "比2009年增加1000亿元，达到2000亿元" read 1000 as this year's
    # increment, and the share after it was named after the firms (规模以上工业企业占…比重)
    text = (
        "泰安市科技奖励暨技术创新大会召开\n"
        "主要任务是：到2012年，全市规模以上工业企业实现高新技术产业产值比2009年增加1000亿元，达到2000亿元，"
        "占规模以上工业总产值的比重达到或接近40%。\n"
    )
    result = parse(text, 2012)
    assert [(t.indicator, t.value, t.kind) for t in result.targets] == [
        ("高新技术产业产值", 2000.0, "总量"),
        ("高新技术产业产值占规模以上工业总产值比重", 40.0, "总量"),
    ]
    assert any(u.quantity == "1000亿元" and "比2009年的增加量" in u.reason for u in result.not_targets)


def test_a_change_over_last_year_stays_this_year_s_increment():
    text = "某市科技局2012年工作要点\n高新技术产业产值比2011年增加100亿元，达到600亿元。\n"
    assert ("高新技术产业产值", "新增") in found(text, 2012)
