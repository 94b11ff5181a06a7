"""Formulas without a saved result in a plan kept as an Excel workbook (``workbook_plan``).

Excel, WPS and LibreOffice save each formula's result beside it; a file written by a program that
does not compute (a script, some export tools) saves the formula alone, and a reader of saved
results sees an empty cell: a 合计 row of 「=SUM(B3:B11)」 read as 「合计」 and nothing (qa23 F9).
A simple formula — a SUM of ranges and cells of its own sheet, or cells and numbers added and
subtracted — is computed here from the saved figures; any other is read as empty. Either way a
note names the sheet and the cell, so nothing is read as empty without a word.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

_REF = r"\$?[A-Z]{1,3}\$?\d+"
_ARGUMENT = re.compile(rf"^({_REF})(?::({_REF}))?$|^(-?\d+(?:\.\d+)?)$")
_SUM = re.compile(r"^SUM\(([^()]*)\)$")
_TERM = re.compile(r"([+-]?)\s*(SUM\([^()]*\)|[^+-]+)")


def has_formulas(path: Path) -> bool:
    """Return True when a sheet of the workbook at ``path`` holds a formula (an ``<f>`` element)."""
    try:
        with zipfile.ZipFile(path) as package:
            return any(n.startswith("xl/worksheets/") and n.endswith(".xml") and b"<f" in package.read(n)
                       for n in package.namelist())
    except (zipfile.BadZipFile, OSError, KeyError):
        return False


def fill_uncached(path: Path, book) -> dict[str, list[str]]:
    """Put into ``book`` (opened for its saved results, never saved again) the result of each
    simple formula of a visible sheet that has no saved result; return, per sheet title, a note
    for each formula without a saved result (computed, or read as empty)."""
    if not has_formulas(path):
        return {}
    import openpyxl

    formulas = openpyxl.load_workbook(str(path), data_only=False)
    notes: dict[str, list[str]] = {}
    try:
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible" or sheet.title not in formulas.sheetnames:
                continue
            source = formulas[sheet.title]
            uncached = [(cell.coordinate, cell.value) for row in source.iter_rows() for cell in row
                        if isinstance(cell.value, str) and cell.value.startswith("=")
                        and sheet[cell.coordinate].value is None]
            pending = {ref for ref, _ in uncached}
            for ref, formula in uncached:
                value = _computed(formula, sheet, pending)
                if value is not None:
                    sheet[ref].value = value
                    pending.discard(ref)  # a total of subtotals computed before it
                    shown = f"{value:g}" if isinstance(value, float) else str(value)
                    said = f"已按公式算得 {shown} 读取；请核对"
                else:
                    said = "已按空白读取；请在 Excel 或 WPS 中打开该文件并保存一次后重新导入"
                notes.setdefault(sheet.title, []).append(
                    f"「{sheet.title}」{ref} 的公式 {formula} 没有保存计算结果（文件由不计算公式的程序保存），{said}。")
    finally:
        formulas.close()
    return notes


def _computed(formula: str, sheet, pending: set[str]) -> float | int | None:
    """Return the result of a simple formula (``=SUM(B3:B11)``, ``=B3+B4-2``) over the saved
    figures of ``sheet``, or None for any other formula or a cell it needs that has no figure."""
    text = formula[1:].replace(" ", "").upper()
    terms = _TERM.findall(text)
    if not terms or "".join(sign + term for sign, term in terms) != text:
        return None
    total: float = 0
    for sign, term in terms:
        m = _SUM.match(term)
        value = _sum(m.group(1), sheet, pending) if m else _argument(term, sheet, pending, alone=True)
        if value is None:
            return None
        total = total - value if sign == "-" else total + value
    return int(total) if float(total).is_integer() else round(total, 10)


def _sum(arguments: str, sheet, pending: set[str]) -> float | None:
    total: float = 0
    for argument in arguments.split(","):
        value = _argument(argument, sheet, pending, alone=False)
        if value is None:
            return None
        total += value
    return total


def _argument(text: str, sheet, pending: set[str], alone: bool) -> float | None:
    """Return a number, a cell's figure or a range's sum; None when it is none of these or a cell
    in it has no figure (a text, another formula without its result). A blank cell counts 0."""
    m = _ARGUMENT.match(text)
    if m is None:
        return None
    if m.group(3) is not None:
        return float(m.group(3))
    first, last = m.group(1).replace("$", ""), (m.group(2) or m.group(1)).replace("$", "")
    if alone and m.group(2):
        return None  # B3:B11 outside SUM()
    total: float = 0
    for row in sheet[f"{first}:{last}"] if first != last else ((sheet[first],),):
        for cell in row:
            if cell.coordinate in pending:
                return None
            value = cell.value
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                if alone or not isinstance(value, str):
                    return None
                continue  # SUM passes over a text cell, as Excel's does
            total += value
    return total
