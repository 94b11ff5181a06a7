"""Fits for round 74 (final248 华东, final249 华东华中, final250 华中华南, final251 西南, final252 西北,
final253 华北东北). Each test fails on the commit of round 74's first run (3e328b66)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def _corpus(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def test_a_places_make_up_and_the_work_done_since_a_campaign_began_are_no_targets():
    # 上坪寨 2018 (final251): "辖13个行政村，1个居委会，98个自然寨，……"; "2018年，自全省脱贫攻坚“春风行动”开展以来，……
    # 2018年，全乡完成规模蔬菜种植2000亩、牧草1500亩……"
    assert found(_corpus("2018_shangpingzhai_news"), 2018) == {}
    assert "地方概况" in listed(_corpus("2018_shangpingzhai_news"), 2018)["98个"]


def test_the_parts_after_a_total_and_its_increase_are_parts_of_the_total():
    # 云南 2011 (final251): "冬季农业开发面积达到2300万亩，比上年增加65万亩，其中冬早蔬菜600万亩、冬马铃薯250万亩、……"
    got = found(_corpus("2011_yunnan_dongnong"), 2011)
    assert got[("冬季农业开发面积", "新增")][1] == 65.0
    assert got[("冬马铃薯", "总量")][1] == 250.0
    assert ("冬马铃薯", "新增") not in got


def test_words_of_manner_and_whose_year_leave_the_name():
    # 仙游 2019 (final249): "确保按时保质完成我县2019年新增高标准农田55000亩"
    assert found(_corpus("2019_xianyou_renwu"), 2019)[("高标准农田", "新增")][1] == 55000.0
    # 福建 2013 (final249): "稳定粮食种植面积1800万亩、总产在650万吨以上"
    got = found(_corpus("2013_fujian_zhongzhiye"), 2013)
    assert got[("粮食种植面积", "总量")][1] == 1800.0
    assert got[("粮食总产量", "总量")][1] == 650.0
