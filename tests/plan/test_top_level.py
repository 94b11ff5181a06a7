"""The top level of a plan without 一、 headings: （一）, 1. or "科技工作，" paragraphs make the 部分
(qa2 R3, Q4)."""

from __future__ import annotations

from pathlib import Path

from kjreport.plan import import_plan

CORPUS = Path(__file__).parent / "corpus"


def tree(result):
    return [(n.code, n.level, n.label, n.title) for n in result.plan.walk()]


def items(result):
    return {t.indicator: t.plan_items for t in result.targets}


def test_sections_are_the_parts_when_there_is_no_yi_level():
    r = import_plan(CORPUS / "2021_county_jihua.txt")
    assert tree(r) == [
        ("总", "总", "", "主要任务目标"),
        ("一", "部分", "（一）", "基本思路"),
        ("二", "部分", "（二）", "目标任务"),
        ("三", "部分", "（三）", "主要措施"),
        ("三.1", "条", "1.", "继续推进国家创新型县（市）建设"),
        ("三.2", "条", "2.", "促进科技型企业加速成长"),
    ]
    assert r.unplaced == []
    assert items(r)["科技成果登记"] == ("二",) and len(r.targets) == 7


def test_numbered_paragraphs_are_the_parts_when_nothing_else_is(tmp_path):
    plan = tmp_path / "某县2021年科技工作计划.txt"
    plan.write_text(
        "某县科技局2021年工作计划\n"
        "2021年，我局将围绕县委、县政府工作部署，重点抓好以下工作。\n"
        "1、全力争取科技项目资金。全年争取上级科技项目资金200万元以上。\n"
        "2、加快培育科技型企业。新增高新技术企业3家以上。\n"
        "（1）抓好高企培育库建设。\n"
        "（2）做好科技型中小企业评价。\n"
        "3、加强党的建设。\n",
        encoding="utf-8",
    )
    r = import_plan(plan)
    assert [(c, lv, lb, t) for c, lv, lb, t in tree(r)] == [
        ("总", "总", "", "主要任务目标"),
        ("一", "部分", "1.", "全力争取科技项目资金"),
        ("二", "部分", "2.", "加快培育科技型企业"),
        ("二.1", "条", "（1）", "抓好高企培育库建设"),
        ("二.2", "条", "（2）", "做好科技型中小企业评价"),
        ("三", "部分", "3.", "加强党的建设"),
    ]
    assert items(r)["高新技术企业"] == ("二",) and r.unplaced == []


def test_a_numbered_list_of_targets_stays_in_the_headline(tmp_path):
    plan = tmp_path / "某县2021年科技工作要点.txt"
    plan.write_text(
        "某县2021年科技工作要点\n"
        "主要目标：\n"
        "（一）新增高新技术企业3家以上；\n"
        "（二）发明专利申请量达到150件；\n",
        encoding="utf-8",
    )
    r = import_plan(plan)
    assert tree(r) == [("总", "总", "", "主要任务目标")]
    assert items(r) == {"高新技术企业": ("总",), "发明专利申请量": ("总",)}


def test_news_paragraphs_led_by_their_topic_are_the_parts():
    r = import_plan(CORPUS / "2018_hanshou_news.txt")
    assert tree(r) == [
        ("总", "总", "", "主要任务目标"),
        ("一", "部分", "一、", "工业工作"),
        ("二", "部分", "二、", "科技工作"),
    ]
    got = items(r)
    assert got["工业税收"] == ("一",) and got["高新技术企业"] == ("二",)
    # the quoted sentence keeps its lead
    [t] = [t for t in r.targets if t.indicator == "规模工业总产值"]
    assert t.sentence.startswith("工业工作，")


def test_one_topic_paragraph_is_not_a_structure(tmp_path):
    plan = tmp_path / "某县2018年工作部署.txt"
    plan.write_text(
        "某县科技局部署2018年工作\n"
        "科技工作，新认定高新技术企业3家以上，发明专利申请量达到150件。\n"
        "今年工作，要紧扣目标抓落实。\n",
        encoding="utf-8",
    )
    r = import_plan(plan)
    assert tree(r) == [("总", "总", "", "主要任务目标")]
