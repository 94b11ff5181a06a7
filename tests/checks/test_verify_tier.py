"""qa12's pattern: a figure that is probably wrong is 须核对 (fix it or confirm it), not a 提示 that
lets a document go out: F2 (a county row lost), F3 (新增 typed with the year-end stock), F16 (a
上年 figure typed 10×), F31 (a county's 0 placeholder), F34 (two counties swapped in every column)."""

from __future__ import annotations

import shutil

import openpyxl

from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check

VERIFY = "须核对"


def _edit(sample_path, path, change):
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)
    return path


def _verify(path):
    return [p for p in check_source(path) if p.severity == VERIFY]


def test_the_sample_has_nothing_to_verify(sample_path):
    assert _verify(sample_path) == []


def test_a_county_left_at_zero_beside_last_years_figure_is_to_verify(sample_path, tmp_path):
    def zero(wb):
        wb["县区数据"]["D3"] = 0  # 丰源区 R&D, 上年 10232万元
    path = _edit(sample_path, tmp_path / "z.xlsx", zero)
    [p] = _verify(path)
    assert (p.sheet, p.cell) == ("县区数据", "D3")
    assert "同比下降 100%" in p.found and p.expected.startswith("本年为 0 而上年有数：是否尚未报送？尚未报送请留空")
    result = cli_check(path)
    assert result.exit_code == 0  # fill still runs: it computes, it does not publish
    assert "校验通过，但有 1 处须核对：请改正，或核对无误后在「核对记录」表中确认" in result.output


def test_last_years_figure_typed_ten_times_is_to_verify(sample_path, tmp_path):
    def ten(wb):
        wb["县区上年数据"]["D3"] = 102320  # 10232 typed with an extra 0
    [p] = _verify(_edit(sample_path, tmp_path / "t.xlsx", ten))
    assert (p.sheet, p.cell) == ("县区数据", "D3") and "同比下降 88%" in p.found


def test_a_county_row_lost_from_this_years_sheet_is_one_message(sample_path, tmp_path):
    # the sample's targets read the county sums as amounts: the lost row is an error (missing_rows);
    # the per-name 须核对 of a book whose only targets on the column are % (qa12 F2) is not repeated
    def lose(wb):
        wb["县区数据"].delete_rows(3)  # 丰源区 stays in 县区上年数据
    problems = check_source(_edit(sample_path, tmp_path / "l.xlsx", lose))
    at = [p for p in problems if (p.sheet, p.cell) == ("县区上年数据", "A3")]
    assert [p.severity for p in at] == ["错误"]


def test_two_counties_swapped_in_every_column_are_to_verify(sample_path, tmp_path):
    def swap(wb):
        ws = wb["县区数据"]
        for col in "BCDEFGHI":
            ws[f"{col}2"].value, ws[f"{col}4"].value = ws[f"{col}4"].value, ws[f"{col}2"].value
    found = [p for p in check_source(_edit(sample_path, tmp_path / "s.xlsx", swap)) if "可能填反了" in p.found]
    assert found and all(p.severity == VERIFY for p in found)


def test_a_new_count_typed_with_the_year_end_stock_is_to_verify(sample_path, tmp_path):
    def stock(wb):
        ws = wb["科室数据"]
        ws.append(["高新科", "高新技术企业", "家", 180, 150, "可比", None])
        ws.append(["高新科", "新增高新技术企业", "家", 180, 25, "可比", None])
    path = _edit(sample_path, tmp_path / "n.xlsx", stock)
    [p] = [p for p in _verify(path) if p.sheet == "科室数据"]
    assert p.found.startswith("「新增高新技术企业」本年数 180家 不小于「高新技术企业」本年年末总数 180家")
    assert "上年年末的 150家 全部不再计入" in p.found
    assert not [q for q in check_source(path) if q.cell == p.cell and q.severity == "提示"]  # said once


def test_a_fraction_typed_in_a_county_percent_column_is_to_verify(sample_path, tmp_path):
    name = "规模以上工业企业中有研发活动的企业占比（%）"

    def share(wb):
        for sheet, values in (("县区上年数据", 28.0), ("县区数据", 30.0)):
            ws = wb[sheet]
            col = ws.max_column + 1
            ws.cell(1, col, name)
            for r in range(2, ws.max_row + 1):
                if ws.cell(r, 1).value:
                    ws.cell(r, col, values + r * 0.3)
        ws = wb["县区数据"]
        ws.cell(3, ws.max_column, 0.319)  # 丰源区 types the fraction
    problems = check_source(_edit(sample_path, tmp_path / "f.xlsx", share))
    [p] = [p for p in problems if p.severity == VERIFY]
    assert p.sheet == "县区数据" and p.cell.endswith("3") and "（本年 0.319%" in p.found
    assert p.expected.startswith("是否应为 31.9？百分数列填百分号前的数字")
