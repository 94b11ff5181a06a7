"""Rules from final62's first run (round 26; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on 3e88130 (the parser final62 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_a_clause_opened_by_plan_after_a_year_of_results():
    # 长春高新区 2018: a headline and a paragraph of 2017's results, then "2018年，……将以……为主题，……。
    # 计划规模以上工业产值增长12%，地区生产总值增长10%" — read as results
    text = (
        "某高新区获评省级创新型园区\n\n来源：某日报 2024-01-28 09:00:00\n\n"
        "2023年，某高新区营业总收入同比增长16.5%，地区生产总值同比增长7.6%，在全省开发区综合考评中位列第一。\n\n"
        "2024年，某高新区将以“创新发展”为主题，全力建设现代化科技新城。计划规模以上工业产值增长11%，地区生产总值增长8%。\n"
    )
    got = found(text, 2024)
    assert got[("规模以上工业产值", "增速")] == ("≥", 11.0, "%", None)
    assert got[("地区生产总值", "增速")] == ("≥", 8.0, "%", None)
    assert len(got) == 2
