"""A 新增 target's 月度数据 row holding the year-end total instead of the increment.

新增规上工业企业 ≥25家 is judged by how many were added this year. A clerk who sees a 月度数据 row
named 「规上工业企业」 types the count at each month end (190, 192 … 200): read as 新增, the 进度通报
would say "完成年度目标的800.0%". An increment cannot already be several times the annual target in
the first month reported, nor many times the 新增 count 科室数据 gives for the year: such a row
holds totals, and is an error naming its first cell.

A row read as totals on purpose (the year report's value is itself a total, so the 上年末数 is
subtracted) is left alone. Pure: computed results and the progress inputs in, ``Problem``s out.
"""

from __future__ import annotations

import math

from kjreport.errors import Problem

FACTOR = 3.0  # an increment this many times the annual target already in its first month
MIN_GAP = 10  # …and at least this much above it (新增 2 家 against 0.5 is no sign)


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _g(x: float) -> str:
    return f"{x:.6g}"


def totals_in_increment_rows(file: str, results, inputs, month: int) -> list[Problem]:
    """Return an error for each 新增/净增 target whose 月度数据 row (months 1—``month``) holds
    year-end totals: every figure is at least ``FACTOR`` times the annual target and the 本年
    新增数 of the year report, and ``MIN_GAP`` above both."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for r in results:
        t = r.target
        if t is None or t.kind not in ("新增", "净增") or r.name in seen or not _number(t.value) or t.value <= 0:
            continue
        if _number(r.value) and _number(r.achieved) and abs(r.value - r.achieved) > 1e-9:
            continue  # the year report holds a total too: the 上年末数 is subtracted
        figures = inputs.monthly_of_result(r)
        if figures is None:
            continue
        shown = sorted((m, v) for m, v in figures.values.items() if m <= month and _number(v))
        if not shown:
            continue
        seen.add(r.name)
        bar = max(t.value, r.value if _number(r.value) else 0.0)
        low = min(v for _, v in shown)
        if low < FACTOR * bar or low - bar < MIN_GAP:
            continue
        first_month, first = shown[0]
        last_month, last = shown[-1]
        sheet, _, cell = figures.cells.get(first_month, "").partition("!")
        unit = t.unit or r.unit or ""
        name = r.figure_name
        report = ""
        if _number(r.value) and r.sources:
            at = r.sources[0].partition("!")[2]
            report = f"，「科室数据」{at} 的本年{t.kind}数只有 {_g(r.value)}{unit}" if at else ""
        problems.append(Problem(
            file, sheet or "月度数据", cell or None,
            f"「{t.indicator}」的年度目标是{t.kind} {_g(t.value)}{unit}，「月度数据」这一行 {first_month} 月"
            f"已填 {_g(first)}{unit}、{last_month} 月 {_g(last)}{unit}（是目标的 {last / t.value:.0f} 倍{report}），"
            f"看起来填的是年末总数，不是本年{t.kind}数",
            f"请把这一行改填本年 1 月起的累计{t.kind}数，并把指标名称写作「{name}」", "错误"))
    return problems
