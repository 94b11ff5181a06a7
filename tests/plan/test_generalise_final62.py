"""Rules from final62's first run (round 26; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on 3e88130 (the parser final62 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_a_clause_opened_by_plan_after_a_year_of_results():
    # 长春高新区 2018: a headline and a paragraph of 2017's results, then "2018年，……将以……为主题，……。
    # 计划规模以上工业产值增长12%，地区生产总值增长10%" — read as results
    text = (
        "某高新区获评省级创新型园区\n\n来源：某日报 2024-01-28 09:00:00\n\n"
        "2023年，某高新区营业总收入同比增长16.5%，地区生产总值同比增长7.6%，在全省开发区综合考评中位列第一。\n\n"
        "2024年，某高新区将以“创新发展”为主题，全力建设现代化科技新城。计划规模以上工业产值增长11%，地区生产总值增长8%。\n"
    )
    got = found(text, 2024)
    assert got[("规模以上工业产值", "增速")] == ("≥", 11.0, "%", None)
    assert got[("地区生产总值", "增速")] == ("≥", 8.0, "%", None)
    assert len(got) == 2


def test_the_year_just_past_opens_a_review():
    # 净月高新区 2023: "一年来，……交出了一份……答卷。" and two paragraphs of 2022's figures, then
    # "2023年，……锚定新目标——……增长7.2%"; the 19 results were read as targets
    text = (
        "某高新区2024年工作会议释放了哪些信号？\n人民网2月10日电 某高新区召开2024年工作会议。\n"
        "一年来，某高新区统筹发展和安全，交出了一份精彩的答卷。\n"
        "经济发展增添新动能——地区生产总值实现312.6亿元，固定资产投资总量181.9亿元。全区新认定高新技术企业127户，高企总数达到376户。\n"
        "民生福祉达到新水平——全年环境空气质量优良天数达到323天，开发就业岗位6400个。\n"
        "2024年，某高新区锚定新目标——地区生产总值增长6.5%，固定资产投资增长8%。\n"
    )
    got = found(text, 2024)
    assert got == {("地区生产总值", "增速"): ("≥", 6.5, "%", None), ("固定资产投资", "增速"): ("≥", 8.0, "%", None)}


def test_a_second_list_of_points_for_the_same_names():
    # 湖北 2020 "……占全省GDP的比重分别达到23%、17%，分别比“十二五”末提高6个和8个百分点"
    text = (
        "某省开发区发展意见\n力争到2025年，全省数字经济核心产业、高技术制造业占全省GDP的比重分别达到12%、9%，"
        "分别比“十四五”初提高3个和2个百分点。\n"
    )
    got = found(text, 2025)
    assert got[("数字经济核心产业占全省GDP的比重", "提高")] == ("≥", 3.0, "个百分点", None)
    assert got[("高技术制造业占全省GDP的比重", "提高")] == ("≥", 2.0, "个百分点", None)
    assert got[("高技术制造业占全省GDP的比重", "总量")] == ("≥", 9.0, "%", None)


def test_what_the_first_half_has_done_is_a_result():
    # 平罗 2024 "今年，……上半年共申报各类项目170项，获批91项，争取……奖补资金4900余万元"
    text = "某县召开科技企业座谈会\n今年，某县积极组织企业开展项目申报，上半年共申报各类项目120项，获批61项，争取各类奖补资金3200余万元。\n"
    assert found(text, 2024) == {}
