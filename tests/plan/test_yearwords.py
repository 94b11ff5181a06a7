"""kjreport.plan.yearwords: the one definition of a year that every plan-reading pattern uses."""

from __future__ import annotations

import re
from pathlib import Path

from kjreport.plan.yearwords import IS_YEAR, YEAR_MENTION, years_named

PLAN_PACKAGE = Path(__file__).resolve().parents[2] / "kjreport" / "plan"


def test_years_named_are_years_with_nian_not_counts_or_dates():
    assert years_named("2023年全市新增高新技术企业2000家，到2025年达到3000家") == [2023, 2025]
    assert years_named("新增2000家，培育12年以上的企业") == []
    assert IS_YEAR.fullmatch("2019") and not IS_YEAR.fullmatch("2300")


def test_a_year_mention_is_not_one_end_of_a_span_nor_a_date():
    # "(2021—2023年)" is a span and "2020年12月" a date: neither names the plan's year
    assert [m.group(1) for m in YEAR_MENTION.finditer("2024年工作要点")] == ["2024"]
    assert not YEAR_MENTION.search("行动计划（2021—2023年）")
    assert not YEAR_MENTION.search("发布于2020年12月31日")


def test_no_plan_module_spells_the_year_digits_itself():
    # a change to what a year is (another century, spaced digits) is made once, in yearwords
    spelled = re.compile(r"\(\?:19\|20\)\\d\{2\}|20\\d\{2\}\|19|20\\d\\d")
    offenders = [
        p.name
        for p in PLAN_PACKAGE.glob("*.py")
        if p.name != "yearwords.py" and spelled.search(p.read_text("utf-8"))
    ]
    assert offenders == []
