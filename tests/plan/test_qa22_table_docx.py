"""qa22: a plan whose targets sit in a Word table (目标任务分解表) with its 序号 done by Word's
automatic numbering, or left blank, gives the targets of the same plan's clean text."""

from __future__ import annotations

import json

import pytest

from kjreport.plan import import_plan
from tests.qa22_book import PLAN, write_plan_docx

YEAR = json.loads(PLAN.with_suffix(".json").read_text("utf-8"))["source"]["year"]


def _targets(path):
    return [(t.indicator, t.value, t.unit, t.comparison, t.kind) for t in import_plan(path, year=YEAR).targets]


@pytest.mark.parametrize("ordinals", ["word", "blank"])
def test_a_table_of_targets_gives_the_targets_of_the_text(ordinals, tmp_path):
    # F1: the 序号 cells numbered by Word were read empty and the row's first (empty) cell was
    # dropped, so every cell moved one column left: 0 of the 11 targets, "「20项」没有找到对应的指标名称"
    plan = write_plan_docx(tmp_path / "遂宁市2021年全市科技创新工作要点.docx", ordinals=ordinals)
    assert _targets(plan) == _targets(PLAN)
    assert len(_targets(plan)) == 11


def test_a_cell_numbered_by_word_is_read_with_its_number_once(tmp_path):
    from kjreport.plan.reader import read_plan

    lines, _ = read_plan(write_plan_docx(tmp_path / "plan.docx"))
    rows = [line.text.split("\t") for line in lines if "\t" in line.text]
    assert [r[0] for r in rows] == ["序号", *map(str, range(1, 12))]
    # the 类别 cell merged down over three rows is read in each, its text once per row
    assert [r[1] for r in rows[1:4]] == ["创新能力"] * 3


def test_the_rows_of_the_table_raise_no_doubt(tmp_path):
    # F2: read right, yet 省级以上创新平台 "原文没有表示“新增”的词" (the 原文's first "3" is the row's 序号, not
    # its value: "任务分解表：3｜创新能力｜新增省级以上创新平台｜3｜家｜计划科"), 高校·企业创新人才团队 "原文没有
    # “达到”“力争”…本文件其他目标大多有" (its value stands in the 目标值 column) and "可能遗漏 第13段「10.5亿元」"
    # (the row's cells apart by bars in its 原文, run together in its line)
    from kjreport.plan.checklist import review_plan

    review = review_plan(import_plan(write_plan_docx(tmp_path / "plan.docx"), year=YEAR))
    assert [(t.indicator, f) for t, f in zip(review.targets, review.flags, strict=True) if f] == []
    assert review.misses == []


@pytest.mark.parametrize("ordinal", ["%1.", "%1、"])
def test_an_ordinal_with_its_dot_is_not_the_value_either(ordinal, tmp_path):
    # the 序号 list written "1." or "1、" by Word: "任务分解表：3.｜创新能力｜新增省级以上创新平台｜3｜家…"
    import docx

    from kjreport.plan.checklist import review_plan

    plan = write_plan_docx(tmp_path / "plan.docx")
    d = docx.Document(str(plan))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for a in d.part.numbering_part.element.iter(f"{w}abstractNum"):
        if a.get(f"{w}abstractNumId") == "92":
            a.find(f"{w}lvl").find(f"{w}lvlText").set(f"{w}val", ordinal)
    d.save(str(plan))
    review = review_plan(import_plan(plan, year=YEAR))
    assert len(review.targets) == 11
    assert [(t.indicator, f) for t, f in zip(review.targets, review.flags, strict=True) if f] == []


TASKS = [("新认定国家高新技术企业30家以上。", "高新科"), ("实施市级产业关键共性技术攻关项目20项以上。", "计划科"),
         ("技术合同交易登记额达到6.5亿元以上。", "成果科")]


@pytest.mark.parametrize("ordinal", ["typed 1.", "typed 1、", "word %1.", "word %1"])
def test_a_task_table_numbered_1_dot_keeps_its_rows(ordinal, tmp_path):
    # F9: a task table (序号 | 具体任务与要求 | 牵头单位) whose 序号 read "1." or "1、" (typed, or Word's "%1."
    # list) made each row an item "1." of the text: 市级产业关键共性技术攻关项目 ≥20项 was lost and the others
    # went to a made-up item 一.1; typed "1" read all three under 一
    import docx
    from docx.oxml import parse_xml

    from tests.qa22_book import W

    d = docx.Document()
    d.add_paragraph("2021年全市科技创新工作要点")
    d.add_paragraph("一、重点任务")
    how, mark = ordinal.split(" ")
    if how == "word":
        numbering = d.part.numbering_part.element
        numbering.insert(0, parse_xml(
            f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="92"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{mark}"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="92"><w:abstractNumId w:val="92"/></w:num>'))
    table = d.add_table(rows=len(TASKS) + 1, cols=3)
    for c, title in enumerate(("序号", "具体任务与要求", "牵头单位")):
        table.cell(0, c).text = title
    for r, (task, lead) in enumerate(TASKS, 1):
        if how == "word":
            table.cell(r, 0).paragraphs[0]._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="92"/></w:numPr>'))
        else:
            table.cell(r, 0).text = f"{r}{mark[1:]}"
        table.cell(r, 1).text, table.cell(r, 2).text = task, lead
    path = tmp_path / "要点.docx"
    d.save(str(path))
    got = [(t.indicator, t.value, t.plan_items) for t in import_plan(path, year=2021).targets]
    assert got == [("高新技术企业", 30, ("一",)), ("市级产业关键共性技术攻关项目", 20, ("一",)),
                   ("技术合同交易登记额", 6.5, ("一",))]


@pytest.mark.parametrize("ordinal", ["1.", "1、", "1"])
def test_a_task_table_pasted_as_text_numbered_1_dot_keeps_its_rows(ordinal, tmp_path):
    # F9 left by qa22 for a .txt: the row "2.<tab>实施……20项以上。<tab>计划科" was taken for a table header
    # (its 序号 with a dot is no number cell), and 市级产业关键共性技术攻关项目 ≥20项 was lost
    rows = "".join(f"{n}{ordinal[1:]}\t{task}\t{lead}\n" for n, (task, lead) in enumerate(TASKS, 1))
    plan = tmp_path / "要点.txt"
    plan.write_text(f"2021年全市科技创新工作要点\n一、重点任务\n序号\t具体任务与要求\t牵头单位\n{rows}", encoding="utf-8")
    got = {(t.indicator, t.value, t.unit) for t in import_plan(plan, year=YEAR).targets}
    assert got == {("高新技术企业", 30.0, "家"), ("市级产业关键共性技术攻关项目", 20.0, "项"), ("技术合同交易登记额", 6.5, "亿元")}
