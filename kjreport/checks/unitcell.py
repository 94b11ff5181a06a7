"""A 科室数据 row whose 单位 cell was changed (亿元 → 万元) while its figures were kept: the 单位
cell is the slip, not the figures — said at that cell, with the unit the figures and the target
share."""

from __future__ import annotations

import math

from kjreport.errors import Problem
from kjreport.plan.wording import BARE_GROWTH
from kjreport.workbook.schema import BARE_SCALES, UNIT_CONVERSIONS

SAME_SCALE = 30.0  # figures within this ratio of the target (in the other unit) are of its scale


def unit_cell_problem(file: str, result, tables: dict | None) -> Problem | None:
    """Return the error at the 单位 cell of the 科室数据 row ``result`` comes from when its figures
    fit the target in another unit of the same kind (216.4 and 181.2 under 万元, target 200亿元),
    else None."""
    t = result.target
    if not tables or t is None or len(result.sources) < 1 or result.value is None:
        return None
    sheet, _, cell = result.sources[0].partition("!")
    table = tables.get(sheet)
    at = table.columns.get("单位") if table is not None and sheet == "科室数据" else None
    row = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    unit, value, previous = result.unit, result.value, result.previous
    if result.source_unit in UNIT_CONVERSIONS and unit in UNIT_CONVERSIONS:
        # restated in the target's unit (qa22 F8): the row's figures are judged as typed, in its own unit
        k = UNIT_CONVERSIONS[result.source_unit][1] / UNIT_CONVERSIONS[unit][1]
        unit, value = result.source_unit, value / k
        previous = None if previous is None else previous / k
    if at is None or not row.isdigit() or unit not in UNIT_CONVERSIONS or t.value <= 0:
        return None
    target = t.value  # in the row's unit (a target of another unit of the kind restated in it)
    if t.unit in UNIT_CONVERSIONS and UNIT_CONVERSIONS[t.unit][0] == UNIT_CONVERSIONS[unit][0]:
        target = t.value * UNIT_CONVERSIONS[t.unit][1] / UNIT_CONVERSIONS[unit][1]
    family, own = UNIT_CONVERSIONS[unit]
    best, gap = None, math.inf
    for other, (kind, factor) in UNIT_CONVERSIONS.items():
        if kind != family or other == unit:
            continue
        goal = target * own / factor  # the target in the other unit
        off = abs(math.log(value / goal)) if value > 0 else math.inf
        if off < gap:
            best, gap, shown = other, off, goal
    if best is None or gap > math.log(SAME_SCALE):
        return None
    unit_cell = f"{at.letter}{row}"
    last = f"、上年数 {_g(previous)}" if previous is not None else ""
    typed = next((str(r.values.get("单位") or "").strip() for r in table.rows
                  if r.cells.get("单位") == unit_cell), "")
    if typed == best:  # the cell already says 万元: the figures were not converted (qa10b F7)
        factor = UNIT_CONVERSIONS[best][1] / own
        was = f"，上年数应为 {_g(previous * factor)}" if previous is not None else ""
        return Problem(
            file, sheet, unit_cell,
            f"「单位」{unit_cell} 填的是{best}，而「{result.name}」按{unit}计算：本年数 {_g(value)}{last} "
            f"按{unit}读是年度目标的 {value / target:.0f} 倍",
            f"请把本年数、上年数换算为{unit}后填写（本年数应为 {_g(value * factor)}{was}），"
            f"并把 {unit_cell} 改回「{unit}」")
    return Problem(
        file, sheet, unit_cell,
        f"「单位」{unit_cell} 为{unit}，但「{result.name}」的本年数 {_g(value)}{last} 与年度目标 "
        f"{_g(shown)}{best} 同一量级（按{unit}计{_times(value / target)}）",
        f"是否应为{best}？若数字是按{best}填的，请把 {unit_cell} 改为「{best}」；若确是{unit}，请核对本年数和上年数")


def _times(ratio: float) -> str:
    return f"是年度目标的 {ratio:.0f} 倍" if ratio > 1 else f"只有年度目标的 1/{1 / ratio:.0f}"


def _g(x: float) -> str:
    return f"{x:,.6g}".replace(",", "") if abs(x) < 1e5 else f"{x:.2f}".rstrip("0").rstrip(".")


def growth_without_unit(file: str, results, tables: dict | None) -> list[Problem]:
    """Return a 提示 at the empty 单位 cell of each 科室数据 row a 增速 target is computed from
    ("专利申请量 增长5%", 本年 186, 上年 165, 单位 empty): the row holds the quantity itself (its
    本年数 and 上年数); the summary reads a unitless row as that quantity, but its unit belongs in
    the workbook (and in 附件1)."""
    problems: list[Problem] = []
    table = (tables or {}).get("科室数据")
    at = table.columns.get("单位") if table is not None else None
    if at is None:
        return problems
    said: set[str] = set()
    for r in results:
        t = r.target
        growth = t is not None and t.kind in ("增速", "年均增速")
        # (a 达3.46% target alone reads an empty unit as its own %: only a rise in points misreads it)
        ratio = t is not None and t.kind == "提高" and not t.is_rank_rise
        if t is None or not (growth or ratio) or not r.sources or BARE_GROWTH.fullmatch(t.indicator.strip()):
            continue  # (a growth named 「增长速度」 only: kind_edit.growth_without_subject says it)
        sheet, _, cell = r.sources[0].partition("!")
        row = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if sheet != "科室数据" or not row.isdigit():
            continue
        unit_cell = f"{at.letter}{row}"
        value = _cell_value(table, int(row), "单位")
        if unit_cell in said or (value is not None and str(value).strip()):
            continue
        said.add(unit_cell)
        if ratio:
            problems.append(_ratio_without_unit(file, sheet, unit_cell, t.indicator, t))
            continue
        problems.append(Problem(
            file, sheet, unit_cell,
            f"「单位」{unit_cell} 为空，而「{r.name}」的年度目标是增速（{_growth_words(t)}），"
            "要用这一行的本年数和上年数计算增长",
            "请在单位格填写本年数、上年数的计量单位（如专利填“件”，企业填“家”）；本年数、上年数填数量本身，不填增长率",
            "提示"))  # the summary reads a unitless row as a quantity (qa10 F14): a hint, not a stop
    return problems


def _ratio_without_unit(file: str, sheet: str, unit_cell: str, name: str, t) -> Problem:
    """Return the error at the empty 单位 cell of a 科室数据 row a ratio target is computed from
    (比重提高0.1个百分点、达3.46%): without 「%」 the summary would state the share in 个百分点 and
    its change as a growth rate (qa12b F35)."""
    goal = f"比上年提高{_g(t.value)}个百分点"
    return Problem(
        file, sheet, unit_cell,
        f"「单位」{unit_cell} 为空，而「{name}」是比重（百分比）指标，年度目标为{goal}；"
        "单位为空时总结会把比重写成“个百分点”、把比上年的变化写成增长率",
        f"请在 {unit_cell} 填「%」，本年数、上年数照填百分数（如 3.41，不带 % 号）")


def _cell_value(table, row: int, column: str):
    for r in getattr(table, "rows", []):
        if getattr(r, "number", None) == row:
            return r.values.get(column) if hasattr(r, "values") else None
    return None


def _growth_words(t) -> str:
    """Return a growth target as the plan words it: 增长15%以上, 控制在3%左右, 增长3%以内."""
    if t.is_ceiling_band:
        return f"控制在{_g(t.value)}%左右"
    qual = {"≤": "以内", "≈": "左右"}.get(t.comparison, "以上")
    return f"增长{_g(t.value)}%{qual}"


def bare_scale_units(file: str, department, targets) -> list[Problem]:
    """Return an error at each 科室数据 单位 cell that holds only a scale word (「万」 for 万元, qa22 F4):
    the row's figures cannot be set against its target (亿元) until the unit is written out. The unit
    asked for is the one of the row's target that begins with the word (万元 for 「万」 when the target
    is in 万元 or 亿元), else the usual ones."""
    problems: list[Problem] = []
    if department is None or "单位" not in department.columns:
        return problems
    goals: dict[str, str] = {}
    for r in getattr(targets, "rows", []) or []:
        name, unit = str(r.values.get("指标") or "").strip(), str(r.values.get("单位") or "").strip()
        if name and unit:
            goals.setdefault(name, unit)
    for r in department.rows:
        typed = str(r.values.get("单位") or "").strip()
        cell = r.cells.get("单位")
        if typed not in BARE_SCALES or cell is None:
            continue
        name = str(r.values.get("指标") or "").strip()
        goal = goals.get(name) or goals.get(name.removeprefix("新增")) or ""
        family = UNIT_CONVERSIONS.get(goal, (goal,))[0]
        if f"{typed}元" in UNIT_CONVERSIONS and family == "亿元":
            guess = f"{typed}元"
        else:
            guess = "、".join(u for u in (f"{typed}元", f"{typed}人", f"{typed}人次") if u in UNIT_CONVERSIONS)
        target = f"（年度目标的单位是{goal}）" if goal else ""
        if guess and "、" not in guess:
            fix = f"是否为{guess}？若是，请把 {cell} 改为「{guess}」" + (f"（程序会换算为{goal}）" if goal != guess else "")
        else:
            fix = f"请把 {cell} 写全" + (f"（如{guess}）" if guess else "")
        problems.append(Problem(file, department.sheet, cell,
                                f"「{name}」的单位填的是「{typed}」，不是完整的计量单位{target}", fix))
    return problems
