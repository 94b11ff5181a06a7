"""A county cell left blank, said with its county: 「C8：「湖滨新区」的「地区生产总值」为空」, as the
other county messages say whose figure it is (「泗洪县」的「全社会R&D经费支出」为 126000亿元), so the clerk
need not count rows (qa18 F2).

Runs after the messages that group or pair blanks by their exact text (a column's blanks told once,
a column shifted beside its neighbour), so only a cell told on its own gets its county.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kjreport.errors import Problem
from kjreport.workbook import unitsheets

_EMPTY = re.compile(r"^「([^」]+)」为空$")
_ROW = re.compile(r"^[A-Z]+([0-9]+)$")
KEY = "县区"  # the unit sheets' name column, whatever its header (乡镇, 街镇 …)


def named(problems: list[Problem], tables: dict | None) -> list[Problem]:
    """Return ``problems`` with each blank cell of a unit sheet said with the unit of its row."""
    if not tables:
        return problems
    by_sheet = {t.sheet: t for key, t in tables.items() if unitsheets.is_unit_sheet(key) and getattr(t, "rows", None)}
    out = []
    for p in problems:
        table = by_sheet.get(p.sheet)
        m, at = _EMPTY.match(p.found or ""), _ROW.match(p.cell or "")
        if table is not None and m and at and m[1] != KEY and (unit := _unit_at(table, int(at[1]))):
            p = replace(p, found=f"「{unit}」的{p.found}")
        out.append(p)
    return out


def _unit_at(table, number: int) -> str:
    """Return the name in row ``number`` of ``table`` as typed, or ""."""
    numbers = getattr(table.rows, "numbers", None)
    if numbers is not None:
        i = numbers.index(number) if number in numbers else -1
        row = table.rows[i] if i >= 0 else None
    else:
        row = next((r for r in table.rows if r.number == number), None)
    name = row.values.get(KEY) if row is not None else None
    return str(name).strip() if name is not None and str(name).strip() else ""
