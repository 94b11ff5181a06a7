"""Formulas whose saved results kjreport made stale, and making Excel recalculate them.

A formula cell keeps the result Excel last computed (its ``<v>``). When kjreport writes cells
(``collect``) or replaces a sheet (``fill``'s 指标结果), every formula that depends on them —
directly, through other formulas, or through a defined name — still shows the old result, and
LibreOffice and kjreport's own reader would use it. So the writer:

- finds those formulas (references parsed from the formula text; a reference kjreport cannot
  follow — INDIRECT, OFFSET, a table or an external name — counts as depending on everything);
- removes their saved results, so no reader can take an old number for a current one (the
  reader reports "公式没有计算结果" instead, and Excel/WPS/LibreOffice compute them on open);
- sets ``fullCalcOnLoad`` in workbook.xml so Excel recalculates the whole workbook on open.

Nothing changes in a workbook without such formulas.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape

Rect = tuple[int, int, int, int]  # first row, first col, last row, last col (1-based, inclusive)
ALL: Rect = (1, 1, 1_048_576, 16_384)

_CELL = re.compile(rb"<((?:[\w.-]+:)?)c\b([^>]*?)(?:/>|>(.*?)</\1c>)", re.S)
_F = re.compile(rb"<(?:[\w.-]+:)?f\b([^>]*?)(?:/>|>(.*?)</(?:[\w.-]+:)?f>)", re.S)
_V = re.compile(rb"<(?:[\w.-]+:)?v\b[^>]*?(?:/>|>.*?</(?:[\w.-]+:)?v>)", re.S)
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_ROOT_PREFIX = re.compile(rb"<((?:[\w.-]+:)?)worksheet\b")
_FORMULA_TAGS: dict[bytes, re.Pattern[bytes]] = {}
_STRING = re.compile(r'"(?:[^"]|"")*"')
_ERRORS = re.compile(r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|[A-Z_]+!)")
_SHEET = r"(?:'(?:[^']|'')+'|[^\s!:(),;+\-*/^&=<>'\"{}\[\]#%]+)"
# Compiled on first use (``_token``): the pattern takes longer to compile than a fill of a
# workbook without formulas spends in this module, and such a fill never needs it.
_TOKEN_PATTERN = (
    r"(?<![\w.$#\u0080-\uffff])"
    rf"(?P<book>\[[^\]]*\])?(?P<sheet>{_SHEET}(?::{_SHEET})?!)?"
    r"(?:(?P<cells>\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])"
    r"|(?P<cols>\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![\w(])"
    r"|(?P<rows>\$?\d+:\$?\d+)(?![\w(])"
    r"|(?P<name>[A-Za-z_\\\u0080-\uffff][\w.\u0080-\uffff]*)(?P<call>\s*\()?(?P<table>\[)?)"
)
_VOLATILE = {"INDIRECT", "OFFSET", "INFO", "CELL"}
_NOT_NAMES = {"TRUE", "FALSE"}


@dataclass
class Formula:
    """One formula cell (or a whole shared-formula group) and what it reads."""

    sheet: str
    cells: list[tuple[int, int]]
    reads: list[tuple[str | None, Rect]] = field(default_factory=list)  # None sheet = any
    everything: bool = False


@functools.cache
def _token() -> re.Pattern[str]:
    """Return the compiled formula token pattern."""
    return re.compile(_TOKEN_PATTERN)


def _col(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _cell(ref: str) -> tuple[int, int]:
    m = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?(\d+)", ref)
    return (int(m.group(2)), _col(m.group(1))) if m else (0, 0)


def _sheet_name(token: str) -> str:
    token = token[:-1]  # the "!"
    if token.startswith("'"):
        token = token[1:-1].replace("''", "'")
    return token


def references(
    text: str, own_sheet: str, names: dict[str, str], depth: int = 0
) -> tuple[list[tuple[str | None, Rect]], bool]:
    """Return (rectangles read, reads-anything) for formula ``text`` written on ``own_sheet``;
    ``names`` maps defined names (upper case) to their formulas."""
    reads: list[tuple[str | None, Rect]] = []
    everything = False
    for m in _token().finditer(_ERRORS.sub("0", _STRING.sub('""', text))):
        if m.group("book"):
            continue  # another workbook: nothing kjreport writes here changes it
        sheet = m.group("sheet")
        target: str | None = own_sheet
        if sheet:
            target = None if ":" in sheet else _sheet_name(sheet)  # Sheet1:Sheet3! spans sheets
        if m.group("cells"):
            a, _, b = m.group("cells").partition(":")
            (r1, c1), (r2, c2) = _cell(a), _cell(b or a)
            reads.append((target, (min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))))
        elif m.group("cols"):
            a, b = (x.replace("$", "") for x in m.group("cols").split(":"))
            reads.append((target, (1, min(_col(a), _col(b)), ALL[2], max(_col(a), _col(b)))))
        elif m.group("rows"):
            a, b = (int(x.replace("$", "")) for x in m.group("rows").split(":"))
            reads.append((target, (min(a, b), 1, max(a, b), ALL[3])))
        elif m.group("name"):
            name = m.group("name").upper()
            if m.group("call"):
                everything |= name.rsplit(".", 1)[-1] in _VOLATILE
            elif m.group("table"):
                everything = True  # a structured reference: the table could be anywhere
            elif name in names and depth < 5:
                more, anything = references(names[name], own_sheet, names, depth + 1)
                reads += more
                everything |= anything
            elif name not in _NOT_NAMES and not sheet:
                everything = True  # a name kjreport does not know: assume the worst
    return reads, everything


def defined_names(workbook_xml: bytes) -> dict[str, str]:
    """Return defined name (upper case) → formula text from workbook.xml."""
    out = {}
    for m in re.finditer(rb"<(?:[\w.-]+:)?definedName\b([^>]*)>(.*?)</(?:[\w.-]+:)?definedName>",
                         workbook_xml, re.S):
        attrs = {k: v if v is not None else w for k, v, w in _ATTR.findall(m.group(1))}
        name = attrs.get(b"name", b"").decode("utf-8", "replace").upper()
        out[name] = unescape(m.group(2).decode("utf-8", "replace"))
    return out


def has_formulas(xml: bytes) -> bool:
    """Return True when worksheet XML holds a formula (``<formula1>`` of a data validation is
    not one). One literal scan with the sheet's own element prefix: a regex with an optional
    prefix is several times slower on a 30 MB sheet."""
    root = _ROOT_PREFIX.search(xml[:4096])
    prefix = root.group(1) if root else b""
    pattern = _FORMULA_TAGS.get(prefix)
    if pattern is None:
        pattern = _FORMULA_TAGS[prefix] = re.compile(b"<" + re.escape(prefix) + rb"f[ >/]")
    return pattern.search(xml) is not None


def formulas_of(sheet: str, xml: bytes, names: dict[str, str]) -> list[Formula]:
    """Return the formulas of one worksheet's XML (a shared group as one ``Formula`` covering
    its cells, its references widened by the group's extent)."""
    if not has_formulas(xml):
        return []
    out: list[Formula] = []
    groups: dict[bytes, Formula] = {}
    group_text: dict[bytes, tuple[str, Rect]] = {}
    for m in _CELL.finditer(xml):
        inner = m.group(3)
        if not inner or b"f" not in inner:
            continue
        f = _F.search(inner)
        if f is None:
            continue
        attrs = {k: v if v is not None else w for k, v, w in _ATTR.findall(m.group(2))}
        rc = _cell(attrs.get(b"r", b"").decode())
        fa = {k: v if v is not None else w for k, v, w in _ATTR.findall(f.group(1))}
        text = unescape((f.group(2) or b"").decode("utf-8", "replace"))
        if fa.get(b"t") == b"shared" and b"si" in fa:
            si = fa[b"si"]
            group = groups.setdefault(si, Formula(sheet, []))
            group.cells.append(rc)
            if text and b"ref" in fa:
                span = fa[b"ref"].decode().split(":")
                (r1, c1), (r2, c2) = _cell(span[0]), _cell(span[-1])
                group_text[si] = (text, (r1, c1, r2, c2))
            continue
        reads, everything = references(text, sheet, names)
        out.append(Formula(sheet, [rc], reads, everything))
    for si, group in groups.items():
        if si not in group_text:
            group.everything = True
        else:
            text, (r1, c1, r2, c2) = group_text[si]
            reads, group.everything = references(text, sheet, names)
            dr, dc = r2 - r1, c2 - c1  # a relative reference moves across the group
            group.reads = [(s, (a, b, c + dr, d + dc)) for s, (a, b, c, d) in reads]
        out.append(group)
    return out


class Changes:
    """Cells whose values changed: per sheet (case-insensitive) a set of cells, or the whole."""

    def __init__(self) -> None:
        self.whole: set[str] = set()
        self.cells: dict[str, set[tuple[int, int]]] = {}

    def add_sheet(self, sheet: str) -> None:
        self.whole.add(sheet.casefold())

    def add(self, sheet: str, cells) -> None:
        self.cells.setdefault(sheet.casefold(), set()).update(cells)

    def empty(self) -> bool:
        return not self.whole and not any(self.cells.values())

    def touches(self, sheet: str | None, rect: Rect) -> bool:
        if sheet is None:
            return not self.empty()
        key = sheet.casefold()
        if key in self.whole:
            return True
        r1, c1, r2, c2 = rect
        return any(r1 <= r <= r2 and c1 <= c <= c2 for r, c in self.cells.get(key, ()))


def stale_formulas(formulas: list[Formula], changes: Changes) -> dict[str, set[tuple[int, int]]]:
    """Return sheet → formula cells whose saved results no longer hold after ``changes``
    (followed through formulas that read other stale formulas)."""
    stale: dict[str, set[tuple[int, int]]] = {}
    pending = list(formulas)
    while True:
        found = [
            f for f in pending
            if (f.everything and not changes.empty())
            or any(changes.touches(s, rect) for s, rect in f.reads)
        ]
        if not found:
            return stale
        for f in found:
            stale.setdefault(f.sheet, set()).update(f.cells)
            changes.add(f.sheet, f.cells)
        pending = [f for f in pending if f not in found]


def drop_results(xml: bytes, cells: set[tuple[int, int]]) -> bytes:
    """Return sheet XML with the saved results (``<v>`` and the type ``t``) of the formula
    ``cells`` removed; every other byte is kept."""

    def edit(m: re.Match[bytes]) -> bytes:
        inner = m.group(3)
        if not inner:
            return m.group(0)
        attrs = _ATTR.findall(m.group(2))
        values = {k: v if v is not None else w for k, v, w in attrs}
        if _cell(values.get(b"r", b"").decode()) not in cells or not _F.search(inner):
            return m.group(0)
        kept = b"".join(
            b" " + k + b'="' + (v if v is not None else w) + b'"' for k, v, w in attrs if k != b"t"
        )
        p = m.group(1)
        return b"<" + p + b"c" + kept + b">" + _V.sub(b"", inner) + b"</" + p + b"c>"

    return _CELL.sub(edit, xml)


_AFTER_CALCPR = (b"oleSize", b"customWorkbookViews", b"pivotCaches", b"smartTagPr",
                 b"smartTagTypes", b"webPublishing", b"fileRecoveryPr", b"webPublishObjects",
                 b"extLst")


def full_calc_on_load(workbook_xml: bytes) -> bytes:
    """Return workbook.xml asking Excel to recalculate every formula when it opens the file."""
    m = re.search(rb"<((?:[\w.-]+:)?)calcPr\b([^>]*?)(/?)>", workbook_xml)
    if m:
        attrs = re.sub(rb'\s+fullCalcOnLoad\s*=\s*("[^"]*"|\'[^\']*\')', b"", m.group(2))
        tag = b"<" + m.group(1) + b"calcPr" + attrs + b' fullCalcOnLoad="1"' + m.group(3) + b">"
        return workbook_xml[: m.start()] + tag + workbook_xml[m.end() :]
    root = re.search(rb"<((?:[\w.-]+:)?)workbook\b", workbook_xml)
    prefix = root.group(1) if root else b""
    for local in _AFTER_CALCPR:
        after = re.search(rb"<" + re.escape(prefix) + local + rb"\b", workbook_xml)
        if after:
            at = after.start()
            break
    else:
        end = workbook_xml.rfind(b"</" + prefix + b"workbook")
        at = end if end >= 0 else len(workbook_xml)
    return workbook_xml[:at] + b"<" + prefix + b'calcPr fullCalcOnLoad="1"/>' + workbook_xml[at:]


def mark_stale(
    sheets: list[tuple[str, str]],
    read: Callable[[str], bytes],
    workbook_xml: bytes,
    changes: Changes,
) -> tuple[dict[str, bytes], bytes | None]:
    """Return (worksheet part → XML with stale results removed, new workbook.xml or None).

    ``sheets`` lists (sheet name, part) of every worksheet; ``read(part)`` returns the part's
    XML as it will be written (with kjreport's own edits)."""
    if changes.empty():
        return {}, None
    names = defined_names(workbook_xml)
    formulas: list[Formula] = []
    xml_of: dict[str, bytes] = {}
    part_of: dict[str, str] = {}
    for sheet, part in sheets:
        xml = read(part)
        xml_of[part] = xml
        part_of[sheet] = part
        formulas += formulas_of(sheet, xml, names)
    if not formulas:
        return {}, None
    stale = stale_formulas(formulas, changes)
    if not stale:
        return {}, None
    out = {part_of[s]: drop_results(xml_of[part_of[s]], cells) for s, cells in stale.items()}
    return out, full_calc_on_load(workbook_xml)
