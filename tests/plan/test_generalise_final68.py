"""Final68 (blind batch of round 29: 北京, 天津, 河北, 辽宁, 吉林) read 26 of 26 on its first run (853fde37);
what reading its rows and notes as an office would still showed."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_the_next_size_band_after_a_bound_keeps_the_things_counted():
    # 天津 2020: "科技小巨人企业年主营业务收入超过5亿元的达到1000家、超过10亿元的达到350家" — the second
    # count was named 「10亿元」 (and flagged for review)
    got = found("天津市2020年目标\n科技小巨人企业年主营业务收入超过5亿元的达到1000家、超过10亿元的达到350家。\n", 2020)
    assert got == {
        ("年主营业务收入5亿元的科技小巨人企业", "总量"): ("≥", 1000.0, "家", None),
        ("年主营业务收入10亿元的科技小巨人企业", "总量"): ("≥", 350.0, "家", None),
    }, got
