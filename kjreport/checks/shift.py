"""A column shift: one column left empty and its neighbour filled with the wrong kind of value.

A script or a paste that lands one column off fills 「利益共同体（个）」 with the 培训农民 figures
(0.16, 0.11 …: decimals in an integer column) and leaves 「培训农民（万人次）」 empty. Reading
says so cell by cell — 20 「带小数」 and 20 「为空」 per sheet; the clerk needs one sentence: the
two columns, what is in each, and that the data sits one column off.
Pure: ``Problem``s and the tables' column letters in, ``Problem``s out; one pass over the
problems, nothing over the rows.
"""

from __future__ import annotations

import re

from kjreport.errors import Problem

_CELL = re.compile(r"^([A-Z]+)(\d+)$")
_BLANK = re.compile(r"^「(.+)」为空$")
_NO_DATA = re.compile(r"^指标「(.+?)」没有本年数据")  # the target of the emptied column: the shift says why
MIN_ROWS = 3  # fewer cells: the per-cell messages say it as well
MOST = 0.5  # this share of the empty column's rows of the wrong kind beside it (4.0 fits an integer column)


def _number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def column_pairs(problems: list[Problem], tables: dict) -> list[Problem]:
    """Return ``problems`` with the per-cell errors of a column shift replaced by one error per
    pair of columns: one column blank in at least three rows, and beside it, in most of those
    rows and no other, a value of the wrong kind."""
    blank: dict[tuple[str, str], set[int]] = {}
    wrong: dict[tuple[str, str], set[int]] = {}
    for p in problems:
        m = _CELL.match(p.cell or "") if p.severity == "错误" and p.sheet else None
        if not m:
            continue
        into = blank if _BLANK.match(p.found) else wrong
        into.setdefault((p.sheet, m[1]), set()).add(int(m[2]))
    if not blank or not wrong:
        return problems
    names = {}
    for t in tables.values():
        for name, at in [*t.columns.items(), *t.extra.items()]:
            names[(t.sheet, at.letter)] = name
    pairs: list[tuple[str, str, str, list[int], int]] = []
    for (sheet, empty), rows in blank.items():
        if len(rows) < MIN_ROWS:
            continue
        for (other_sheet, filled), bad in wrong.items():
            if other_sheet == sheet and abs(_number(filled) - _number(empty)) == 1 and bad <= rows \
                    and len(bad) >= MOST * len(rows):
                pairs.append((sheet, filled, empty, sorted(rows), len(bad)))
    if not pairs:
        return problems
    gone = {(sheet, col, n) for sheet, filled, empty, rows, _ in pairs for col in (filled, empty) for n in rows}
    kinds: dict[tuple[str, str], str] = {}
    for p in problems:
        m = _CELL.match(p.cell or "")
        if m and p.severity == "错误" and (p.sheet, m[1], int(m[2])) in gone and not _BLANK.match(p.found):
            kinds.setdefault((p.sheet, m[1]), "小数" if "带小数" in p.found else "")
    out = [p for p in problems if not (p.severity == "错误" and (m := _CELL.match(p.cell or ""))
                                       and (p.sheet, m[1], int(m[2])) in gone)]
    emptied = {names.get((sheet, empty)) for sheet, _, empty, _, _ in pairs}
    out = [p for p in out if not (p.severity == "提示" and (m := _NO_DATA.match(p.found)) and m[1] in emptied)]
    told = []
    for sheet, filled, empty, rows, count in pairs:
        a, b = names.get((sheet, filled), f"{filled} 列"), names.get((sheet, empty), f"{empty} 列")
        kind = kinds.get((sheet, filled)) or "不符合该列要求的数据"
        span = f"第 {rows[0]}–{rows[-1]} 行" if rows[-1] - rows[0] + 1 == len(rows) else f"{len(rows)} 行"
        many = "整列" if count == len(rows) else f"有 {count} 行"
        told.append(Problem(
            problems[0].file, sheet, f"{filled}{rows[0]}:{empty}{rows[-1]}",
            f"「{a}」（{filled} 列）{many}是{kind}，而旁边的「{b}」（{empty} 列）{span}整列为空",
            f"是否填错了列？若 {filled} 列的数是「{b}」，请把它们移到 {empty} 列，并在 {filled} 列填写「{a}」"))
    return told + out
