"""Acceptance on the real seed plan: the tree and the 34 targets of the sample brief."""

from __future__ import annotations

from pathlib import Path

import pytest

from kjreport.plan import import_plan

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "市科技局全年工作意见.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"seed plan not found at {SEED}")

TREE = [
    ("总", "总", "", "主要任务目标"),
    ("一", "部分", "一、", "发挥高新技术带动作用，促进经济发展转方式调结构"),
    ("一.1", "条", "一是", "加快骨干企业膨胀"),
    ("一.2", "条", "二是", "抓好高新技术重点项目"),
    ("一.3", "条", "三是", "加快高新技术改造提升传统产业"),
    ("一.4", "条", "四是", "加快建设“一区五园”"),
    ("二", "部分", "二、", "突出两个重点，加快提升科研水平"),
    ("二.1", "节", "（一）", "深入开展技术创新提升工程"),
    ("二.1.1", "条", "一是", "整合资源，突破重点"),
    ("二.1.2", "条", "二是", "统筹推进，形成合力"),
    ("二.1.3", "条", "三是", "落实责任，强化激励"),
    ("二.2", "节", "（二）", "深入推进产学研合作创新"),
    ("二.2.1", "条", "一是", "着力策划科技合作项目"),
    ("二.2.2", "条", "二是", "着力引进使用高端人才"),
    ("二.2.3", "条", "三是", "着力建设科技合作平台"),
    ("三", "部分", "三、", "抓好三个关键，提高科技工作显示度"),
    ("三.1", "节", "（一）", "抓好科技计划与成果"),
    ("三.1.1", "条", "一是", "狠抓科技项目争取"),
    ("三.1.2", "条", "二是", "抓好科技项目实施"),
    ("三.1.3", "条", "三是", "促进科技成果产出"),
    ("三.1.4", "条", "四是", "加强科技成果推广"),
    ("三.2", "节", "（二）", "促进农业科技产业化"),
    ("三.2.1", "条", "一是", "深入实施农业良种工程"),
    ("三.2.2", "条", "二是", "切实抓好农业科技成果转化和农业科技示范园区建设"),
    ("三.3", "节", "（三）", "依靠科技支撑社会发展"),
    ("三.3.1", "条", "一是", "加强节能降耗减排技术集成创新"),
    ("三.3.2", "条", "二是", "推动生物医药产业发展"),
    ("三.3.3", "条", "三是", "重视公共卫生和安全"),
    ("四", "部分", "四、", "强化四项措施，确保科技事业顺利发展"),
    ("四.1", "节", "（一）", "大力培育创新型企业"),
    ("四.2", "节", "（二）", "深入开展科技特派员工作"),
    ("四.3", "节", "（三）", "进一步加大科技投入"),
    ("四.3.1", "条", "一是", "增加财政科技投入"),
    ("四.3.2", "条", "二是", "引导企业加大研发投入"),
    ("四.3.3", "条", "三是", "拓宽融投资渠道"),
    ("四.4", "节", "（四）", "加强自身建设"),
    ("四.4.1", "条", "一是", "加强干部队伍建设"),
    ("四.4.2", "条", "二是", "加强廉政建设"),
    ("四.4.3", "条", "三是", "加强服务型机关建设"),
    ("四.4.4", "条", "四是", "深入开展创先争优活动"),
]

# indicator, value, unit, plan items, department — the table of /work/briefs/sample.md §4
TARGETS = [
    ("高新技术产业产值", 800, "亿元", ("总", "一.4"), "高新科"),
    ("高新技术产业产值占规模以上工业总产值比重", 26.5, "%", ("总", "一.4"), "高新科"),
    ("全社会R&D经费投入", 10, "亿元", ("总", "四.3.3"), "计划科"),
    ("全社会R&D经费投入占GDP比重", 0.8, "%", ("总", "四.3.3"), "计划科"),
    ("省级以上科技计划项目", 35, "项", ("总", "三.1.1"), "计划科"),
    ("技术创新提升工程重大专项", 10, "项", ("总", "二.1.1"), "计划科"),
    ("重要科技成果", 100, "项", ("总", "三.1.3"), "成果科"),
    ("省科技成果重点推广计划项目", 25, "项", ("总", "三.1.4"), "成果科"),
    ("高新技术企业", 150, "家", ("总",), "高新科"),
    ("市级创新型试点企业", 100, "家", ("总", "四.1"), "政策法规科"),
    ("创新型企业", 30, "家", ("总", "四.1"), "政策法规科"),
    ("市级工程技术研究中心", 30, "家", ("总", "二.2.3"), "合作科"),
    ("科技特派员", 1200, "人", ("总", "四.2"), "农村科"),
    ("利益共同体", 550, "个", ("总", "四.2"), "农村科"),
    ("培训农民", 30, "万人次", ("总", "四.2"), "农村科"),
    ("科技进步贡献率", 48, "%", ("总",), "计划科"),
    ("重点企业产值", 400, "亿元", ("一.1",), "高新科"),
    ("重点企业产值占高新技术产业产值比重", 50, "%", ("一.1",), "高新科"),
    ("一区五园高新技术产业产值", 500, "亿元", ("一.4",), "高新科"),
    ("列入国家和省科技重大专项", 4, "项", ("二.1.1",), "计划科"),
    ("产学研合作企业", 50, "家", ("二.2.1",), "合作科"),
    ("来市指导院士", 10, "名", ("二.2.2",), "合作科"),
    ("来市指导专家", 100, "名", ("二.2.2",), "合作科"),
    ("省级工程技术研究中心", 6, "家", ("二.2.3",), "合作科"),
    ("产业技术创新战略联盟", 3, "家", ("二.2.3",), "合作科"),
    ("院士工作站", 2, "个", ("二.2.3",), "合作科"),
    ("农业科技示范园区", 10, "处", ("三.2.2",), "农村科"),
    ("重大节能降耗减排科技项目", 5, "项", ("三.3.1",), "社发科"),
    ("节能新技术新装备推广", 10, "项", ("三.3.1",), "社发科"),
    ("民生科技关键技术研发及成果转化", 5, "项", ("三.3.3",), "社发科"),
    ("省级创新型试点企业", 18, "家", ("四.1",), "政策法规科"),
    ("企业R&D经费投入", 9, "亿元", ("四.3.2",), "计划科"),
    ("创新型企业R&D经费占销售收入比重", 5, "%", ("四.3.2",), "政策法规科"),
    ("高新技术企业和试点企业R&D经费占销售收入比重", 3, "%", ("四.3.2",), "政策法规科"),
]


@pytest.fixture(scope="module")
def seed():
    return import_plan(SEED)


def test_seed_tree_matches_the_plan_in_order(seed):
    got = [(n.code, n.level, n.label, n.title) for n in seed.plan.walk()]
    assert got == TREE


def test_seed_targets_match_the_acceptance_table(seed):
    got = {t.indicator: (t.value, t.unit, t.plan_items, t.department) for t in seed.targets}
    want = {name: (float(v), unit, items, dept) for name, v, unit, items, dept in TARGETS}
    assert got == want
    assert len(seed.targets) == 34
    assert all(t.comparison == "≥" for t in seed.targets)


def test_800_stated_in_several_places_is_one_target(seed):
    hits = [t for t in seed.targets if t.value == 800]
    assert len(hits) == 1 and hits[0].plan_items == ("总", "一.4")
    assert "800亿元" in hits[0].sentence


def test_every_target_keeps_its_sentence(seed):
    by_name = {t.indicator: t for t in seed.targets}
    assert (
        by_name["来市指导专家"].sentence
        == "争取年内有10名院士100名专家来我市指导企业和相关产业发展。"
    )
    assert by_name["重要科技成果"].sentence.startswith("争取省级以上计划35项")
    assert "3%以上" in by_name["高新技术企业和试点企业R&D经费占销售收入比重"].sentence
    for t in seed.targets:
        assert t.sentence and any(ch.isdigit() for ch in t.sentence)


def test_inline_item_and_section_text(seed):
    # 四是 sits on the same line as 三是: two items, each with its own text
    assert seed.node("三.1.3").text.endswith("年内要取得重要科技成果100项以上。")
    assert seed.node("三.1.4").text.startswith("对符合产业政策")
    assert seed.node("二.1").text.startswith("年是我市技术创新提升工程实施的关键一年")
    assert seed.node("总").text.startswith("主要任务目标是：全年高新技术产业产值")
    assert seed.node("总").text.endswith("贡献率达到48%。")


def test_web_junk_is_ignored_and_nothing_else_is_lost(seed):
    assert [n.line for n in seed.ignored] == [2, 3, 44, 45]
    assert seed.unplaced == []
    assert seed.unmapped == []  # "30家重点企业" names a group, it is no target
    assert seed.title == "市科技局全年工作意见"
    assert seed.year is None  # the seed dropped its year ("年是…")
