"""qa12 F35: a ledger whose count is far from 科室数据's figure of the same indicator is 须核对."""

from __future__ import annotations

from kjreport.report import check_source
from tests.indicators.test_reported_workbook import department_row, edit


def _said(path):
    return [p for p in check_source(path) if "台账可能不全" in p.found]


def test_a_ledger_far_below_the_reported_figure_is_to_be_verified(sample_path, tmp_path):
    [p] = _said(edit(sample_path, tmp_path / "l.xlsx", department_row("高新科", "高新技术企业", "家", 1580, 1400)))
    assert (p.severity, p.sheet, p.cell) == ("须核对", "企业台账", "A2:H196")
    assert p.found == ("按「企业台账」计算的「高新技术企业」为 158家，是「科室数据」D6 报送的「高新技术企业」1580家 的 10%，"
                       "两者差别很大（台账可能不全）")
    assert "或把设置「指标来源优先」改为 科室报送" in p.expected


def test_a_ledger_close_to_the_reported_figure_is_quiet(sample_path, tmp_path):
    assert not _said(sample_path)
    assert not _said(edit(sample_path, tmp_path / "c.xlsx", department_row("高新科", "高新技术企业", "家", 160, 140)))


def test_the_reported_figure_chosen_in_the_settings_ends_the_doubt(sample_path, tmp_path):
    # qa13 F3: with 指标来源优先 = 科室报送 the ledger's count is not used, so it is not 须核对, and the
    # built-in is not listed again beside the reported figure; the 提示 on the choice is said once
    from kjreport.report import load_report
    from tests.indicators.test_reported_workbook import setting

    path = edit(sample_path, tmp_path / "r.xlsx", department_row("高新科", "高新技术企业", "家", 1580, 1400),
                setting("指标来源优先", "科室报送"))
    assert not _said(path)
    said = [p for p in check_source(path) if "既可由内置指标「高新技术企业」计算" in p.found]
    assert len(said) == 1 and "采用报送数" in said[0].expected
    results = [r for r in load_report(path, publish=False).results if r.name == "高新技术企业"]  # 1580 of 150: 须核对 (qa16 F12)
    assert [(r.value, r.origin) for r in results] == [(1580, "科室报送")]
