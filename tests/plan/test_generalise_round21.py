"""Reading rules from the lead's round-21 battery of ordinary plan forms (issue 9 §3): forms an
office has on its desk that no corpus text showed in this shape — a table copied out of a PDF, a
目标责任书 with each task's 分值, a programme's yearly numbers with no heading. One test per rule, with
sentences written for the test."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from kjreport.plan import import_plan
from tests.plan.test_generalise import found, parse


def _import(tmp_path, text: str, year: int):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return import_plan(path, year=year)


def test_a_table_copied_out_of_a_pdf_with_spaces_between_its_cells(tmp_path):
    # a PDF's table pasted into a text file: no bars, no tabs, cells apart by spaces (it was refused)
    text = (
        "某县2019年科技工作目标任务分解表\n"
        "序号 指标名称 单位 2018年完成 2019年目标 责任单位\n"
        "1 高新技术企业数 家 9 13 高新科\n"
        "2 技术合同成交额 万元 6200 7500 成果科\n"
        "3 专利申请量 件 280 350\n"
        "下一步，我局将认真抓好落实。\n"
    )
    r = _import(tmp_path, text, 2019)
    assert {(t.indicator, t.value, t.unit) for t in r.targets} == {
        ("高新技术企业", 13.0, "家"),
        ("技术合同成交额", 7500.0, "万元"),
        ("专利申请量", 350.0, "件"),
    }
    assert {p.quantity for p in r.past} == {"9家", "6200万元", "280件"}


def test_a_note_in_brackets_after_the_number_names_nothing():
    # a 目标责任书: "技术合同成交额完成8000万元（分值10分）" was named "（分值10分）"
    got = found("某县科技局2018年度目标责任书\n一、目标任务\n3.技术合同成交额完成6000万元（分值10分）；\n", 2018)
    assert got == {("技术合同成交额", "总量"): ("≥", 6000.0, "万元", None)}


def test_a_programmes_yearly_numbers_without_a_heading_are_its_targets(tmp_path):
    # 2014_heilongjiang_nianjian: a year-book entry "2014-2020年，……每年选派440名科技人员提供科技服务" was
    # refused as no plan (no heading, no target word) and the people were named by what they do
    text = (
        "科技扶贫\n2016年，全市实施科技人员专项计划。2016-2020年，面向全市12个贫困县，每年选派120名科技人员"
        "提供科技服务，每年为贫困地区培养30名本土科技人员。\n"
    )
    r = _import(tmp_path, text, 2016)
    assert {(t.indicator, t.value, t.unit) for t in r.targets} == {
        ("科技人员", 120.0, "名"),
        ("本土科技人员", 30.0, "名"),
    }


def test_a_stock_without_its_unit_takes_the_unit_of_the_increment_before_it():
    # 2020_nanchang_yaodian: "力争新认定高新技术企业580家以上,总数达到1700" (the line ends there)
    got = found("2021年工作要点\n一、主要目标\n2.力争新认定科技型中小企业120家以上,总数达到900\n", 2021)
    assert got == {
        ("科技型中小企业", "新增"): ("≥", 120.0, "家", None),
        ("科技型中小企业", "总量"): ("≥", 900.0, "家", None),
    }


def test_a_target_restated_under_a_catalogue_synonym_is_one_target():
    # 主要预期目标 "技术合同成交额4.5亿元" then the task "全年技术合同登记额力争实现4.5亿元": the indicator
    # catalogue lists 技术合同登记额 as a synonym of 技术合同成交额 (it was read as two targets)
    text = (
        "2022年全区科技工作要点\n一、主要预期目标\n技术合同成交额3.8亿元；科技型中小企业入库90家。\n"
        "二、推进科技成果转化\n5.全年技术合同登记额力争实现3.8亿元。\n"
    )
    got = found(text, 2022)
    assert got == {
        ("技术合同成交额", "总量"): ("≥", 3.8, "亿元", None),
        ("科技型中小企业入库", "总量"): ("≥", 90.0, "家", None),
    }


def test_a_count_in_words_after_what_it_counts_and_a_measure_of_the_things_counted():
    # "新建院士工作站两个、博士后科研工作站一个": 一个 closing its clause is the count (it was dropped as
    # the article); "新登记技术合同300项以上、成交额突破6亿元": the 成交额 is the contracts'
    got = found("2024年工作要点\n一、主要目标\n新建院士工作站三个、博士后科研工作站一个。\n", 2024)
    assert got == {
        ("院士工作站", "新增"): ("≥", 3.0, "个", None),
        ("博士后科研工作站", "新增"): ("≥", 1.0, "个", None),
    }
    got = found("2024年工作要点\n一、主要目标\n新登记技术合同450项以上、成交额突破9亿元。\n", 2024)
    assert got[("技术合同成交额", "总量")] == ("≥", 9.0, "亿元", None)


def _as_pdf_copy(text: str) -> str:
    """``text`` as an official document's PDF gives it when copied (benchmarks/plan_robustness.py
    ``pdf_copy``: lines full to 28 characters' width, a digit taking half; a page number on its own
    line every 22 lines, GB/T 9704)."""
    spec = importlib.util.spec_from_file_location(
        "plan_robustness", Path(__file__).resolve().parents[2] / "benchmarks" / "plan_robustness.py"
    )
    robustness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(robustness)
    return "\n".join(robustness.REWRITES["pdf_copy"](text.splitlines())) + "\n"


def test_a_plan_copied_out_of_its_pdf_reads_as_the_plan(tmp_path):
    # a PDF's lines are full to a width, not to a number of characters (digits are narrow), so
    # they hold 28 to 34 characters; a page number "— 1 —" stands between pages mid-sentence; and a
    # line may open with a decimal ("4.2件。"), which is no item "4."
    body = (
        "全市科技工作的主要目标是：全市高新技术企业总数达到180家，新增科技型中小企业120家；技术合同成交额达到"
        "12.5亿元，增长15%；全社会研发投入占GDP比重达到1.95%；每万人口发明专利拥有量达到4.2件；"
        "建成省级以上创新平台8个，引进高层次创新人才团队6个，培育科技型企业“小巨人”10家以上。"
    )
    filler = "围绕全市中心工作，坚持创新驱动发展，深化科技体制改革，优化创新生态，推动科技与经济深度融合。" * 8
    text = f"2019年全市科技工作要点\n一、总体要求\n{filler}\n二、主要目标\n{body}\n三、重点工作\n{filler}\n"
    plain = _import(tmp_path, text, 2019)
    copied = _import(tmp_path, _as_pdf_copy(text), 2019)
    assert len(plain.targets) == 9
    assert {(t.indicator, t.value, t.unit, t.kind) for t in copied.targets} == {
        (t.indicator, t.value, t.unit, t.kind) for t in plain.targets
    }
    assert any(n.reason == "页码，已忽略" for n in copied.ignored)


def test_a_plan_whose_title_plans_is_no_report_for_a_paragraph_of_results_at_its_end(tmp_path):
    # benchmarks/plan_robustness.py past_tail: a 工作要点 (or a 工作方案 under its 印发通知's salutation)
    # that sets its targets in plain words ("全市新增…", "实施…") with no 力争/确保, closed by one
    # paragraph of last year's results, was read as a report of results (every target set aside)
    body = (
        "一、总体目标\n高新技术产业产值280亿元，增长18%；全社会研发投入经费7.5亿元，投入强度0.85%；"
        "技术合同成交额20亿元。\n"
        "过去一年，全市已建成省级重点实验室12家，累计培育科技型中小企业1100家，获省科技进步奖9项。\n"
    )
    for head in (
        "某市科学技术局2024年工作要点\n",
        "各县区人民政府，市直各部门：\n《某市科技创新2024年工作方案》已经市政府同意，现印发给你们。\n"
        "某市人民政府办公室\n2024年3月1日\n某市科技创新2024年工作方案\n",
    ):
        r = _import(tmp_path, head + body, 2024)
        assert {t.value for t in r.targets} == {280.0, 18.0, 7.5, 0.85, 20.0}, head


def test_a_paragraph_of_completion_rates_heading_plain_items_is_no_report(tmp_path):
    # benchmarks/plan_robustness.py completion_lead: "……超额完成17%；……完成省科技厅下达任务的124%" above
    # "一是…建设…N个" items written in plain words (no 力争/确保) turned the whole text into a report
    text = (
        "科技局构建“四个体系” 支撑乡村振兴\n"
        "全市发明专利申请量1350件，超额完成17%；新申报高新技术企业89家，完成省科技厅下达任务的124%。\n"
        "一是构建产业技术体系。建设农业科技示范基地30个，推广新品种新技术120项。\n"
        "二是构建人才支撑体系。选派科技特派员500名，培训新型职业农民2万人次。\n"
        "三是构建平台服务体系。建设星创天地8家，组建产业技术创新联盟5个。\n"
        "四是构建科普服务体系。开展科普活动200场次。\n"
    )
    r = _import(tmp_path, text, 2021)
    assert {30.0, 120.0, 500.0, 8.0, 5.0} <= {t.value for t in r.targets}


def test_a_town_report_strengthening_its_base_lists_projects_and_plants_its_own_crops():
    # a 镇 政府工作报告: "（二）抓产业强基础。新建…" was a results part (基础 as in 发展基础);
    # "新开工项目8个、续建项目7个" named the second 新开工续建项目; "新建…5000亩，发展…2000亩" gave both 新增
    text = (
        "某镇2020年政府工作报告\n2020年工作目标\n（一）抓项目促发展。全年实施重点项目12个，其中新开工项目6个、"
        "续建项目6个。\n（二）抓产业强基础。新建高标准农田3000亩，发展特色种植1500亩。\n"
    )
    got = found(text, 2020)
    assert got[("续建项目", "总量")] == ("≥", 6.0, "个", None)
    assert got[("高标准农田", "新增")] == ("≥", 3000.0, "亩", None)
    assert got[("发展特色种植", "总量")] == ("≥", 1500.0, "亩", None)


def test_patents_granted_after_patents_applied_for_and_training_classes_in_a_county_plan():
    # a 县科技局 plan: "申请专利150件，授权80件" named the second "授权"; "举办各类科技培训班50期" stays a target
    text = "县科技局2010年工作要点\n一、工作目标\n全年申请专利120件，授权60件；举办各类科技培训班40期。\n"
    got = found(text, 2010)
    assert got[("专利授权", "总量")] == ("≥", 60.0, "件", None)
    assert got[("举办各类科技培训班", "总量")] == ("≥", 40.0, "期", None)


def test_agricultures_contribution_rate_is_its_own_indicator():
    # "农业科技进步贡献率提高到65%" was read as the built-in 科技进步贡献率 (the whole economy's)
    got = found("2024年工作要点\n一、主要目标\n农业科技进步贡献率提高到63%，科技进步贡献率达到58%。\n", 2024)
    assert got == {
        ("农业科技进步贡献率", "总量"): ("≥", 63.0, "%", None),
        ("科技进步贡献率", "总量"): ("≥", 58.0, "%", None),
    }


def test_a_summarys_part_on_how_work_was_done_reports_results():
    # a 工作总结 with "二、重点工作开展情况" (重点 looked like a plan heading): its items were read as
    # next year's targets; a 绩效自评's "一、自评工作开展情况 / （一）部门年度总体目标" still gives the goals
    text = (
        "县科技局2022年工作总结\n一、主要指标完成情况\n全县新增高新技术企业12家，总数达到46家。\n"
        "二、重点工作开展情况\n（一）创新平台建设取得新突破。新建省级工程技术研究中心2家。\n"
        "三、2023年工作打算\n力争新增高新技术企业15家。\n"
    )
    assert found(text, 2023) == {("高新技术企业", "新增"): ("≥", 15.0, "家", None)}
    text = (
        "一、自评工作开展情况\n（一）部门年度总体目标\n高新技术企业总数达到90家以上，R&D占GDP比重达1.5%以上。\n"
        "（二）主要任务完成情况\n全年认定高新技术企业92家。\n"
    )
    assert {t.value for t in parse(text, 2024).targets} == {90.0, 1.5}


def test_a_completion_reports_line_with_target_and_done_only():
    # "3.科技型中小企业入库：目标120家，完成135家。" (no 年度/实际) lost its target
    text = "关于2023年度目标任务完成情况的报告\n一、目标任务完成情况\n3.科技型中小企业入库：目标90家，完成104家。\n"
    got = parse(text, 2023)
    assert [(t.indicator, t.value) for t in got.targets] == [("科技型中小企业入库", 90.0)]


def test_an_amounts_stretch_after_its_growth_and_a_growth_measured_alike():
    # "实现规上工业产值110亿元，同比增长15%，力争突破120亿元": the 120 was no one's (the growth stood
    # between); "一般公共预算收入同口径增长6%" was named with its 同口径
    text = "2024年全镇工作要点\n一、主要目标\n实现规上工业产值90亿元，同比增长12%，力争突破100亿元；一般公共预算收入同口径增长6%。\n"
    got = found(text, 2024)
    assert got[("规上工业产值", "总量")] == ("≥", 90.0, "亿元", None)
    assert parse(text, 2024).targets[0].stretch == 100.0
    assert got[("一般公共预算收入", "增速")] == ("≥", 6.0, "%", None)


def test_completing_the_years_task_is_work_to_do():
    # "完成年度科技特派员选派任务，全市科技特派员总数稳定在1200人以上" was a result (完成年度 as in
    # "完成年度目标的112%")
    text = "2024年工作要点\n一、主要目标\n完成年度科技特派员选派任务，全市科技特派员总数稳定在900人以上。\n"
    assert found(text, 2024) == {("科技特派员", "总量"): ("≥", 900.0, "人", None)}
