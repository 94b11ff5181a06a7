"""A reminder while the 目标任务 sheet still holds the 核对提示 that plan import wrote."""

from __future__ import annotations

from kjreport.errors import Problem

COLUMN = "核对提示"  # written by kjreport.plan.export when plan review flags a target
HEADER_ROWS = 5  # the header is looked for in the sheet's first rows


def open_review_notes(file: str, data) -> list[Problem]:
    """Return one 提示 when rows of 目标任务 (``data``: the sheet as typed, a SheetData) still have
    a 核对提示, i.e. the clerk has not reviewed them yet, naming the first such cell; nothing once
    the column is empty or gone. The column is not part of the schema: only this reads it."""
    if data is None or not data.rows:
        return []
    heads = [[h.strip() if isinstance(h, str) else h for h in row] for row in data.rows[:HEADER_ROWS]]
    i = next((k for k, row in enumerate(heads) if COLUMN in row), None)
    if i is None:
        return []
    j = heads[i].index(COLUMN)
    open_rows = [
        k for k, row in enumerate(data.rows[i + 1 :], start=i + 1)
        if j < len(row) and isinstance(row[j], str) and row[j].strip()
    ]
    if not open_rows:
        return []
    from kjreport.workbook.xlsx import column_letter

    first = f"{column_letter(data.first_col + j)}{data.first_row + open_rows[0]}"
    return [
        Problem(
            file,
            data.name,
            first,
            f"目标任务中还有 {len(open_rows)} 项标了核对提示（导入工作意见时标出的可疑读法）",
            "请对照工作意见原文核对这些行，必要时改正指标、目标值或类型；核对后可清空该列",
            "提示",
        )
    ]
