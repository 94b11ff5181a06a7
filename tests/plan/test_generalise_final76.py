"""Fits for the blind batch final76 (华北、东北、西北、西南, round 31): each failed on its first run (05d885d)."""

from __future__ import annotations

from tests.plan.test_generalise import found

# 和林格尔新区 2022: a news report of the zone's stated goals, some written as 预计…
GOALS = (
    "和林格尔新区今年经济社会发展预期目标\n"
    "今年，新区经济社会发展主要预期目标是：全年实施500万元以上重点项目100个，预计完成固定资产投资70亿元以上，同比增长20%；"
    "预计新增规模以上工业企业不少于3家，规模以上工业增加值同比增长10%以上；预计完成一般公共预算收入1.8亿元，同比增长20%。\n"
    "今年新区的招商引资目标是：对接企业、项目不少于300个，签约项目不低于80个，协议总投资500亿元以上，当年落地20个以上。\n"
)


def test_an_estimate_among_announced_goals_is_a_goal():
    got = found(GOALS, 2022)
    assert got[("规模以上工业企业", "新增")] == ("≥", 3.0, "家", None)
    assert got[("一般公共预算收入", "总量")] == ("≥", 1.8, "亿元", None)
    assert got[("规模以上工业增加值", "增速")] == ("≥", 10.0, "%", None)


def test_the_investment_promotion_is_to_sign_is_a_target():
    assert found(GOALS, 2022)[("协议总投资", "总量")] == ("≥", 500.0, "亿元", None)


def test_an_estimate_alone_stays_an_estimate():
    text = "某市2022年经济运行情况\n预计完成一般公共预算收入1.8亿元，同比增长20%。\n"
    assert ("一般公共预算收入", "总量") not in found(text, 2022)


def test_a_project_s_total_investment_stays_its_budget():
    text = "某市2022年工作要点\n加快建设总投资50亿元的科创园项目。\n"
    assert 50.0 not in {v[1] for v in found(text, 2022).values()}
