"""A typed 全市 row in only one of 县区数据 / 县区上年数据 (the 统计公报 of last year is out, this
year's is not): the city's figure of one year would be the typed total and the other year's the
units' sum — two different bases, and a growth across them is an artefact (宜春: 66.9 typed for
last year, 67.6 summed this year: "+1.0 %, 低于目标" while every county grew 8–14 %).

Such a column is compared like with like: both years by the units' sums (the dataset drops the
one-sided total, see ``one_sided``), and one 提示 tells the clerk, naming both years' sums and
the typed figure, and how to use the 统计公报's figures instead (a 全市 row in both sheets).
Pure: tables in, column names and ``Problem``s out.
"""

from __future__ import annotations

import math
import re

from kjreport.checks.totals import OFFICIAL, _rounded_alike, ratio_column
from kjreport.errors import Problem

SHOWN = 6  # columns named with their figures before 「共 N 列」
_DIFFER = re.compile(r"^合计行「.+?」的「(?P<column>.+?)」为 ")
_ROW = re.compile(r"^第 \d+ 行「.+」是合计行$")


def _has_numbers(table, column: str) -> bool:
    return any(isinstance(v := r.values.get(column), (int, float)) and not isinstance(v, bool) and not math.isnan(v)
               for r in table.rows)


def _unit_sum(table, column: str) -> float:
    from kjreport.workbook.tables import outside_total

    return sum(v for r in table.rows if not outside_total(r.values.get("类型"))
               and isinstance(v := r.values.get(column), (int, float)) and not isinstance(v, bool) and not math.isnan(v))


def one_sided(current, previous) -> list[str]:
    """Return the columns whose typed total is in one of the two county sheets only while the
    other sheet has the units' figures of that column (so two years would use two bases)."""
    if current is None or previous is None or not previous.columns:
        return []
    now, before = getattr(current, "total", {}) or {}, getattr(previous, "total", {}) or {}
    if not now and not before:
        return []
    out = []
    for column in dict.fromkeys([*now, *before]):
        if (column in now) == (column in before):
            continue
        other = previous if column in now else current
        if _has_numbers(other, column):
            out.append(column)
    return out


def tell(file: str, current, previous, problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the 提示 comparing a one-sided total with its units' sum (that
    total is not used), plus one 提示 per sheet holding one-sided totals."""
    columns = one_sided(current, previous)
    if not columns:
        return problems
    dropped = {(t.sheet, c) for c in columns for t in (current, previous) if c in t.total}
    kept = [p for p in problems if not (p.severity == "提示" and (m := _DIFFER.match(p.found))
                                        and (p.sheet, m["column"]) in dropped)]
    out = []
    for having, lacking, year in ((previous, current, "上年"), (current, previous, "本年")):
        mine = [c for c in columns if c in having.total and (
            ratio_column(having, c) or not _rounded_alike(having.total[c][0], _unit_sum(having, c)))]  # else the same figure
        if set(having.total) <= set(columns):  # the row is not used at all: not 「全市数以合计行为准」
            kept = [_not_official(p, having.sheet, bool(mine)) for p in kept]
        if not mine:
            continue
        cell = having.total[mine[0]][1] or None
        figures = []
        for c in mine[:SHOWN]:
            typed = having.total[c][0]
            if ratio_column(having, c):  # a mean: no sum to name
                figures.append(f"「{c}」{year}合计行 {_g(typed)}（两年都按各县区平均）")
                continue
            now_sum = _unit_sum(current, c)
            before_sum = _unit_sum(previous, c)
            figures.append(f"「{c}」本年各县区之和 {_g(now_sum)}、上年各县区之和 {_g(before_sum)}，"
                           f"{year}合计行 {_g(typed)}")
        more = f"；共 {len(mine)} 列" if len(mine) > SHOWN else ""
        out.append(Problem(
            file, having.sheet, cell,
            f"「{having.sheet}」有全市合计行而「{lacking.sheet}」没有，两年的全市数口径不同：{'；'.join(figures)}{more}",
            f"为同口径计算同比，这些列两年的全市数都按各县区之和计算，{year}合计行暂不采用；如要以统计公报的全市数为准，"
            f"请在「{lacking.sheet}」也填写全市行（或删去「{having.sheet}」的全市行）", "提示"))
    return kept + out


def _not_official(p: Problem, sheet: str, told: bool) -> Problem:
    if p.sheet != sheet or p.severity != "提示" or OFFICIAL not in p.expected or not _ROW.match(p.found):
        return p
    why = "另一年没有合计行，两年的全市数都按各县区之和计算" + ("（见下条）" if told else "")
    return Problem(p.file, p.sheet, p.cell, p.found, f"已不计入县区、不参加排名；{why}", p.severity)


def _g(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 1e6 else f"{round(value, 6):g}"
