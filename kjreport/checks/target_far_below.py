"""A 总量 target far below what the city already has (qa16 F12: 鄂尔多斯 2025): the plan's
“完成研发投入1.6亿元” is what the 科技“突围” projects spend, but it is read as the city's 全社会R&D
经费投入 (60亿元, last year 54.8亿元), and the summary would print “全社会R&D经费投入60亿元……为年度目标的
37.5倍”. A target that is a tenth of the year's figure and a fifth of last year's is no target of
that indicator: most likely another thing's figure (a 专项's, a 新增 read as a total) or the wrong
indicator. Said as 须核对 at the 目标任务 row, before a summary prints it.

A 10⁴-fold gap is ``plausibility.against_targets``' (a 万元/亿元 slip); ≤ targets, 位次, shares and
growth targets are not judged here.

Pure: ``IndicatorResult``s in, ``Problem``s out.
"""

from __future__ import annotations

from kjreport.errors import VERIFY, Problem

FAR = 10.0  # the year's figure at least this many times the target
LAST_YEAR_FAR = 5.0  # and last year's (when known) at least this many times: the target was never in reach of falling short
KINDS = ("总量", "累计")


def _g(x: float) -> str:
    return f"{x:.4g}" if abs(x) < 1e4 else f"{x:.0f}"


def far_below(file: str, results, known: list[Problem] = ()) -> list[Problem]:
    """Return a 须核对 for each 总量/累计 target (≥, ≈ or 区间, not a share or a 位次) that the year's
    figure exceeds ``FAR`` times while last year's (when there is one) exceeds it ``LAST_YEAR_FAR``
    times — unless the figure's cells already have an error (a unit slip says it better)."""
    from kjreport.checks.plausibility import SLIP_LOW

    flagged = {(p.sheet, p.cell) for p in known if p.severity == "错误" and p.cell}
    problems = []
    for r in results:
        t = r.target
        if t is None or r.value is None or t.kind not in KINDS or t.is_percentage or not r.higher_is_better:
            continue
        if t.comparison not in ("≥", "≈", "区间") or t.unit == "位" or not t.value or t.value <= 0:
            continue
        if not FAR * t.value <= r.value < SLIP_LOW * t.value:
            continue
        if r.previous is not None and r.previous < LAST_YEAR_FAR * t.value:
            continue
        if any(tuple(s.partition("!")[::2]) in flagged for s in r.sources):
            continue
        sheet, _, cell = (t.cell or t.name_cell).partition("!")
        before = f"，上年 {_g(r.previous)}{r.unit}" if r.previous is not None else ""
        problems.append(Problem(
            file, sheet or "目标任务", cell or None,
            f"年度目标「{t.indicator}」为 {_g(t.value)}{t.unit}，而本年数为 {_g(r.value)}{r.unit}{before}，"
            f"是目标的 {r.value / t.value:.1f} 倍；总结将写“为年度目标的{r.value / t.value:.1f}倍”",
            "目标值或指标多半读错了（如原文的数字是某一专项、某一部分的数，或是新增数）：请对照原文改正「目标任务」中的"
            "指标名称、目标值或目标类型；如确为此目标，请在「核对记录」中确认",
            VERIFY))
    return problems
