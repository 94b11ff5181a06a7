"""Judging a computed value against its target and last year: 完成率, 同比, 个百分点, 状态.

Pure: numbers and plain data in, an ``IndicatorResult`` out.
"""

from __future__ import annotations

from kjreport.indicators.formulas import completion_rate, pp_change, time_progress, yoy_growth
from kjreport.model import IndicatorResult, Settings, Target

STATUSES = ("超额完成", "完成", "基本完成", "未完成", "不可比", "无目标", "无数据")


def judge(value: float, target: Target, kind: str, settings: Settings) -> tuple[str, float | None, float]:
    """Return (status, 完成率 or None, gap) of ``value`` against ``target``.

    Percentage targets (and ratio indicators) are compared as a gap in 个百分点; amounts as a
    completion rate. ≤ targets (控制在…以内) are met when the value does not exceed the target.
    """
    gap = value - target.value
    if target.is_percentage or kind == "ratio":
        tolerance = settings.basic_gap_pp
        if target.comparison == "≤":
            status = "完成" if gap <= 0 else "基本完成" if gap <= tolerance else "未完成"
        else:
            status = ("超额完成" if gap > 0 else "完成" if gap == 0
                      else "基本完成" if gap >= -tolerance else "未完成")
        return status, None, gap
    rate = completion_rate(value, target.value)
    if rate is None:
        return "不可比", None, gap
    if target.comparison == "≤":
        limit = 200 - settings.basic_threshold
        status = "完成" if rate <= 100 else "基本完成" if rate <= limit else "未完成"
    else:
        status = ("超额完成" if rate > settings.exceed_threshold else "完成" if rate >= 100
                  else "基本完成" if rate >= settings.basic_threshold else "未完成")
    return status, rate, gap


def assess(result: IndicatorResult, settings: Settings, *, comparability: str = "可比",
           comparability_note: str = "", adjusted_base: bool = False) -> IndicatorResult:
    """Fill in 完成率, 同比/个百分点, 序时进度 and 状态 of ``result`` (value/previous/target set)."""
    value, previous = result.value, result.previous
    if result.kind == "ratio":
        result.change_pp = pp_change(value, previous)
    else:
        result.yoy = yoy_growth(value, previous)
        if value is not None and previous is not None and previous <= 0:
            result.yoy_note = "上年基数为零，不可比"
    if comparability == "不可比":
        result.yoy, result.change_pp = None, None
        result.yoy_note = "统计口径变化，与上年不可比"
    elif adjusted_base or comparability == "上年按新口径调整":
        result.yoy_note = "上年数按新口径调整"

    target = result.target
    if value is None:
        result.status = "无数据"
        result.status_note = result.status_note or "没有取得本年数据"
        return result
    if target is None:
        result.status = "无目标"
        return result
    if comparability == "不可比":
        result.status = "不可比"
        result.status_note = comparability_note or "统计口径与年度目标不一致"
        result.gap = value - target.value
        return result
    if target.value <= 0 and not target.is_percentage:
        result.status, result.status_note = "不可比", "目标值不大于零"
        return result
    result.status, result.completion, result.gap = judge(value, target, result.kind, settings)
    if settings.month < 12 and result.completion is not None and target.comparison == "≥":
        result.time_progress = time_progress(settings.month)
        result.ahead_pp = result.completion - result.time_progress
    return result
