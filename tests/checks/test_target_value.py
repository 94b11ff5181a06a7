"""qa12 F5: a 目标值 ten times (or a tenth of) the figure its 原文 states is 须核对."""

from __future__ import annotations

from kjreport.checks.target_value import stated_figures
from kjreport.report import check_source
from tests.indicators.test_reported_workbook import edit


def _set(cell, value):
    def change(wb):
        wb["目标任务"][cell] = value
    return change


def test_a_target_with_a_zero_too_many_is_to_be_verified(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "z.xlsx", _set("B2", 8000))
    [p] = [p for p in check_source(path) if "而原文为" in p.found]
    assert (p.severity, p.sheet, p.cell) == ("须核对", "目标任务", "B2")
    assert p.found == ("「高新技术产业产值」的目标值为 8000亿元，而原文为「全年高新技术产业产值力争实现800亿元」（800亿元），"
                       "是原文数字的 10 倍")
    assert p.expected.startswith("目标值是否多打或少打了 0？请改为 800")


def test_a_target_with_a_zero_too_few_is_to_be_verified(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _set("B6", 3.5))
    [p] = [p for p in check_source(path) if "而原文为" in p.found]
    assert (p.sheet, p.cell) == ("目标任务", "B6") and "只有原文数字的十分之一" in p.found


def test_the_sample_and_a_target_the_sentence_does_not_state_are_quiet(sample_path, tmp_path):
    assert not [p for p in check_source(sample_path) if "而原文为" in p.found and p.severity == "须核对"]
    path = edit(sample_path, tmp_path / "o.xlsx", _set("B2", 810))
    assert not [p for p in check_source(path) if "而原文为" in p.found and p.severity == "须核对"]


def test_figures_are_read_in_the_targets_unit():
    assert stated_figures("新增“科贷通”贷款1500万元以上", "亿元") == [(0.15, "1500万元")]
    assert stated_figures("总数达到1.2万家", "家") == [(12000.0, "1.2万家")]
    assert stated_figures("总数达到740家，培育2个平台", "家") == [(740.0, "740家")]
