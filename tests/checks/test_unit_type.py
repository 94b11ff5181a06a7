"""qa12 F32: a 类型 that contradicts the unit's name (a 县 marked 开发区, a 开发区 marked 县) is 须核对."""

from __future__ import annotations

from kjreport.report import check_source
from tests.indicators.test_reported_workbook import edit


def _types(**cells):
    def change(wb):
        for cell, value in cells.items():
            wb["县区数据"][cell] = value
    return change


def _said(path):
    return [p for p in check_source(path) if p.sheet == "县区数据" and "的类型为" in p.found]


def test_a_county_marked_as_a_zone_is_to_be_verified(sample_path, tmp_path):
    [p] = _said(edit(sample_path, tmp_path / "t.xlsx", _types(J5="开发区")))
    assert (p.severity, p.cell) == ("须核对", "J5")
    assert p.found == "「金堤县」的类型为开发区，而名称是县"
    assert p.expected.startswith("类型是否选错了？请改为「县」")


def test_a_zone_marked_as_a_county_is_to_be_verified(sample_path, tmp_path):
    [p] = _said(edit(sample_path, tmp_path / "z.xlsx", _types(J4="县")))
    assert p.cell == "J4" and p.found == "「高新区」的类型为县，而名称是高新区"


def test_the_sample_and_a_district_marked_as_a_district_are_quiet(sample_path, tmp_path):
    assert not _said(sample_path)
    assert not _said(edit(sample_path, tmp_path / "q.xlsx", _types(J2="区", J4="高新区")))
