"""The one narrow interface between the library and a workbook, whatever holds it.

Two implementations: ``kjreport.workbook.xlsx.XlsxFile`` (a .xlsx/.xlsm on disk, read with
calamine, written losslessly) and ``kjreport.excel.book.ExcelBook`` (the book open in Excel,
through xlwings). Everything above this line — checking, indicators, text, documents — sees only
``SheetData`` grids of plain Python values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass
class SheetData:
    """The used range of one sheet as plain values.

    ``rows[i][j]`` is the value of the cell at row ``first_row + i``, column ``first_col + j``
    (1-based, as Excel counts). Values are str, float, int, bool, datetime/date or None. An Excel
    error value is the string Excel shows ("#DIV/0!", "#N/A", …).
    """

    name: str
    rows: list[list[object]]
    first_row: int = 1
    first_col: int = 1
    merged: list[str] = field(default_factory=list)  # merged ranges, e.g. "B3:C3"
    uncached: list[str] = field(default_factory=list)  # formula cells with no cached value
    linked: list[str] = field(default_factory=list)  # error cells whose formula reads another workbook ([1]表!B3)
    hidden_rows: list[int] = field(default_factory=list)  # rows hidden in Excel (1-based), where known
    hidden_columns: list[int] = field(default_factory=list)  # columns hidden in Excel (1-based), where known
    autofilter: str = ""  # the range of the sheet's 筛选 (A1:D11) when it hides rows, where known
    filtered_columns: list[int] = field(default_factory=list)  # its columns with a condition (1-based)
    # the same cells column by column (``columns[j][i]`` is ``rows[i][j]``, every row as wide),
    # when the source has them at hand: a reader takes a column without transposing the rows
    columns: list[Sequence[object]] | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class RowShade:
    """A conditional format: the cells of ``sqref`` ("A2:L1200") are shaded ``colour`` ("RRGGBB")
    while ``formula`` (written for the range's top-left cell, e.g. '$L2<>""') is true. A plain
    formula rule, which Excel 2007+, WPS and LibreOffice all show."""

    sqref: str
    formula: str
    colour: str


@dataclass
class SheetOut:
    """A worksheet to create or replace: its rows (row 0 = header) and cell colours.

    ``fills`` maps 0-based (row, column) positions in ``rows`` to a background colour
    "RRGGBB"; ``formats`` maps positions to an Excel number format ("0.00": a figure shown with
    the decimals the Word outputs give it, 0.10 not 0.1 — qa14a F9; a cell with a colour keeps
    General); ``column_widths`` maps 1-based column numbers to Excel widths (default: by
    content); ``shades`` are conditional formats kept by the sheet (see ``RowShade``)."""

    name: str
    rows: list[list[object]]
    fills: dict[tuple[int, int], str] = field(default_factory=dict)
    column_widths: dict[int, float] | None = None
    freeze_header: bool = True
    shades: list[RowShade] = field(default_factory=list)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)


@runtime_checkable
class WorkbookSource(Protocol):
    """A workbook to read figures from and write results into."""

    @property
    def label(self) -> str:
        """Return the name used in messages: the file name, or the Excel book name."""

    @property
    def location(self) -> str:
        """Return the full path (or book name) used in messages and for outputs beside it."""

    def sheet_names(self) -> list[str]:
        """Return the sheet names in workbook order."""

    def read_sheet(self, name: str) -> SheetData:
        """Return the used range of sheet ``name`` (which exists)."""

    def write_sheet(self, name: str, rows: list[list[object]]) -> str | None:
        """Create or replace sheet ``name`` with ``rows`` (row 0 is the header); leave every
        other sheet as it was. Return a note for the user (e.g. where the backup went) or None."""

    def write_sheets(self, sheets: list[SheetOut]) -> str | None:
        """Create or replace each of ``sheets`` (with cell colours) in one go; like
        ``write_sheet`` otherwise."""
