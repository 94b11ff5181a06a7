"""Comparator words and shared subjects in a plan's sentences (qa13 F17 F19)."""

from __future__ import annotations

from pathlib import Path

from kjreport.plan import import_plan

CORPUS = Path(__file__).parent / "corpus"


def _targets(plan: str, year: int) -> dict:
    return {t.indicator: t for t in import_plan(CORPUS / plan, year=year).targets}


def test_higher_than_is_a_comparator_not_part_of_the_name():
    targets = _targets("2023_nanning_fangan.txt", 2023)
    name = "规模以上工业企业新产品销售收入占规模以上工业企业营业收入比重"
    assert name in targets, sorted(targets)  # was 「…比重高于」: the summary said "比重高于达15.6%"
    assert targets[name].comparison == "≥" and targets[name].value == 15


def test_lower_than_and_fewer_than_are_ceilings(tmp_path):
    plan = tmp_path / "某县2025年科技工作要点.txt"
    plan.write_text(
        "某县2025年科技工作要点\n一、主要目标\n城镇登记失业率低于4.5%，科技企业亏损面少于10%，高新技术企业多于30家。\n",
        encoding="utf-8",
    )
    targets = {t.indicator: t for t in import_plan(plan, year=2025).targets}
    assert targets["城镇登记失业率"].comparison == "≤"
    assert targets["科技企业亏损面"].comparison == "≤"
    assert targets["高新技术企业"].comparison == "≥"


def test_a_measure_after_and_shares_the_first_names_subject():
    targets = _targets("2022_hanzhong_jihua.txt", 2022)
    assert "粮食产量" in targets and "产量" not in targets, sorted(targets)
    assert targets["粮食产量"].value == 110
