"""Fits for the blind batches of round 57 (final149 华东华中, final150 华南西南西北, final151 华北东北), first
run after round 56's fits: each failed on its first run (aabea32)."""

from __future__ import annotations

from pathlib import Path

from kjreport.plan.text import normalize
from tests.plan.test_generalise import found

CORPUS = Path(__file__).parent / "corpus"


def test_a_decimal_point_typed_as_a_full_stop_in_a_years_review():
    # 洛南 2009 (final150): "……经济社会保持了较好的发展势头。全年实现GDP38。02亿元,增长14%。……是历史最多的一年"
    assert not found((CORPUS / "2009_luonan_news.txt").read_text(encoding="utf-8"), 2009)
    assert normalize("全年实现GDP38。02亿元,增长14%。财政总收入3。22亿元") == "全年实现GDP38.02亿元，增长14%。财政总收入3.22亿元"


def test_for_instance_this_year_names_nothing():
    # 乌兰察布 2026 (final151): "如今年计划新增装机并网400万千瓦以上,力争总规模达2500万千瓦"
    text = "乌兰察布市2026年\n如今年计划新增装机并网400万千瓦以上,力争总规模达2500万千瓦。\n"
    assert ("装机并网", "新增") in found(text, 2026)


def test_a_level_it_will_reach_after_a_dated_goal_in_a_report():
    # 天津 2015 (final151): a page of 2012 — "截至目前……达2.23万家……。到2015年，……将达到3万家……。规模以上科技型
    # 中小企业将发展到4500家，占科技型中小企业总数的比重提高到15%。"
    text = (
        "天津科技型中小企业\n近年来,天津市连续出台相关措施。截至目前,天津市科技型中小企业达2.23万家,占企业总数的比重从2010年的9%提高到11%。"
        "2011年,天津市新增科技型中小企业9834家。\n"
        "据介绍,到2015年,天津市科技型中小企业总体规模将达到3万家。规模以上科技型中小企业将发展到4500家。\n"
    )
    assert found(text, 2015)[("规模以上科技型中小企业", "总量")][1] == 4500.0


def test_a_growth_rate_whose_percent_sign_was_lost():
    # 遵义 2016 (final150): "今年遵义市将实现农业增加值增长5.5、农村居民人均可支配收入增长13.5以上"
    text = "遵义市2016年农业\n今年遵义市将实现农业增加值增长5.5、农村居民人均可支配收入增长13.5以上;粮食产量实现260万吨以上。\n"
    got = found(text, 2016)
    assert got[("农业增加值", "增速")][1:3] == (5.5, "%") and got[("农村居民人均可支配收入", "增速")][1:3] == (13.5, "%")
