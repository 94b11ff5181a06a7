"""Rules of round 26 (the lead's, before this round's blind batches were read)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed, parse


def test_a_headlines_gdp_restated_in_words_is_named_in_words():
    # 湖南 2024 (final64): the headline says "湖南GDP目标增长6%左右", the body "地区生产总值增长6%左右";
    # one target, named as a report prints it
    text = (
        "2025年湖南GDP目标增长5.5%左右，新一年将大力发展新质生产力\n"
        "2025年湖南GDP目标增长5.5%左右，新一年将大力发展新质生产力\n"
        "政府工作报告提出了2025年的预期目标，其中包括地区生产总值增长5.5%左右，固定资产投资增长6%。\n"
    )
    got = found(text, 2025)
    assert [k for k in got if got[k][1] == 5.5] == [("地区生产总值", "增速")], got


def test_a_task_set_by_a_higher_level_in_brackets_after_a_growth_it_was_exceeded_by():
    # 珠海高新区 2020 (final64): a year-end report gives the district's growth task in brackets
    text = (
        "高新区2020年工作总结\n"
        "2020年1-11月，高新区预计实现工业增加值89.75亿元，同比增长5.8%，高于区下达指标任务(2.5%)3.3个百分点。\n"
        "专利授权量1200件，同比增长12%，完成全年任务（1000件）的120%。\n"
    )
    got = found(text, 2020)
    assert got.get(("工业增加值", "增速"), (None, None))[1] == 2.5, got
    assert got.get(("专利授权量", "总量"), (None, None))[1] == 1000, got
    assert not [k for k in got if got[k][1] in (3.3, 5.8, 89.75, 12)], got


def test_who_sets_money_aside_and_when_is_no_part_of_the_funds_name():
    # 宁东 2018 (final58; the lead playing an office end to end): "从今年起，宁东基地管委会每年安排专项资金2000万元" imported as
    # 「宁东基地管委会每年安排专项资金」, printed so in the summary
    text = "从今年起，宁东基地管委会每年安排专项资金2000万元，鼓励支持企业开展科技创新。\n市政府每年安排科技创新专项资金5000万元。\n"
    got = found(text, 2018)
    assert got.get(("专项资金", "总量"), (None, None))[1] == 2000, got
    assert got.get(("科技创新专项资金", "总量"), (None, None))[1] == 5000, got


def test_a_pages_click_count_is_page_furniture_not_a_result():
    # 宁东 2018 (final58): "发表时间:2018年01月02日  点击数:683 次" was listed as a result of the text
    text = (Path(__file__).parent / "corpus" / "2018_ningdong_news.txt").read_text(encoding="utf-8")
    assert not [q for q in listed(text, 2018) if q.startswith("683")], listed(text, 2018)
    assert ("高新技术企业", "总量") in found(text, 2018)


def test_one_catalogue_indicator_at_two_levels_is_two_targets():
    # "省级科技特派员1000名、市州级科技特派员10000名" was one 科技特派员 ≥1000人 and a conflict note
    got = found("某市科技局2025年工作要点\n全年计划选派省级科技特派员1000名、市州级科技特派员10000名。\n", 2025)
    assert got.get(("省级科技特派员", "总量"), (None, None))[1] == 1000, got
    assert got.get(("市州级科技特派员", "总量"), (None, None))[1] == 10000, got


def test_a_verb_and_its_preposition_before_a_count_of_partners_name_nothing():
    # "深化与20个高校院所的产学研合作" was named 「深化与」
    got = found("某市科技局2025年工作要点\n深化与20个高校院所的产学研合作。\n加强与5个国家级科研平台的合作交流。\n", 2025)
    assert got.get(("高校院所", "总量"), (None, None))[1] == 20, got
    assert got.get(("国家级科研平台", "总量"), (None, None))[1] == 5, got


def test_a_floor_said_after_its_stretch_is_the_target():
    # "力争达到2.8%，确保2.7%" was two targets (or one and a conflict note); "确保…、力争…" was read
    text = (
        "某市科技局2025年工作要点\n全市R&D经费投入强度力争达到2.8%，确保2.7%。\n"
        "技术合同成交额力争3.5亿元，确保3亿元。\n高新技术企业力争新增50家，确保新增40家。\n"
    )
    got = {k: v for k, v in found(text, 2025).items()}
    assert got[("全社会R&D经费投入占GDP比重", "总量")][1] == 2.7, got
    assert got[("技术合同成交额", "总量")][1] == 3, got
    assert got[("高新技术企业", "新增")][1] == 40, got
    assert len(got) == 3, got
    stretches = {t.indicator: t.stretch for t in parse(text, 2025).targets}
    assert stretches == {"全社会R&D经费投入占GDP比重": 2.8, "技术合同成交额": 3.5, "高新技术企业": 50}, stretches


def test_ordinary_plan_phrasings_of_the_leads_battery():
    # written by the lead as a bureau writes them, none from a corpus text; each was misread
    def one(sentence):
        return found("某市科技局2025年工作要点\n" + sentence + "\n", 2025)

    # 人均 is part of the name ("科普经费人" before)
    assert ("科普经费人均", "总量") in one("科普经费人均不低于1元。")
    # an amount named by its measure alone after the count it is the amount of ("成交额" before)
    assert one("新登记技术合同600项，成交额15亿元。").get(("技术合同成交额", "总量"), (None, None))[1] == 15
    # who set the task, and the word 任务, are no part of the name
    assert ("科技型中小企业评价入库", "总量") in one("完成市下达的科技型中小企业评价入库任务150家。")
    # a list's shared verb survives a 分别 clause after it (the second count was read as a total)
    got = one("力争全年新增国家高新技术企业30家、省科技型中小企业200家，分别增长20%和15%。")
    assert got.get(("省科技型中小企业", "新增"), (None, None))[1] == 200, got


def test_a_doubling_against_last_year_is_listed_not_dropped():
    # "科技型中小企业入库数量较上年翻一番" was neither read nor listed: no forward word before it
    assert "翻一番" in listed("某县科技局2025年工作要点\n科技型中小企业入库数量较上年翻一番。\n", 2025)


def test_a_part_of_a_count_at_another_level_is_named_by_the_level_and_the_count():
    # "培育认定县级科技领军企业5家，其中晋升省级2家" was 「认定县级科技领军企业」 and 「晋升省级」
    got = found("某县科技局2025年工作要点\n培育认定县级科技领军企业5家，其中晋升省级2家。\n", 2025)
    assert got.get(("县级科技领军企业", "总量"), (None, None))[1] == 5, got
    assert got.get(("省级科技领军企业", "总量"), (None, None))[1] == 2, got


def test_jiaci_is_a_unit_and_a_planned_budget_is_named_by_the_money():
    got = found("某市科技局2025年工作要点\n服务科技企业200家次。\n全年共计划安排科技经费2.5亿元，比上年增加0.3亿元。\n", 2025)
    assert got.get(("服务科技企业", "总量"), (None, None, None))[2] == "家次", got
    assert got.get(("科技经费", "总量"), (None, None))[1] == 2.5, got
