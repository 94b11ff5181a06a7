"""Optional columns a copy has and the master lacks (数据年度, 口径, 备注): never a silent loss.

A master made before lag11, or by hand, may have no 「数据年度」 column in 科室数据 while a
department's copy says its R&D figure is last year's. Merging the figure without its year would
state 2010's figure as 2011's, so the master gains the column, after its last used column, as
``kjreport init --from`` adds it; the header cell is written with the values and a 提示 says so.

A blank 数据年度 in a copy means 本年度: against a master row holding an earlier year it is a
difference like any other cell (a conflict unless ``--prefer`` decides), not "nothing typed".

A column a county adds to its copy of 县区数据 (qa14b F1: 霍山县 typed 3.9 under its own
「技术合同成交额（亿元）」 and left the master's 「技术合同交易额（亿元）」 blank) is not dropped either:
when it names the same indicator as a master column (a catalogue synonym) its figures are merged
into that column, converted to its unit, with a 提示; otherwise the master gains the column.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kjreport.checks.datayear import COLUMN as DATA_YEAR
from kjreport.collect.model import CellChange, CollectPlan
from kjreport.collect.rows import Change, columns_of, key_of, same
from kjreport.errors import Problem
from kjreport.workbook.numbers import is_blank
from kjreport.workbook.schema import UNIT_CONVERSIONS, Column
from kjreport.workbook.tables import ColumnAt, Row, Table
from kjreport.workbook.xlsx import XlsxFile, column_letter


def widen(master: Path, tables: dict[str, Table], copies) -> dict[str, list[ColumnAt]]:
    """Return sheet → the columns added to the master's table ``tables[sheet]`` because a copy
    has them with a value and the master has not: the spec's optional columns (数据年度 …) and
    the number columns a unit added that name no indicator of a master column (``aliases``
    merges those that do). Each is placed after the last used column of the master's sheet
    (the table is changed in place; the file is not)."""
    added: dict[str, list[ColumnAt]] = {}
    for sheet, table in tables.items():
        if not table.columns:
            continue
        wanted: list[tuple[str, Column]] = []
        for copy in copies:
            theirs = copy.tables.get(sheet)
            if theirs is None:
                continue
            for name, at in theirs.columns.items():
                if (name not in table.columns and not at.column.required and name not in dict(wanted)
                        and _filled(theirs, name)):
                    wanted.append((name, next(c for c in table.spec.columns if c.name == name)))
            for name, at in theirs.extra.items():
                if (name not in table.columns and name not in table.extra and name not in dict(wanted)
                        and _filled(theirs, name) and _same_indicator(name, table) is None):
                    wanted.append((name, Column(name, at.column.kind, unit=at.column.unit, required=False,
                                                nonempty=False, when_used=at.column.when_used)))
        if not wanted:
            continue
        first_col, width = _used_columns(master, table.sheet)
        own = {c.name for c in table.spec.columns}
        for i, (name, spec) in enumerate(wanted):
            at = ColumnAt(spec, width + i, column_letter(first_col + width + i), "" if name in own else spec.unit)
            (table.columns if name in own else table.extra)[name] = at
            added.setdefault(sheet, []).append(at)
    return added


def aliases(tables: dict[str, Table], copies, problems: list[Problem]) -> None:
    """Read each copy's added columns that name the same indicator as a master column (its own
    「技术合同成交额（亿元）」 beside the master's 「技术合同交易额（亿元）」) as that column: the copy's
    table is replaced by one where the figures stand under the master's name, in its unit, each
    at its own cell. Add a 提示 per such column to ``problems``, and an error where a row fills
    both columns with different figures or the units do not convert."""
    for copy in copies:
        for sheet, theirs in list(copy.tables.items()):
            ours = tables.get(sheet)
            if ours is None or not ours.columns or not theirs.extra:
                continue
            pairs = []
            for name, at in theirs.extra.items():
                if name in ours.columns or name in ours.extra or not _filled(theirs, name):
                    continue
                meant = _same_indicator(name, ours)
                if meant is None:
                    continue
                target = (ours.columns.get(meant) or ours.extra[meant]).column.unit
                factor = _factor(at.column.unit, target)
                header = f"{at.letter}{theirs.header_row}"
                if factor is None:
                    problems.append(Problem(
                        str(copy.path), theirs.sheet, header,
                        f"表头「{at.column.header}」与汇总表的「{_header(ours, meant)}」是同一指标，单位却不同",
                        f"请改为「{_header(ours, meant)}」并按{target}填写后重新报送"))
                    continue
                pairs.append((name, at, meant, factor, target))
                problems.append(Problem(
                    str(copy.path), theirs.sheet, header,
                    f"汇总表没有「{at.column.header}」列；它与汇总表的「{_header(ours, meant)}」是同一指标",
                    f"已按「{_header(ours, meant)}」合并{'（已换算为' + target + '）' if factor != 1.0 else ''}；"
                    f"以后请填在「{_header(ours, meant)}」列", "提示"))
            if pairs:
                copy.tables[sheet] = _renamed(copy.path, theirs, pairs, problems)


def _renamed(path: Path, table: Table, pairs, problems: list[Problem]) -> Table:
    """Return ``table`` with each (name, at, meant, factor, unit) of ``pairs`` read as column
    ``meant`` in ``unit``: a row's figure stands at its own cell; a row filling both with
    different figures is an error added to ``problems``."""
    rows = []
    marks = {k: list(v) for k, v in table.marks.items()}
    extra = dict(table.extra)
    for name, at, meant, _, unit in pairs:
        extra.pop(name, None)
        if meant not in table.columns and meant not in extra:
            extra[meant] = ColumnAt(Column(meant, at.column.kind, unit=unit), at.index, at.letter, unit)
    for row in table.rows:
        values, cells = dict(row.values), dict(row.cells)
        for name, _, meant, factor, _ in pairs:
            value, cell = values.pop(name, None), cells.pop(name, None)
            if is_blank(value):
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool) and factor != 1.0:
                value = float(f"{value * factor:.15g}")
            held = values.get(meant)
            if is_blank(held):
                values[meant], cells[meant] = value, cell
            elif not same(held, value):
                problems.append(Problem(
                    str(path), table.sheet, cells.get(meant),
                    f"「{meant}」填的是 {held}，同一行 {cell} 的「{name}」（同一指标）却填的是 {value}",
                    "两列是同一指标，请只保留正确的一个数后重新报送"))
        rows.append(Row(row.number, values, cells))
    for name, _, meant, _, _ in pairs:
        taken = {n for n, _ in marks.get(meant, [])}
        moved = [m for m in marks.pop(name, []) if m[0] not in taken]
        if moved:
            marks.setdefault(meant, []).extend(moved)
    return replace(table, rows=rows, extra=extra, marks=marks)


def _same_indicator(name: str, table: Table) -> str | None:
    """Return the master's number column that names the same indicator as ``name``, if any."""
    from kjreport.indicators.catalogue import load_catalogue

    catalogue = load_catalogue()
    for theirs, at in (*table.columns.items(), *table.extra.items()):
        if at.column.kind in ("number", "int") and theirs != name and catalogue.same(name, theirs):
            return theirs
    return None


def _factor(unit: str, target: str) -> float | None:
    """Return what a figure in ``unit`` is multiplied by to stand in ``target``; None when the
    two do not convert (家 and 亿元). A header without a unit is taken to mean the master's."""
    if not unit or not target or unit == target:
        return 1.0
    a, b = UNIT_CONVERSIONS.get(unit), UNIT_CONVERSIONS.get(target)
    if a is None or b is None or a[0] != b[0]:
        from kjreport.workbook.schema import same_count

        return 1.0 if same_count(unit, target) else None
    return a[1] / b[1]


def _header(table: Table, name: str) -> str:
    at = table.columns.get(name) or table.extra.get(name)
    return at.column.header if at is not None else name


def _filled(table: Table, name: str) -> bool:
    """Return True when some row of ``table`` holds a value (or a 「—」) in column ``name``."""
    return any(not is_blank(r.values.get(name)) for r in table.rows) or bool(table.marks.get(name))


def _used_columns(path: Path, sheet: str) -> tuple[int, int]:
    """Return (first column, number of columns up to the last non-blank cell) of ``sheet``."""
    source = XlsxFile(path)
    try:
        data = source.read_sheet(sheet)
    finally:
        source.close()
    width = 0
    for row in data.rows:
        for j in range(len(row) - 1, width - 1, -1):
            if not is_blank(row[j]):
                width = j + 1
                break
    return data.first_col, width


def headers(plan: CollectPlan, master: Path, tables: dict[str, Table],
            added: dict[str, list[ColumnAt]]) -> None:
    """Add to ``plan`` the header cell of each added column that receives a value, and a 提示
    saying the master gained it (a column nothing is written to is not added)."""
    for sheet, columns in added.items():
        table = tables[sheet]
        for at in columns:
            givers = [f for c in plan.changes if c.sheet == sheet and c.cell.rstrip("0123456789") == at.letter
                      for f in c.files]
            if not givers:
                continue
            cell = f"{at.letter}{table.header_row}"
            header = at.column.header if at.column.name in table.extra else at.column.name
            plan.changes.append(CellChange(sheet, cell, None, header, tuple(dict.fromkeys(givers))))
            plan.hints.append(Problem(
                str(master), table.sheet, cell, f"汇总表没有「{header}」列，报送文件中填有该列",
                f"已在 {cell} 加上「{header}」列并写入报送的值（不加会丢失这些值）", "提示"))


def cleared_data_years(sheet: str, copy: Table, master: Table, index: dict[tuple, Row], changes: list[Change],
                       keys: tuple[str, ...], year: int) -> list[Change]:
    """Return ``changes`` with the rows whose 数据年度 the copy leaves blank (本年度 ``year``)
    while the master's row holds an earlier year: a difference, offered as ``year`` and shown as
    the blank it is, so it is merged or reported as a conflict like any other cell."""
    if DATA_YEAR not in copy.columns or DATA_YEAR not in master.columns:
        return changes
    by_row = {ch.row.number: ch for ch in changes}
    out = list(changes)
    seen: dict[tuple, int] = {}
    for row in copy.rows:
        k = key_of(row, keys)
        if k is None:
            continue
        n = seen[k] = seen.get(k, -1) + 1
        target = index.get((*k, n))
        if target is None or not is_blank(row.values.get(DATA_YEAR)):
            continue
        held = target.values.get(DATA_YEAR)
        if is_blank(held) or held == year:
            continue
        ch = by_row.get(row.number)
        if ch is None:
            ch = Change(sheet, (*k, n), row, {}, {}, target, columns_of(copy))
            out.append(ch)
        ch.values[DATA_YEAR] = ch.diff[DATA_YEAR] = year
        ch.shown[DATA_YEAR] = _Said(f"空（即本年度 {year}）")
    return out


class _Said:
    """A cell shown as words in a conflict (not quoted as a text value would be)."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self) -> str:
        return self.text
