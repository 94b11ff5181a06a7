"""A city figure a department (科室) reports beside the units' column of the same indicator, when
the two disagree.

The summary takes the 科室's figure for the city and the column for each unit's figure and rank;
附件2 then notes "全县科技示范基地…为科室报送数，不是各乡镇之和". The office should learn of the
difference from `check`, not from the printed note (qa10 F20): one 提示 per indicator naming both
figures. A ratio (R&D强度) is no sum and is left alone.

Pure: computed results in, ``Problem``s out.
"""

from __future__ import annotations

from kjreport.errors import Problem
from kjreport.workbook import unitsheets

TOLERANCE = 0.005  # a relative difference below this is rounding


MARK = "科室报送的全市数"  # the 提示: 「…」科室报送的全市数 … 与「县区数据」各县区之和 … 不同


def unless_told(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` without this module's 提示 on a cell another problem already speaks of
    (本年数 and 上年数 swapped, a unit slip): one cell, one message."""
    ours = [p for p in problems if p.severity == "提示" and MARK in p.found and p.found.endswith("不同")]
    if not ours:
        return problems
    other = {(p.sheet, p.cell) for p in problems if p not in ours}
    return [p for p in problems if p not in ours or (p.sheet, p.cell) not in other]


def department_against_units(file: str, results, tables: dict | None,
                             known: list[Problem] = ()) -> list[Problem]:
    """Return a 提示 for each 科室-reported city figure unlike the sum of the 县区数据 column of the
    same name (every unit filled; the column in the figure's unit)."""
    county = (tables or {}).get(unitsheets.COUNTY)
    if county is None or not county.rows:
        return []
    said = {(p.sheet, p.cell) for p in known if p.severity == "错误"}
    out, seen = [], set()
    for r in results:
        if r.kind != "amount" or r.unit == "%" or r.value is None or r.plain_name in seen:
            continue
        first = r.sources[0] if r.sources else ""
        sheet, _, cell = first.partition("!")
        if sheet != "科室数据" or ":" in cell or (sheet, cell) in said:
            continue
        names = [r.plain_name, *([r.target.indicator] if r.target is not None else [])]
        column = next((n for n in names if n in county.columns or n in county.extra), None)
        if column is None:
            # a built-in summing a column of another name (全社会R&D经费投入 over
            # 「全社会R&D经费支出」): the column its county figures come from (qa13 F31)
            column = _column_named(county, next((s for s in r.sources[1:] if ":" in s
                                                 and s.startswith(f"{county.sheet}!")), ""))
            if column is None:
                continue
        same = _row_named(tables.get("科室数据"), column)
        if same is not None and same[1] != cell:
            # "新增高新技术企业" (kind 新增): the result's first source is the stock row 高新技术企业;
            # the column is the 新增 row's partner, never the year-end total's (qa12b F19)
            value, cell = same
            if (sheet, cell) in said:
                continue
        else:
            value = r.value
        at = county.columns.get(column) or county.extra.get(column)
        unit = at.column.unit or at.header_unit or ""
        if unit and r.unit and unit != r.unit:
            continue
        values = county.column(column) or []
        if not values or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            continue  # a unit not reported yet (or "/"): the sum is not the city's
        total = sum(values)
        if abs(total - value) <= TOLERANCE * max(abs(value), abs(total), 1e-9):
            continue
        seen.add(r.plain_name)
        out.append(Problem(
            file, sheet, cell,
            f"「{r.plain_name}」{MARK} {value:g}{r.unit} 与「{county.sheet}」各县区之和 {total:g}{r.unit} 不同",
            "总结以科室报送数为准（附件2 注明“为科室报送数，不是各县区之和”）；若科室数有误请修改，"
            "若差额是不属于任何县区的部分（如直属单位），可不处理；如要采用各县区之和，请删除科室数据中的这一行",
            "提示"))
    return out


PREVIOUS_MARK = "科室报送的上年数"  # the 提示 of ``previous_against_units``


def previous_against_units(file: str, results, tables: dict | None,
                           known: list[Problem] = ()) -> list[Problem]:
    """Return a 提示 for each growth target (增速) whose city figure is a 科室数据 row while the
    counties report the same indicator, when the row's 上年数 is unlike the sum of the
    「县区上年数据」 column: the city's growth is then on another base than the counties', and
    附件2 prints a 全市 growth above (or below) every county's (qa14b F13: 60.0% against at most
    58.3%). Both growths are given; a ratio is no sum and is left alone."""
    previous = (tables or {}).get(unitsheets.COUNTY_PREVIOUS)
    department = (tables or {}).get("科室数据")
    if previous is None or not previous.rows or department is None:
        return []
    said = {(p.sheet, p.cell) for p in known if p.severity == "错误"}
    out, seen = [], set()
    for r in results:
        target = r.target
        if (r.kind != "amount" or r.unit == "%" or target is None or target.kind != "增速"
                or r.plain_name in seen or not r.sources):
            continue
        sheet, _, cell = r.sources[0].partition("!")
        if sheet != "科室数据" or ":" in cell:
            continue
        names = [r.plain_name, target.indicator]
        column = next((n for n in names if n in previous.columns or n in previous.extra), None)
        row = next((x for x in department.rows if x.cells.get("本年数") == cell), None)
        if column is None or row is None:
            continue
        before, now = row.values.get("上年数"), row.values.get("本年数")
        where = row.cells.get("上年数")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (before, now)) \
                or (sheet, where) in said or before <= 0:
            continue
        at = previous.columns.get(column) or previous.extra.get(column)
        unit = at.column.unit or at.header_unit or ""
        if unit and r.unit and unit != r.unit:
            continue
        values = previous.column(column) or []
        if not values or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            continue  # a county without last year's figure: no sum to compare
        total = sum(values)
        if total <= 0 or abs(total - before) <= TOLERANCE * max(abs(before), abs(total)):
            continue
        seen.add(r.plain_name)
        current = (tables or {}).get(unitsheets.COUNTY)
        shares = current.column(column) if current is not None and (column in current.columns
                                                                    or column in current.extra) else None
        now_sum = sum(shares) if shares and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                for v in shares) else None
        counties = f"，按各县区之和为 {(now_sum / total - 1) * 100:.1f}%" if now_sum is not None else ""
        out.append(Problem(
            file, sheet, where,
            f"「{r.plain_name}」{PREVIOUS_MARK} {before:g}{r.unit} 与「{previous.sheet}」各县区之和 {total:g}{r.unit} 不同",
            f"全市同比增长按科室数计算为 {(now / before - 1) * 100:.1f}%{counties}（附件2 中各县区的增速按县区数计算）；"
            "若上年数有误请修改，若差额是不属于任何县区的部分（如直属单位），可不处理",
            "提示"))
    return out


SOURCE_HINT = "的全市数取科室报送数"  # resolve's 提示: 「…」的全市数取科室报送数（…），各县区的数值和排名取…


def with_figures(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the plan's 提示 on where an indicator's city figure comes from
    when this module's 提示 gives the two differing figures of that indicator: one indicator, one
    message, with its numbers (qa13 F31)."""
    told = {p.found.partition("」")[0] for p in problems
            if p.severity == "提示" and MARK in p.found and p.found.endswith("不同")}
    if not told:
        return problems
    return [p for p in problems if not (p.severity == "提示" and SOURCE_HINT in p.found
                                        and p.found.partition("」")[0] in told)]


def _column_named(table, where: str) -> str | None:
    """Return the name of ``table``'s column at ``where`` (「县区数据!B2:B11」), None when none is."""
    letter = where.partition("!")[2].split(":")[0].rstrip("0123456789")
    if not letter:
        return None
    return next((n for n, at in {**table.columns, **table.extra}.items() if at.letter == letter), None)


def share_on_county_sums(file: str, results, tables: dict | None) -> list[Problem]:
    """Return a 提示 for each share (R&D强度) computed on the units' sums while the amount it
    divides is printed as the 科室's city figure: 75.2亿元 (统计公报) beside 1.87 % = 73.3 ÷ ΣGDP
    (qa12 F30). As for a hand 合计 row whose denominator is blank, the share stays on the units'
    sums (numerator and denominator of one 口径); the office learns it, and how to print the
    official share instead: a 科室数据 row for the share itself."""
    out = []
    for r in results:
        if r.kind != "amount" or r.origin != "科室报送" or r.value is None or not r.sources:
            continue
        first = r.sources[0]
        column = next((s for s in r.sources[1:] if ":" in s and not s.startswith("科室数据!")), None)
        if not first.startswith("科室数据!") or column is None:
            continue
        total = _column_sum(tables, column, r.unit)
        if total is None:
            continue
        if total <= 0 or abs(total - r.value) <= TOLERANCE * max(abs(r.value), abs(total)):
            continue
        for q in results:
            if (q.kind != "ratio" or q.origin == "科室报送" or q.value is None or not q.sources
                    or q.sources[0] != column):
                continue
            sheet, _, cell = first.partition("!")
            unit = r.unit or ""
            out.append(Problem(
                file, sheet, cell,
                f"「{q.plain_name}」{q.value:.2f}{q.unit} 按「{column.partition('!')[0]}」各县区之和计算"
                f"（{r.plain_name}各县区之和 {total:g}{unit}），而总结中全市的「{r.plain_name}」为科室报送数 "
                f"{r.value:g}{unit}；按 {r.value:g}{unit} 计算约为 {q.value * r.value / total:.2f}{q.unit}",
                f"总结和附件2 中的「{q.plain_name}」仍按各县区之和计算（分子、分母同一口径）；"
                f"如统计公报公布了全市的「{q.plain_name}」，请在「科室数据」增加名为「{q.plain_name}」的一行"
                "填写公报数，总结将以它为准", "提示"))
    return out


def _column_sum(tables: dict | None, where: str, unit: str) -> float | None:
    """Return the sum of the unit column at ``where`` (「县区数据!B2:B11」) in ``unit``, None when a
    unit has no number there (not reported yet, 「/」) or the column is in another unit."""
    sheet, _, cells = where.partition("!")
    letter = cells.split(":")[0].rstrip("0123456789")
    table = next((t for t in (tables or {}).values() if getattr(t, "sheet", None) == sheet), None)
    if table is None:
        return None
    name = next((n for n, at in {**table.columns, **table.extra}.items() if at.letter == letter), None)
    if name is None:
        return None
    at = table.columns.get(name) or table.extra.get(name)
    if (at.column.unit or at.header_unit or "") != unit:
        return None
    values = table.column(name) or []
    if not values or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return None
    return sum(values)


def _row_named(table, name: str) -> tuple[float, str] | None:
    """Return (本年数, its cell) of the 科室数据 row whose 指标 is ``name``, None when there is none
    or its 本年数 is not a number."""
    for row in getattr(table, "rows", None) or ():
        if str(row.values.get("指标") or "").strip() != name:
            continue
        value = row.values.get("本年数")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value), row.cells.get("本年数")
    return None
