"""One county column of this year equal, county by county, to last year's (qa12 F1).

An office that builds this year's 县区数据 from last year's book often pastes the 上年 column
into the 本年 column of one indicator: every county's figure then equals its 县区上年数据 figure
while the other columns are right. ``consistency.county_rows_as_last_year`` catches whole rows
(every figure of a county) and the whole sheet; this module catches the single column, said
once for the column as 须核对.

Pure: two county ``Table``s in, ``Problem``s out; one pass over each column.
"""

from __future__ import annotations

import math

from kjreport.errors import VERIFY, Problem

MIN_COUNTIES = 3  # fewer counties may well repeat last year's figures by chance
DIFFER_SHARE = 0.6  # another column differs in this share of counties: only the one column was pasted
SMALL = 30  # a column of counts all below this (3 个平台) may stay the same: never said


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _g(x: float) -> str:
    return f"{x:.6g}"


def _number_columns(table) -> list[str]:
    key = table.spec.key or "县区"
    names = [n for n in table.columns if n != key and table.columns[n].column.kind in ("number", "int")]
    return names + [n for n in table.extra if table.extra[n].column.kind in ("number", "int")]


def _letter(table, name: str) -> str:
    at = table.columns.get(name) or table.extra.get(name)
    return at.letter if at is not None else ""


def _span(table, name: str, rows: list[int]) -> str:
    letter = _letter(table, name)
    numbers = [table.rows[i].number for i in rows]
    return f"{letter}{min(numbers)}:{letter}{max(numbers)}"


def pasted_columns(file: str, current, previous) -> list[Problem]:
    """Return a 须核对 for each number column of ``current`` (县区数据) whose every county figure
    equals the same county's figure in ``previous`` (县区上年数据), when another column differs
    (the whole sheet equal is said by ``consistency``)."""
    key = current.spec.key or "县区"
    names = [n for n in _number_columns(current) if n in _number_columns(previous)]
    if len(names) < 2:
        return []
    last: dict[object, int] = {}
    for j, county in enumerate(previous.column(key) or []):
        if county:
            last.setdefault(county, j)
    counties = current.column(key) or []
    pairs_of = {}
    for n in names:
        now, before = current.column(n) or [], previous.column(n) or []
        pairs = [(i, j, now[i], before[j]) for i, county in enumerate(counties)
                 if (j := last.get(county)) is not None and i < len(now) and j < len(before)
                 and _number(now[i]) and _number(before[j])]
        pairs_of[n] = pairs
    equal = [n for n, pairs in pairs_of.items()
             if len(pairs) >= MIN_COUNTIES and all(a == b for _, _, a, b in pairs)
             and len({a for _, _, a, _ in pairs}) >= max(MIN_COUNTIES, DIFFER_SHARE * len(pairs))  # not placeholders
             and (any(abs(a) >= SMALL for _, _, a, _ in pairs) or any(a != int(a) for _, _, a, _ in pairs))]
    differing = [n for n, pairs in pairs_of.items()  # the rest of the sheet is this year's: not a copied sheet
                 if pairs and sum(a != b for _, _, a, b in pairs) >= DIFFER_SHARE * len(pairs)]
    if not equal or not differing:
        return []
    problems = []
    for n in equal:
        pairs = pairs_of[n]
        i, j, a, _ = pairs[0]
        county = counties[i]
        now_span = _span(current, n, [p[0] for p in pairs])
        before_span = _span(previous, n, [p[1] for p in pairs])
        problems.append(Problem(
            file, current.sheet, now_span,
            f"「{n}」列全部 {len(pairs)} 个县区的本年数都与「{previous.sheet}」{before_span} 的上年数完全相同"
            f"（如「{county}」均为 {_g(a)}），而「{differing[0]}」等列与上年不同",
            f"是否把上年的「{n}」列复制到了本年？请在「{current.sheet}」{now_span} 填写本年数；"
            "如确实与上年完全相同，请在「核对记录」中确认。不改正，该指标各县区和全市都将显示为“与上年持平”",
            VERIFY))
    return problems
