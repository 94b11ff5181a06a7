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
