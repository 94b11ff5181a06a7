"""The rows of a copy that differ from the master (``Change``), matched by each sheet's key."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kjreport.workbook.numbers import is_blank
from kjreport.workbook.tables import ColumnAt, Row, Table


@dataclass
class Change:
    """One row of a copy that brings something the master does not have.

    ``key`` is the row's key values plus its occurrence number among rows with the same key
    (the second note of 高新科 on item 一.1 pairs with the master's second such note)."""

    sheet: str
    key: tuple
    row: Row  # the copy's row
    values: dict[str, object]  # the copy's non-blank values in columns the master has
    diff: dict[str, object]  # what the master lacks or holds differently (all values if new)
    target: Row | None  # the master row it updates; None for a new row
    columns: dict[str, ColumnAt]  # the copy's columns (for its header units)
    shown: dict[str, object] = field(default_factory=dict)  # column → how a conflict shows a value

    def get(self, column: str) -> object:
        """Return the copy's value in ``column`` (None when blank or absent)."""
        return self.row.values.get(column)


def columns_of(table: Table) -> dict[str, ColumnAt]:
    """Return every column of a table, the spec's and the user-added number columns."""
    return {**table.columns, **table.extra}


def same(a: object, b: object) -> bool:
    """Return True when two cell values are the same data (numbers within rounding noise)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def key_of(row: Row, keys: tuple[str, ...]) -> tuple | None:
    """Return the key values of ``row``, None when one of them is blank."""
    values = tuple(row.values.get(k) for k in keys)
    return None if any(is_blank(v) for v in values) else values


def index_rows(table: Table, keys: tuple[str, ...]) -> dict[tuple, Row]:
    """Return (key…, occurrence) → master row; rows without a complete key cannot be matched."""
    seen: Counter = Counter()
    out: dict[tuple, Row] = {}
    for row in table.rows:
        k = key_of(row, keys)
        if k is not None:
            out[(*k, seen[k])] = row
            seen[k] += 1
    return out


def marks(table: Table) -> dict[tuple[int, str], str]:
    """Return (row number, column) → the text of each cell marked not applicable (「—」「/」)."""
    return {(number, column): text for column, cells in table.marks.items() for number, text in cells}


def changed_rows(
    sheet: str, copy: Table, master: Table, keys: tuple[str, ...], index: dict[tuple, Row]
) -> tuple[list[Change], list[Row]]:
    """Return (the copy's rows that differ from the master, its rows lacking a key value).

    A blank cell in a copy never clears the master's value: only non-blank values count."""
    master_cols = columns_of(master)
    copy_cols = columns_of(copy)
    shared = [c for c in copy_cols if c in master_cols]
    marked, held = marks(copy), marks(master)
    seen: Counter = Counter()
    changes: list[Change] = []
    keyless: list[Row] = []
    for row in copy.rows:
        values = {c: row.values[c] for c in shared if not is_blank(row.values.get(c))}
        for c in shared:  # 「—」(不适用) is the unit's answer: merged like a value (qa11 F9)
            if (row.number, c) in marked and c not in values:
                values[c] = marked[row.number, c]
        if not values:
            continue
        k = key_of(row, keys)
        if k is None:
            keyless.append(row)
            continue
        key = (*k, seen[k])
        seen[k] += 1
        target = index.get(key)
        if target is None:
            diff = dict(values)
        else:
            diff = {c: v for c, v in values.items()
                    if not same(held.get((target.number, c), target.values.get(c)), v)}
            if not diff:
                continue
        changes.append(Change(sheet, key, row, values, diff, target, copy_cols))
    return changes, keyless
