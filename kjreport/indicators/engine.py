"""Running the registered indicators over a dataset: this year, last year, and each county."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from kjreport.errors import Problem
from kjreport.indicators.assess import assess
from kjreport.indicators.catalogue import Catalogue, load_catalogue
from kjreport.indicators.fields import Field, IndicatorInputs, is_column
from kjreport.indicators.formulas import pp_change, yoy_growth
from kjreport.indicators.frame import Frame
from kjreport.indicators.groups import rank_groups
from kjreport.indicators.lastyear import needs_last_year, no_last_year_problem
from kjreport.indicators.plain import all_nan, nantotal, values
from kjreport.indicators.registry import DATA_YEAR, IndicatorSpec, Registry
from kjreport.indicators.resolve import Planned, fill_hint, plan_indicators
from kjreport.indicators.stock import pace_stock_results
from kjreport.model import CountyValue, IndicatorResult, Target
from kjreport.workbook import unitsheets
from kjreport.workbook.schema import BARE_SCALES, UNIT_CONVERSIONS, same_count

if TYPE_CHECKING:
    from kjreport.indicators.counties import CountySlicer

ORIGINS = {"内置": "内置", "自定义": "自定义", "科室报送": "科室报送", "县区报送": "县区报送", "无数据": "无数据"}


def evaluate(registry: Registry, ds: IndicatorInputs, *, by_county: bool = True,
             catalogue: Catalogue | None = None, user: frozenset[str] = frozenset(),
             require: Callable[[list[str], dict[str, str]], list[Problem]] | None = None,
             unranked: Mapping[str, Collection[str]] | None = None) -> tuple[
        list[IndicatorResult], list[Problem]]:
    """Return the results of every computable indicator (targets first, in target order).

    A target names a built-in, a catalogue synonym of one, or a reported indicator (a 科室数据
    row, a 县区数据 column); see ``resolve.plan_indicators``. ``by_county=False`` skips the
    per-county values and ranks (enough for checking). ``require`` is given the input keys the
    targets compute from and returns their problems (a used 县区数据 column missing or blank).
    ``unranked``: unit → the indicators its type is not evaluated on (the office's table of
    not-applicable indicators, given as plain data): those units keep their figures but no rank,
    and the others are ranked among themselves.
    """
    problems: list[Problem] = []
    plan = plan_indicators(registry, ds, catalogue or load_catalogue(), user=user)
    if require is not None:
        problems += require(target_inputs(plan.items), target_needs(plan.items), year_on_year_inputs(plan.items))
    for n in plan.notices:
        if n.target is not None:
            problems.append(_target_problem(ds, n.target, n.found, n.expected, n.severity))
        else:
            sheet, _, cell = n.cell.partition("!")
            problems.append(Problem(ds.location, sheet or None, cell.split(":")[0] or None, n.found,
                                    n.expected, n.severity))
    slicer = None
    if by_county:  # (numpy, for the per-county forms: not needed for checking)
        from kjreport.indicators.counties import CountySlicer

        slicer = CountySlicer(ds.counties)
    # 排名分组 (县（市）区 and 开发区 ranked apart), found once for every indicator
    groups = rank_groups(ds.counties, getattr(ds, "county_types", None) or {},
                         ds.settings.extra if ds.settings else {}) if by_county else {}
    units_sheet = unitsheets.called(getattr(ds, "tables", None), unitsheets.COUNTY)  # as the book calls it
    results = []
    for item in plan.items:
        spec, target = item.spec, item.target
        if spec is None:
            results.append(_no_data(item))
            continue
        missing = [f for f in spec.inputs.values() if f not in ds.fields]
        if missing:
            if target is not None:
                problems.append(_target_problem(ds, target, *_no_data_ways(target, spec, missing, units_sheet)))
            continue
        checked_unit = target is not None and target.unit and target.kind not in ("增速", "提高")
        if checked_unit and spec.unit in BARE_SCALES:
            continue  # 「万」 for 万元: said at the 科室数据 单位 cell (checks.unitcell, qa22 F4)
        if checked_unit and spec.unit and _unit_clash(spec.unit, target.unit):
            problems.append(_target_problem(ds, target, f"目标单位「{target.unit}」与指标单位「{spec.unit}」不一致",
                                            f"指标「{spec.name}」的单位是{spec.unit}", at_name=False,
                                            at=target.unit_cell))  # the 单位 cell, not 目标值 (qa12 F12)
            continue
        # a figure reported in another unit than the plan's (71200万元 for a target of 6.5亿元) is
        # restated in the plan's unit: the result reads as the plan does (qa22 F8)
        unit = None
        if checked_unit and spec.unit and target.unit != spec.unit:
            if _factor(spec.unit, target.unit) != 1.0:
                unit = target.unit
            else:  # 家 and 个: one count, said in the indicator's word
                target = replace(target, unit=spec.unit)
        try:
            result = _evaluate_one(spec, target, ds, slicer, item, groups, unit=unit)
            results.append(result)
            if target is not None and result.value is None and result.achieved is None \
                    and _partly_reported(spec, ds):
                problems.append(_target_problem(
                    ds, target, f"指标「{result.name}」有县区的本年数为空或有误，未能汇总",
                    f"请改正「{units_sheet}」中该列为空或有误的单元格", "提示"))
            elif target is not None and result.value is None and result.achieved is None \
                    and (marked := _marked_input(spec, ds)) is not None:
                sheet, _, cell = marked.source.partition("!")
                problems.append(Problem(
                    ds.location, sheet, cell,
                    f"填的是「{marked.mark}」（不适用），但年度目标「{target.indicator}」要用这一项的本年数",
                    f"请填写本年数{f'（单位：{marked.unit}）' if marked.unit else ''}；如该目标本年确已不适用，"
                    "请在「目标任务」中删除该目标"))
            elif target is not None and result.value is None and result.achieved is None:
                problems.append(_target_problem(
                    ds, target, f"指标「{result.name}」没有本年数据" + _why(result.status_note),
                    fill_hint(item, ds.fields), "提示"))
            elif needs_last_year(result):
                keys = [k for k in (item.increment, *spec.inputs.values()) if k]
                problems += filter(None, [no_last_year_problem(ds.location, result, keys, ds.fields)])
        except Exception as exc:  # noqa: BLE001 — a user's indicator must not stop the others
            problems.append(Problem(ds.location, None, None,
                                    f"指标「{spec.name}」（{spec.origin}）计算出错：{type(exc).__name__}: {exc}",
                                    "请检查该指标函数或其输入数据"))
    if unranked:
        for result in results:
            result.counties = without_ranks(result.counties, {u for u, names in unranked.items() if result.name in names})
    # in year, a stock is paced as the 进度通报 paces it
    pace_stock_results(results, ds.settings, _first_monthly(ds, results))
    return results, problems


def _first_monthly(ds, results: list[IndicatorResult]) -> Callable[[IndicatorResult], float | None] | None:
    """Return what gives a result's first 月度数据 figure of the year (in year only): a row that
    starts far below last year's counts from January, a flow (qa12b F5)."""
    tables = getattr(ds, "tables", None)
    if not tables or ds.settings is None or ds.settings.month >= 12:
        return None
    # the 进度 sheets' reader (not an indicator module)
    from kjreport.progress.inputs import progress_inputs

    inputs = progress_inputs(ds.location, tables, {r.name: r.unit for r in results})

    def first(r: IndicatorResult) -> float | None:
        # a month before the book's: the month's own figure is the value, which tells nothing
        row = inputs.monthly_of_result(r)
        earlier = [k for k in row.values if k < ds.settings.month] if row is not None else []
        return row.values[min(earlier)] if earlier else None

    return first


def _partly_reported(spec: IndicatorSpec, ds: IndicatorInputs) -> bool:
    """Return True when a county column has figures but some county's cell is blank or bad (then
    the indicator is not said to have no data: the cell is what to fix)."""
    for f in spec.inputs.values():
        data = ds.fields[f].current
        if is_column(data):
            column = values(data)
            if not all_nan(column) and any(x != x for x in column):
                return True
    return False


def target_inputs(items: list[Planned]) -> list[str]:
    """Return the input keys the targeted items compute their city figure from (a county
    breakdown shown beside a 科室数据 figure is not needed, so not listed)."""
    keys: dict[str, None] = {}
    for item in items:
        if item.target is None or item.spec is None:
            continue
        keys.update(dict.fromkeys(item.spec.inputs.values()))
        if item.increment:
            keys[item.increment] = None
    return list(keys)


def _marked_input(spec: IndicatorSpec, ds: IndicatorInputs):
    """Return the input field of ``spec`` whose cell says not applicable (「/」), or None."""
    return next((f for f in (ds.fields[k] for k in spec.inputs.values()) if getattr(f, "mark", "")), None)


def year_on_year_inputs(items: list[Planned]) -> set[str]:
    """Return the input keys of the targets measured against last year (增速, 提高, 新增, 净增):
    their 县区上年数据 column is needed; a 总量 target only shows the year-on-year change."""
    keys: set[str] = set()
    for item in items:
        if item.target is not None and item.spec is not None and (
                item.target.kind != "总量" and item.target.kind != "累计" or item.increment):
            keys.update(k for k in (*item.spec.inputs.values(), item.increment) if k)
    return keys


def target_needs(items: list[Planned]) -> dict[str, str]:
    """Return input key → the indicator of the first target computed from it."""
    needs: dict[str, str] = {}
    for item in items:
        if item.target is not None and item.spec is not None:
            for key in (*item.spec.inputs.values(), item.increment):
                if key:
                    needs.setdefault(key, item.target.indicator)
    return needs


def _no_data(item: Planned) -> IndicatorResult:
    t = item.target
    return IndicatorResult(
        name=item.name, unit=t.unit if t else "", kind="ratio" if t and t.unit == "%" else "amount",
        value=None, target=t, status="无数据", status_note=item.note, origin="无数据",
        department=(t.department if t else "") or item.department, plan_items=t.plan_items if t else (),
    )


def _evaluate_one(spec: IndicatorSpec, target: Target | None, ds: IndicatorInputs, slicer,
                  item: Planned | None = None, groups: dict[str, str] | None = None,
                  unit: str | None = None) -> IndicatorResult:
    """Return the result of one indicator; with ``unit`` (the target's, convertible from the
    indicator's: 亿元 for 万元) its figures restated in that unit."""
    settings = ds.settings
    unit = unit or spec.unit
    k = _factor(spec.unit, unit)
    fields = {p: ds.fields[f] for p, f in spec.inputs.items()}
    empty = [f.source.partition("!")[0] for f in fields.values() if not f.has_data]
    if empty:
        value, details = None, {"说明": f"「{'、'.join(dict.fromkeys(empty))}」中没有本年数据"}
    else:
        value, details = _call(spec, city_inputs(fields, previous=False), settings.year, settings)
    lagged = (details or {}).get(DATA_YEAR)  # a built-in's value of an earlier year (科技进步贡献率)
    lagged = int(lagged) if isinstance(lagged, int) and lagged < settings.year else None
    previous, _ = _call(spec, city_inputs(fields, previous=True), (lagged or settings.year) - 1, settings,
                        quiet=True)
    unpaired = _unpaired_previous(spec, fields, (lagged or settings.year) - 1, settings) if previous is None else None
    history = _history(spec, fields, settings)
    if k != 1.0:
        value, previous, unpaired = (None if x is None else x * k for x in (value, previous, unpaired))
        history = {year: x * k for year, x in history.items()}
    if history:
        details = {**(details or {}), "历年": history}
    sources = []
    for f in fields.values():
        for s in (f.source, f.previous_source):
            if s and s not in sources:
                sources.append(s)
    department_fields = [f for f in fields.values() if f.comparability != "可比" or f.note]
    comparability = department_fields[0].comparability if department_fields else "可比"
    note = department_fields[0].note if department_fields else ""
    name = item.name if item is not None else spec.name
    department = target.department if target else ""
    if not department:
        department = next((f.department for f in fields.values() if f.department), "")
    if not department and item is not None:
        department = item.department  # the catalogue's default 责任科室
    result = IndicatorResult(
        name=name, unit=unit, kind=spec.kind, value=value, previous=previous,
        source_unit=spec.unit if k != 1.0 else "",
        target=target, sources=sources, formula=spec.formula,
        current_sources=list(dict.fromkeys(f.source for f in fields.values() if f.source)),
        department=department, plan_items=target.plan_items if target else (),
        details=details or {}, origin=ORIGINS.get(item.origin, "内置") if item else "内置",
        higher_is_better=spec.higher_is_better and not (target is not None and target.comparison == "≤"),
    )
    if result.is_rank:
        result.higher_is_better = False  # 居第25位 after 第26位 is progress
    result.data_year = data_year(fields.values(), ds.fields.get(item.increment) if item is not None else None)
    if lagged is not None:
        result.data_year = min(result.data_year or lagged, lagged)
    result.data_lag = settings.year - result.data_year if result.data_year else 0
    increment = increment_previous = None
    if item is not None and item.increment:
        f = ds.fields[item.increment]
        given = {"v": f}  # the official 全市 row / units kept out of the total, as for the city figure
        increment = _reported_sum(city_inputs(given, previous=False)["v"])
        increment_previous = _reported_sum(city_inputs(given, previous=True)["v"])
        if f.source not in sources:
            sources.append(f.source)
        if increment is not None:
            result.increment_source = f.source
    if item is not None and item.spec_is_increment:
        increment, increment_previous = value, previous
        result.value_is_increment = True
    if value is None and details and details.get("说明"):
        result.status_note = details["说明"]
    result.reported_previous = _reported_previous(ds, result, spec, target)
    result.unpaired_previous = unpaired
    adjusted = spec.name in settings.adjusted_base or name in settings.adjusted_base
    assess(result, settings, comparability=comparability, comparability_note=note, adjusted_base=adjusted,
           increment=increment, increment_previous=increment_previous)
    county_spec = item.county_spec if item is not None and item.county_spec is not None else spec
    no_counties = item is not None and item.no_counties
    if no_counties:
        slicer = None  # a 新增 target with the counties' totals only: no county breakdown
    if county_spec is not spec and not no_counties and ds.counties:
        # (with or without the per-county values: ``check`` names the same cells as ``fill``)
        # the city figure is the department's; the counties' come from the 县区数据 column
        for f in county_spec.inputs.values():
            if ds.fields[f].source not in result.sources:
                result.sources.append(ds.fields[f].source)
    county_data = all(ds.fields[f].has_data for f in county_spec.inputs.values())
    if slicer is not None and county_spec.by_county and ds.counties and county_data:
        # no county breakdown from an empty ledger or a blank column: every county would be 0
        lower_better = (target is not None and target.comparison == "≤") or not result.higher_is_better
        result.counties = _county_values(county_spec, ds, slicer, adjusted or comparability == "可比",
                                         lower_better=lower_better, groups=groups)
        if county_spec.unit != unit:  # 县区 column in 万元 beside an 亿元 科室 row: one unit (qa13 F5, F11)
            result.counties = _in_unit(result.counties, county_spec.unit, unit)
        if item is not None and item.county_increments:
            result.counties = _increments(result.counties, lower_better)
        elif target is not None and not result.is_rank and _growth_target(target, result.kind):
            result.counties = _by_growth(result.counties, result.kind, lower_better)
    return result


def data_year(fields, increment: Field | None = None) -> int | None:
    """Return the 数据年度 of a result computed from ``fields`` (and a reported 新增 figure): the
    earliest year a lagging 科室数据 row says its figures are of, None when all are this year's
    (a built-in computed from a lagged row carries the row's year through)."""
    years = [f.data_year for f in (*fields, increment) if f is not None and f.data_year]
    return min(years) if years else None


def _growth_target(target: Target, kind: str) -> bool:
    """Return True when ``target`` asks for growth (增速 of an amount, 提高 of a share): the
    counties are then ranked and judged by their growth, not by their size (qa10 F23)."""
    return (target.kind == "增速" and kind != "ratio") or (target.kind == "提高" and kind == "ratio")


def _by_growth(counties: list[CountyValue], kind: str, lower_better: bool) -> list[CountyValue]:
    """Return ``counties`` ranked by their 同比 (an amount) or 百分点 change (a share); a county
    without last year's figure has no growth and no rank."""
    growth = "change_pp" if kind == "ratio" else "yoy"
    out = [(c.county, getattr(c, growth)) for c in counties]
    ranked = _ranked([(name, g, None, None, None) for name, g in out], lower_better,
                     {c.county: c.group for c in counties if c.group})
    return [replace(c, rank=r.rank, by_growth=True) for c, r in zip(counties, ranked, strict=True)]


def city_inputs(fields: dict[str, Field], *, previous: bool) -> dict[str, object]:
    """Return the inputs of an indicator's city figure: each field's data, except that county
    columns give the official total typed in the 全市/全省/合计 row when every county column the
    indicator reads has one for that year (each column becomes that one figure, so a sum, a
    mean or a weighted share of it is the typed figure itself); else the units' figures without
    those whose 类型 says 不计入合计 (``Field.outside``)."""
    data = {p: (f.previous if previous else f.current) for p, f in fields.items()}
    columns = [p for p, d in data.items() if d is not None and is_column(d)]
    if not columns:
        return data
    totals = [fields[p].previous_total if previous else fields[p].total for p in columns]
    if all(t is not None for t in totals):
        for p, t in zip(columns, totals, strict=True):
            data[p] = [t]
        return data
    outside = fields[columns[0]].outside
    if outside:
        for p in columns:
            data[p] = [x for i, x in enumerate(values(data[p])) if i not in outside]
    return data


def _unpaired_previous(spec: IndicatorSpec, fields: dict[str, Field], year: int, settings) -> float | None:
    """Return last year's city figure over 县区上年数据's own units when a county name does not pair
    (``Field.previous_units``): not the 上年数 (不可比 until the names agree), only its size, for
    a check that compares a figure's magnitude (a % target typed as a fraction, qa21 F5)."""
    data = {p: f.previous for p, f in fields.items()}
    columns = [p for p, d in data.items() if d is not None and is_column(d)]
    if not columns or any(fields[p].previous_units is None for p in columns):
        return None
    for p in columns:
        data[p] = list(fields[p].previous_units)
    try:
        value, _ = _call(spec, data, year, settings, quiet=True)
    except Exception:  # noqa: BLE001 (a user's function may not expect last year's own units: no size then)
        return None
    return value if isinstance(value, (int, float)) and math.isfinite(value) else None


def _reported_previous(ds: IndicatorInputs, result: IndicatorResult, spec: IndicatorSpec,
                       target: Target | None) -> float | None:
    """Return the non-zero 上年数 科室数据 reports for the indicator of ``result`` when its own last
    year is zero and its figures come from elsewhere (30 firms of a partial 企业台账, none
    认定 last year, while 科室数据 says 602): None otherwise."""
    from kjreport.indicators.names import name_key
    from kjreport.indicators.reported import DEPARTMENT_PREFIX

    if not isinstance(result.previous, (int, float)) or result.previous != 0:
        return None
    names = {name_key(n) for n in (result.name, spec.name, target.indicator if target else "") if n}
    for key, f in ds.fields.items():
        if (key.startswith(DEPARTMENT_PREFIX) and name_key(key[len(DEPARTMENT_PREFIX):]) in names
                and f.source not in result.sources and isinstance(f.previous, (int, float))
                and not isinstance(f.previous, bool) and math.isfinite(f.previous) and f.previous != 0):
            return float(f.previous)
    return None


def _reported_sum(data) -> float | None:
    """Return a reported figure: a 科室数据 number, or Σ of a 县区数据 column (None if all blank)."""
    if is_column(data):
        column = values(data)
        return None if all_nan(column) else _clean(nantotal(column))
    return _clean(data)


HISTORY_YEARS = 8  # earlier years computed from a ledger, for 创历史新高 / 增速加快


def _history(spec: IndicatorSpec, fields: dict, settings) -> dict[int, float]:
    """Return {year: value} for the years before this one that a yearly ledger (a Frame with a
    年度 column, such as 项目台账) holds, computed by the same function; {} otherwise.

    Only flows counted per 年度 qualify: a stock counted by 认定年份 grows every year by
    construction, so "a record" would say nothing.
    """
    frames = [f.current for f in fields.values()]
    if not frames or not all(isinstance(x, Frame) and "年度" in x for x in frames):
        return {}
    years = sorted({y for x in frames for y in _years_of(x) if y < settings.year})
    out = {}
    for year in years[-HISTORY_YEARS:]:
        value, _ = _call(spec, {p: f.current for p, f in fields.items()}, year, settings, quiet=True)
        if value is not None:
            out[year] = value
    return out


def _years_of(frame: Frame) -> frozenset[int]:
    """Return the distinct years of a ledger's 年度 column (NaN left out), found once per frame:
    every yearly indicator asks for them."""
    years = frame.memo.get("years")
    if years is None:
        years = frame.memo["years"] = frozenset(int(y) for y in set(frame.plain("年度")) if y == y)
    return years


def _county_values(spec, ds, slicer: CountySlicer, comparable: bool,
                   lower_better: bool, groups: dict[str, str] | None = None) -> list[CountyValue]:
    settings = ds.settings
    fields = {p: ds.fields[f] for p, f in spec.inputs.items()}
    current = _every_county(spec, fields, slicer, settings.year, settings, previous=False)
    previous = _every_county(spec, fields, slicer, settings.year - 1, settings, previous=True)
    out = []
    for i, county in enumerate(ds.counties):
        if current is not None:
            value = current[i]
        else:
            cur = {p: slicer.slice(f, county, previous=False) for p, f in fields.items()}
            value, _ = _call(spec, cur, settings.year, settings, quiet=True)
        if previous is not None:
            before = previous[i]
        else:
            prev = {p: slicer.slice(f, county, previous=True) for p, f in fields.items()}
            before, _ = _call(spec, prev, settings.year - 1, settings, quiet=True)
        yoy = change_pp = None
        if comparable:
            if spec.kind == "ratio":
                change_pp = pp_change(value, before)
            else:
                yoy = yoy_growth(value, before)
        out.append((county, value, before, yoy, change_pp))
    return _marked(_ranked(out, lower_better, groups), fields.values())


def _in_unit(counties: list[CountyValue], unit: str, wanted: str) -> list[CountyValue]:
    """Return ``counties`` restated from ``unit`` in ``wanted`` (万元 → 亿元); unchanged when the
    two are not one quantity in different units (growth and ranks do not change with the unit)."""
    k = _factor(unit, wanted)
    if k == 1.0:
        return counties
    return [replace(c, value=None if c.value is None else c.value * k,
                    previous=None if c.previous is None else c.previous * k) for c in counties]


def _marked(counties: list[CountyValue], fields) -> list[CountyValue]:
    """Return ``counties`` with those lacking a value because a cell of theirs says not
    applicable (「/」) marked so: the tables show "—" there, not 【待补充】."""
    marks = frozenset().union(*(f.county_marks for f in fields))
    if not marks:
        return counties
    return [replace(c, marked=True) if c.value is None and c.county in marks else c for c in counties]


def _increments(counties: list[CountyValue], lower_better: bool) -> list[CountyValue]:
    """Return each county's 新增 (this year's stock − last year's, as a ledger counts it by
    认定年份), ranked: a 新增 target never shows a county's total as its new ones."""
    out = [(c.county, None if c.value is None or c.previous is None else c.value - c.previous,
            None, None, None) for c in counties]
    marked = {c.county for c in counties if c.marked}
    ranked = _ranked(out, lower_better, {c.county: c.group for c in counties if c.group})
    return [replace(c, marked=True) if c.county in marked else c for c in ranked]


def without_ranks(counties: list[CountyValue], units: Collection[str]) -> list[CountyValue]:
    """Return ``counties`` with ``units`` unranked (their figures kept) and the others ranked among
    themselves, ties as before: a unit's new rank is one more than the units of its group still
    ranked that ranked strictly better (qa20 F2: the 高新区 is not evaluated on 科技特派员)."""
    if not units or not any(c.county in units and c.rank is not None for c in counties):
        return counties
    kept = [c for c in counties if c.county not in units and c.rank is not None]
    out = []
    for c in counties:
        if c.county in units:
            out.append(replace(c, rank=None))
        elif c.rank is None:
            out.append(c)
        else:
            better = sum(1 for o in kept if o.group == c.group and o.rank < c.rank)
            out.append(replace(c, rank=better + 1))
    return out


RANK_DIGITS = 12  # significant digits two county figures are compared at when ranked


def _rank_key(value: float) -> float:
    """Return ``value`` as ranks compare it: to ``RANK_DIGITS`` significant digits, so that two
    equal figures reached by different arithmetic (43.2/229.5 and 46.4/246.5 × 100 are both
    18.8235…%, one of them a last bit higher) tie instead of taking two ranks that 附件2 then
    shows beside the same figure at three decimals."""
    return float(f"{value:.{RANK_DIGITS}g}")


def _ranked(out: list[tuple], lower_better: bool, groups: dict[str, str] | None = None) -> list[CountyValue]:
    """Return (county, value, previous, yoy, change_pp) tuples as CountyValues with ranks; with
    ``groups`` (unit → 排名分组, see ``indicators.groups``) each group is ranked within itself."""
    groups = groups or {}
    if all(c[1] is None or c[1] == 0 for c in out):  # nothing to rank: all counties at 0 would all be 1st
        return [CountyValue(*c, None, groups.get(c[0], "")) for c in out]
    ranks: dict[str, int] = {}
    members: dict[str, list[tuple]] = {}
    for c in out:
        if c[1] is not None:
            members.setdefault(groups.get(c[0], ""), []).append(c)
    for group in members.values():
        last, rank = None, 0
        keyed = sorted(((_rank_key(c[1]), c[0]) for c in group), key=lambda kc: kc[0], reverse=not lower_better)
        for i, (key, county) in enumerate(keyed, 1):
            if key != last:
                rank, last = i, key
            ranks[county] = rank
    return [CountyValue(*c, ranks.get(c[0]), groups.get(c[0], "")) for c in out]  # one object per county


def _every_county(spec: IndicatorSpec, fields: dict[str, Field], slicer: CountySlicer, year: int,
                  settings, *, previous: bool) -> list[float | None] | None:
    """Return every county's value from the indicator's per-county form (one call for all
    counties), or None when it has none or cannot take these inputs: then each county is
    computed on its own slices. A failing form falls back too, so that the plain calls decide
    (quietly, as before) what an error means."""
    form = spec.per_county
    if form is None:
        return None
    from kjreport.indicators.counties import UNSPLIT

    inputs = {}
    for p, f in fields.items():
        data = slicer.every(f, previous=previous)
        if data is UNSPLIT:
            return None
        inputs[p] = data
    n = len(slicer.counties)
    if any(v is None for v in inputs.values()):
        return [None] * n  # as each county's call gives: an input without figures for the year
    inputs = _as_given(form, inputs)
    params = _params(form)
    if "year" in params:
        inputs["year"] = year
    if "settings" in params:
        inputs["settings"] = settings
    try:
        values = list(form(**inputs))
    except Exception:  # noqa: BLE001
        return None
    if len(values) != n:
        return None
    if _NUMBERS.issuperset(map(type, values)):  # the usual case, as ``_clean`` gives it, inline
        return [float(v) if -math.inf < v < math.inf else None for v in values]
    return [_clean(v) for v in values]


_NUMBERS = frozenset({float, int})


def _call(spec: IndicatorSpec, inputs: dict, year: int, settings, *, quiet: bool = False):
    """Return (value, details) of one call; None when an input is missing or the value undefined."""
    if any(v is None for v in inputs.values()):
        return None, {}
    kwargs = _as_given(spec.func, inputs)
    params = _params(spec.func)
    if "year" in params:
        kwargs["year"] = year
    if "settings" in params:
        kwargs["settings"] = settings
    try:
        out = spec.func(**kwargs)
    except (ZeroDivisionError, KeyError, ValueError):
        if quiet:
            return None, {}
        raise
    details = {}
    if isinstance(out, tuple):
        out, details = out
    return _clean(out), details


# The built-in and reported indicators read county columns as lists (``kjreport.indicators.plain``);
# any other function (a user's) gets them as numpy arrays, as documented in ``registry``.
PLAIN_MODULES = frozenset({"kjreport.indicators.builtin", "kjreport.indicators.reported"})


def _as_given(func, inputs: dict) -> dict:
    """Return a copy of ``inputs`` as ``func`` takes them: county columns (lists) become float
    arrays unless ``func`` is a built-in."""
    if getattr(func, "__module__", None) in PLAIN_MODULES:
        return dict(inputs)
    out = dict(inputs)
    for name, data in inputs.items():
        if type(data) is list:
            import numpy as np

            out[name] = np.array(data, dtype=float)
    return out


@lru_cache(maxsize=1024)
def _params(func) -> tuple[str, ...]:
    """Return the parameter names of an indicator function (looked up once, not per call)."""
    return func.__code__.co_varnames[: func.__code__.co_argcount]


def _clean(x) -> float | None:
    if x is None:
        return None
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) or math.isinf(x) else x


def _factor(unit: str, wanted: str) -> float:
    """Return what a figure in ``unit`` is multiplied by to be stated in ``wanted`` (万元 → 亿元:
    0.0001); 1 when the two are not one quantity in different units."""
    f_from, f_to = UNIT_CONVERSIONS.get(unit), UNIT_CONVERSIONS.get(wanted)
    if f_from is None or f_to is None or f_from[0] != f_to[0]:
        return 1.0
    return f_from[1] / f_to[1]


def _unit_clash(indicator_unit: str, target_unit: str) -> bool:
    if indicator_unit == target_unit or same_count(indicator_unit, target_unit):
        return False
    a = UNIT_CONVERSIONS.get(indicator_unit, (indicator_unit,))[0]
    b = UNIT_CONVERSIONS.get(target_unit, (target_unit,))[0]
    return a != b


def _why(note: str) -> str:
    """Return "（note）" when the note says more than that there is no data for the year."""
    if not note or "本年数据" in note:
        return ""
    return f"（{note}）"


def _no_data_ways(target: Target, spec, missing: list[str], units_sheet: str) -> tuple[str, str]:
    """Return (found, expected) for a target whose indicator lacks inputs: the target named as the
    office typed it, what is missing in words (never an input id such as 「县区.地区生产总值」), and
    the two ways to give data — the bureau's own figure in 科室数据 first (qa13 F22)."""
    from kjreport.workbook.schema import COUNTY_COLUMNS

    headers = {c.name: c.header for c in COUNTY_COLUMNS}
    columns = [headers.get(name, name) for name in (m.partition(".")[2] or m for m in missing)]
    named = f"「{target.indicator}」" + ("" if target.indicator == spec.name else f"（指标「{spec.name}」）")
    word = units_sheet[:2]
    scope = "全县" if word in ("乡镇", "街镇", "镇街") else "全市"
    found = f"目标{named}还没有数据：计算它要用各{word}的「{'」「'.join(columns)}」，工作簿中没有"
    expected = (f"请在「科室数据」中添加一行「{target.indicator}」，填{scope}的本年数和上年数（科室报送）；"
                f"或在「{units_sheet}」和上年数据表中添加「{'」「'.join(columns)}」列，按各{word}的数计算")
    return found, expected


def _target_problem(ds: IndicatorInputs, target: Target, found: str, expected: str,
                    severity: str = "错误", *, at_name: bool = True, at: str = "") -> Problem:
    """Return a Problem about ``target``, at its 指标 cell (the name has no data, is unknown …)
    or, with ``at_name=False``, at its 目标值 cell — or at ``at`` when given."""
    where = at or (target.name_cell if at_name and target.name_cell else target.cell)
    sheet, _, cell = where.partition("!")
    return Problem(ds.location, sheet or None, cell or None, found, expected, severity)



def call_plain(spec: IndicatorSpec, inputs: dict, settings) -> float | None:
    """Return this year's value of ``spec`` from ``inputs`` (one county's slices), quietly."""
    return _call(spec, inputs, settings.year, settings, quiet=True)[0]


clean = _clean  # for the checks that compute a few county figures on their own (``checks.shares``)
parameters = _params
