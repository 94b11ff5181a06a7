"""Reading the progress sheets of a workbook: 时间节点, 月度数据 and 下步措施 (all optional).

Every bad cell becomes a ``Problem`` naming sheet and cell; nothing raises for data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kjreport.errors import Problem
from kjreport.progress.schedule import EVEN, Milestone, Schedule, ScheduleBook
from kjreport.workbook import schema
from kjreport.workbook.schema import UNIT_CONVERSIONS, canonical, same_count
from kjreport.workbook.tables import Table

# "3月" "3月份" "3月累计" "1-3月" "1—3月" "一季度" "上半年" "前三季度" "全年" → the month it ends
_DATE_HEADER = re.compile(r"^(\d{4})[-/](\d{1,2})[-/]\d{1,2}(?:[ T]00:00(?::00)?)?$")
_MONTH_HEADER = re.compile(r"^(?:\d{1,2}[-—~～至])?(\d{1,2})月(?:份)?(?:末|底)?(?:累计)?(?:数)?$")
# 「财政科技支出（上年同期）」: last year's cumulative figures; 「财政科技支出（增速）」 in %: growth
_PREVIOUS_ROW = re.compile(r"^(?P<base>.+?)\(?(?:上年|去年)同期(?:数|累计)?\)?$")
_GROWTH_ROW = re.compile(r"^(?P<base>.+?)\(?(?:累计)?(?:增速|增幅|同比增长|增长率?)(?:\(%\))?\)?$")
_PERIOD_HEADERS = {"一季度": 3, "第一季度": 3, "上半年": 6, "二季度": 6, "前三季度": 9, "三季度": 9,
                   "全年": 12, "四季度": 12}


@dataclass
class MonthlyFigures:
    """月度数据: cumulative figures of an indicator by month, with the cell of each."""

    values: dict[int, float] = field(default_factory=dict)
    cells: dict[int, str] = field(default_factory=dict)


@dataclass
class Measure:
    """下步措施: what a department will do about an indicator."""

    text: str
    department: str = ""
    month: int | None = None
    cell: str = ""


@dataclass
class ProgressInputs:
    """What the progress sheets hold, by (folded) indicator name."""

    schedules: ScheduleBook = field(default_factory=ScheduleBook)
    monthly: dict[str, MonthlyFigures] = field(default_factory=dict)
    previous: dict[str, MonthlyFigures] = field(default_factory=dict)  # 「X（上年同期）」 rows
    growth: dict[str, MonthlyFigures] = field(default_factory=dict)  # 累计增速 (%) rows
    measures: dict[str, list[Measure]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    month_headers: dict[int, str] = field(default_factory=dict)  # month → its 月度数据 header cell

    def has_figures_at(self, month: int | None = None) -> bool:
        """Return True when any 月度数据 row (own, 上年同期 or 累计增速) holds a figure for ``month``
        (for any month without one)."""
        books = (self.monthly, self.previous, self.growth)
        return any(f.values if month is None else month in f.values for book in books for f in book.values())

    def monthly_of(self, indicator: str) -> MonthlyFigures | None:
        """Return the 月度数据 of ``indicator``, or None."""
        return self.monthly.get(canonical(indicator))

    def monthly_of_result(self, result) -> MonthlyFigures | None:
        """Return the 月度数据 of a computed result: the row named as its plain name or its
        target's indicator, or — for a 新增/净增 target — as the 新增 figure (新增规上工业企业)."""
        return self.monthly_of(self.monthly_name(result))

    def monthly_name(self, result) -> str:
        """Return the name of the 月度数据 row ``result`` reads (its plain name when none is)."""
        names = [result.plain_name]
        if result.target is not None:
            names.append(result.target.indicator)
            if result.target.kind in ("新增", "净增"):
                names.append(result.figure_name)
        return next((n for n in names if self.monthly_of(n) is not None), result.plain_name)

    def previous_of(self, indicator: str) -> MonthlyFigures | None:
        """Return last year's same-period figures (上年同期) of ``indicator``, or None."""
        return self.previous.get(canonical(indicator))

    def growth_of(self, indicator: str) -> MonthlyFigures | None:
        """Return the year-to-date growth rates (累计增速, %) of ``indicator``, or None."""
        return self.growth.get(canonical(indicator))

    def schedule_of(self, indicator: str) -> Schedule | None:
        """Return the 时间节点 of ``indicator``, or None."""
        return self.schedules.get(canonical(indicator))

    def measure_of(self, indicator: str, month: int) -> Measure | None:
        """Return the latest 下步措施 for ``indicator`` written for ``month`` or earlier; the year-end
        notice only one written for December (or undated): 「确保四季度完成申报」 from September is
        stale by then (qa12b F33)."""
        found = [m for m in self.measures.get(canonical(indicator), [])
                 if m.month is None or m.month <= month and (month < 12 or m.month >= 12)]
        return found[-1] if found else None


def month_of_header(header: str, year: int | None = None) -> int | None:
    """Return the month a 月度数据 column header ends at ("1—6月" → 6, "上半年" → 6), or None;
    a date header (2025-06-01, shown as 6月 by its format) gives its month when of ``year``."""
    text = canonical(header)
    if text in _PERIOD_HEADERS:
        return _PERIOD_HEADERS[text]
    m = _MONTH_HEADER.match(text)
    if m and 1 <= int(m.group(1)) <= 12:
        return int(m.group(1))
    m = _DATE_HEADER.match(str(header).strip())
    if m and (year is None or int(m.group(1)) == year):
        return int(m.group(2))  # 2025-06-01 formatted m"月" shows 6月 (qa12 F26)
    return None


def progress_inputs(file: str, tables: dict[str, Table], units: dict[str, str] | None = None,
                    known: list[str] | None = None, year: int | None = None, *,
                    year_end_targets: list[str] | None = None) -> ProgressInputs:
    """Return the progress sheets among ``tables`` (sheets already read by the dataset reader);
    ``units`` maps indicator names to their units (to convert 万元 figures of an 亿元 indicator).
    With ``known`` (the names results and targets go by), a 月度数据 row with figures that no
    target reads — left behind when a target was renamed — is pointed out. ``year_end_targets``
    (the 目标任务 indicators of a year-end book, 报送月份 12) silences the hint on a sheet with no
    figure when its rows are the ones ``init`` wrote for those targets: the year-end notice needs none."""
    out = ProgressInputs()
    units = {canonical(k): v for k, v in (units or {}).items()}
    if (t := tables.get(schema.SCHEDULES.name)) is not None:
        _schedules(file, t, out)
    if (t := tables.get(schema.MONTHLY.name)) is not None:
        _monthly(file, t, out, units, year)
        named = sum(1 for row in t.rows if row.values.get("指标"))
        if named and not out.has_figures_at() and not _as_init_wrote(t, year_end_targets):
            out.problems.append(Problem(  # qa14b F18
                file, t.sheet, t.header_cell or None, f"列出了 {named} 个指标，但没有任何月份的数字",
                "进度通报其他月份的进度只取自本表；只通报「设置」中的报送月份时可不填", "提示"))
        if known:
            out.problems += _unread_rows(file, t, known)
    if (t := tables.get(schema.MEASURES.name)) is not None:
        _measures(t, out)
    return out


def _as_init_wrote(t: Table, targets: list[str] | None) -> bool:
    """Return True when the 月度数据 rows are one a target of ``targets`` (named as the target, or
    「新增X」 for a 新增 target) and every target has one — the sheet as ``init`` wrote it (qa18 L3)."""
    if not targets:
        return False
    rows = set()
    for row in t.rows:
        if name := row.values.get("指标"):
            key = canonical(str(name))
            rows.add(m.group("base") if (m := _PREVIOUS_ROW.match(key)) else key)
    forms = {canonical(n): {canonical(n), canonical("新增" + n), canonical("净增" + n)} for n in targets}
    return rows <= set().union(*forms.values()) and all(rows & named for named in forms.values())


def _unread_rows(file: str, t: Table, known: list[str]) -> list[Problem]:
    """Return a hint for each 月度数据 row with figures whose name matches no target."""
    from kjreport.indicators.names import closest

    keys = {canonical(n) for n in known}
    problems = []
    for row in t.rows:
        name = row.values.get("指标")
        if not name or not any(isinstance(row.values.get(h), (int, float)) for h in t.extra):
            continue
        key = canonical(str(name))
        base = m.group("base") if (m := _PREVIOUS_ROW.match(key)) or (m := _GROWTH_ROW.match(key)) else key
        if key in keys or base in keys:
            continue
        near = closest(str(name), list(dict.fromkeys(known)))
        guess = "是否应为：" + "、".join(f"「{n}」" for n in near) + "；" if near else ""
        problems.append(Problem(
            file, t.sheet, row.cells.get("指标", ""),
            f"指标「{name}」与「目标任务」中的任何指标都不对应，这一行的月度数据不会用于进度通报",
            f"{guess}若目标任务中的指标已改名，请把这一行的指标名称改为相同的名称", "提示"))
    return problems


def _measures(t: Table, out: ProgressInputs) -> None:
    for row in t.rows:
        name, text = row.values.get("指标"), row.values.get("下步措施")
        if not name or not text:
            continue
        out.measures.setdefault(canonical(str(name)), []).append(Measure(
            str(text).strip(), str(row.values.get("责任科室") or ""), row.values.get("月份"),
            f"{t.sheet}!{row.cells.get('下步措施', '')}"))
    for found in out.measures.values():
        found.sort(key=lambda m: m.month or 0)


def _schedules(file: str, t: Table, out: ProgressInputs) -> None:
    grouped: dict[str, list[Milestone]] = {}
    modes: dict[str, str] = {}
    raw_shares = [row.values.get("应完成比例") for row in t.rows]
    shares = [s for s in raw_shares if isinstance(s, (int, float))]
    # a column typed as Excel percentages (30% stored as 0.3): read it as percent
    fractions = bool(shares) and all(0 <= s <= 1 for s in shares) and any(0 < s < 1 for s in shares)
    for row in t.rows:
        name, month = row.values.get("指标"), row.values.get("月份")
        if not name or month is None:
            continue
        cell = row.cells.get("月份", "")
        if not 1 <= int(month) <= 12:
            out.problems.append(Problem(file, t.sheet, cell, f"月份为 {month}", "应为 1–12 的整数"))
            continue
        share = row.values.get("应完成比例")
        if isinstance(share, (int, float)):
            share = share * 100 if fractions else float(share)
            if not 0 <= share <= 200:
                out.problems.append(Problem(file, t.sheet, row.cells.get("应完成比例", ""),
                                            f"应完成比例为 {share:g}%", "应在 0–100 之间（填 30 表示 30%）"))
                continue
        else:
            share = None
        text = str(row.values.get("节点要求") or "").strip()
        if share is None and not text:
            out.problems.append(Problem(file, t.sheet, cell, "这一行既没有应完成比例也没有节点要求",
                                        "请填写其中至少一项", "提示"))
            continue
        key = canonical(str(name))
        grouped.setdefault(key, []).append(Milestone(int(month), share, text, f"{t.sheet}!{cell}"))
        mode = str(row.values.get("进度方式") or "").strip()
        if mode:
            modes[key] = mode
    for key, stones in grouped.items():
        stones.sort(key=lambda m: m.month)
        out.schedules.schedules[key] = Schedule(key, tuple(stones), modes.get(key, EVEN))


def _monthly(file: str, t: Table, out: ProgressInputs, units: dict[str, str], year: int | None = None) -> None:
    months: dict[str, int] = {}
    for header in t.extra:
        month = month_of_header(header, year)
        if month is None:
            out.problems.append(Problem(
                file, t.sheet, f"{t.extra[header].letter}{t.header_row}", f"列名「{header}」不是月份",
                "月度数据的列名应为 1月…12月（或 1—3月、上半年 等），该列未读取", "提示"))
            continue
        months[header] = month
        out.month_headers.setdefault(month, f"{t.extra[header].letter}{t.header_row}")
    for row in t.rows:
        name = row.values.get("指标")
        if not name:
            continue
        key, book = canonical(str(name)), out.monthly
        written = str(row.values.get("单位") or "").strip()
        if (m := _PREVIOUS_ROW.match(key)) is not None:
            key, book = m.group("base"), out.previous
        elif _is_growth_row(key, written, units):
            m = _GROWTH_ROW.match(key)
            key, book, written = (m.group("base") if m else key), out.growth, ""
        factor = _factor(written, units.get(key, ""))
        if factor is None:
            out.problems.append(Problem(
                file, t.sheet, row.cells.get("单位", ""), f"单位「{row.values.get('单位')}」",
                f"应与指标「{name}」的单位「{units.get(key)}」一致"))
            continue
        figures = book.setdefault(key, MonthlyFigures())
        for header, month in months.items():
            value = row.values.get(header)
            if isinstance(value, (int, float)):
                figures.values[month] = float(value) * factor
                figures.cells[month] = f"{t.sheet}!{row.cells.get(header, '')}"


def _is_growth_row(key: str, written: str, units: dict[str, str]) -> bool:
    """Return True for a row of growth rates: 「X增速」 not in an amount unit, or any row in %
    of an indicator measured in an amount (亿元, 家 …)."""
    if units.get(key) in ("%", "个百分点"):
        return False  # an indicator that is itself a rate (工业增加值增长 in %)
    if _GROWTH_ROW.match(key) and written in ("", "%"):
        return True
    return written == "%" and units.get(key, "") not in ("", "%", "个百分点")


def _factor(written: str, unit: str) -> float | None:
    """Return the factor from ``written`` to ``unit`` (1 when either is unknown), None on a clash."""
    if not written or not unit or written == unit or same_count(written, unit):
        return 1.0  # 个 beside 家: one count (qa13 F28)
    a, b = UNIT_CONVERSIONS.get(written), UNIT_CONVERSIONS.get(unit)
    if a and b and a[0] == b[0]:
        return a[1] / b[1]
    return None
