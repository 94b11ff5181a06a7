"""qa12 F15: 比较 (≥/≤) or 目标类型 (新增/净增) that the row's 原文 contradicts is 须核对."""

from __future__ import annotations

from kjreport.checks.comparator import stated_direction
from kjreport.report import check_source
from tests.indicators.test_reported_workbook import edit, next_row


def _set(cell, value):
    def change(wb):
        wb["目标任务"][cell] = value
    return change


def _target_row(values):
    def change(wb):
        ws = wb["目标任务"]
        r = next_row(ws)
        for col, v in zip("ABCDEFGH", values, strict=True):
            ws[f"{col}{r}"] = v
    return change


def test_a_comparator_the_sentence_contradicts_is_to_be_verified(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "c.xlsx", _set("D2", "≤"))
    [p] = [p for p in check_source(path) if "的比较为" in p.found]
    assert (p.severity, p.sheet, p.cell) == ("须核对", "目标任务", "D2")
    assert p.found == "「高新技术产业产值」的比较为 ≤，而原文为「全年高新技术产业产值力争实现800亿元」（达到、突破或以上，即 ≥）"
    assert p.expected.startswith("比较是否选错了？请改为 ≥")


def test_a_kind_the_sentence_contradicts_is_to_be_verified(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "k.xlsx",
                _target_row(("高新技术企业", 20, "家", "≥", "一", "高新科", "全年认定高新技术企业20家", "净增")))
    [p] = [p for p in check_source(path) if "的目标类型为" in p.found]
    assert (p.severity, p.sheet, p.cell[0]) == ("须核对", "目标任务", "H")
    assert p.found == "「高新技术企业」的目标类型为净增，而原文为「全年认定高新技术企业20家」（新增）"


def test_directions_are_read_from_the_clause():
    assert stated_direction("能耗控制在5%以内") == "≤"
    assert stated_direction("不少于30家") == "≥"
    assert stated_direction("R&D投入达到10亿元") == "≥"
    assert stated_direction("完成规划编制") == ""


def test_the_sample_has_no_contradiction(sample_path):
    assert not [p for p in check_source(sample_path) if p.severity == "须核对"]
