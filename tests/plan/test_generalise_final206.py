"""Fits for round 67 (final206 华东, final207 华东华中, final208 华中华南, final209 西南, final210 西北,
final211 华北东北). The first tests fix shortfalls left from earlier rounds before round 67's first
run; each fails on the last stop (18bec627)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found

CORPUS = Path(__file__).parent / "corpus"


def _corpus(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def test_a_count_before_its_total_in_a_larger_unit_is_the_years_increase():
    # 海宁 2024 (final194): "发展稻田新型综合种养5000亩、总量超2万亩" — 5000亩 is this year's new area,
    # 2万亩 the whole area it brings
    got = found(_corpus("2024_haining_yaodian"), 2024)
    assert got[("发展稻田新型综合种养", "新增")][1:3] == (5000.0, "亩")
    assert got[("发展稻田新型综合种养总数", "总量")][1:3] == (2.0, "万亩")
    # the same in square metres
    built = found("全年建成标准厂房8000平方米，总数达到2万平方米。", 2024)
    assert built[("标准厂房", "新增")][1:3] == (8000.0, "平方米")
    assert built[("标准厂房总数", "总量")][1:3] == (2.0, "万平方米")


def test_newly_planted_woods_are_an_increase():
    # 邵阳县 2022 (final202): "今年計劃新造、低改各2萬畝" — 新造 is new planting, like 新植
    got = found(_corpus("2022_shaoyangxian_news"), 2022)
    assert any(k[1] == "新增" and v[1:3] == (2.0, "万亩") for k, v in got.items())


def test_the_change_of_a_growth_rate_is_no_second_target():
    # 剑阁 2024 (final203): "今年，全县地区生产总值预期增长7.5%以上，较去年增加1个百分点" — one target, named
    # without 预期
    got = found(_corpus("2024_jiange_jianghua"), 2024)
    assert got == {("地区生产总值", "增速"): ("≥", 7.5, "%", None)}
    # a level's change stays a target of its own
    level = found("全市研发经费投入强度达到2.5%，较去年提高0.2个百分点。", 2024)
    assert any(k[1] == "提高" and v[1] == 0.2 for k, v in level.items())
