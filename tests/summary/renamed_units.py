"""Workbook edits shared by the tests of 乡镇/街道/区 bureaus: units renamed, 类型 set."""

from __future__ import annotations

from collections.abc import Callable

UNIT_SHEETS = ("县区数据", "县区上年数据")


def rename_in_cells(wb, renamed: dict[str, str]) -> None:
    """Replace every old name by its new one wherever a text cell of any sheet contains it."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    for old, new in renamed.items():
                        if old in cell.value:
                            cell.value = cell.value.replace(old, new)


def set_kinds(wb, kind: Callable[[str, str | None], str | None]) -> None:
    """Set 类型 of every named unit row of 县区数据 and 县区上年数据 to ``kind(name, 类型 before)``."""
    for sheet in UNIT_SHEETS:
        ws = wb[sheet]
        col = [c.value for c in ws[1]].index("类型") + 1
        for r in range(2, ws.max_row + 1):
            if name := ws.cell(r, 1).value:
                ws.cell(r, col).value = kind(name, ws.cell(r, col).value)
