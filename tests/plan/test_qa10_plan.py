"""Plan import on qa10's real sentences (洛阳 2008, 罗田 2010, 四川 2024, a 倍增 plan): a measure with no
subject of its own takes its clause's subject (F1, F32), "A、B增长N%" is two targets (F2), a first
one (零的突破) is a 新增 target and a 翻一番 is listed, never dropped (F3, F36)."""

from __future__ import annotations

import re

from kjreport.plan.parse import parse_plan
from kjreport.plan.reader import PlanLine


def _result(text: str, year: int = 2010):
    # a one-line text is read as a title: the sentence is the body of a 主要目标 part
    return parse_plan([PlanLine(1, "二、主要目标"), PlanLine(2, text)], "x", year=year)


def _read(text: str, year: int = 2010) -> list[tuple[str, float, str, str]]:
    return [(t.indicator, t.value, t.unit, t.kind) for t in _result(text, year).targets]


def test_value_added_after_the_industry_output_is_the_industrys():
    # 洛阳晚报 2008-03-08 (F1): the 增加值 is the high-tech industry's, never the city's 工业增加值
    got = _read("今年我市科技工作要努力实现六个目标：一是全市高新技术产业工业总产值要突破400亿元，"
                "实现工业增加值125亿元以上；二是新增高新技术企业50家。", 2008)
    assert got[:2] == [("高新技术产业产值", 400, "亿元", "总量"), ("高新技术产业工业增加值", 125, "亿元", "总量")]
    # the same for any subject and measure; the subject's 工业 is kept when the measure drops it
    assert [t[0] for t in _read("全市规上工业总产值突破800亿元，实现增加值200亿元。", 2020)] == [
        "规上工业总产值", "规上工业增加值"]
    assert [t[0] for t in _read("科技型企业实现营业收入500亿元，实现利税50亿元。", 2020)] == [
        "科技型企业营业收入", "科技型企业利税"]
    # a clause with its own whole-city subject keeps the whole economy's name
    assert _read("高新技术产业产值突破400亿元，全市实现工业增加值900亿元。", 2008)[1][0] == "工业增加值"


def test_what_a_subject_achieves_names_the_indicator_with_its_subject():
    # 四川 2024 (F32): "科技信息服务业实现营业收入5600亿元" is the sector's revenue, not "科技信息服务业"
    got = _read("力争全年高新技术企业达1.8万家，备案入库科技型中小企业2.3万家，技术合同成交额达2200亿元，"
                "科技信息服务业实现营业收入5600亿元，高新技术产业实现营业收入3万亿元。", 2024)
    names = [t[0] for t in got]
    assert "科技信息服务业营业收入" in names and "高新技术产业营业收入" in names
    assert "科技信息服务业" not in names and "高新技术产业" not in names


def test_one_growth_of_two_measures_of_patents_is_two_targets():
    # 罗田 2010 ⑥ (F2): "专利申请量、授权量增长在上年基础上增加5%以上"
    got = _read("加强知识产权和科技成果管理力度，全年专利申请量、授权量增长在上年基础上增加5%以上；")
    assert got == [("专利申请量", 5, "%", "增速"), ("专利授权量", 5, "%", "增速")]
    targets = _result("全年专利申请量、授权量增长在上年基础上增加5%以上；").targets
    assert targets[0].sentence == targets[1].sentence  # same 原文


def test_a_first_firm_is_a_new_target_of_one():
    # 罗田 2010 ④ (F3): "力争实现高新技术企业零的突破" = at least one 新增 高新技术企业
    got = _read("大力发展高新技术及其产业，力争实现高新技术企业零的突破，实现高新技术产品认定5个；")
    assert got[0] == ("高新技术企业", 1, "家", "新增")
    assert [t[0] for t in got] == ["高新技术企业", "高新技术产品认定"]


def test_a_doubling_is_listed_as_not_understood_never_dropped():
    # F36: "高新技术企业数量实现翻一番" has no number; it must be listed with its line
    r = _result("力争全社会研发投入增长15%以上，高新技术企业数量实现翻一番，科技型中小企业入库数量突破800家。", 2024)
    assert len(r.targets) == 2
    assert [(u.line, u.quantity) for u in r.unmapped] == [(2, "翻一番")]
    assert "增长100%" in r.unmapped[0].reason
    # a first ever of something that is no firm is listed too
    r = _result("力争实现全国重点实验室零的突破。", 2024)
    assert not r.targets and [u.quantity for u in r.unmapped] == ["零的突破"]


LUOTIAN = (
    "罗田县科学技术局2010年工作要点\n"
    "2010年，全县科技工作将继续高举“创新型罗田”建设大旗，再次开创我县科技工作新局面。\n"
    "一、指导思想\n"
    "坚持以科学发展观为指导，促进县域经济社会又好又快发展。\n"
    "二、主要目标\n"
    "①积极扶持发展科技型企业，力争全县科技型企业数量突破10家；"
    "②加强知识产权和科技成果管理力度，全年专利申请量、授权量增长在上年基础上增加5%以上；"
    "③加强科技成果转化和科技培训力度，组织农民科技培训2万人次以上。\n"
)


def _targets(result) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.kind) for t in result.targets]


def test_a_docx_with_word_numbered_items_gives_the_targets_of_the_text(tmp_path):
    # 罗田 2010 as .docx (F22): each ①…③ item its own "List Number" paragraph (numbers from Word);
    # "在上年基础上增加5%" in an item's one-sentence title is no 发展基础 heading of past results
    import docx

    from kjreport.plan import import_plan

    txt = tmp_path / "罗田县科学技术局2010年工作要点.txt"
    txt.write_text(LUOTIAN, encoding="utf-8")
    document = docx.Document()
    for line in LUOTIAN.splitlines():
        if line.startswith("①"):
            for item in re.split(r"[①②③]", line):
                if item.strip():
                    document.add_paragraph(item.strip().rstrip("；"), style="List Number")
        else:
            document.add_paragraph(line)
    path = tmp_path / "罗田县科学技术局2010年工作要点.docx"
    document.save(path)
    from_docx, from_txt = import_plan(path), import_plan(txt)
    assert _targets(from_docx) == _targets(from_txt)
    assert ("专利授权量", 5, "增速") in _targets(from_docx)
    assert not from_docx.past
    items = [n for n in from_docx.plan.walk() if n.level == "条"]
    assert [n.label for n in items] == ["1.", "2.", "3."]
    assert all(n.title == n.title.strip() for n in items)  # (plan show indents 条 titles itself)


def test_a_rank_moving_up_is_named_without_the_verb():
    # F37: "区域科技创新综合评价位次前移2位" → 区域科技创新综合评价位次, kind 提高
    got = _read("力争区域科技创新综合评价位次前移2位。", 2024)
    assert [(n, k) for n, _, _, k in got] == [("区域科技创新综合评价位次", "提高")]


def test_an_activity_keeps_its_topic_and_a_reporting_rate_is_flagged_as_a_work_requirement():
    # 泉州 2022 (F34): "举办研发投入业务专题辅导15场、培训1.5万人次以上"; "确保…上报率100%"
    r = _result("建立重点企业挂钩联系制度，确保全市研发投入重点企业上报率100%。开展对规模以上工业企业无研发投入"
                "“清零”行动，举办研发投入业务专题辅导15场、培训1.5万人次以上。", 2022)
    names = [t.indicator for t in r.targets]
    assert "研发投入业务培训" in names and "培训" not in names
    rate = next(t for t in r.targets if t.indicator == "研发投入重点企业上报率")
    from kjreport.plan.review import review_flags

    flags = dict(zip(r.targets, review_flags(r.targets, year=2022), strict=True))
    assert "工作要求" in flags[rate]


QUANZHOU_2024 = (
    "泉州确定2024年科创目标\n"
    "今年，泉州市将深刻把握新质生产力的内涵及要求，着力构建科技创新工作体系，提升科技创新能力和整体效能。\n"
    "培育壮大科创企业群体\n"
    "泉州将持续完善“财政+金融”工具箱，健全多元化科技投入体系，力争全社会研发经费投入增长20%以上。"
    "不断完善梯次培育体系，力争新增高新技术企业超500家。\n"
    "推进科创平台提能增效\n"
    "围绕产业链布局创新链，加快打造高能级创新平台体系。在科技人才引育方面，今年将启动第七批高层次人才团队"
    "引进工作，力争新引进高层次人才团队15~20个。\n"
    "构建产业链技术创新体系\n"
    "不断完善重大科研攻关机制，坚持“产业界出题、科技界答题”，今年择优遴选实施15项左右重大科技项目。\n"
)


def test_news_subheads_without_numbers_are_parts():
    # 泉州 2024 news report (F25): short stand-alone lines followed by body text
    from kjreport.plan.reader import PlanLine as Line

    r = parse_plan([Line(n, t) for n, t in enumerate(QUANZHOU_2024.splitlines(), 1)], "x", year=2024)
    parts = [(n.code, n.title) for n in r.plan.children]
    assert parts == [("一", "培育壮大科创企业群体"), ("二", "推进科创平台提能增效"), ("三", "构建产业链技术创新体系")]
    assert [(t.indicator, t.plan_items) for t in r.targets][:2] == [
        ("全社会研发经费投入", ("一",)), ("高新技术企业", ("一",))]
    assert r.targets[-1].plan_items == ("三",)
