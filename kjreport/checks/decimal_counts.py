"""A count (家、个、项、人 …) typed with a decimal (qa12 F6): 758.5家 is said, never rounded silently.

科室数据's 本年数/上年数 and 月度数据's months of a row whose unit is a count are whole numbers; a
decimal there is a slip (758.5 for 758, a 0.5 typed in the wrong row), and the documents would
write it rounded (759家). A figure a hair from a whole number (758.0000001 left by a formula) is
no slip. 县区数据's integer columns are read as ``int`` by the schema and said there.

Pure: ``Table``s in, ``Problem``s out; one pass over each row.
"""

from __future__ import annotations

import math
import re

from kjreport.checks.confirm import is_swing_hint
from kjreport.errors import VERIFY, Problem

COUNT_UNITS = ("家", "个", "项", "人", "名", "所", "户", "座", "处", "位")
NOISE = 1e-6
# a count per head or an average is no count: 每万人就业人员中研发人员数 81.5人, 人均… 2.5项
PER_HEAD = re.compile(r"每[万千百十]?[名人户个家]|人均|户均|平均|万人|千人|百人")


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _fraction(v) -> bool:
    return _number(v) and abs(v - round(v)) > NOISE


def _g(x: float) -> str:
    return f"{x:.10g}"


def _problem(file: str, sheet: str, cell: str, name: str, unit: str, label: str, v: float) -> Problem:
    low, high = math.floor(v), math.ceil(v)
    return Problem(
        file, sheet, cell,
        f"「{name}」的单位为{unit}，{label}为 {_g(v)}，不是整数",
        f"{unit}数应为整数，是否应为 {low} 或 {high}？请改为实际的数（不改，文件中将四舍五入写成 {math.floor(v + 0.5)}{unit}）",
        VERIFY)


def _said(known: list[Problem], sheet: str, cell: str | None) -> bool:
    """Return True when a problem already names ``cell`` (a swapped row's hint: 「51.2 … （D7）」).
    A 提示 of a big change does not count: 0.06家 beside 上年 4家 is a count typed wrong, said as
    such (the swing hint then gives way to it, ``confirm.without_swings_beside``; 商丘 qa18)."""
    return not cell or any(p.sheet == sheet and (p.cell == cell or re.search(rf"(?<![A-Z]){cell}(?!\d)", p.found))
                           and not is_swing_hint(p)
                           for p in known)


def decimal_counts(file: str, department, monthly, known: list[Problem] = ()) -> list[Problem]:
    """Return a 须核对 for each count of 科室数据 (本年数, 上年数) and 月度数据 (one per row) that
    has a decimal part, unless ``known`` problems already name the cell."""
    problems: list[Problem] = []
    if department is not None and department.columns:
        for r in department.rows:
            unit = str(r.values.get("单位") or "").strip()
            if unit not in COUNT_UNITS or PER_HEAD.search(str(r.values.get("指标") or "")):
                continue
            for label in ("本年数", "上年数"):
                v = r.values.get(label)
                if _fraction(v) and not _said(known, department.sheet, r.cells.get(label)):
                    problems.append(_problem(file, department.sheet, r.cells.get(label), str(r.values.get("指标")),
                                             unit, label, v))
    if monthly is not None and monthly.columns:
        months = list(monthly.extra)
        for r in monthly.rows:
            unit = str(r.values.get("单位") or "").strip()
            if unit not in COUNT_UNITS or PER_HEAD.search(str(r.values.get("指标") or "")):
                continue
            for m in months:
                v = r.values.get(m)
                if _fraction(v) and not _said(known, monthly.sheet, r.cells.get(m)):
                    problems.append(_problem(file, monthly.sheet, r.cells.get(m), str(r.values.get("指标")),
                                             unit, f"{m}的数", v))
                    break
    return problems
