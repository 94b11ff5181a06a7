"""qa14a F1: a figure typed with its unit into a 科室数据 (or 目标任务, 月度数据) row converts into
the unit the row's own 「单位」 cell names — 「420万元」 in an 亿元 row is 0.042亿元, as the README
promises for 「8000万元」 — not 420亿元 and an error telling the clerk he typed 万元 as 亿元."""

from __future__ import annotations

import hashlib

import openpyxl

from tests.helpers import cli, cli_ok
from tests.qa14a_book import department_row, tongxin_book


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_figure_typed_in_wan_yuan_in_a_yi_yuan_row_is_converted(tmp_path):
    book = tongxin_book(tmp_path)
    fiscal = department_row(book, "县本级财政R&D投入")
    rnd = department_row(book, "全社会R&D经费投入")
    wb = openpyxl.load_workbook(book)
    ks = wb["科室数据"]
    ks.cell(fiscal, 4).value = "420万元"  # 0.042亿元, as the row's 单位 says
    ks.cell(rnd, 4).value = "12600万元 "  # pasted with a trailing space
    wb["目标任务"]["B2"] = "12000万元"  # the 1.2亿元 target typed as the plan's office writes it
    wb.save(book)
    before = _digest(book)
    result = cli("check", book)
    assert _digest(book) == before  # check never writes
    assert result.exit_code == 0, result.output
    out = result.output
    assert f"D{fiscal}：文本「420万元」已按数字 0.042亿元 读取" in out
    assert f"D{rnd}：文本「12600万元 」已按数字 1.26亿元 读取" in out
    assert "B2：文本「12000万元」已按数字 1.2亿元 读取" in out
    assert "可能把万元当作亿元填写了" not in out and "[错误]" not in out

    shown = cli_ok("fill", book).output
    assert "0.042" in shown and "105.0%" in shown  # 1.26 of 1.2 亿元
    results = openpyxl.load_workbook(book)["指标结果"]
    rows = {row[0]: row for row in results.iter_rows(values_only=True) if row and row[0]}
    fiscal_row = next(v for k, v in rows.items() if str(k).startswith("县本级财政R&D投入"))
    assert 10.4 < next(x for x in fiscal_row if isinstance(x, float) and 10 < x < 11) < 10.6  # growth 0.042/0.038


def test_an_amount_typed_into_a_share_row_is_an_error_naming_the_row_unit(tmp_path):
    book = tongxin_book(tmp_path)
    share = department_row(book, "有研发活动的规上企业占比")
    wb = openpyxl.load_workbook(book)
    wb["科室数据"].cell(share, 4).value = "0.35亿元"  # the 技术合同成交额 figure typed a row too low
    wb.save(book)
    result = cli("check", book)
    assert result.exit_code == 1
    assert f"D{share}：「0.35亿元」的单位「亿元」与本行「单位」「%」不一致" in result.output
    assert "（单位：%）" in result.output


def test_a_percentage_in_an_amount_row_is_reported_once(tmp_path):
    book = tongxin_book(tmp_path)
    rnd = department_row(book, "全社会R&D经费投入")
    wb = openpyxl.load_workbook(book)
    wb["科室数据"].cell(rnd, 4).value = "430%"
    wb.save(book)
    out = cli("check", book).output
    assert out.count(f"D{rnd}：") >= 1
    assert f"D{rnd}：「全社会R&D经费投入」填的是百分数「430%」，而本行单位是亿元" in out
    assert "「430%」是百分数，而本行「单位」是亿元" not in out  # not twice in two wordings
