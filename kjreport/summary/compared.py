"""Which indicators the counties (or townships) are compared on: 附件2 of the summary and the
county notices (县区通报) state the same ones.

A bureau ranks what it tracks: the indicators of 目标任务 that have county figures. When no
target is counted by county (a 县级市 whose targets are all 科室数据 rows), the columns the
counties reported are compared instead — except a denominator (地区生产总值, 规模以上工业总产值):
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


def unnamed_share(amount: IndicatorResult, ratio: IndicatorResult) -> bool:
    """Return True when ``ratio`` is "<amount>占比" (比重, 比例), a share whose whole the plan does
    not name: "规上工业企业中有研发活动企业达90家、占比25%"."""
    return ratio.unit == "%" and ratio.name in (amount.name + "占比", amount.name + "比重", amount.name + "比例")


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
    """Return the results the counties are compared on, in report order: those with a target and
    county figures (``has_figures``); when there is none, every result with county figures
    except a denominator."""
    with_figures = [r for r in report.results if r.counties and has_figures(r)]
    tracked = [r for r in with_figures if r.target is not None]
    if tracked:
        return tracked
    wholes = denominators(report.results)
    return [r for r in with_figures if r.name not in wholes]


def stated_results(
    report: YearReport, has_figures: Callable[[IndicatorResult], bool]
) -> list[IndicatorResult]:
    """Return the county columns a county notice states besides those compared: when targets are
    counted by county, each column the office added to 县区数据 (a reported indicator, 县区报送 —
    not a built-in's standard column such as R&D or GDP) with county figures that is no
    denominator and shares no column with a compared one (qa23 F7: 锦州's 技术合同成交额, reported
    by every county but without a target, was in no notice). A notice states its figure and its
    change, unranked and unjudged: 附件2 ranks what the bureau tracks only (QA4 F11c, QA6 F3)."""
    compared = compared_results(report, has_figures)
    if not any(r.target is not None for r in compared):
        return []  # no target by county: every column is compared already
    used = {s for r in compared for s in r.sources}
    wholes = denominators(report.results)
    return [r for r in report.results
            if r.target is None and r.origin == "县区报送" and r.counties and has_figures(r) and r.name not in wholes
            and not set(r.sources) & used]
