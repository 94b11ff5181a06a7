"""qa13 F28: a plan's measure word for a count (院士工作站3家) is kept, not replaced by the built-in
indicator's (个): the workbook's target reads as the plan does, and the report counts in it."""

from __future__ import annotations

from pathlib import Path

from kjreport.plan import import_plan
from tests.helpers import cli
from tests.qa9_books import (
    COUNTIES,
    COUNTIES_LAST,
    COUNTY_HEADER,
    DEPT_HEADER,
    TARGET_HEADER,
    workbook,
)
from tests.summary.docx_readback import body_text

CORPUS = Path(__file__).parent / "corpus"


def test_a_count_keeps_the_plans_measure_word():
    targets = {t.indicator: t for t in import_plan(CORPUS / "2018_handan_news.txt", year=2018).targets}
    station = targets["院士工作站"]  # “新增省级以上创新平台15家、院士工作站3家”: was ≥3个
    assert (station.value, station.unit, station.kind) == (3, "家", "新增")


def test_money_is_still_converted_to_the_indicators_unit(tmp_path):
    plan = tmp_path / "某市2025年科技工作要点.txt"
    plan.write_text("某市2025年科技工作要点\n一、主要目标\n全社会研发经费投入达到250000万元，建成院士工作站5个，"
                    "新增高新技术企业30户。\n", encoding="utf-8")
    targets = {t.indicator: t for t in import_plan(plan, year=2025).targets}
    assert (targets["全社会R&D经费投入"].value, targets["全社会R&D经费投入"].unit) == (25, "亿元")
    assert targets["院士工作站"].unit == "个"
    assert (targets["高新技术企业"].value, targets["高新技术企业"].unit) == (30, "户")  # was 家


def test_a_target_in_another_measure_word_of_a_count_is_no_unit_clash(tmp_path):
    """The plan's 户 beside the 科室's 家 (or the built-in's 个) counts the same firms: no 「目标单位
    不一致」 error, and the summary counts in the figure's word."""
    book = workbook(tmp_path, {
        "目标任务": [TARGET_HEADER, ["高新技术企业", 30, "户", "≥", "一.1", "高新科", "新增高新技术企业30户", "新增"],
                 ["院士工作站", 3, "家", "≥", "一.1", "合作科", "院士工作站3家", "新增"]],
        "县区数据": [COUNTY_HEADER] + COUNTIES,
        "县区上年数据": [COUNTY_HEADER] + COUNTIES_LAST,
        "科室数据": [DEPT_HEADER, ["高新科", "新增高新技术企业", "家", 32, 28, None, None],
                 ["合作科", "新增院士工作站", "家", 2, 3, None, None]],
    })
    output = cli("check", book).output
    assert "不一致" not in output, output
    doc = tmp_path / "总结.docx"
    cli("docx", book, "-o", doc, "--no-charts", "--force", ok=True)
    text = body_text(doc).replace("\n", "")
    assert "新增院士工作站2家" in text and "新增院士工作站2个" not in text, text
    assert "新增高新技术企业32家" in text, text


def test_every_year_is_not_part_of_the_name_qa14a_f5():
    """"每年登记科技成果5个" names 登记科技成果: 每年 says when; a 每年平均 rate keeps its words."""
    from kjreport.plan.wording import tidy_name

    assert tidy_name("每年登记科技成果") == "登记科技成果"
    assert tidy_name("每年新增科技型中小企业") == "新增科技型中小企业"
    assert tidy_name("每年平均增长") == "每年平均增长"
    assert tidy_name("每年") == "每年"
