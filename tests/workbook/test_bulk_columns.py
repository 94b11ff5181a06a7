"""The bulk paths of ``read_table`` decide exactly as the cell-by-cell path would."""

from __future__ import annotations

import pytest

from kjreport.workbook.schema import Column, normalize_header
from kjreport.workbook.tables import ColumnAt, _bulk


def _at(kind: str, **kw) -> ColumnAt:
    return ColumnAt(Column("列", kind, **kw), 0, "A")


@pytest.mark.parametrize("kinds_known", [False, True])
@pytest.mark.parametrize(("cells", "expected"), [
    ([" 甲 ", "乙"], ["甲", "乙"]),
    (["!感叹号开头", '"引号开头', "乙"], ["!感叹号开头", '"引号开头', "乙"]),  # below "$", no "#"
    (["甲", "   "], None),  # only spaces: the careful path reports it empty
    (["甲", "#N/A"], None),  # looks like an Excel error
    (["#REF!", "甲"], None),
    (["甲", "  #x"], None),  # "#" after stripping
    (["甲", None], None),
    (["甲", 12.0], None),
])
def test_text_column(cells, expected, kinds_known):
    kinds = set(map(type, cells)) if kinds_known else None
    assert _bulk(_at("text"), list(cells), kinds) == expected


@pytest.mark.parametrize(("cells", "expected"), [
    (["国家级", "省级", "国家级"], ["国家级", "省级", "国家级"]),
    (["国家级", "部级"], None),
    (["国家级", None], None),
    (["国家级", 1.0], None),
])
def test_choice_column(cells, expected):
    assert _bulk(_at("choice", choices=("国家级", "省级", "市级")), list(cells)) == expected


def test_header_names_remembered_by_type_and_value():
    assert normalize_header(1) == ("1", "")
    assert normalize_header(1.0) == ("1.0", "")  # not the remembered result for 1
    assert normalize_header(True) == ("True", "")
    assert normalize_header(["不可哈希"]) == ("['不可哈希']", "")
    assert normalize_header(" 经费 （万元） ") == ("经费", "万元")


def _enterprises(rows) -> list:
    from kjreport.workbook import schema
    from kjreport.workbook.source import SheetData
    from kjreport.workbook.tables import read_table

    header = ["企业名称", "县区", "企业类型", "认定年份", "重点企业", "工业总产值", "主营业务收入", "R&D经费支出"]
    problems: list = []
    read_table("f.xlsx", SheetData("企业台账", [header, *rows]), schema.sheet_spec("企业台账"), problems)
    return [(p.cell, p.found) for p in problems]


def test_repeated_keys_come_after_their_rows_cells_in_row_order():
    rows = [["甲", "东原县", "高新技术企业", 2010.0, "是", 1.0, 2.0, 3.0],
            ["乙", "东原县", "高新技术企业", "去年", "是", 1.0, 2.0, 3.0],
            ["甲", "东原县", "高新技术企业", 2010.0, "否", "很多", 2.0, 3.0],
            [" 乙", "东原县", "高新技术企业", 2011.0, "否", 1.0, 2.0, 3.0]]
    found = _enterprises(rows)
    assert [cell for cell, _ in found] == ["D3", "F4", "A4", "A5"]
    assert found[2][1] == "「甲」重复出现（另见 A2）" and found[3][1] == "「乙」重复出现（另见 A3）"
    unique = _enterprises([r for r in rows if r[0] == "乙"][:1] + rows[2:3])  # no repeat: cells only
    assert [cell for cell, _ in unique] == ["D2", "F3"]
