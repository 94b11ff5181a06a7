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


def test_paragraphs_headed_by_a_phrase_and_a_colon_are_the_parts(tmp_path):
    # 2025_fuzhou_news (QA4 F11e, S7): four "标题：…" paragraphs of a news report of the plan
    r = import_plan(CORPUS / "2025_fuzhou_news.txt", year=2025)
    assert tree(r) == [
        ("总", "总", "", "主要任务目标"),
        ("一", "部分", "一、", "发展研发投入强度与规模大幅提升"),
        ("二", "部分", "二、", "产业关键核心技术攻关能力显著增强"),
        ("三", "部分", "三、", "高新技术企业量级取得突破"),
        ("四", "部分", "四、", "科技创新生态活力进一步迸发"),
    ]
    got = items(r)
    assert got["全社会R&D经费投入占GDP比重"] == ("一",) and got["高新技术企业"] == ("三",)
    assert got["技术市场交易额"] == ("四",) and len(r.targets) == 10
    # speech, an address and a page's labels before a colon are no headings
    plan = tmp_path / "某市2024年科技工作会议.txt"
    plan.write_text(
        "某市召开2024年科技工作会议\n核心提示：会议部署了今年的科技工作。\n"
        "会议强调：今年新增高新技术企业50家。\n各县区科技局、各有关单位：请认真抓好落实，技术合同成交额达到20亿元。\n",
        encoding="utf-8",
    )
    assert tree(import_plan(plan, year=2024)) == [("总", "总", "", "主要任务目标")]
