"""qa24: the documents of a new 浙江 县 bureau (仙居县, 2025, 3 街道 7 镇 10 乡; tests/qa24_book.py), read as a
bureau leader reads them."""

from __future__ import annotations

import docx

from tests.helpers import cli_ok
from tests.qa24_book import xianju_book

SUMMARY = "仙居县科学技术局2025年工作总结和2026年工作打算.docx"


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_a_name_that_opens_with_its_verb_is_not_given_a_second_one(tmp_path):
    # F4: “全年实现兑现各类科技奖补资金3120万元” — 实现 put before a name that already says what was done
    book = xianju_book(tmp_path)
    cli_ok("docx", book)
    text = _text(tmp_path / SUMMARY)
    assert "全年兑现各类科技奖补资金3120万元，同比增长9.1%。" in text
    assert "实现兑现" not in text
    assert "全年实现高新技术产业投资38.6亿元，增长32.6%。" in text  # a plain name keeps its 实现


def test_an_item_whose_figures_were_told_under_the_main_targets_asks_only_for_its_progress(tmp_path):
    # F6: 二.2.2 推进高新技术产业投资 states 高新技术产业投资 and 高新技术产业增加值, written once under （一）主要目标
    # (所属条目 “一、二.2.2”); left with nothing else, it said “【待补充：本条暂无数据和进展材料…】” though the workbook
    # had both figures — a 科室 asked for data it had already reported
    book = xianju_book(tmp_path)
    cli_ok("docx", book)
    text = _text(tmp_path / SUMMARY)
    assert ("（2）推进高新技术产业投资，聚焦医药健康、橱柜家居、工艺品等主导产业\n【待补充：本条的高新技术产业投资和高新技术产业增加值"
            "已在前文写明，请责任科室补充本条工作进展】") in text
    assert text.count("高新技术产业增加值达52.3亿元") == 1  # still told once
    # an item with no target at all still says it has neither
    assert "（2）深化与浙江大学、台州学院等高校院所合作\n【待补充：本条暂无数据和进展材料，请责任科室补充】" in text
