"""Fits for the blind batch final81 (华南、西南、西北, round 33): each failed on its first run (ae4fe4b)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

# 柞水 2014: a county bureau's budget statement — the year's tasks, then the budget's explanation
ZHASHUI = (
    "一、部门主要职责:负责科技预决算和“科技三项费用”的使用管理。\n"
    "二、2014年主要工作任务:R&D支出占GDP比重为0.25%,政府财政科技研发投入360万元;建立企业研发中心2个;"
    "培育、评审、鉴定科技成果3项;成果转化技术市场交易额600万元。\n"
    "三、部门收支预算编制的依据及测算说明\n"
    "1、人员经费:74.31万元\n"
    "2、综合公用经费:5.78万元\n"
)


def test_a_budget_s_explanation_holds_no_target():
    got = found(ZHASHUI, 2014)
    assert 74.31 not in {v[1] for v in got.values()}
    assert "所在部分是部门预算的编制说明" in listed(ZHASHUI, 2014)["74.31万元"]


def test_the_government_s_budget_for_rd_is_not_the_whole_society_s_rd():
    assert found(ZHASHUI, 2014)[("政府财政科技研发投入", "总量")] == ("≥", 360.0, "万元", None)


def test_verbs_sharing_their_object_are_no_list_of_names():
    assert found(ZHASHUI, 2014)[("培育、评审、鉴定科技成果", "总量")] == ("≥", 3.0, "项", None)


def test_an_industry_named_by_its_size_class_is_no_target():
    text = "荣昌高新区\n力争在2026年培育800亿元级消费品和农牧高新产业。\n"
    assert found(text, 2026) == {}
    assert "规模等级" in listed(text, 2026)["800亿元"]


# 桂林 2016: a subheading sums up the paragraph's range
GUILIN = (
    "桂林市政府工作报告\n"
    "规模工业增加值力争9%以上\n"
    "以高新技术产业为龙头加快发展现代工业,努力实现规模以上工业增加值增长9%-9.5%。\n"
)


def test_a_subheading_s_figure_gives_way_to_the_paragraph_s_range():
    got = found(GUILIN, 2016)
    assert [v for (name, kind), v in got.items() if "工业增加值" in name] == [("区间", 9.0, "%", 9.5)]


def test_an_amount_in_percent_with_only_words_of_will_is_its_growth():
    text = "某市2016年目标\n规模工业增加值力争9%以上\n"
    assert found(text, 2016)[("规模工业增加值", "增速")] == ("≥", 9.0, "%", None)
