"""Optional columns a copy has and the master lacks (数据年度, 口径, 备注): never a silent loss.

A master made before lag11, or by hand, may have no 「数据年度」 column in 科室数据 while a
department's copy says its R&D figure is last year's. Merging the figure without its year would
state 2010's figure as 2011's, so the master gains the column, after its last used column, as
``kjreport init --from`` adds it; the header cell is written with the values and a 提示 says so.

A blank 数据年度 in a copy means 本年度: against a master row holding an earlier year it is a
difference like any other cell (a conflict unless ``--prefer`` decides), not "nothing typed".
"""

from __future__ import annotations

from pathlib import Path

from kjreport.checks.datayear import COLUMN as DATA_YEAR
from kjreport.collect.model import CellChange, CollectPlan
from kjreport.collect.rows import Change, columns_of, key_of
from kjreport.errors import Problem
from kjreport.workbook.numbers import is_blank
from kjreport.workbook.tables import ColumnAt, Row, Table
from kjreport.workbook.xlsx import XlsxFile, column_letter


def widen(master: Path, tables: dict[str, Table], copies) -> dict[str, list[ColumnAt]]:
    """Return sheet → the optional spec columns added to the master's table ``tables[sheet]``
    because a copy has them with a value and the master has not, each placed after the last
    used column of the master's sheet (the table is changed in place; the file is not)."""
    added: dict[str, list[ColumnAt]] = {}
    for sheet, table in tables.items():
        if not table.columns:
            continue
        wanted = []
        for copy in copies:
            theirs = copy.tables.get(sheet)
            for name, at in (theirs.columns.items() if theirs is not None else ()):
                if (name not in table.columns and not at.column.required and name not in wanted
                        and any(not is_blank(r.values.get(name)) for r in theirs.rows)):
                    wanted.append(name)
        if not wanted:
            continue
        first_col, width = _used_columns(master, table.sheet)
        for i, name in enumerate(wanted):
            spec = next(c for c in table.spec.columns if c.name == name)
            at = ColumnAt(spec, width + i, column_letter(first_col + width + i))
            table.columns[name] = at
            added.setdefault(sheet, []).append(at)
    return added


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
            plan.changes.append(CellChange(sheet, cell, None, at.column.name, tuple(dict.fromkeys(givers))))
            plan.hints.append(Problem(
                str(master), table.sheet, cell, f"汇总表没有「{at.column.name}」列，报送文件中填有该列",
                f"已在 {cell} 加上「{at.column.name}」列并写入报送的值（不加会丢失这些值）", "提示"))


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
