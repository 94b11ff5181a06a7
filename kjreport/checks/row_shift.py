"""One county row pasted one column off (qa24 F2).

A 乡镇 clerk pastes her row from her own sheet one column to the right (B5 left empty, the R&D figure in
the GDP column, the GDP in 科技特派员, the 特派员 count in 类型) or to the left. Cell by cell ``check``
then says four unrelated things — GDP 同比下降 97%, 38.7 is not an integer, 「3」 is not a 类型, B5 will
show 【待补充】 — and each sends her to “fix” one cell. Read against the same unit's row of 县区上年数据,
every figure of the row fits last year's figure of the neighbouring column and none fits its own: one
error for the row, naming the direction to move it, and (``without_row_follow_ons``) none of the
messages that follow from it on that row.

Pure: the two county ``Table``s and the raw sheet in, ``Problem``s out; one pass over the rows.
"""

from __future__ import annotations

import math
import re

from kjreport.errors import ERROR, Problem

MIN_FITS = 2  # at least this many cells must fit the neighbouring column of last year's row
RATIO = 1.6  # a figure fits last year's when within this factor (a year's growth or fall)
SMALL = 10  # counts below this fit when at most ``SMALL_STEP`` apart (2 特派员 → 3)
SMALL_STEP = 2
SHIFTED = "像是粘贴时整行"  # the row's error: its follow-ons on the row are dropped


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _g(v) -> str:
    return f"{v:.6g}" if _number(v) else str(v)


def _quoted(v) -> str:
    return f" {_g(v)}" if _number(v) else f"「{v}」"


def _blank(v) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _fits(now, before) -> bool:
    """Return True when ``now`` (a raw cell) is plausibly this year's figure of ``before``."""
    if isinstance(now, str) and isinstance(before, str):
        return bool(now.strip()) and now.strip() == before.strip()
    if not (_number(now) and _number(before)) or now < 0 or before < 0:
        return False
    if now == before:
        return True
    if now == 0 or before == 0:
        return False
    if max(now, before) < SMALL and now == int(now) and before == int(before):
        return abs(now - before) <= SMALL_STEP
    return 1 / RATIO <= now / before <= RATIO


def _columns(table) -> list[tuple[str, object]]:
    """Return (name, ColumnAt) of the table's columns other than the unit's name, in sheet order."""
    key = table.spec.key or "县区"
    found = [(n, at) for n, at in (*table.columns.items(), *table.extra.items()) if n != key]
    return sorted(found, key=lambda x: x[1].index)


def shifted_rows(file: str, current, previous, raw) -> list[Problem]:
    """Return an error for each row of ``current`` (县区数据) whose cells, moved one column back
    (or forward), fit the same unit's row of ``previous`` (县区上年数据) while as typed they do not;
    ``raw`` is the sheet's ``SheetData`` (the cells as typed, text included)."""
    if raw is None or previous is None or not current.columns or not previous.columns:
        return []
    key = current.spec.key or "县区"
    columns = [(n, at) for n, at in _columns(current) if n in previous.columns or n in previous.extra]
    if len(columns) < MIN_FITS + 1:
        return []
    # columns must stand side by side for a row pasted one column off to land in the next one
    if any(b.index - a.index != 1 for (_, a), (_, b) in zip(columns, columns[1:], strict=False)):
        return []
    last: dict[object, dict[str, object]] = {}
    for row in previous.rows:
        unit = row.values.get(key)
        if unit:
            last.setdefault(unit, {n: row.values.get(n) for n, _ in columns})
    problems: list[Problem] = []
    for row in current.rows:
        before = last.get(row.values.get(key))
        at = row.number - raw.first_row
        if before is None or not 0 <= at < len(raw.rows):
            continue
        cells = raw.rows[at]
        typed = [cells[c.index] if c.index < len(cells) else None for _, c in columns]
        was = [before[n] for n, _ in columns]
        if sum(_fits(a, b) for a, b in zip(typed, was, strict=True)) > 0:
            continue  # some cell is where it belongs: not a shifted row
        for step, empty, word, back in ((1, 0, "右移", "左移"), (-1, len(columns) - 1, "左移", "右移")):
            if not _blank(typed[empty]):
                continue
            pairs = [(typed[j + step], was[j]) for j in range(len(columns)) if 0 <= j + step < len(columns)]
            compared = [(a, b) for a, b in pairs if not _blank(a) and not _blank(b)]
            fits = [(a, b) for a, b in compared if _fits(a, b)]
            if len(fits) < MIN_FITS or len(fits) < len(compared):
                continue
            letters = [c.letter for _, c in columns]
            moved = [j for j in range(len(columns)) if j != empty and not _blank(typed[j])]
            span = f"{letters[moved[0]]}{row.number}:{letters[moved[-1]]}{row.number}"
            said = "、".join(f"{letters[j + step]}{row.number} 的{_quoted(typed[j + step])}"
                            for j in range(len(columns)) if 0 <= j + step < len(columns) and not _blank(typed[j + step]))
            names = "、".join(f"「{columns[j][0]}」{_quoted(was[j]).strip()}" for j in range(len(columns))
                             if 0 <= j + step < len(columns) and not _blank(typed[j + step]))
            lost = len(columns) - 1 - empty  # the column left empty once the row is moved back
            problems.append(Problem(
                file, current.sheet, span,
                f"「{row.values.get(key)}」这一行{SHIFTED}{word}了一列：{letters[empty]}{row.number} 空着，"
                f"{said}，依次与上年该单位的{names} 相当，却都对不上本列",
                f"请把 {span} 整体{back}一列，使每个数回到自己的列下，并补填 {letters[lost]}{row.number}"
                f"（「{columns[lost][0]}」），再运行 check", ERROR))
            break
    return problems


_ROW = re.compile(r"[A-Z]{1,3}(\d+)")


def without_row_follow_ons(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the other messages on a row ``shifted_rows`` named: they all
    follow from the shift (a GDP that fell 97 %, a decimal count, a number as 类型, a 【待补充】)."""
    rows = {(p.sheet, int(m)) for p in problems if SHIFTED in p.found and p.cell
            for m in _ROW.findall(p.cell)[:1]}
    if not rows:
        return problems
    out = []
    for p in problems:
        mine = p.cell and SHIFTED not in p.found and {int(m) for m in _ROW.findall(p.cell)}
        if mine and len(mine) == 1 and (p.sheet, next(iter(mine))) in rows:
            continue
        out.append(p)
    return out


def department_rows(file: str, table, raw) -> list[Problem]:
    """Return an error for each 科室数据 row pasted one column to the right: 本年数 empty, a figure
    in 上年数 and another in 口径 (a word — 可比, 不可比 — never a number). Cell by cell that read
    “本年数为空” and “「7.12」不在可选范围内”, and typing the figure into 本年数 as asked left this year's
    figure in 上年数 (qa24 F2)."""
    names = ("本年数", "上年数", "口径")
    if raw is None or any(n not in table.columns for n in names):
        return []
    now, before, basis = (table.columns[n] for n in names)
    if not (before.index == now.index + 1 and basis.index == before.index + 1):
        return []
    problems = []
    for row in table.rows:
        at = row.number - raw.first_row
        if not 0 <= at < len(raw.rows):
            continue
        cells = raw.rows[at]
        typed = [cells[c.index] if c.index < len(cells) else None for c in (now, before, basis)]
        if not (_blank(typed[0]) and _number(typed[1]) and _number(typed[2])):
            continue
        n = row.number
        problems.append(Problem(
            file, table.sheet, f"{before.letter}{n}:{basis.letter}{n}",
            f"「{row.values.get('指标') or ''}」这一行{SHIFTED}右移了一列：{now.letter}{n}（本年数）空着，"
            f"{before.letter}{n} 的 {_g(typed[1])} 和 {basis.letter}{n}（口径）的 {_g(typed[2])} 像是本年数和上年数",
            f"请把 {before.letter}{n}:{basis.letter}{n} 整体左移一列（本年数 {_g(typed[1])}、上年数 {_g(typed[2])}），"
            f"{basis.letter}{n}「口径」空着或填“可比”，再运行 check", ERROR))
    return problems
