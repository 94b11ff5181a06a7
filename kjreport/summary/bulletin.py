"""County bulletins (县区通报): one document per county, built in parallel.

Each bulletin states the county's figures with their rank among the counties and the
indicators where it declined or ranks last. Wording: ``templates/summary/county.j2``.
"""

from __future__ import annotations

import gc
import os
import re
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path
from typing import Any

from kjreport import text as tx
from kjreport.errors import KjreportError
from kjreport.indicators.groups import ZONE_TYPES, rank_groups
from kjreport.model import IndicatorResult, YearReport
from kjreport.summary.blocks import parse_blocks, write_blocks
from kjreport.summary.builder import (
    base_context,
    captions,
    first_county_result,
    report_date,
    unconfirmed_notice,
)
from kjreport.summary.compared import compared_results, stated_results
from kjreport.summary.facts import not_applicable
from kjreport.summary.precision import county_figure_decimals, percent_decimals
from kjreport.summary.redhead import add_imprint, add_masthead, redhead, unit_serials
from kjreport.summary.shortfalls import county_shortfalls
from kjreport.summary.tables import NA as NOT_APPLICABLE
from kjreport.summary.tables import joined_notes, marked_note, outside_note
from kjreport.summary.units import county_type
from kjreport.summary.views import ResultView, group_results
from kjreport.templating import TemplateSet, configured_template_dir
from kjreport.text.numbers import is_zero


class UnknownCounty(KjreportError):
    """The county asked for has no figures in the workbook."""


def county_names(report: YearReport) -> list[str]:
    """Return the counties of ``report`` in workbook order."""
    if report.counties:
        return list(report.counties)
    seen: list[str] = []
    for r in report.results:
        for c in r.counties:
            if c.county not in seen:
                seen.append(c.county)
    return seen


def part_groups(report: YearReport, views: list[ResultView]) -> list[tuple[str, list[ResultView]]]:
    """Return ``views`` grouped under the plan's parts (一、二、…), in plan order, as
    (part title, views); results stated only under 主要任务目标 (所属条目 总) or under no part
    come first with an empty title: the city's headline targets, not part 一's (QA6 F11)."""
    parts = [c for c in report.plan.children]
    titles = {p.code: p.title for p in parts}
    grouped: dict[str, list[ResultView]] = {p.code: [] for p in parts}
    loose: list[ResultView] = []
    for v in views:
        codes = [c.split(".")[0] for c in v.result.plan_items if c != report.plan.code]
        part = next((c for c in codes if c in grouped), None)
        (grouped[part] if part else loose).append(v)
    headline = [("", loose)] if loose else []
    return headline + [(titles[code], vs) for code, vs in grouped.items() if vs]


def _rank_cell(c: Any) -> str:
    if not c.ranked:
        return "—"
    return f"{c.rank}（并列）" if c.tied > 1 else str(c.rank)


def _change_cell(r: ResultView, c: Any, decimals: int = 0) -> str:
    if r.is_ratio:
        return tx.signed_pp(c.change_pp, "—", decimals)
    return tx.signed_pct(c.yoy, "—")


class BulletinShared:
    """What every bulletin of one report shares, computed once (per worker process in a batch):
    the compiled templates, the county names, the base context with its facts (which walk every
    county of every headline indicator) and the county-type exclusions."""

    def __init__(self, report: YearReport, template_dir: Path | None = None, draft: bool = False):
        template_dir = template_dir or configured_template_dir(report.settings.extra, report.source)
        self.templates = TemplateSet(template_dir, draft=draft)
        self.names = county_names(report)
        self.known = set(self.names)
        # what 附件2 of the summary compares: the targets counted by county, else the reported
        # columns without their denominators (QA6 F18: never "尚未报送" to a unit that reported)
        self.with_target = compared_results(report, has_breakdown)
        # the other columns the units reported: stated, never ranked nor judged (qa23 F7)
        self.with_target += [replace(r, counties=[replace(c, rank=None) for c in r.counties])
                             for r in stated_results(report, has_breakdown)]
        self.not_applicable = not_applicable(self.templates, report)
        self.context = base_context(report, self.templates)
        self.first_county_result = [first_county_result(report)]  # the captions' 县区 indicator
        self.reporting_units = reporting_units(report, self.names, self.context["county_word"])
        # 排名分组: a county ranked among the 县（市）区 or the 开发区 (QA6 F20), {} for one list
        self.groups = rank_groups(self.names, report.county_types, report.settings.extra)
        self.serials = unit_serials(report.settings, self.names)  # 设置 通报编号: each unit's 发文字号
        self._views: dict[frozenset[str], tuple[list[ResultView], list[ResultView]]] = {}

    def views(self, excluded: set[str]) -> tuple[list[ResultView], list[ResultView]]:
        """Return the views of the indicators with county figures, less ``excluded``: grouped
        (shares folded into their amounts, paired targets) and flat (shares separate). Every
        county of one type gets the same lists: they are built once per type, not per bulletin
        (the grouping compares every result with every other)."""
        key = frozenset(excluded)
        got = self._views.get(key)
        if got is None:
            applicable = [r for r in self.with_target if r.name not in excluded]
            got = self._views[key] = (_unpaired(group_results(applicable)), [ResultView(r) for r in applicable])
        return got


def _unpaired(views: list[ResultView]) -> list[ResultView]:
    """Return ``views`` with each paired target (净增 and 总数 of one indicator, see
    ``views._pair_targets``) back on its own: a unit's notice states its year-end stock and its
    同比 beside its 净增, and ranks each (qa10 F43: the stock was dropped)."""
    out: list[ResultView] = []
    for v in views:
        companion, v.companion = v.companion, None
        if companion is not None and _same_figures(v, companion):
            # a share's 提高 and 达…% targets: one figure, one change — one row and one sentence,
            # ranked by the rise with the level's rank beside it (qa12b F2: never the figure twice)
            lead, partner = (v, companion) if _by_rise(v) else (companion, v)
            lead.rank_partner = partner
            out.append(lead)
            continue
        out.append(v)
        if companion is not None:
            out.append(companion)
    return out


def _by_rise(v: ResultView) -> bool:
    return v.result.target is not None and v.result.target.kind == "提高"


def _same_figures(a: ResultView, b: ResultView) -> bool:
    """Return True when ``a`` and ``b`` are one share's two targets (提高 and 总量): the same units'
    figures, so a notice says them once."""
    if a.result.kind != "ratio" or b.result.kind != "ratio" or _by_rise(a) == _by_rise(b):
        return False
    figures = [[(c.county, c.value) for c in r.result.counties] for r in (a, b)]
    return figures[0] == figures[1]




def reporting_units(report: YearReport, names: list[str], county_word: str) -> str:
    """Return who reported, as the notice's opening names them: 县区, or 县区、开发区 when the
    类型 column puts 开发区/高新区 beside the 县(市)区 (QA6 F11: a 开发区 is not one of 各县区)."""
    from kjreport.summary.units import TOWN_WORDS

    typed = {n: county_type(report, n) for n in names}
    kinds = set(typed.values())
    zones = [k for k in ZONE_TYPES if k in kinds]
    if zones and kinds - set(zones):
        named = [n for n, k in typed.items() if k in zones]
        if county_word in TOWN_WORDS and len(named) == 1:
            return f"{county_word}、{named[0]}"  # 各街镇、莘庄工业区 (QA8 F3)
        if len(zones) > 1 or not set(zones) <= {"开发区", "高新区"}:  # 经开区 and 风景名胜区 (QA9 F7)
            # (县（市）区 where a 县级市 is among them: ``summary.units.document_word``)
            return f"{county_word}和功能区"
        return "、".join([county_word, *zones])
    return county_word


def has_breakdown(r: IndicatorResult) -> bool:
    """Return True when the counties' figures say something: one is non-zero, or the city
    figure itself is zero (then 本年度尚无 is true for every county). All zeros beside a city
    figure mean the breakdown is missing, not that every county has none."""
    values = [c.value for c in r.counties if c.value is not None]
    if not values:
        return False
    if any(not is_zero(float(v), 2) for v in values):
        return True
    return r.value is not None and is_zero(float(r.value), 2)


def build_county_bulletin(
    report: YearReport,
    county: str,
    *,
    template_dir: Path | None = None,
    draft: bool = False,
    reference: Path | None = None,
    shared: BulletinShared | None = None,
) -> Any:
    """Return the ``OfficialDocument`` of the 通报 for ``county``.

    ``shared`` (from ``BulletinShared(report, template_dir, draft)``) lets a batch build the
    per-report part once; without it the bulletin builds its own.
    """
    from kjreport.docx import OfficialDocument

    if shared is None:
        shared = BulletinShared(report, template_dir, draft)
    if county not in shared.known:
        raise UnknownCounty(
            f"工作簿 {Path(report.source).name} 的{report.unit_sheets[0]}中没有「{county}」；"
            f"应为以下之一：{'、'.join(shared.names)}。"
        )
    templates = shared.templates
    kind = county_type(report, county)
    excluded = shared.not_applicable(county)
    with_target = shared.with_target
    grouped, flat = shared.views(excluded)  # flat: shares separate
    views = [v for v in grouped if v.county(county)]
    context = shared.context | {
        "county": county,
        "county_type": kind,
        "results": flat,
        # declined, last (末位) or below the city's growth target: listed as work to speed up
        "shortfalls": county_shortfalls(flat, county, report.settings),
        "parts": part_groups(report, views),
        "excluded": [r.name for r in with_target if r.name in excluded],
        "reporting_units": shared.reporting_units,
        "rank_scope": shared.groups.get(county) or shared.context["scope"],
    }
    caps = captions(templates, report, county, shared.first_county_result, shared.context["county_word"])

    issued = report_date(report)
    head = redhead(report.settings, issued.year, shared.serials.get(county, ""))
    doc = OfficialDocument(reference, draft=draft)
    add_masthead(doc, head)  # a 下行文: 版头 and 版记 (GB/T 9704 7.2, 7.4; qa12b F28)
    doc.title(caps.county_title)
    unconfirmed_notice(doc, report)
    templates.new_document()
    blocks = parse_blocks(templates.render("county.j2", **context))
    if blocks and blocks[0].kind == "paragraph" and blocks[0].plain.endswith("："):
        doc.paragraph(blocks[0].plain, indent=False)  # 主送机关: flush left (GB/T 9704 7.3.2)
        blocks = blocks[1:]
    write_blocks(doc, blocks)
    rows = []
    shown_kinds: dict[str, list[str]] = {}  # what the table holds, for its notes: ratio, zero, growth
    for v in views:
        for r in (v, v.share) if v.share else (v,):
            c = r.county(county)
            if c is not None and c.value is not None and not c.marked:
                for k, on in (("ratio", r.is_ratio), ("zero", c.zero), ("growth", c.by_growth)):
                    if on:
                        shown_kinds.setdefault(k, []).append(r.trend_name if k != "growth" else
                                                             f"{r.trend_name}\t{c.ranked_on}")
            if c is not None and c.marked:  # 「/」 in the workbook: not applicable, as an official table writes it
                rows.append([r.trend_name, r.unit, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE])
            elif c is not None:
                decimals = percent_decimals(r.result)  # the change, as the sentence
                # the figure as the notice's own sentence states it: 附件2's digits (0.031 beside
                # 0.030, QA7 F12), an amount's trailing zeros dropped (70亿元, never 70.0 under it)
                shown = county_figure_decimals(r.result, c.value)
                # in the unit the sentence says it in: 1.88亿元 there, never 18800 万元 here (qa11 F26),
                # 460万元 there, never 0.046 亿元 here (qa16 F3)
                value, unit = tx.said_unit(c.value, r.unit)
                figure = tx.plain(c.value, r.unit, at_least=shown) if unit == r.unit else tx.plain(value, unit)
                rows.append([r.trend_name, unit, figure, _change_cell(r, c, decimals), _rank_cell(c)])
    if rows:
        doc.attachment_note([caps.county_table_title])
    doc.signature(caps.signature, tx.cn_date(issued))
    doc.properties(caps.county_title, report.settings.organization)
    if rows:
        doc.page_break()
        doc.attachment_heading(None, caps.county_table_title)
        doc.table(
            # before December the figures are 1—N月's, against 上年同期 (qa12b F29)
            ["指标", "单位", "本年" if report.settings.month >= 12 else f"1—{report.settings.month}月", "同比增减",
             f"{shared.groups.get(county) or tx.scope(report.settings.city, report.settings.organization)}位次"],
            rows,
            number_cols=(2, 3, 4),
            col_widths_mm=(62, 18, 26, 28, 22),
        )
        note = _table_note(caps, shown_kinds)
        note = joined_notes(note, outside_note(report, county))  # 类型 不计入合计: as 附件2 says
        if any(row[2] == NOT_APPLICABLE for row in rows):
            note = marked_note(caps, note)
        if note:
            doc.table_note(note)
    add_imprint(doc, head, tx.cn_date(issued))
    return doc


def _table_note(caps: Any, kinds: dict[str, list[str]]) -> str:
    """Return the note under a bulletin's table: one clause for each kind of row it holds
    (``kinds``: ratio → 同比增减 in 百分点; zero → not ranked; growth → these rows ranked by their
    growth, named), none when it holds none of them (qa10 F19). A copied older captions.j2 has
    one fixed note: that one is used."""
    clauses = {k: getattr(caps, f"county_table_note_{k}", None) for k in ("ratio", "zero", "growth")}
    if any(v is None for v in clauses.values()):
        return getattr(caps, "county_table_note", "")
    said = [clauses[k] for k in ("ratio", "zero") if k in kinds and clauses[k]]
    if kinds.get("growth") and clauses["growth"]:
        by: dict[str, list[str]] = {}
        for entry in kinds["growth"]:
            name, basis = entry.split("\t")
            by.setdefault(basis, []).append(name)
        for basis, names in by.items():
            said.append(f"{'、'.join(names)}{str(clauses['growth']).replace('增速', basis)}")
    return f"注：{'；'.join(said)}。" if said else ""


def safe_filename(name: str) -> str:
    """Return ``name`` without characters Windows forbids in file names."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("._") or "通报"


def bulletin_file_name(county: str, year: int, kind: str = "科技工作通报") -> str:
    """Return the file name of ``county``'s bulletin: ``<县区><年度>年<kind>.docx``."""
    return f"{safe_filename(county)}{year}年{kind}.docx"


class BulletinFiles(list):
    """The bulletins written, in county order; ``notes``: one sentence (Chinese) for each
    bulletin saved as a new version because the one in the folder differs from it (edited);
    ``placeholders``: path → the 【待补充】 markers left in that bulletin (as
    ``kjreport.mail.content.read_content`` would find them in the file), for every path."""

    def __init__(self, paths: list[Path], notes: list[str], placeholders: dict | None = None):
        super().__init__(paths)
        self.notes = notes
        self.placeholders = placeholders if placeholders is not None else {}


# worker state: the report is sent once per process, not once per county
_WORKER: dict[str, Any] = {}


def _init_worker(
    report: YearReport, outdir: Path, template_dir: Path | None, reference: Path | None,
    kind: str = "科技工作通报", force: bool = False,
) -> None:
    _WORKER.clear()
    _WORKER.update(
        report=report, outdir=outdir, template_dir=template_dir, reference=reference, kind=kind,
        force=force,
    )


def _shared() -> BulletinShared:
    """Return this process's ``BulletinShared``, building it on first use (views, county index,
    facts, compiled templates)."""
    shared = _WORKER.get("shared")
    if shared is None:
        shared = _WORKER["shared"] = BulletinShared(_WORKER["report"], _WORKER["template_dir"])
        shared.templates.env.get_template("county.j2")
        # the report lives as long as the worker: keep the collector from walking it again
        # and again (at 1,500 counties that walk was a third of a bulletin's CPU)
        gc.freeze()
    return shared


def _prepare_worker(*init: Any) -> None:
    """Set up this process as a worker of the batch ``init`` (``_init_worker``'s arguments) with
    everything a bulletin needs once per report: the shared part, the prepared reference
    document, python-docx imported. A pool forked from here starts with it all, instead of
    every process building it again; a template error is raised here, before any process starts."""
    from kjreport.docx.document import _prepared, default_reference
    from kjreport.docx.versions import save_versioned  # noqa: F401  (imported once, before forking)

    _init_worker(*init)
    _prepared(_WORKER["reference"] or default_reference())
    _shared()


def _join_worker(*init: Any) -> None:
    """Pool initializer: keep the worker state a forked process inherited from
    ``_prepare_worker`` when it is this batch's; otherwise (a spawned process, as on Windows)
    start afresh from ``init``."""
    if _WORKER.get("report") is not init[0]:
        _init_worker(*init)


def _write_one(county: str, names: tuple[str, ...] | None = None) -> tuple[Path, str, list]:
    """Write ``county``'s bulletin; return (where it went, a note or "", the 【待补充】 markers
    left in it). ``names``: the files already in the folder that are this bulletin or a version
    of it (the batch lists the folder once); None: list the folder here."""
    from kjreport.docx.versions import save_versioned, stamp

    report = _WORKER["report"]
    doc = build_county_bulletin(
        report,
        county,
        template_dir=_WORKER["template_dir"],
        reference=_WORKER["reference"],
        shared=_shared(),
    )
    marks = doc.placeholders()
    out = _WORKER["outdir"] / bulletin_file_name(county, report.settings.year, _WORKER["kind"])
    if _WORKER.get("force"):
        written = Path(doc.save(out) or out)
        stamp(written)
        return written, "", marks
    # an edited bulletin (its text differs from this one's) is kept: this one becomes 第N版
    return (*save_versioned(out, doc.save, "通报", names), marks)


def _earlier_files(outdir: Path, names: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Return, for each county of ``names`` (county → its bulletin's file name), the files in
    ``outdir`` that are its bulletin or a numbered version of it: the folder is listed once here
    rather than once per bulletin (a per-bulletin listing grows with the county count)."""
    from kjreport.docx.versions import base_name

    county_of = {os.path.normcase(name): county for county, name in names.items()}
    found: dict[str, list[str]] = {}
    for entry in os.listdir(outdir):
        county = county_of.get(os.path.normcase(base_name(entry)))
        if county is not None:
            found.setdefault(county, []).append(entry)
    return {county: tuple(entries) for county, entries in found.items()}


def write_county_bulletins(
    report: YearReport,
    outdir: Path,
    jobs: int | None = None,
    *,
    template_dir: Path | None = None,
    reference: Path | None = None,
    progress: bool = True,
    kind: str = "科技工作通报",
    counties: list[str] | None = None,
    force: bool = False,
) -> BulletinFiles:
    """Write one 通报 per county into ``outdir`` using ``jobs`` processes; return the paths
    (in county order) with the notes about edited bulletins kept.

    Files are named ``<县区><年度>年<kind>.docx``; ``counties`` limits the batch to those
    counties (default: every county of the report). A bulletin already in the folder is replaced
    only when its text and tables are what is written now; an edited one is kept and the new
    bulletin saved as ``…（第2版）.docx`` (see ``kjreport.docx.versions``), unless ``force``.
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    known = county_names(report)
    if not known:
        raise UnknownCounty(
            f"工作簿 {Path(report.source).name} 没有{report.unit_sheets[0]}，无法生成县区通报；"
            f"请在「{report.unit_sheets[0]}」工作表中填写各县区数值。"
        )
    if not compared_results(report, has_breakdown):
        from kjreport.summary.units import unit_word

        word = unit_word(report)
        raise UnknownCounty(
            f"工作簿 {Path(report.source).name} 中没有可在各{word}间比较的指标：「目标任务」中没有按"
            f"{word}统计的指标，「{report.unit_sheets[0]}」和各台账中也没有各{word}的数值，无法生成{word}通报；"
            f"请先在「{report.unit_sheets[0]}」工作表中填写各{word}的数值。"
        )
    if counties is None:
        counties = known
    else:
        known_set = set(known)
        unknown = [c for c in counties if c not in known_set]
        if unknown:
            raise UnknownCounty(
                f"工作簿 {Path(report.source).name} 的{report.unit_sheets[0]}中没有「{'、'.join(unknown)}」；"
                f"应为以下之一：{'、'.join(known)}。"
            )
    year = report.settings.year
    earlier = {} if force else _earlier_files(
        outdir, {c: bulletin_file_name(c, year, kind) for c in counties}
    )
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(counties)))
    init = (report, outdir, template_dir, reference, kind, force)
    written: dict[str, tuple[Path, str, list]] = {}
    _prepare_worker(*init)  # once, here: a forked pool inherits it
    try:
        bar = _progress(progress)
        with bar:
            from kjreport.summary.units import unit_word

            task = bar.add_task(f"生成{unit_word(report)}通报", total=len(counties))
            if jobs == 1:
                for county in counties:
                    written[county] = _write_one(county, earlier.get(county, ()))
                    bar.advance(task)
            else:
                with ProcessPoolExecutor(jobs, initializer=_join_worker, initargs=init) as pool:
                    futures = {pool.submit(_write_one, c, earlier.get(c, ())): c for c in counties}
                    for future in as_completed(futures):
                        written[futures[future]] = future.result()
                        bar.advance(task)
    finally:
        gc.unfreeze()  # this is the caller's process: give the objects back
        _WORKER.clear()
    return BulletinFiles(
        [written[c][0] for c in counties],
        [written[c][1] for c in counties if written[c][1]],
        {written[c][0]: written[c][2] for c in counties},
    )


def _progress(enabled: bool) -> Any:
    from kjreport.feedback import make_progress

    return make_progress(enabled)
