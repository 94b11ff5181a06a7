"""Small whole counts (a 镇's 新增规上工业企业 1–6 家, 新增科研平台 0–2 个): ordinary noise, no alarm.

From 1 to 0 is "−100 %", from 1 to 2 "+100 %", and with values 1–6 every county's figure is
"close to" some neighbour's last-year figure. Growth and column-shift checks that read ratios
say nothing about such columns:

- ``small_change``: two whole numbers at most ``SMALL_CHANGE`` apart;
- ``without_small_count_shifts``: no column-shift message on a 县区数据 column whose figures (both
  years) are whole numbers with a median no larger than ``SMALL_COUNT`` — a shift among them cannot
  be told from chance.

Pure: numbers (or the two county tables) in; one pass per column.
"""

from __future__ import annotations

import math
import re

from kjreport.errors import Problem

SMALL_CHANGE = 2  # 本年 and 上年 whole numbers this close: 0 vs 1, 3 vs 1 新增 are no anomaly
SMALL_COUNT = 10  # whole numbers with a median ≤ this: too few distinct values to judge a shift


def _whole(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and float(v).is_integer()


def small_change(now, before) -> bool:
    """Return True when ``now`` and ``before`` are whole counts at most ``SMALL_CHANGE`` apart."""
    return _whole(now) and _whole(before) and abs(now - before) <= SMALL_CHANGE


def _small_column(values) -> bool:
    numbers = [v for v in values or () if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if not numbers or not all(_whole(v) and v >= 0 for v in numbers):
        return False
    ordered = sorted(numbers)
    return ordered[len(ordered) // 2] <= SMALL_COUNT  # one big unit (a 开发区's 12) keeps it small


_COLUMN = re.compile(r"^「([^」]+)」（([A-Z]+) 列）")


def without_small_count_shifts(shifts: list[Problem], current, previous) -> list[Problem]:
    """Return ``shifts`` (column-shift problems) without those on a column of small whole counts."""
    out = []
    for p in shifts:
        m = _COLUMN.match(p.found)
        name = m[1] if m else None
        if name and _small_column(current.column(name)) and _small_column(previous.column(name)):
            continue
        out.append(p)
    return out
