"""qa12 F6: a count (家/个/项/人) with a decimal is 须核对, never rounded silently."""

from __future__ import annotations

from kjreport.report import check_source
from tests.indicators.test_reported_workbook import department_row, edit


def test_a_count_with_a_decimal_is_to_be_verified(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "d.xlsx", department_row("高新科", "新增高新技术企业", "家", 758.5, 602))
    [p] = [p for p in check_source(path) if "不是整数" in p.found]
    assert (p.severity, p.sheet, p.cell) == ("须核对", "科室数据", "D6")
    assert p.found == "「新增高新技术企业」的单位为家，本年数为 758.5，不是整数"
    assert p.expected == "家数应为整数，是否应为 758 或 759？请改为实际的数（不改，文件中将四舍五入写成 759家）"


def test_whole_counts_amounts_and_formula_noise_are_quiet(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "q.xlsx", department_row("高新科", "新增高新技术企业", "家", 758.0000000001, 602),
                department_row("计划科", "科技金融贷款", "亿元", 12.5, 10.2))
    assert not [p for p in check_source(path) if "不是整数" in p.found]


def test_a_count_per_head_or_an_average_may_have_decimals(sample_path, tmp_path):
    # 每万人就业人员中研发人员数 81.5人 is a ratio in 人, not a head count (found by the full suite)
    path = edit(sample_path, tmp_path / "p.xlsx",
                department_row("计划科", "每万人就业人员中研发人员数", "人", 81.5, 76.2),
                department_row("合作科", "人均培训农民", "人", 2.5, 2.1))
    assert not [p for p in check_source(path) if "不是整数" in p.found]


def test_a_tiny_count_beside_last_year_is_said_as_a_count_not_as_a_swing(sample_path, tmp_path):
    # 商丘 2025 (qa18): 市级重点实验室 0.06 beside 上年 4 was only a 提示 "同比下降 98%"; a count is
    # whole, so it is one 须核对 naming what a count must be
    path = edit(sample_path, tmp_path / "t.xlsx", department_row("计划科", "市级重点实验室", "家", 0.06, 4))
    on_cell = [p for p in check_source(path) if p.sheet == "科室数据" and p.cell == "D6"]
    assert [(p.severity, p.found) for p in on_cell] == [("须核对", "「市级重点实验室」的单位为家，本年数为 0.06，不是整数")]
