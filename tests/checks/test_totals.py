"""Totals (issue 10 item 1): recognised by name or by numbers, never counted, never ranked."""

from __future__ import annotations

import openpyxl
import pytest

from kjreport.checks.totals import _marked_rows, sum_rows, total_name
from kjreport.report import load_report
from tests.corpus.framework import append_total


@pytest.mark.parametrize("name", [
    "合计", "总计", "小计", "合计：", "全 市 总 计", "全市总计", "县区合计", "市区小计", "全区", "全市",
    "（合计）", "汇总", "鲁泽市", "鲁泽", "全市累计",
])
def test_total_names(name):
    assert total_name(name, ("鲁泽市", "鲁泽"))


@pytest.mark.parametrize("name", ["清河区", "全椒县", "德州市", "高新区", "市直", "合肥县", None, 12])
def test_county_names_are_not_totals(name):
    assert not total_name(name, ("鲁泽市", "鲁泽"))


def test_sum_rule_needs_every_filled_column_and_enough_rows():
    rows = [{"a": 1, "b": 2}, {"a": 2, "b": 3}, {"a": 3, "b": 4}, {"a": 6, "b": 9}]
    assert sum_rows(rows, ["a", "b"]) == [3]
    assert sum_rows(rows[:3], ["a", "b"]) == []  # 1 + 2 = 3 in three rows is no total
    assert sum_rows([*rows[:3], {"a": 6, "b": 8}], ["a", "b"]) == []  # one column off


@pytest.mark.parametrize("name", ["全市总计", "县区合计", "合计：", "鲁泽市", "城区"])
def test_total_row_never_counts_or_ranks(sample_path, tmp_path, name):
    wb = openpyxl.load_workbook(sample_path)
    append_total(wb["县区数据"], name)
    append_total(wb["县区上年数据"], name)
    path = tmp_path / "w.xlsx"
    wb.save(path)
    report = load_report(path)
    assert name not in report.counties and len(report.counties) == 10
    hitech = next(r for r in report.results if r.name == "高新技术产业产值")
    assert hitech.value == pytest.approx(812)  # not 1624
    assert [c.county for c in hitech.counties] == report.counties


def test_only_rows_with_a_marked_text_in_their_first_cells_are_looked_at():
    rows = [["年度", "项目名称"], [2011.0, "设计中心"], [2011.0, "甲"], ["合 计", None],
            [None], [2011.0, 5.0, "统计", "乙", "汇总"], [1.0, 2.0, 3.0, "小计"], ["x", "y"]]
    assert _marked_rows(rows, 1) == [1, 3, 5, 6]  # "汇总" in a fifth cell does not count
    assert _marked_rows(rows, 4) == [5, 6]
    assert _marked_rows([[1.0, 2.0]] * 3, 0) == [] and _marked_rows([], 0) == []
    square = [r + [None] * (5 - len(r)) for r in rows]  # the same, with the cells by column too
    columns = [tuple(c) for c in zip(*square, strict=True)]
    assert _marked_rows(square, 1, columns) == [1, 3, 5, 6] and _marked_rows(square, 4, columns) == [5, 6]


def test_a_ledger_total_row_is_taken_out_when_its_sheet_was_transposed(sample_path, tmp_path):
    from kjreport.report import check_source

    wb = openpyxl.load_workbook(sample_path)
    ws = wb["项目台账"]
    width = ws.max_column
    ws.append([None, "合  计"] + [None] * (width - 2))  # the first text cell says total
    path = tmp_path / "w.xlsx"
    wb.save(path)
    row = ws.max_row
    notes = [p for p in check_source(path) if p.sheet == "项目台账"]
    assert [(p.cell, p.found) for p in notes] == [(f"A{row}", f"第 {row} 行「合  计」是合计行")]
    assert load_report(path).result("省级以上科技计划项目").value == load_report(sample_path).result(
        "省级以上科技计划项目").value
