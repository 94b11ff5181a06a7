"""Rules from final61's first run (round 26; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on 3e88130 (the parser final61 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_a_plans_indicators_listed_and_counted_that_are_to_grow():
    # 崖门 2009 "根据崖门镇2009年的整体发展计划，生产总值、……、社会消费品零售总额6项指标要增长12%以上"
    text = (
        "某镇2024年经济工作\n2023年，全镇经济运行平稳。\n"
        "根据某镇2024年的整体发展计划，生产总值、一般公共预算收入、工业总产值、固定资产投资4项指标要增长10%以上。\n"
    )
    got = found(text, 2024)
    assert {k[0] for k in got} == {"生产总值", "一般公共预算收入", "工业总产值", "固定资产投资"}
    assert all(v == ("≥", 10.0, "%", None) for v in got.values())
