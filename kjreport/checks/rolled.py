"""上年数 rolled over by ``init --from`` and revised since (QA round 8, F16).

``init --from`` writes last year's 县区数据 into 县区上年数据 and last year's 科室数据 本年数 into
上年数. It records each figure it carried, and where from, in the hidden sheet 「上年数来源」
(工作表 | 行 | 列 | 原值 | 来源). When the office later types a corrected figure there — the
statistics bureau revises last year's numbers — ``check`` says so once per cell, with the
figure carried and the file and cell it came from, so a revision is seen and a slip is caught.
"""

from __future__ import annotations

import math

from kjreport.errors import Problem
from kjreport.workbook import unitsheets
from kjreport.workbook.schema import UNIT_CONVERSIONS, normalize_header

SHEET = "上年数来源"
HEADER = ["工作表", "行", "列", "原值", "来源"]
COUNTY_PREVIOUS = unitsheets.COUNTY_PREVIOUS  # the record names it as the book did (乡镇上年数据)
DEPARTMENT = "科室数据"


def revised(file: str, record, tables: dict) -> list[Problem]:
    """Return a 提示 for each 上年数 that differs from the figure ``init --from`` carried into it
    (``record``: the 「上年数来源」 SheetData, or None)."""
    if record is None or not record.rows:
        return []
    problems: list[Problem] = []
    for row in record.rows[1:]:
        row = list(row) + [None] * (len(HEADER) - len(row))
        sheet, key, column, was, source = row[:5]
        if not isinstance(was, (int, float)) or isinstance(was, bool) or not key or not column:
            continue
        sheet = unitsheets.keyed(str(sheet))
        table = tables.get(sheet)
        found = _current(table, sheet, str(key).strip(), str(column))
        if found is None:
            continue
        now, cell, typed_unit = found
        carried_unit = normalize_header(column)[1] if sheet == COUNTY_PREVIOUS else ""
        scale = _scale(carried_unit, typed_unit)
        if scale is None or math.isclose(now, was * scale, rel_tol=1e-9, abs_tol=1e-12):
            continue  # unchanged, or a unit no figure can be compared across
        what = f"「{key}」的「{normalize_header(column)[0]}」" if sheet == COUNTY_PREVIOUS else f"「{key}」的"
        units = (carried_unit, typed_unit) if carried_unit != typed_unit else ("", "")
        problems.append(Problem(
            file, table.sheet, cell,
            f"{what}上年数已修改：原为 {_number(was)}{units[0]}，现为 {_number(now)}{units[1]}"
            + (f"（原值转自 {source}）" if source else ""),
            "请确认是否为统计部门修订数；如是修订数可不处理，如是误改请恢复原值", "提示"))
    return problems


def _current(table, sheet: str, key: str, column: str) -> tuple[float, str, str] | None:
    """Return (the figure now in the cell as typed, its address, the unit of its header) or None
    when the row or column is gone or the cell is empty."""
    if table is None:
        return None
    if sheet == COUNTY_PREVIOUS:
        name, wanted = "县区", normalize_header(column)[0]
    elif sheet == DEPARTMENT:
        name, wanted = "指标", "上年数"
    else:
        return None
    at = table.columns.get(wanted) or table.extra.get(wanted)
    if at is None:
        return None
    for r in table.rows:
        label = r.values.get(name)
        if isinstance(label, str) and label.strip() == key:
            value = r.values.get(wanted)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                return None
            if sheet == DEPARTMENT:
                return float(value), r.cells[wanted], ""
            return float(value) / at.factor, r.cells[wanted], at.header_unit or ""
    return None


def _scale(carried: str, typed: str) -> float | None:
    """Return what a figure in unit ``carried`` is multiplied by to read in unit ``typed``
    (万元 → 亿元: 0.0001); None for units of different kinds."""
    if carried == typed or not carried or not typed:
        return 1.0
    cu, cf = UNIT_CONVERSIONS.get(carried, (carried, 1.0))
    tu, tf = UNIT_CONVERSIONS.get(typed, (typed, 1.0))
    return cf / tf if cu == tu else None


def _number(value: float) -> str:
    """Return ``value`` as typed: 120, 118.25 (no float noise, no trailing zeros)."""
    text = f"{value:.10g}"
    return text if "e" not in text else f"{value:f}".rstrip("0").rstrip(".")
