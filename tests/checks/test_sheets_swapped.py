"""qa12 F25: 县区数据 and 县区上年数据 swapped (every county below last year) is 须核对."""

from __future__ import annotations

from kjreport.report import check_source
from tests.indicators.test_reported_workbook import edit


def _swap(wb):
    now, before = wb["县区数据"], wb["县区上年数据"]
    now.title, before.title = "临时", "县区数据"
    now.title = "县区上年数据"


def _said(path):
    return [p for p in check_source(path) if "是否填反了" in p.expected]


def test_swapped_county_sheets_are_to_be_verified(sample_path, tmp_path):
    [p] = _said(edit(sample_path, tmp_path / "s.xlsx", _swap))
    assert (p.severity, p.sheet, p.cell) == ("须核对", "县区数据", None)
    assert p.found.startswith("全部 10 个县区的「") and "都低于「县区上年数据」" in p.found
    assert "地区生产总值" in p.found


def test_the_sample_and_one_county_growing_are_quiet(sample_path, tmp_path):
    assert not _said(sample_path)

    def one_grows(wb):
        _swap(wb)
        for col in "BCDEFGHI":
            wb["县区数据"][f"{col}2"] = (wb["县区上年数据"][f"{col}2"].value or 0) * 1.1
    assert not _said(edit(sample_path, tmp_path / "o.xlsx", one_grows))
