"""The workbook open in Excel as a ``WorkbookSource``, through an xlwings ``Book``.

Reads go through Excel, so unsaved edits count; writes go through Excel too, never to the
file behind Excel's back. The same code drives Excel on Windows/macOS (COM/AppleScript) and
xlwings' remote engine (``xw.Book(json=…)``), which the Linux tests use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kjreport.workbook.grid import holds
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
        self._remote: bool | None = None  # xlwings' remote engine (values as JSON sends them)

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

        The values come out in one transfer, as the engine delivers them (``raw_value``), and
        are converted here in one pass: xlwings' own conversion (``.value``) calls a function
        per cell and then this method converted every cell again — at 450,000 cells, most of
        a ribbon click.
        """
        sheet = self.book.sheets[name]
        remote = self._remote
        if remote is None:
            remote = self._remote = getattr(self.book.app.engine, "name", "") == "remote"
        if remote and type(values := sheet.api.get("values")) is list:
            # The remote engine holds the sheet's values as rows from A1 (blank outside the
            # used range): taking them as they are skips xlwings copying every row twice
            # (``raw_value`` makes tuples, then slices them to the used range).
            if len(values) >= _BY_COLUMN and len(set(map(len, values))) == 1:
                return _trimmed_columns(name, _plain_columns(values), 1, 1)
            return _trimmed(name, _plain_rows(values, True), 1, 1)
        used = sheet.used_range
        raw = used.raw_value
        if not isinstance(raw, (list, tuple)):  # one cell: Excel gives the bare value
            raw = [[raw]]
        elif raw and not isinstance(raw[0], (list, tuple)):  # one row or column, flattened
            raw = [raw] if used.shape[0] == 1 else [[v] for v in raw]
        return _trimmed(name, _plain_rows(raw, remote), used.row, used.column)

    def percent_cells(self, name: str, cells: Sequence[str]) -> set[str]:
        """Return those of ``cells`` of sheet ``name`` whose number format shows a percentage
        (Excel stores 2.86 % as 0.0286). Through the remote engine the WPS add-in lists them in
        the sheet's payload (``percent``); a payload without that list gives none."""
        from kjreport.workbook.formats import is_percent_code

        if self._remote or getattr(self.book.app.engine, "name", "") == "remote":
            api = self.book.sheets[name].api
            listed = api.get("percent") if isinstance(api, dict) else None
            return set(cells) & set(listed or ())
        sheet = self.book.sheets[name]
        return {c for c in cells if is_percent_code(str(sheet.range(c).number_format or ""))}

    def write_sheet(self, name: str, rows: list[list[object]]) -> str | None:
        """Create sheet ``name`` (after the last sheet) or clear its contents, then write
        ``rows`` from A1 in one range assignment; no other sheet is touched. Return a note
        that the book is not saved yet."""
        self._write(name, rows)
        return UNSAVED_NOTE

    def write_sheets(self, sheets: list[SheetOut]) -> str | None:
        """Write each sheet as ``write_sheet`` does, then colour its cells (one call per colour
        run of a row, so a table of 40 rows costs a few dozen calls). A sheet that already
        holds exactly these values (a second click on the same figures) is left as it is,
        colours included: they were set with the same values."""
        for out in sheets:
            if not self._write(out.name, out.rows):
                continue
            sheet = self.book.sheets[out.name]
            for (r, c0, c1), colour in _colour_runs(out.fills):
                sheet.range((r + 1, c0 + 1), (r + 1, c1 + 1)).color = f"#{colour}"
            for (r, c0, c1), code in _colour_runs(out.formats):  # runs of one number format
                sheet.range((r + 1, c0 + 1), (r + 1, c1 + 1)).number_format = code
        return UNSAVED_NOTE

    def _write(self, name: str, rows: list[list[object]]) -> bool:
        """Write ``rows`` into sheet ``name`` (created, or cleared first) unless it holds them
        already; return True when it wrote."""
        sheets = self.book.sheets
        if name in self.sheet_names():
            if holds(self.read_sheet(name), rows):
                return False
            sheet = sheets[name]
            sheet.clear_contents()
        else:
            sheet = sheets.add(name, after=sheets[len(sheets) - 1])
        width = max((len(r) for r in rows), default=0)
        if not width:
            return True
        cells = _cells_out(rows, width)
        if cells is None:  # a value only xlwings knows how to hand over (a date …)
            sheet.range((1, 1)).value = [list(r) + [None] * (width - len(r)) for r in rows]
            return True
        # the values go to the engine as they are (``raw_value``): xlwings' own conversion
        # (``.value``) calls a function per cell, for cells that are already plain
        budget = getattr(sheet.range((1, 1)).impl, "max_cells_per_write", None)
        step = max(1, budget // width) if budget else len(cells)
        for start in range(0, len(cells), step):
            part = cells[start:start + step]
            sheet.range((start + 1, 1), (start + len(part), width)).raw_value = part
        return True


def _cells_out(rows: list[list[object]], width: int) -> list[list[object]] | None:
    """Return ``rows`` padded to ``width`` as every engine takes them (what xlwings' conversion
    would hand over): a blank (None, or a NaN) as "", texts, numbers and booleans as they are;
    None when a cell is of any other kind."""
    out = []
    for row in rows:
        kinds = set(map(type, row))
        if not _OUT.issuperset(kinds):
            return None
        if float in kinds or type(None) in kinds:
            row = ["" if v is None or v != v else v for v in row]
        else:
            row = list(row)
        if len(row) < width:
            row += [""] * (width - len(row))
        out.append(row)
    return out


_OUT = frozenset({str, float, int, bool, type(None)})  # cells handed to the engine unconverted


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


# Excel's error values as COM delivers them (xlwings' ``cell_errors``); the remote engine sends
# the text itself.
_COM_ERRORS = {
    -2146826281: "#DIV/0!", -2146826246: "#N/A", -2146826259: "#NAME?", -2146826288: "#NULL!",
    -2146826252: "#NUM!", -2146826265: "#REF!", -2146826273: "#VALUE!",
}
# How the remote engine (Office.js JSON) sends a date: "2011-12-31T00:00:00.000Z"
_JSON_DATE = re.compile(
    r"-?\d{4,}-(1[0-2]|0[1-9])-(3[01]|0[1-9]|[12]\d)T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?"
    r"(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?"
)
_SIMPLE = frozenset({float, bool, type(None)})  # cell types that need no conversion
_FLOAT = frozenset({float})
_NUMBER = frozenset({float, int})
_BY_COLUMN = 64  # rows from which a remote sheet is converted column by column


def _plain_rows(raw, remote: bool) -> list[list[object]]:
    """Return the engine's raw rows as plain values (see ``_plain``): a row of floats, bools and
    blanks is copied as it is; in others the common cells (numbers, text) are converted inline
    and only the rest (dates, errors, empty text) by a call per cell. A big remote sheet goes
    column by column (``_plain_columns``)."""
    out = []
    if remote:  # "" for blank, int or float, text, dates as ISO text
        if len(raw) >= _BY_COLUMN and len(set(map(len, raw))) == 1:
            return list(map(list, zip(*_plain_columns(raw), strict=True)))
        for row in raw:
            if _SIMPLE.issuperset(map(type, row)):
                out.append(list(row))
                continue
            out.append(_plain_cells(row))
        return out
    for row in raw:  # COM: None for blank, float, text, error codes as int, pywintypes dates
        if _SIMPLE.issuperset(map(type, row)):
            out.append(list(row))
            continue
        out.append([
            v if (t := type(v)) is float or v is None or (t is str and v)
            else _plain_com(v)
            for v in row
        ])
    return out


def _plain_columns(raw: list[list[object]]) -> list[Sequence[object]]:
    """Return the remote engine's rows (all of one length) by column, as ``_plain_rows`` would
    convert their cells (what a table reader takes out of a sheet), converting
    each column as a whole: a column is mostly of one kind (numbers, or text that is neither
    empty nor a date), which C-level checks prove for the whole column at once, so only the
    few other cells — a header, blanks — are looked at one by one. Per cell, 450,000 cells of a
    province workbook took a fifth of a ribbon click."""
    columns = []
    for cells in zip(*raw, strict=True):
        plain = _whole(cells)
        if plain is None:  # a header or title above a column of one kind
            for head in (1, 2):
                plain = _whole(cells[head:])
                if plain is not None:
                    plain = [*_plain_cells(cells[:head]), *plain]
                    break
            else:
                plain = _plain_cells(cells)
        columns.append(plain)
    return columns


class _ColumnRows(Sequence[list[object]]):
    """The rows of a sheet held by column (``SheetData.rows`` of a big remote sheet): a row is
    made only when it is looked at. The readers take such a sheet's cells from its columns, so
    turning 400,000 cells back into rows (a tenth of a click) is left out."""

    __slots__ = ("_columns", "_start", "_stop")

    def __init__(self, columns: list[Sequence[object]], start: int = 0, stop: int | None = None):
        self._columns = columns
        self._start = start
        self._stop = (len(columns[0]) if columns else 0) if stop is None else stop

    def __len__(self) -> int:
        return self._stop - self._start

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return [self[k] for k in range(start, stop, step)]
            return _ColumnRows(self._columns, self._start + start, self._start + max(start, stop))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        i += self._start
        return [c[i] for c in self._columns]

    def __iter__(self):
        a, b = self._start, self._stop
        return map(list, zip(*(c[a:b] for c in self._columns), strict=True))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return repr(list(self))


def _trimmed_columns(name: str, columns: list[Sequence[object]], first_row: int,
                     first_col: int) -> SheetData:
    """Return a sheet's plain cells by column (all of one length) as ``_trimmed`` does: without
    leading/trailing blank rows and columns, the rows made only when looked at."""
    n = len(columns[0]) if columns else 0
    top = min((next((i for i, v in enumerate(c) if v is not None), n) for c in columns), default=n)
    if top == n:
        return SheetData(name, [], first_row, first_col)
    bottom = n - min(next((i for i, v in enumerate(reversed(c)) if v is not None), n) for c in columns)
    if top or bottom < n:
        columns = [c[top:bottom] for c in columns]
    size = bottom - top
    c0, c1 = 0, len(columns)
    while columns[c0].count(None) == size:
        c0 += 1
    while columns[c1 - 1].count(None) == size:
        c1 -= 1
    if c0 or c1 < len(columns):
        columns = columns[c0:c1]
    return SheetData(name, _ColumnRows(columns), first_row + top, first_col + c0, columns=columns)


def _whole(cells: tuple) -> tuple | None:
    """Return a column of remote cells (not empty) converted when they are all numbers, or all
    texts that stay as they are (none empty, none a date); None when any cell needs a look of
    its own."""
    if type(cells[-1]) is str:
        try:
            least = min(cells)  # one pass: raises when a number is among the texts
        except TypeError:
            return None
        # "" is the least text of all; a date is ISO text ("2011-12-31T00:00:00.000Z"), which
        # starts with a digit or "-" (before ":") and holds a ":"
        if least >= ":" or (least and ":" not in "\x00".join(cells)):
            return cells
        return None
    kinds = set(map(type, cells))
    if kinds <= _FLOAT:
        return cells
    if kinds <= _NUMBER:
        return tuple(map(float, cells))
    return None


def _plain_cells(cells) -> list[object]:
    """Return remote cells as plain values, one by one."""
    return [
        v if (t := type(v)) is float
        else float(v) if t is int
        else v if t is str and v and v[10:11] != "T"
        else None if v == ""
        else _plain_remote(v)
        for v in cells
    ]


def _plain_remote(value: object) -> object:
    """Return a value as the remote engine sends it, as the .xlsx reader gives it."""
    if type(value) is str:
        if value == "":
            return None
        if value[-1:] in "Z0123456789" and _JSON_DATE.fullmatch(value):
            try:
                when = dt.datetime.fromisoformat(value.removesuffix("Z"))
            except ValueError:
                return value
            return _plain(when.replace(tzinfo=None))
        return value
    return _plain(value)


def _plain_com(value: object) -> object:
    """Return a value as COM delivers it (pywin32), as the .xlsx reader gives it."""
    if type(value) is int:
        error = _COM_ERRORS.get(value)
        if error is not None:
            return error
    if isinstance(value, dt.datetime):  # pywintypes' datetime carries a time zone
        value = dt.datetime(value.year, value.month, value.day, value.hour, value.minute,
                            value.second, value.microsecond)
    return _plain(value)


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


def _trimmed(name: str, rows: list[list[object]], first_row: int, first_col: int,
             columns: list[Sequence[object]] | None = None) -> SheetData:
    """Return plain ``rows`` (and the same cells by column, if given) as SheetData without
    leading/trailing blank rows and columns."""
    top, bottom = 0, len(rows)
    while top < bottom and rows[top].count(None) == len(rows[top]):
        top += 1
    if top == bottom:
        return SheetData(name, [], first_row, first_col)
    while rows[bottom - 1].count(None) == len(rows[bottom - 1]):
        bottom -= 1
    if top or bottom < len(rows):
        rows = rows[top:bottom]
        columns = columns and [c[top:bottom] for c in columns]
    width = max(map(len, rows))
    c0 = 0
    while all(c0 >= len(r) or r[c0] is None for r in rows):
        c0 += 1
    c1 = width
    while all(c1 - 1 >= len(r) or r[c1 - 1] is None for r in rows):
        c1 -= 1
    if c0 or c1 < width:
        rows = [r[c0:c1] for r in rows]
        columns = columns and columns[c0:c1]
    return SheetData(name, rows, first_row + top, first_col + c0, columns=columns)
