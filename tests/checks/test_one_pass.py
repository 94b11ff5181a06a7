"""Issue 10 item 10: one ``check`` lists every error, so fixing what it lists never reveals an
error that was already there. Each slip below used to hide others (an early return after data
errors, after a missing 年度, after a missing column)."""

from __future__ import annotations

import itertools

import openpyxl
import pytest

from kjreport.report import check_source

SLIPS = {
    "year_missing": lambda wb: wb["设置"].__setitem__("B4", None),
    "city_missing": lambda wb: wb["设置"].__setitem__("B2", None),
    "bad_cell": lambda wb: wb["县区数据"].__setitem__("C3", "abc"),
    "column_lost": lambda wb: wb["县区数据"].__setitem__("G1", "特派员"),
    "unit_clash": lambda wb: wb["目标任务"].__setitem__("C8", "亿元"),
    "rd_unit_lost": lambda wb: (wb["县区数据"].__setitem__("D1", "全社会R&D经费支出"),
                                wb["县区上年数据"].__setitem__("D1", "全社会R&D经费支出")),
    # 级别 (F): a closed list; 项目类别 (E) takes a bureau's own categories since lowfix12
    "bad_choice": lambda wb: wb["项目台账"].__setitem__("F5", "部级"),
}


def errors_with(sample_path, tmp_path, slips) -> set[tuple]:
    wb = openpyxl.load_workbook(sample_path)
    for name in slips:
        SLIPS[name](wb)
    path = tmp_path / f"w{len(slips)}.xlsx"
    wb.save(path)
    return {(p.sheet, p.cell, p.found) for p in check_source(path) if p.severity == "错误"}


def test_every_slip_is_reported_at_once(sample_path, tmp_path):
    everything = errors_with(sample_path, tmp_path, SLIPS)
    for name in SLIPS:
        alone = errors_with(sample_path, tmp_path, [name])
        assert alone, f"{name} is not an error on its own"
        assert alone <= everything, f"{name} alone shows errors hidden by the others: {alone - everything}"


@pytest.mark.parametrize("fixed", list(itertools.combinations(SLIPS, 2))[::4])
def test_fixing_errors_reveals_nothing_new(sample_path, tmp_path, fixed):
    everything = errors_with(sample_path, tmp_path, SLIPS)
    rest = [s for s in SLIPS if s not in fixed]
    assert errors_with(sample_path, tmp_path, rest) <= everything
