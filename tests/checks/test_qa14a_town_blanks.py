"""qa14a F6: in a county bureau's workbook (「乡镇数据」, the 全县 figure reported in 科室数据) the
blanks the summary's 乡镇 table will show are told by ``check``: a 乡镇 left blank this year (the
README's 【待补充】 hint, which never fired for 乡镇 sheets), and a 上年数 left blank in
「乡镇上年数据」, which the table shows as “—” and the 乡镇 notice as 上年数据未报送."""

from __future__ import annotations

import hashlib

import openpyxl

from tests.helpers import cli_ok
from tests.qa14a_book import tongxin_book


def _blank(book, sheet, cell):
    wb = openpyxl.load_workbook(book)
    wb[sheet][cell] = None
    wb.save(book)


def test_a_blank_town_figure_is_told_before_the_summary(tmp_path):
    book = tongxin_book(tmp_path)
    _blank(book, "乡镇数据", "B8")  # 王团镇
    out = cli_ok("check", book).output
    assert "「乡镇数据」 单元格 B8：总结附件「乡镇主要指标对比表」中将有 1 处显示为【待补充】：王团镇（全社会R&D经费投入）" in out
    assert "不补报时，总结附件中该乡镇一行显示为【待补充】" in out


def test_a_blank_last_year_figure_of_one_town_is_told(tmp_path):
    book = tongxin_book(tmp_path)
    _blank(book, "乡镇上年数据", "B8")
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    out = cli_ok("check", book).output
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    assert ("「乡镇上年数据」 单元格 B8：B8 为空：王团镇（全社会R&D经费投入）的上年数没有填写，"
            "总结附件「乡镇主要指标对比表」中其上年和增速显示为“—”") in out
    assert out.count("B8 为空") == 1


def test_no_word_when_every_town_has_its_last_year_figure_or_none_has(tmp_path):
    book = tongxin_book(tmp_path)
    assert "上年数没有填写" not in cli_ok("check", book).output
    wb = openpyxl.load_workbook(book)
    for r in range(2, 13):
        wb["乡镇上年数据"].cell(r, 2).value = None  # last year's table not collected at all
    wb.save(book)
    assert "上年数没有填写" not in cli_ok("check", book).output
