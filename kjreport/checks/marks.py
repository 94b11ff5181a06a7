"""Cells marked not applicable (「/」「—」「无」), county rows left blank, and the blanks that the
summary's county table (附件「县区主要指标对比表」) will show as 【待补充】 — told by ``check``, so
that nothing surfaces only in the Word file."""

from __future__ import annotations

import re

from kjreport.errors import Problem
from kjreport.summary.compared import denominators
from kjreport.workbook import unitsheets
from kjreport.workbook.numbers import cell_span

COUNTY_SHEET = unitsheets.COUNTY
DEPARTMENT = "科室数据"
ANNEX_COLUMNS = 4  # the comparison table holds at most four indicators (summary.tables.county_results)
SHOWN = 5  # counties named in one message before 「等」

_RANGE = re.compile(r"^([^!]+)!([A-Z]+)\d+(?::[A-Z]+\d+)?$")


def review(file: str, tables: dict, results, known: list[Problem]) -> list[Problem]:
    """Return the 提示 of ``tables``: one per sheet for its cells marked not applicable, one per
    county row of 县区数据 left blank (整行为空), one for the blanks of the county table —
    leaving out the cells an error of ``known`` already names."""
    judged = {(p.sheet, p.cell) for p in known if p.severity == "错误" and p.cell}
    problems: list[Problem] = []
    for table in tables.values():
        marks = getattr(table, "marks", None)
        if marks:
            problems += _marked(file, table, judged)
    county = tables.get(COUNTY_SHEET)
    if county is not None and county.columns and county.rows and "县区" in county.columns:
        empty = _blank_rows(county, judged)
        annex = annex_columns(county, results, tables)
        word = _unit_word(county)
        problems += [_blank_row_problem(file, county, i, bool(annex), word) for i in empty]
        problems += _annex_blanks(file, county, annex, word, judged)
        previous = tables.get(unitsheets.COUNTY_PREVIOUS)
        if previous is not None and "县区" in getattr(previous, "columns", {}):
            named = {(p.sheet, p.cell) for p in known if p.cell} | {(p.sheet, p.cell) for p in problems if p.cell}
            problems += _previous_blanks(file, county, previous, annex, word, named)
    return problems


def _marked(file: str, table, judged: set) -> list[Problem]:
    found: list[tuple[str, str]] = []
    for name, cells in table.marks.items():
        at = table.columns.get(name) or table.extra.get(name)
        if at is None:
            continue
        found += [(f"{at.letter}{number}", text) for number, text in cells
                  if (table.sheet, f"{at.letter}{number}") not in judged]
    if not found:
        return []
    found.sort(key=lambda x: (int(x[0].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")), x[0]))
    cells = [c for c, _ in found]
    shown = cell_span(cells) if len({c.rstrip("0123456789") for c in cells}) == 1 else "、".join(cells)
    texts = "".join(f"「{t}」" for t in dict.fromkeys(t for _, t in found))
    # the county tables of the summary and the notices show such a cell as "—" with a 注 saying
    # what it means (summary.tables.marked_note): no 【待补充】, not counted as missing
    shown_as = "，总结和通报的表中显示为“—”（表下注明“—”表示不适用或无此项），不算缺报" \
        if unitsheets.is_unit_sheet(table.sheet) else ""
    return [Problem(file, table.sheet, cells[0],
                    f"{shown} 填的是{texts}，已按“不适用”（空白）读取，不参与计算{shown_as}",
                    f"若{'这些单元格' if len(cells) > 1 else '该单元格'}本应有数据，请填写数值；确属不适用的可保留", "提示")]


def _number_columns(table) -> list[str]:
    return [n for n, at in (*table.columns.items(), *table.extra.items()) if at.column.kind in ("number", "int")]


def _blank_rows(table, judged: set) -> list[int]:
    """Return the positions of the rows naming a county whose every number cell is empty (none
    when no county has reported yet: a workbook just rolled over)."""
    names = _number_columns(table)
    if not names:
        return []
    columns = [table.column(n) for n in names]
    counties = table.column("县区") or []
    blank = [i for i, county in enumerate(counties) if county and all(c[i] is None for c in columns)]
    marked = {number for cells in table.marks.values() for number, _ in cells}  # 「/」: not blank
    blank = [i for i in blank if table.rows[i].number not in marked] if marked else blank
    if len(blank) == len([c for c in counties if c]):
        return []  # nothing reported yet: said elsewhere (尚未报送)
    return [i for i in blank if not any((table.sheet, cell) in judged for cell in table.rows[i].cells.values())]


def _unit_word(table) -> str:
    """Return 乡镇 when at least half the units are townships (类型, else the name's ending), else
    县区 — the word the summary uses (``summary.units.unit_word``)."""
    from kjreport.summary.units import COUNTIES, TOWN_TYPES, TOWNS

    kinds = table.column("类型") or [None] * len(table.rows)
    names = [(n, k) for n, k in zip(table.column("县区") or [], kinds, strict=False) if n]
    towns = sum((k in TOWN_TYPES) if k else str(n).endswith(("镇", "乡", "街道")) for n, k in names)
    return TOWNS if names and towns * 2 >= len(names) else COUNTIES


def _blank_row_problem(file: str, table, i: int, annexed: bool, word: str) -> Problem:
    row = table.rows[i]
    letters = sorted((at.index, at.letter) for n, at in (*table.columns.items(), *table.extra.items())
                     if n in _number_columns(table))
    span = f"{letters[0][1]}{row.number}:{letters[-1][1]}{row.number}"
    tail = f"；不补报时，总结附件中该{word}一行显示为【待补充】" if annexed else ""
    return Problem(file, table.sheet, row.cells.get("县区"),
                   f"「{row.values.get('县区')}」整行为空（{span} 均未填写）",
                   f"请补报该{word}本年数据{tail}；如该{word}已撤并、不再报送，可删除这一行", "提示")


def annex_columns(table, results, tables: dict | None = None) -> list[tuple[str, list[str]]]:
    """Return the indicators the summary's county table compares, as (name, the 县区数据 columns
    each county's figure needs) for those computed from 县区数据. ``check`` computes no county
    figures, so the choice of ``summary.compared`` is made on sources: results drawn from sheets
    with a 县区 column (县区数据, the ledgers), the targeted ones, else all but a denominator; four."""
    # sources name a sheet as the workbook does (乡镇数据, not 县区数据: qa14a F6)
    by_county = {getattr(t, "sheet", name) for name, t in (tables or {table.sheet: table}).items()
                 if "县区" in getattr(t, "columns", {})}
    letters = {at.letter: n for n, at in (*table.columns.items(), *table.extra.items())}

    def sheets(r) -> set[str]:
        return {m[1] for s in r.sources if (m := _RANGE.match(s))}

    # a 科室数据 figure compared by county: a county bureau's 全县 figure beside its 乡镇 column (qa14a F6),
    # or one with a same-name 县区数据 column (qa14b F2)
    countable = [r for r in results if r.sources and (found := sheets(r))
                 and ((found - {DEPARTMENT} <= by_county and found & by_county) or table.sheet in found)]
    wholes = denominators(results)
    chosen = [r for r in countable if r.target is not None] or [r for r in countable if r.name not in wholes]
    out = []
    for r in chosen[:ANNEX_COLUMNS]:
        columns = [letters.get(m[2]) for s in r.sources if (m := _RANGE.match(s)) and m[1] == table.sheet]
        if columns and all(columns):
            out.append((getattr(r, "figure_name", "") or r.name, list(dict.fromkeys(columns))))
    return out


def _annex_blanks(file: str, table, annex: list[tuple[str, list[str]]], word: str, judged: set) -> list[Problem]:
    """Return one 提示 listing the counties whose figure the county table cannot show."""
    if not annex:
        return []
    counties = table.column("县区") or []
    values = {c: table.column(c) for _, cols in annex for c in cols}
    marked = {(c, number) for c in values for number, _ in table.marks.get(c, ())}  # shown "—"
    missing: list[tuple[int, list[str]]] = []
    for i, county in enumerate(counties):
        if not county:
            continue
        row = table.rows[i]
        # a figure needing a cell marked not applicable is not applicable either: shown "—"
        names = [name for name, cols in annex
                 if not (marked and any((c, row.number) in marked for c in cols))
                 and any(values[c][i] is None and (table.sheet, row.cells.get(c)) not in judged for c in cols)]
        if names:
            missing.append((i, names))
    if not missing or len(missing) == len([c for c in counties if c]):
        return []  # no county has reported: nothing to compare yet
    total = sum(len(n) for _, n in missing)
    listed = "；".join(f"{counties[i]}（{'、'.join(n)}）" for i, n in missing[:SHOWN])
    more = f"等 {len(missing)} 个{word}" if len(missing) > SHOWN else ""
    first = table.rows[missing[0][0]]
    cell = next((first.cells.get(c) for name, cols in annex if name in missing[0][1] for c in cols
                 if values[c][missing[0][0]] is None), first.cells.get("县区"))
    return [Problem(file, table.sheet, cell,
                    f"总结附件「{word}主要指标对比表」中将有 {total} 处显示为【待补充】：{listed}{more}",
                    f"请补填这些{word}的数据；否则生成的总结含【待补充】，须在 Word 中处理后才能发送", "提示")]


def _previous_blanks(file: str, county, previous, annex: list[tuple[str, list[str]]], word: str,
                     named: set) -> list[Problem]:
    """Return one 提示 naming the cells of 县区上年数据 left blank where the county table compares
    the two years: the unit reported this year and its other years' row is there, most units
    filled the cell — the summary's 附件2 shows its 上年 and 增速 as “—” and its notice says
    上年数据未报送 (qa14a F6: a blank 上年数 passed ``check`` without a word). Cells another
    message names and cells marked not applicable are left out."""
    if not annex:
        return []
    previous_rows = {str(r.values.get("县区")): r for r in previous.rows if r.values.get("县区")}
    found: list[tuple[str, str, str]] = []  # (cell, unit, figure)
    for figure, columns in annex:
        for name in dict.fromkeys(columns):  # the 县区数据 columns the figure needs, by name
            at = previous.columns.get(name) or previous.extra.get(name)
            if at is None:
                continue  # no such column last year: said elsewhere (同比 not computed)
            marked = {number for number, _ in previous.marks.get(name, ())}
            blank, filled = [], 0
            for row in county.rows:
                unit = row.values.get("县区")
                before = previous_rows.get(str(unit)) if unit else None
                if before is None or row.values.get(name) is None:
                    continue
                if before.values.get(name) is not None:
                    filled += 1
                elif before.number not in marked:
                    blank.append((f"{at.letter}{before.number}", str(unit), figure))
            if blank and filled >= len(blank):
                found += [b for b in blank if (previous.sheet, b[0]) not in named]
    if not found:
        return []
    cells = [c for c, _, _ in found]
    shown = cell_span(cells) if len({c.rstrip("0123456789") for c in cells}) == 1 else "、".join(cells)
    listed = "、".join(dict.fromkeys(f"{u}（{f}）" for _, u, f in found[:SHOWN]))
    more = f"等 {len(found)} 处" if len(found) > SHOWN else ""
    return [Problem(file, previous.sheet, cells[0],
                    f"{shown} 为空：{listed}{more}的上年数没有填写，总结附件「{word}主要指标对比表」中其上年和增速显示为“—”，"
                    f"{word}通报写“上年数据未报送，暂不作同比比较”",
                    "如有上年数，请补填；确无上年数（如新设单位）的可不填", "提示")]
