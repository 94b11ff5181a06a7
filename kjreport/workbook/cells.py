"""Editing cells of an existing worksheet's XML in place: values written, styles kept.

Pure bytes in, bytes out: only the rows touched are rewritten; every other byte of the sheet
stays as it was. Used by ``writer.set_cells`` (``fill``'s sibling for data sheets, ``collect``).
"""

from __future__ import annotations

import numbers
import re
from datetime import date, datetime, time

from kjreport.workbook.package import BrokenPackage
from kjreport.workbook.xlsx import column_letter, split_ref

MAX_ROW, MAX_COL = 1_048_576, 16_384
_CELL_REF = re.compile(r"([A-Za-z]{1,3})([1-9][0-9]{0,6})")
_ESCAPE_LIKE = re.compile(r"_x[0-9A-Fa-f]{4}_")
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def cell_xml(ref: str, value: object, attrs: str) -> str:
    """Return the ``<c>`` element for ``value`` (an empty string when there is nothing)."""
    kind = type(value)
    if kind is float:
        return f'<c r="{ref}"{attrs}><v>{value!r}</v></c>'
    if kind is int:
        return f'<c r="{ref}"{attrs}><v>{value}</v></c>'
    if value is None or value == "":
        return f'<c r="{ref}"{attrs}/>' if attrs else ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{attrs} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, numbers.Integral):
        return f'<c r="{ref}"{attrs}><v>{int(value)}</v></c>'
    if isinstance(value, numbers.Real):
        return f'<c r="{ref}"{attrs}><v>{float(value)!r}</v></c>'
    text = value.isoformat() if isinstance(value, (date, datetime, time)) else str(value)
    text = _ILLEGAL_XML.sub("", text)
    text = _ESCAPE_LIKE.sub(r"_x005F\g<0>", text)  # literal "_x0041_" must not read as "A"
    space = ' xml:space="preserve"' if text != text.strip() else ""
    escaped = (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )
    return f'<c r="{ref}"{attrs} t="inlineStr"><is><t{space}>{escaped}</t></is></c>'


class FormulaInTheWay(Exception):
    def __init__(self, cell: str):
        super().__init__(cell)
        self.cell = cell


_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_DROPPED_ATTRS = {b"t", b"cm", b"vm"}  # value type and value/cell metadata go with the value


def _attrs(raw: bytes) -> list[tuple[bytes, bytes]]:
    return [(k, v if v is not None else w) for k, v, w in _ATTR.findall(raw)]


def _attr_bytes(attrs: list[tuple[bytes, bytes]]) -> bytes:
    return b"".join(b" " + k + b'="' + v + b'"' for k, v in attrs)


def edit_cells(
    xml: bytes, targets: dict[tuple[int, int], object], default_style: int | None = None
) -> tuple[bytes, set[str]]:
    """Return the sheet XML with ``targets`` ((row, col) → value) written, and the refs whose
    formula was removed. Bytes outside the touched rows are kept as they are. A new cell takes
    its row's or column's style, else ``default_style`` (else the workbook default)."""
    head = re.search(rb"<((?:[\w.-]+:)?)sheetData\b[^>]*?(/?)>", xml)
    if head is None:
        raise BrokenPackage("工作表缺少 sheetData", "请用 Excel 打开确认后另存为 .xlsx")
    p = re.escape(head.group(1))
    prefix = head.group(1)
    if head.group(2):  # <sheetData/>
        start = end = None
    else:
        start = head.end()
        end = xml.find(b"</" + prefix + b"sheetData>", start)
        if end < 0:
            raise BrokenPackage("工作表的 sheetData 没有结束", "请用 Excel 打开确认后另存为 .xlsx")
    row_re = re.compile(rb"<" + p + rb"row\b([^>]*?)(?:/>|>(.*?)</" + p + rb"row>)", re.S)
    rows: dict[int, re.Match[bytes]] = {}
    order: list[tuple[int, int]] = []  # (row number, start offset)
    number = 0
    if start is not None:
        for m in row_re.finditer(xml, start, end):
            r = dict(_attrs(m.group(1))).get(b"r")
            number = int(r) if r else number + 1
            rows[number] = m
            order.append((number, m.start()))
    col_styles = _ColumnStyles(xml, p, default_style)
    shared = _shared_formula_uses(xml)
    by_row: dict[int, dict[int, object]] = {}
    for (r, c), value in sorted(targets.items()):
        by_row.setdefault(r, {})[c] = value
    edits: list[tuple[int, int, bytes]] = []
    cleared: set[str] = set()
    cell_re = re.compile(rb"<" + p + rb"c\b([^>]*?)(?:/>|>(.*?)</" + p + rb"c>)", re.S)
    for r, cells in by_row.items():
        m = rows.get(r)
        if m is None:
            if all(v is None or v == "" for v in cells.values()):
                continue
            new = _new_row(prefix, r, cells, col_styles)
            pos = next((s for n, s in order if n > r), end if end is not None else None)
            edits.append((pos, pos, new) if pos is not None else (-1, -1, new))
            continue
        edits.append(
            (
                m.start(),
                m.end(),
                _edit_row(m, prefix, r, cells, cell_re, col_styles, shared, cleared),
            )
        )
    out = []
    if start is None:
        new_rows = b"".join(e[2] for e in edits)
        tag = b"<" + prefix + b"sheetData>" + new_rows + b"</" + prefix + b"sheetData>"
        xml = xml[: head.start()] + tag + xml[head.end() :]
    else:
        cursor = 0
        for a, b, new in sorted(edits, key=lambda e: (e[0], e[1])):
            out.append(xml[cursor:a])
            out.append(new)
            cursor = b
        out.append(xml[cursor:])
        xml = b"".join(out)
    written = [rc for rc, v in targets.items() if v is not None and v != ""]
    return _grow_dimension(xml, p, written), cleared


def _new_row(prefix: bytes, r: int, cells: dict[int, object], col_styles) -> bytes:
    body = b"".join(
        cell_xml(f"{column_letter(c)}{r}", v, _style_attr(col_styles.get(c))).encode()
        for c, v in sorted(cells.items())
    )
    return _prefixed(b'<row r="%d">' % r + body + b"</row>", prefix)


def _edit_row(m, prefix, r, cells, cell_re, col_styles, shared, cleared) -> bytes:
    row_attrs = _attrs(m.group(1))
    body = m.group(2) or b""
    values = dict(row_attrs)
    row_style = values.get(b"s") if values.get(b"customFormat") in (b"1", b"true") else None
    existing: dict[int, re.Match[bytes]] = {}
    col = 0
    for cm in cell_re.finditer(body):
        ref = dict(_attrs(cm.group(1))).get(b"r")
        col = split_ref(ref.decode())[1] if ref else col + 1
        existing[col] = cm
    edits: list[tuple[int, int, bytes]] = []
    added = False
    for c, value in sorted(cells.items()):
        ref = f"{column_letter(c)}{r}"
        cm = existing.get(c)
        if cm is None:
            if value is None or value == "":
                continue
            style = row_style or col_styles.get(c)
            new = _prefixed(cell_xml(ref, value, _style_attr(style)).encode(), prefix)
            pos = next((x.start() for k, x in sorted(existing.items()) if k > c), len(body))
            edits.append((pos, pos, new))
            added = True
            continue
        inner = cm.group(2) or b""
        if re.search(rb"<(?:[\w.-]+:)?f\b", inner):
            _check_formula(inner, ref, shared)
            cleared.add(ref)
        kept = [(k, v) for k, v in _attrs(cm.group(1)) if k not in _DROPPED_ATTRS and k != b"r"]
        attrs = _attr_bytes(kept).decode()
        new = cell_xml(ref, value, attrs) or f'<c r="{ref}"/>'
        edits.append((cm.start(), cm.end(), _prefixed(new.encode(), prefix)))
    pieces, cursor = [], 0
    for a, b, new in sorted(edits, key=lambda e: (e[0], e[1])):
        pieces += [body[cursor:a], new]
        cursor = b
    pieces.append(body[cursor:])
    if added:  # spans is only a hint; a stale one is worse than none
        row_attrs = [(k, v) for k, v in row_attrs if k != b"spans"]
    if not any(k == b"r" for k, _ in row_attrs):
        row_attrs.insert(0, (b"r", str(r).encode()))
    tag = b"<" + prefix + b"row" + _attr_bytes(row_attrs)
    return tag + b">" + b"".join(pieces) + b"</" + prefix + b"row>"


def _prefixed(xml: bytes, prefix: bytes) -> bytes:
    """Return generated cell/row XML with the sheet's namespace prefix on every element."""
    if not prefix:
        return xml
    return re.sub(rb"<(/?)(row|c|v|is|t)\b", rb"<\1" + prefix + rb"\2", xml)


def _style_attr(style: bytes | None) -> str:
    return f' s="{style.decode()}"' if style and style != b"0" else ""


class _ColumnStyles:
    """The style indexes ``<cols>`` gives to columns (what Excel applies to a new cell there)."""

    def __init__(self, xml: bytes, p: bytes, default: int | None = None):
        self.default = str(default).encode() if default else None
        self.spans: list[tuple[int, int, bytes]] = []
        block = re.search(rb"<" + p + rb"cols\b.*?</" + p + rb"cols>", xml, re.S)
        for m in re.finditer(rb"<" + p + rb"col\b([^>]*)/?>", block.group(0) if block else b""):
            a = dict(_attrs(m.group(1)))
            if a.get(b"style") and a.get(b"min") and a.get(b"max"):
                self.spans.append((int(a[b"min"]), int(a[b"max"]), a[b"style"]))

    def get(self, col: int) -> bytes | None:
        """Return the style index of column ``col`` (1-based), or None."""
        return next((s for lo, hi, s in self.spans if lo <= col <= hi), self.default)


def _shared_formula_uses(xml: bytes) -> dict[bytes, int]:
    """Return shared-formula group id → number of cells using it."""
    uses: dict[bytes, int] = {}
    for m in re.finditer(rb"<(?:[\w.-]+:)?f\b([^>]*)>", xml):
        a = dict(_attrs(m.group(1)))
        if a.get(b"t") == b"shared" and b"si" in a:
            uses[a[b"si"]] = uses.get(a[b"si"], 0) + 1
    return uses


def _check_formula(inner: bytes, ref: str, shared: dict[bytes, int]) -> None:
    """Raise FormulaInTheWay when removing this cell's formula would break other cells."""
    m = re.search(rb"<(?:[\w.-]+:)?f\b([^>]*)>", inner)
    a = dict(_attrs(m.group(1))) if m else {}
    kind, span = a.get(b"t"), a.get(b"ref", b"").decode()
    if kind in (b"array", b"dataTable") and span not in ("", ref, f"{ref}:{ref}"):
        raise FormulaInTheWay(ref)
    if kind == b"shared" and b"ref" in a and shared.get(a.get(b"si"), 0) > 1:
        raise FormulaInTheWay(ref)


def _grow_dimension(xml: bytes, p: bytes, written: list[tuple[int, int]]) -> bytes:
    """Return ``xml`` with ``<dimension ref>`` covering the ``written`` cells too."""
    m = re.search(rb"<" + p + rb'dimension\b[^>]*?\bref="([^"]*)"', xml)
    if not m or not written:
        return xml
    corners = [parse_ref(x) for x in m.group(1).decode().split(":") if _CELL_REF.fullmatch(x)]
    if not corners:
        return xml
    rows = [r for r, _ in corners + written]
    cols = [c for _, c in corners + written]
    lo = f"{column_letter(min(cols))}{min(rows)}"
    hi = f"{column_letter(max(cols))}{max(rows)}"
    ref = lo if lo == hi else f"{lo}:{hi}"
    return xml[: m.start(1)] + ref.encode() + xml[m.end(1) :]


# --- small helpers ------------------------------------------------------------------------


def parse_ref(ref: str) -> tuple[int, int]:
    """Return (row, col), 1-based, of an A1 reference; raise ValueError when it is not one."""
    m = _CELL_REF.fullmatch(ref.strip().replace("$", ""))
    if not m:
        raise ValueError(f"not a cell reference: {ref!r}")
    row, col = split_ref(m.group(1).upper() + m.group(2))
    if row > MAX_ROW or col > MAX_COL:
        raise ValueError(f"cell reference outside the sheet: {ref!r}")
    return row, col
