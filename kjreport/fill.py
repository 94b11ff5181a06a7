"""``fill``: compute the indicators and write the 指标结果 sheet into the same workbook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kjreport.checks import confirm
from kjreport.indicators.groups import rank_groups
from kjreport.model import IndicatorResult, Target, YearReport
from kjreport.report import load_report, open_source
from kjreport.text import data_year_note, target_value
from kjreport.text.brackets import cjk_brackets
from kjreport.workbook.schema import PROGRESS_SHEET, RESULTS_SHEET
from kjreport.workbook.source import SheetOut, WorkbookSource

RESULT_HEADER = [
    "指标", "单位", "本年", "上年", "目标", "比较", "完成率（%）", "差距", "同比增长（%）",
    "比上年增减（个百分点）", "序时进度（%）", "超/慢序时进度（个百分点）", "状态", "说明",
    "责任科室", "所属条目", "数据来源", "计算方法", "目标类型", "按目标口径实际值", "争取值", "指标来源",
]


@dataclass
class FillOutcome:
    """What ``fill_source`` did: the report computed and where the results went."""

    report: YearReport
    sheet: str
    note: str | None  # e.g. where the backup of the previous version is
    sheets: tuple[str, ...] = (RESULTS_SHEET, PROGRESS_SHEET)  # every sheet written


def _r(x: float | None, digits: int = 4) -> float | None:
    return None if x is None else round(x, digits)


def _target(t: Target | None) -> object:
    """Return the 目标 cell: the number, or 1—2 for a 区间 target (both bounds, as the text says)."""
    if t is None:
        return None
    return target_value(t) if t.comparison == "区间" and t.upper is not None else t.value


def result_row(r: IndicatorResult, year: int | None = None) -> list[object]:
    """Return one row of the 指标结果 sheet (numbers rounded only for display in Excel); with the
    report's ``year``, a lagged figure's 说明 says which year it is of (数据年度)."""
    t = r.target
    lagged = data_year_note(r.data_year, year) if year else ""
    notes = [n for n in (lagged, r.status_note, r.yoy_note) if n]
    value, previous, yoy = r.value, r.previous, r.yoy
    if t is not None and t.kind in ("新增", "净增") and r.achieved_previous is not None \
            and not r.value_is_increment:
        # a 新增 row states the 新增 figures (1526 vs 1310); the year-end total goes in 说明
        value, previous, yoy = r.achieved, r.achieved_previous, r.achieved_yoy
        notes = [n for n in (lagged, r.status_note) if n]
        if r.value is not None:
            notes.append(f"年末总数{r.value:g}{r.unit}")
    return [
        r.name, r.unit, _r(value), _r(previous), _target(t), t.comparison if t else None,
        _r(r.completion, 2), _r(r.gap), _r(yoy, 2), _r(r.change_pp, 2), _r(r.time_progress, 2),
        _r(r.ahead_pp, 2), r.status, "；".join(notes), r.department, "、".join(r.plan_items),
        "；".join(r.sources), r.formula, t.kind_label if t else None, _r(r.achieved), t.stretch if t else None,
        r.origin,
    ]


def county_rows(report: YearReport) -> list[list[object]]:
    """Return the county block of the 指标结果 sheet: one row per county, value and rank."""
    return _county_block(report)[0]


def _county_block(report: YearReport) -> tuple[list[list[object]], dict[tuple[int, int], str]]:
    """Return the county block's rows and the number format of each figure (0-based position
    in the block): each indicator's column with the decimals 附件2 shows it with (qa14a F9)."""
    shown = [r for r in report.results if r.counties and r.target is not None]
    if not shown or not report.counties:
        return [], {}
    from kjreport.summary.precision import county_column_decimals
    from kjreport.summary.units import unit_word

    word = unit_word(report)  # 县区, 乡镇, 市州 (a province), 县市 (a 州)
    groups = rank_groups(report.counties, report.county_types, report.settings.extra)
    if groups:  # 排名分组: each unit ranked within its group (QA6 F20)
        named = "、".join(dict.fromkeys(groups[c] for c in report.counties))
        rows: list[list[object]] = [[f"{word}指标（本年数；位次为该指标在同一排名分组（{named}）中的排名）"]]
    else:
        rows = [[f"{word}指标（本年数；位次为该指标在各{word}中的排名）"]]
    header: list[object] = [word, *(["排名分组"] if groups else [])]
    growth = {r.figure_name: "提高幅度" if r.kind == "ratio" else "增速"
              for r in shown if any(c.by_growth for c in r.counties)}
    for r in shown:
        # a 增速/年均增速 target ranks by growth, as 附件2 says (qa13 F16)
        by_growth = r.figure_name in growth
        header += [f"{r.figure_name}（{r.unit}）",
                   f"{growth[r.figure_name]}位次" if by_growth else "位次"]
    if growth:
        rows[0][0] += "；" + "，".join(f"{name}按{way}排位次" for name, way in growth.items())
    rows.append(header)
    first = len(header) - 2 * len(shown)  # the column of the first indicator's figure
    codes = {first + 2 * j: number_format(county_column_decimals(r)) for j, r in enumerate(shown)}
    formats: dict[tuple[int, int], str] = {}
    for i, county in enumerate(report.counties):
        row: list[object] = [county, *([groups[county]] if groups else [])]
        for r in shown:
            cv = r.counties[i]
            # none of it (0家) is not ranked, as in 附件2 (qa13 F30)
            zero = cv.value is not None and abs(cv.value) < 0.005
            row += [_r(cv.value), "—" if zero or cv.rank is None and cv.value is not None else cv.rank]
        formats.update({(len(rows), col): code for col, code in codes.items()
                        if code and isinstance(row[col], (int, float))})
        rows.append(row)
    return rows, formats


def number_format(decimals: int) -> str:
    """Return the Excel number format showing ``decimals`` decimals ("" for none: General)."""
    return "0." + "0" * decimals if decimals > 0 else ""


def results_table(report: YearReport) -> list[list[object]]:
    """Return the 指标结果 sheet as rows: the results (header first), then the county block."""
    return results_sheet(report).rows


def results_sheet(report: YearReport) -> SheetOut:
    """Return the 指标结果 sheet: the results (header first), then the county block, its figures
    with the number format that shows them as 附件2 does."""
    # an indicator with neither a target nor a figure (a default 县区数据 column left blank) says
    # nothing: it is not listed (QA S18)
    listed = [r for r in report.results if r.target is not None or r.value is not None]
    rows = [RESULT_HEADER, *(result_row(r, report.settings.year) for r in listed)]
    shares = {(i, RESULT_HEADER.index("本年")): code for i, r in enumerate(listed, start=1)
              if (code := _share_format(r))}
    rows = _as_written(rows)
    counties, formats = _county_block(report)
    counties = _as_written(counties)
    if not counties:
        return SheetOut(RESULTS_SHEET, rows, formats=shares)
    start = len(rows) + 1  # a blank row between the two tables
    return SheetOut(RESULTS_SHEET, rows + [[]] + counties,
                    formats=shares | {(start + r, c): code for (r, c), code in formats.items()})


def _as_written(rows: list[list[object]]) -> list[list[object]]:
    """Return ``rows`` with brackets around Chinese full-width: names are matched folded
    (技术合同成交额(登记)); the sheet shows them as the office wrote them."""
    return [[cjk_brackets(v) if isinstance(v, str) else v for v in row] for row in rows]


def _share_format(r: IndicatorResult) -> str:
    """Return the number format of a share's 本年 cell: the decimals the summary's sentence and
    附件1 give it (1.30% beside its change of 0.12 个百分点, never 1.3 in Excel — qa14a F9); "" for
    other figures (shown as typed)."""
    from kjreport import text as tx
    from kjreport.summary.views import ResultView
    from kjreport.text.numbers import shown_decimals

    t = r.target
    if r.unit != "%" or not tx.is_number(r.value) or (t is not None and t.kind in ("新增", "净增", "增速")):
        return ""
    shown = tx.plain(r.value, r.unit, tx.DEFAULT_STYLE, r.near, ResultView(r).sentence_decimals)
    return number_format(shown_decimals(shown))


def fill_source(workbook: WorkbookSource | Path | str, plugins: Sequence[Path | str] = (), *,
                template_dir: Path | None = None) -> FillOutcome:
    """Compute every indicator and write the 指标结果 and 进度 sheets in one write; data sheets
    are never modified. The units are ranked as the documents of ``template_dir`` rank them (its
    county_types.j2's not-evaluated indicators, ``report.load_report``; the default set without one).

    A workbook file is checked for writing first (open in Excel/WPS/LibreOffice, read-only …)
    and held under kjreport's lock from reading to writing, so a concurrent ``collect`` or
    ``fill`` is refused instead of losing one side's changes."""
    if isinstance(workbook, (str, Path)):
        from kjreport.workbook.writer import ensure_writable, writing

        ensure_writable(Path(workbook))
        with writing(Path(workbook)):
            return _fill(open_source(workbook), plugins, template_dir)
    return _fill(open_source(workbook), plugins, template_dir)


def _fill(source: WorkbookSource, plugins: Sequence[Path | str], template_dir: Path | None = None) -> FillOutcome:
    from kjreport.progress import build_progress
    from kjreport.progress.sheet import progress_rows

    # fill computes; documents publish
    report = load_report(source, plugins, publish=False, template_dir=template_dir)
    rows, fills = progress_rows(build_progress(report))
    sheets = [results_sheet(report), SheetOut(PROGRESS_SHEET, rows, fills)]
    if report.record is not None or confirm.to_verify(report.problems):
        # the 须核对 items of this run, the office's marks kept where the figure is unchanged
        sheets.append(SheetOut(confirm.SHEET, confirm.record_rows(report.problems, report.record),
                               column_widths={1: 14, 2: 10, 3: 80, 4: 12}))
    note = source.write_sheets(sheets)
    return FillOutcome(report, RESULTS_SHEET, note, tuple(s.name for s in sheets))


def result_json(r: IndicatorResult) -> dict:
    """Return a result as a JSON-ready dict (full precision)."""
    t = r.target
    return {
        "name": r.name, "unit": r.unit, "kind": r.kind, "value": r.value, "previous": r.previous,
        "target": t.value if t else None, "comparison": t.comparison if t else None,
        "target_kind": t.kind if t else None, "stretch": t.stretch if t else None,
        "upper": t.upper if t else None, "achieved": r.achieved, "stretch_met": r.stretch_met,
        "origin": r.origin, "data_year": r.data_year,
        "completion": r.completion, "gap": r.gap, "yoy": r.yoy, "yoy_note": r.yoy_note,
        "change_pp": r.change_pp, "time_progress": r.time_progress, "ahead_pp": r.ahead_pp,
        "status": r.status, "status_note": r.status_note, "department": r.department,
        "plan_items": list(r.plan_items), "sources": r.sources, "formula": r.formula,
        "counties": [
            {"county": c.county, "value": c.value, "previous": c.previous, "yoy": c.yoy,
             "change_pp": c.change_pp, "rank": c.rank} for c in r.counties
        ],
    }
