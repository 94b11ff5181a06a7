"""Reported indicators (报送指标): a 科室数据 row or a 县区数据 column is an indicator by its name.

One generic path instead of one function per indicator: ``reported_spec`` turns a field into an
``IndicatorSpec`` whose function is one of the four below, so the engine computes 同比, 完成率,
status and county ranks exactly as for a built-in. Pure: county columns (lists of floats, or
arrays) and floats in, a number out; sums add in numpy's order (``kjreport.indicators.plain``).
"""

from __future__ import annotations

import re

from kjreport.indicators.catalogue import CatalogueEntry
from kjreport.indicators.fields import Field
from kjreport.indicators.plain import all_nan, nantotal, total, values
from kjreport.indicators.registry import IndicatorSpec
from kjreport.workbook.unitsheets import COUNTY

DEPARTMENT_PREFIX = "科室."
COUNTY_PREFIX = "县区."
# a figure per head (专利密度（件/万人）, 人均…): never added up over the counties
_PER_HEAD = re.compile(r"/\s*(?:万|千|百)?人|人均|每万|每千|每百|密度")
# a place the publisher printed (排名, 位次): no city figure at all
_PRINTED_RANK = re.compile(r"(?:排名|位次|名次|排序)$")


def reported_figure(v):
    """Return a department's figure as reported (科室数据 本年数 / 上年数)."""
    return v


def county_total(v):
    """Return Σ of the counties' figures; None when no county has one."""
    v = values(v)
    return None if all_nan(v) else nantotal(v)


def county_mean(v):
    """Return the simple mean of the counties' figures (a ratio with no weight column), as
    ``np.nanmean``: Σ of the figures ÷ how many there are."""
    v = values(v)
    return None if all_nan(v) else nantotal(v) / sum(x == x for x in v)


def county_weighted(v, w):
    """Return Σ(v·w) ÷ Σw over counties having both: a share weighted by its base (GDP, …)."""
    pairs = [(a, b) for a, b in zip(values(v), values(w), strict=True) if a == a and b == b]
    weights = total([b for _, b in pairs])
    return None if not pairs or weights <= 0 else float(total([a * b for a, b in pairs]) / weights)


def no_city_figure(v):
    """Return None: the counties' places (排名) have no city figure."""
    return None


def each_county(v):
    """Return each county's own figure: ``county_total`` and ``county_mean`` of one county."""
    return v


def each_county_weighted(v, w):
    """Return ``county_weighted`` of each county: its figure, computed as Σ(v·w) ÷ Σw is."""
    return [None if not (a == a and b == b) or b <= 0 else float(a * b / b)
            for a, b in zip(values(v), values(w), strict=True)]


def field_name(key: str) -> str:
    """Return the indicator name of a field key: ``科室.技术合同成交额`` → ``技术合同成交额``."""
    return key.partition(".")[2] if key.startswith((DEPARTMENT_PREFIX, COUNTY_PREFIX)) else key


def is_reported(key: str) -> bool:
    """Return True for a department row or a county column (not a ledger)."""
    return key.startswith((DEPARTMENT_PREFIX, COUNTY_PREFIX))


POPULATION = "常住人口"  # the weight of a figure per head (the catalogue's 加权:常住人口)


def population_column(key: str, fields: dict[str, Field]) -> str | None:
    """Return the county column a per-head figure ``key`` is weighted by: 常住人口 when the
    workbook has it, else another column of people (人口（万人）) — never ``key`` itself nor
    another per-head figure (「每万人口…拥有量」 names 人口 but is the ratio, qa13 F8)."""
    people = [k for k in fields if k.startswith(COUNTY_PREFIX) and k != key and "人口" in k
              and not _PER_HEAD.search(field_name(k))]
    return next((k for k in people if field_name(k) == POPULATION), people[0] if people else None)


def reported_spec(name: str, key: str, field: Field, entry: CatalogueEntry | None,
                  fields: dict[str, Field], unit: str = "") -> tuple[IndicatorSpec, str]:
    """Return (spec, note) computing ``name`` from the field ``key``.

    County columns add up by the catalogue's rule: 求和 for amounts; for a percentage (header
    unit % or a 比重 entry) the mean weighted by the catalogue's weight column when the
    workbook has it, else the simple mean (``note`` says so).
    """
    unit = field.unit or (entry.unit if entry else "") or unit
    ratio = unit == "%" or (entry is not None and entry.is_ratio)
    kind = "ratio" if ratio else "amount"
    higher = not (entry is not None and entry.lower_is_better)
    note = ""
    if key.startswith(DEPARTMENT_PREFIX):
        who = field.department or "科室"
        return IndicatorSpec(name, unit, kind, {"v": key}, reported_figure,
                             f"科室数据：{who}报送", higher), note
    column = field_name(key)
    sheet = field.source.partition("!")[0] or COUNTY  # as the workbook calls it (乡镇数据)
    if entry is None and _PRINTED_RANK.search(column):
        return IndicatorSpec(name, unit, kind, {"v": key}, no_city_figure,
                             f"{sheet}：各县区{column}（位次，不汇总）", False, each_county), note
    if entry is None and not ratio and (_PER_HEAD.search(column) or _PER_HEAD.search(unit)):
        people = population_column(key, fields)
        if people is not None:  # 件/万人 over 常住人口: Σ(密度·人口) ÷ Σ人口 = the city's own density
            return IndicatorSpec(name, unit, kind, {"v": key, "w": people}, county_weighted,
                                 f"{sheet}：各县区{column}按{field_name(people)}加权平均", higher,
                                 each_county_weighted), note
        return IndicatorSpec(name, unit, kind, {"v": key}, county_mean,
                             f"{sheet}：各县区{column}的平均值", higher, each_county), (
            f"「{name}」是按人口计的数，{sheet}中没有人口列，按各县区简单平均汇总")
    rule = entry.aggregation if entry else ("平均" if ratio else "求和")
    if rule == "加权":
        weight = COUNTY_PREFIX + entry.weight
        if weight not in fields and entry.weight == POPULATION:  # 人口（万人）: the same weight
            weight = population_column(key, fields) or weight
        if weight in fields and weight != key:
            return IndicatorSpec(name, unit, kind, {"v": key, "w": weight}, county_weighted,
                                 f"{sheet}：各县区{column}按{field_name(weight)}加权平均", higher,
                                 each_county_weighted), note
        rule = "平均"
        note = f"{sheet}中没有「{entry.weight}」列，「{name}」按各县区简单平均汇总"
    if rule == "平均" and entry is None and not note:  # 城镇登记失业率（%）: said, not silent (qa13 F13)
        note = f"「{name}」是百分比，不在指标目录中，{sheet}中没有可作权数的列，按各县区简单平均汇总"
    if rule in ("平均", "不汇总"):
        return IndicatorSpec(name, unit, kind, {"v": key}, county_mean,
                             f"{sheet}：各县区{column}的平均值", higher, each_county), note
    return IndicatorSpec(name, unit, kind, {"v": key}, county_total,
                         f"{sheet}：Σ各县区{column}", higher, each_county), note
