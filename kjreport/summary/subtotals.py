"""A group's subtotal in the county comparison (附件2): 县（市）区小计, 开发区小计.

When the units are ranked in groups (排名分组, see ``indicators.groups``), each group opens with
its subtotal, added up as the indicator catalogue's 县区汇总 says: amounts summed, a share
weighted by its denominator (R&D强度 by 地区生产总值: Σ R&D ÷ Σ GDP, never the sum or the plain
mean of the shares), an index or a rank not added up at all ("—").
"""

from __future__ import annotations

import math

from kjreport.indicators.catalogue import Catalogue, load_catalogue
from kjreport.model import IndicatorResult, YearReport


def aggregation_of(r: IndicatorResult, catalogue: Catalogue | None = None) -> tuple[str, str]:
    """Return how county figures of ``r`` add up: (求和 | 平均 | 加权 | 不汇总, the weight's name)."""
    entry = (catalogue or load_catalogue()).find(r.name)
    if entry is not None:
        return entry.aggregation, entry.weight
    if r.unit in ("%", "位") or r.kind == "ratio":
        return "不汇总", ""  # a share or a rank not in the catalogue: its weights are not known
    return "求和", ""


def _weights(report: YearReport, name: str, catalogue: Catalogue, previous: bool = False) -> dict[str, float] | None:
    """Return county → its figure of the weight ``name`` (地区生产总值), from the result that is it;
    with ``previous`` its figure of last year (县区上年数据)."""
    for other in report.results:
        if other.counties and catalogue.same(other.name, name):
            figures = ((c.county, c.previous if previous else c.value) for c in other.counties)
            return {county: float(v) for county, v in figures if _number(v)}
    return None


def _number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def group_subtotal(report: YearReport, r: IndicatorResult, figures: dict[str, float | None],
                   members: list[str], catalogue: Catalogue | None = None, previous: bool = False) -> float | None:
    """Return the subtotal of ``members``' ``figures`` of ``r`` (None when it cannot be stated:
    a member's figure is missing, the indicator is not added up, or its weights are missing);
    ``previous``: the figures are last year's, a share weighted by last year's weights."""
    catalogue = catalogue or load_catalogue()
    values = [figures.get(m) for m in members]
    if not values or not all(_number(v) for v in values):
        return None
    how, weight = aggregation_of(r, catalogue)
    if how == "求和":
        return sum(values)  # type: ignore[arg-type]
    if how == "平均":
        return sum(values) / len(values)  # type: ignore[arg-type]
    if how == "加权":
        weights = _weights(report, weight, catalogue, previous)
        if not weights or not all(m in weights for m in members):
            return None
        total = sum(weights[m] for m in members)
        if total <= 0:
            return None
        return sum(v * weights[m] for v, m in zip(values, members, strict=True)) / total  # type: ignore[operator]
    return None
