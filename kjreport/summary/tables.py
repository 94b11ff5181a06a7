"""Rows of the attachment tables (附件): 主要指标完成情况表 and 县区主要指标对比表.

Cells are strings formatted by the text layer; "—" means "does not apply" (no target, no base),
while a figure that should exist but is missing shows the staff marker.
"""

from __future__ import annotations

from typing import Any

from kjreport import text as tx
from kjreport.indicators.assess import ZERO_BASE_NOTE
from kjreport.indicators.groups import group_order, rank_groups
from kjreport.model import IndicatorResult, YearReport
from kjreport.summary.precision import column_decimals, county_decimals, percent_decimals
from kjreport.text.numbers import is_zero

NA = "—"
MARKED_NOTE = "注：“—”表示不适用或无此项。"  # captions.j2 ``marked_note``; this when a copied older one lacks it
COMPLETION_HEADERS = ["序号", "指标", "单位", "目标", "完成", "完成率", "同比", "状态"]
STATUS_SHORT = {"无目标": NA}
# before December a status is a pace judgment (判定规则: 快/略慢/滞后 → 超额完成/基本完成/未完成); the
# document says it in the 进度通报's words, never 未完成 of a year not over (qa12b F4)
PACED_STATUS = {"超额完成": "快于进度", "完成": "符合进度", "基本完成": "略慢", "未完成": "滞后"}  # progress.model.SHORT
LEVEL_STATUS = {"超额完成": "已达到", "完成": "已达到", "基本完成": "接近", "未完成": "未达到"}


def status_cell(r: IndicatorResult, month: int = 12) -> str:
    """Return the 状态 cell: the year's verdict in December, before it how far the figure is
    along (a paced target against 序时进度 — 提前完成 once the year's target is reached —, a level
    or a rate against the target itself)."""
    if month < 12 and r.status in PACED_STATUS:
        if r.ahead_pp is not None and r.completion is not None and r.completion >= 100:
            return "提前完成"  # the whole year's target reached before December (qa12 F22)
        return (PACED_STATUS if r.ahead_pp is not None else LEVEL_STATUS)[r.status]
    return STATUS_SHORT.get(r.status, r.status)


def _target_cell(r: IndicatorResult, style: tx.NumberStyle) -> str:
    if r.target is None:
        return NA
    return tx.target_value(r.target)


def _completion_cell(r: IndicatorResult) -> str:
    if r.target is None or r.status == "不可比" or r.unit == "位":  # a rank has no 完成率
        return NA
    if r.target.is_percentage:
        return tx.signed_pp(r.gap, tx.MISSING, _decimals(r))
    if r.target.comparison == "区间" and r.completion is None and tx.is_number(r.value):
        return NA  # inside the range: no 完成率, the 状态 says it (qa14b F17)
    return tx.pct(r.completion)


def _change_cell(r: IndicatorResult) -> str:
    if r.unit == "位":  # a rank moves up or down by places, never by a %
        if not (tx.is_number(r.value) and tx.is_number(r.previous)):
            return NA
        moved = float(r.previous) - float(r.value)  # type: ignore[arg-type]
        return "持平" if moved == 0 else f"{'前移' if moved > 0 else '后移'}{tx.number(abs(moved), 0)}位"
    if r.target is not None and r.target.kind == "增速":
        return NA  # the row's 完成 is this year's growth already; its own change is not known
    if r.target is not None and r.target.kind == "提高" and not r.target.is_rank_rise:
        return NA  # …提高幅度: the row's 完成 is this year's rise on last year already (qa19 F8)
    if r.kind == "ratio" or r.unit == "%":
        return tx.signed_pp(r.change_pp, NA, _decimals(r))
    if r.target is not None and r.target.kind in ("新增", "净增"):
        # the row states the 新增 figure: its 同比 is against last year's 新增, never the total's
        if tx.is_number(r.achieved_yoy):
            return tx.signed_pct(r.achieved_yoy)
        if (r.achieved_previous == 0 and tx.is_number(r.achieved) and r.achieved > 0  # type: ignore[operator]
                and not r.reported_previous):
            return "实现零的突破"
        return NA
    if not tx.is_number(r.yoy):
        if r.yoy_note == ZERO_BASE_NOTE:  # as the text says: 上年为零，实现零的突破
            return "实现零的突破"
        return "不可比" if r.yoy_note or r.previous is not None else NA
    return tx.signed_pct(r.yoy)


def _rank_cell(c: object, value: float | None) -> str:
    """Return a county's rank, or "—" for no rank or a zero (a zero is not ranked)."""
    rank = getattr(c, "rank", None)
    if not rank or not tx.is_number(value) or is_zero(float(value), 2):  # type: ignore[arg-type]
        return NA
    return str(rank)


def _decimals(r: IndicatorResult) -> int:
    """Return the decimals the row's percentage figures show: those of the text's sentence
    (1.82%，比上年提高0.10个百分点), so 附件1 and the text agree."""
    from kjreport.summary.views import ResultView

    return ResultView(r).sentence_decimals


def _done_cell(r: IndicatorResult, figure: float | None, value: float | None, unit: str,
               measured_unit: str, style: tx.NumberStyle) -> str:
    """Return the 完成 cell: the figure as the text rounds it; a growth with one decimal, as the
    text's 同比增长12.0% (QA6 F12: never 12 beside 12.0%)."""
    if r.target is not None and r.target.kind == "增速" and measured_unit == "%" and tx.is_number(value):
        return tx.number(value, 1)
    same = figure is r.value and unit == r.unit
    return tx.plain(value, unit, style, r.near if same else (), _decimals(r) if same else 0)


def completion_rows(
    report: YearReport, style: tx.NumberStyle = tx.DEFAULT_STYLE
) -> list[list[str]]:
    """Return one row per indicator with a target, in target order."""
    rows = []
    for i, r in enumerate((r for r in report.results if r.target is not None), 1):
        figure, measured_unit = r.measured  # the 新增 count, the growth %: what the target is about
        value, unit = tx.display_unit(figure, measured_unit)  # 86000万元 → 8.6亿元, as the text says
        rows.append(
            [
                str(i),
                r.row_name + (f"（{r.data_year}年数据）" if r.data_year and r.data_lag else ""),
                unit,
                _target_cell(r, style) if unit == measured_unit else tx.plain(
                    tx.display_unit(r.target.value, measured_unit)[0], unit, style),  # type: ignore[union-attr]
                _done_cell(r, figure, value, unit, measured_unit, style),
                _completion_cell(r),
                _change_cell(r),
                status_cell(r, report.settings.month),
            ]
        )
    return rows


PACE_WORDS = {"超额完成": "快于进度", "完成": "符合进度", "基本完成": "略慢于进度", "未完成": "滞后"}


def county_results(report: YearReport, limit: int = 4) -> list[IndicatorResult]:
    """Return the indicators with per-county values for the comparison table, headline first
    (at most ``limit``: four pairs of value and rank columns fit the 版心; the county notices
    rank the same indicators — QA S18)."""
    from kjreport.summary.compared import compared_results

    # only what the bureau tracks (a target names it); without such a target the reported
    # columns, never the denominator of a share such as 地区生产总值 (QA4 F11c, QA6 F3);
    # a column of zeros or blanks says nothing
    tracked = compared_results(report, lambda r: any(
        tx.is_number(c.value) and not is_zero(float(c.value), 2) for c in r.counties))
    headline = set(r.name for r in report.results_for(report.plan.code))
    tracked.sort(key=lambda r: (r.name not in headline,))
    return _rises_after_levels(tracked)[:limit]


def rise_column(results: list[IndicatorResult], i: int) -> bool:
    """Return True when ``results[i]`` is a share's 提高 target right after the same share's other
    target (``_rises_after_levels``): its column holds the units' rise, not the level again."""
    return i > 0 and _is_rise(results[i]) and _same_share(results[i - 1], results[i])


def _is_rise(r: IndicatorResult) -> bool:
    return r.kind == "ratio" and r.target is not None and r.target.kind == "提高"


def _same_share(level: IndicatorResult, rise: IndicatorResult) -> bool:
    return (level.kind == "ratio" and not _is_rise(level) and level.plain_name == rise.plain_name
            and [(c.county, c.value) for c in level.counties] == [(c.county, c.value) for c in rise.counties])


def _rises_after_levels(results: list[IndicatorResult]) -> list[IndicatorResult]:
    """Return ``results`` with a share's 提高 target moved right after the same share's 达…% target:
    one value column, then the rise the units are ranked on (qa12b F2: 附件2 showed the level
    twice and the rise nowhere)."""
    rises = {id(r): next((x for x in results if _same_share(x, r)), None) for r in results if _is_rise(r)}
    out: list[IndicatorResult] = []
    for r in results:
        if rises.get(id(r)) is not None:
            continue
        out.append(r)
        out += [x for x in results if rises.get(id(x)) is r]
    return out


def _whole_row(report: YearReport, results: list[IndicatorResult], rises: list[bool] | None = None) -> list[object]:
    """Return the first row of the county comparison: the city's own figure of each column (the
    新增 figure of a 新增 target, as its county columns; a share's rise in a rise column),
    unranked (QA6 F20)."""
    row: list[object] = [tx.scope(report.settings.city, report.settings.organization)]
    for r, rise in zip(results, rises or [False] * len(results), strict=True):
        if rise:
            row += [r.change_pp if tx.is_number(r.change_pp) else NA, NA]
            continue
        kind = r.target.kind if r.target is not None else ""
        figure = r.achieved if kind in ("新增", "净增") else r.value
        if not tx.is_number(figure):
            figure = applicable_total(report, r)
        row += [figure if tx.is_number(figure) else NA, NA]
    return row


def applicable_total(report: YearReport, r: IndicatorResult, members: list[str] | None = None) -> float | None:
    """Return the total of ``members`` (default: every unit) of ``r`` over the units that apply:
    a cell marked not applicable (「/」「—」) is left out, as the table's 注 says, and the total of
    the others is the official figure — None when no unit is marked (a missing figure is no
    total), when every unit is marked, or when the indicator does not add up."""
    from kjreport.summary.subtotals import group_subtotal

    by_name = {c.county: c for c in reversed(r.counties)}  # first of a name wins, as the table
    names = [m for m in (members if members is not None else by_name) if m in by_name]
    applicable = [m for m in names if not by_name[m].marked]
    if not applicable or len(applicable) == len(names):
        return None
    return group_subtotal(report, r, {m: by_name[m].value for m in applicable}, applicable)


def _group_row(report: YearReport, results: list[IndicatorResult], index: list[dict], group: str,
               members: list[str], rises: list[bool] | None = None) -> list[object]:
    """Return a ranking group's subtotal row (县市区小计, 开发区小计): each column added up as the catalogue
    says (a share weighted, see ``summary.subtotals``), unranked; a rise column "—" (a group's
    share of last year is not in the book)."""
    from kjreport.summary.subtotals import group_subtotal

    row: list[object] = [f"{group.replace('（', '').replace('）', '')}小计"]  # 县市区小计: fits the 21 mm column
    for r, by_name, rise in zip(results, index, rises or [False] * len(results), strict=True):
        if rise:
            row += [NA, NA]
            continue
        figures = {m: by_name[m].value for m in members if m in by_name}
        total = group_subtotal(report, r, figures, members)
        if total is None:  # a unit marked not applicable: the others' total (QA leftover8b)
            total = applicable_total(report, r, members)
        row += [total if tx.is_number(total) else NA, NA]  # not stated: "—", never 【待补充】
    return row


def county_table_marked(report: YearReport) -> bool:
    """Return True when the county comparison shows a cell marked not applicable as "—" (the
    table then gets the note saying what "—" means)."""
    return any(c.marked for r in county_results(report) for c in r.counties)


def outside_note(report: YearReport, county: str | None = None) -> str:
    """Return the note under the county table naming the units kept out of the city's figure
    (类型 不计入合计): "注：兰州新区不计入全省合计。", or "" when there are none; ``county``: the
    note of that unit's own notice (its figures, ranked among the units, are not in the total),
    "" for any other unit."""
    named = [c for c in report.outside_total if county is None or c == county]
    if not named:
        return ""
    return f"注：{'、'.join(named)}不计入{tx.scope(report.settings.city, report.settings.organization)}合计。"


def lag_note(report: YearReport, results: list[IndicatorResult] | None = None, *, targets: bool = False) -> str:
    """Return the note under a table whose figures include some of an earlier year (数据年度,
    统计数据滞后): "注：全社会R&D经费投入强度为2010年数据（统计数据滞后一年），完成情况暂按该数据对照
    2011年目标。", or "" when every figure is this year's. With ``results`` (the county table's)
    only the city's figure is lagged and said so, by the column's name: "注：全市…为2010年数据
    （统计数据滞后一年）。"; with ``targets`` too, ``results`` are the rows of a table of targets
    (the 进度通报's 附件1) and the note is the completion table's."""
    year = report.settings.year
    county = results is not None and not targets
    whole = tx.scope(report.settings.city, report.settings.organization) if county else ""
    lagged = [r for r in (report.results if results is None else results) if r.data_year and r.data_lag]
    if not lagged:
        return ""
    said = []
    for data_year in sorted({r.data_year for r in lagged}):
        names = "、".join(dict.fromkeys((r.plain_name if county else r.row_name) for r in lagged
                                       if r.data_year == data_year))
        said.append(f"{whole}{names}为{tx.data_year(data_year, year).replace('，', '（', 1)}）")
    targeted = not county and any(r.target is not None for r in lagged)
    return f"注：{'；'.join(said)}" + (f"，完成情况暂按该数据对照{year}年目标。" if targeted else "。")


def completion_note(caps: Any, report: YearReport) -> str:
    """Return the note under 附件1 for its rows whose 完成率 is a gap in 个百分点: one clause for a
    share's (比重类), one for a growth target's (增速, whose 完成 is this year's growth: qa23 F11 —
    科技服务业营业收入增速 was explained as a 比重类 indicator); "" with neither. A copied older
    captions.j2 has one fixed note: that one is said for either."""
    shares = growths = False
    for r in report.results:
        if r.target is None:
            continue
        unit = r.measured[1]
        growth = r.target.kind == "增速" and unit == "%"
        growths = growths or growth
        shares = shares or (unit in ("%", "个百分点") and not growth)
    clauses = [getattr(caps, f"completion_table_note_{k}", None) for k in ("ratio", "growth")]
    if any(c is None for c in clauses):
        return getattr(caps, "completion_table_note", "") if shares or growths else ""
    said = [str(c) for c, shown in zip(clauses, (shares, growths), strict=True) if shown and c]
    return f"注：{'；'.join(said)}。" if said else ""


def joined_notes(*notes: str) -> str:
    """Return the table notes ``notes`` (each "注：…。", empty ones skipped) as one note."""
    said = [n for n in notes if n]
    if not said:
        return ""
    return "注：" + "；".join(n.removeprefix("注：").rstrip("。") for n in said) + "。"


def reported_note(report: YearReport) -> str:
    """Return the note under the summary's county table naming the columns whose city figure is
    a reported one, not the units' sum (QA9 F12: 全市 752 beside subtotals 596 and 104 reads as an
    error without it): "注：全市高新技术企业为科室报送数，不是各县区之和。", or ""."""
    reported = reported_whole(report)
    if not reported:
        return ""
    how = "科室报送数" if all(v == DEPARTMENT for v in reported.values()) else "报送的全市数"
    # a share is never a sum: “不是按各县区数据计算的结果” (qa13 F37)
    ratios = {r.figure_name for r in county_results(report) if r.kind == "ratio"}
    sums = [n for n in reported if n not in ratios]
    shares = [n for n in reported if n in ratios]
    units = _units(report)
    said = ([f"{'、'.join(sums)}为{how}，不是各{units}之和"] if sums else []) + \
        ([f"{'、'.join(shares)}为{how}，不是按各{units}数据计算的结果"] if shares else [])
    return f"注：{tx.scope(report.settings.city, report.settings.organization)}{'；'.join(said)}。"


def _units(report: YearReport) -> str:
    from kjreport.summary.units import document_word

    return document_word(report)


DEPARTMENT = "科室数据"


def reported_whole(report: YearReport) -> dict[str, str]:
    """Return the names of the county table's columns whose city figure (科室数据, or a typed 全市
    row) differs from what the units in the city's total add up to (by more than 0.5 %)."""
    from kjreport.summary.subtotals import group_subtotal

    names = {}
    outside = set(report.outside_total)
    for r in county_results(report):
        kind = r.target.kind if r.target is not None else ""
        figure = r.achieved if kind in ("新增", "净增") else r.value
        if not tx.is_number(figure):
            continue
        by_name = {c.county: c for c in reversed(r.counties)}
        members = [m for m in by_name if m not in outside and not by_name[m].marked]
        total = group_subtotal(report, r, {m: by_name[m].value for m in members}, members)
        if tx.is_number(total) and abs(float(figure) - float(total)) > 0.005 * max(abs(float(figure)), 1e-9):
            names[r.figure_name] = DEPARTMENT if any(s.startswith(DEPARTMENT) for s in r.sources) else ""
    return names


ROUNDING_NOTE = "注：比上年增减按未经四舍五入的数计算，与表中两数之差略有出入。"  # captions.j2 ``rounding_note``


def rounding_note(headers: list[str], rows: list[list[str]], caps: object = None) -> str:
    """Return the note under a county table where a 比上年增减 cell is not the difference of the
    two shares shown beside it (全市 2.01 and 1.91 beside +0.09: the change is of the unrounded
    shares, 2.006 − 1.913; qa18 F4) — as statistical tables say it —, or "" when every row adds up."""
    for i in range(1, len(headers) - 2):
        if not (headers[i + 1].startswith("上年") and headers[i + 2] == RISE_HEADER):
            continue
        for row in rows:
            now, before, change = (_shown(row[i]), _shown(row[i + 1]), _shown(row[i + 2]))
            if now is None or before is None or change is None:
                continue
            decimals = len(row[i + 2].partition(".")[2])
            if abs((now - before) - change) > 0.5 * 10 ** -decimals + 1e-9:
                return getattr(caps, "rounding_note", "") or ROUNDING_NOTE
    return ""


def _shown(cell: str) -> float | None:
    """Return the number a table cell shows (+0.09, 2.01, 1,234.5), or None (—, 【待补充】)."""
    try:
        return float(str(cell).replace(",", ""))
    except ValueError:
        return None


def marked_note(caps: object, note: str = "") -> str:
    """Return the note under a table showing a cell marked not applicable as "—": ``note`` (the
    table's own, may be empty) with the sentence saying what "—" means."""
    marked = getattr(caps, "marked_note", "") or MARKED_NOTE
    if not note:
        return marked
    return note.rstrip("。") + "；" + marked.removeprefix("注：")


def county_table(
    report: YearReport, style: tx.NumberStyle = tx.DEFAULT_STYLE
) -> tuple[list[str], list[list[str]]]:
    """Return (headers, rows) of the county comparison: each indicator's value and rank; the
    city's row first; with 排名分组 (``indicators.groups``) each group under its subtotal row."""
    from kjreport.summary.units import document_word

    results = county_results(report)
    if not results:
        return ["县区"], []  # no indicator has county figures: no comparison table
    headers = [document_word(report)]  # 县区 (县（市）区 with a 县级市), or 乡镇 for a county bureau's townships
    rises = [rise_column(results, i) for i in range(len(results))]
    for r, rise in zip(results, rises, strict=True):
        # a growth target ranks the counties by their growth (qa10 F23): the header says so
        by_growth = any(c.by_growth for c in r.counties)
        headers += [RISE_HEADER if rise else f"{r.figure_name}（{r.unit}）",
                    ("提高幅度位次" if r.kind == "ratio" else "增速位次") if by_growth else "位次"]
    figures: list[list[object]] = [_whole_row(report, results, rises)]  # 全市: what the counties add up to
    keys: list[tuple[str, list[str]]] = [("whole", [])]  # what each row is: for the 上年/增减 columns
    index = [{c.county: c for c in reversed(r.counties)} for r in results]  # first of a name wins
    names = report.counties or sorted({c.county for r in results for c in r.counties})
    groups = rank_groups(names, report.county_types, report.settings.extra)
    for group, members in group_order(groups, names):
        if group:  # 排名分组: the group's subtotal opens its units, ranked among themselves (QA6 F20)
            figures.append(_group_row(report, results, index, group, members, rises))
            keys.append(("group", members))
        for county in members:
            row: list[object] = [county]
            for by_name, rise in zip(index, rises, strict=True):
                c = by_name.get(county)
                row += [c.change_pp if rise else c.value, _rank_cell(c, c.value)] \
                    if c and not c.marked else [NA, NA]  # 「/」: “—”
            figures.append(row)
            keys.append(("county", [county]))
    rows = [[str(row[0]), *[NA if row[i] == NA else row[i] for i in range(1, len(row))]] for row in figures]
    for col in range(1, len(headers), 2):  # one precision per column: 0.99, 1.00, 0.50 (QA6 F12)
        if rises[(col - 1) // 2]:
            least = percent_decimals(results[(col - 1) // 2])  # +0.05 beside 2.47, as the bulletins
            cells = [NA if f[col] == NA else tx.signed_pp(f[col], NA, least) for f in figures]
            decimals = column_decimals([c.lstrip("+-") for c in cells])
            # two decimals as the shares (+0.14 at 3rd and 4th): a third of a computed change is
            # precision the statistics do not have, as the shares' own column (qa11 F14)
            for row, fig, cell in zip(rows, figures, cells, strict=True):
                row[col] = cell if cell == NA else tx.signed_pp(fig[col], NA, decimals)  # type: ignore[arg-type]
            continue
        _format_column(figures, rows, col, results[(col - 1) // 2], style)
    return _with_changes(report, results, rises, index, keys, headers, rows, style)  # type: ignore[arg-type]


GROUP_TAIL_ROWS = 6  # a last 排名分组 this short (its subtotal row and units) is never split


def county_tail(report: YearReport) -> int:
    """Return how many rows at the end of ``county_table`` stay together on a page: the last
    排名分组 with the subtotal row that opens it when the group is short (开发区小计 and its three
    开发区), else three. The subtotal row never ends a page while its units are on the next one
    (qa19 F1: 南宁 附件2 left 「开发区小计」 alone at the foot of a page)."""
    results = county_results(report)
    if not results:
        return 3
    names = report.counties or sorted({c.county for r in results for c in r.counties})
    order = group_order(rank_groups(names, report.county_types, report.settings.extra), names)
    group, members = order[-1] if order else ("", [])
    return len(members) + 1 if group and len(members) + 1 <= GROUP_TAIL_ROWS else 3


def _with_changes(report: YearReport, results: list[IndicatorResult], rises: list[bool], index: list[dict],
                  keys: list[tuple[str, list[str]]], headers: list[str], rows: list[list[str]],
                  style: tx.NumberStyle) -> tuple[list[str], list[list[str]]]:
    """Return ``headers`` and ``rows`` with the change beside each figure the units are ranked by
    (增速位次 needs the 增速 it ranks, qa12 F24), and, when the table compares one indicator, its
    上年 and 比上年增减 columns (qa12b F24: one figure in a page-wide column said nothing of the year)."""
    single = len(results) == 1
    out_headers = headers[:1]
    out_rows: list[list[str]] = [row[:1] for row in rows]
    for i, (r, rise) in enumerate(zip(results, rises, strict=True)):
        col = 1 + 2 * i
        by_growth = any(c.by_growth for c in r.counties)
        extra: list[str] = []
        if single and not rise and not (r.target is not None and r.target.kind in ("新增", "净增")):
            extra.append("previous")  # (a 新增 column's 上年 would be last year's stock or 新增: not said)
        if not rise and (single or by_growth):
            extra.append("change")
        out_headers.append(headers[col])
        for row, out in zip(rows, out_rows, strict=True):
            out.append(row[col])
        for kind in extra:
            if kind == "previous":
                out_headers.append(f"上年（{r.unit}）" if r.unit else "上年")
                # at the precision of this year's column beside it (358.3 by 411.7, never 358.28)
                decimals = column_decimals([str(row[col]) for row in rows])
                cells = [[None, NA if (v := _previous(report, r, index[i], key)) is None
                          else tx.plain(round(v, decimals), r.unit, style, (), decimals)] for key in keys]
            else:
                out_headers.append("比上年增减（个百分点）" if r.kind == "ratio" else "增速（%）")
                cells = [[None, _change(report, r, index[i], key)] for key in keys]
            for out, cell in zip(out_rows, cells, strict=True):
                out.append(cell[1])
        out_headers.append(headers[col + 1])
        for row, out in zip(rows, out_rows, strict=True):
            out.append(row[col + 1])
    return out_headers, out_rows


def _previous(report: YearReport, r: IndicatorResult, by_name: dict, key: tuple[str, list[str]]) -> float | None:
    """Return last year's figure of a row of the county table: the city's, a unit's, or a group's
    subtotal — an amount's sum, a share weighted by last year's weights (县区小计 of R&D强度: Σ R&D ÷
    Σ GDP of last year, qa18 F5)."""
    from kjreport.summary.subtotals import group_subtotal

    kind, members = key
    if kind == "whole":
        return r.previous if tx.is_number(r.previous) else None
    values = [by_name[m].previous if m in by_name and not by_name[m].marked else None for m in members]
    if kind == "county":
        return values[0]
    if r.kind == "ratio":
        return group_subtotal(report, r, dict(zip(members, values, strict=True)), members, previous=True)
    return sum(values) if values and all(tx.is_number(v) for v in values) else None  # type: ignore[misc]


def _change(report: YearReport, r: IndicatorResult, by_name: dict, key: tuple[str, list[str]]) -> str:
    """Return the change cell of a row: 个百分点 for a share, % growth for an amount, "—" where none."""
    kind, members = key
    if kind == "whole":
        change = r.change_pp if r.kind == "ratio" else r.yoy
    elif kind == "county":
        c = by_name.get(members[0])
        change = None if c is None or c.marked else (c.change_pp if r.kind == "ratio" else c.yoy)
    elif r.kind == "ratio":  # a group subtotal's change: its weighted shares' (qa18 F5)
        from kjreport.summary.subtotals import group_subtotal

        before = _previous(report, r, by_name, key)
        now = group_subtotal(report, r, {m: by_name[m].value for m in members if m in by_name}, members)
        change = now - before if tx.is_number(now) and tx.is_number(before) else None
    else:  # the amounts' growth
        before = _previous(report, r, by_name, key)
        now = sum(by_name[m].value for m in members if m in by_name and tx.is_number(by_name[m].value))
        change = None if not before else (now - before) / before * 100
    if not tx.is_number(change):
        return NA
    if r.kind == "ratio":
        return tx.signed_pp(change, NA, percent_decimals(r))
    return tx.signed_pct(change, NA).rstrip("%")  # the header says （%）


RISE_HEADER = "比上年增减（个百分点）"


def _format_column(figures: list[list[object]], rows: list[list[object]], col: int, r: IndicatorResult,
                   style: tx.NumberStyle) -> None:
    """Write column ``col`` of ``rows`` from ``figures``: every figure with the decimals the most
    precise one shows, each rounded from the figure itself (7.17 beside 15.46 — never 15.5 padded
    to 15.50, QA6 F12)."""
    least = percent_decimals(r)  # a county's missing figure (None) shows the staff marker 【待补充】
    cells = [NA if row[col] == NA else tx.plain(row[col], r.unit, style, (), least) for row in figures]
    # and as typed, with ranks told apart: 0.031 beside 0.030, 0.161 5th beside 0.156 6th (QA7 F12)
    decimals = max(column_decimals(cells), county_decimals(r))
    for row, fig, cell in zip(rows, figures, cells, strict=True):
        row[col] = tx.plain(fig[col], r.unit, style, (), decimals) if decimals and cell != NA else cell
