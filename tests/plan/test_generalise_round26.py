"""Rules of round 26 (the lead's, before this round's blind batches were read)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_a_headlines_gdp_restated_in_words_is_named_in_words():
    # 湖南 2024 (final64): the headline says "湖南GDP目标增长6%左右", the body "地区生产总值增长6%左右";
    # one target, named as a report prints it
    text = (
        "2025年湖南GDP目标增长5.5%左右，新一年将大力发展新质生产力\n"
        "2025年湖南GDP目标增长5.5%左右，新一年将大力发展新质生产力\n"
        "政府工作报告提出了2025年的预期目标，其中包括地区生产总值增长5.5%左右，固定资产投资增长6%。\n"
    )
    got = found(text, 2025)
    assert [k for k in got if got[k][1] == 5.5] == [("地区生产总值", "增速")], got
