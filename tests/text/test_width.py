"""``kjreport.text.width``: one rule for how wide text is set, shared by the terminal's help
columns, a sheet's column widths and the plan reader's line measures (fix22 item 5)."""

from __future__ import annotations

from kjreport.text.width import display_width


def test_a_chinese_character_takes_two_columns_and_a_digit_one():
    assert display_width("技术合同交易额26.42亿元") == 2 * 7 + 5 + 2 * 2
    assert display_width("１４００家") == 10  # full-width digits are wide


def test_quotation_marks_dashes_and_circled_numbers_are_wide_only_in_a_chinese_font():
    text = "开展“双创双服”活动——①○"
    assert display_width(text) == 2 * 8 + 6
    assert display_width(text, chinese_font=True) == 2 * 8 + 12
    assert display_width("ǎ", chinese_font=True) == 1  # a pinyin letter stays narrow


def test_the_four_places_that_measure_text_use_the_one_rule():
    from kjreport.cli.chinese import display_width as terminal
    from kjreport.plan.columns import _width as plan_columns
    from kjreport.plan.parse import _display_width as pdf_lines
    from kjreport.workbook.writer import content_widths

    text = "新增高新技术企业“103”家—①"
    assert terminal(text) == plan_columns(text) == display_width(text)
    assert terminal("\x1b[1m" + text + "\x1b[0m") == display_width(text)  # a bold run's codes take no column
    assert pdf_lines(text) == display_width(text, chinese_font=True)
    assert content_widths([[text]]) == {1: display_width(text) + 2}
