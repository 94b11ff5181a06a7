"""Fits for the blind batch final83 (华东、华南, round 34): each failed on its first run (7a23def)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

# 嵊州经济开发区 2011: 只 counts projects (浙江's measure word), thresholds name the classes
SHENGZHOU = (
    "嵊州经济开发区2011年工作目标\n"
    "7.工业投资。23只市级转型升级项目基本建成投产;30只投资2000万元以上项目当年完成投资19亿元。\n"
    "8.招商引资。确保实到外资5650万美元,完成市外境内投资5.5亿元,其中5亿元以上3只,10亿元以上1只。\n"
    "9.加快配套设施建设。今年开发区基础设施建设主要安排9只项目,计划投资3亿元。\n"
)


def test_zhi_counts_projects():
    assert found(SHENGZHOU, 2011)[("市级转型升级项目基本建成投产", "总量")] == ("≥", 23.0, "只", None)


def test_projects_named_by_a_threshold_that_achieve_a_measure_are_its_subject():
    got = found(SHENGZHOU, 2011)
    assert got[("投资2000万元以上项目投资", "总量")] == ("≥", 19.0, "亿元", None)
    assert "30只" in listed(SHENGZHOU, 2011)


def test_an_amount_before_a_count_names_the_count():
    got = found(SHENGZHOU, 2011)
    assert got[("5亿元以上", "总量")] == ("≥", 3.0, "只", None)
    assert got[("10亿元以上", "总量")] == ("≥", 1.0, "只", None)


def test_the_investment_planned_for_projects_counted_in_zhi_is_a_target():
    assert 3.0 in {v[1] for (name, _), v in found(SHENGZHOU, 2011).items() if "投资" in name}


# 东塍镇 2020: a town's plan that lost a measure word and its punctuation
DONGCHENG = (
    "东塍镇2020年工作计划\n"
    "完成企业技改项目10新增上云企业65家以上。完善亩均论英雄评价体系,完成亩均税收5万元以下企业的改造提升。\n"
)


def test_a_bare_count_after_projects_runs_into_the_next_target():
    assert found(DONGCHENG, 2020)[("企业技改项目", "总量")] == ("≥", 10.0, "", None)


def test_a_ceiling_naming_a_class_of_firms_is_no_target():
    assert 5.0 not in {v[1] for v in found(DONGCHENG, 2020).values()}
    assert "门槛" in listed(DONGCHENG, 2020)["5万元以下"]
