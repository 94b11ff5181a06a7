"""A value cell left empty with only a comment: its "为空" message quotes the comment
("该格只有批注「待发改委反馈，预计24.6亿元」"), so the clerk need not open the cell to see why.

The comments are read (``kjreport.workbook.comments``) only when such a message exists, and only
for the sheets it names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from kjreport.errors import Problem

MAX_QUOTE = 60  # characters of a comment quoted


_EMPTY_WORDS = ("为空", "尚未报送")
_EXAMPLE = re.compile(r"如 1200(?: 或 26\.5)?|如 26\.5")  # workbook.numbers.number_example
_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万元|亿元|万人次|人次|家|个|项|件|人|名|%)?")
_FILL_AT = re.compile(r"请在「([^」]+)」([A-Z]+[0-9]+) 填写")


def _empty_cell(p: Problem) -> tuple[str, str] | None:
    """Return the (sheet, cell) left empty that ``p`` is about, or None."""
    if p.cell and p.sheet and any(w in p.found for w in _EMPTY_WORDS) and "共 " not in p.found:
        return p.sheet, p.cell
    if "没有本年数据" in p.found and (m := _FILL_AT.search(p.expected or "")):
        return m[1], m[2]
    return None


def _example_from(expected: str, note: str) -> str:
    """Return ``expected`` with its generic example figure (如 1200) replaced by the figure the
    comment gives (「预计12家」 → 如批注中的 12家), when it gives one (qa10 F12)."""
    figures = _FIGURE.findall(note)
    if not figures or not _EXAMPLE.search(expected or ""):
        return expected
    value, unit = figures[-1]
    return _EXAMPLE.sub(f"如批注中的 {value}{unit}", expected, count=1)


def quoted(location: str, problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` with each message about an empty cell that has a comment quoting it."""
    empty = {id(p): at for p in problems if (at := _empty_cell(p)) is not None}
    if not empty or not str(location).lower().endswith((".xlsx", ".xlsm")) or not Path(location).is_file():
        return problems
    from kjreport.workbook.comments import sheet_comments

    by_sheet = {s: sheet_comments(location, s) for s in {sheet for sheet, _ in empty.values()}}
    out = []
    for p in problems:
        at = empty.get(id(p))
        note = by_sheet.get(at[0], {}).get(at[1]) if at else None
        if note:
            short = note if len(note) <= MAX_QUOTE else note[:MAX_QUOTE] + "…"
            what = "该格只有批注" if at == (p.sheet, p.cell) else f"{at[1]} 只有批注"
            p = replace(p, found=f"{p.found}（{what}「{short}」）", expected=_example_from(p.expected, note))
        out.append(p)
    return out
