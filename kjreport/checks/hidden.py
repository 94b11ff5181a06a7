"""Hidden rows in a data sheet: read and counted like any other, but the clerk cannot see them.

A message about a cell in a hidden row says so (「（第 5 行已隐藏）」), or the clerk looks for row 5
between rows 4 and 6 and finds nothing; and each sheet with hidden rows that hold data gets one
提示, since those rows count in every sum.
Pure: row numbers and ``Problem``s in, ``Problem``s out.
"""

from __future__ import annotations

import re

from kjreport.errors import Problem

_CELL = re.compile(r"^([A-Z]+)(\d+)$")
_SEE = re.compile(r"另见 ([A-Z]+)(\d+)")


def filled_rows(data, header_row: int) -> list[int]:
    """Return the hidden rows of ``data`` (a SheetData) below ``header_row`` that hold a value."""
    out = []
    for n in getattr(data, "hidden_rows", ()):
        i = n - data.first_row
        if n > header_row and 0 <= i < len(data.rows) and any(v is not None and v != "" for v in data.rows[i]):
            out.append(n)
    return out


def _spans(rows: list[int]) -> str:
    """Return 5、9–11 for rows [5, 9, 10, 11]."""
    parts, start = [], None
    for k, n in enumerate(rows):
        if start is None:
            start = n
        if k + 1 == len(rows) or rows[k + 1] != n + 1:
            parts.append(f"{start}" if start == n else f"{start}–{n}")
            start = None
    return "、".join(parts)


def hints(file: str, hidden: dict[str, list[int]], first_text: dict[str, str],
          filtered: dict[str, str] | None = None) -> list[Problem]:
    """Return one 提示 for each sheet with hidden rows that hold data (``first_text``: sheet →
    the first text of its first hidden row, quoted as typed; ``filtered``: sheet → its 筛选, whose
    rows 取消隐藏 does not show — and which are no rows to delete)."""
    out = []
    for sheet, rows in hidden.items():
        if not rows:
            continue
        text = first_text.get(sheet)
        what = f"（「{text}」{'等' if len(rows) > 1 else ''}）" if text else ""
        if (filter_ := (filtered or {}).get(sheet)) is not None:
            out.append(Problem(
                file, sheet, f"A{rows[0]}",
                f"第 {_spans(rows)} 行被筛选隐藏{what}：本表设置了筛选（{filter_}），这些行屏幕上看不到，但照样读取、计入汇总",
                "要查看全部行，请在 数据 › 筛选 中清除筛选（或点「全部显示」）；这些行不必删除", "提示"))
            continue
        out.append(Problem(
            file, sheet, f"A{rows[0]}",
            f"第 {_spans(rows)} 行已隐藏{what}：屏幕上看不到，但照样读取、计入汇总",
            f"如{'这一行' if len(rows) == 1 else '这些行'}不该计入，请取消隐藏（选中上下两行 › 右键 › 取消隐藏）后删除；"
            "如应计入，可忽略此提示", "提示"))
    return out


def mark(problems: list[Problem], hidden: dict[str, list[int]]) -> list[Problem]:
    """Return ``problems`` with 「（第 N 行已隐藏）」 after what was found in a hidden row (its own
    cell, or the cell it says to see as well)."""
    if not any(hidden.values()):
        return problems
    rows = {sheet: set(v) for sheet, v in hidden.items()}
    out = []
    for p in problems:
        own = rows.get(p.sheet or "", set())
        m = _CELL.match(p.cell or "")
        notes = []
        if m and int(m[2]) in own and not p.found.startswith("第 "):
            notes.append(f"第 {m[2]} 行已隐藏")
        notes += [f"{s[1]}{s[2]} 所在的第 {s[2]} 行已隐藏" for s in _SEE.finditer(p.found) if int(s[2]) in own]
        if notes:
            said = "；".join(notes)
            found = f"{p.found[:-1]}；{said}）" if p.found.endswith("）") else f"{p.found}（{said}）"
            p = Problem(p.file, p.sheet, p.cell, found, p.expected, p.severity)
        out.append(p)
    return out
