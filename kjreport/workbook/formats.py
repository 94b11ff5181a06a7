"""Which cells of a small sheet carry a percentage number format (``0.00%``).

Typing ``2.86%`` into Excel stores 0.0286 and shows it as 2.86 % through the cell's number
format; calamine returns only the stored value. For the few cells where it matters (科室数据 and
目标任务 rows whose unit is %), this module reads the cell styles from the package: the sheet's
``<c r=… s=…>`` attributes and ``styles.xml``'s ``cellXfs``/``numFmts``. A workbook open in Excel
answers through its own ``percent_cells`` method when it has one.

Cheap by design: only the named sheet's XML and styles.xml are read, and only when asked.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from xml.etree import ElementTree

_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PERCENT_BUILTIN = {9, 10}  # 0%, 0.00%
_CELL = re.compile(rb"<(?:[\w.-]+:)?c\b([^>]*)>")
_REF = re.compile(rb'\br\s*=\s*["\']([A-Z]+[0-9]+)["\']')
_STYLE = re.compile(rb'\bs\s*=\s*["\'](\d+)["\']')
_NUMFMT = re.compile(rb"<(?:[\w.-]+:)?numFmt\b([^>]*)/?>")
_XFS = re.compile(rb"<((?:[\w.-]+:)?)cellXfs\b[^>]*?(?:/>|>(.*?)</\1cellXfs>)", re.S)
_XF = re.compile(rb"<(?:[\w.-]+:)?xf\b([^>]*)>")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')


def is_percent_code(code: str) -> bool:
    """Return True when the number format code shows the value × 100 with a % sign: a ``%``
    outside quoted text, ``[...]`` sections and backslash escapes."""
    plain = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code)
    return "%" in plain


def _percent_styles(styles_xml: bytes) -> set[int]:
    """Return the indexes of the ``cellXfs`` entries whose number format is a percentage."""
    custom = {}
    for m in _NUMFMT.finditer(styles_xml):
        attrs = dict(_ATTR.findall(m.group(1)))
        if b"numFmtId" in attrs:
            code = attrs.get(b"formatCode", b"").decode("utf-8", "replace")
            code = code.replace("&quot;", '"').replace("&amp;", "&")
            custom[int(attrs[b"numFmtId"])] = is_percent_code(code)
    m = _XFS.search(styles_xml)
    if not m or not m.group(2):
        return set()
    found = set()
    for i, xf in enumerate(_XF.finditer(m.group(2))):
        attrs = dict(_ATTR.findall(xf.group(1)))
        try:
            fmt = int(attrs.get(b"numFmtId", b"0"))
        except ValueError:
            continue
        if fmt in _PERCENT_BUILTIN or custom.get(fmt):
            found.add(i)
    return found


def _styles_part(zf: zipfile.ZipFile) -> str | None:
    try:
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    for r in rels.iter(f"{_NS_PKG_REL}Relationship"):
        if r.get("Type", "").endswith("/styles"):
            target = r.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None


def percent_cells_in_file(path, sheet: str, cells: Iterable[str]) -> set[str]:
    """Return those of ``cells`` (``D7``, …) of ``sheet`` in the .xlsx at ``path`` whose number
    format is a percentage; an empty set when anything cannot be read."""
    from kjreport.workbook.xlsx import _sheet_parts

    wanted = {c.encode() for c in cells}
    if not wanted:
        return set()
    try:
        with zipfile.ZipFile(path) as zf:
            part = _sheet_parts(zf).get(sheet)
            styles = _styles_part(zf)
            if not part or not styles:
                return set()
            percent = _percent_styles(zf.read(styles))
            if not percent:
                return set()
            xml = zf.read(part)
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
        return set()
    found = set()
    for m in _CELL.finditer(xml):
        attrs = m.group(1)
        ref = _REF.search(attrs)
        if ref is None or ref.group(1) not in wanted:
            continue
        style = _STYLE.search(attrs)
        if style is not None and int(style.group(1)) in percent:
            found.add(ref.group(1).decode())
    return found


def percent_cells(source, sheet: str, cells: Iterable[str]) -> set[str]:
    """Return those of ``cells`` of ``sheet`` in ``source`` (a ``WorkbookSource``) shown as
    percentages: read from the file for a workbook on disk, asked of the source otherwise."""
    cells = list(cells)
    if not cells:
        return set()
    ask = getattr(source, "percent_cells", None)
    if callable(ask):
        try:
            return set(ask(sheet, cells))
        except Exception:  # a live workbook that cannot tell: read the values as they are
            return set()
    path = getattr(source, "path", None)
    if path is None:
        return set()
    return percent_cells_in_file(path, sheet, cells)
