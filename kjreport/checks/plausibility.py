"""Is each figure plausible? Judged from the data itself: its column, its last year, its target.

- a value about 10⁴ times (or 1/10⁴ of) its column's median or its own last year's is a probable
  万元/亿元 slip: an error naming the cell and the likely correction;
- a column whose whole scale is off against last year (a header that lost its ``（万元）``) is one
  error for the column, not one per county;
- negative amounts and counts, shares over 100 %, impossible magnitudes (``1e20``) are errors;
- a percentage typed into a row whose unit is an amount (``430%`` in an 亿元 row) is an error;
- a year-on-year change of more than +300 % (or a fall of more than 75 %) is a 提示.

Pure: ``Table`` rows (plain values with their cells) in, ``Problem``s out.
"""

from __future__ import annotations

import math
import re

from kjreport.checks.smallcounts import small_change
from kjreport.errors import Problem

SLIP = 1e4  # 万元 ↔ 亿元
SLIP_LOW, SLIP_HIGH = 1e3, 1e5  # a ratio in this band (or its inverse) is taken as a slip
YOY_HIGH, YOY_LOW = 4.0, 0.25  # 提示 beyond +300 % or −75 %
# 须核对 for a county figure 8 times last year's or below 15 % of it (a 0 placeholder, a fraction in
# a % column, a 上年 figure typed 10×: qa12 F16, F31, F33): a summary would print the fall
VERIFY_HIGH, VERIFY_LOW = 8.0, 0.15
SMALL_COUNT = 20  # a count below this may fall to 0 in a year: its swing stays a 提示
COLUMN_SHARE = 0.6  # this share of a column's cells off-scale → one error for the column
MAX_CELL_PROBLEMS = 20  # per column of a ledger; the rest are counted
AMOUNT_UNITS = {"亿元", "万元", "元"}
COUNT_UNITS = {"人", "个", "项", "家", "名", "处", "件", "万人", "万人次", "人次", "次", "所", "座"}
LIMITS = {"亿元": 1e6, "万元": 1e10, "元": 1e14}  # above: more than ten times China's GDP
ANY_LIMIT = 1e12
SHARE_WORDS = re.compile(r"比重|占比|比例|强度|覆盖率|达标率|合格率")
GROWTH_WORDS = re.compile(r"增长|增速|增幅|提高|贡献")


SWING = "变化异常大，请核对本年数和上年数"  # the 提示 of a big change in a 科室数据 row

def _median(values: list[float]) -> float:
    """Return the median of ``values`` (as ``statistics.median``, without importing it)."""
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def _number(v) -> bool:
    t = type(v)
    if t is float:  # the usual cell, told at once: a NaN is the one float unequal to itself
        return v == v
    return t is int or (t is not bool and isinstance(v, (int, float)) and not math.isnan(v))


def _g(x: float) -> str:
    """Return ``x`` as the clerk typed it: 3126000, 312.6 (never 3.126e+06 below 10¹⁵)."""
    if abs(x) >= 1e15:
        return f"{x:.3g}"
    if abs(x) >= 1e5:
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return f"{x:,.6g}".replace(",", "")


def magnitude(file, sheet, cell, name: str, value, unit: str) -> Problem | None:
    """Return an error for a negative amount or count, a share over 100 % or an absurd size."""
    if not _number(value):
        return None
    limit = LIMITS.get(unit, ANY_LIMIT)
    if abs(value) > limit:
        return Problem(file, sheet, cell, f"「{name}」为 {_g(value)}{unit}，超出合理范围",
                       "请核对数值和单位（常见原因：科学计数法、多输了几位数字）")
    if value < 0 and (unit in AMOUNT_UNITS or unit in COUNT_UNITS):
        return Problem(file, sheet, cell, f"「{name}」为负数 {_g(value)}{unit}",
                       "金额和数量不能为负，请核对（减少额请填在备注中）")
    if unit == "%" and value > 100 and SHARE_WORDS.search(name) and not GROWTH_WORDS.search(name):
        return Problem(file, sheet, cell, f"「{name}」为 {_g(value)}%，比重超过 100%",
                       "比重应在 0–100% 之间，请核对分子和分母")
    return None


def _yuan_problem(file, sheet, cell, what: str, value, unit: str, references) -> Problem | None:
    """Return the error for a figure typed in 元 in an 亿元/万元 place (``kjreport.checks.yuan``),
    or None when it is not one."""
    from kjreport.checks.yuan import yuan_fix, yuan_reading

    fixed = yuan_reading(value, unit, [r for r in references if r is not None], oversized=True)
    if fixed is None or fixed > LIMITS.get(unit, ANY_LIMIT):
        return None
    return Problem(file, sheet, cell, f"{what}为 {_g(value)}{unit}，超出合理范围", yuan_fix(fixed, unit))


def _slip_ratio(value: float, base: float) -> float | None:
    """Return value/base when it lies in the 万元/亿元 slip band (either way), else None."""
    if not (_number(value) and _number(base)) or value <= 0 or base <= 0:
        return None
    r = value / base
    return r if SLIP_LOW <= r <= SLIP_HIGH or 1 / SLIP_HIGH <= r <= 1 / SLIP_LOW else None


def _correction(value: float, ratio: float, unit: str, header_unit: str = "", factor: float = 1.0) -> str:
    fixed = value / SLIP if ratio > 1 else value * SLIP
    if ratio > 1 and unit == "万元" and not (header_unit and factor != 1):
        from kjreport.checks.yuan import yuan_fix

        return yuan_fix(fixed, unit)
    if unit == "亿元":
        slip = "可能把万元当作亿元填写了" if ratio > 1 else "可能把亿元当作万元填写了"
    elif unit == "万元" and ratio < 1:
        slip = "可能按亿元填写了（本行单位是万元）"  # 0.684 for 6840万元 (qa10 F11)
    else:
        slip = "可能填错了单位"
    typed = f"（即本列应填 {_g(fixed / factor)}{header_unit}）" if header_unit and factor != 1 else ""
    return f"{slip}，应约为 {_g(fixed)}{unit}{typed}；请核对"


def columns(file: str, table, previous=None, *, yoy: bool = True) -> list[Problem]:
    """Return the problems of the number columns of a county sheet (``previous``: last year's).

    Each column is read as a list (the table keeps its values by column) and each cell's two
    ratios — to last year's figure and to the column's median — are worked out once; a cell's
    address is made only for a problem."""
    key = table.spec.key or "县区"
    rows = table.rows
    keys = _column(table, key)
    if previous is not None:
        prev_keys = _column(previous, key)
        prev_at = {k: j for j, k in enumerate(prev_keys)}  # a repeated key: its last row, as before
    else:
        prev_at = {}
    problems: list[Problem] = []
    for name, at in [*table.columns.items(), *table.extra.items()]:
        if at.column.kind not in ("number", "int"):
            continue
        unit = at.column.unit or at.header_unit

        def cell(i: int, name: str = name) -> str | None:
            return rows[i].cells.get(name)

        values = _column(table, name)
        last = _column(previous, name) if previous is not None else None
        numbers = [i for i, v in enumerate(values) if _number(v)]
        bases = []  # each number's last-year figure (None: no row or no such column last year)
        for i in numbers:
            j = prev_at.get(keys[i])
            bases.append(last[j] if j is not None and last is not None else None)
        pairs = [(i, b) for i, b in zip(numbers, bases, strict=True) if _number(b)]
        off = [(i, b, _slip_ratio(values[i], b)) for i, b in pairs]
        off = [x for x in off if x[2] is not None]
        if pairs and len(pairs) >= 3 and len(off) >= COLUMN_SHARE * len(pairs):
            # the whole column is off by 10⁴ (typed in 万元 under an 亿元 header): one message
            # for the header, not one "超出合理范围" per county
            problems.append(_column_problem(file, table, previous, name, at, off))
            problems += [p for i in numbers if values[i] < 0
                         for p in [magnitude(file, table.sheet, cell(i), name, values[i], unit)] if p]
            continue
        positive = [values[i] for i in numbers if values[i] > 0]
        median = _median(positive) if len(positive) >= 4 else None
        kept = []
        for i, b in zip(numbers, bases, strict=True):
            v = values[i]
            by_year = _slip_ratio(v, b)
            by_median = _slip_ratio(v, median) if median is not None else None
            if by_year is not None or by_median is not None:
                kept.append((i, v, b, by_year, by_median))  # a 万元/亿元 slip is told as such below,
                continue  # not as an absurd size
            if magnitude(file, table.sheet, None, name, v, unit):
                problems.append(_yuan_problem(file, table.sheet, cell(i), f"「{keys[i]}」的「{name}」", v, unit,
                                              (b, median))
                                or magnitude(file, table.sheet, cell(i), name, v, unit))
                continue  # a negative or absurd cell is not compared any further
            kept.append((i, v, b, by_year, by_median))
        for i, v, b, by_year, by_median in kept:
            ratio = by_year or by_median
            if ratio is not None:
                what = f"上年（{_g(b)}{unit}）" if by_year else f"本列中位数（{_g(median)}{unit}）"
                times = f"{ratio:.0f} 倍" if ratio > 1 else f"1/{1 / ratio:.0f}"
                typed = f"{_g(v)}{unit}"
                if at.header_unit and at.factor != 1:
                    typed = f"{_g(v / at.factor)}{at.header_unit}（合 {typed}）"
                problems.append(Problem(
                    file, table.sheet, cell(i),
                    f"「{keys[i]}」的「{name}」为 {typed}，约为{what}的 {times}",
                    _correction(v, ratio, unit, at.header_unit, at.factor)))
            elif yoy and _number(b) and b > 0 and v >= 0 and not small_change(v, b):
                change = v / b
                if change > YOY_HIGH or change < YOY_LOW:
                    before = previous.columns.get(name) or previous.extra.get(name)
                    problems.append(Problem(
                        file, table.sheet, cell(i),
                        f"「{keys[i]}」的「{name}」同比{'增长' if change > 1 else '下降'}"
                        f" {abs(change - 1) * 100:.0f}%（本年 {_as_typed(v, at)}，上年 {_as_typed(b, before or at)}）",
                        _swing_advice(v, b, unit),
                        "须核对" if _to_verify(change, b, name, unit) else "提示"))
    return problems


def _to_verify(change: float, before: float, name: str, unit: str) -> bool:
    """Return True when a county's change from last year is far enough to be 须核对: 8 times or
    below 15 % — but not a count of a few (新增企业 0 against 4: a 镇 may add none this year)."""
    if not (change >= VERIFY_HIGH or change <= VERIFY_LOW):
        return False
    return not (name.startswith(("新增", "净增")) or unit in COUNT_UNITS and before < SMALL_COUNT)


def _swing_advice(value: float, before: float, unit: str) -> str:
    """Return what to check for a county figure far from last year's: a 0 left as a placeholder,
    a fraction typed in a % column (0.319 for 31.9), else both years' figures."""
    if value == 0:
        return "本年为 0 而上年有数：是否尚未报送？尚未报送请留空，不要填 0；如确为 0，请核对后确认"
    if unit == "%" and 0 < value < 1 and YOY_LOW <= value * 100 / before <= YOY_HIGH:
        return f"是否应为 {_g(value * 100)}？百分数列填百分号前的数字（{_g(value * 100)}，不是 {_g(value)}）"
    return "变化异常大，请核对本年和上年数据"


def _as_typed(value: float, at) -> str:
    """Return a county figure as its cell shows it, with the unit of its header: 9000万元 in a
    「（万元）」 column, not the 0.9 (亿元) it is read as (qa10b F9)."""
    unit = at.header_unit or at.column.unit or ""
    shown = value / at.factor if at.header_unit and at.factor != 1 else value
    return f"{_g(shown)}{unit}"


def _column(table, name: str) -> list[object]:
    """Return the values of column ``name`` in row order (None for each row when the table has
    no such column), as ``row.values.get(name)`` gives them."""
    values = table.column(name)
    return values if values is not None else [r.values.get(name) for r in table.rows]


def _column_problem(file, table, previous, name, at, off) -> Problem:
    ratios = sorted(x[2] for x in off)
    ratio = ratios[len(ratios) // 2]
    other = previous.columns.get(name) or previous.extra.get(name)
    if other is not None and at.header_unit and not other.header_unit and other.column.unit:
        table, previous, at, ratio = previous, table, other, 1 / ratio  # last year's header lost it
    unit = at.column.unit or at.header_unit
    first, last = table.rows[0].number, table.rows[-1].number
    header_cell = f"{at.letter}{table.header_row}"
    times = f"约 {ratio:.0f} 倍" if ratio > 1 else f"约 1/{1 / ratio:.0f}"
    found = f"「{name}」整列数值是「{previous.sheet}」同列的{times}（{at.letter}{first}:{at.letter}{last}）"
    if not at.header_unit and at.column.unit:
        wrong = "万元" if ratio > 1 and at.column.unit == "亿元" else ""
        fix = f"表头没有写单位，数值按{at.column.unit}读取"
        if wrong:
            fix += f"；若原数为{wrong}，请把表头改为「{name}（{wrong}）」"
        return Problem(file, table.sheet, header_cell, found, fix)
    if at.header_unit == "亿元" and 1e3 <= ratio <= 1e5:
        return Problem(file, table.sheet, header_cell, found + "，该列可能按万元填写，而表头单位为亿元",
                       f"若本列数值是万元，请把表头改为「{name}（万元）」（程序会自动换算为亿元），"
                       "或把数值换算为亿元后重填")
    if at.header_unit == "万元" and 1e3 <= ratio <= 1e5:
        return Problem(file, table.sheet, header_cell, found + "，该列可能按元填写，而表头单位为万元",
                       "是否按元填写？若本列数值是元，请除以 10000 换算为万元后重填")
    return Problem(file, table.sheet, header_cell, found,
                   f"两表单位不一致（本表表头单位：{at.header_unit or unit or '无'}），请核对表头单位和数值")


def _raw_percent(raw) -> bool:
    return isinstance(raw, str) and raw.strip().endswith(("%", "％"))


def department_rows(file: str, table, raw_value) -> list[Problem]:
    """Return the problems of 科室数据 rows (``raw_value(cell)`` gives the cell as typed)."""
    problems: list[Problem] = []
    for r in table.rows:
        v = r.values
        name, unit = v.get("指标") or "", (v.get("单位") or "").strip()
        for col in ("本年数", "上年数"):
            cell = r.cells.get(col)
            if cell is None:
                continue
            if unit and unit != "%" and _raw_percent(raw_value(cell)):
                problems.append(Problem(file, table.sheet, cell, f"「{name}」填的是百分数「{raw_value(cell)}」，"
                                        f"而本行单位是{unit}", f"请填写以{unit}计的数值（百分数不会自动换算）"))
                continue
            p = magnitude(file, table.sheet, cell, name, v.get(col), unit)
            if p and v.get(col) > 0:  # 元 in an 亿元 row: said as such, with the figure in 亿元
                other = v.get("上年数" if col == "本年数" else "本年数")
                p = _yuan_problem(file, table.sheet, cell, f"「{name}」{col}", v.get(col), unit, (other,)) or p
            if p:
                problems.append(p)
        cur, prev = v.get("本年数"), v.get("上年数")
        ratio = _slip_ratio(cur, prev) if unit in AMOUNT_UNITS else None
        if ratio is not None:
            cell = r.cells.get("本年数")  # one message for the cell: the slip, not also its size
            problems = [p for p in problems if p.cell != cell or p.sheet != table.sheet or p.severity != "错误"]
            problems.append(Problem(file, table.sheet, r.cells.get("本年数"),
                                    f"「{name}」本年数 {_g(cur)}{unit} 约为上年数 {_g(prev)} 的"
                                    f"{f' {ratio:.0f} 倍' if ratio > 1 else f' 1/{1 / ratio:.0f}'}",
                                    _correction(cur, ratio, unit)))
        elif any(p.sheet == table.sheet and p.cell == r.cells.get("本年数") for p in problems[-2:]):
            continue  # one message for the cell: no change "11549295675%" on top of its size
        elif _number(cur) and _number(prev) and prev > 0 and cur >= 0 and unit != "%" \
                and not small_change(cur, prev) and (cur / prev > YOY_HIGH or cur / prev < YOY_LOW):
            problems.append(Problem(file, table.sheet, r.cells.get("本年数"),
                                    f"「{name}」同比{'增长' if cur > prev else '下降'} {abs(cur / prev - 1) * 100:.0f}%"
                                    f"（本年 {_g(cur)}{unit}，上年 {_g(prev)}{unit}）", SWING, "提示"))
    return problems


def target_rows(file: str, table, raw_value) -> list[Problem]:
    """Return the problems of 目标任务 values: a percentage in an amount row, negatives, sizes."""
    problems: list[Problem] = []
    for r in table.rows:
        v = r.values
        name, unit, cell = v.get("指标") or "", (v.get("单位") or "").strip(), r.cells.get("目标值")
        if cell is None:
            continue
        if unit and unit != "%" and _raw_percent(raw_value(cell)):
            problems.append(Problem(file, table.sheet, cell, f"目标「{name}」填的是百分数「{raw_value(cell)}」，"
                                    f"而单位是{unit}", f"请填写以{unit}计的目标值，或把单位改为 %"))
            continue
        p = magnitude(file, table.sheet, cell, name, v.get("目标值"), unit)
        if p:
            problems.append(p)
    return problems


def ledger_columns(file: str, table) -> list[Problem]:
    """Return negative or absurd numbers in a ledger's amount columns (at most 20 per column)."""
    problems: list[Problem] = []
    for name, at in [*table.columns.items(), *table.extra.items()]:
        if at.column.kind not in ("number", "int"):
            continue
        unit = at.column.unit or at.header_unit
        limit = LIMITS.get(unit, ANY_LIMIT)
        found = []
        values = table.column(name)
        odd = [] if _plain_numbers(values, limit) else [
            i for i, v in enumerate(values)  # the common case (empty, 0 ≤ v ≤ limit) in one pass
            if v is not None and not ((type(v) is float or type(v) is int) and 0 <= v <= limit)]
        for i in odd:
            p = magnitude(file, table.sheet, table.rows[i].cells.get(name), name, values[i], unit)
            if p:
                found.append(p)
        problems += found[:MAX_CELL_PROBLEMS]
        if len(found) > MAX_CELL_PROBLEMS:
            problems.append(Problem(file, table.sheet, None, f"「{name}」列另有 {len(found) - MAX_CELL_PROBLEMS} 处同类问题",
                                    "请逐一核对"))
    return problems


def _plain_numbers(values: list, limit: float) -> bool:
    """Return True when every value is empty or a number (not NaN) in 0 … ``limit``, proved by
    C-level passes (the usual ledger column): no cell needs a look."""
    numbers = [v for v in values if v is not None]
    if not numbers:
        return True
    if not set(map(type, numbers)) <= {float, int} or math.isnan(sum(numbers)):  # a NaN: looked at
        return False
    return 0 <= min(numbers) and max(numbers) <= limit


def _columns_of(source: str) -> tuple[str, set[str]]:
    sheet, _, cells = source.partition("!")
    return sheet, {re.sub(r"\d", "", c) for c in cells.split(":") if c}


def against_targets(file: str, results, known: list[Problem] = (), tables: dict | None = None) -> list[Problem]:
    """Return errors for results about 10⁴ times their target (a column read in the wrong unit,
    or a 科室数据 row's 单位 cell changed: said at that cell, ``tables`` given) and for shares
    — unless an error already names a cell they come from."""
    from kjreport.checks.unitcell import unit_cell_problem

    flagged = {(p.sheet, re.sub(r"\d", "", p.cell.partition(":")[0])) for p in known
               if p.severity == "错误" and p.cell}
    problems: list[Problem] = []
    for r in results:
        t = r.target
        if r.value is None:
            continue
        if any((sheet, c) in flagged for sheet, cols in map(_columns_of, r.sources) for c in cols):
            continue
        where = r.sources[0] if r.sources else ""
        sheet, _, cell = where.partition("!")
        if t is not None and not t.is_percentage:
            ratio = _slip_ratio(r.value, t.value)
            unit_cell = unit_cell_problem(file, r, tables) if ratio is not None else None
            if unit_cell is not None:
                problems.append(unit_cell)
                continue
            if ratio is not None:
                problems.append(Problem(
                    file, sheet or None, cell or None,
                    f"指标「{r.name}」计算为 {_g(r.value)}{r.unit}，约为年度目标 {_g(t.value)}{t.unit} 的"
                    f"{f' {ratio:.0f} 倍' if ratio > 1 else f' 1/{1 / ratio:.0f}'}",
                    "可能是万元/亿元混淆（如表头漏写「（万元）」），请核对数据的单位"))
                continue
    return problems  # shares above 100 %: kjreport.checks.shares
