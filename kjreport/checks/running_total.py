"""月度数据 typed as each month's amount instead of the running total (qa12 F7).

月度数据 holds 1—N月 累计: a flow (新增…, an amount in 元, 产值, 收入 …) never falls from one
month to the next. A row that falls is most likely typed month by month (0.6, 0.9, 1.2, 1.2, …);
when its months add up to the 科室数据 本年数 of the same indicator that is said too. A row
whose months add up to the 本年数 while its last month is far below it is the same slip even
when it never falls. Said once per row as 须核对, at the first cell that falls (or the last month).

Pure: ``Table``s in, ``Problem``s out; one pass over each 月度数据 row.
"""

from __future__ import annotations

import math

from kjreport.checks.cumulative import FLOW_WORDS, STOCK_WORDS
from kjreport.errors import VERIFY, Problem

FALL = 0.01  # a fall larger than this share of the month before: not a rounding
SUM_CLOSE = 0.02  # the months' sum within this share of the 本年数: it is the year's figure
LAST_FAR = 0.6  # … and the last month below this share of it: the months are not a running total


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _g(x: float) -> str:
    return f"{round(x, 6):.10g}"


def is_flow(name: str, unit: str) -> bool:
    """Return True for a 月度数据 row whose running total only grows (a flow, not a stock or a rate)."""
    if not name or unit in ("%", "个百分点", "位", "‰") or any(w in name for w in STOCK_WORDS):
        return False
    if "同期" in name or "增速" in name or "增长" in name or "比重" in name or "占比" in name:
        return False
    return name.startswith("新增") or unit.endswith("元") or any(w in name for w in FLOW_WORDS)


def _year_figures(department) -> dict[str, tuple[float, str]]:
    from kjreport.indicators.names import name_key

    out: dict[str, tuple[float, str]] = {}
    if department is None or not department.columns:
        return out
    for r in department.rows:
        v = r.values.get("本年数")
        if r.values.get("指标") and _number(v):
            out.setdefault(name_key(r.values["指标"]), (v, r.cells.get("本年数") or ""))
    return out


def monthly_amounts(file: str, monthly, department, month: int = 12) -> list[Problem]:
    """Return a 须核对 for each flow row of 月度数据 that falls from one month to the next, or whose
    months add up to 科室数据's 本年数 while the last month is far below it."""
    from kjreport.indicators.names import name_key

    if monthly is None or not monthly.columns:
        return []
    months = list(monthly.extra)
    year = _year_figures(department)
    problems: list[Problem] = []
    for r in monthly.rows:
        name, unit = str(r.values.get("指标") or "").strip(), str(r.values.get("单位") or "").strip()
        if not is_flow(name, unit):
            continue
        series = [(m, r.values.get(m)) for m in months]
        series = [(m, v) for m, v in series if _number(v)]
        if len(series) < 3:
            continue
        fall = next(((a, b) for a, b in zip(series, series[1:], strict=False)
                     if b[1] < a[1] - FALL * abs(a[1])), None)
        total = sum(v for _, v in series)
        last_m, last = series[-1]
        stated = year.get(name_key(name)) if last_m == f"{month}月" else None
        adds_up = stated is not None and stated[0] > 0 and abs(total - stated[0]) <= SUM_CLOSE * stated[0]
        if fall is None and not (adds_up and last < LAST_FAR * stated[0]):
            continue
        shown = "、".join(_g(v) for _, v in series[:6]) + ("……" if len(series) > 6 else "")
        if fall is not None:
            (ma, a), (mb, b) = fall
            cell = r.cells.get(mb)
            found = f"「{name}」的月度数据（{shown}）从{ma}的 {_g(a)}{unit} 降到{mb}的 {_g(b)}{unit}，累计数不会减少"
        else:
            cell = r.cells.get(last_m)
            found = f"「{name}」{last_m}的累计数 {_g(last)}{unit} 远小于「科室数据」{stated[1]} 的本年数 {_g(stated[0])}{unit}"
        if adds_up:
            found += f"；各月之和 {_g(total)}{unit} 正是「科室数据」{stated[1]} 的本年数"
        problems.append(Problem(
            file, monthly.sheet, cell, found,
            "月度数据应填写截至各月底的累计数（1月、1—2月、1—3月……），而不是当月数；"
            "请把本行改为逐月累加的数。不改正，进度通报将把当月数当作累计数计算完成情况",
            VERIFY))
    return problems
