"""Messages that follow from a merged range in a data area (qa12 F12, S67).

County names merged over A5:A6 keep 高安市 in A5 and lose the name typed in A6: the merge error
is the one thing to fix. The cell's 「县区」为空 and the other county sheet's name that now finds
no row (「奉新县」 in 县区上年数据) follow from it; they are not said again — the merge error
names that county instead, so the clerk knows what to type in A6.

Pure: problems and the tables in, problems out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kjreport.errors import Problem
from kjreport.workbook import unitsheets

_MERGED = re.compile(r"^数据区域内有合并单元格 ([A-Z]+)(\d+):([A-Z]+)(\d+)$")
_UNMATCHED = re.compile(r"^县区「([^」]+)」在「([^」]+)」中没有对应的县区$")


def _inside(cell: str | None, ranges: list[tuple[str, int, str, int]]) -> bool:
    m = re.match(r"^([A-Z]+)(\d+)$", cell or "")
    if m is None:
        return False
    col, row = m[1], int(m[2])
    return any(_letters(c0) <= _letters(col) <= _letters(c1) and r0 <= row <= r1 for c0, r0, c1, r1 in ranges)


def _letters(col: str) -> tuple[int, str]:
    return len(col), col


def without_merge_follow_ons(problems: list[Problem], tables: dict | None) -> list[Problem]:
    """Return ``problems`` without the 为空 of cells inside a merged range already reported, and
    without the other county sheet's 「…」没有对应的县区 when a merge in a county sheet's name
    column swallowed names (those names are added to the merge error)."""
    merges: dict[str, list[tuple[str, int, str, int]]] = {}
    for p in problems:
        m = _MERGED.match(p.found) if p.severity == "错误" else None
        if m and p.sheet:
            merges.setdefault(p.sheet, []).append((m[1], int(m[2]), m[3], int(m[4])))
    if not merges:
        return problems
    named = _name_merges(merges, tables or {})
    out: list[Problem] = []
    lost: dict[str, list[str]] = {}
    for p in problems:
        if p.sheet in merges and p.found.endswith("为空") and _inside(p.cell, merges[p.sheet]):
            continue  # the merged cell's blank: the merge error says it
        m = _UNMATCHED.match(p.found)
        if m and m[2] in named and p.severity != "错误":
            lost.setdefault(m[2], []).append(f"「{p.sheet}」中的「{m[1]}」")
            continue
        out.append(p)
    if not lost:
        return out
    return [replace(p, expected=p.expected + f"；取消合并后请在 {_below(p.found)} 补填县区名称："
                    + "、".join(lost[p.sheet]) + "在本表中找不到，可能就是它")
            if p.sheet in lost and _MERGED.match(p.found) and p.sheet in named and p.cell in named[p.sheet]
            else p for p in out]


def _below(found: str) -> str:
    """Return the cells a merge over rows r0–r1 emptied: "A6", "A6:A7"."""
    m = _MERGED.match(found)
    first, last = f"{m[1]}{int(m[2]) + 1}", f"{m[1]}{m[4]}"
    return first if first == last else f"{first}:{last}"


def _name_merges(merges: dict, tables: dict) -> dict[str, set[str]]:
    """Return county sheet → the first cells of its merged ranges spanning rows of the name column."""
    out: dict[str, set[str]] = {}
    for key in (unitsheets.COUNTY, unitsheets.COUNTY_PREVIOUS):
        table = tables.get(key)
        if table is None or not getattr(table, "columns", None):
            continue
        name = next((at for n, at in table.columns.items() if n == "县区"), None)
        if name is None:
            continue
        for c0, r0, c1, r1 in merges.get(table.sheet, ()):
            if r1 > r0 and _letters(c0) <= _letters(name.letter) <= _letters(c1):
                out.setdefault(table.sheet, set()).add(f"{c0}{r0}")
    return out
