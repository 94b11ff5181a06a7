"""Judging each target at a month: cumulative figure, expected share, ahead or behind.

Pure: a ``YearReport`` (with its progress sheets) in, a ``ProgressReport`` out. The figure of a
month is the 月度数据 cell of that month; for the workbook's own 报送月份 the computed indicator
value is used when 月度数据 has none. A month with no figure is 待补充, never zero.
"""

from __future__ import annotations

from kjreport.indicators.assess import judge
from kjreport.model import IndicatorResult, YearReport
from kjreport.progress import model as m
from kjreport.progress.inputs import ProgressInputs
from kjreport.progress.schedule import expected_share

DEFAULT_LAG_THRESHOLD = 10.0  # 个百分点 behind expectation from which an item is 滞后 (红)
LAG_SETTING = "进度滞后线"


def lag_threshold(report: YearReport) -> float:
    """Return 设置's 进度滞后线 (个百分点), default 10."""
    raw = report.settings.extra.get(LAG_SETTING, "")
    try:
        value = float(str(raw).rstrip("%").strip())
    except ValueError:
        return DEFAULT_LAG_THRESHOLD
    return value if value > 0 else DEFAULT_LAG_THRESHOLD


def build_progress(report: YearReport, month: int | None = None) -> m.ProgressReport:
    """Return the standing of every target of ``report`` at ``month`` (default: 报送月份)."""
    month = month or report.settings.month
    inputs = report.progress if isinstance(report.progress, ProgressInputs) else ProgressInputs()
    threshold = lag_threshold(report)
    items = [
        _item(report, r, month, inputs, threshold)
        for r in report.results
        if r.target is not None
    ]
    return m.ProgressReport(report, month, items, threshold, list(inputs.problems))


def _item(report: YearReport, r: IndicatorResult, month: int, inputs: ProgressInputs,
          threshold: float) -> m.ProgressItem:
    figures = inputs.monthly_of(r.name)
    history = dict(figures.values) if figures else {}
    own_month = report.settings.month
    if month == own_month and r.value is not None:
        history.setdefault(month, r.value)
    value = history.get(month)
    if value is not None and figures and month in figures.cells:
        source = figures.cells[month]
    else:
        source = "；".join(r.sources)
    item = m.ProgressItem(r, month, value, source, history=history)
    schedule = inputs.schedule_of(r.name)
    if schedule:
        item.milestone = schedule.due(month)
        item.next_milestone = schedule.next_after(month)
    if (measure := inputs.measure_of(r.name, month)) is not None:
        item.measures, item.measures_cell = measure.text, measure.cell
    if value is None:
        item.verdict = m.MISSING
        return item
    if r.status == "不可比":
        item.verdict = m.NOT_COMPARABLE
        item.gap = value - r.target.value if r.target else None
        return item

    target = r.target
    status, completion, gap = judge(value, target, r.kind, report.settings)
    item.completion, item.gap = completion, gap
    timed = completion is not None and target.comparison == "≥"
    if month >= 12:
        item.expected = 100.0 if timed else None
        item.ahead_pp = completion - 100.0 if timed else None
        item.verdict = status
    elif timed:
        item.by_schedule = bool(schedule and schedule.has_shares)
        item.expected = expected_share(month, schedule)
        item.ahead_pp = completion - item.expected
        if completion >= 100:
            item.verdict = m.DONE
        elif item.by_schedule and item.expected == 0 and completion == 0:
            item.verdict = m.NOT_DUE
        elif item.ahead_pp >= 0:
            item.verdict = m.AHEAD
        elif item.ahead_pp >= -threshold:
            item.verdict = m.LAGGING_SLIGHTLY
        else:
            item.verdict = m.LAGGING
    else:
        # shares, ratios and 控制在…以内 targets: compared with the annual target itself
        item.verdict = {"超额完成": m.MET, "完成": m.MET, "基本完成": m.NEAR}.get(status, m.MISSED)

    earlier = [k for k in history if k < month]
    if earlier:
        item.previous_month = max(earlier)
        _, previous_completion, _ = judge(history[item.previous_month], target, r.kind, report.settings)
        item.previous_completion = previous_completion
    return item
