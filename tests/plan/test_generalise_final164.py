"""Fits for the blind batches of round 60 (final164 华东一, final165 华东二华中一, final166 华中二华南,
final167 西南, final168 西北, final169 华北东北), and the fits made before its first run to plans
of earlier rounds left short: each failed on the revision named in its comment."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_a_threshold_inside_the_next_name_does_not_stop_the_shared_verb():
    # 宜春 2020 (final159, fitted before round 60; failed on 804fbcfb)
    text = "宜春市2020年工作安排\n2020年，力争新引进20亿元以上工业项目14个以上，50亿元以上工业项目5个以上。\n"
    got = found(text, 2020)
    assert got[("50亿元以上工业项目", "新增")][:2] == ("≥", 5.0)


def test_what_is_left_of_a_count_is_no_name():
    # 宜春 2020 (final159; failed on 804fbcfb): "全力使剩余7200名农村贫困人口脱贫"
    text = "宜春市2020年工作安排\n2020年，全力使剩余7200名农村贫困人口脱贫。\n"
    assert found(text, 2020)[("农村贫困人口脱贫", "总量")][:2] == ("≥", 7200.0)


def test_a_bound_in_a_second_currency_is_the_same_bound():
    # 钟楼 2024 (final112; failed on 804fbcfb): "总投资超30亿元或3亿美元产业项目2个"
    from kjreport.plan.wording import currency_alternatives

    assert currency_alternatives("招引落户总投资超30亿元或3亿美元产业项目2个") == "招引落户总投资超30亿元产业项目2个"
    text = "钟楼区2024年工作安排\n全年招引落户总投资超30亿元或3亿美元产业项目2个、总投资超10亿元或1亿美元产业项目5个。\n"
    got = found(text, 2024)
    assert not any(unit == "亿美元" for (_, _), (_, _, unit, *_) in got.items())
