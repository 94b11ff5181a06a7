"""Chinese number formatting (数字格式): rounding per unit, percentages, 个百分点.

Pure functions of plain numbers. A missing number (None, NaN, ±inf) never becomes "None" or
"nan": it becomes the staff marker ``MISSING`` so the office sees where a figure is lacking.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

MISSING = "【待补充】"

# unit → decimals shown, as a bureau writes them: one decimal for 亿元 and %, integers for counts,
# trailing zeros trimmed (812亿元, 8.6亿元, 100%). A value below 1 keeps one more decimal (0.15亿元,
# 0.76%) so a small figure does not collapse to 0.1 or 0.
DEFAULT_DECIMALS: dict[str, int] = {
    "亿元": 1,
    "万元": 0,
    "元": 0,
    "万人次": 1,
    "万人": 1,
    "%": 1,
    "个百分点": 1,
}
# units of counted things (量词), written as integers: 612期, not 612.00期
COUNT_UNITS = ("项", "家", "人", "个", "名", "处", "件", "所", "次", "座", "种", "户", "位", "期", "批",
               "场", "届", "篇", "部", "台", "套", "台套", "株", "头", "只", "条", "张", "册", "本", "份",
               "轮", "间", "栋", "人次", "支", "门", "村", "园", "站", "班", "份次", "项次", "场次", "批次")


@dataclass(frozen=True)
class NumberStyle:
    """How many decimals each unit shows, and whether trailing zeros are trimmed (812亿元)."""

    decimals: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_DECIMALS))
    # 812亿元, 100%, an index 163.5 (no unit), 212人年 — not 163.50, 212.00人年
    trim_units: tuple[str, ...] = ("亿元", "万元", "元", "万人", "万人次", "%", "", "人年")
    default_decimals: int = 2  # units not listed (and not counts)

    def decimals_for(self, unit: str) -> int:
        """Return the decimals shown for ``unit``."""
        if unit in self.decimals:
            return self.decimals[unit]
        if unit in COUNT_UNITS:
            return 0
        return self.default_decimals

    def trims(self, unit: str) -> bool:
        """Return True when trailing zeros are dropped for ``unit`` (9.40亿元 → 9.4亿元); also for
        a unit this style does not know (亩, 吨 …): 1200亩, not 1200.00亩."""
        return unit in self.trim_units or (unit not in self.decimals and unit not in COUNT_UNITS)


DEFAULT_STYLE = NumberStyle()


def is_number(value: object) -> bool:
    """Return True when ``value`` is a finite real number (not None, NaN, inf or a bool)."""
    if value is None or isinstance(value, bool):
        return False
    try:
        return math.isfinite(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


@functools.lru_cache(maxsize=8192)  # a figure is rounded again each time a document says it
def round_half_up(value: float, decimals: int) -> Decimal:
    """Return ``value`` rounded half up (四舍五入) as a Decimal, from its shortest repr."""
    quantum = Decimal(1).scaleb(-decimals)
    result = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)
    return result if result != 0 else abs(result)  # no "-0.0"


def number(value: float | None, decimals: int = 1, *, trim: bool = False) -> str:
    """Return ``value`` with ``decimals`` decimals (四舍五入), e.g. 15.0, or MISSING.

    With ``trim`` trailing zeros and a bare point are dropped: 812.00 → 812, 9.40 → 9.4.
    """
    if not is_number(value):
        return MISSING
    text = f"{round_half_up(float(value), decimals):f}"  # type: ignore[arg-type]
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


SMALL_UNITS = ("%", "亿元")  # units whose values below 1 keep one more decimal


def plain(value: float | None, unit: str = "", style: NumberStyle = DEFAULT_STYLE,
          near: tuple[float, ...] = (), at_least: int = 0) -> str:
    """Return the number alone, rounded as ``unit`` wants (表格 cells): 812, 9.4, 1260, 32.6.

    A percentage or an amount in 亿元 below 1 keeps one more decimal (0.76%, 0.15亿元). Text and
    tables both call this, so a figure is rounded the same way wherever it appears. ``at_least``:
    decimals kept at least, trailing zeros included — one precision for a sentence whose change
    shows two (2.80%，比上年提高0.24个百分点) or for a table column.
    """
    if unit == "个百分点" and is_number(value):  # as the text says it: 提高0.1个百分点
        text = pp_number(value)
        return "-" + text if float(value) < 0 and text != "0" else text  # type: ignore[arg-type]
    decimals = style.decimals_for(unit)
    if unit in SMALL_UNITS and is_number(value) and abs(float(value)) < 1:  # type: ignore[arg-type]
        decimals += 1
    if is_number(value):
        decimals = max(decimals, kept_decimals(float(value)))  # type: ignore[arg-type]
        decimals = _apart(float(value), near, decimals)  # type: ignore[arg-type]
        decimals = max(decimals, at_least)
    trim = style.trims(unit) or (decimals > style.decimals_for(unit) and unit in COUNT_UNITS)
    return _pad(number(value, decimals, trim=trim), at_least)


def _pad(text: str, at_least: int) -> str:
    """Return ``text`` with trailing zeros put back up to ``at_least`` decimals: one precision in
    a sentence or a table column (1.80%，比上年提高0.10个百分点 beside 1.82% — QA6 F9)."""
    if at_least <= 0 or not text[-1:].isdigit():
        return text
    head, dot, tail = text.partition(".")
    return f"{head}.{tail.ljust(at_least, '0')}" if len(tail) < at_least else text


def _apart(value: float, near: tuple[float, ...], decimals: int) -> int:
    """Return decimals (one or two more if needed) so that ``value`` is not shown as one of the
    ``near`` figures (its target, 争取值) or on the other side of one: 1.79 beside 1.8 → 1.79."""
    for t in near:
        if not is_number(t) or value == t:
            continue
        while decimals < MAX_DECIMALS + 1:
            shown = float(round_half_up(value, decimals))
            if shown != t and (shown - t) * (value - t) > 0:
                break
            decimals += 1
    return decimals


SIGNIFICANT = 3  # digits a typed figure keeps when it has them: 1.56亿元, 3.62件, 1.79%
MAX_DECIMALS = 2  # a typed figure with more decimals than this is treated as computed …
SMALL_TYPED_DECIMALS = 4  # … unless it is below 1 with few digits: 0.031亿元, 0.0305亿元 (QA7 F12)
NOISE_DIGITS = 12  # significant digits of a float that are not a sum's rounding noise


def kept_decimals(value: float) -> int:
    """Return the decimals ``value`` needs so that it is not rounded into another number.

    A typed figure (at most ``MAX_DECIMALS`` decimals: 3.62, 1.56, 3.5) keeps its own decimals
    up to ``SIGNIFICANT`` significant digits: 3.62 → 2, 1.56 → 2, 3.5 → 1, 655 → 0, 80.73 → 1;
    so does one below 1 with at most ``SIGNIFICANT`` digits (a county's 0.031亿元 → 3, 0.512 → 3:
    two decimals would make 0.031 and 0.030 the same 0.03 — QA7 F12).
    A sum of typed figures is a typed figure: its float noise is dropped first (Σ of 0.16, 0.11,
    … = 1.4500000000000002 keeps 1.45, as 「指标结果」 shows it — QA5 F3). A computed one (a
    ratio) keeps two significant digits: 3.1724… → 1. The unit's usual decimals stay a minimum
    (``plain``), so a small or fractional figure is never shown as a different number (3.62件 as
    4件, a 3.5 target as 4, 1.79% beside a 1.8% target as 1.8%, 1.56亿元 as 1.6亿元).
    """
    if value == 0 or not math.isfinite(value):
        return 0
    # NOISE_DIGITS significant digits: a sum's last-bit error goes, a ratio's digits stay
    own = -Decimal(f"{abs(value):.{NOISE_DIGITS}g}").normalize().as_tuple().exponent
    magnitude = math.floor(math.log10(abs(value))) + 1  # digits before the point (≤ 0 below 1)
    if own <= MAX_DECIMALS:
        return max(0, min(int(own), SIGNIFICANT - magnitude))
    if own <= min(SIGNIFICANT - magnitude, SMALL_TYPED_DECIMALS):
        return int(own)  # typed below 1 with at most three digits: 0.031亿元 is not 0.03亿元
    return max(0, min(2 - magnitude, MAX_DECIMALS))


# below this many 亿元 the text says 万元, as people write it: 0.042亿元 is 420万元 (tables keep the
# column's unit: ``display_unit``)
SMALL_YI = 0.1


def display_unit(value: float | None, unit: str) -> tuple[float | None, str]:
    """Return (value, unit) as people write it: 86000万元 → (8.6, 亿元); others unchanged."""
    if unit == "万元" and is_number(value) and abs(float(value)) >= 10000:  # type: ignore[arg-type]
        return float(value) / 10000, "亿元"  # type: ignore[arg-type]
    return value, unit


def said_unit(value: float | None, unit: str) -> tuple[float | None, str]:
    """Return (value, unit) as ``amount`` writes it: ``display_unit``, and a 亿元 figure under
    ``SMALL_YI`` in 万元 (0.046亿元 → 460万元), so a notice's table says what its text says (qa16 F3)."""
    if unit == "亿元" and is_number(value) and 0.0001 <= abs(float(value)) < SMALL_YI:  # type: ignore[arg-type]
        return round(float(value) * 10000, 6), "万元"  # type: ignore[arg-type]
    return display_unit(value, unit)


def amount(value: float | None, unit: str = "", style: NumberStyle = DEFAULT_STYLE,
           near: tuple[float, ...] = (), at_least: int = 0) -> str:
    """Return the number with its unit, e.g. 812亿元, 8.6亿元 (for 86000万元), 420万元 (for
    0.042亿元), 1260人, 27.1%.

    ``near``: figures (in ``unit``) the value must not be rounded into or across (its target)."""
    shown, shown_unit = said_unit(value, unit)
    if unit == "亿元" and shown_unit == "万元":
        at_least = max(0, at_least - 4)  # 0.031亿元's three decimals are 310万元's none
    if shown_unit != unit and is_number(value):
        near = tuple(float(t) * float(shown) / float(value) for t in near if is_number(t)) if value else ()
    value, unit = shown, shown_unit
    text = plain(value, unit, style, near, at_least)
    return text if text == MISSING else f"{text}{unit}"


def pct(value: float | None, decimals: int = 1) -> str:
    """Return a computed percentage (a growth, a 完成率, a share of the whole) with one decimal,
    kept: 15.2%, 8.0%, 100.0%; or MISSING. One document writes its rates alike — 8.0% beside
    10.8%, 100.0% beside 102.5%, as its charts do (QA5 F16); a typed figure (a target, 增长10%)
    is written by ``amount`` or ``short`` as typed."""
    text = number(value, decimals, trim=False)
    return text if text == MISSING else f"{text}%"


def pp_number(value: float | None, near: tuple[float, ...] = (), at_least: int = 0) -> str:
    """Return the size of a change in 个百分点 as a bare number (no sign), for text and tables.

    One decimal; a change below one point between two figures typed with two decimals keeps them
    (3.72% − 3.59% = 0.13, never 0.1 — qa12b F1: 0.1 beside a target of 0.1 reads as just met),
    a computed one (0.2976) one; a change below 0.1 keeps two (0.04, 0.06 —
    never rounded up to 0.1), and so does one that one decimal would round onto or across a
    figure in ``near`` (its target: 0.96 beside a target of 1 is 0.96, not 1) or whose gap to it
    would not add up (0.14 beside 0.2: 0.14 and 0.06, not 0.1 and 0.06). One below 0.005 is 0
    (then the text says 持平). Trailing zeros are dropped: 1.0 → 1. ``at_least`` (≤ 2) keeps
    that many decimals: the sentence's precision.
    """
    if not is_number(value):
        return MISSING
    size = abs(float(value))  # type: ignore[arg-type]
    decimals = 2 if round_half_up(size, 2) < Decimal("0.1") else 1
    if size < 1 and _typed_decimals(size) == 2:  # 3.72 − 3.59: as the shares show (qa12b F1)
        decimals = 2
    targets = tuple(abs(float(t)) for t in near if is_number(t))  # type: ignore[arg-type]
    decimals = min(_apart(size, targets, decimals), 2)
    if decimals == 1 and any(not _adds_up(size, t) for t in targets):
        decimals = 2  # 提高0.14个百分点，低于年度目标0.06个百分点 (0.1 and 0.06 would not add up to 0.2)
    at_least = min(at_least, 2)
    return _pad(number(size, max(decimals, at_least), trim=True), at_least)


def _typed_decimals(value: float) -> int:
    """Return the decimals of ``value`` once a sum's float noise is dropped (0.13000000000000034 →
    2), more than ``MAX_DECIMALS`` for a computed one (0.3412…)."""
    if value == 0 or not math.isfinite(value):
        return 0
    return max(0, -Decimal(f"{abs(value):.{NOISE_DIGITS}g}").normalize().as_tuple().exponent)  # type: ignore[operator]


def _adds_up(size: float, target: float) -> bool:
    """Return True when ``size`` at one decimal minus ``target`` is the gap as the text prints it."""
    gap = size - target
    gap_decimals = 2 if round_half_up(abs(gap), 2) < Decimal("0.1") else 1
    return round_half_up(float(round_half_up(size, 1)) - target, gap_decimals) == round_half_up(gap, gap_decimals)


def pp(value: float | None, decimals: int = 1, near: tuple[float, ...] = (), at_least: int = 0) -> str:
    """Return the size of a change of a rate in 个百分点 (no sign), e.g. 1.4个百分点, 0.04个百分点."""
    text = pp_number(value, near, at_least)
    return text if text == MISSING else f"{text}个百分点"


def signed_pp(value: float | None, absent: str = "—", at_least: int = 0) -> str:
    """Return a table cell of a change in 个百分点: +1.4, -0.04, -5.0, 0 (rounded as ``pp``, at
    least one decimal as the README says: -5.0 beside +2.7, not -5 (qa13 F27); ``at_least``
    decimals kept, as ``pp_number``)."""
    if not is_number(value):
        return absent
    text = pp_number(value, at_least=max(at_least, 1))
    if float(text) == 0:
        return "0"
    return ("+" if float(value) > 0 else "-") + text  # type: ignore[arg-type]


def signed_pct(value: float | None, absent: str = "—") -> str:
    """Return a table cell of a growth rate: 15.2%, -3.0%, 0.0% (rounded as ``pct``)."""
    if not is_number(value):
        return absent
    return pct(value)


def times(value: float | None) -> str:
    """Return a ratio of two figures as 倍 (multiple), one decimal trimmed: 2.5 → 2.5倍, 3 → 3倍."""
    return MISSING if not is_number(value) else f"{number(value, 1, trim=True)}倍"


def shown_decimals(text: str) -> int:
    """Return the decimals a formatted number shows: "3.04%" → 2, "0.3个百分点" → 1, "812亿元" → 0."""
    m = re.search(r"\d\.(\d+)", text)
    return len(m.group(1)) if m else 0


def is_zero(value: float, decimals: int = 1) -> bool:
    """Return True when ``value`` shows as zero at ``decimals`` decimals (then it is 持平)."""
    if decimals >= 0 and abs(float(value)) >= 1:
        return False  # shows at least 1: no rounding needed to know (most calls)
    return round_half_up(value, decimals) == 0


def target_value(target) -> str:
    """Return a target as a table cell: 900, ≤5, 1—2 (a 区间 target shows both bounds), 年均18 (a
    plan period's annual-average growth, not a 年度目标)."""
    text = number(target.value, 2, trim=True)
    if getattr(target, "period_average", False):
        return "年均" + text
    if target.comparison == "区间" and is_number(target.upper):
        return f"{text}—{number(target.upper, 2, trim=True)}"
    return ("≤" if target.comparison == "≤" else "") + text
