"""A reminder while the 目标任务 sheet still holds the 核对提示 that plan import wrote."""

from __future__ import annotations

from kjreport.errors import Problem

COLUMN = "核对提示"


def open_review_notes(file: str, targets) -> list[Problem]:
    """Return one 提示 when rows of 目标任务 still have a 核对提示 (the clerk has not reviewed
    them yet), naming the first such cell; nothing once the column is empty or absent."""
    if targets is None or COLUMN not in getattr(targets, "columns", ()):
        return []
    rows = [r for r in targets.rows if isinstance(r.values.get(COLUMN), str) and r.values[COLUMN].strip()]
    if not rows:
        return []
    first = rows[0].cells.get(COLUMN)
    return [
        Problem(
            file,
            targets.sheet,
            first,
            f"目标任务中还有 {len(rows)} 项标了核对提示（导入工作意见时标出的可疑读法）",
            "请对照工作意见原文核对这些行，必要时改正指标、目标值或类型；核对后可清空该列",
            "提示",
        )
    ]
