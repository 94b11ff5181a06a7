"""A workbook as WPS 表格's object model holds it, for the in-memory ET mock under node.

Every cell with a value: numbers as numbers, dates as Excel serial numbers with their number
format, error values as the COM error codes (CVErr), text as text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
ERROR_CODES = {
    "#DIV/0!": -2146826281, "#N/A": -2146826246, "#NAME?": -2146826259, "#NULL!": -2146826288,
    "#NUM!": -2146826252, "#REF!": -2146826265, "#VALUE!": -2146826273,
}


def et_value(value: object) -> object:
    """Return a cell value as ET's Value2 gives it."""
    if isinstance(value, dt.datetime):
        return (value - EXCEL_EPOCH).total_seconds() / 86400
    if isinstance(value, dt.date):
        return (dt.datetime.combine(value, dt.time()) - EXCEL_EPOCH).days
    if isinstance(value, str) and value in ERROR_CODES:
        return ERROR_CODES[value]
    return value


def workbook_fixture(path: Path, full_name: str | None = None) -> dict:
    """Return the fixture of the workbook at ``path`` (cached values, as WPS shows them)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                fmt = cell.number_format if cell.number_format != "General" else None
                cells.append([cell.row, cell.column, et_value(cell.value), fmt])
        sheets.append({"name": ws.title, "cells": cells})
    wb.close()
    return {"name": Path(path).name, "fullName": full_name or str(path), "active": 0,
            "sheets": sheets}


def write_fixture(path: Path, out: Path, full_name: str | None = None) -> Path:
    """Write the fixture of workbook ``path`` as JSON to ``out``; return ``out``."""
    out.write_text(json.dumps(workbook_fixture(path, full_name), ensure_ascii=False),
                   encoding="utf-8")
    return out
