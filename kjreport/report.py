"""From a workbook to a ``YearReport``: read, check, compute. The library's main entry points."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from kjreport import checks
from kjreport.checks import (
    comments,
    confirm,
    cumulative,
    reported_month,
    row_shift,
    shares,
    unmatched,
    unused,
)
from kjreport.checks.follow_ons import after_copied_year, without_follow_ons
from kjreport.dataset import Dataset, read_dataset
from kjreport.errors import CheckFailed, KjreportError, Problem
from kjreport.gcpause import paused_gc
from kjreport.indicators.engine import evaluate
from kjreport.indicators.registry import Registry, build_registry
from kjreport.model import Settings, YearReport
from kjreport.workbook import schema, unitsheets
from kjreport.workbook.open import open_source
from kjreport.workbook.source import WorkbookSource

__all__ = ["analyse", "check_source", "indicator_catalogue", "load_report", "open_source", "plugin_paths"]


def plugin_paths(ds: Dataset, extra: Sequence[Path | str]) -> list[Path]:
    """Return the user indicator files: those named on the command line and in 设置."""
    paths = [Path(p) for p in extra]
    if ds.settings:
        base = Path(ds.location).parent
        for name in ds.settings.plugin_files:
            p = Path(name)
            paths.append(p if p.is_absolute() else base / p)
    return paths


def analyse(source: WorkbookSource, plugins: Sequence[Path | str] = (), *, by_county: bool = True,
            template_dir: Path | None = None) -> tuple[Dataset, Registry | None, list, list[Problem]]:
    """Return (dataset, registry, results, problems): everything found, nothing raised for data;
    the units unranked on what their type is not evaluated on by ``template_dir``'s county_types.j2
    (the documents' ``--template`` folder; the default set's without one)."""
    with paused_gc():  # millions of cycle-free objects: the collector would only walk them
        ds, registry, results, problems = _analyse(source, plugins, by_county=by_county, template_dir=template_dir)
    return ds, registry, _worded_results(ds, results), _worded(ds, problems)


def _level_words(ds: Dataset) -> tuple[str, str]:
    """Return (the whole, its units) as the bureau's documents say them: (全市, 县区), (全省, 市州) …"""
    from kjreport.summary.units import dataset_unit_word
    from kjreport.text.phrases import scope

    return scope(ds.settings.city, ds.settings.organization), dataset_unit_word(ds)


def _worded(ds: Dataset, problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` worded for the bureau's level: 全州/县市, 全省/市州 (``checks.level``)."""
    if ds.settings is None or not problems:
        return problems
    from kjreport.checks.level import localized

    return localized(problems, *_level_words(ds))


def _worded_results(ds: Dataset, results: list) -> list:
    """Return ``results`` with their 计算方法 and 说明 worded for the bureau's level — "Σ各市州高新技术
    产业产值", "÷ 全省高新技术产业产值" for a province — as the 指标结果 sheet and the draft comments
    show them (the indicators are written for a city's 全市/县区)."""
    if ds.settings is None or not results:
        return results
    from kjreport.checks.level import reword

    whole, word = _level_words(ds)
    if (whole, word) == ("全市", "县区"):
        return results
    for r in results:
        r.formula, r.status_note, r.yoy_note = (reword(x, whole, word) if x else x
                                                for x in (r.formula, r.status_note, r.yoy_note))
    return results


def _analyse(source: WorkbookSource, plugins: Sequence[Path | str], *, by_county: bool,
             template_dir: Path | None = None) -> tuple[Dataset, Registry | None, list, list[Problem]]:
    ds = read_dataset(source)
    problems = checks.without_contradicted_notes(list(ds.problems), checks.review(ds))
    provisional = ds.settings is None and schema.SETTINGS_SHEET in ds.sheets
    if ds.settings is None and not provisional:
        return ds, None, [], problems
    if provisional:  # 年度 unreadable: still find the indicators' own problems in this pass
        ds.settings = Settings(city="", organization="", year=_likely_year(ds))
    broken = any(p.severity == "错误" for p in problems)
    try:
        registry = build_registry(plugin_paths(ds, plugins))
        user = [s.name for s in registry if s.func.__module__ != "kjreport.indicators.builtin"]
        registry.check_inputs(ds.fields, only=user, units_sheet=unitsheets.called(ds.tables, unitsheets.COUNTY))
    except KjreportError as exc:
        problems.append(Problem(source.location, None, None, str(exc).rstrip("。"), "请修改自定义指标文件"))
        if provisional:
            ds.settings = None
        return ds, None, [], problems
    # Indicators run even when the data has errors, so that one ``check`` lists every problem
    # (unknown indicator names, missing inputs, wrong units …) at once. Calculation failures
    # caused by cells already reported are not repeated.
    results, more = evaluate(registry, ds, by_county=by_county, user=frozenset(user),
                           require=ds.used_column_problems, unranked=_not_evaluated(ds, template_dir) if by_county else None)
    if broken:
        more = [p for p in more if "计算出错" not in p.found]
    if provisional:
        ds.settings = None
        more += checks.plausibility.against_targets(source.location, results, problems)
        more += shares.over_hundred(source.location, registry, ds, results, problems)
        more += _progress_inputs(ds, results).problems
        return ds, None, [], problems + without_follow_ons(more, ds.unreadable)
    more += checks.review_results(source.location, results, problems, ds.has_last_year_figures(), ds.tables)
    problems = checks.percent.without_format_hints(problems, more)
    more += shares.over_hundred(source.location, registry, ds, results, problems)
    broken = unmatched.broken_targets(source.location, ds.tables, results, problems + more)
    if broken:  # one error for the county names it names, instead of a 提示 per name
        problems = unmatched.without_replaced_hints(problems, broken)
        more = unmatched.without_replaced_hints(more, broken) + broken
    more += checks.review_cells(source.location, ds.tables, results, problems + more)
    progress = _progress_inputs(ds, results)
    problems += without_follow_ons(more + progress.problems, ds.unreadable)
    problems += checks.review_monthly(source.location, results, progress, ds.settings.month, ds.tables, problems)
    problems = cumulative.without_equal_hint(problems)  # qa24 F1: one message for a copied 上年数
    problems += reported_month.month_behind(
        source.location, results, progress, ds.settings.month,
        checks.settings_cell(getattr(ds, "sheets", {}).get("设置"), "报送月份"))
    problems = unused.unused_blanks(problems, results)  # rows no target of the year reads
    problems = row_shift.without_row_follow_ons(problems)  # qa24 F2: the shifted row said once
    problems = checks.one_message_per_cell(problems, ds.hidden_rows, ds.tables)
    problems = comments.quoted(source.location, confirm.under_midyear(confirm.without_swings_beside(problems)))
    return ds, registry, results, after_copied_year(problems)


def _not_evaluated(ds: Dataset, template_dir: Path | None = None) -> dict[str, frozenset[str]]:
    """Return unit → the indicators its type is not evaluated on, from the office-editable table
    ``not_applicable`` of county_types.j2 — ``template_dir``'s when it has one, as the texts read it
    (``summary.units.not_applicable_table``): one ranking for every output (附件2, 进度通报, 指标结果,
    bulletins) leaves those units unranked (qa20 F2)."""
    from kjreport.summary.units import not_applicable_table, unit_type
    from kjreport.templating import configured_template_dir

    extra = ds.settings.extra if ds.settings else {}
    table = not_applicable_table(template_dir or configured_template_dir(extra, ds.location))
    out = {}
    for county in ds.counties:
        names = table.get(unit_type(ds.county_types, extra, county), [])
        if names:
            out[county] = frozenset(names)
    return out


def _progress_inputs(ds: Dataset, results: list):
    """Return the progress sheets (时间节点, 月度数据, 下步措施) read from ``ds``'s tables."""
    from kjreport.progress.inputs import progress_inputs

    known = [n for r in results
             for n in (r.name, r.plain_name, r.target.indicator if r.target else "", r.figure_name) if n]
    known += [t.indicator for t in ds.targets]  # a target already said to be wrong (its unit): not again (qa12 F12)
    year_end = ds.settings is not None and ds.settings.month >= 12
    return progress_inputs(ds.location, ds.tables, {r.name: r.unit for r in results}, known,
                           ds.settings.year if ds.settings else None,
                           year_end_targets=[t.indicator for t in ds.targets] if year_end else None)


def _likely_year(ds: Dataset) -> int:
    """Return the latest year of the project ledger (a stand-in when 年度 cannot be read)."""
    t = ds.tables.get("项目台账")
    years = [r.values.get("年度") for r in t.rows] if t is not None else []
    return max((y for y in years if isinstance(y, int)), default=2000)


def check_source(source: WorkbookSource | Path | str, plugins: Sequence[Path | str] = ()) -> list[Problem]:
    """Return every problem of the workbook (errors and 提示), computing indicators as a check."""
    return analyse(open_source(source), plugins, by_county=False)[3]


def load_report(workbook: WorkbookSource | Path | str, plugins: Sequence[Path | str] = (), *,
                publish: bool = True, template_dir: Path | None = None) -> YearReport:
    """Return the year report of a workbook; raise CheckFailed listing every error found, and, when
    the report is for ``publish``ing (a document, a mail), NotConfirmed listing every 须核对 item
    the office has not confirmed in 「核对记录」 (``fill`` and drafts pass ``publish=False``). A
    document's ``template_dir`` (``--template``) gives the unit types' not-evaluated indicators."""
    source = open_source(workbook)
    ds, _, results, problems = analyse(source, plugins, template_dir=template_dir)
    # nothing reported yet is only a hint for check; no report can be written from it
    problems = [replace(p, severity="错误") if p.found.startswith(checks.NOTHING_REPORTED) else p
                for p in problems]
    if any(p.severity == "错误" for p in problems):
        raise CheckFailed(problems)
    record = ds.sheets.get(confirm.SHEET)
    unconfirmed = confirm.unconfirmed(problems, record)
    if publish and unconfirmed:
        raise confirm.NotConfirmed(unconfirmed, source.location)
    from kjreport.summary.precision import tie_shown_figures

    tie_shown_figures(results)  # one figure, one rank: as every document shows the counties
    return YearReport(
        source=source.location, settings=ds.settings, plan=ds.plan, results=results, notes=ds.notes,
        counties=ds.counties, county_types=ds.county_types, outside_total=tuple(ds.outside_total),
        next_year=ds.next_year,
        problems=[p for p in problems if p.severity != "错误"], unconfirmed=unconfirmed, record=record,
        progress=_progress_inputs(ds, results), unit_sheets=unitsheets.unit_names(ds.tables),
    )


def indicator_catalogue(workbook: WorkbookSource | Path | str | None = None,
                        plugins: Sequence[Path | str] = ()) -> list:
    """Return the ``Listed`` indicators: built-ins, the catalogue, user files and a workbook's rows."""
    from kjreport.indicators.catalogue import load_catalogue
    from kjreport.indicators.listing import indicator_list
    from kjreport.indicators.reported import field_name, is_reported

    reported: dict[str, str] = {}
    extra = list(plugins)
    if workbook is not None:
        ds = read_dataset(open_source(workbook))
        extra = plugin_paths(ds, plugins)
        reported = {field_name(k): f.source for k, f in ds.fields.items() if is_reported(k)}
    return indicator_list(build_registry(extra), load_catalogue(), reported)
