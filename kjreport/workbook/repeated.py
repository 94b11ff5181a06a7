"""A second header row pasted mid-sheet (two 科室 sheets pasted one under the other): found
cheaply — the header's first cell looked up in its column at C speed, then the row compared
with the header — and read as a blank row, with one 提示 naming it, instead of one error per
cell ("「本年数」不是数字", "「县区」不像是县区").

Pure: a ``SheetData`` in, the rows found (and a copy of the sheet without them) out.
"""

from __future__ import annotations

from dataclasses import replace

from kjreport.workbook.source import SheetData
from kjreport.workbook.xlsx import column_letter

MIN_SAME = 2  # at least this many of the header's cells (and half of them) are repeated


def _text(v) -> str:
    return "".join(v.split()) if isinstance(v, str) else ""


def repeated_headers(data: SheetData, header_index: int, indexes: list[int]) -> list[int]:
    """Return the positions in ``data.rows`` (after the header at ``header_index``) of rows that
    repeat the header in the mapped columns ``indexes``."""
    if not indexes or header_index + 1 >= len(data.rows):
        return []
    header = data.rows[header_index]
    named = [j for j in indexes if j < len(header) and _text(header[j])]
    if len(named) < MIN_SAME:
        return []
    first = named[0]
    if data.columns is not None and first < len(data.columns):
        column = list(data.columns[first][header_index + 1:])
    else:
        column = [r[first] if first < len(r) else None for r in data.rows[header_index + 1:]]
    if header[first] not in column:  # the usual sheet: one C-level pass, nothing found
        return []
    found = []
    wanted = {j: _text(header[j]) for j in named}
    for k, v in enumerate(column):
        if v != header[first]:
            continue
        row = data.rows[header_index + 1 + k]
        same = sum(1 for j, t in wanted.items() if j < len(row) and _text(row[j]) == t)
        if same >= MIN_SAME and 2 * same >= len(wanted):
            found.append(header_index + 1 + k)
    return found


def without_rows(data: SheetData, positions: list[int]) -> SheetData:
    """Return a copy of ``data`` whose rows at ``positions`` are blank (row numbers unchanged)."""
    rows = list(data.rows)
    for i in positions:
        rows[i] = [None] * len(rows[i])
    return replace(data, rows=rows, columns=None)


def row_cell(data: SheetData, position: int) -> str:
    """Return the address of the first cell of the row at ``position`` ("A7")."""
    return f"{column_letter(data.first_col)}{data.first_row + position}"
