"""附件2's note under a share whose city figure is reported: not “各县区之和” (qa13 F37)."""

from __future__ import annotations

from kjreport.report import load_report
from kjreport.summary.tables import reported_note
from tests.indicators.test_reported_workbook import department_row, edit


def test_a_reported_share_is_not_called_a_sum_f37(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "ratio.xlsx",
                department_row("计划科", "全社会R&D经费投入占GDP比重", "%", 1.8, 1.6),
                department_row("高新科", "高新技术产业产值", "亿元", 900, 700))
    note = reported_note(load_report(path))
    assert "全社会R&D经费投入占GDP比重为科室报送数，不是按各县区数据计算的结果" in note, note
    assert "比重为科室报送数，不是各县区之和" not in note
    assert "高新技术产业产值为科室报送数，不是各县区之和" in note
