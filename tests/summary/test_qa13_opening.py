"""The opening sentence never says 全面完成 while a target still waits for its data (qa13 F33)."""

from __future__ import annotations

from kjreport.summary import build_summary
from kjreport.summary.facts import collect_facts
from tests.summary.report_factory import make_report
from tests.summary.test_prose import _with_statuses, paragraphs


def test_all_met_but_one_waiting_for_data_is_not_fully_done():
    report = _with_statuses(make_report(), "完成")
    waiting = next(r for r in report.results if r.target is not None)
    waiting.status, waiting.value = "无数据", None
    assert collect_facts(report).pending
    opening = paragraphs(build_summary(report, charts=False))[1]
    assert "全面完成了年度目标任务" not in opening, opening


def test_all_met_with_every_figure_is_fully_done():
    report = _with_statuses(make_report(), "完成")
    for r in report.results:
        if r.status in ("无数据", "待补充"):
            r.status = "完成"
    opening = paragraphs(build_summary(report, charts=False))[1]
    assert "全面完成了年度目标任务" in opening, opening
