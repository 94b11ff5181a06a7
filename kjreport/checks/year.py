"""Does the data belong to the year in 设置? 年度 against the ledgers, 增长核算, the file name and
the plan's own year.

A workbook whose 年度 was moved on while last year's data is still in the sheets must be an error,
not a report of zeros and −100 %. Pure: plain data in, ``Problem``s out.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kjreport.errors import Problem

_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)")
# a plan's period ("（2023—2025年）", "2023-2025年")
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年?\s*[-—－–~～至]\s*((?:19|20)\d{2})(?=\s*年)")
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# a year named as an aim or a deadline ("为2019年争创国家级夯实基础", "到2020年"), as a base or a
# past date ("比2017年增长", "截至2017年底", "2017年以来") is not the year the plan is for
_NOT_PLAN_YEAR_BEFORE = re.compile(r"(?:为|到|至|比|较|与|同|截至|截止|从|自|于|\d{4}\s*年?\s*[-—－–~～])\s*$")
# a year inside a document's title ("《…行动方案（2018-2020年）》") names that document, not the plan
_IN_BOOK_TITLE = re.compile(r"《[^《》]*$")
_NOT_PLAN_YEAR_AFTER = re.compile(r"^\s*年(?:底|末)?(?:以来|之前|以前|前|之后|以后|后|起)")


class _Years:
    """The years of one column of a ledger: counted once, cells looked up only when needed."""

    def __init__(self, table, column: str):
        self.table, self.column = table, column
        self.values = table.column(column)
        counts = Counter(self.values)  # counted in C; only the keys are looked at in Python
        self.counts = Counter({v: n for v, n in counts.items() if type(v) is int})

    def __bool__(self) -> bool:
        return bool(self.counts)

    def later_than(self, year: int) -> list[tuple[int, str]]:
        """Return (year, cell) of the rows after ``year`` (in row order)."""
        if not any(y > year for y in self.counts):
            return []
        rows = self.table.rows
        return [(v, rows[i].cells.get(self.column)) for i, v in enumerate(self.values)
                if type(v) is int and v > year]

    def last(self) -> tuple[int, str]:
        """Return (the latest year, its first cell)."""
        latest = max(self.counts)
        i = self.values.index(latest)
        return latest, self.table.rows[i].cells.get(self.column)

    def __len__(self) -> int:
        return sum(self.counts.values())


def ledger_years(file: str, year: int, year_cell: str | None, tables: dict, fresh: bool = False) -> list[Problem]:
    """Return the problems of ledgers whose years do not fit ``year``. In a ``fresh`` workbook
    (just rolled over by init, nothing reported yet) no project of the year is 尚未录入, a hint."""
    problems: list[Problem] = []
    setting = f"「设置」年度为 {year}" + (f"（{year_cell}）" if year_cell else "")
    projects = tables.get("项目台账")
    if projects is not None and "年度" in projects.columns:
        years = _Years(projects, "年度")
        counts = years.counts
        if years and year not in counts and fresh:
            problems.append(Problem(
                file, projects.sheet, f"{projects.columns['年度'].letter}{projects.header_row}",
                f"尚未录入 {year} 年的项目（台账中是 {'、'.join(str(y) for y in sorted(counts))} 年的项目，"
                "本年数据均未报送）",
                f"{setting}：{year} 年的项目接在后面录入，年度填 {year}", "提示"))
        elif years and year not in counts:
            latest = max(counts)
            problems.append(Problem(
                file, projects.sheet, f"{projects.columns['年度'].letter}{projects.header_row}",
                f"没有 {year} 年的项目（台账中的年度为 {'、'.join(str(y) for y in sorted(counts))}，"
                f"最近的是 {latest} 年）",
                f"{setting}：若年度填错请改正，否则请录入 {year} 年的项目（项目数按年度统计，不会显示为 0）"))
        later = years.later_than(year)
        if later and year in counts:
            problems.append(Problem(
                file, projects.sheet, later[0][1],
                f"{len(later)} 行项目的年度晚于 {year}（如 {later[0][1]} 为 {later[0][0]}）",
                f"{setting}，这些项目不计入本年；请核对年度", "提示"))
    for name in ("企业台账", "平台台账"):
        t = tables.get(name)
        if t is None or "认定年份" not in t.columns:
            continue
        years = _Years(t, "认定年份")
        later = years.later_than(year)
        if years and len(later) == len(years):
            problems.append(Problem(
                file, t.sheet, later[0][1], f"所有 {len(years)} 行的认定年份都晚于 {year}",
                f"{setting}：请核对年度（否则企业/平台数全部为 0）"))
        elif later:
            problems.append(Problem(
                file, t.sheet, later[0][1],
                f"{len(later)} 行的认定年份晚于 {year}（如 {later[0][1]} 为 {later[0][0]}）",
                f"{setting}，这些行不计入本年；请核对", "提示"))
    growth = tables.get("增长核算")
    if growth is not None and "年份" in growth.columns:
        years = _Years(growth, "年份")
        if years:
            last, cell = years.last()
            if last == year - 1:  # the usual case at year end: the rate of a year comes out the next
                problems.append(Problem(  # (统计数据滞后一年, lag11b): measured for last year, said so
                    file, growth.sheet, cell, f"测算序列最后一年是 {last} 年，没有 {year} 年",
                    f"{setting}：科技进步贡献率按 {last} 年测算，总结中写明“{last}年数据，统计数据滞后一年”；"
                    f"有了 {year} 年的数据请补上", "提示"))
            elif last < year:
                problems.append(Problem(
                    file, growth.sheet, cell, f"测算序列最后一年是 {last} 年，没有 {year} 年",
                    f"{setting}：请补上 {year} 年的数据，或核对年度"))
            elif last > year:
                problems.append(Problem(
                    file, growth.sheet, cell, f"测算序列有 {last} 年的数据，晚于年度 {year}",
                    f"{setting}：科技进步贡献率按 {year} 年测算；请核对年度", "提示"))
    return problems


def file_name_year(file: str, year: int) -> list[Problem]:
    """Return a 提示 when the file name names years and none of them is ``year``."""
    found = {int(y) for y in _YEAR_IN_NAME.findall(Path(file).stem)}
    found = {y for y in found if 1990 <= y <= 2100}
    if found and year not in found:
        return [Problem(file, "设置", None,
                        f"文件名中的年份是 {'、'.join(map(str, sorted(found)))}，而「设置」年度为 {year}",
                        "请核对年度，或把文件改名", "提示")]
    return []


def plan_year(file: str, year: int, targets_table, plan_table) -> list[Problem]:
    """Return a 提示 when the plan's texts speak of another year than ``year`` (``全年`` plans
    often name no year; then nothing is said). A year named as an aim, a deadline, a base of
    comparison or a past date ("为2019年争创国家级", "到2020年", "比2017年") is not counted."""
    counts: Counter[int] = Counter()
    first: dict[int, tuple[str, str]] = {}
    for table, column in ((targets_table, "原文"), (plan_table, "正文"), (plan_table, "标题")):
        if table is None:
            continue
        for r in table.rows:
            text = r.values.get(column)
            if not isinstance(text, str):
                continue
            for m in _YEAR_IN_TEXT.finditer(text):
                before = text[: m.start()]
                if (
                    _NOT_PLAN_YEAR_BEFORE.search(before)
                    or _IN_BOOK_TITLE.search(before)
                    or _NOT_PLAN_YEAR_AFTER.match(text[m.end() :])
                ):
                    continue
                y = m.group(1)
                counts[int(y)] += 1
                first.setdefault(int(y), (table.sheet, r.cells.get(column)))
    if not counts or year in counts:
        return []
    common, _ = counts.most_common(1)[0]
    if common in (year - 1, year + 1) or counts[common] >= 2:
        sheet, cell = first[common]
        return [Problem(file, sheet, cell,
                        f"工作意见/目标任务的原文说的是 {common} 年，而「设置」年度为 {year}",
                        "请核对年度：目标任务应为本年度的计划", "须核对")]
    return []


LATE_MONTHS = 3  # a 1—9月 report dated in December or later: probably the year's figures


def settings_year(file: str, settings, values: dict[str, tuple[object, str]]) -> list[Problem]:
    """Return the contradictions inside 设置 about the year (qa10 F28, F38): a 成文日期 before the
    period reported (1 月 … 报送月份 of 年度) is an error at 成文日期, naming 年度 and a 工作意见名称
    of the date's year as evidence; a 工作意见名称 naming one other year is a 提示 at 年度.
    ``values``: key → (value, cell) of the 设置 sheet as typed."""
    import datetime as dt

    year, month, date = settings.year, settings.month, settings.report_date
    year_cell = values.get("年度", (None, None))[1]
    plan_name, plan_cell = values.get("工作意见名称", (None, None))
    plan_years = sorted({int(y) for y in _YEAR_IN_TEXT.findall(str(plan_name or ""))})
    plan_other = plan_years[0] if len(plan_years) == 1 and plan_years[0] != year else None
    if any(int(a) <= year <= int(b) for a, b in _YEAR_SPAN.findall(str(plan_name or ""))):
        plan_other = None  # "三年行动方案（2023—2025年）" for 2024: a year of its period
    if date is not None and date < dt.date(year, month, 1):
        evidence = f"，「工作意见名称」（{plan_cell}）也是 {plan_other} 年" if plan_other == date.year else ""
        return [Problem(
            file, "设置", values.get("成文日期", (None, None))[1],
            f"成文日期 {date.year}年{date.month}月{date.day}日 早于报告期的最后一个月（{year}年{month}月）"
            + (f"，与年度 {year}（{year_cell}）不符" if date.year < year else "") + evidence,
            f"请核对年度（{year_cell}）和成文日期：落款日期应不早于报告期的最后一个月"
            + (f"；如本工作簿是 {date.year} 年的，请把年度改为 {date.year}" if date.year < year else ""))]
    if date is not None and month < 12 and (date.year, date.month) >= (year, month + LATE_MONTHS):
        # year-end data with 报送月份 left at 9: the summary would mix 全年 and 序时进度 (qa10 F41)
        return [Problem(
            file, "设置", values.get("报送月份", (None, None))[1],
            f"报送月份为 {month}，而成文日期是 {date.year}年{date.month}月{date.day}日，晚了 {LATE_MONTHS} 个月以上",
            f"若本次报送的是全年数据，请把报送月份改为 12；若确是 1—{month} 月的数据，可忽略本提示", "提示")]
    if plan_other is not None:
        return [Problem(
            file, "设置", year_cell,
            f"年度为 {year}，而「工作意见名称」（{plan_cell}）「{plan_name}」说的是 {plan_other} 年",
            "请核对年度：本工作簿应是该工作意见所在年度的", "须核对")]
    return []
