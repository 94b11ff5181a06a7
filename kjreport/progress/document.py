"""The 进度通报 as an official document, on the summary's path: views → templates → docx.

The order of the parts is fixed here (title, 主送, opening, 一 总体情况, 二 进展滞后的工作,
三 下步工作要求, 署名, 附件); every sentence comes from ``templates/progress``; layout, tables,
charts and the county table are the summary's own.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

from kjreport import text as tx
from kjreport.progress.assess import stock_completion
from kjreport.progress.model import ANNUAL, BEYOND, FELL, ProgressItem, ProgressReport
from kjreport.progress.sheet import COLOURS, data_year_suffix
from kjreport.progress.views import progress_context, target_figures
from kjreport.summary.blocks import parse_blocks, write_blocks
from kjreport.summary.builder import county_table_widths, report_date, unconfirmed_notice
from kjreport.summary.redhead import add_imprint, add_masthead, redhead
from kjreport.summary.tables import (
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
from kjreport.templating import TemplateSet, configured_template_dir

TABLE_HEADERS = [
    "序号", "指标", "单位", "年度目标", "累计完成", "完成率（%）", "应完成（%）", "快/慢（个百分点）",
    "进度判断", "责任科室",
]
TABLE_WIDTHS_MM = (8, 33, 11, 14, 15, 14, 14, 15, 17, 15)
_NAME_COL = TABLE_HEADERS.index("指标")
NAME_LINE_CHARS = (6, 10)  # characters a line the 指标 column keeps at least / at most
_VERDICT_COL = TABLE_HEADERS.index("进度判断")
_PARTS = ("overview.j2", "lagging.j2", "requirements.j2")
CHART_SERIES = 5
MIN_CHART_SERIES = 2  # a chart of one indicator repeats its table row: left out


def _cell(value: float | None, unit: str = "", decimals: int = 1) -> str:
    if value is None:
        return "—"
    return tx.plain(value, unit) if unit else tx.number(value, decimals)


def table_rows(report: ProgressReport) -> tuple[list[list[str]], dict[tuple[int, int], str]]:
    """Return the 目标任务进度表 rows and the shading of the 进度判断 column."""
    rows: list[list[str]] = []
    shading: dict[tuple[int, int], str] = {}
    for n, item in enumerate(report.items, start=1):
        rows.append([
            str(n), row_name(item) + data_year_suffix(item), item.unit or "—", _target_cell(item),
            _value_cell(item) if item.value is not None else "—" if item.verdict == ANNUAL else tx.MISSING,
            _completion_cell(item), _cell(item.expected),
            "—" if item.beyond_target or item.shrinking else _ahead_cell(item),
            item.short_verdict, item.department or "—",
        ])
        if item.band:
            shading[(n - 1, _VERDICT_COL)] = COLOURS[item.band]
    return rows, shading


def _value_cell(item: ProgressItem) -> str:
    """Return the 累计完成 cell: a growth with one decimal, as the summary's 附件1 and the text
    (同比增长60.0%: never 60 beside 23.8 in one column, qa14b F8); else the figure as rounded."""
    if item.measure == "增速" and item.unit == "%":
        return tx.number(item.value, 1)
    return tx.plain(item.value, item.unit, near=target_figures(item), at_least=_share_decimals(item))


def row_name(item: ProgressItem) -> str:
    """Return the 附件1 row's name: a growth target names its growth (研发投入增速, as the
    summary's 附件1; never 研发投入 beside a % and 16.7, qa11b F2)."""
    return item.result.row_name if item.measure == "增速" else item.name


def lagged_items(report: ProgressReport) -> list[ProgressItem]:
    """Return the items whose figure is a lagging 科室数据 row's, of an earlier year (数据年度)."""
    return [i for i in report.items if data_year_suffix(i)]


def _completion_cell(item: ProgressItem) -> str:
    """Return the 完成率 cell: 已超过年度目标 for an absurd rate above the target, 未增长 for a
    negative one (below last year's end), else the rate."""
    if item.beyond_target:
        return BEYOND
    return FELL if item.shrinking else _cell(item.completion)


def _ahead_cell(item: ProgressItem) -> str:
    """Return the 快/慢 cell: 个百分点 of 完成率 against the expected share; for a target compared
    directly, the difference from it at the figure's own precision (3.04 against 3 is 0.04, not 0.0),
    with its unit when that is not 个百分点 (a stock above its target: +85家, QA8 F22). A gain is
    signed as a loss is: +0.06 beside -0.81 (qa19 F6)."""
    if item.value is None:
        return "—"
    if item.expected is not None:
        text = _cell(item.ahead_pp)
        return "+" + text if item.ahead_pp and item.ahead_pp > 0 and float(text) != 0 else text
    gap = item.gap
    if gap is None:
        return "—"
    if item.unit in ("%", "个百分点"):
        return tx.signed_pp(gap, at_least=_share_decimals(item))
    # not 个百分点: the column's unit does not fit, so the difference carries its own (+85家)
    text = tx.plain(abs(gap), item.unit)
    if text == "0":
        return text
    return ("+" if gap >= 0 else "-") + text + (item.unit or "")


def _share_decimals(item: ProgressItem) -> int:
    """Return the decimals a share's figure and gap show in the table, as in the text (QA9 F12)."""
    from kjreport.summary.precision import percent_decimals

    if item.measure != "总量":
        return 0
    return percent_decimals(item.result) or amount_places(item)  # 38.65 beside 35.32 (qa20 F1)


def amount_places(item: ProgressItem) -> int:
    """Return the decimals an amount's figure shows at least: those of its typed target (qa20 F1),
    and at the year's end those 附件2's 全市 row shows it with (26.42亿元, never 26.4 — qa21 F7)."""
    from kjreport.summary.precision import amount_decimals, city_decimals

    r = item.result
    same = item.value is not None and tx.is_number(r.value) and float(item.value) == float(r.value)
    return max(amount_decimals(r), city_decimals(r) if same else 0)


def _target_cell(item: ProgressItem) -> str:
    """Return the 年度目标 cell: the target, or both bounds of a 区间 target (100—120)."""
    target = item.result.target
    if target is None:
        return "—"
    if target.comparison == "区间" and target.upper is not None:
        return f"{_cell(target.value, item.unit)}—{_cell(target.upper, item.unit)}"
    # as typed, as the summary's 附件1 shows it: 35.32, never 35.3 (qa20 F1)
    return ("年均" if target.period_average else "") + tx.number(target.value, 2, trim=True)


def chart_series(report: ProgressReport) -> list[tuple[str, list[tuple[int, float]]]]:
    """Return the cumulative 完成率 by month of the headline targets that have a history."""
    series = []
    for item in report.items:
        if not item.headline or item.expected is None or len(item.history) < 2 or item.paced_by:
            continue
        if item.beyond_target:  # 700 % of a planned increase of 2 would flatten every other line
            continue
        points = [(m, _completion(item, v)) for m, v in sorted(item.history.items()) if m <= report.month]
        points = [(m, c) for m, c in points if c is not None]
        if any(c < 0 for _, c in points):  # below last year's end: no negative 完成率, drawn or written
            continue
        if len(points) >= 2:
            series.append((item.name, points))
    return series[:CHART_SERIES]


def _completion(item: ProgressItem, value: float) -> float | None:
    if item.stock:
        return stock_completion(item, value)
    target = item.result.target
    return value / target.value * 100 if target and target.value > 0 else None


CATEGORY = "进度通报"


def name_column_mm(rows: list[list[Any]]) -> float:
    """Return the width (mm) the 附件 table's 指标 column keeps by content: the longest name in two
    lines, between ``NAME_LINE_CHARS`` characters a line — never the 4 characters a line left
    when every short cell of the other columns is kept on one line (qa11 F16: names in 4–5
    lines, 14 rows over two pages). Short cells of other columns (责任科室 政策法规处) wrap instead."""
    from kjreport.docx.document import display_width
    from kjreport.docx.tables import CELL_CHAR_MM, CELL_SIDES_MM

    longest = max((display_width(str(r[_NAME_COL])) for r in rows), default=0.0)
    low, high = NAME_LINE_CHARS
    chars = min(high, max(low, -(-longest // 2)))
    return chars * CELL_CHAR_MM + CELL_SIDES_MM


def column_floors_mm(rows: list[list[Any]]) -> tuple[float, float]:
    """Return the widths (mm) the 指标 and 进度判断 columns keep: the names as ``name_column_mm``,
    the verdict on one line (超额完成, 快于进度: not 「超额完/成」, qa19 F6)."""
    from kjreport.docx.document import display_width
    from kjreport.docx.tables import CELL_CHAR_MM, CELL_SIDES_MM

    longest = max((display_width(str(r[_VERDICT_COL])) for r in rows), default=0.0)
    return name_column_mm(rows), math.ceil(longest) * CELL_CHAR_MM + CELL_SIDES_MM


def category_of(report: ProgressReport) -> str:
    """Return the document category stored in the .docx: 进度通报（9月）."""
    return f"{CATEGORY}（{report.month}月）"


def month_of_category(category: str) -> int | None:
    """Return the month of a 进度通报's category, or None for any other document."""
    m = re.fullmatch(CATEGORY + r"（(\d{1,2})月）", (category or "").strip())
    return int(m.group(1)) if m else None


def county_data_fits(report: ProgressReport) -> bool:
    """Return True when the workbook's 县区数据 are figures of the report's period: they are the
    cumulative figures of the workbook's own 报送月份, so a 通报 of another month (a 前三季度
    通报 from a year-end workbook) must not show them as that period's county ranking."""
    return report.month == report.report.settings.month


def county_omitted_note(report: ProgressReport) -> str:
    """Return why the county ranking is left out of this 通报, or "" when it is not."""
    if county_data_fits(report) or not county_table(report.report)[1]:
        return ""
    from kjreport.summary.units import unit_word

    own, word = report.report.settings.month, unit_word(report.report)
    return (f"「{report.report.unit_sheets[0]}」是{own}月（「设置」报送月份）的累计数，不是{report.month}月的，"
            f"本通报未附{word}主要指标排名；如需附{word}排名，请用报送月份为{report.month}月的工作簿生成")


def bulletin_date(report: ProgressReport, today: dt.date | None = None, date: dt.date | None = None) -> dt.date:
    """Return the 成文日期: ``date`` when given; 设置's 成文日期 when the 通报 is for the
    workbook's own 报送月份; else today, but no later than the end of the month after the period
    (a 通报 of a past period written now is dated when it would have been issued — see
    ``date_note``, which says so)."""
    if date is not None:
        return date
    if report.month == report.report.settings.month:
        return report_date(report.report)
    today = today or dt.date.today()
    year, month = report.report.settings.year, report.month + 1
    if month > 12:
        year, month = year + 1, 1
    latest = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return min(today, latest)


def date_note(report: ProgressReport, date: dt.date | None = None) -> str:
    """Return why the 成文日期 is not 设置's (a 通报 of another month than the 报送月份), or ""."""
    if date is not None or report.month == report.report.settings.month:
        return ""
    own = report.report.settings.report_date
    shown = tx.cn_date(bulletin_date(report))
    set_text = f"（「设置」中的成文日期{tx.cn_date(own)}是{report.report.settings.month}月报送的）" if own else ""
    return (f"通报{report.month}月的进度，成文日期按通报惯例写作{shown}{set_text}；"
            f"如需其他日期，请加 --date 指定，如 --date {shown}")


def build_bulletin(
    report: ProgressReport,
    *,
    date: dt.date | None = None,
    template_dir: Path | None = None,
    charts: bool = True,
    draft: bool = False,
    reference: Path | None = None,
) -> Any:
    """Return the ``OfficialDocument`` of the 进度通报 of ``report``."""
    from kjreport.docx import OfficialDocument

    own = configured_template_dir(report.report.settings.extra, report.report.source, "progress")
    templates = TemplateSet(template_dir or own, draft=draft, part="progress")
    context = progress_context(report)
    caps = templates.module("captions.j2", **context, county="")
    year_report = report.report

    issued = bulletin_date(report, date=date)
    head = redhead(year_report.settings, issued.year)
    doc = OfficialDocument(reference, draft=draft)
    doc.properties(caps.title, year_report.settings.organization, category=category_of(report))
    add_masthead(doc, head)  # a 下行文: 版头 and 版记 (GB/T 9704 7.2, 7.4; qa12b F28)
    doc.title(caps.title)
    unconfirmed_notice(doc, year_report)
    doc.paragraph(caps.addressee, indent=False)
    write_blocks(doc, parse_blocks(templates.render("opening.j2", **context)))
    for part in _PARTS:
        write_blocks(doc, parse_blocks(templates.render(part, **context)))

    headers, county_rows = county_table(year_report) if county_data_fits(report) else ([], [])
    attachments = [caps.table] + ([caps.county_table] if county_rows else [])
    doc.attachment_note(attachments)
    doc.signature(caps.signature, tx.cn_date(issued))

    doc.page_break()
    doc.attachment_heading(1 if county_rows else None, caps.table)  # a lone 附件 has no number
    rows, shading = table_rows(report)
    floor, verdict = column_floors_mm(rows)
    widths = list(TABLE_WIDTHS_MM)
    widths[_NAME_COL] = max(widths[_NAME_COL], floor)
    doc.table(TABLE_HEADERS, rows, number_cols=(3, 4, 5, 6, 7), col_widths_mm=widths,
              shading=shading, floors_mm={_VERDICT_COL: verdict, 0: TABLE_WIDTHS_MM[0], _NAME_COL: floor})
    # a figure of an earlier year is said so under the table, as under the summary's 附件1 (qa11b F1)
    doc.table_note(joined_notes(caps.table_note, lag_note(year_report, [i.result for i in lagged_items(report)],
                                                         targets=True)))
    series = chart_series(report) if charts else []
    # one line says no more than its row of the table above, and alone it takes a page of its
    # own (QA5 F11): the chart is drawn for two or more indicators only
    if len(series) >= MIN_CHART_SERIES:
        from kjreport.docx import charts as drawing

        doc.picture(drawing.progress_chart(series, report.month), 156, caps.chart)
    if county_rows:
        doc.page_break()
        doc.attachment_heading(2, caps.county_table)
        widths = county_table_widths(headers, county_rows)  # as the summary's 附件2: a long name on one line (qa20 F4)
        doc.table(headers, county_rows, number_cols=tuple(range(1, len(headers))), col_widths_mm=widths,
                  tail=county_tail(year_report))  # a short last group with its subtotal row (qa19 F1)
        # the 全市 row is the typed total when there is one; units typed 不计入合计 are named, as 附件2 of the summary
        # the 全市 row of an earlier year (数据年度) beside the units' figures of this year (qa11b F1)
        # 全市 a reported figure below its own 小计 rows: said, as under the annual 附件2 (qa13 F25)
        note = joined_notes(outside_note(year_report), reported_note(year_report),
                            lag_note(year_report, county_results(year_report)),
                            rounding_note(headers, county_rows, caps))  # +0.09 beside 2.01 and 1.91 (qa18 F4)
        if county_table_marked(year_report):
            doc.table_note(marked_note(caps, note))
        elif note:
            doc.table_note(note)
    add_imprint(doc, head, tx.cn_date(issued))
    return doc


def file_name(report: ProgressReport) -> str:
    """Return the 通报's default file name, e.g. 鲁泽市科学技术局2011年上半年目标任务进展情况通报.docx."""
    settings = report.report.settings
    return f"{settings.organization}{settings.year}年{report.period}目标任务进展情况通报.docx"


def write_bulletin(report: ProgressReport, out: Path, **kw: Any) -> Path:
    """Build the 进度通报 and save it to ``out``; return the path written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return build_bulletin(report, **kw).save(out)
