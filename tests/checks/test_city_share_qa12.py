"""qa12 F30: a 科室数据 city R&D (统计公报 75.2) beside an intensity computed on the counties' sums
(73.3 ÷ 3925 = 1.87 %, while 75.2 ÷ 3925 = 1.92 %): ``check`` says the share stays on the
counties' sums and how to print the official one. Real 宜春 workbook (tests.qa12_yichun), CLI."""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from tests.qa12_yichun import department_row, yichun_book

CITY_RD = ["计划科", "全社会R&D经费投入", "亿元", 75.2, 68.1]


def _check(path) -> str:
    return CliRunner().invoke(main, ["check", str(path)]).output


def test_a_city_amount_beside_a_share_on_county_sums_gets_one_hint(tmp_path):
    book = yichun_book(tmp_path)
    department_row(book, CITY_RD)
    out = _check(book)
    [hint] = [line for line in out.splitlines() if "各县区之和计算" in line]
    assert hint.startswith("[提示] good.xlsx 工作表「科室数据」 单元格 D11：「全社会R&D经费投入占GDP比重」1.87% "
                           "按「县区数据」各县区之和计算"), hint
    assert "科室报送数 75.2亿元；按 75.2亿元 计算约为 1.92%" in hint
    assert "请在「科室数据」增加名为「全社会R&D经费投入占GDP比重」的一行填写公报数" in hint
    assert "校验通过" in out


def test_no_hint_without_the_city_row_or_with_the_official_share(tmp_path):
    book = yichun_book(tmp_path)
    assert "各县区之和计算" not in _check(book)
    department_row(book, CITY_RD)
    department_row(book, ["计划科", "全社会R&D经费投入占GDP比重", "%", 1.92, 1.82])
    assert "各县区之和计算" not in _check(book)
