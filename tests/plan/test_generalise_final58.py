"""Rules from final58's first run (round 24; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on 2f79246 (the parser final58 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse


def test_what_starts_this_year_is_planned_in_a_news_report_of_results():
    # 宁东 2018: a headline and a paragraph of last year's results, then "从今年起，……将达到……" —
    # the whole page was read as results
    text = (
        "某开发区科技进步贡献率达52%\n发布时间：2024年01月05日\n"
        "2023年，开发区科技进步贡献率从45%上升至52%，高新技术企业首次突破40家，获评省级创新型园区。\n"
        "从今年起，开发区每年安排科技创新专项资金3000万元，并按每年20%的增速逐年递增。\n"
        "从今年起，开发区将把研发投入纳入企业考核，全社会研发投入占GDP的比重将达到2.6%，"
        "高新技术企业达到55家，省级以上创新平台达到20个。\n"
    )
    got = found(text, 2024)
    assert got[("开发区每年安排科技创新专项资金", "总量")] == ("≥", 3000.0, "万元", None)
    assert got[("全社会R&D经费投入占GDP比重", "总量")] == ("≥", 2.6, "%", None)
    assert got[("高新技术企业", "总量")] == ("≥", 55.0, "家", None)
    assert got[("省级以上创新平台", "总量")] == ("≥", 20.0, "个", None)
    assert all(v[1] not in (20.0, 52.0) or v[2] != "%" for v in got.values())
    assert "逐年递增" in listed(text, 2024)["20%"]


def test_a_total_reached_after_an_increment_is_no_stretch_of_it():
    # 天津 2014 "新增科技小巨人企业500家，力争达到3000家": the stock, not a stretch of the 500
    text = "某市2024年科技工作要点\n一、主要目标\n全年新增专精特新企业80家，力争达到600家；新增高新技术企业120家，力争新增150家。\n"
    got = found(text, 2024)
    assert got[("专精特新企业", "新增")] == ("≥", 80.0, "家", None)
    assert got[("专精特新企业", "总量")] == ("≥", 600.0, "家", None)
    t = {x.indicator: x for x in parse(text, 2024).targets}
    assert t["高新技术企业"].stretch == 150.0


def test_a_list_inside_on_the_base_of_is_the_base():
    # 涪西 2016 "将在扩大发展……2000余亩青菜、……3000余亩香桂等五大种植业的基础上，重点……": the
    # present size, not targets; and "在去年…元基础上增长12%" keeps the base out of the name
    text = (
        "某镇2024年工作思路\n2024年，将在巩固提升千亩茶叶、1500余亩柑橘、800余亩中药材等三大产业的基础上，"
        "重点发展林下经济。农村居民人均可支配收入在去年18500元基础上增长8%。\n"
    )
    got = found(text, 2024)
    assert got == {("农村居民人均可支配收入", "增速"): ("≥", 8.0, "%", None)}
    assert "基数" in listed(text, 2024)["1500余亩"]


def test_a_measure_after_a_crops_area_is_the_same_crops():
    # 襄城 2022 "烟叶种植面积达到12万亩、产量30万担以上" was named "产量种植面积"
    text = "某县2024年农业工作要点\n一、主要目标\n确保中药材种植面积达到5万亩、产量1.2万吨以上，家畜存栏20万头，其中牛3万头。\n"
    got = found(text, 2024)
    assert got[("中药材产量", "总量")] == ("≥", 1.2, "万吨", None)
    assert got[("中药材种植面积", "总量")] == ("≥", 5.0, "万亩", None)
    assert ("牛存栏", "总量") in got


def test_counts_by_level_and_a_list_after_another_count():
    # 邢台 2022: "市级重点提升10个示范园区，县级重点建设26个示范园区" were one catalogue indicator (the
    # 26 lost as a restatement); "……等11个优势产业集群和优质油料、……等4个特色产业" read the 4
    text = (
        "某市2024年农业农村工作要点\n一、主要目标\n打造小麦、谷子、蔬菜等3个优势产业集群和优质肉牛、特色水产等2个特色产业。"
        "市级重点培育8个现代农业园区，县级重点建设20个现代农业园区。\n"
    )
    got = found(text, 2024)
    assert got[("市级现代农业园区", "总量")] == ("≥", 8.0, "个", None)
    assert got[("县级现代农业园区", "总量")] == ("≥", 20.0, "个", None)
    assert len(got) == 2
    assert "所列各项" in listed(text, 2024)["2个"]


def test_the_size_of_the_one_thing_to_be_built_is_no_target():
    # 荆州 2015 "在……农场建一个国土面积为64平方公里的农业高新区"
    text = "某市2024年科技工作要点\n一、主要目标\n在城东新区建一个规划面积为30平方公里的科技产业园，全年新增高新技术企业30家。\n"
    assert found(text, 2024) == {("高新技术企业", "新增"): ("≥", 30.0, "家", None)}
    assert "规模" in listed(text, 2024)["30平方公里"]
