"""Figures typed as text in a county column (「1.82%」「935.3亿元」 as a bureau copies a published
table): read as numbers with one 提示 per cell while reading; a column of them is told once —
the cells, how many, and the first text with the number it was read as — not 24 times."""

from __future__ import annotations

import re

from kjreport.errors import Problem
from kjreport.workbook.numbers import cell_span

NOTE = re.compile(r"^文本「(?P<raw>.*)」已按(?P<how>数字|百分数|位次) (?P<shown>.+) 读取$")
_CELL = re.compile(r"^(?P<col>[A-Z]+)(?P<row>\d+)$")
SHOWN = 8  # cells listed before 「等」 when they do not follow each other


def per_column(problems: list[Problem], sheets: tuple[str, ...]) -> list[Problem]:
    """Return ``problems`` with the text-number 提示 of one column of ``sheets`` merged into one
    (at the column's first such cell) when the column has two or more."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, p in enumerate(problems):
        if p.severity == "提示" and p.sheet in sheets and p.cell and (m := _CELL.match(p.cell)) \
                and NOTE.match(p.found):
            groups.setdefault((p.sheet, m["col"]), []).append(i)
    merged = {k: v for k, v in groups.items() if len(v) > 1}
    if not merged:
        return problems
    first = {v[0]: v for v in merged.values()}
    gone = {i for v in merged.values() for i in v[1:]}
    out = []
    for i, p in enumerate(problems):
        if i in gone:
            continue
        if i in first:
            p = _one(p, [problems[j] for j in first[i]])
        out.append(p)
    return out


def _one(p: Problem, hints: list[Problem]) -> Problem:
    cells = sorted((h.cell for h in hints), key=lambda c: int(_CELL.match(c)["row"]))
    span = cell_span(cells)
    if "、" in span and len(cells) > SHOWN:
        span = "、".join(cells[:SHOWN]) + "等"
    m = NOTE.match(p.found)
    return Problem(p.file, p.sheet, p.cell,
                   f"{span} 共 {len(cells)} 个单元格的数字是文本（如「{m['raw']}」），已按{m['how']}读取（如 {m['shown']}）",
                   p.expected, p.severity)
