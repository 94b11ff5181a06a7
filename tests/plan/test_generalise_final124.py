"""Fits for the blind batches of round 48 (final124 华东华中, final125 华南西南西北, final126 华北东北),
and what trying the round-47 plans as a user showed."""

from __future__ import annotations

from tests.plan.test_generalise import found, parse


def test_a_headlines_bare_place_before_its_years_goal_is_no_part_of_the_name():
    # 常平 2017 (final122): the headline "常平力争今年GDP增长8%至8.5%" restated in the story, before
    # the body's "生产总值增长8—8.5%": init had named the target 「常平力争今年GDP」
    text = (
        "常平力争今年GDP增长8%至8.5%\n  常平力争今年GDP增长8%至8.5%\n"
        "常平制定了今年经济社会发展主要预期目标:生产总值增长8—8.5%;固定资产投资增长15%。\n"
    )
    names = {t.indicator for t in parse(text, 2017).targets}
    assert not any("力争" in n or "常平" in n for n in names), names
    # guard: a subject of the measure with its own place word is still read as before
    assert ("营业收入", "增速") in found("某县2017年工作要点\n全市企业力争今年营业收入增长8%。\n", 2017)
