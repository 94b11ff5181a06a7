"""Judging a computed value against its target and last year: 完成率, 同比, 个百分点, 状态.

Pure: numbers and plain data in, an ``IndicatorResult`` out.

What is compared with the target depends on the target's kind (目标类型):

- 总量 / 累计: the year's value;
- 新增 / 净增: the increment — a reported 新增 figure if there is one, else this year's stock
  minus last year's;
- 增速 (增长15%): the year-on-year growth in %, compared as a gap in 个百分点;
- 提高 (提高0.3个百分点): the change of a rate in 个百分点 (for an amount: value − previous).

Comparisons: ≥ met at the target; ≤ met at or below it; 区间 met inside [目标值, 区间上限] (no
完成率), 超额完成 above (完成率 of the upper bound); ≈ (左右) met within ± ``settings.band`` % of the target (± band/10 个百分点 for
percentage targets), 超额完成 above that band. With a 争取值, 超额完成 needs the 争取值 reached (``stretch_met``);
above the target but short of it is 完成.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kjreport.indicators.formulas import (
    completion_rate,
    pp_change,
    time_progress,
    yoy_growth,
)
from kjreport.model import IndicatorResult, Settings, Target
from kjreport.text.numbers import plain

STATUSES = ("超额完成", "完成", "基本完成", "未完成", "不可比", "无目标", "无数据", "待补充")
# 待补充: every input of the indicator is empty (no rows, only blank cells) — set by the engine;
# the value is None, never 0.


ZERO_BASE_NOTE = "上年为零，实现零的突破"
OTHER_BASE_NOTE = "与上年数来源不同、不可比"  # a ledger's 0 for last year, 科室数据's 602


def shown(x: float, decimals: int) -> float:
    """Return ``x`` rounded half up (四舍五入) as the report prints it."""
    return float(Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def pace_gap(completion: float, expected: float) -> float:
    """Return how far 完成率 is ahead of 应完成进度 (序时进度 or a 时间节点), in 个百分点, as the two are
    printed (one decimal each, 四舍五入): a reader who subtracts the printed 68.8 and 75.0 gets −6.2,
    not the −6.25 → −6.3 of the unrounded figures (qa16 F9)."""
    return shown(shown(completion, 1) - shown(expected, 1), 1)


def band(target: Target, kind: str, settings: Settings) -> float:
    """Return the half-width of a ≈ (左右) target's band, in the target's unit."""
    if target.is_percentage or kind == "ratio":
        return settings.band / 10  # 5 → ±0.5 个百分点
    return abs(target.value) * settings.band / 100


def basic_gap(target: Target, settings: Settings) -> float:
    """Return how many points below a percentage target still count as 基本完成: 百分比目标基本完成
    差距 (default 1), but never more than (100 − 基本完成线) % of the target itself — the same 90 %
    an amount needs — so 1.82 % against 2.2 % (82.7 %) is 未完成, while 25.6 % against 26.5 % stays
    基本完成 (QA6 F10)."""
    relative = abs(target.value) * (100 - settings.basic_threshold) / 100
    return min(settings.basic_gap_pp, relative) if relative > 0 else settings.basic_gap_pp


def printed(value: float, target: Target) -> float:
    """Return a percentage ``value`` compared with ``target`` as the documents print it: the text
    layer's ``plain`` with the target as the figure it is never rounded onto or across (2.76%,
    3.46%, 26.46% beside 26.5% — so 2.76 against ≥2.8 is 0.04 point short, as the text says, not
    rounded onto the target: qa11 F11); float noise (2.8000000000000003) is still 2.8. A growth or a
    change (增速, 提高) is printed with one decimal (two below 1)."""
    if target.kind in ("增速", "提高"):
        return shown(value, 2 if abs(value) < 1 else 1)
    return float(plain(value, "%", near=(target.value,)))


def judge(value: float, target: Target, kind: str, settings: Settings) -> tuple[str, float | None, float]:
    """Return (status, 完成率 or None, gap) of ``value`` against ``target``.

    Status is judged on the figures as the report prints them (完成率 with one decimal, a
    percentage with one decimal — two below 1 % — or as typed: ``printed``), so a printed
    100.0% is 完成, never 超额完成, and a printed 2.76% is short of a 2.8% target (qa11 F11).

    Percentage targets (and ratio indicators) are compared as a gap in 个百分点: ≥ targets are
    超额完成 above the target, 完成 at it, 基本完成 within ``basic_gap`` below it (百分比目标基本完成差距,
    default 1 point, and at most the 基本完成线's share of the target: 0.22 point for 2.2 %);
    ≤ targets are 完成 at or below it, 基本完成 within that many points above it.
    Amounts are compared by 完成率: ≥ targets are 超额完成 above 超额完成线 (100), 完成 at 100,
    基本完成 from 基本完成线 (90); ≤ targets (控制在…以内) are 完成 up to 100 %, 基本完成 up to
    200 − 基本完成线 (110 % by default: the same 10 % band on the other side), else 未完成.
    """
    gap = value - target.value
    comparison = target.comparison
    if comparison == "区间" and target.upper is not None:
        # Inside the range no 完成率 is given: 4 of 3—5家 is "在目标区间内", and 133.3 % of the lower
        # bound reads as 超额 to an office (qa14b F17). Above the range the rate is of the upper bound
        # (6 of 3—5家: 120 %), below it of the lower bound (2 of 3—5家: 66.7 %, judged as ≥ 3).
        if target.value <= value <= target.upper:
            return "完成", None, 0.0
        if value > target.upper:
            rate = completion_rate(value, target.upper) if not target.is_percentage else None
            return "超额完成", rate, value - target.upper
        comparison = "≥"  # below the range: judged as a ≥ target of its lower bound
    if comparison == "≈" and target.is_ceiling_band:
        # 控制在3%左右: a ceiling; up to the band's top is met, above it judged as a ≤ target
        if gap <= band(target, kind, settings):
            rate = None if target.is_percentage or kind == "ratio" else completion_rate(value, target.value)
            return "完成", rate, gap
        comparison = "≤"
    if comparison == "≈":
        half = band(target, kind, settings)
        if abs(gap) <= half:
            rate = None if target.is_percentage or kind == "ratio" else completion_rate(value, target.value)
            return "完成", rate, gap
        if gap > half:
            status = "超额完成"
            rate = None if target.is_percentage or kind == "ratio" else completion_rate(value, target.value)
            return status, rate, gap
        comparison = "≥"
    if target.is_percentage or kind == "ratio":
        tolerance = basic_gap(target, settings)
        g = round(printed(value, target) - target.value, 6)
        if comparison == "≤":
            status = "完成" if g <= 0 else "基本完成" if g <= tolerance else "未完成"
        else:
            status = ("超额完成" if g > 0 else "完成" if g == 0
                      else "基本完成" if g >= -tolerance else "未完成")
        if target.kind == "增速":
            return status, None, g  # 10.6% against 10.5%: 0.1 point, as printed — never 0.06 (qa12 F23)
        return status, None, gap
    rate = completion_rate(value, target.value)
    if rate is None:
        return "不可比", None, gap
    return by_rate(shown(rate, 1), comparison, settings), rate, gap


def by_rate(rate: float, comparison: str, settings: Settings) -> str:
    """Return the status of a 完成率 (as printed) against a ≥ or ≤ target."""
    if comparison == "≤":
        limit = 200 - settings.basic_threshold
        return "完成" if rate <= 100 else "基本完成" if rate <= limit else "未完成"
    return ("超额完成" if rate > settings.exceed_threshold else "完成" if rate >= 100
            else "基本完成" if rate >= settings.basic_threshold else "未完成")


DEFAULT_LAG_LINE = 10.0  # 个百分点 behind 序时进度 from which an item is 滞后 (未完成)
LAG_SETTING = "进度滞后线"


def lag_line(settings: Settings) -> float:
    """Return 设置's 进度滞后线 (个百分点 behind the expected share), default 10."""
    raw = settings.extra.get(LAG_SETTING, "")
    try:
        value = float(str(raw).rstrip("%").strip())
    except ValueError:
        return DEFAULT_LAG_LINE
    return value if value > 0 else DEFAULT_LAG_LINE


def pace_status(ahead_pp: float, settings: Settings) -> str:
    """Return the in-year 状态 of a timed target from how far ahead of 序时进度 it is, on the
    进度通报's scale (one scale for 「指标结果」, 「进度」 and the 通报): 快于进度 → 超额完成,
    符合进度 (0.0) → 完成, 略慢 (within 进度滞后线) → 基本完成, 滞后 → 未完成."""
    rounded = shown(ahead_pp, 1)
    if rounded == 0:
        return "完成"
    if rounded > 0:
        return "超额完成"
    return "基本完成" if ahead_pp >= -lag_line(settings) else "未完成"


def is_rank(result: IndicatorResult) -> bool:
    """Return True for a rank (位次: 控制在前5位): a smaller number is better, no 完成率."""
    return result.is_rank


def achieved(result: IndicatorResult, target: Target, increment: float | None = None) -> float | None:
    """Return what is compared with ``target``: value, increment, growth % or change (see module)."""
    if target.kind in ("新增", "净增"):
        if increment is not None:
            return increment
        if result.value is None or result.previous is None:
            return None
        return result.value - result.previous
    if target.kind == "增速":
        return result.yoy
    if target.kind == "提高":
        if is_rank(result):  # 排名提升1位: places moved up = last year's place − this year's
            return None if result.value is None or result.previous is None else result.previous - result.value
        if result.kind == "ratio":
            return result.change_pp
        return None if result.value is None or result.previous is None else result.value - result.previous
    return result.value


def assess(result: IndicatorResult, settings: Settings, *, comparability: str = "可比",
           comparability_note: str = "", adjusted_base: bool = False,
           increment: float | None = None, increment_previous: float | None = None) -> IndicatorResult:
    """Fill in 完成率, 同比/个百分点, 序时进度 and 状态 of ``result`` (value/previous/target set).

    ``increment`` is a reported 新增 figure for a 新增/净增 target, ``increment_previous`` the same
    figure's 上年数: their 同比 is the target's (``achieved_yoy``), never the total's growth.
    """
    value, previous = result.value, result.previous
    if result.kind == "ratio" and result.target is not None and result.target.kind == "增速":
        # "居民消费价格涨幅控制在3%左右" reported as 2.1 (%): a row in % states the growth itself
        result.yoy = value
        result.change_pp = pp_change(value, previous)
    elif result.kind == "ratio":
        result.change_pp = pp_change(value, previous)
    else:
        result.yoy = yoy_growth(value, previous)
        if value is not None and previous is not None and previous < 0:
            result.yoy_note = "上年基数为负，不可比"
        elif value is not None and previous == 0 and value > 0 and result.reported_previous:
            result.yoy_note = OTHER_BASE_NOTE  # 科室数据 says last year was not zero
        elif value is not None and previous == 0:
            result.yoy_note = ZERO_BASE_NOTE if value > 0 else "上年和本年均为零"
    if comparability == "不可比":
        result.yoy, result.change_pp = None, None
        result.yoy_note = "统计口径变化，与上年不可比"
    elif adjusted_base or comparability == "上年按新口径调整":
        result.yoy_note = "上年数按新口径调整"

    target = result.target
    if increment is not None:
        result.details.setdefault("新增（报送）", increment)
    measured = achieved(result, target, increment) if target is not None else value
    result.achieved = measured
    if target is not None and target.kind in ("新增", "净增") and increment is not None:
        result.achieved_previous = increment_previous
        result.achieved_yoy = yoy_growth(increment, increment_previous)
    if measured is None:
        result.status = "无数据"
        if result.status_note:
            pass
        elif target is not None and target.kind in ("新增", "净增") and value is not None:
            result.status_note = "缺少上年末数，无法计算新增数"
        elif target is not None and target.kind == "增速" and value is not None:
            result.status_note = result.yoy_note or "缺少上年数，无法计算增速"
        elif target is not None and target.kind == "提高" and value is not None:
            result.status_note = ("缺少上年位次，无法计算比上年前移的位数" if is_rank(result)
                                  else "缺少上年数，无法计算提高的百分点")
        else:
            result.status_note = "没有取得本年数据"
        return result
    if target is None:
        result.status = "无目标"
        return result
    if comparability == "不可比":
        result.status = "不可比"
        result.status_note = comparability_note or "统计口径与年度目标不一致"
        result.gap = measured - target.value
        return result
    if target.value <= 0 and not target.is_percentage:
        result.status, result.status_note = "不可比", "目标值不大于零"
        return result
    result.status, result.completion, result.gap = judge(measured, target, result.kind, settings)
    if is_rank(result):  # a rank (位次) is judged by its place, never as a 完成率 or a 同比
        result.completion, result.yoy = None, None
    if target.stretch is not None:
        reached = measured <= target.stretch if target.comparison == "≤" else measured >= target.stretch
        result.stretch_met = reached
        if reached and result.status in ("完成", "超额完成"):
            result.status = "超额完成"
            result.status_note = result.status_note or f"达到争取目标{target.stretch:g}{target.unit}"
        elif not reached and result.status == "超额完成":
            result.status = "完成"  # above the target but short of the 争取值: 完成, not 超额完成
    # a 左右 or 区间 target is a quantity to reach by the year end too: paced as the 进度通报 paces it
    # (qa16 F15: 12 of 15项左右 at 9月 was 未完成 in the summary, 快于进度 in the notice)
    paced = target.comparison in ("≥", "区间") or (target.comparison == "≈" and not target.is_ceiling_band)
    if settings.month < 12 and result.completion is not None and paced \
            and target.kind in ("总量", "累计", "新增", "净增") and not result.data_lag:
        # (a figure of an earlier year, 数据年度, is a whole year's: judged as such, lag11b)
        # mid-year: judged against 序时进度 (month ÷ 12 of the year's target), not the whole target
        result.time_progress = time_progress(settings.month)
        result.ahead_pp = pace_gap(result.completion, result.time_progress)
        if result.status not in ("完成", "超额完成"):  # a target already met keeps its year-end word:
            result.status = pace_status(result.ahead_pp, settings)  # 100.0% is 完成 at 9月 as at 12月 (qa10 F41)
        result.status_note = result.status_note or f"按序时进度（{settings.month}个月，{result.time_progress:.1f}%）判定"
    return result
