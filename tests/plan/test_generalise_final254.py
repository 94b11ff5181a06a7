"""Fits for round 75 (final254 华东, final255 华东华中, final256 华中华南, final257 西南, final258 西北,
final259 华北东北). Each test fails on the commit of round 75's first run (c56ef99d)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def _corpus(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def test_progress_of_the_first_quarter_against_the_years_plan_sets_no_target():
    # 广西 2012 (final256): "今年首季与此同时，全区完成通道绿化212.6公里，占全年计划的12.2%……"
    assert found(_corpus("2012_guangxi_zaolin"), 2012) == {}


def test_a_years_results_since_it_began_and_its_estimate_set_no_target():
    # 凤鸣 2021 (final254): "凤鸣街道2021年预计实现规上工业总产值106亿元"; "2021年来，凤鸣街道新进规上企业14家"
    assert found(_corpus("2021_fengming_news"), 2021) == {}


def test_the_plan_after_what_is_in_hand_is_read():
    # 哈尔滨 2010 (final259): "目前已争取到土地治理项目投资1.5亿元，计划改造中低产田29万亩，其中重点建设高标准水田6万亩……"
    got = found(_corpus("2010_harbin_nongye"), 2010)
    assert got[("高标准水田", "总量")][1] == 6.0
    assert got[("优质高产玉米基地", "总量")][1] == 4.0


def test_what_projects_serve_describes_them():
    # 河北 2013 (final259): "重点抓好100项事关全省发展大局的重大项目"
    assert found(_corpus("2013_hebei_zhongdianxiangmu"), 2013)[("重大项目", "总量")][1] == 100.0


def test_a_comparison_is_no_second_target():
    # 北京 2019 (final175, found in round 75's run): "计划新增造林28.4万亩，这大体相当于27.8个奥森公园"
    assert "换算" in listed(_corpus("2019_beijing_zaolin"), 2019)["27.8个"]
