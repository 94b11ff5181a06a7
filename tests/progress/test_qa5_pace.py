"""QA round 5 F11: a 完成率 that rises only as fast as 序时进度 is not "进度明显加快"; a rise
beyond the schedule is told against it; a chart of a single indicator is left out (it repeated
its table row alone on the last page). Through ``kjreport progress`` on copies of the sample."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.progress import build_progress
from kjreport.report import load_report
from tests.indicators.test_reported_workbook import edit
from tests.summary.docx_readback import body_text


def _only_hitech(first, second):
    """月度数据 with one row: 高新技术产业产值 (target 800亿元) at 3月 and 6月."""
    def change(wb):
        ws = wb["月度数据"]
        for r in range(2, ws.max_row + 1):
            for c in range(1, ws.max_column + 1):
                ws.cell(r, c).value = None
        ws["A2"], ws["B2"], ws["E2"], ws["H2"] = "高新技术产业产值", "亿元", first, second
    return change


def _notice(path, tmp_path):
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(path), "--month", "6", "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    return body_text(out).replace("\n", "")


def test_a_rise_that_keeps_pace_is_not_a_quickening(sample_path, tmp_path):
    """25 % in March and 50 % in June: on schedule both times; nothing has quickened."""
    path = edit(sample_path, tmp_path / "同步2011.xlsx", _only_hitech(200, 400))
    item = next(i for i in build_progress(load_report(path), 6).items if i.name == "高新技术产业产值")
    assert item.trend_pp == pytest.approx(25) and item.pace_gain_pp == pytest.approx(0)
    text = _notice(path, tmp_path)
    assert "与3月相比" not in text and "进度明显加快" not in text
    assert "主要指标累计完成情况" not in text  # one line: no chart


def test_a_rise_beyond_the_schedule_is_told_against_it(sample_path, tmp_path):
    """10 % in March and 60 % in June: 50 points up while the schedule rose 25."""
    path = edit(sample_path, tmp_path / "加快2011.xlsx", _only_hitech(80, 480))
    text = _notice(path, tmp_path)
    assert "与3月相比，高新技术产业产值完成率提高50.0个百分点，比序时进度多提高25.0个百分点，进度明显加快" in text


def test_the_sample_chart_is_still_drawn(sample_path, tmp_path):
    text = _notice(sample_path, tmp_path)
    assert "主要指标累计完成情况" in text
    assert "比序时进度多提高" in text


def test_a_single_lagging_item_has_no_lone_first(sample_path, tmp_path):
    """F16: one item behind is written without 一是 (there is no 二是)."""
    path = edit(sample_path, tmp_path / "滞后2011.xlsx", _only_hitech(100, 200))
    text = _notice(path, tmp_path)
    part = text.split("二、进展滞后的工作")[1].split("三、")[0]
    assert part.startswith("高新技术产业产值。截至6月底累计完成200亿元"), part
    assert "一是" not in part


def test_a_december_notice_does_not_ask_to_speed_up(sample_path, tmp_path):
    """F16: the year is over in December: no 加快工作进度, no 总结…总结."""
    out = tmp_path / "全年.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_path), "--month", "12", "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "为全面掌握年度目标任务完成情况" in text
    assert "加快工作进度" not in text and "总结经验" not in text
