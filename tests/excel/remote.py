"""Drive xlwings' remote engine like Excel would: a payload from a .xlsx, actions applied back.

The remote engine (``xw.Book(json=payload)``) is an xlwings PRO feature: it needs
``XLWINGS_LICENSE_KEY=noncommercial`` (PolyForm Noncommercial 1.0.0, which permits use by
government institutions). Tests that use it skip with that reason when the key is not set.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
import xlwings as xw

needs_remote = pytest.mark.skipif(
    not os.environ.get("XLWINGS_LICENSE_KEY"),
    reason="xlwings remote engine is an xlwings PRO feature: set "
    "XLWINGS_LICENSE_KEY=noncommercial (PolyForm Noncommercial) to run these tests",
)


def cell_json(value: object) -> object:
    """Return a cell value the way the Office.js client sends it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if isinstance(value, dt.date):
        return f"{value.isoformat()}T00:00:00.000Z"
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


def payload_from_xlsx(path: Path, name: str | None = None) -> dict:
    """Return an Office.js-format payload holding every sheet's cached values from A1."""
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = [
            [cell_json(v) for v in row]
            for row in ws.iter_rows(
                min_row=1,
                min_col=1,
                max_row=max(ws.max_row, 1),
                max_col=max(ws.max_column, 1),
                values_only=True,
            )
        ]
        sheets.append({"name": ws.title, "values": rows, "pictures": [], "tables": []})
    wb.close()
    return {
        "client": "Office.js",
        "version": xw.__version__,
        "book": {"name": name or Path(path).name, "active_sheet_index": 0, "selection": "A1"},
        "names": [],
        "sheets": sheets,
    }


def remote_book(payload: dict) -> xw.Book:
    """Return a remote-engine Book over a private copy of ``payload``."""
    return xw.Book(json=copy.deepcopy(payload))


def apply_actions(payload: dict, actions: list[dict]) -> dict:
    """Return a new payload after applying the value actions Excel would apply.

    Handles addSheet, setValues, setRangeColor (kept as a sheet's "colours"), setNumberFormat (kept
    as its "formats"), sheetClearContents,
    activateSheet and alert (ignored); any
    other action fails the test, so a new kind of write is noticed.
    """
    out = copy.deepcopy(payload)
    sheets = out["sheets"]
    for a in actions:
        func = a["func"]
        if func == "addSheet":
            sheets.insert(
                a["args"][0], {"name": a["args"][1], "values": [[""]], "pictures": [], "tables": []}
            )
        elif func == "setValues":
            grid = sheets[a["sheet_position"]]["values"]
            r0, c0 = a["start_row"], a["start_column"]
            for i, row in enumerate(a["values"]):
                while len(grid) <= r0 + i:
                    grid.append([""] * len(grid[0]))
                width = max(len(grid[0]), c0 + len(row))
                for g in grid:
                    g.extend([""] * (width - len(g)))
                for j, v in enumerate(row):
                    grid[r0 + i][c0 + j] = "" if v is None else v
        elif func == "setRangeColor":  # kept beside the values: the payload format has no colours
            sheets[a["sheet_position"]].setdefault("colours", []).append(
                (a["start_row"], a["start_column"], a["row_count"], a["column_count"], a["args"])
            )
        elif func == "setNumberFormat":  # kept beside the values, as colours are (qa14a F9's formats)
            sheets[a["sheet_position"]].setdefault("formats", []).append(
                (a["start_row"], a["start_column"], a["row_count"], a["column_count"], a["args"])
            )
        elif func == "sheetClearContents":
            sheets[a["sheet_position"]]["values"] = [[""]]
        elif func in ("alert", "activateSheet"):
            pass
        else:
            raise AssertionError(f"unexpected action {func}: teach apply_actions about it")
    return out


def alerts(actions: list[dict]) -> list[str]:
    """Return the texts of the message boxes the actions would show."""
    return [a["args"][0] for a in actions if a["func"] == "alert"]


def sheet_values(payload: dict, name: str) -> list[list[object]]:
    """Return the value grid of sheet ``name`` in ``payload``."""
    return next(s["values"] for s in payload["sheets"] if s["name"] == name)
