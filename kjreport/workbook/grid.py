"""Does a sheet already hold a table? The values compared as Excel stores them (pure).

A warm click of 计算指标 recomputes the same figures: when 指标结果 and 进度 already hold them,
rewriting 12,000 cells (and recolouring) changes nothing but costs a transfer, a recalculation
and a redraw in Excel. ``holds`` says when the write can be left out.
"""

from __future__ import annotations

from kjreport.workbook.source import SheetData

_PLAIN = frozenset({str, float, int, bool, type(None)})


def holds(data: SheetData, rows: list[list[object]]) -> bool:
    """Return True when sheet ``data`` (its used range, as ``read_sheet`` gives it) holds exactly
    ``rows`` written from A1 and nothing else.

    A cell is compared as Excel keeps it: an empty text or a NaN is a blank cell (what a write
    of them leaves), an int is the float Excel stores; True and 1 differ. Any other kind of value
    (a date …) is never taken as held, so it is always written."""
    expected = _stored(rows)
    if expected is None:
        return False
    pad = [None] * (data.first_col - 1)
    found = [[] for _ in range(data.first_row - 1)] if data.rows else []
    for row in data.rows:
        cells = pad + list(row)
        while cells and cells[-1] is None:
            cells.pop()
        found.append(cells)
    if found != expected:  # (1 == 1.0: Excel keeps every number as a float)
        return False
    return all((type(a) is bool) is (type(b) is bool)
               for got, want in zip(found, expected, strict=True) for a, b in zip(got, want, strict=True))


def _stored(rows: list[list[object]]) -> list[list[object]] | None:
    """Return ``rows`` as Excel stores them (blanks as None, right-hand blanks and bottom blank
    rows dropped), or None when a cell is of a kind not compared."""
    out: list[list[object]] = []
    for row in rows:
        if not _PLAIN.issuperset(map(type, row)):
            return None
        cells = [None if v == "" or v != v else v for v in row]  # "" and NaN leave a blank
        while cells and cells[-1] is None:
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out
