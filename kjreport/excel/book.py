"""The workbook open in Excel as a ``WorkbookSource``, through an xlwings ``Book``.

Reads go through Excel, so unsaved edits count; writes go through Excel too, never to the
file behind Excel's back. The same code drives Excel on Windows/macOS (COM/AppleScript) and
xlwings' remote engine (``xw.Book(json=…)``), which the Linux tests use.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kjreport.workbook.source import SheetData, SheetOut

if TYPE_CHECKING:
    import xlwings as xw

UNSAVED_NOTE = "结果已写入当前工作簿，尚未保存；确认无误后请保存工作簿。"


class ExcelBook:
    """A live Excel workbook (``WorkbookSource``).

    ``SheetData.merged`` and ``SheetData.uncached`` stay empty: Excel always holds a computed
    value for every formula, and merged cells read as the value in their top-left cell.
    """

    def __init__(self, book: xw.Book):
        self.book = book

    @property
    def label(self) -> str:
        """Return the book's name as Excel shows it, e.g. 2011年报表.xlsx."""
        return self.book.name

    @property
    def location(self) -> str:
        """Return the book's full path; just its name while it has never been saved."""
        return self.book.fullname

    def sheet_names(self) -> list[str]:
        """Return the sheet names in workbook order."""
        return [sheet.name for sheet in self.book.sheets]

    def read_sheet(self, name: str) -> SheetData:
        """Return the used range of sheet ``name``, without blank border rows and columns.

        Excel error values come back as the text Excel shows ("#DIV/0!", "#N/A", …); numbers
        as float and dates without a time of day as ``datetime.date``, as from the .xlsx file.
        """
        used = self.book.sheets[name].used_range
        rows = used.options(ndim=2, err_to_str=True).value or []
        return _trimmed(name, [list(r) for r in rows], used.row, used.column)

    def write_sheet(self, name: str, rows: list[list[object]]) -> str | None:
        """Create sheet ``name`` (after the last sheet) or clear its contents, then write
        ``rows`` from A1 in one range assignment; no other sheet is touched. Return a note
        that the book is not saved yet."""
        sheets = self.book.sheets
        if name in self.sheet_names():
            sheet = sheets[name]
            sheet.clear_contents()
        else:
            sheet = sheets.add(name, after=sheets[len(sheets) - 1])
        width = max((len(r) for r in rows), default=0)
        if width:
            sheet.range((1, 1)).value = [list(r) + [None] * (width - len(r)) for r in rows]
        return UNSAVED_NOTE

    def write_sheets(self, sheets: list[SheetOut]) -> str | None:
        """Write each sheet as ``write_sheet`` does, then colour its cells (one call per colour
        run of a row, so a table of 40 rows costs a few dozen calls)."""
        for out in sheets:
            self.write_sheet(out.name, out.rows)
            sheet = self.book.sheets[out.name]
            for (r, c0, c1), colour in _colour_runs(out.fills):
                sheet.range((r + 1, c0 + 1), (r + 1, c1 + 1)).color = f"#{colour}"
        return UNSAVED_NOTE


def _colour_runs(fills: dict[tuple[int, int], str]) -> list[tuple[tuple[int, int, int], str]]:
    """Return ``fills`` as runs of one colour along a row: ((row, first col, last col), colour)."""
    runs: list[tuple[tuple[int, int, int], str]] = []
    for (r, c), colour in sorted(fills.items()):
        if runs and runs[-1][1] == colour and runs[-1][0][0] == r and runs[-1][0][2] == c - 1:
            (row, first, _), _ = runs[-1]
            runs[-1] = ((row, first, c), colour)
        else:
            runs.append(((r, c, c), colour))
    return runs


def _plain(value: object) -> object:
    """Return a cell value as the .xlsx reader gives it: numbers as float, a date without a
    time of day as a date, an empty string as None."""
    if value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        return value.date()
    return value


def _trimmed(name: str, rows: list[list[object]], first_row: int, first_col: int) -> SheetData:
    """Return ``rows`` as SheetData without leading/trailing blank rows and columns."""

    def blank(v: object) -> bool:
        return v is None or v == ""

    rows = [[_plain(v) for v in r] for r in rows]
    filled = [i for i, r in enumerate(rows) if not all(blank(v) for v in r)]
    if not filled:
        return SheetData(name, [], first_row, first_col)
    rows = rows[filled[0] : filled[-1] + 1]
    cols = [
        j
        for j in range(max(len(r) for r in rows))
        if any(j < len(r) and not blank(r[j]) for r in rows)
    ]
    c0, c1 = cols[0], cols[-1] + 1
    return SheetData(name, [r[c0:c1] for r in rows], first_row + filled[0], first_col + c0)
