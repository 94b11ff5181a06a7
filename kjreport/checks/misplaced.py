"""A 上年数 typed into the wrong row of 科室数据: one row's 上年数 left empty while a nearby row's
上年数 fits the empty row's 本年数 and not its own (18 typed over 研发投入's 10.8 亿元 instead of beside
新增高新技术企业's 24 家)."""

from __future__ import annotations

import math

from kjreport.checks.consistency import COUNT_UNITS, SMALL_COUNT
from kjreport.checks.plausibility import _g, _number
from kjreport.errors import Problem

NEAR_ROWS = 3  # the row typed into is at most this many rows away
FITS = 1.6  # the misplaced figure is within this ratio of the empty row's 本年数 (both ways)
OWN_FAR = 2.0  # … and the row holding it is off by this ratio (halved, doubled) from its 本年数
GOAL_FAR = 30.0  # … or its growth misses the row's 增速 target by this many points (either way)


def growth_targets(table, targets) -> list[float | None]:
    """Return, for each 科室数据 row, the 目标值 (%) of a 增速 target on its indicator, else None."""
    from kjreport.indicators.names import name_key

    if targets is None or not targets.columns:
        return [None] * len(table.rows)
    goals: dict[str, float] = {}
    kinds = targets.column("目标类型") or []
    for k, (name, value) in enumerate(zip(targets.column("指标") or [], targets.column("目标值") or [], strict=False)):
        if name and _number(value) and k < len(kinds) and kinds[k] == "增速":
            goals.setdefault(name_key(name), value)
    return [goals.get(name_key(n)) if n else None for n in table.column("指标") or []]


def last_year_in_wrong_row(file: str, table, targets=None) -> list[Problem]:
    """Return a 提示 for a 科室数据 row whose 上年数 is empty while a row at most three rows away
    holds a 上年数 far from its own 本年数 (halved or doubled — not a count under 30 — or 30 points
    off its 增速 target)
    and close to the empty row's 本年数 (within 1.6 times): that figure was probably typed one
    row off. The nearest such row is named; each row is named once."""
    names, units = table.column("指标") or [], table.column("单位") or []
    cur, prev = table.column("本年数") or [], table.column("上年数") or []
    blank = [i for i, (a, b) in enumerate(zip(cur, prev, strict=False)) if b is None and _number(a) and a > 0]
    if not blank:
        return []
    goals = growth_targets(table, targets)
    problems: list[Problem] = []
    used: set[int] = set()
    for j, (a, b) in enumerate(zip(cur, prev, strict=False)):
        if not (_number(a) and _number(b)) or a <= 0 or b <= 0:
            continue
        own = abs(math.log(a / b))
        growth = (a / b - 1) * 100
        goal = goals[j] if j < len(goals) else None
        small = _unit(units, j) in COUNT_UNITS and max(a, b) < SMALL_COUNT  # 5 → 12 家 happens
        if (own < math.log(OWN_FAR) or small) and (goal is None or abs(growth - goal) < GOAL_FAR):
            continue
        near = [i for i in blank if i not in used and 0 < abs(i - j) <= NEAR_ROWS
                and abs(math.log(cur[i] / b)) <= min(math.log(FITS), own)]
        if not near:
            continue
        i = min(near, key=lambda x: (abs(x - j), x))
        used.add(i)
        here, there = table.rows[j], table.rows[i]
        unit_j, unit_i = _unit(units, j), _unit(units, i)
        change = f"同比{'增长' if growth >= 0 else '下降'}{abs(growth):.1f}%"
        why = f"，年度目标为增长{_g(goal)}%" if goal is not None else ""
        problems.append(Problem(
            file, table.sheet, here.cells.get("上年数"),
            f"「{names[j]}」的上年数 {_g(b)} 与其本年数 {_g(a)}{unit_j} 相差较大（{change}{why}），"
            f"而第 {there.number} 行「{names[i]}」本年数为 {_g(cur[i])}{unit_i}、上年数为空（{there.cells.get('上年数')}）",
            f"{_g(b)} 可能是「{names[i]}」的上年数，误填到了第 {here.number} 行：请核对 {there.cells.get('上年数')} 和 "
            f"{here.cells.get('上年数')} 的上年数；如数据无误，可忽略此提示", "提示"))
    return problems


def _unit(units: list, i: int) -> str:
    u = units[i] if i < len(units) else ""
    return u.strip() if isinstance(u, str) else ""
