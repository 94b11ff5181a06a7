"""The text of a plan kept as an Excel workbook (.xlsx/.xlsm): a bureau's 年度目标任务分解表.

Each visible sheet is read in order, row by row, as ``reader`` reads a .docx table: a row of two
or more filled cells is one line with its cells apart by tabs (``tables`` reads it), a row of one
filled cell (a title merged across the columns, a note) is that text alone, an empty row is
skipped. A cell merged down (a 类别 over its rows) is read in each row it spans and a cell merged
across once, as python-docx gives a Word table's merged cells; columns empty on the whole sheet
are left out. Cells are read as Excel shows them, not as stored: the value a formula last
computed, a number in a percent format as "3.3%" (stored 0.033), a number format's own text
(``0"家"`` → "15家"), a date as "2025年6月30日". The workbook is opened for reading only.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from kjreport.plan.reader import OLE_MAGIC, ORDINAL_CELL, PlanFileError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".et"}
_SAVE_AS = "请在 Excel 或 WPS 表格中打开后另存为 .xlsx 再导入"


def looks_like_workbook(data: bytes, suffix: str) -> bool:
    """Return True for a file to read as a workbook: named as one, or an .xlsx package under
    another name (not a Word file's: a .docx is read as Word whatever it holds)."""
    if suffix in WORKBOOK_SUFFIXES:
        return True
    return suffix not in {".docx", ".docm", ".doc", ".wps"} and data.startswith(b"PK\x03\x04") and _is_xlsx(data)


def _is_xlsx(data: bytes) -> bool:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "xl/workbook.xml" in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def read_workbook_lines(path: Path, data: bytes) -> list[tuple[int, str, str, tuple[str, ...]]]:
    """Return the lines of the workbook at ``path`` (its bytes ``data``), sheet after sheet, each
    with its number and its place: the first sheet's line N is its row N (a message's 「第6行」 is
    the row the clerk finds in Excel), a later sheet's row R is line R + the last line before it
    (numbered on). With more than one sheet read, each line's place names its sheet and its own
    row (「县区分解」第5行: qa23 F8, messages said 「第19行」 of a sheet of 12 rows); else "". A
    sheet's first line carries the notes on its formulas saved without a result (``workbook_formulas``)."""
    name = path.name
    if data.startswith(OLE_MAGIC):
        if path.suffix.lower() in {".xls", ".et"}:
            raise PlanFileError(f"{name} 是旧版 Excel 97–2003 工作簿（.xls），无法直接读取：{_SAVE_AS}。")
        raise PlanFileError(
            f"{name} 无法作为 .xlsx 工作簿打开（设有打开密码，或是旧版 .xls 改了扩展名）：请去掉密码后{_SAVE_AS}。"
        )
    if not data.startswith(b"PK\x03\x04"):
        raise PlanFileError(f"{name} 不是能读取的 Excel 工作簿（文件头不对，可能已损坏或是其他格式）：{_SAVE_AS}。")
    import openpyxl

    try:
        # not read_only: openpyxl's read-only sheets know no merged cells; nothing is written back
        book = openpyxl.load_workbook(str(path), data_only=True)
    except Exception as exc:  # noqa: BLE001 — openpyxl raises many kinds on a broken package
        raise PlanFileError(f"{name} 无法作为 Excel 工作簿打开（文件可能已损坏或加密）：{_SAVE_AS}。") from exc
    try:
        from kjreport.plan.workbook_formulas import fill_uncached

        notes = fill_uncached(path, book)  # formulas saved without their result (qa23 F9)
        sheets: list[tuple[str, int, list[tuple[int, str]]]] = []  # (name, offset, rows)
        offset = 0
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible":
                continue
            rows = _sheet_lines(sheet)
            if rows:
                sheets.append((sheet.title, offset, rows))
                offset += rows[-1][0]  # a later sheet: numbered on
    except Exception as exc:  # noqa: BLE001 — openpyxl raises many kinds on a broken package
        raise PlanFileError(f"{name} 无法作为 Excel 工作簿读取（文件可能已损坏）：{_SAVE_AS}。") from exc
    finally:
        book.close()
    if not sheets:
        raise PlanFileError(f"{name} 的工作表中没有文字，请检查是否选错了文件。")
    several = len(sheets) > 1
    # a sheet's notes go with its first line (``parse`` lists them with the plan's notes)
    return [(offset + r, text, f"「{title}」第{r}行" if several else "",
             tuple(notes.get(title, ())) if i == 0 else ())
            for title, offset, rows in sheets for i, (r, text) in enumerate(rows)]


def _sheet_lines(sheet) -> list[tuple[int, str]]:
    """Return a sheet's rows as (row, line) (see the module's docstring)."""
    grid: dict[int, dict[int, str | None]] = {}  # row → column → text; None: covered by a merge
    for row in sheet.iter_rows():
        for cell in row:
            text = cell_text(cell.value, cell.number_format)
            if text:
                grid.setdefault(cell.row, {})[cell.column] = text
    for merged in sheet.merged_cells.ranges:
        top = grid.get(merged.min_row, {}).get(merged.min_col, "")
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if (r, c) == (merged.min_row, merged.min_col):
                    continue
                # the first column of a row below the top: the merged text again; else covered
                grid.setdefault(r, {})[c] = top if (c == merged.min_col and top) else None
    across = [m for m in sheet.merged_cells.ranges if m.max_col > m.min_col]
    starts = {(r, m.min_col) for m in across for r in range(m.min_row, m.max_row + 1)}
    # a column counts by its own cells, not by a title merged across from it (over an empty column A)
    kept = {c for r, cells in grid.items() for c, text in cells.items() if text and (r, c) not in starts}
    for m in across:
        first = next((c for c in range(m.min_col, m.max_col + 1) if c in kept), None)
        if first is None:
            kept.add(m.min_col)
        elif first != m.min_col:
            for r in range(m.min_row, m.max_row + 1):
                if r in grid:
                    grid[r][first] = grid[r].pop(m.min_col, "")
    columns = sorted(kept)
    lines: list[tuple[int, str]] = []
    for r in sorted(grid):
        cells = [grid[r].get(c, "") for c in columns]
        cells = [text for text in cells if text is not None]
        filled = [text for text in cells if text]
        if len(filled) >= 2:
            while not cells[-1]:
                cells.pop()
            cells[0] = ORDINAL_CELL.sub(r"\1", cells[0])
            lines.append((r, "\t".join(cells)))
        elif filled:
            lines.append((r, filled[0]))
    return lines


_QUOTED = re.compile(r'"([^"]*)"')
_PLACEHOLDER = re.compile(r"[0#?]")


def cell_text(value, number_format: str = "General") -> str:
    """Return a cell's value as Excel shows it, on one line ("" for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, (int, float)):
        return _number_text(value, number_format or "General")
    text = str(value).replace("\r", "").replace("\n", "").replace("_x000D_", "")
    return text.strip()


def _number_text(value: float, number_format: str) -> str:
    """A number in its cell's format: "3.3%" for 0.033 in a percent format, the format's quoted
    text around it ("≥"0.0"亿元" → "≥6.5亿元"), no float noise (3.3, not 3.3000000000000003)."""
    section = number_format.split(";")[0]
    bare = _QUOTED.sub("", section)
    percent = "%" in bare
    shown = value * 100 if percent else value
    number = format(Decimal(repr(round(float(shown), 10))).normalize(), "f")
    if number.endswith(".0"):
        number = number[:-2]
    if number == "-0":
        number = "0"
    placeholder = _PLACEHOLDER.search(_QUOTED.sub(lambda m: " " * len(m.group()), section))
    prefix = suffix = ""
    for m in _QUOTED.finditer(section):
        if placeholder and m.start() < placeholder.start():
            prefix += m.group(1)
        else:
            suffix += m.group(1)
    return f"{prefix}{number}{'%' if percent else ''}{suffix}"
