"""Figures that do not fit the figures beside them: R&D against GDP, this year against last.

- a county's R&D spending at or above its GDP is an error (a GDP typed into the R&D column);
  an R&D intensity above 10 % is a 提示;
- a city total (the sum of the counties) five times last year's or more is a 提示;
- 本年数 exactly equal to 上年数 (a 科室数据 row, or a whole county row against its 县区上年数据
  row) is a 提示: last year's figures pasted as this year's; every row (every county) equal is an
  error naming both sheets (columns): one is a copy of the other, whichever way it was pasted;
- two 科室数据 rows whose 本年数 each fit the other row's 上年数 (and not their own) are a 提示:
  the two figures are probably swapped; so are two counties' figures in one column.

Pure: ``Table`` rows and computed results in, ``Problem``s out; a few passes over at most a few
hundred rows (counties, 科室 lines), never over a ledger.
"""

from __future__ import annotations

import math
import re

from kjreport.errors import Problem
from kjreport.workbook import unitsheets

GDP = "地区生产总值"
RD = ("全社会R&D经费支出", "企业R&D经费支出")
INTENSITY_HINT = 10.0  # % of GDP: above this a county's R&D intensity is hinted
WHOLE_COLUMN = 0.6  # this share of counties at or above their GDP: a unit problem, not a slip
CITY_JUMP = 5.0  # a city total this many times last year's is hinted
SAME_SHARE = 0.6  # this share of counties equal to last year → one message for the sheet
WHOLE_SHEET_ROWS = 3  # every one of at least this many 科室数据 rows equal to last year: an error
SMALL_COUNT = 30  # a count below this may well stay the same from one year to the next
COUNT_UNITS = {"人", "个", "项", "家", "名", "处", "件", "所", "座", "位", "次", "人次"}
SWAP_CLOSE = 1.12  # 本年数 within this ratio of the other row's 上年数: it fits there
SWAP_FAR = 1.35  # … and beyond this ratio of its own 上年数


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and not math.isnan(v)


def _g(x: float) -> str:
    if abs(x) >= 1e5:
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return f"{x:,.6g}".replace(",", "")


def _typed(value: float, at) -> str:
    """Return ``value`` as written in its cell: in the header's unit when the column converts."""
    unit = at.column.unit or at.header_unit
    if at.header_unit and at.factor not in (0, 1):
        return f"{_g(value / at.factor)}{at.header_unit}"
    return f"{_g(value)}{unit}"


# --- R&D against GDP ----------------------------------------------------------------------

def rd_against_gdp(file: str, table) -> list[Problem]:
    """Return an error for each county whose R&D spending is at or above its GDP, and a 提示
    for an R&D intensity above ``INTENSITY_HINT`` %."""
    at_gdp = table.columns.get(GDP)
    gdp = table.column(GDP) if at_gdp is not None else None
    if not gdp:
        return []
    key = table.spec.key or "县区"
    names = table.column(key) or [None] * len(gdp)
    problems: list[Problem] = []
    for name in RD:
        at = table.columns.get(name)
        values = table.column(name) if at is not None else None
        if not values or (at.column.unit or "") != (at_gdp.column.unit or ""):
            continue
        pairs = [(i, rd, total) for i, (rd, total) in enumerate(zip(values, gdp, strict=False))
                 if _number(rd) and _number(total) and rd > 0 and total > 0]
        if len(pairs) >= 3 and sum(rd >= total for _, rd, total in pairs) >= WHOLE_COLUMN * len(pairs):
            continue  # the whole column in the wrong unit: the scale checks (header, target) say so once
        high = [(i, rd, total) for i, rd, total in pairs if rd < total and rd / total * 100 > INTENSITY_HINT]
        if name == RD[0] and len(pairs) >= 3 and len(high) >= WHOLE_COLUMN * len(pairs):
            shares = sorted(rd / total * 100 for _, rd, total in high)
            problems.append(Problem(
                file, table.sheet, f"{at.letter}{table.header_row}",
                f"有 {len(high)} 个县区的「{name}」占其「{GDP}」的比重超过 {INTENSITY_HINT:g}%"
                f"（中位数 {shares[len(shares) // 2]:.1f}%）",
                "R&D经费投入强度一般不超过 10%，请核对该列的单位和数值", "提示"))
            pairs = [x for x in pairs if x[1] >= x[2]]
        for i, rd, total in pairs:
            share = rd / total * 100
            if rd < total and (share <= INTENSITY_HINT or name != RD[0]):
                continue
            row = table.rows[i]
            cell, where = row.cells.get(name), row.cells.get(GDP)
            county = names[i]
            if rd >= total:
                problems.append(Problem(
                    file, table.sheet, cell,
                    f"「{county}」的「{name}」为 {_typed(rd, at)}，不低于其「{GDP}」{_typed(total, at_gdp)}（{where}）",
                    f"R&D经费支出只占地区生产总值的一小部分（一般为 1%–5%），请核对是否把地区生产总值或其他数填进了"
                    f"「{name}」列"))
            else:
                problems.append(Problem(
                    file, table.sheet, cell,
                    f"「{county}」的「{name}」为 {_typed(rd, at)}，占其「{GDP}」{_typed(total, at_gdp)}的 {share:.1f}%",
                    f"R&D经费投入强度一般不超过 {INTENSITY_HINT:g}%，请核对该县区的 R&D 经费和地区生产总值", "提示"))
    return problems


def city_jumps(file: str, results, known: list[Problem] = ()) -> list[Problem]:
    """Return a 提示 for a total of the counties five times last year's or more — unless an
    error already names a cell of the column it comes from, or this year's figure is not the
    counties' total (a 科室数据 row's, whose own checks speak of it)."""
    named = {(p.sheet, (p.cell or "").rstrip("0123456789")) for p in known if p.cell and p.severity == "错误"}
    problems: list[Problem] = []
    for r in results:
        if r.kind != "amount" or not (_number(r.value) and _number(r.previous)) or r.previous <= 0:
            continue
        current = [s for s in r.sources if unitsheets.on_sheet(s, unitsheets.COUNTY)]
        if any(not unitsheets.on_sheet(s, unitsheets.COUNTY) for s in r.current_sources):
            continue
        if len(current) != 1 or r.value / r.previous < CITY_JUMP:
            continue
        sheet, _, cells = current[0].partition("!")
        letters = {c.rstrip("0123456789") for c in cells.split(":")}
        if any((sheet, c) in named for c in letters):
            continue
        problems.append(Problem(
            file, sheet, cells,
            f"全市「{r.plain_name}」（各县区之和）为 {_g(r.value)}{r.unit}，是上年 {_g(r.previous)}{r.unit} 的 "
            f"{r.value / r.previous:.1f} 倍",
            "变化异常大，请核对该列各县区的本年数和单位", "提示"))
    return problems


# --- this year equal to last year ---------------------------------------------------------

def _may_stay(name: str, unit: str, value: float) -> bool:
    """Return True for a figure that may well stay the same: a rank, a small count."""
    if unit == "位" or any(w in name for w in ("位次", "排名", "排位")):
        return True
    return unit in COUNT_UNITS and value == int(value) and abs(value) < SMALL_COUNT


def same_as_last_year(file: str, table) -> list[Problem]:
    """Return a 提示 for each 科室数据 row whose 本年数 equals its 上年数 exactly — or one error
    for the sheet when every row does (see ``every_row_as_last_year``)."""
    problems: list[Problem] = []
    names, units = table.column("指标") or [], table.column("单位") or []
    cur, prev = table.column("本年数") or [], table.column("上年数") or []
    whole = every_row_as_last_year(file, table, cur, prev, names, units)
    if whole:
        return whole
    for i, (a, b) in enumerate(zip(cur, prev, strict=False)):
        if not (_number(a) and _number(b)) or a != b or a == 0:
            continue
        name = names[i] if i < len(names) else ""
        unit = (units[i] if i < len(units) else "") or ""
        unit = unit.strip() if isinstance(unit, str) else ""
        if _may_stay(name or "", unit, a):
            continue
        row = table.rows[i]
        problems.append(Problem(
            file, table.sheet, row.cells.get("本年数"),
            f"「{name}」本年数与上年数完全相同（{row.cells.get('本年数')} 与 {row.cells.get('上年数')} 均为 {_g(a)}{unit}）",
            "是否误填了上年数？请核对本年数；如确实与上年持平，可忽略此提示", "提示"))
    return problems


def every_row_as_last_year(file: str, table, cur: list, prev: list, names: list, units: list) -> list[Problem]:
    """Return one error when every 科室数据 row with both figures (at least ``WHOLE_SHEET_ROWS``,
    one of them a figure that does not stay the same by itself — not 0, a rank or a small count)
    has 本年数 equal to 上年数: one of the two columns was pasted from the other. Which one cannot
    be told, so the message names both and blames neither."""
    pairs = [(i, a) for i, (a, b) in enumerate(zip(cur, prev, strict=False)) if _number(a) and _number(b)]
    if len(pairs) < WHOLE_SHEET_ROWS or any(a != prev[i] for i, a in pairs):
        return []

    def unit(i: int) -> str:
        u = units[i] if i < len(units) else ""
        return u.strip() if isinstance(u, str) else ""

    if all(a == 0 or _may_stay(str(names[i] if i < len(names) else "") or "", unit(i), a) for i, a in pairs):
        return []
    first, last = table.rows[pairs[0][0]], table.rows[pairs[-1][0]]
    now = _span(first.cells.get("本年数"), last.cells.get("本年数"))
    before = _span(first.cells.get("上年数"), last.cells.get("上年数"))
    return [Problem(
        file, table.sheet, None,
        f"全部 {len(pairs)} 行的本年数都与上年数完全相同（{now} 与 {before}）",
        "两列中必有一列填错：若本年数无误，请在「上年数」列填写上年的数；若是把上年数复制到了「本年数」列，"
        "请填写本年的数。不改正，各项指标都将显示为“与上年持平”")]


def _span(a: str | None, b: str | None) -> str:
    return a if a == b or not b else f"{a}:{b}" if a else ""


def county_rows_as_last_year(file: str, current, previous) -> list[Problem]:
    """Return a 提示 for each county whose every figure equals its 县区上年数据 row (at least
    two figures, one of them non-zero); one 提示 for the sheet when most counties do."""
    key = current.spec.key or "县区"
    names = [n for n in current.columns if n != key and current.columns[n].column.kind in ("number", "int")]
    names += [n for n in current.extra if current.extra[n].column.kind in ("number", "int")]
    names = [n for n in names if n in previous.columns or n in previous.extra]
    if not names:
        return []
    last = {}
    for j, county in enumerate(previous.column(key) or []):
        if county:
            last.setdefault(county, j)
    now_cols = {n: current.column(n) for n in names}
    prev_cols = {n: previous.column(n) for n in names}
    same, compared, matched = [], 0, 0
    for i, county in enumerate(current.column(key) or []):
        j = last.get(county)
        if j is None:
            continue
        matched += 1
        pairs = [(n, now_cols[n][i], prev_cols[n][j]) for n in names
                 if _number(now_cols[n][i]) and _number(prev_cols[n][j])]
        if len(pairs) < 2:
            continue
        compared += 1
        if all(a == b for _, a, b in pairs) and any(a != 0 for _, a, _b in pairs):
            same.append((i, j, county, pairs))
    if not same:
        return []
    if len(same) >= 3 and len(same) >= SAME_SHARE * compared:
        counties = "、".join(c for _, _, c, _ in same[:5]) + ("等" if len(same) > 5 else "")
        if len(same) == matched:  # every county: one of the two sheets is surely the other's copy
            (i, j, _, pairs), (k, m, _, _) = same[0], same[-1]
            cols = [n for n, _, _ in pairs]
            now = _span(current.rows[i].cells.get(cols[0]), current.rows[k].cells.get(cols[-1]))
            before = _span(previous.rows[j].cells.get(cols[0]), previous.rows[m].cells.get(cols[-1]))
            return [Problem(
                file, current.sheet, None,
                f"全部 {len(same)} 个县区的数据都与「{previous.sheet}」完全相同"
                f"（「{current.sheet}」{now} 与「{previous.sheet}」{before}）",
                f"两张表中必有一张填错：若「{current.sheet}」是本年数，请在「{previous.sheet}」填写上年的数；"
                f"若是把上年数据复制到了「{current.sheet}」，请填写本年数据。不改正，各县区和全市的同比增长都将显示为"
                "“与上年持平”")]
        return [Problem(file, current.sheet, None,
                        f"有 {len(same)} 个县区（{counties}）的本年数据与「{previous.sheet}」完全相同",
                        f"是否把上年数据复制到了「{current.sheet}」，或把本年数据复制到了「{previous.sheet}」？"
                        "请核对这两张表", "提示")]
    problems = []
    for i, j, county, pairs in same:
        shown = "、".join(f"{n} {_g(a)}" for n, a, _ in pairs[:4]) + ("等" if len(pairs) > 4 else "")
        problems.append(Problem(
            file, current.sheet, current.rows[i].cells.get(key),
            f"「{county}」本年各项数据（{shown}）与「{previous.sheet}」第 {previous.rows[j].number} 行完全相同",
            "是否误填了上年数？请核对该县区本年数据；如确实与上年持平，可忽略此提示", "提示"))
    return problems


def _whole_count(unit: str, value: float) -> bool:
    """Return True for a whole number a county's figure may well repeat: a count (of any size), or a
    small figure in no unit of money (30 个利益共同体, 1 家新增高企) — unlike 0.86亿元 or 5300万元."""
    return value == int(value) and (unit in COUNT_UNITS or not unit or abs(value) < 100)


def county_cells_as_last_year(file: str, current, previous) -> list[Problem]:
    """Return a 提示 for each county figure equal to its 县区上年数据 figure, as ``same_as_last_year``
    says of a 科室数据 row (qa22 F5: 蓬溪县's R&D 0.86, last year's, typed into this year's sheet):
    not for a zero, a rank, a count or a small whole number (``_may_stay``, ``_whole_count``), a county
    whose every figure is last year's (``county_rows_as_last_year``) nor a column whose every county's
    is (``pasted_column``)."""
    key = current.spec.key or "县区"

    def columns(t) -> dict[str, object]:
        found = {**t.columns, **t.extra}
        return {n: c for n, c in found.items() if n != key and c.column.kind in ("number", "int")}

    now_cols, prev_cols = columns(current), columns(previous)
    names = [n for n in now_cols if n in prev_cols]
    last: dict[object, int] = {}
    for j, county in enumerate(previous.column(key) or []):
        if county:
            last.setdefault(county, j)
    counties = current.column(key) or []
    values = {n: (current.column(n) or [], previous.column(n) or []) for n in names}
    paired = [(i, county, j) for i, county in enumerate(counties) if (j := last.get(county)) is not None]
    same: dict[str, list[tuple[int, str, int, float]]] = {}
    for n in names:
        now, before = values[n]
        for i, county, j in paired:
            if i < len(now) and j < len(before) and _number(now[i]) and _number(before[j]) and now[i] == before[j]:
                same.setdefault(n, []).append((i, county, j, now[i]))
    compared = {n: sum(1 for i, _, j in paired if i < len(values[n][0]) and j < len(values[n][1])
                       and _number(values[n][0][i]) and _number(values[n][1][j])) for n in names}
    # a county equal on every figure, a column equal for every county: said by the others
    whole_rows = {i for i, _, j in paired
                  if sum(1 for n in names if any(x[0] == i for x in same.get(n, ()))) == sum(
                      1 for n in names if i < len(values[n][0]) and j < len(values[n][1])
                      and _number(values[n][0][i]) and _number(values[n][1][j])) >= 2}
    problems: list[Problem] = []
    for n, cells in same.items():
        if len(cells) == compared[n] and len(cells) > 1:
            continue
        unit = getattr(now_cols[n].column, "unit", "") or ""
        for i, county, j, a in cells:
            if a == 0 or i in whole_rows or _may_stay(n, unit, a) or _whole_count(unit, a):
                continue
            here, there = current.rows[i].cells.get(n), previous.rows[j].cells.get(n)
            problems.append(Problem(
                file, current.sheet, here,
                f"「{county}」的「{n}」本年数与「{previous.sheet}」{there} 的上年数完全相同（均为 {_g(a)}{unit}）",
                "是否误填了上年数？请核对该县区本年数；如确实与上年持平，可忽略此提示", "提示"))
    return problems


# --- two rows swapped ---------------------------------------------------------------------

def _log_ratio(a: float, b: float) -> float:
    return abs(math.log(a / b))


def department_targets(table, targets) -> list[float | None]:
    """Return, for each 科室数据 row of ``table``, the 目标值 of the 目标任务 row of the same
    indicator when it is a total in the row's own unit (not a growth rate or a 提高), else None."""
    from kjreport.indicators.names import name_key

    if targets is None or not targets.columns:
        return [None] * len(table.rows)
    by_key: dict[str, tuple[float, str]] = {}
    kinds = targets.column("目标类型")
    for k, (name, value, unit) in enumerate(zip(targets.column("指标") or [], targets.column("目标值") or [],
                                                 targets.column("单位") or [], strict=False)):
        kind = kinds[k] if kinds else None
        if name and _number(value) and value > 0 and (kind in (None, "", "总量")):
            by_key.setdefault(name_key(name), (value, (unit or "").strip() if isinstance(unit, str) else ""))
    out = []
    for name, unit in zip(table.column("指标") or [], table.column("单位") or [], strict=False):
        found = by_key.get(name_key(name)) if name else None
        unit = unit.strip() if isinstance(unit, str) else ""
        out.append(found[0] if found and found[1] == unit else None)
    return out


SINGLE_DIGIT = 10  # whole numbers below this (2 人, 3 个平台) are too common to tell two rows apart


def _small_count(value: float) -> bool:
    return float(value).is_integer() and value < SINGLE_DIGIT


def swapped_rows(file: str, table, targets=None) -> list[Problem]:
    """Return a 提示 for two 科室数据 rows whose 本年数 each fit the other row's 上年数 or
    年度目标 (within 12 %) and fit neither of their own (off by more than 35 %): the two figures
    were probably swapped — whatever their units (51.2 typed in the 家 row of 省级研发平台 and
    4 in the % row of a share whose 上年 is 47.5 and target 50); not when both are single-digit
    whole numbers, which fit another row by chance."""
    names = table.column("指标") or []
    cur, prev = table.column("本年数") or [], table.column("上年数") or []
    goal = department_targets(table, targets)
    refs = [[(w, x) for w, x in (("上年数", b), ("年度目标", t)) if _number(x) and x > 0]
            for b, t in zip(prev, goal, strict=False)]
    rows = [i for i, a in enumerate(cur) if _number(a) and a > 0 and i < len(refs) and refs[i]]
    close, far = math.log(SWAP_CLOSE), math.log(SWAP_FAR)

    def fit(value: float, i: int) -> tuple[str, float] | None:
        best = min(refs[i], key=lambda r: _log_ratio(value, r[1]))
        return best if _log_ratio(value, best[1]) <= close else None

    off = [i for i in rows if min(_log_ratio(cur[i], x) for _, x in refs[i]) > far]  # only rows far from their own
    problems: list[Problem] = []
    used: set[int] = set()
    for x, i in enumerate(off):
        for j in off[x + 1:]:
            if i in used or j in used or (_small_count(cur[i]) and _small_count(cur[j])):
                continue  # 3 平台 and 2 人才: single-digit counts fit each other's rows by chance (qa15 F4)
            there, back = fit(cur[i], j), fit(cur[j], i)
            if there and back:
                used.update((i, j))
                a, b = table.rows[i], table.rows[j]
                name_i = names[i] if i < len(names) else ""
                name_j = names[j] if j < len(names) else ""
                problems.append(Problem(
                    file, table.sheet, a.cells.get("本年数"),
                    f"「{name_i}」本年数 {_g(cur[i])} 与「{name_j}」本年数 {_g(cur[j])}（{b.cells.get('本年数')}）"
                    f"可能填反了：{_g(cur[i])} 接近后者的{there[0]} {_g(there[1])}，"
                    f"{_g(cur[j])} 接近前者的{back[0]} {_g(back[1])}",
                    "请核对这两行的本年数；如数据无误，可忽略此提示", "提示"))
    return problems + _collapsed_shares(file, table, goal, used)


SHARE_FALL = 0.25  # a share below this part of both its 上年数 and its target is hinted
HUNDREDTHS = (1 / 200, 1 / 50)  # … unless it looks like 0.512 for 51.2 (told by the percent checks)


def _collapsed_shares(file: str, table, goal: list, paired: set[int]) -> list[Problem]:
    """Return a 提示 for each % row (not in a swapped pair) whose 本年数 is below a quarter of
    both its 上年数 and its 年度目标: 4% against 47.5% last year and a 50% target."""
    names, units = table.column("指标") or [], table.column("单位") or []
    cur, prev = table.column("本年数") or [], table.column("上年数") or []
    out = []
    for i, (a, b) in enumerate(zip(cur, prev, strict=False)):
        unit = units[i].strip() if i < len(units) and isinstance(units[i], str) else ""
        t = goal[i] if i < len(goal) else None
        if i in paired or unit != "%" or not (_number(a) and _number(b) and _number(t)) or a < 0 or b <= 0:
            continue
        if a < SHARE_FALL * b and a < SHARE_FALL * t and not (HUNDREDTHS[0] <= a / b <= HUNDREDTHS[1]):
            row = table.rows[i]
            out.append(Problem(
                file, table.sheet, row.cells.get("本年数"),
                f"「{names[i]}」本年数为 {_g(a)}%，不到上年数 {_g(b)}%（{row.cells.get('上年数')}）和年度目标 {_g(t)}% 的四分之一",
                "比重一年间很少这样大幅下降，请核对是否填错了行或数值；如数据无误，可忽略此提示", "提示"))
    return out


SWAP_OWN = 1.25  # a county's figure beyond this ratio of its own 上年数 (both ways) may be swapped
SWAP_SPREAD = 3.0  # … and beyond this many times the column's median deviation from its usual growth
SWAP_MAX_SHARE = 0.3  # more counties than this share (or than SWAP_MAX_OFF) far from their usual growth:
SWAP_MAX_OFF = 4  # the column is too uneven to tell a swap from chance, nothing is told


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def swapped_counties(file: str, current, previous) -> list[Problem]:
    """Return a 提示 for two counties whose figures in one column each fit the other county's
    上年数 (within 12 %) and not their own (off by more than 25 %, and by more than three times
    the column's usual spread of growth), growth measured against the column's median growth —
    in a column where few counties (at most four) are that far off:
    河口区 450 / 垦利区 310 typed for 310 / 450 (上年 292 / 418). The same pair swapped in several columns (two rows typed in
    each other's place) is one 提示. One pass per column over the counties; pairs are looked for
    only among the few counties far from their own 上年数."""
    key = current.spec.key or "县区"
    names = [n for n in (*current.columns, *current.extra) if n != key
             and (current.columns.get(n) or current.extra.get(n)).column.kind in ("number", "int")
             and (n in previous.columns or n in previous.extra)]
    counties = current.column(key) or []
    last = {}
    for j, county in enumerate(previous.column(key) or []):
        if county:
            last.setdefault(county, j)
    index = [last.get(c) for c in counties]
    close, own = math.log(SWAP_CLOSE), math.log(SWAP_OWN)
    pairs: dict[tuple[int, int], list[str]] = {}
    for name in names:
        now, before = current.column(name), previous.column(name)
        prev = [before[j] if j is not None else None for j in index]
        growth = {i: math.log(a / b) for i, (a, b) in enumerate(zip(now, prev, strict=False))
                  if _number(a) and _number(b) and a > 0 and b > 0}
        if len(growth) < 4:
            continue
        typical = _median(list(growth.values()))  # the column's usual growth, and its usual spread
        spread = _median([abs(g - typical) for g in growth.values()])
        far = max(own, SWAP_SPREAD * spread)
        off = [i for i, g in growth.items() if abs(g - typical) > far]
        if len(off) < 2 or len(off) > min(SWAP_MAX_OFF, max(2, SWAP_MAX_SHARE * len(growth))):
            continue
        used: set[int] = set()
        for x, i in enumerate(off):
            for j in off[x + 1:]:
                if i in used or j in used:
                    continue
                if abs(math.log(now[i] / prev[j]) - typical) <= close and abs(math.log(now[j] / prev[i]) - typical) <= close:
                    used.update((i, j))
                    pairs.setdefault((i, j), []).append(name)
    problems: list[Problem] = []
    for (i, j), columns in pairs.items():
        a, b = current.rows[i], current.rows[j]
        name = columns[0]
        now, before = current.column(name), previous.column(name)
        pa, pb = before[index[i]], before[index[j]]
        more = f"（「{'」「'.join(columns[1:])}」列也是这样）" if len(columns) > 1 else ""
        problems.append(Problem(
            file, current.sheet, a.cells.get(name),
            f"「{counties[i]}」的「{name}」{_g(now[i])} 与「{counties[j]}」的 {_g(now[j])}（{b.cells.get(name)}）可能填反了："
            f"{_g(now[i])} 接近{counties[j]}的上年数 {_g(pb)}，{_g(now[j])} 接近{counties[i]}的上年数 {_g(pa)}{more}",
            # every column of the pair pointing the same way is near proof (qa12 F34)
            *(("请核对这两个县区的数据", "须核对") if len(columns) > 1 else
              ("请核对这两个县区的数据；如数据无误，可忽略此提示", "提示"))))
    return problems


_PARTNER = re.compile(r"（([A-Z]+[0-9]+)）可能填反了")


def one_per_cell(problems: list[Problem], new: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the 提示 on a cell that one of ``new`` already speaks of (both
    cells of a 可能填反了 pair: the swap explains the 同比增长 1607% of the second)."""
    cells = {(p.sheet, p.cell) for p in new if p.cell}
    cells |= {(p.sheet, m[1]) for p in new if (m := _PARTNER.search(p.found))}
    return [p for p in problems if p.severity == "错误" or (p.sheet, p.cell) not in cells]
