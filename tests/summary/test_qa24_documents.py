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
