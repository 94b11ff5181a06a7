"""县区数据 and 县区上年数据 swapped (qa12 F25): every county below last year in the amounts.

An office that builds the new book from last year's by renaming sheets may exchange the two
county sheets: every county then "falls" — GDP and R&D lower than last year in all counties at
once, which does not happen in a year-end report. When every county (at least five) is below its
县区上年数据 figure in 地区生产总值, or in at least two amount columns, one 须核对 is said for the
sheet. A mid-year book (报送月份 < 12) is left to ``midyear`` (上年全年数 against 1—N月).

Pure: two county ``Table``s in, ``Problem``s out; one pass over each column.
"""

from __future__ import annotations

import math

from kjreport.errors import VERIFY, Problem

MIN_COUNTIES = 5
GDP = "地区生产总值"
NEAR = 0.5  # a median fall beyond this is a unit or column slip (said by other checks), not a swap


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _g(x: float) -> str:
    return f"{x:.6g}"


def all_fallen(file: str, current, previous, month: int = 12) -> list[Problem]:
    """Return one 须核对 when every county of ``current`` is below ``previous`` in GDP or in two
    amount columns (the two sheets are probably swapped)."""
    if month < 12 or current is None or previous is None:
        return []
    key = current.spec.key or "县区"
    names = [n for n in current.columns if n != key and current.columns[n].column.kind == "number"]
    names += [n for n in current.extra if current.extra[n].column.kind == "number"]
    names = [n for n in names if n in previous.columns or n in previous.extra]
    last: dict[object, int] = {}
    for j, county in enumerate(previous.column(key) or []):
        if county:
            last.setdefault(county, j)
    counties = current.column(key) or []
    fallen = []
    for n in names:
        if "%" in n or "比重" in n or "占比" in n or "强度" in n:
            continue
        now, before = current.column(n) or [], previous.column(n) or []
        pairs = [(counties[i], now[i], before[j]) for i in range(min(len(counties), len(now)))
                 if (j := last.get(counties[i])) is not None and j < len(before)
                 and _number(now[i]) and _number(before[j]) and before[j] > 0]
        ratios = sorted(a / b for _, a, b in pairs)
        if len(pairs) >= MIN_COUNTIES and all(a < b for _, a, b in pairs) and ratios[len(ratios) // 2] >= NEAR:
            fallen.append((n, pairs))
    if not fallen or (len(fallen) < 2 and not any(GDP in n for n, _ in fallen)):
        return []
    n, pairs = fallen[0]
    county, a, b = pairs[0]
    columns = "」「".join(x for x, _ in fallen)
    return [Problem(
        file, current.sheet, None,
        f"全部 {len(pairs)} 个{key}的「{columns}」都低于「{previous.sheet}」（如「{county}」的「{n}」本年 {_g(a)}、"
        f"上年 {_g(b)}）",
        f"「{current.sheet}」与「{previous.sheet}」是否填反了（如由上年工作簿改名而来）？请核对两张表的年份；"
        f"如确实全部下降，请在「核对记录」中确认。不改正，各{key}和全市都将显示为同比下降",
        VERIFY)]
