"""Total rows in the county sheets (合计、总计、小计、全市、the city's own name …).

A row is a total when its name says so — with spaces and punctuation tolerated (``合计：``,
``全 市 总 计``, ``县区合计``, ``鲁泽市``) — or when, in every column it fills, its numbers equal
the sum of the other rows. Totals are taken out of the county rows (never counted, never
ranked). A typed total that disagrees with the sum of the counties is a 提示 naming both cells
and both values; one typed whole-area row is the official figure the indicators use, unless a
cell of it is at least 1000 times the units' sum (万元 typed under 亿元): an error naming the cell
and the likely value, and that column falls back on the units' sum.
Pure: rows of plain values in, rows and ``Problem``s out.
"""

from __future__ import annotations

import math
import re
from operator import itemgetter

from kjreport.checks.names import fold
from kjreport.errors import Problem

_PUNCTUATION = re.compile(r"[：:，,、。.．·•\-—_()（）\[\]【】*＊#＃]+")
_TOTAL_WORDS = ("合计", "总计", "小计", "总数", "汇总")
_WHOLE_AREA = ("全市", "全区", "全县", "全省")
RELATIVE_TOLERANCE = 0.002  # typed totals are often rounded
MIN_ROWS_FOR_SUM_RULE = 4  # a row equal to the sum of the others needs at least 3 others


def total_name(name: object, own_names: tuple[str, ...] = ()) -> bool:
    """Return True when a 县区 cell names a total row rather than a county."""
    if not isinstance(name, str):
        return False
    text = _PUNCTUATION.sub("", fold(name))
    if not text:
        return False
    if any(text.endswith(w) or text.startswith(w) for w in _TOTAL_WORDS):
        return True
    if text.startswith(_WHOLE_AREA):
        return True  # 全市, 全区, 全市累计, 全县合计 …
    own = {_PUNCTUATION.sub("", fold(n)) for n in own_names if n}
    return text in own or is_subtotal(name)


# the rest of a table printed as a row of its own (「其 他」 in a province's patent table: the
# patents of no city): part of the printed total, never a unit
_RESIDUAL = ("其他", "其它", "其他地区", "其它地区", "其他单位", "未分地区", "不分地区")


def residual_name(name: object) -> bool:
    """Return True when a 县区 cell names the rest of a table (其他, 其它地区 …), not a unit."""
    return isinstance(name, str) and _PUNCTUATION.sub("", fold(name)) in _RESIDUAL


def ledger_total(text: object) -> bool:
    """Return True for a ledger row's label that says total (合计、总计、项目合计 …) — stricter than
    ``total_name``: a project called 全市农业科技培训 is a project."""
    if not isinstance(text, str):
        return False
    t = _PUNCTUATION.sub("", fold(text))
    return t in {"合计", "总计", "小计", "汇总", "总合计"} or (t.endswith(("合计", "总计", "小计")) and len(t) <= 6)


# a group of units as statistical yearbooks print it (湖州统计年鉴: 「△市区」= the districts):
# a row so named alone is a partial sum; more groups count with a total word (「城区合计」)
_GROUPS = ("市区", "县域")
_GROUPS_WITH_TOTAL = (*_GROUPS, "城区", "开发区", "功能区", "园区", "各开发区", "各功能区", "各园区")
_SUBTOTAL_MARKS = ("△", "▲", "#")  # yearbook marks of a sub-total row (after NFKC: ＃ is #)


def is_subtotal(name: str) -> bool:
    """Return True for a 小计 row (a partial sum, not compared with the whole): 「…小计」, a row
    marked as yearbooks mark sub-totals (「△市区」「#市区」「其中：市区」), or a group of units
    (「市区」「县域合计」「开发区合计」)."""
    raw = fold(name)
    if "小计" in raw or raw.startswith(_SUBTOTAL_MARKS):
        return True
    text = _PUNCTUATION.sub("", raw)
    if text.startswith("其中") and len(text) > 2:
        return True
    core = re.sub(r"(?:合计|总计|汇总)$", "", text)
    return text in _GROUPS or (core != text and core in _GROUPS_WITH_TOTAL)


_RATIO = re.compile(r"比重|占比|比例|强度|百分比|人均|平均|密度|每万|每千|每百|率$")
_PER_UNIT = re.compile(r"[(（][^()（）]*/[^()（）]*[)）]$")  # 专利密度（件/万人）: a per-head figure


def ratio_column(table, column: str) -> bool:
    """Return True for a county column of %, shares or means (研发投入强度（%）, …占比, 人均…):
    its total row is a (weighted) mean, never the sum of the units."""
    at = table.columns.get(column) or table.extra.get(column)
    unit = (at.header_unit or at.column.unit) if at is not None else ""
    return unit == "%" or "/" in (unit or "") or bool(_RATIO.search(column) or _PER_UNIT.search(column))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(RELATIVE_TOLERANCE * max(abs(a), abs(b)), 1e-9)


def _rounded_alike(typed: float, total: float) -> bool:
    """Return True when ``typed`` is ``total`` rounded as typed (160.3 for 160.32, 160 for 159.6)
    or within ``RELATIVE_TOLERANCE`` of it."""
    if _close(typed, total):
        return True
    text = repr(float(typed))
    decimals = len(text.partition(".")[2].rstrip("0")) if "e" not in text else 6
    return abs(typed - total) <= 0.5 * 10 ** -decimals + 1e-9


def sum_rows(rows: list[dict[str, object]], columns: list[str]) -> list[int]:
    """Return the indexes of rows whose filled numbers all equal the sum of the other rows.

    At least two columns must be filled with non-zero numbers, and there must be at least three
    other rows, so a small county is never mistaken for a total.
    """
    if len(rows) < MIN_ROWS_FOR_SUM_RULE:
        return []
    sums = {}
    for c in columns:
        values = [r.get(c) for r in rows]
        numbers = [v for v in values if isinstance(v, (int, float)) and not math.isnan(v)]
        sums[c] = sum(numbers)
    found = []
    for i, r in enumerate(rows):
        filled = [c for c in columns if isinstance(r.get(c), (int, float)) and r.get(c) != 0]
        if len(filled) < min(2, len(columns)):
            continue
        if all(_close(2 * r[c], sums[c]) for c in filled):
            found.append(i)
    return found if len(found) == 1 else []  # two "totals" means neither is one


def _number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and not math.isnan(v)


def part_sums(rows: list[dict[str, object]], columns: list[str]) -> dict[int, list[int]]:
    """Return {index: the indexes of its parts} for each row whose filled numbers all equal the
    sum of two other rows, or of the rows just above it (a yearbook's 「△市区」 typed without its
    mark: 吴兴区 + 南浔区).

    Only a row larger than every other row in most columns it fills counts (a group is larger
    than its units, though two districts may have fewer 科技特派员 than one county), with at least two columns filled with non-zero numbers of which two are
    not small counts (≥ 10 or with decimals): a small town is never taken for a sub-total.
    One pass per candidate, and candidates are rare: cheap for 150 units.
    """
    if len(rows) < MIN_ROWS_FOR_SUM_RULE:
        return {}
    numbers = {c: [v if _number(v := r.get(c)) else None for r in rows] for c in columns}
    tops = {c: sorted((v for v in vs if v is not None), reverse=True)[:2] for c, vs in numbers.items()}
    found: dict[int, list[int]] = {}
    for i in range(len(rows)):
        filled = [c for c in columns if numbers[c][i] not in (None, 0)]
        if len(filled) < 2 or sum(1 for c in filled if numbers[c][i] >= 10 or numbers[c][i] % 1) < 2:
            continue
        largest = sum(1 for c in filled if numbers[c][i] == tops[c][0] and (len(tops[c]) < 2 or tops[c][1] < tops[c][0]))
        if 2 * largest <= len(filled):
            continue  # not the largest in most columns
        parts = _pair(numbers, filled, i, len(rows)) or _run_above(numbers, filled, i)
        if parts:
            found[i] = parts
    return found


def _pair(numbers: dict[str, list], filled: list[str], i: int, n: int) -> list[int] | None:
    first = filled[0]
    target = numbers[first][i]
    seen: dict[float, list[int]] = {}
    for j in range(n):
        v = numbers[first][j]
        if j == i or v is None:
            continue
        for k in seen.get(round(target - v, 6), ()):
            if all(numbers[c][j] is not None and numbers[c][k] is not None
                   and _close(numbers[c][j] + numbers[c][k], numbers[c][i]) for c in filled):
                return [k, j]
        seen.setdefault(round(v, 6), []).append(j)
    return None


def _run_above(numbers: dict[str, list], filled: list[str], i: int) -> list[int] | None:
    totals = dict.fromkeys(filled, 0.0)
    for j in range(i - 1, -1, -1):
        if any(numbers[c][j] is None for c in filled):
            return None
        for c in filled:
            totals[c] += numbers[c][j]
        if i - j >= 2 and all(_close(totals[c], numbers[c][i]) for c in filled):
            return list(range(j, i))
        if any(totals[c] > numbers[c][i] * (1 + RELATIVE_TOLERANCE) for c in filled if numbers[c][i] > 0):
            return None
    return None


_DIFFER = "合计行「{name}」的「{column}」为 {typed}，而各县区（{cells}）之和为 {total}"
# what the clerk is told about a typed total: it is the official figure (全市数以此为准)
OFFICIAL = "全市数以合计行为准（指标按合计行计算，县区照常排名）"
_OFFICIAL_DIFFER = (OFFICIAL + "；若合计行有误请改正；若有县区的数已含在另一县区中（如新区含在所在市），"
                    "可在其「类型」中注明“不计入合计”；否则请核对各县区的数")
_DIFFER_AT = re.compile(r"^合计行「.+」的「.+」为 \S+，而各县区（(?P<sheet>[^!（）]+)!(?P<col>[A-Z]+)(?P<first>\d+):[A-Z]+(?P<last>\d+)）"
                        r"之和为 \S+$")
_CELL = re.compile(r"^(?P<col>[A-Z]+)(?P<row>\d+)$")


def name_suspects(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` with each 提示 「合计行…之和为 120125」 naming the county cells of its
    column that an error already judges wrong (a 万元 figure under 亿元): the sum is off because
    of them, and the clerk fixes them first."""
    errors: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for p in problems:
        if p.severity == "错误" and p.sheet and p.cell and (m := _CELL.match(p.cell)):
            errors.setdefault((p.sheet, m["col"]), []).append((int(m["row"]), p.cell))
    if not errors:
        return problems
    out = []
    for p in problems:
        m = _DIFFER_AT.match(p.found) if p.severity == "提示" else None
        wrong = sorted(c for n, c in errors.get((m["sheet"], m["col"]), ()) if int(m["first"]) <= n <= int(m["last"])) \
            if m else []
        if wrong:
            cells = "、".join(c for _, c in sorted((int(_CELL.match(c)["row"]), c) for c in wrong))
            how = OFFICIAL if p.expected.startswith(OFFICIAL) else "合计行不计入县区，指标按各县区之和计算"
            p = Problem(p.file, p.sheet, p.cell, f"{p.found}，其中 {cells} 已另报错误（为空或有误），这一和数不可信",
                        f"请先改正 {cells}，再核对合计行；{how}", "提示")
        out.append(p)
    return out


def compare(file: str, sheet: str, name: str, row: dict[str, object], cells: dict[str, str],
            sums: dict[str, float], ranges: dict[str, str], official: bool = False) -> list[Problem]:
    """Return a 提示 for each cell of a typed total that disagrees with the counties' sum beyond
    rounding; ``official``: the row is the city's figure (``OFFICIAL``), not only a check."""
    problems = []
    for column, typed in row.items():
        if not isinstance(typed, (int, float)) or column not in sums or math.isnan(typed):
            continue
        total = sums[column]
        if not (_rounded_alike(typed, total) if official else _close(typed, total)):
            problems.append(Problem(
                file, sheet, cells.get(column),
                _DIFFER.format(name=name, column=column, typed=f"{typed:g}", cells=ranges[column],
                               total=f"{round(total, 6):g}"),
                _OFFICIAL_DIFFER if official else "合计行不计入县区，指标按各县区之和计算；请核对合计行或各县区数据",
                "提示"))
    return problems


def separate(file: str, table, own_names: tuple[str, ...]) -> list[Problem]:
    """Take the total rows out of a county ``Table`` (in place); return the 提示 about them.

    One typed whole-area total (全市、全省、合计 …, not a 小计) is the city's official figure: its
    numbers go to ``table.total`` (the indicators use them, see ``dataset``), and a 提示 names
    each cell that differs from the units' sum beyond rounding. Units whose 类型 says 不计入合计
    stay units (listed, ranked) but are left out of that sum."""
    from kjreport.workbook.tables import outside_total

    key = "县区"
    columns = [c for c in [*table.columns, *table.extra] if c != key]
    summed_columns = [c for c in columns if not ratio_column(table, c)]  # a % total is a mean: never compared
    rows = list(table.rows)  # materialised once: rows are compared by position
    named = {i for i, r in enumerate(rows) if total_name(r.values.get(key), own_names)}
    outside = {i for i, r in enumerate(rows) if outside_total(r.values.get("类型"))}
    rest = [i for i in range(len(rows)) if i not in named and i not in outside]
    by_sum = {rest[j] for j in sum_rows([rows[i].values for i in rest], summed_columns)}
    units = [i for i in range(len(rows)) if i not in named and i not in by_sum]
    by_parts = {units[j]: [units[k] for k in parts]
                for j, parts in part_sums([rows[i].values for i in units], summed_columns).items()}
    if not named and not by_sum and not by_parts:
        return []
    # with a total row, a 其他 row is part of that total but no unit: not listed, ranked or told
    rest_rows = {i for i in units if i not in by_parts and residual_name(rows[i].values.get(key))} \
        if named or by_sum else set()
    counties = [r for i, r in enumerate(rows)
                if i not in named and i not in by_sum and i not in by_parts and i not in rest_rows]
    summed = [rows[i] for i in rest if i not in by_sum and i not in by_parts]  # the units added into the total
    sums, filled = {}, {}
    for c in summed_columns:
        numbers = [v for r in summed if isinstance(v := r.values.get(c), (int, float)) and not math.isnan(v)]
        sums[c], filled[c] = sum(numbers), len(numbers)
    table.rows = counties
    ranges = {c: table.range_of(c) for c in columns}
    wholes = [i for i in sorted(named) if not is_subtotal(str(rows[i].values.get(key) or ""))]
    official = wholes[0] if len(wholes) == 1 else None  # two 合计 rows: neither is sure to be the figure
    problems = []
    slips: set[str] = set()
    if official is not None:
        row = rows[official]
        problems += slipped_total(file, table, row, columns, sums, filled, len(summed), ranges)
        slips = {c for c in columns if row.cells.get(c) in {p.cell for p in problems}}
        # a surely wrong cell is no official figure: the indicators fall back on the units' sum
        table.total = {c: (float(v), row.cells.get(c, "")) for c in columns
                       if c not in slips and isinstance(v := row.values.get(c), (int, float)) and not math.isnan(v)}
    for i in sorted(rest_rows):
        row = rows[i]
        problems.append(Problem(
            file, table.sheet, row.cells.get(key),
            f"第 {row.number} 行「{row.values.get(key)}」是不属于任何单位的其余部分（含在合计行中）",
            "已计入合计、不作为一个单位列出，不参加排名，也不生成通报；无需修改", "提示"))
    for i in sorted(named | by_sum | set(by_parts)):
        row = rows[i]
        name = str(row.values.get(key) or "")
        if i in by_parts:
            parts = "」与「".join(str(rows[k].values.get(key) or "") for k in by_parts[i])
            problems.append(Problem(
                file, table.sheet, row.cells.get(key),
                f"第 {row.number} 行{f'「{name}」' if name.strip() else '（未填名称）'}的各项数值都等于「{parts}」之和，像是统计年鉴中的小计行，按小计行处理",
                "小计行不计入县区、不参加排名，也不与全市合计比较；若它确是一个县区，请核对数据", "提示"))
        elif i in by_sum:
            problems.append(Problem(
                file, table.sheet, row.cells.get(key),
                f"第 {row.number} 行{f'「{name}」' if name.strip() else '（未填名称）'}的各项数值都等于其他各行之和，按合计行处理",
                "合计行不计入县区、不参加排名；若它确是一个县区，请核对数据", "提示"))
        else:
            values = {c: row.values.get(c) for c in columns if not (i == official and c in slips)}
            differ = [] if is_subtotal(name) else compare(file, table.sheet, name, values, row.cells, sums, ranges,
                                                          official=i == official)
            if is_subtotal(name):
                problems.append(Problem(
                    file, table.sheet, row.cells.get(key), f"第 {row.number} 行「{name}」是小计行（部分县区之和）",
                    "已不计入县区、不参加排名，也不与全市合计比较", "提示"))
                continue
            if i == official and slips and not differ:
                continue  # the row's slip is an error naming its cell: no note on the row as well
            problems += differ or [Problem(
                file, table.sheet, row.cells.get(key), f"第 {row.number} 行「{name}」是合计行",
                f"已不计入县区、不参加排名；{OFFICIAL}" if i == official and table.total
                else "已不计入县区、不参加排名；合计行没有数字，全市数按各县区之和计算" if i == official
                else "已不计入县区、不参加排名（指标按各县区之和计算）", "提示")]
    return problems


SURELY_WRONG = 1e3  # a typed total this many times the units' sum cannot be their total
FILLED_SHARE = 0.5  # … when at least this share of the units gave the column a figure
_SMALLER = {"亿元": "万元", "万元": "元"}  # a figure 10⁴ too large was typed in the smaller unit


def slipped_total(file: str, table, row, columns: list[str], sums: dict[str, float], filled: dict[str, int],
                  units: int, ranges: dict[str, str]) -> list[Problem]:
    """Return an error for each cell of the official total row that is at least ``SURELY_WRONG``
    times the units' sum (most units filled): a figure typed in 万元 under 亿元 (8120000 for 812),
    naming the cell and the likely value."""
    from kjreport.checks.plausibility import SLIP, SLIP_HIGH, SLIP_LOW, _g

    name = str(row.values.get(table.spec.key or "县区") or "")
    problems = []
    for c in columns:
        typed, total = row.values.get(c), sums.get(c, 0.0)
        if not isinstance(typed, (int, float)) or isinstance(typed, bool) or math.isnan(typed) or total <= 0 \
                or filled.get(c, 0) < max(FILLED_SHARE * units, 1) or typed < SURELY_WRONG * total:
            continue
        at = table.columns.get(c) or table.extra.get(c)
        unit = (at.column.unit or at.header_unit) if at is not None else ""
        header_unit, factor = (at.header_unit, at.factor) if at is not None and at.factor not in (0, 1) else ("", 1.0)
        ratio = typed / total
        shown = f"{_g(typed / factor)}{header_unit or unit}"  # as typed (a 万元 header converts)
        typed_in = header_unit or unit
        if typed_in in _SMALLER and SLIP_LOW <= ratio <= SLIP_HIGH and abs(math.log10(ratio / SLIP)) < 0.5:
            likely = f"可能把{_SMALLER[typed_in]}当作{typed_in}填写了，应约为 {_g(typed / factor / SLIP)}{typed_in}；请核对"
        else:
            likely = f"应约为各县区之和 {_g(total / factor)}{header_unit or unit}；请核对"
        problems.append(Problem(
            file, table.sheet, row.cells.get(c),
            f"合计行「{name}」的「{c}」为 {shown}，是各县区（{ranges[c]}）之和 {_g(total / factor)}{header_unit or unit}"
            f" 的 {ratio:.0f} 倍，不可能是它们的合计",
            f"{likely}（合计行是全市的正式数，总结和通报按它写全市数）"))
    return problems


_MARKS = ("计", "汇总")  # in every total label ``ledger_total`` accepts


def _marked_rows(rows: list[list[object]], start: int, columns: list | None = None) -> list[int]:
    """Return the positions from ``start`` of the rows with "计" or "汇总" in a text among their
    first four cells: only such a row can be a total. Found column by column (a C-level join
    of a text column), not row by row — a ledger of 50,000 rows rarely has any. A row counts by
    its first text (``ledger_rows``), so the columns after one that is text in every row (the
    project's name) are not looked at. ``columns``: the same cells by column, when the sheet
    has them (``SheetData.columns``)."""
    body = rows[start:]
    if not body:
        return []
    narrowest = min(map(len, body)) if columns is None else len(columns)
    marked: set[int] = set()
    for j in range(min(4, max(map(len, body)) if columns is None else len(columns))):
        if columns is not None:
            cells = columns[j][start:]
        elif j < narrowest:
            cells = list(map(itemgetter(j), body))
        else:
            cells = [r[j] if j < len(r) else None for r in body]
        try:
            text = "\x00".join(cells)
        except TypeError:  # not all texts
            if str not in set(map(type, cells)):
                continue
        else:
            if any(mark in text for mark in _MARKS):
                marked.update(i for i, v in enumerate(cells) if any(m in v for m in _MARKS))
            if all(map(str.strip, cells)):
                break  # every row's first text is in this column or before: the rest cannot count
            continue
        marked.update(i for i, v in enumerate(cells) if type(v) is str and any(m in v for m in _MARKS))
    return [start + i for i in sorted(marked)]


def ledger_rows(file: str, table, data, problems: list[Problem]) -> list[Problem]:
    """Take a ledger's total rows (合计 in one of its first cells) out of ``table`` (in place),
    drop the problems already reported for their cells from ``problems``; return a 提示 each."""
    found = {}
    start = max(table.header_row - data.first_row + 1, 0)
    for i in _marked_rows(data.rows, start, data.columns):
        for v in data.rows[i][:4]:
            if type(v) is str and v.strip():  # the row's first text cell
                if ("计" in v or "汇总" in v) and ledger_total(v):
                    found[data.first_row + i] = v.strip()
                break
    if not found:
        return []
    without = getattr(table.rows, "without", None)  # a RowList stays columnar
    table.rows = without(set(found)) if without else [r for r in table.rows if r.number not in found]
    row_of = re.compile(r"[A-Z]+(\d+)$")
    problems[:] = [p for p in problems if not (
        p.sheet == table.sheet and p.cell and (m := row_of.match(p.cell)) and int(m.group(1)) in found)]
    return [Problem(file, table.sheet, f"A{number}", f"第 {number} 行「{label}」是合计行",
                    "已不计入台账统计（项目、企业、平台逐条计数）", "提示")
            for number, label in found.items()]
