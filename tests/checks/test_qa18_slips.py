"""qa18: the slips of a new 江苏 bureau (宿迁市, 2023) as `kjreport check` tells them."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli, slipped_book_output
from tests.qa18_book import suqian_book


def test_every_slip_of_the_first_typing_is_named_and_the_book_kept(tmp_path: Path) -> None:
    """The office's first typing: each slip is one message at its cell, and a failing check,
    fill or docx leaves the workbook as it was."""
    out = slipped_book_output(suqian_book(tmp_path, slips=True))
    assert "「宿豫」在「县区上年数据」中没有对应的县区，可能是「宿豫区」" in out
    assert "B4：「泗洪县」的「全社会R&D经费支出」为 126000亿元" in out and "应约为 12.6亿元" in out
    assert "D2：「科技公共财政支出占公共财政支出比重」本年数为 0.0312" in out and "是否应为 3.12" in out
    assert "D3：文本「2,168」已按数字 2168 读取" in out
    assert "C5：文本「598.4」已按数字 598.4亿元 读取" in out
    assert "D5：「省级及以上企业研发机构」本年数与上年数完全相同" in out


def test_a_blank_county_cell_names_its_county(tmp_path: Path) -> None:
    """qa18 F2: 湖滨新区's GDP left blank was told as 「C8：「地区生产总值」为空」 — the clerk had to
    count rows to learn whose; the other county messages (泗洪县's 万元) name the unit."""
    out = cli("check", suqian_book(tmp_path, slips=True)).output
    assert "C8：「湖滨新区」的「地区生产总值」为空" in out, out


def test_a_name_with_the_city_in_front_is_no_slip_of_the_pen(tmp_path: Path) -> None:
    """qa18 F6: 县区上年数据 copied from the statistics bureau's table writes 「宿迁市湖滨新区」, the office's
    县区数据 「湖滨新区」; check called 「湖滨新区」 「可能是「宿迁市湖滨新区」的笔误」. The two differ by the
    city's name only: the message says so and asks for one spelling in both sheets."""
    import openpyxl

    book = suqian_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    assert wb["县区上年数据"]["A8"].value == "湖滨新区"
    wb["县区上年数据"]["A8"] = "宿迁市湖滨新区"
    wb.save(book)
    out = cli("check", book).output
    line = next(t for t in out.splitlines() if "湖滨新区" in t)
    assert "笔误" not in line, line
    assert "「县区数据」 单元格 A8：县区「湖滨新区」在「县区上年数据」中没有对应的县区" in line
    assert "「县区上年数据」A8 写作「宿迁市湖滨新区」，只多了市名「宿迁市」" in line
    assert "请统一两表的写法（都写「湖滨新区」或都写「宿迁市湖滨新区」）" in line
