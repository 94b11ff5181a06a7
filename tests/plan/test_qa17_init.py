"""qa17: a new 河南 bureau starts from the 新乡市 plan, issued with a 「关于印发…的通知」 title."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.qa17_book import xinxiang_book


def test_the_place_a_promulgation_notice_names_fills_settings(tmp_path: Path) -> None:
    """qa17 F2: the title 「关于印发新乡市创新型城市建设三年行动…」 names 新乡市 after 关于印发; init
    left 城市名称 and 单位名称 blank and said the title named no city."""
    book = xinxiang_book(tmp_path)
    settings = {row[0]: row[1] for row in openpyxl.load_workbook(book)["设置"].iter_rows(values_only=True)}
    assert settings["城市名称"] == "新乡市"
    assert settings["单位名称"] == "新乡市科学技术局"


def test_a_notice_headline_over_two_lines_names_the_plan(tmp_path: Path) -> None:
    """qa17 F1: 「关于印发新乡市创新型城市建设三年行动 / 工作方案(2022—2024年)的通知」 was kept as its first
    line; the plan's name is what the notice issues, joined over the line break."""
    book = xinxiang_book(tmp_path)
    settings = {row[0]: row[1] for row in openpyxl.load_workbook(book)["设置"].iter_rows(values_only=True)}
    assert settings["工作意见名称"] == "新乡市创新型城市建设三年行动工作方案（2022—2024年）"
