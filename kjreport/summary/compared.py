"""Which indicators the counties (or townships) are compared on: 附件2 of the summary and the
county notices (县区通报) state the same ones.

A bureau ranks what it tracks: the indicators of 目标任务 that have county figures, first; then
the other columns the counties reported (every column when no target is counted by county, a
县级市 whose targets are all 科室数据 rows) — except a denominator (地区生产总值, 规模以上工业总产值):
it is there only to compute a share, and a 科技局 does not rank it.
"""

from __future__ import annotations

from collections.abc import Callable

from kjreport.model import IndicatorResult, YearReport


def share_name(amount: IndicatorResult, ratio: IndicatorResult) -> str:
    """Return X when ``ratio`` is "<amount>占X比重" (the whole it is a share of), else ""."""
    head = amount.name + "占"
    if ratio.name.startswith(head) and ratio.name.endswith("比重") and ratio.unit == "%":
        return ratio.name[len(head) : -2].rstrip("的")
    return ""


def denominators(results: list[IndicatorResult]) -> set[str]:
    """Return the names of results that are only the whole of a share among ``results``: every
    source range of the result feeds a ratio whose numerator (``<amount>占X比重``) it is not."""
    ratios = [r for r in results if r.kind == "ratio" and r.unit == "%"]
    out: set[str] = set()
    for r in results:
        if r.kind == "ratio" or r.target is not None or not r.sources:
            continue
        for ratio in ratios:
            if set(r.sources) <= set(ratio.sources) and not share_name(r, ratio):
                out.add(r.name)
                break
    return out


def compared_results(
    report: YearReport, has_figures: Callable[[IndicatorResult], bool]
) -> list[IndicatorResult]:
    """Return the results the counties are compared on: those with a target and county figures
    (``has_figures``), then every other result with county figures except a denominator and a
    column a target's result states already or is computed from (qa23 F7: 锦州's 技术合同成交额 column, reported by every
    county but without a target, was in neither 附件2 nor the county notices). An untargeted one
    is stated and ranked, never judged (no 末位 shortfall: ``views.CountyFact.judged``)."""
    with_figures = [r for r in report.results if r.counties and has_figures(r)]
    tracked = [r for r in with_figures if r.target is not None]
    wholes = denominators(report.results)
    if not tracked:
        return [r for r in with_figures if r.name not in wholes]
    stated = [_figures(r) for r in tracked]
    # a column a target's result is computed from (R&D and GDP of a tracked R&D强度) is stated by it
    inputs = {s for r in tracked for s in r.sources}
    return tracked + [r for r in with_figures
                      if r.target is None and r.name not in wholes and _figures(r) not in stated
                      and not set(r.current_sources or r.sources) <= inputs]


def _figures(r: IndicatorResult) -> list[tuple[str, object]]:
    return [(c.county, c.value) for c in r.counties]
