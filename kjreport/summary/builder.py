"""The year-end summary (工作总结): a ``YearReport`` in, an ``OfficialDocument`` out.

The order of the parts is fixed here (title, opening, 一 完成情况, 二 存在的问题, 三 工作打算,
署名, 附件); every sentence comes from the wording templates in ``templates/summary``.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from kjreport import text as tx
from kjreport.indicators.catalogue import short_names
from kjreport.model import IndicatorResult, YearReport
from kjreport.summary.blocks import Block, parse_blocks, run_on_items, write_blocks
from kjreport.summary.facts import (
    collect_facts,
    headline_only_results,
    headlines_are_tasks,
    not_applicable,
    overview_results,
)
from kjreport.summary.tables import (
    COMPLETION_HEADERS,
    completion_note,
    completion_rows,
    county_results,
    county_table,
    county_table_marked,
    county_tail,
    joined_notes,
    lag_note,
    marked_note,
    outside_note,
    reported_note,
    rounding_note,
)
from kjreport.summary.units import document_word, unit_words, zones_under_committee
from kjreport.summary.views import node_view, overview_groups
from kjreport.templating import COMMENT_SPAN, TemplateSet, configured_template_dir
from kjreport.text.shortnames import shorten_repeats


def report_date(report: YearReport) -> dt.date:
    """Return the 成文日期: Settings.report_date, else today."""
    return report.settings.report_date or dt.date.today()


def base_context(report: YearReport, templates: TemplateSet | None = None) -> dict[str, Any]:
    """Return what every summary template sees (with ``templates``, facts leave out indicators
    that do not apply to a county's type)."""
    excluded = not_applicable(templates, report) if templates is not None else None
    return {
        "report": report,
        "settings": report.settings,
        "year": report.settings.year,
        "date": report_date(report),
        "facts": collect_facts(report, excluded),
        "scope": tx.scope(report.settings.city, report.settings.organization),  # 全市 (全省 for a province's workbook)
        "county_word": document_word(report),  # 县区 (县（市）区 with a 县级市), or 乡镇/街镇 for a county bureau's townships
        "zone_committee": zones_under_committee(report),  # a 县/区's 工业区 is addressed as 管委会
        # 市委、市政府 (县委、县政府 for a county's bureau; 设置's 领导机关 when given)
        "leadership": tx.leadership(report.settings.organization, report.settings.city,
                                    report.settings.extra.get("领导机关", "")),
        "own_unit": tx.own_unit(report.settings.organization),  # 我局; 我厅 for a 科学技术厅
        **unit_words(report.settings),
    }



def captions(
    templates: TemplateSet,
    report: YearReport,
    county: str = "",
    first: list[IndicatorResult | None] | None = None,
    county_word: str | None = None,
) -> Any:
    """Return the fixed texts of ``captions.j2`` (title, table and chart names, signature).
    ``first``: ``[first_county_result(report)]`` when the caller has it already (a batch of
    bulletins finds it once: the search walks the counties)."""
    first = first_county_result(report) if first is None else first[0]
    return templates.module(
        "captions.j2",
        report=report,
        settings=report.settings,
        year=report.settings.year,
        date=report_date(report),
        scope=tx.scope(report.settings.city, report.settings.organization),
        county_word=county_word or document_word(report),
        county=county,
        county_indicator=first.figure_name if first else "",
        county_unit=first.unit if first else "",
        **unit_words(report.settings),
    )


def first_county_result(report: YearReport) -> IndicatorResult | None:
    """Return the indicator the county table and chart lead with (None when no county figures)."""
    return next(iter(county_results(report, 1)), None)


def _charts(doc: Any, report: YearReport, caps: Any, which: str) -> None:
    """Add the completion chart or the county chart as a native Word chart (vector, editable)."""
    from kjreport.docx import charts

    if which == "completion":
        items = [
            (r.row_name, r.completion, r.status)  # as 附件1's table names the row (新增高新技术企业, qa11 F26)
            for r in report.results
            if r.target is not None and not r.target.is_percentage and tx.is_number(r.completion)
            and r.target.comparison != "≤"  # 控制在…以内: a rate below 100% is the good side
        ]
        if items:
            doc.chart(charts.completion_native(items), 156, caps.completion_chart)
        return
    first = first_county_result(report)
    if first is None:
        return
    values = [(c.county, c.value) for c in first.counties if tx.is_number(c.value)]
    if values:
        from kjreport.summary.precision import county_decimals

        chart = charts.county_native(values, first.figure_name, first.unit, county_decimals(first))
        doc.chart(chart, 156, caps.county_chart)


def unconfirmed_notice(doc: Any, report: YearReport) -> None:
    """Write, under a draft's title, the 须核对 items not yet confirmed in 「核对记录」: a draft for
    internal reading may be made before they are settled, and says so on its first page."""
    items = getattr(report, "unconfirmed", None)
    if not doc.draft or not items:
        return
    doc.paragraph(f"【草稿】以下 {len(items)} 处数据须核对，尚未在「核对记录」中确认；本稿中相关数字可能有误，"
                  "改正或确认后才能生成正式文件：", indent=False)
    for i, p in enumerate(items, 1):
        doc.paragraph(f"{i}. {p.sentence}", indent=False)


def said_once(parts: list[list[Block]], names: tuple[str, ...]) -> list[list[Block]]:
    """Return the parts with a long indicator name said in full once in the document, then by
    its 简称 (全社会R&D经费投入 → 研发投入; the catalogue's data), in body paragraphs only — not in
    full again at the top of 存在的问题 after the text has said 研发投入强度 (qa19 F4)."""
    texts = [b.text for blocks in parts for b in blocks if b.kind == "paragraph"]
    shortened = iter(shorten_repeats([texts], short_names(), names, COMMENT_SPAN)[0])
    return [[replace(b, text=next(shortened)) if b.kind == "paragraph" else b for b in blocks]
            for blocks in parts]


def build_summary(
    report: YearReport,
    *,
    template_dir: Path | None = None,
    charts: bool = True,
    draft: bool = False,
    reference: Path | None = None,
) -> Any:
    """Return the ``OfficialDocument`` of the year-end summary of ``report``."""
    from kjreport.docx import OfficialDocument

    templates = TemplateSet(template_dir or configured_template_dir(report.settings.extra, report.source), draft=draft)
    context = base_context(report, templates)
    headline_only = headline_only_results(report)
    overview = [v for v in overview_results(report) if v.name not in {h.name for h in headline_only}]
    if headlines_are_tasks(report):
        overview = []  # each figure is stated once, under its task (QA8 F18)
    context.update(
        plan=node_view(report, report.plan),
        overview=overview,
        overview_groups=overview_groups(overview),
        headline_only=headline_only,
        next_year=report.next_year,
    )
    headers, county_rows = county_table(report)
    # where the summary's text sends the reader for each target's completion (qa12b F20)
    context["completion_annex"] = "附件1" if county_rows else "附件"
    caps = captions(templates, report)

    doc = OfficialDocument(reference, draft=draft)
    doc.title(caps.title)
    unconfirmed_notice(doc, report)
    parts = []
    for part in ("opening.j2", "completion.j2", "problems.j2", "plans.j2"):
        blocks = parse_blocks(templates.render(part, **context))
        if part == "completion.j2":
            blocks = run_on_items(blocks, limit=RUN_ON_PARAGRAPH)
        elif part == "problems.j2":  # 存在的问题 as real summaries set them: few, long paragraphs (qa12b F20)
            blocks = run_on_items(blocks, limit=PROBLEMS_PARAGRAPH, greedy=True)
        parts.append(blocks)
    for blocks in said_once(parts, tuple(r.name for r in report.results)):
        write_blocks(doc, blocks)

    attachments = [caps.completion_table] + ([caps.county_table] if county_rows else [])
    doc.attachment_note(attachments)
    doc.signature(caps.signature, tx.cn_date(report_date(report)))
    doc.properties(caps.title, report.settings.organization)

    doc.page_break()
    doc.attachment_heading(1 if len(attachments) > 1 else None, caps.completion_table)
    rows = completion_rows(report)
    doc.table(
        COMPLETION_HEADERS,
        rows,
        number_cols=(3, 4, 5, 6),
        col_widths_mm=(9, 50, 12, 13, 13, 19, 19, 21),
    )
    # the note on how a share's or a growth's row reads only under a table with one (qa16 F5, qa23 F11)
    doc.table_note(joined_notes(completion_note(caps, report), stretch_note(report), lag_note(report)))
    if charts:
        _charts(doc, report, caps, "completion")
    if county_rows:
        doc.page_break()
        doc.attachment_heading(2, caps.county_table)
        widths = county_table_widths(headers, county_rows)
        # a short table (a city's 区县, a county's 乡镇) stays whole on its page, a chart that
        # does not fit under it going to the next page; a longer one splits (qa15 F3)
        whole = fits_on_page(headers, county_rows, widths)
        doc.table(
            headers, county_rows, number_cols=tuple(range(1, len(headers))), col_widths_mm=widths,
            whole=whole, tail=county_tail(report),
        )
        note = joined_notes(outside_note(report), reported_note(report),  # 不计入合计; 全市 reported
                            lag_note(report, county_results(report)),  # 全市 of an earlier year
                            rounding_note(headers, county_rows, caps))  # +0.09 beside 2.01 and 1.91
        if county_table_marked(report):
            doc.table_note(marked_note(caps, note))
        elif note:
            doc.table_note(note)
        if charts:
            # a longer table's last row goes on with the chart: a chart that does not fit under
            # the table takes a row or two with it, never a page of its own (qa12b F24)
            if not whole:
                doc._keep_tail_with_next()
            _charts(doc, report, caps, "county")
    return doc


def stretch_note(report: YearReport) -> str:
    """Return the note under 附件1 for targets with a 争取值 (达到50家、争取100家) that were passed but
    whose 争取值 was not: their 状态 is 完成 beside a higher 完成率 elsewhere called 超额完成, which
    reads as an error unless said (qa10 F8); "" when there is none."""
    short = [r for r in report.results if r.target is not None and r.target.stretch is not None
             and r.status == "完成" and r.completion is not None and r.completion > 100]
    if not short:
        return ""
    names = "、".join(r.row_name for r in short)  # as 附件1 names the rows (新增高新技术企业)
    return f"{names}设有争取目标，超过年度目标但未达到争取目标，状态记为“完成”。"


RUN_ON_PARAGRAPH = 350  # characters: a section's short 一是/二是… run on in one paragraph up to this
PROBLEMS_PARAGRAPH = 300  # characters: 存在的问题's 一是/二是… are packed into paragraphs up to this
# rows of a 县区/乡镇 table (its 合计 row too) kept whole on one page: a page under the 附件
# heading holds about 30 one-line rows of 小4号, 15 leaves room for names that wrap
WHOLE_TABLE_ROWS = 15
# lines of 附件2 (its header's wrapped lines and every row's) that fit on the page under the 附件
# heading and title with the note: a longer table of one-line rows (大冶's 16) stays whole too (qa20 F5)
WHOLE_TABLE_LINES = 24
TABLE_WIDTH_MM = 156.0  # the 版心 of GB/T 9704 (156 mm)
CHAR_MM = 4.3  # one Chinese character of the table's 五号/小四 text, with its share of the cell margin


def fits_on_page(headers: list[str], rows: list[list[str]], widths: tuple[float, ...] | None) -> bool:
    """Return True when 附件2 is kept whole on one page: ``WHOLE_TABLE_ROWS`` rows or fewer, or, its
    column widths known, no more than ``WHOLE_TABLE_LINES`` lines once its cells wrap (qa20 F5: 16
    one-line rows split 13 + 3, the last three going to the next page with the chart)."""
    if len(rows) <= WHOLE_TABLE_ROWS:
        return True
    if not widths:
        return False

    def lines(row: list[str]) -> int:
        return max(math.ceil(sum(0.5 if ord(ch) < 128 else 1 for ch in str(text)) * CHAR_MM / width) or 1
                   for text, width in zip(row, widths, strict=False))

    return lines(headers) + sum(lines(r) for r in rows) <= WHOLE_TABLE_LINES


def county_table_widths(headers: list[str], rows: list[list[str]]) -> tuple[float, ...] | None:
    """Return 附件2's column widths (mm) by content: the unit names as wide as the longest needs
    (洛阳高新技术产业开发区 on one line), each 位次 column as wide as its header, the rest (figures, 上年,
    增减) shared — never a 1/4-page name column beside one figure spanning the page (qa10 F13)."""
    ranks = [i for i, h in enumerate(headers) if i and h.endswith("位次")]
    figures = [i for i in range(1, len(headers)) if i not in ranks]
    if not ranks or not figures:
        return None
    rank = max(len(headers[i]) for i in ranks) * CHAR_MM + 4
    longest = max([len(str(r[0])) for r in rows] + [len(headers[0])])
    figure_min = 22.0
    # a subtotal's label stays on one line (「县市区小计」 wrapped in a 21 mm column beside four
    # indicators — fix22, fix24 finding 10): the figures give way, a long unit name may wrap
    subtotal = max([len(str(r[0])) for r in rows if str(r[0]).endswith("小计")], default=0) * CHAR_MM + 4
    name = max(21.0, subtotal,
               min(longest * CHAR_MM + 4, TABLE_WIDTH_MM - len(ranks) * rank - len(figures) * figure_min))
    figure = (TABLE_WIDTH_MM - name - len(ranks) * rank) / len(figures)
    return (round(name, 1),) + tuple(round(rank if i in ranks else figure, 1) for i in range(1, len(headers)))


def write_summary(report: YearReport, out: Path, **kw: Any) -> Path:
    """Build the summary and save it to ``out``; return the path written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return build_summary(report, **kw).save(out)
