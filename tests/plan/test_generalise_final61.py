"""Rules from final61's first run (round 26; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on 3e88130 (the parser final61 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found, parse


def test_a_plans_indicators_listed_and_counted_that_are_to_grow():
    # 崖门 2009 "根据崖门镇2009年的整体发展计划，生产总值、……、社会消费品零售总额6项指标要增长12%以上"
    text = (
        "某镇2024年经济工作\n2023年，全镇经济运行平稳。\n"
        "根据某镇2024年的整体发展计划，生产总值、一般公共预算收入、工业总产值、固定资产投资4项指标要增长10%以上。\n"
    )
    got = found(text, 2024)
    assert {k[0] for k in got} == {"生产总值", "一般公共预算收入", "工业总产值", "固定资产投资"}
    assert all(v == ("≥", 10.0, "%", None) for v in got.values())


def test_goals_established_and_a_growth_kept_on_last_years_base():
    # 广西 2014 "确立了2014年工业发展目标：……突破2万亿元，在2013年1.82万亿元的基础上，继续保持17%的高速增长"
    text = (
        "某省工业增长贡献率达50%\n本报讯 记者从近日召开的全省工业和信息化会上获悉：某省确立了2024年工业发展目标："
        "全省规模以上工业总产值突破3万亿元，在2023年2.7万亿元的基础上，继续保持10%的快速增长。\n"
        "自2019年至2023年，全省工业总产值由1.6万亿元增加到2.7万亿元。\n"
    )
    got = found(text, 2024)
    assert got[("规模以上工业总产值", "总量")] == ("≥", 30000.0, "亿元", None)
    assert got[("规模以上工业总产值", "增速")] == ("≥", 10.0, "%", None)
    assert len(got) == 2


def test_a_stretch_stated_first_then_the_target_with_it():
    # 江西 2015 "到2015年，全省完成工业增加值力争突破1万亿元……。其中，……完成工业增加值9000亿元以上、力争突破1万亿元"
    text = (
        "某省“十二五”工业主要目标\n到2015年，全省完成工业增加值力争突破8000亿元。\n"
        "其中，做大工业总量方面，全省完成工业增加值7000亿元以上、力争突破8000亿元，年均增长15%以上。\n"
    )
    t = {(x.indicator, x.kind): x for x in parse(text, 2015).targets}
    assert (t[("工业增加值", "总量")].value, t[("工业增加值", "总量")].stretch) == (7000.0, 8000.0)


def test_two_measures_joined_by_he_and_points_in_words():
    # 山东 2016 "发明专利申请量和授权量年均增长15%以上，……的比重每年提高一个百分点以上"
    text = (
        "某省2024年科技工作要点\n一、主要目标\n争取有效发明专利申请量和授权量年均增长12%以上，"
        "高新技术产业产值占规模以上工业总产值的比重每年提高半个百分点以上。\n"
    )
    got = found(text, 2024)
    assert sum(1 for k in got if k[1] == "增速") == 2
    assert got[("高新技术产业产值占规模以上工业总产值的比重", "提高")] == ("≥", 0.5, "个百分点", None)


def test_since_the_start_of_the_year_reports_so_far():
    # 武进 2021 "……。今年以来，我区……排出全年高企申报计划共617家，全区12个项目入选……" (its own 今年
    # no longer ends the report begun by 今年以来)
    text = (
        "某区科技创新大会\n2020年，全区新增高新技术企业120家。今年以来，我区加快科技型企业培育，"
        "排出全年高企申报计划共500家，全区9个项目入选市级重大创新平台项目。下阶段，我区计划全年净增高新技术企业150家。\n"
    )
    got = found(text, 2021)
    assert got == {("高新技术企业", "净增"): ("≥", 150.0, "家", None)}
