"""Plausibility (issue 10 item 2) on plain rows: slips, whole columns, signs, shares, sizes."""

from __future__ import annotations

from kjreport.checks import plausibility as pl
from kjreport.workbook.schema import COUNTY
from kjreport.workbook.tables import ColumnAt, Row, Table


def county_table(values, sheet="县区数据", header_unit="", unit="亿元"):
    col = next(c for c in COUNTY.columns if c.name == "高新技术产业产值")
    if unit != col.unit:
        from dataclasses import replace
        col = replace(col, unit=unit)
    t = Table(COUNTY, sheet, header_row=1)
    t.columns = {"县区": ColumnAt(COUNTY.columns[0], 0, "A"), col.name: ColumnAt(col, 1, "B", header_unit)}
    t.rows = [Row(i + 2, {"县区": f"县{i}", col.name: v}, {"县区": f"A{i + 2}", col.name: f"B{i + 2}"})
              for i, v in enumerate(values)]
    return t


def cells(problems, severity="错误"):
    return sorted(p.cell for p in problems if p.severity == severity)


def test_one_cell_in_wan_is_named_with_its_correction():
    cur = county_table([136.9, 855000, 190.7, 70, 76.8])
    prev = county_table([121.6, 73.8, 145, 68.1, 63.9], "县区上年数据")
    problems = pl.columns("f.xlsx", cur, prev)
    assert cells(problems) == ["B3"]
    assert "85.5亿元" in problems[0].expected


def test_slip_found_from_the_median_without_last_year():
    problems = pl.columns("f.xlsx", county_table([136.9, 85.5, 190.7, 700000, 76.8]))
    assert cells(problems) == ["B5"] and "中位数" in problems[0].found


def test_whole_column_off_is_one_error_on_the_header():
    cur = county_table([19002, 11839, 25440, 8588], header_unit="")
    prev = county_table([1.4927, 1.0232, 2.1024, 0.6821], "县区上年数据", header_unit="万元")
    problems = pl.columns("f.xlsx", cur, prev)
    assert cells(problems) == ["B1"] and "万元" in problems[0].expected


def test_negative_huge_and_big_swings():
    cur = county_table([-5, 1e20, 100, 90, 80])
    prev = county_table([10, 10, 20, 20, 20], "县区上年数据")
    problems = pl.columns("f.xlsx", cur, prev)
    assert cells(problems) == ["B2", "B3"]
    assert cells(problems, "提示") == ["B4", "B5"]  # +400 %, +350 %; +300 % (B6) is not beyond


def test_yoy_threshold_is_strictly_beyond_300_percent():
    cur = county_table([80, 81, 10, 10])
    prev = county_table([20, 20, 10, 10], "县区上年数据")
    assert cells(pl.columns("f.xlsx", cur, prev), "提示") == ["B3"]


def test_magnitude_rules():
    assert pl.magnitude("f", "s", "A1", "地区生产总值", -1, "亿元") is not None
    assert pl.magnitude("f", "s", "A1", "科技特派员", -1, "人") is not None
    assert pl.magnitude("f", "s", "A1", "R&D经费占GDP比重", 130, "%") is not None
    assert pl.magnitude("f", "s", "A1", "高新技术产业产值增长", 130, "%") is None
    assert pl.magnitude("f", "s", "A1", "利润增速", -20, "%") is None
    assert pl.magnitude("f", "s", "A1", "高新技术产业产值", 1e20, "亿元") is not None
    assert pl.magnitude("f", "s", "A1", "高新技术产业产值", 812, "亿元") is None
