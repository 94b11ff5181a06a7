"""Fits for the blind batch final74 (华北、东北、华南, round 30): each failed on its first run (dda50a2)."""

from __future__ import annotations

from tests.plan.test_generalise import found, parse

# 张家口 2022: a results story with no date line, about the imported year itself, and no word that
# looks ahead; its sums obtained and needs met were read as six targets
ZHANGJIAKOU = (
    "2022年，张家口市大力实施创新驱动发展战略，加快推进一批重点科技项目落地，共争取省级科技计划项目101项、资金1.03亿元。\n"
    "探索推进“揭榜挂帅”新型科技项目组织形式，确定了两项科技“揭榜挂帅”技术攻关类项目，榜单金额总计460万元。\n"
    "此外，全市备案入库国家科技型中小企业433家，为82家科技企业解决融资需求19.58亿元。\n"
)


def test_a_story_of_sums_obtained_and_needs_met_reports_results():
    assert parse(ZHANGJIAKOU, 2022).targets == []


def test_funds_to_obtain_in_a_plan_stay_targets():
    text = "某市科技局2022年工作要点\n全年力争争取省级科技计划项目100项、资金1亿元。\n"
    assert ("省级科技计划项目", "总量") in found(text, 2022)


# 三角 2023: a town secretary's speech — "保证GDP增长8%…" and "上半年拟向优质项目供地600亩" are plans
SANJIAO = (
    "三角镇：高标准打造市新材料产业园\n"
    "栏目：首页 来源：中山+ 发布：2023-01-28\n"
    "三角党委书记表示，将坚持以高质量党建引领高质量发展，过去五年GDP平均增速名列前茅。"
    "如排除并镇因素，规上工业增加值排名从2017年全市第14位跃升至第4位。2023年，三角镇将坚定信心、下定决心。\n"
    "一是锚定更高增长目标。保证GDP增长8%、工业增加值增长8%、工业投资增长53%。\n"
    "二是有效提升发展质量。推动25家规上工业企业完成数字化转型，其中5家达三级及以上水平。"
    "争当东承“先行镇”，上半年拟向优质项目供地600亩，掀起项目落地建设的新高潮。\n"
    "推荐阅读\n"
    "珠海⇔中山！新路通车时间公布！\n"
    "13569人浏览   2025-05-25\n"
)


def test_a_speech_of_plans_after_a_sentence_of_results_reads_its_plans():
    got = found(SANJIAO, 2023)
    assert got == {
        ("GDP", "增速"): ("≥", 8.0, "%", None),
        ("工业增加值", "增速"): ("≥", 8.0, "%", None),
        ("工业投资", "增速"): ("≥", 53.0, "%", None),
        ("完成数字化转型的规上工业企业", "总量"): ("≥", 25.0, "家", None),
        ("达三级及以上水平的规上工业企业", "总量"): ("≥", 5.0, "家", None),
        ("向优质项目供地", "总量"): ("≥", 600.0, "亩", None),
    }, got


def test_a_related_reading_list_s_view_counts_are_page_furniture():
    result = parse(SANJIAO, 2023)
    assert not any(u.quantity == "13569人" for u in result.past + result.unmapped + result.not_targets)


def test_a_plan_name_that_starts_with_to_be_listed_keeps_it():
    text = "某市科技局2023年工作要点\n全年培育拟上市企业10家。\n"
    assert [t.indicator for t in parse(text, 2023).targets] == ["拟上市企业"]


def test_a_word_count_of_the_report_is_no_target():
    # 吉林 2026: "报告中，“发展”出现67次，“建设”出现57次…" gave five targets counted in 次
    text = (
        "吉林省政府工作报告发布\n"
        "经大数据梳理，2026年吉林省政府工作报告中，“发展”出现67次，“建设”出现57次，“产业”出现54次。\n"
        "报告显示，吉林省2026年经济社会发展主要预期目标是：地区生产总值增长5%左右。\n"
    )
    assert found(text, 2026) == {("地区生产总值", "增速"): ("≈", 5.0, "%", None)}
