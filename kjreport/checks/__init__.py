"""Checks of what offices really get wrong, beyond one cell's type: totals, scale, names, year.

Each module is small and pure (plain data in, ``Problem``s out):

- ``totals``: 合计/总计/小计/全市/the city's own name rows are never counties;
- ``plausibility``: 万元/亿元 slips, negative amounts, shares over 100 %, absurd sizes, big swings;
- ``names``: county names folded and matched across 县区数据, 县区上年数据 and the ledgers;
- ``year``: 设置's 年度 against the ledgers, 增长核算, the file name and the plan;
- ``footnotes``: 注/填报人 rows closing a county sheet; ``hidden``: rows hidden in Excel;
- ``shift``: a column left empty beside one of the wrong kind (data one column off);
- ``offset``: a county column pasted one row off (each county holds its neighbour's figure);
- ``cumulative``: a flow's figure for the year below its 月度数据 figure of an earlier month.
- ``increments``: a 新增 target's 月度数据 row holding year-end totals, not the increment;
- ``stock_typed``: a 科室数据 row read as a 新增 holding the year-end total.

须核对 (probably wrong: fix it or confirm it, qa12): ``pasted_column`` (a county column equal to
last year's), ``target_value`` (目标值 10× its 原文), ``comparator`` (比较/目标类型 against 原文),
``decimal_counts`` (758.5家), ``running_total`` (月度数据 typed month by month), ``unit_name``
(单位名称/城市名称 of another place), ``sheets_swapped`` (every county below last year),
``unit_type`` (a 县 marked 开发区), ``partial_ledger`` (a ledger far from 科室数据's figure).

``prepare`` runs while the dataset is read (before county fields are built, so totals never count
and names match); ``review`` runs on the finished dataset; ``review_results`` on the computed
indicators.
"""

from __future__ import annotations

import re

from kjreport.checks import (
    blank_owner,
    city_figure,
    comparator,
    consistency,
    cumulative,
    decimal_counts,
    footnotes,
    hidden,
    increments,
    kind_edit,
    marks,
    merged,
    midyear,
    misplaced,
    monthly,
    names,
    offices,
    offset,
    onebase,
    partial_ledger,
    pasted_column,
    per_head,
    percent,
    plan_review,
    plausibility,
    recipients,
    rolled,
    row_shift,
    running_total,
    sheets_swapped,
    shift,
    smallcounts,
    stock_typed,
    target_far_below,
    target_value,
    textnumbers,
    totals,
    unit_name,
    unit_type,
    unitcell,
    untracked,
    year,
)
from kjreport.errors import Problem
from kjreport.workbook import unitsheets

COUNTY_SHEETS = unitsheets.UNIT_SHEETS
RAW_SHEETS = ("设置", "科室数据", "目标任务")  # kept as typed in ``Dataset.sheets`` (small sheets only)
LEDGERS = ("项目台账", "企业台账", "平台台账")


def _raw_value(data):
    """Return a function cell → the value as typed in ``data`` (a SheetData), or None."""
    def value(cell: str | None):
        if data is None or not cell:
            return None
        i = 0
        while i < len(cell) and cell[i].isalpha():
            i += 1
        col = 0
        for ch in cell[:i].upper():
            col = col * 26 + ord(ch) - 64
        r, c = int(cell[i:]) - data.first_row, col - data.first_col
        if 0 <= r < len(data.rows) and 0 <= c < len(data.rows[r]):
            return data.rows[r][c]
        return None
    return value


def prepare(file: str, tables: dict, city: str = "", sheets: dict | None = None,
            found: list[Problem] | None = None) -> list[Problem]:
    """Fold county names and take total rows out of the county sheets and ledgers (tables change
    in place; problems already ``found`` in a ledger's total row are dropped from that list)."""
    problems: list[Problem] = []
    if found:  # a county column of text figures (「1.82%」 as published): one 提示, not one per cell
        found[:] = textnumbers.per_column(found, unitsheets.unit_names(tables))
    for name in LEDGERS:
        t, data = tables.get(name), (sheets or {}).get(name)
        if t is not None and data is not None and t.rows:
            problems += totals.ledger_rows(file, t, data, found if found is not None else [])
    for name in COUNTY_SHEETS:
        t = tables.get(name)
        if t is not None and "县区" in t.columns and t.rows:
            problems += _footnotes(file, t, (sheets or {}).get(name), found)
    for name in (*COUNTY_SHEETS, *LEDGERS):
        t = tables.get(name)
        if t is None or "县区" not in t.columns:
            continue
        distinct = set(t.column("县区"))  # one C-level pass over the column, no Row per row
        folded = {v: names.fold(v) for v in distinct if type(v) is str}
        if all(f == v for v, f in folded.items()):
            continue  # the usual case: nothing to fold
        stored = getattr(t.rows, "columns", None)  # a RowList keeps its values by column
        if isinstance(stored, dict) and "县区" in stored:
            column = stored["县区"]
            for i, v in enumerate(column):
                if type(v) is str and folded[v] != v:
                    column[i] = folded[v]
            continue
        for r in t.rows:
            v = r.values.get("县区")
            if type(v) is str and folded[v] != v:
                r.values["县区"] = folded[v]
    own = (city, city.removesuffix("市")) if city else ()
    for name in COUNTY_SHEETS:
        t = tables.get(name)
        if t is not None and "县区" in t.columns:
            before = {r.number for r in t.rows}
            problems += totals.separate(file, t, tuple(n for n in own if n))
            gone = before - {r.number for r in t.rows}
            if gone:  # a 全市 row typed for one column only: its blanks are no error
                for column, rows in getattr(t, "blanks", {}).items():
                    t.blanks[column] = [n for n in rows if n not in gone]
                if found:
                    found[:] = [p for p in found if not (p.sheet == t.sheet and p.cell and p.found.endswith("」为空")
                                                         and _row_of(p.cell) in gone)]
    current, previous = tables.get(unitsheets.COUNTY), tables.get(unitsheets.COUNTY_PREVIOUS)
    if current is not None and previous is not None and previous.columns and current.rows:
        problems += _county_pairs(file, current, previous, tables, city, found)
        problems = onebase.tell(file, current, previous, problems)
        # a row pasted one column off, read against the unit's row of last year: one error (qa24 F2)
        problems += row_shift.shifted_rows(file, current, previous, (sheets or {}).get(unitsheets.COUNTY))
    return [_as_typed(p, (sheets or {}).get(unitsheets.key_of(p.sheet))) if unitsheets.is_unit_sheet(p.sheet) else p
            for p in problems]


def _as_typed(p: Problem, data) -> Problem:
    """Return ``p`` quoting its cell's name as typed (「注：功能区……」, 「东营 开发区」), not as
    folded for matching (「注:功能区……」, 「东营开发区」)."""
    typed = _raw_value(data)(p.cell) if data is not None and p.cell and ":" not in p.cell else None
    if not isinstance(typed, str) or typed.strip() == names.fold(typed):
        return p
    folded, shown = f"「{names.fold(typed)}」", f"「{typed.strip()}」"
    return Problem(p.file, p.sheet, p.cell, p.found.replace(folded, shown, 1), p.expected.replace(folded, shown, 1),
                   p.severity)


def _footnotes(file: str, table, data, found: list[Problem] | None) -> list[Problem]:
    """Take the footnote rows (注：…, 填报人：…) that close a county sheet out of it; return one
    提示 for them (and drop the problems already ``found`` in their cells)."""
    out: list[Problem] = []
    headings = footnotes.heading_rows(table, "县区")  # 「按地区分」 above a yearbook's units
    if headings:
        letter = (table.rows[0].cells.get("县区", "A") if table.rows else "A").rstrip("0123456789")
        _drop_rows(table, {n for n, _ in headings}, found)
        out.append(footnotes.heading_problem(file, table.sheet, letter, headings))
    rows = footnotes.trailing_rows(table, "县区", _raw_value(data) if data is not None else None)
    if not rows:
        return out
    _drop_rows(table, {n for n, _ in rows}, found)
    cell = table.rows[0].cells.get("县区", "A") if table.rows else "A"
    return [*out, footnotes.footnote_problem(file, table.sheet, cell.rstrip("0123456789"), rows)]


def _county_pairs(file: str, current, previous, tables: dict, city: str = "",
                  found: list[Problem] | None = None) -> list[Problem]:
    """Return the problems of names that differ between 县区数据 and 县区上年数据.

    A pair such as 「邯山」/「邯山区」 is reported at the name that lacks the administrative
    suffix, whichever sheet holds it (the other is the official name). Two full names that differ
    by a slip (「晋按区」/「晋安区」) are reported at the spelling the evidence says is wrong — the one
    not on the official county list, or used by fewer of the other sheets; with no evidence, at
    this year's sheet (typed anew; 县区上年数据 comes from last year's report). A 县区数据 row
    that is no county at all — a stray 科室 line such as 「市级农业科技园区｜21」 — is an error,
    and the row is taken out of the counties (never summed, nor asked for its R&D, GDP and last
    year's figures: the problems already ``found`` in its cells are dropped).
    """
    consequence = "该县区和全市的同比增长将显示为不可比"
    problems: list[Problem] = []
    known = [r.values["县区"] for r in current.rows if r.values.get("县区")]
    last_year = [r.values["县区"] for r in previous.rows if r.values.get("县区")]
    only_now = [v for v in known if v not in last_year]
    cell_now = {r.values.get("县区"): r.cells.get("县区") for r in current.rows}
    short_forms = _short_forms(previous, known, only_now)
    for r in previous.rows:
        v = r.values.get("县区")
        if not v or v in known:
            continue
        match = names.likely_match(v, only_now)
        partner = short_forms.get(v)
        if match is None and partner in only_now:
            only_now.remove(partner)
            short_now = len(partner) < len(v)
            problems.append(names.short_form_problem(
                file, *((current.sheet, cell_now.get(partner), partner, v, previous.sheet, r.cells.get("县区"))
                        if short_now else (previous.sheet, r.cells.get("县区"), v, partner, current.sheet,
                                           cell_now.get(partner))), consequence))
            continue
        if match is not None and names.official(v) and not names.official(match):
            problems.append(names.orphan_problem(
                file, current.sheet, cell_now.get(match), match, previous.sheet, [v],
                "该县区和全市的同比增长将显示为不可比"))
            only_now.remove(match)
            continue
        if match is not None:
            only_now.remove(match)
            if prefix := names.city_prefix(match, v, city):  # 湖滨新区 / 宿迁市湖滨新区: no slip (qa18 F6)
                problems.append(names.prefixed_problem(
                    file, current.sheet, cell_now.get(match), match, v, previous.sheet, r.cells.get("县区"),
                    prefix, consequence))
                continue
            if names.official(v) == names.official(match):
                verdict = names.better_spelling(match, v, city, _county_sources(tables)) or _full_name(match, v)
                renamed = verdict is None and names.same_stem(v, match)  # 西山县 → 西山区
                if not renamed and (verdict is None or verdict[0] == v):
                    problems.append(names.misspelt_problem(
                        file, current.sheet, cell_now.get(match), match, v, previous.sheet, r.cells.get("县区"),
                        consequence, verdict[1] if verdict else ""))
                    continue
        # a county of last year, with figures, gone from this year's sheet (no new name there to
        # be its rename): 全市 is short by it (qa12 F2)
        lost = match is None and not only_now and any(isinstance(x, (int, float)) and not isinstance(x, bool) and x
                                     for k, x in r.values.items() if k != "县区")
        problems.append(names.orphan_problem(
            file, previous.sheet, r.cells.get("县区"), v, current.sheet, [match] if match else known,
            f"全市合计将少算该县区（上年数据见本行），{consequence}" if lost else consequence,
            taken=last_year, severity="须核对" if lost else "提示"))
    if last_year and only_now:
        stray, numbers = names.stray_rows(file, current, only_now, last_year, _indicator_names(tables),
                                            previous.sheet)
        problems += stray
        if numbers:
            _drop_rows(current, numbers, found)
    return problems


def _short_forms(previous, known: list[str], only_now: list[str]) -> dict[str, str]:
    """Return last year's unmatched names paired with this year's unmatched names written short
    or in full the other way (长春经济技术开发区 / 经开区), one-to-one."""
    unmatched = [v for v in previous.column("县区") or () if v and v not in known]
    if not unmatched or not only_now:
        return {}
    return names.short_form_pairs(unmatched, only_now)


def _full_name(a: str, b: str) -> tuple[str, str] | None:
    """Return the full name of a county typed in full in one sheet and shortened in the other
    (东营经济技术开发区 / 东营开发区; 松林镇 / 松林, qa11b F4), as ``better_spelling`` does, or None."""
    for full, short in ((a, b), (b, a)):
        if names.township_stem(full) == short != full:  # 松林: the 镇 left off, 松林镇 is the name
            return full, f"「{short}」少了「{full[len(short):]}」字"
    if names.abbreviates(b, a):
        return a, f"「{b}」是简称"
    if names.abbreviates(a, b):
        return b, f"「{a}」是简称"
    return None


def _drop_rows(table, numbers: set[int], found: list[Problem] | None) -> None:
    """Take the rows ``numbers`` out of ``table`` (in place) with the problems ``found`` in them."""
    without = getattr(table.rows, "without", None)
    table.rows = without(numbers) if without else [r for r in table.rows if r.number not in numbers]
    for column, rows in getattr(table, "blanks", {}).items():  # blank R&D/GDP cells, judged later
        table.blanks[column] = [n for n in rows if n not in numbers]
    if found:
        found[:] = [p for p in found if not (p.sheet == table.sheet and p.cell and _row_of(p.cell) in numbers)]


def _row_of(cell: str) -> int | None:
    digits = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if digits.isdigit() else None


def _county_sources(tables: dict) -> dict[str, set[str]]:
    """Return sheet → the county names used there, for the sheets other than 县区数据 and
    县区上年数据 that name counties (收件人's 科室 column, the ledgers' 县区 column). Called only
    when two names disagree."""
    out = {}
    for sheet, column in (("收件人", "科室"), *((name, "县区") for name in LEDGERS)):
        t = tables.get(sheet)
        if t is not None and column in t.columns:
            out[sheet] = {names.fold(v) for v in set(t.column(column)) if type(v) is str}
    return out


def _indicator_names(tables: dict) -> list[str]:
    """Return the indicator names of 目标任务 and 科室数据 (a stray county row often is one)."""
    out = []
    for sheet, column in (("目标任务", "指标"), ("科室数据", "指标")):
        t = tables.get(sheet)
        values = t.column(column) if t is not None else None
        out += [str(v) for v in values or () if v]
    return out


def without_contradicted_notes(read: list[Problem], found: list[Problem]) -> list[Problem]:
    """Return the problems met reading the workbook and those ``review`` found, without a note that a
    text cell was read as a number ("已自动换算") where the review found that very cell wrong
    (「21.6%」 in an 亿元 row): one message for the cell, not an error and a note that it is fine (qa22 F3)."""
    wrong = {(p.sheet, p.cell) for p in found if p.severity == "错误" and p.cell}
    kept = [p for p in read
            if not (p.severity == "提示" and "已自动换算" in p.expected and (p.sheet, p.cell) in wrong)]
    return kept + found


def review(ds) -> list[Problem]:
    """Return the problems of a read dataset: plausibility, ledger names, the year."""
    file, tables = ds.location, ds.tables
    problems: list[Problem] = []
    current = tables.get(unitsheets.COUNTY)
    if current is not None and current.columns:
        previous = tables.get(unitsheets.COUNTY_PREVIOUS)
        problems += plausibility.columns(file, current, previous if previous is not None and previous.columns else None)
        if previous is not None and previous.columns:
            problems += plausibility.columns(file, previous, None, yoy=False)
    raw = getattr(ds, "sheets", {})
    if "科室数据" in tables:
        problems += plausibility.department_rows(file, tables["科室数据"], _raw_value(raw.get("科室数据")))
        problems += row_shift.department_rows(file, tables["科室数据"], raw.get("科室数据"))  # qa24 F2
        problems += per_head.per_head_in_yi(file, tables["科室数据"])
        problems += unitcell.bare_scale_units(file, tables["科室数据"], tables.get("目标任务"))
    problems = _consistency(file, tables, problems, ds.settings.month if ds.settings is not None else 12)
    if "目标任务" in tables:
        problems += plausibility.target_rows(file, tables["目标任务"], _raw_value(raw.get("目标任务")))
        problems += plan_review.open_review_notes(file, raw.get("目标任务"))
        problems += offices.unassigned_targets(file, tables["目标任务"], tables.get("科室数据"))  # qa18 L4
    for name in (*LEDGERS, "增长核算"):
        if name in tables:
            problems += plausibility.ledger_columns(file, tables[name])
    known = set(ds.counties)
    if known:
        for name in LEDGERS:
            t = tables.get(name)
            if t is None or "县区" not in t.columns:
                continue
            values = t.column("县区")
            for v in sorted({v for v in set(values) if v} - known, key=values.index):
                rows = [i for i, x in enumerate(values) if x == v]
                problems.append(names.orphan_problem(file, t.sheet, t.rows[rows[0]].cells.get("县区"), v, current.sheet,
                                                     ds.counties, "这些行不计入任何县区（全市合计不受影响）",
                                                     rows=len(rows), right=_righter(ds, v)))
    problems += target_value.mistyped_targets(file, ds.targets or ())
    problems += comparator.contradicted(file, ds.targets or (), tables.get("目标任务"))
    problems += decimal_counts.decimal_counts(file, tables.get("科室数据"), tables.get("月度数据"),
                                              [*ds.problems, *problems])
    problems += running_total.monthly_amounts(file, tables.get("月度数据"), tables.get("科室数据"),
                                              ds.settings.month if ds.settings is not None else 12)
    places = unit_name.mismatched(file, ds.settings, list(ds.counties), settings_cell(raw.get("设置"), "城市名称"),
                                  settings_cell(raw.get("设置"), "单位名称"))
    problems += places
    problems += unit_type.contradicting_types(file, current)
    if not any("城市名称为" in p.found for p in places):  # the counties are right: no per-name hint
        problems += _unlisted_counties(ds)
    problems += _no_counties(ds)
    said = names.counties_named(ds.problems, unitsheets.unit_names(tables))  # a name error already says how to spell it
    problems += recipients.unmatched_units(file, tables.get("收件人"), ds.counties, said,
                                          unitsheets.called(tables, unitsheets.COUNTY))
    problems += recipients.missing_addresses(file, tables.get("收件人"))
    problems += recipients.invalid_addresses(file, tables.get("收件人"))
    problems += recipients.missing_sender(file, raw.get("设置"))
    problems += hidden.hints(file, getattr(ds, "hidden_rows", {}), getattr(ds, "hidden_text", {}),
                             getattr(ds, "filtered", {}))
    problems += rolled.revised(file, raw.get(rolled.SHEET), tables)
    if ds.settings is not None:
        problems += midyear.last_year_not_same_period(file, current, tables.get(unitsheets.COUNTY_PREVIOUS), ds.settings.month)
        y = ds.settings.year
        cell = settings_cell(raw.get("设置"), "年度")
        fresh = getattr(ds, "is_fresh", None)
        problems += year.ledger_years(file, y, cell, tables, fresh=bool(fresh and fresh()))
        problems += year.file_name_year(file, y)
        problems += year.plan_year(file, y, tables.get("目标任务"), tables.get("工作意见"))
        if raw.get("设置") is not None:
            from kjreport.dataset import settings_values

            problems += year.settings_year(file, ds.settings, settings_values(raw["设置"]))
    return problems


def _consistency(file: str, tables: dict, problems: list[Problem], month: int = 12) -> list[Problem]:
    """Return ``problems`` with the figures that do not fit their neighbours (R&D against GDP,
    this year equal to last, swapped rows); a 提示 already given on such a cell is dropped."""
    new: list[Problem] = []
    current, previous = tables.get(unitsheets.COUNTY), tables.get(unitsheets.COUNTY_PREVIOUS)
    for t in (current, previous):
        if t is not None and t.columns:
            new += consistency.rd_against_gdp(file, t)
    if current is not None and previous is not None and current.columns and previous.columns:
        new += consistency.county_rows_as_last_year(file, current, previous)
        new += consistency.county_cells_as_last_year(file, current, previous)
        new += pasted_column.pasted_columns(file, current, previous)
        new += sheets_swapped.all_fallen(file, current, previous, month)
        new += consistency.swapped_counties(file, current, previous)
        shifts = smallcounts.without_small_count_shifts(offset.shifted_columns(file, current, previous),
                                                        current, previous)
        if shifts:  # one message for the column, not one 同比 提示 per county
            problems, new = offset.without_cell_hints(problems, shifts), offset.without_cell_hints(new, shifts)
            new += shifts
    department = tables.get("科室数据")
    if department is not None and department.columns:
        new += consistency.same_as_last_year(file, department)
        new += consistency.swapped_rows(file, department, tables.get("目标任务"))
        new += misplaced.last_year_in_wrong_row(file, department, tables.get("目标任务"))
    judged = {(p.sheet, p.cell) for p in problems if p.severity == "错误" and p.cell}
    new = [p for p in new if (p.sheet, p.cell) not in judged]  # 万元 under 亿元: said once, not also R&D ≥ GDP
    return consistency.one_per_cell(problems, new) + new if new else problems


def _no_counties(ds) -> list[Problem]:
    """Return a 提示 when 「县区数据」 lists no unit while a target is computed from its columns and
    no 科室数据 row gives it (a new bureau's fresh book: the names are typed by hand, qa11 F31)."""
    from kjreport.indicators.names import name_key
    from kjreport.plan.sources import builtin_source

    current = ds.tables.get("县区数据")
    if ds.counties or current is None or not ds.targets:
        return []
    department = ds.tables.get("科室数据")
    typed = {name_key(v) for v in (department.column("指标") if department is not None and department.columns else [])
             if v}
    needing = []
    for t in ds.targets:
        source = builtin_source(t.indicator)
        if source is not None and "县区数据" in source[1] and name_key(t.indicator) not in typed \
                and name_key(source[0]) not in typed:
            needing.append(t.indicator)
    if not needing:
        return []
    word = unitsheets.word_of(current.sheet) or "县区"
    return [Problem(
        ds.location, current.sheet, "A2",
        f"「{current.sheet}」还没有填写{word}名称，而「{'」「'.join(dict.fromkeys(needing))}」要按各{word}的数据计算",
        f"请先在A列逐行填写各{word}的名称（每行一个，与各{word}报送时的写法一致），再请各{word}填报；"
        f"不按{word}报送的，也可在「科室数据」中添加同名一行填写全市数", "提示")]


def _unlisted_counties(ds) -> list[Problem]:
    """Return a 提示 for each county of 县区数据 that is not on the official list of the city's
    counties while a name one character away is, and is used nowhere in the workbook (「晋按区」
    typed the same in both county sheets: 晋安区). Nothing for a city the list does not know."""
    from kjreport.checks.gazetteer import city_counties

    city = ds.settings.city if ds.settings is not None else ""
    current = ds.tables.get(unitsheets.COUNTY)
    if not city or not ds.counties or current is None:
        return []
    listed = city_counties(city)
    if not listed:
        return []
    free = [c for c in sorted(listed) if c not in ds.counties]
    cells = {r.values.get("县区"): r.cells.get("县区") for r in current.rows}
    told = {p.cell for p in ds.problems if p.sheet == current.sheet}
    out = []
    for name in ds.counties:
        if name in listed or cells.get(name) in told:
            continue
        slips = [c for c in free if len(c) == len(name) and sum(a != b for a, b in zip(c, name, strict=True)) == 1]
        if len(slips) == 1 and names.same_stem(name, slips[0]):
            # 偃师市 → 偃师区 (2021): the name the workbook's year used, not a slip (qa10 F5)
            out.append(Problem(
                ds.location, current.sheet, cells.get(name),
                f"县区「{name}」不在{city}现行的县区名录（民政部行政区划）中，现名「{slips[0]}」",
                f"若本工作簿的年度在撤县（市）设区等更名之前，「{name}」是当年的名称，无需修改，可忽略本提示；"
                f"否则请在各表中一并改为「{slips[0]}」", "提示"))
        elif len(slips) == 1:
            out.append(Problem(
                ds.location, current.sheet, cells.get(name),
                f"县区「{name}」不在{city}的县区名录（民政部行政区划）中，可能是「{slips[0]}」的笔误",
                f"若是笔误，请在「{'」「'.join(unitsheets.unit_names(ds.tables))}」等各表中一并改为「{slips[0]}」"
                "（通报文件名和附件都用这个名称）；"
                "若名称无误，可忽略本提示", "提示"))
    return out


def _righter(ds, name: str) -> bool:
    """Return True when a ledger's county ``name`` that 县区数据 lacks is the right spelling and
    县区数据's near match the slip: 县区上年数据 or the official county list has it, not the match."""
    match = names.likely_match(name, ds.counties)
    if match is None or names.official(name) != names.official(match):
        return False
    previous = ds.tables.get(unitsheets.COUNTY_PREVIOUS)
    last_year = {v for v in previous.column("县区") if v} if previous is not None and previous.columns else set()
    city = ds.settings.city if ds.settings is not None else ""
    sources = {**_county_sources(ds.tables), unitsheets.called(ds.tables, unitsheets.COUNTY_PREVIOUS): last_year}
    verdict = names.better_spelling(name, match, city, sources)
    return verdict is not None and verdict[0] == name


def review_results(file: str, results, known: list[Problem] = (), rolled_over: bool = False,
                   tables: dict | None = None) -> list[Problem]:
    """Return the problems only the computed indicators show: a whole column in the wrong unit
    (or a 科室数据 row's 单位 cell, with ``tables``), and a workbook with no data at all (every
    target without a value)."""
    problems = plausibility.against_targets(file, results, known, tables)
    problems += stock_typed.totals_typed(file, results, tables)
    problems += target_far_below.far_below(file, results, [*known, *problems])
    problems += stock_typed.previous_totals_typed(file, results, tables)
    problems += stock_typed.increments_against_stocks(file, tables)
    problems += partial_ledger.ledger_against_department(file, results, (tables or {}).get("科室数据"))
    problems += kind_edit.kind_without_words(file, results, tables)
    problems += kind_edit.growth_without_subject(file, results, tables)
    problems += city_figure.department_against_units(file, results, tables, [*known, *problems])
    problems += city_figure.previous_against_units(file, results, tables, [*known, *problems])
    problems += city_figure.share_on_county_sums(file, results, tables)
    problems += percent.hundredths(file, results, [*known, *problems])
    problems += percent.hundredfold(file, results, [*known, *problems])
    problems += consistency.city_jumps(file, results, [*known, *problems])
    problems += untracked.untracked_columns(file, results, [*known, *problems])
    problems += unitcell.growth_without_unit(file, results, tables)
    with_target = [r for r in results if r.target is not None]
    pending = [r for r in with_target if r.value is None and r.status in ("无数据", "待补充")]
    if with_target and len(pending) == len(with_target):
        if rolled_over:
            # last year's figures are in (a workbook rolled over by init): not reported yet
            problems.append(Problem(file, None, None, f"{NOTHING_REPORTED}（{len(pending)} 项目标均待报送，上年数已有）",
                                    "各县区、科室报送后再生成报告", "提示"))
        elif _rows_to_fill(tables):
            # a workbook just set up by init --plan: the rows to fill are listed, nothing typed yet
            problems.append(Problem(file, None, None, f"{NOTHING_REPORTED}（{len(pending)} 项目标均待填报）",
                                    f"请按「科室数据」「{unitsheets.called(tables, unitsheets.COUNTY)}」列出的指标填写后再生成报告",
                                    "提示"))
        else:
            problems.append(Problem(file, None, None, f"工作簿中没有任何一项目标任务的数据（{len(pending)} 项目标全部为空）",
                                    f"请先填写{unitsheets.called(tables, unitsheets.COUNTY)}、科室数据和台账，再生成报告"))
    return problems


def _rows_to_fill(tables: dict | None) -> bool:
    """Return True when 科室数据 lists indicators with no figure typed yet (init --plan's rows)."""
    t = (tables or {}).get("科室数据")
    if t is None or "指标" not in t.columns or not t.rows:
        return False
    return any(t.column("指标")) and not any(
        v is not None for c in ("本年数", "上年数") if c in t.columns for v in t.column(c))


def review_monthly(file: str, results, progress, month: int, tables: dict | None = None,
                   known: list[Problem] = ()) -> list[Problem]:
    """Return the problems of 月度数据 against the computed indicators: the 报送月份's figure
    unlike the counties' sum or the department's 本年数 (or like its 上年数: the two swapped), a
    growth typed as a fraction, a 新增 row holding totals, and a flow's figure for the year below
    an earlier month's."""
    # with 科室数据 unread (a renamed sheet) a 新增 target has no figure of the year to tell a row
    # of totals from: the sheet's error is the one message (qa12 F12, S26)
    unread = tables is not None and "科室数据" not in tables
    totals_typed = increments.totals_in_increment_rows(
        file, [r for r in results if not (unread and r.value is None)], progress, month)
    said = tuple(p.found.partition("的年度目标")[0] for p in totals_typed)  # 「规上工业企业」
    counties = midyear.monthly_against_counties(file, results, progress, month)
    told = {m[1] for p in counties if (m := re.match(r"「([^」]+)」", p.found))}
    below = [p for p in cumulative.year_below_month(file, results, progress, month)
             if not (said and p.found.startswith(said))]  # the same row: one message
    told |= {m[1] for p in below if (m := re.match(r"「([^」]+)」", p.found))}
    department = monthly.against_department(file, results, progress, month, tables, told, known)
    swapped = {p.cell for p in department if "填反" in p.expected}
    below = [p for p in below if not (p.sheet == "科室数据" and p.cell in swapped)]
    full_year = midyear.department_full_year(file, results, progress, month)  # qa24 F11
    return (counties + department + monthly.growth_fractions(file, results, progress, month, known)
            + below + totals_typed + full_year)


def review_cells(file: str, tables: dict, results, known: list[Problem]) -> list[Problem]:
    """Return the 提示 on cells marked not applicable (「/」), county rows left blank and the
    blanks the summary's county table will show as 【待补充】 (none where ``known`` errors are)."""
    return marks.review(file, tables, results, known)


def one_message_per_cell(problems: list[Problem], hidden_rows: dict[str, list[int]] | None = None,
                         tables: dict | None = None) -> list[Problem]:
    """Return ``problems`` as the clerk reads them: no 提示 repeating what an error says of its
    cell, a 合计 row's 提示 naming the county cells already judged wrong, a column shift told
    once per pair of columns (``tables``: where the columns are), and a cell in a hidden row
    said to be hidden (``hidden_rows``: sheet → row numbers)."""
    problems = totals.name_suspects(without_fill_hints_on_errors(problems))
    if tables:
        problems = shift.column_pairs(problems, tables)
    problems = _empty_runs(problems)  # after the shift: its blanks are told with their pair
    problems = city_figure.unless_told(problems)  # 本年数 and 上年数 swapped says more of that cell
    problems = city_figure.with_figures(problems)  # the figures said: not again where they come from
    problems = merged.without_merge_follow_ons(problems, tables)  # merged names: one error (qa12 F12)
    problems = blank_owner.named(problems, tables)  # after the blanks grouped by their text (qa18 F2)
    return hidden.mark(problems, hidden_rows or {})


_EMPTY = re.compile(r"^「([^」]+)」为空$")
EMPTY_RUN = 3  # this many empty cells of one county column: one message (qa10 F18)


def _empty_runs(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` with the 「X」为空 errors of one county-sheet column told once, with its
    cells and their number, when there are ``EMPTY_RUN`` or more (a master half-collected, a new
    bureau's 县区上年数据 not typed yet): 16 lines of the same message hide the others."""
    from kjreport.workbook.numbers import cell_span

    runs: dict[tuple, list[Problem]] = {}
    for p in problems:
        if p.severity == "错误" and (unitsheets.is_unit_sheet(p.sheet) or _is_ledger(p.sheet)) and p.cell \
                and _EMPTY.match(p.found):
            runs.setdefault((p.sheet, p.cell.rstrip("0123456789"), p.found, p.expected), []).append(p)
    runs = {k: v for k, v in runs.items() if len(v) >= EMPTY_RUN}
    if not runs:
        return problems
    out, told = [], set()
    for p in problems:
        key = (p.sheet, (p.cell or "").rstrip("0123456789"), p.found, p.expected)
        if key not in runs:
            out.append(p)
        elif key not in told:
            told.add(key)
            cells = [q.cell for q in runs[key]]
            what = f"{len(cells)} 行" if _is_ledger(p.sheet) else f"{len(cells)} 个县区"
            out.append(Problem(p.file, p.sheet, cell_span(cells), f"{p.found}（{what}）", p.expected))
    return out


def _is_ledger(sheet: str | None) -> bool:
    """Return True for a 台账 (企业台账, 项目台账, 平台台账): 30 firms listed without their finances
    are one message per column, not 60 (qa12 F36)."""
    return bool(sheet) and sheet.endswith("台账")


NOTHING_REPORTED = "本年尚未报送任何目标任务的数据"
SWING = plausibility.SWING


_FILL_AT = re.compile(r"请在「([^」]+)」([A-Z]+[0-9]+) 填写")


def without_fill_hints_on_errors(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` without a 提示 asking to fill a cell that an error already names
    (「没有本年数据；请在「科室数据」D5 填写」 beside 「D5：「百分之四点六」不是数字」, or beside
    「D5：「省级研发平台」的「本年数」为空」: one cell, one message)."""
    errors = {(p.sheet, p.cell) for p in problems if p.severity == "错误" and p.cell}
    if not errors:
        return problems
    rows = {(sheet, cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) for sheet, cell in errors}
    return [p for p in problems
            if p.severity == "错误" or not (
                (m := _FILL_AT.search(p.expected or "")) and (m[1], m[2]) in errors
                # a total typed as 新增 (本年数) or as its 上年数 (qa11 F30): the row's swing said once
                or p.expected == SWING and (p.sheet, (p.cell or "").lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) in rows)]


def settings_cell(data, key: str) -> str | None:
    """Return the cell holding the value of ``key`` in a 设置 sheet, or None."""
    if data is None:
        return None
    from kjreport.dataset import settings_values

    return settings_values(data).get(key, (None, None))[1]
