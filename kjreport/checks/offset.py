"""A county column pasted one row off: each county holds its neighbour's figure.

A column copied from a county's report and pasted one row too high gives 合作市 临潭县's 0.052,
临潭县 卓尼县's 0.041 …; once the one cell left empty at the end is filled, every cell is a number
and nothing else looks wrong. Against 县区上年数据 the column then moves wildly (−53 %, +75 %,
+193 % …) while each value sits within a few per cent of the next (or previous) row's last-year
figure. One message for the column says so, whichever way it slipped.

On a smooth column (most units growing alike, qa8 F13) a shift leaves only two or three units
changing abnormally — those where the listing jumps in size — too few to tell a shift by their
share. It is told all the same when every such change vanishes against the neighbour's last-year
figure, nearly every value sits close to it, and the mean distance from the usual growth shrinks
four times (``benchmarks/shift_alarms.py``: no false alarm added on 40,000 random columns).

Pure: the two county tables in, ``Problem``s out; one pass per number column over the counties
(a few hundred at most), a sort for each median — never a pair of counties.
"""

from __future__ import annotations

import math
import re

from kjreport.errors import Problem

ABNORMAL = math.log(1.3)  # own growth this far from the column's usual growth: an abnormal change
CLOSE = math.log(1.12)  # a value this close to the neighbour's last-year figure (after usual growth)
USUAL = math.log(1.6)  # the growth a shift implies must itself be ordinary (not ×2 from every neighbour)
MIN_ROWS = 5  # fewer counties compared (so six at least, one end row having no neighbour): chance
ABNORMAL_SHARE = 0.3  # at least this share of the counties (two at least) change abnormally against their own
FIT_SHARE = 0.6  # … and at least this share sit close to their neighbour's last-year figure,
TIGHTER = 4.0  # … the neighbours fitting this many times more tightly than the counties' own figures
FEW, FEW_FACTOR = 8, 1.5  # fewer counties: the fit must be this much tighter still
FAR_TIGHTER = 8.0  # … or this many times, when only two or a few counties change abnormally
SMOOTH_TIGHTER = 4.0  # … or, when every abnormal change vanishes against the neighbours, their mean distance
SURE = (5, 0.75, 5.0, 0.85)  # counties, abnormal share, how much tighter, fitting share: beyond all an error


def _positives(column: list) -> list[float | None]:
    """Return ``column`` with every cell that is not a finite number above 0 as None: each cell
    judged once per column, not once per comparison (a bool is no number; NaN fails ``0 <``)."""
    return [v if isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v < math.inf else None
            for v in column]


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def _g(x: float) -> str:
    return f"{x:,.6g}".replace(",", "") if abs(x) < 1e5 else f"{x:.2f}".rstrip("0").rstrip(".")


def _typed(value: float, at) -> str:
    """Return ``value`` as typed in its cell: in the header's unit when the column converts (万元)."""
    if at is not None and at.header_unit and at.factor not in (0, 1):
        return f"{_g(value / at.factor)}{at.header_unit}"
    return f"{_g(value)}{(at.column.unit or '') if at is not None else ''}"


def _change(now: float, before: float) -> str:
    pct = (now / before - 1) * 100
    return f"{'增长' if pct >= 0 else '下降'}{abs(pct):.0f}%"


def shifted_columns(file: str, current, previous) -> list[Problem]:
    """Return one problem for each number column of 县区数据 that looks pasted one row off
    against 县区上年数据: most counties change abnormally against their own last-year figure,
    and most sit close to the last-year figure of the county one row below (or above)."""
    key = current.spec.key or "县区"
    counties = current.column(key) or []
    last: dict[object, int] = {}
    for j, county in enumerate(previous.column(key) or []):
        if county:
            last.setdefault(county, j)
    index = [last.get(c) if c else None for c in counties]
    numbers = [r.number for r in current.rows]
    at_row = {n: i for i, n in enumerate(numbers)}
    below = [at_row.get(n + 1) for n in numbers]  # the row under each row (None: none, or not read)
    above = [at_row.get(n - 1) for n in numbers]
    names = [n for n in (*current.columns, *current.extra) if n != key
             and (current.columns.get(n) or current.extra.get(n)).column.kind in ("number", "int")
             and (n in previous.columns or n in previous.extra)]
    problems: list[Problem] = []
    for name in names:
        now, before = _positives(current.column(name) or []), _positives(previous.column(name) or [])
        verdict = judge(now, before, index, below, above)
        if verdict is not None:
            way, own, abnormal, close, refs, sure = verdict
            problems.append(_problem(file, current, previous, name, way, counties, now, own, abnormal,
                                     close, refs, sure))
    return problems


def judge(now: list, before: list, index: list, below: list, above: list):
    """Return (way, own growths, abnormal rows, close rows, row → neighbour's last-year figure,
    sure) when the column ``now`` (cells as ``_positives`` gives them) reads far better against
    the last-year figure of the row below or above than against its own; else None.
    ``index``: each row's row in ``before``; ``below``/``above``: the row under/over each row."""
    own = {i: math.log(a / b) for i, (a, j) in enumerate(zip(now, index, strict=False))
           if a is not None and j is not None and (b := before[j]) is not None}
    if len(own) < MIN_ROWS:
        return None
    usual = _median(list(own.values()))
    abnormal = [i for i, g in own.items() if abs(g - usual) > ABNORMAL]
    if len(abnormal) < 2:
        return None
    spread = _median([abs(g - usual) for g in own.values()])
    best = None
    for way, neighbour in (("下", below), ("上", above)):
        fit = _fit(now, before, index, neighbour, spread / (1 if len(own) >= FEW else FEW_FACTOR))
        if fit is not None and (best is None or fit[3] < best[1][3]):
            best = (way, fit)
    if best is None:
        return None
    way, (close, compared, refs, tight) = best
    if len(abnormal) < ABNORMAL_SHARE * len(own) and tight * FAR_TIGHTER > spread \
            and not _smooth_shift(own, abnormal, close, compared, refs, now):
        return None  # few counties off: only a near-perfect fit with the neighbours tells a shift
    sure = (len(own) >= SURE[0] and len(abnormal) >= SURE[1] * len(own) and tight * SURE[2] <= spread
            and len(close) >= SURE[3] * compared)
    return way, own, abnormal, close, refs, sure


def _smooth_shift(own: dict, abnormal: list, close: list, compared: int, refs: dict, now: list) -> bool:
    """Return True when a smooth column's few abnormal changes all vanish against the neighbours:
    every abnormal row that has a neighbour sits close to its last-year figure, nearly every
    row does, and the mean distance from the usual growth shrinks ``SMOOTH_TIGHTER`` times."""
    explained = [i for i in abnormal if i in refs]
    if len(explained) < 2 or not set(explained) <= set(close) or len(close) < SURE[3] * compared:
        return False
    usual = _median(list(own.values()))
    mean_own = sum(abs(g - usual) for g in own.values()) / len(own)
    growth = [math.log(now[i] / b) for i, b in refs.items()]
    usual_there = _median(growth)
    mean_there = sum(abs(g - usual_there) for g in growth) / len(growth)
    return mean_there * SMOOTH_TIGHTER <= mean_own


def _fit(now: list, before: list, index: list, neighbour: list, spread: float) -> tuple[list[int], int, dict, float] | None:
    """Return (rows close to their neighbour's last-year figure, rows compared, row → that
    figure, how tightly) when the neighbours explain the column far better than the counties'
    own figures (``spread``: the median distance of their growth from the usual); else None."""
    refs = {}
    for i, a in enumerate(now):  # (cells as ``_positives`` gives them)
        k = neighbour[i]
        j = index[k] if k is not None and a is not None else None
        if j is not None and (b := before[j]) is not None:
            refs[i] = b
    if len(refs) < MIN_ROWS:
        return None
    growth = {i: math.log(now[i] / b) for i, b in refs.items()}
    usual = _median(list(growth.values()))
    tight = _median([abs(g - usual) for g in growth.values()])
    close = [i for i, g in growth.items() if abs(g - usual) <= max(CLOSE, 2 * tight)]
    if abs(usual) > USUAL or tight * TIGHTER > spread or len(close) < FIT_SHARE * len(refs):
        return None
    return close, len(refs), refs, tight


def _problem(file, current, previous, name, way, counties, now, own, abnormal, close, refs, sure) -> Problem:
    rows = current.rows
    letter = (current.columns.get(name) or current.extra.get(name)).letter
    neighbour = {i: counties[i + (1 if way == "下" else -1)] for i in close}
    shown = "、".join(f"{counties[i]} {_change(now[i], now[i] / math.exp(own[i]))}" for i in abnormal[:4])
    first = close[0]
    at = current.columns.get(name) or current.extra.get(name)
    example = (f"如 {rows[first].cells.get(name)} 的 {_typed(now[first], at)} 接近{way}一行「{neighbour[first]}」"
               f"的上年数 {_typed(refs[first], at)}")
    cells = f"{rows[close[0]].cells.get(name)}:{rows[close[-1]].cells.get(name)}"
    move = "下移" if way == "下" else "上移"
    return Problem(
        file, current.sheet, cells,
        f"「{name}」（{letter} 列）与「{previous.sheet}」相比，{len(own)} 个县区中有 {len(abnormal)} 个变化异常"
        f"（{shown}{'等' if len(abnormal) > 4 else ''}），而 {len(close)} 个数各自接近{way}一行县区的上年数（{example}）",
        f"是否整列错位了一行？若是，请把 {letter} 列的数整体{move}一行，使每个数对应本行的县区"
        f"（也可能是「{previous.sheet}」的这一列错位了，请一并核对）；否则各县区的同比增长、排名和县区通报都会张冠李戴",
        "错误" if sure else "提示")


_CELL = re.compile(r"^([A-Z]+)(\d+)$")
_RANGE = re.compile(r"^([A-Z]+)\d+:([A-Z]+)\d+$")


def without_cell_hints(problems: list[Problem], shifts: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the 提示 on single cells of a column said to be one row off
    (each county's 「同比增长 207%」: the shift says why, once)."""
    columns = {(p.sheet, m[1]) for p in shifts if (m := _RANGE.match(p.cell or ""))}
    if not columns:
        return problems
    return [p for p in problems if p.severity == "错误" or not (m := _CELL.match(p.cell or ""))
            or (p.sheet, m[1]) not in columns]
