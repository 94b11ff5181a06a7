"""Rules of round 29 (the lead's, before this round's blind batches were read)."""

from __future__ import annotations

from tests.plan.test_generalise import found, parse

# a news page that lost its paragraph breaks: last year's results, then the meeting's goals for
# this year, all in one paragraph (乌鲁木齐高新区 2013, benchmarks/plan_robustness.py one_paragraph)
RUN_TOGETHER = (
    "高新区召开全委扩大会议\n"
    "据了解，2012年，高新区营业总收入突破2500亿元，达到2600亿元，增长20%；工业增加值达到330亿元，增长15%。"
    "会议提出，2013年高新区经济社会发展的主要目标是：完成营业总收入3380亿元，增长30%；"
    "地区生产总值820亿元以上，增长20%以上，力争达到870亿元；工业增加值360亿元以上，增长16%以上。\n"
)


def test_the_year_whose_goals_a_sentence_lists_holds_for_its_clauses():
    # every ；-clause after "2013年…的主要目标是：" is 2013's, not the paragraph's opening 2012
    got = found(RUN_TOGETHER, 2013)
    assert got == {
        ("营业总收入", "总量"): ("≥", 3380.0, "亿元", None),
        ("营业总收入", "增速"): ("≥", 30.0, "%", None),
        ("地区生产总值", "总量"): ("≥", 820.0, "亿元", None),
        ("地区生产总值", "增速"): ("≥", 20.0, "%", None),
        ("工业增加值", "总量"): ("≥", 360.0, "亿元", None),
        ("工业增加值", "增速"): ("≥", 16.0, "%", None),
    }, got
    assert [t.stretch for t in parse(RUN_TOGETHER, 2013).targets if t.value == 820.0] == [870.0]


def test_a_past_year_before_the_listed_goals_stays_past():
    # the same page for 2012 (the year the results are of) reads none of 2013's goals
    got = found(RUN_TOGETHER, 2012)
    assert not any(value in (3380.0, 820.0, 360.0) for _, value, _, _ in got.values()), got

