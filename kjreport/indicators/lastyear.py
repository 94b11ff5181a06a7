"""A target that needs last year's figure (增速, 提高, 新增 of a stock) while the workbook has none."""

from __future__ import annotations

from kjreport.errors import Problem
from kjreport.indicators.fields import is_column
from kjreport.indicators.plain import all_nan, values
from kjreport.indicators.reported import DEPARTMENT_PREFIX, field_name
from kjreport.model import IndicatorResult

_CANNOT = {"增速": "无法计算同比", "提高": "无法计算比上年提高的百分点", "新增": "无法计算新增数", "净增": "无法计算净增数"}


def needs_last_year(result: IndicatorResult) -> bool:
    """Return True when ``result``'s target cannot be judged only for want of last year's figure."""
    t = result.target
    return (t is not None and t.kind in _CANNOT and result.value is not None and result.achieved is None
            and result.previous is None)


def no_last_year_problem(location: str, result: IndicatorResult, keys: list[str], fields: dict) -> Problem | None:
    """Return the 提示 for a target that needs the 上年数 of the fields ``keys`` (all blank; an
    error when the cell says 「/」, not applicable):
    「研发投入」没有上年数，无法计算同比 — at the blank 上年数 cell of its 科室数据 row, saying
    what to fill and that the summary would show 【待补充】. None for county columns (their blank
    or unmatched cells are errors of their own)."""
    t = result.target
    department = [(k, fields[k]) for k in keys
                  if k.startswith(DEPARTMENT_PREFIX) and k in fields and _blank(fields[k].previous)]
    if len(department) != 1 or not department[0][1].previous_source:
        return None  # county columns: their blank or unmatched cells are named by the other checks
    key, f = department[0]
    name = field_name(key)
    unit = "个百分点" if t.kind == "提高" and t.unit == "%" else t.unit
    verb = "增长" if t.kind == "增速" else "前移" if t.is_rank_rise else t.kind
    goal = f"年度目标（{verb}{t.value:g}{unit}{'以内' if t.comparison == '≤' else ''}）"
    tail = "，否则该目标的完成情况在工作总结中显示为【待补充】"
    sheet, _, cell = f.previous_source.partition("!")
    if f.previous_mark:  # 「/」 typed: an error, the target needs the figure
        return Problem(location, sheet, cell, f"填的是「{f.previous_mark}」（不适用），但{goal}要用「{name}」的上年数",
                       f"请在 {cell} 填写「{name}」的上年数{tail}")
    cannot = "无法计算比上年前移的位数" if t.is_rank_rise else _CANNOT[t.kind]
    return Problem(location, sheet, cell, f"「{name}」没有上年数，{cannot}",
                   f"{goal}要用上年数计算：请在「{sheet}」{cell} 填写「{name}」的上年数{tail}", "提示")


def _blank(data: object) -> bool:
    if data is None:
        return True
    if is_column(data):
        return all_nan(values(data))
    return False
