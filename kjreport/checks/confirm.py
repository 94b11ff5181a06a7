"""须核对 items and the 「核对记录」 sheet where the office confirms them.

A 须核对 problem says "this figure is probably wrong: fix it or confirm it". ``fill`` writes the
current items into the workbook's 「核对记录」 sheet (工作表 | 单元格 | 内容 | 核对结果), keeping
the office's mark in 核对结果 (已核对 / 无误 / 是) for an item whose sheet, cell and 内容 (the
figure found) are unchanged; an item whose figure changed is a new item, unmarked. Documents
(docx, progress, send, the ribbon, the WPS service) are refused while an item is unmarked.

Pure: problems and the sheet's ``SheetData`` in, rows and problems out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from kjreport.errors import VERIFY, KjreportError, Problem

SHEET = "核对记录"
HEADER = ["工作表", "单元格", "内容", "核对结果"]
MARKS = ("已核对", "无误", "是", "核对无误", "已确认", "确认无误")  # what 核对结果 may say
HOW = (f"请改正这些数据；如核对无误，请在「{SHEET}」工作表该行的「核对结果」栏填「已核对」"
       f"（「{SHEET}」由 kjreport fill 或「计算指标」按钮写入），保存后再生成")


def key(p: Problem) -> tuple[str, str, str]:
    """Return what identifies an item in the record: sheet, cell and the figure found."""
    return (p.sheet or "", p.cell or "", p.found)


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def marks(record) -> dict[tuple[str, str, str], str]:
    """Return the 核对结果 typed in ``record`` (the 「核对记录」 SheetData, or None) by item key."""
    if record is None or not record.rows:
        return {}
    header = [_text(v) for v in record.rows[0]]
    at = {name: header.index(name) for name in HEADER if name in header}
    if len(at) < len(HEADER):
        return {}
    out = {}
    for row in record.rows[1:]:
        cells = [_text(row[at[name]]) if at[name] < len(row) else "" for name in HEADER]
        if cells[3]:
            out[(cells[0], cells[1], cells[2])] = cells[3]
    return out


def confirmed(mark: str | None) -> bool:
    """Return True when a 核对结果 mark confirms the item (已核对, 无误, 是 …)."""
    return bool(mark) and mark.strip("。 ") in MARKS


def to_verify(problems: list[Problem]) -> list[Problem]:
    """Return the 须核对 problems, once each (by sheet, cell, figure)."""
    seen: dict[tuple[str, str, str], Problem] = {}
    for p in problems:
        if p.severity == VERIFY:
            seen.setdefault(key(p), p)
    return list(seen.values())


def unconfirmed(problems: list[Problem], record) -> list[Problem]:
    """Return the 须核对 problems not confirmed in ``record``."""
    done = marks(record)
    return [p for p in to_verify(problems) if not confirmed(done.get(key(p)))]


def record_rows(problems: list[Problem], record) -> list[list[object]]:
    """Return the 「核对记录」 sheet (header first) for the current 须核对 ``problems``, keeping the
    marks of ``record`` for items unchanged; a mark on an item no longer found is dropped."""
    done = marks(record)
    return [HEADER, *([*key(p), done.get(key(p))] for p in to_verify(problems))]


def is_swing_hint(p: Problem) -> bool:
    """Return True for the 提示 of a big change ("变化异常大…"): it gives way to any item on its cell."""
    return p.severity == "提示" and (p.expected or "").startswith("变化异常大")


def without_swings_beside(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` without a 提示 "变化异常大" on a cell that a 须核对 item already speaks
    of (「新增…同比增长 308%」 beside 「新增数不小于年末总数」: one cell, one message)."""
    cells = {(p.sheet, p.cell) for p in problems if p.severity == VERIFY and p.cell}
    if not cells:
        return problems
    return [p for p in problems if not (is_swing_hint(p) and (p.sheet, p.cell) in cells)]


_COLUMN = re.compile(r"「([^」]+)」（中位数为上年的")


def under_midyear(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` with each county's 须核对 swing in a column that the mid-year item
    (「县区上年数据」 holds last year's full-year figures, ``checks.midyear``) names made a 提示:
    the one item says why every county fell; it is confirmed or fixed once."""
    columns = {(p.sheet, name) for p in problems if p.severity == VERIFY and p.cell is None
               for name in _COLUMN.findall(p.found)}
    if not columns:
        return problems
    names = {name for _, name in columns}
    return [replace(p, severity="提示") if p.severity == VERIFY and p.cell
            and (p.expected or "").startswith("变化异常大") and any(f"的「{n}」同比" in p.found for n in names)
            else p for p in problems]


class NotConfirmed(KjreportError):
    """A document was asked for while 须核对 items are unconfirmed; ``problems`` lists them."""

    def __init__(self, problems: list[Problem], location: str):
        self.problems = problems
        head = (f"{Path(location).name} 有 {len(problems)} 处数据须核对，尚未确认，不能生成或发送正式文件"
                "（总结、进度通报的草稿 --draft 不受此限）：")
        super().__init__("\n".join([head, *(str(p) for p in problems), HOW + "。"]))
