"""Fits for the blind batch final84 (华中、西南、西北, round 34): each failed on its first run (7a23def)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# 重庆 2009 要点
CHONGQING = (
    "重庆市2009年科技工作要点\n"
    "综合科技进步水平保持在全国12位,力争进入前10位。\n"
    "新启动“混合动力汽车推广与示范”等重大科技专项5个,全市实施的重大科技专项达到22个。\n"
)


def test_a_rank_held_and_a_better_rank_striven_for():
    got = {t.indicator: t for t in parse(CHONGQING, 2009).targets}
    rank = got["综合科技进步水平排名"]
    assert (rank.comparison, rank.value, rank.unit, rank.stretch) == ("≤", 12.0, "位", 10.0)


def test_newly_started_is_an_increment_beside_the_total():
    got = found(CHONGQING, 2009)
    assert got[("重大科技专项", "新增")] == ("≥", 5.0, "个", None)
    assert got[("重大科技专项", "总量")] == ("≥", 22.0, "个", None)


def test_counts_over_thresholds_with_the_measure_said_once():
    # 河南 2012 产业集聚区
    text = (
        "河南产业集聚区\n"
        "力争今年完成投资1万亿元人民币,形成1个主营业务收入超1000亿元、6个超500亿元、100个超100亿元的集聚区。\n"
    )
    got = found(text, 2012)
    assert got[("主营业务收入超1000亿元的集聚区", "总量")] == ("≥", 1.0, "个", None)
    assert got[("超500亿元的集聚区", "总量")] == ("≥", 6.0, "个", None)
    assert got[("超100亿元的集聚区", "总量")] == ("≥", 100.0, "个", None)


# 西安高新区 2013: a headline's plan, a reward paid out
XIAN = (
    "西高新今年计划引进10家以上世界500强企业\n"
    "4月12日,西安高新区举行2012年度企业表彰暨2013年度重点项目建设动员大会,拿出3000万元对2012年度特别贡献企业、"
    "工业发展十强企业等先进单位进行表彰奖励。今年全区固定资产投资518亿元。\n"
)


def test_a_headline_s_plan_for_this_year_is_read():
    assert found(XIAN, 2013)[("世界500强企业", "总量")] == ("≥", 10.0, "家", None)


def test_money_paid_out_as_rewards_is_no_target():
    assert 3000.0 not in {v[1] for v in found(XIAN, 2013).values()}
    assert "表彰" in listed(XIAN, 2013)["3000万元"]


def test_the_fields_a_task_covers_are_its_scope():
    text = "青海科技工作\n主要任务是在盐湖化工、生态保护等10个重要科技创新领域集成科技资源,组织科技攻关。\n"
    assert found(text, 2010) == {}
