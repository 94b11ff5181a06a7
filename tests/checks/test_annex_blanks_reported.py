"""qa14b F2: ``check`` names the 【待补充】 of the summary's county table when the targets' figures
are 科室数据 rows and the counties report the same indicators in 县区数据 columns.

A new bureau following README step 4 (六安 2021: every target a 科室数据 row, the counties' own
columns 企业研发投入经费 / 技术合同交易额 for ranking) got "校验通过：没有错误" from ``check``, then
three 【待补充】 in 附件2 from ``docx`` and a refusal from ``send``.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.helpers import cli_ok
from tests.luan_book import luan_book

COLUMNS = ("高新技术企业（家）", "技术合同交易额（亿元）", "企业研发投入经费（亿元）")
PREVIOUS = {"金安区": (120, 6.1, 8.2), "裕安区": (95, 4.3, 6.0), "舒城县": (88, 3.9, 6.5), "霍山县": (75, 2.8, 4.6)}
CURRENT = {"金安区": (150, 9.0, 10.1), "裕安区": (118, 6.2, 7.4), "舒城县": (110, None, None),
           "霍山县": (104, None, 6.1)}


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    path = luan_book(tmp_path_factory.mktemp("luan") / "2021年科技工作.xlsx")
    wb = openpyxl.load_workbook(path)
    for sheet, figures in (("县区数据", CURRENT), ("县区上年数据", PREVIOUS)):
        ws = wb[sheet]
        for j, header in enumerate(COLUMNS, 3):
            ws.cell(1, j, header)
        for i, (county, values) in enumerate(figures.items(), 2):
            ws.cell(i, 1, county)
            for j, v in enumerate(values, 3):
                if v is not None:
                    ws.cell(i, j, v)
    wb["下年工作打算"].append(("力争高新技术企业总数突破850家。", "高新技术企业", 850, "家"))
    wb.save(path)
    return path


def test_check_names_the_county_table_blanks_the_summary_will_show(book):
    out = cli_ok("check", book).output
    assert ("工作表「县区数据」 单元格 E4：总结附件「县区主要指标对比表」中将有 3 处显示为【待补充】："
            "舒城县（企业研发投入经费、技术合同交易额）；霍山县（技术合同交易额）") in out, out


def test_the_blanks_named_are_those_of_the_summary(book):
    out = cli_ok("docx", book).output
    assert out.count("第 2 张表第") == 2, out  # 附件2's blanks: the two check named, no other
    assert "「舒城县：企业研发投入经费（亿元）、技术合同交易额（亿元）」" in out, out
    assert "「霍山县：技术合同交易额（亿元）」" in out, out
