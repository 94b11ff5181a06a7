"""Fits for the blind batches of round 56 (final146 华东华中, final147 华南西南西北, final148 华北东北), first
run after round 54's fits: each failed on its first run (25b64a6)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_a_yearbook_entry_under_its_sites_breadcrumb():
    # 协和街道 2019 (final147): "首页 出版 双流年鉴2020 / 【概况】 / ……2019年，协和街道有规上工业企业11家，工业总产值17.45亿元"
    text = (
        "首页 出版 双流年鉴2020\n【概况】\n协和街道地处天府新区。协和街道辖区面积14.5平方公里,年末有常住人口93244人。"
        "2019年,协和街道有规上工业企业11家,工业总产值17.45亿元;有规上服务业4家,完成营业收入30.86亿元。\n"
    )
    assert not found(text, 2019)


def test_values_of_a_list_with_a_mark_lost_and_a_shared_noun():
    # 顺化乡 2015 (final147): "马铃薯、中药材、旱地谷子、花卉、高原夏菜种植示范点分别达到5个、4个、3个2个和1个"
    text = "顺化乡2015年\n努力建成马铃薯、中药材、旱地谷子、花卉、高原夏菜种植示范点分别达到5个、4个、3个2个和1个。\n"
    got = found(text, 2015)
    assert [got[(f"{c}种植示范点", "总量")][1] for c in ("马铃薯", "中药材", "旱地谷子", "花卉", "高原夏菜")] == [
        5.0, 4.0, 3.0, 2.0, 1.0]


def test_a_yearly_average_kept_is_a_growth():
    # 吉林 2020 (final148): "农民人均工资性收入保持年均7%左右增长"
    text = "吉林省棚膜经济\n到2020年,农民人均工资性收入保持年均7%左右增长。\n"
    assert ("农民人均工资性收入", "增速") in found(text, 2020)


def test_another_work_on_the_same_thing_after_a_comma():
    # 氾水 2025 (final146): "年内建成省级宜居宜业和美乡村2个、新打造1个"
    text = "氾水镇2025年\n年内建成省级宜居宜业和美乡村2个、新打造1个。\n"
    assert ("新打造省级宜居宜业和美乡村", "总量") in found(text, 2025)
