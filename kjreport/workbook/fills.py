"""Cell background colours for written sheets: solid fills appended to ``xl/styles.xml``.

Only what is needed is added (a ``<fill>`` and a ``<xf>`` per colour); fills and formats that
already exist — from an earlier run — are reused, so styles.xml does not grow on every fill.
Every other byte of styles.xml is kept.
"""

from __future__ import annotations

import re

_PREFIX = rb"(?:[\w.-]+:)?"


def _section(xml: bytes, tag: bytes) -> re.Match[bytes] | None:
    return re.search(
        rb"<(" + _PREFIX + rb")" + tag + rb"\b([^>]*?)(/>|>(.*?)</\1" + tag + rb">)", xml, re.S
    )


def _elements(body: bytes, prefix: bytes, tag: bytes) -> list[bytes]:
    pattern = rb"<" + re.escape(prefix) + tag + rb"\b(?:[^>]*/>|.*?</" + re.escape(prefix) + tag + rb">)"
    return re.findall(pattern, body, re.S)


def _with_items(xml: bytes, m: re.Match[bytes], items: list[bytes], count: int) -> bytes:
    prefix, attrs = m.group(1), m.group(2)
    body = m.group(4) or b""
    attrs = re.sub(rb'\s+count="\d*"', b"", attrs)
    tag = m.group(0)[1 + len(prefix):].split(None, 1)[0].rstrip(b"/>")
    new = (
        b"<" + prefix + tag + attrs + b' count="' + str(count).encode() + b'">'
        + body + b"".join(items) + b"</" + prefix + tag + b">"
    )
    return xml[: m.start()] + new + xml[m.end():]


def add_fills(styles: bytes, colours: list[str]) -> tuple[bytes, dict[str, int]]:
    """Return styles.xml with a cell format for each colour ("RRGGBB") and the format index of
    each colour (the ``s`` attribute of a cell). Raise ValueError when styles.xml has no
    ``<fills>`` or ``<cellXfs>`` (the caller then writes without colours)."""
    if not colours:
        return styles, {}
    fills_m = _section(styles, b"fills")
    if fills_m is None:
        raise ValueError("styles.xml has no <fills>")
    prefix = fills_m.group(1)
    fills = _elements(fills_m.group(4) or b"", prefix, b"fill")
    fill_ids: dict[str, int] = {}
    new_fills: list[bytes] = []
    for colour in colours:
        rgb = b"FF" + colour.upper().encode()
        found = next((i for i, f in enumerate(fills) if b"solid" in f and rgb in f.upper()), None)
        if found is None:
            found = len(fills) + len(new_fills)
            p = prefix
            new_fills.append(
                b"<" + p + b'fill><' + p + b'patternFill patternType="solid"><' + p + b'fgColor rgb="'
                + rgb + b'"/><' + p + b'bgColor indexed="64"/></' + p + b"patternFill></" + p + b"fill>"
            )
        fill_ids[colour] = found
    if new_fills:
        styles = _with_items(styles, fills_m, new_fills, len(fills) + len(new_fills))

    return _with_xfs(styles, {
        colour: b'numFmtId="0" fontId="0" fillId="' + str(fill_id).encode() + b'" borderId="0" xfId="0" applyFill="1"'
        for colour, fill_id in fill_ids.items()
    })


def _with_xfs(styles: bytes, attributes: dict[str, bytes]) -> tuple[bytes, dict[str, int]]:
    """Return styles.xml with a cell format (``<xf>`` of ``<cellXfs>``) of each ``attributes``
    value, an identical one already there reused, and the index of each key's format."""
    xfs_m = _section(styles, b"cellXfs")
    if xfs_m is None:
        raise ValueError("styles.xml has no <cellXfs>")
    xfs = _elements(xfs_m.group(4) or b"", xfs_m.group(1), b"xf")
    indexes: dict[str, int] = {}
    new_xfs: list[bytes] = []
    for key, attrs in attributes.items():
        wanted = b"<" + xfs_m.group(1) + b"xf " + attrs + b"/>"
        found = next((i for i, x in enumerate(xfs) if x == wanted), None)
        if found is None:
            found = len(xfs) + len(new_xfs)
            new_xfs.append(wanted)
        indexes[key] = found
    if new_xfs:
        styles = _with_items(styles, xfs_m, new_xfs, len(xfs) + len(new_xfs))
    return styles, indexes


def add_dxf(styles: bytes, colour: str) -> tuple[bytes, int]:
    """Return styles.xml with a differential format (``<dxf>``) that fills a cell with ``colour``
    ("RRGGBB"), the format a conditional-format rule names by its index; an identical one already
    there is reused. Raise ValueError when styles.xml has no place for it (no ``<cellXfs>``)."""
    rgb = b"FF" + colour.upper().encode()
    dxfs_m = _section(styles, b"dxfs")
    prefix = dxfs_m.group(1) if dxfs_m else (_section(styles, b"cellXfs") or _fail()).group(1)
    p = prefix
    wanted = (
        b"<" + p + b"dxf><" + p + b'fill><' + p + b'patternFill patternType="solid"><' + p + b'fgColor rgb="'
        + rgb + b'"/><' + p + b'bgColor rgb="' + rgb + b'"/></' + p + b"patternFill></" + p + b"fill></"
        + p + b"dxf>"
    )
    if dxfs_m is not None:
        dxfs = _elements(dxfs_m.group(4) or b"", prefix, b"dxf")
        if wanted in dxfs:
            return styles, dxfs.index(wanted)
        return _with_items(styles, dxfs_m, [wanted], len(dxfs) + 1), len(dxfs)
    # no <dxfs> yet: it follows <cellStyles> (or <cellXfs>) in the schema's order
    after = _section(styles, b"cellStyles") or _section(styles, b"cellXfs")
    new = b"<" + p + b'dxfs count="1">' + wanted + b"</" + p + b"dxfs>"
    return styles[: after.end()] + new + styles[after.end() :], 0


def _fail() -> re.Match[bytes]:
    raise ValueError("styles.xml has no <cellXfs>")


_BUILTIN_FORMATS = {"0": 1, "0.00": 2}  # Excel's built-in number formats (no <numFmt> needed)
_FIRST_CUSTOM_FORMAT = 164  # ids below are Excel's own


def add_number_formats(styles: bytes, codes: list[str]) -> tuple[bytes, dict[str, int]]:
    """Return styles.xml with a cell format for each number format code ("0.0", "0.00") and the
    format index of each code (the ``s`` attribute of a cell); a format already there (from an
    earlier run) is reused. Raise ValueError when styles.xml has no ``<cellXfs>``."""
    if not codes:
        return styles, {}
    ids: dict[str, int] = {}
    new_fmts: list[bytes] = []
    fmts_m = _section(styles, b"numFmts")
    prefix = (fmts_m or _section(styles, b"cellXfs") or _fail()).group(1)
    fmts = _elements(fmts_m.group(4) or b"", prefix, b"numFmt") if fmts_m else []
    known = {m.group(2).decode(): int(m.group(1)) for f in fmts
             if (m := re.search(rb'numFmtId="(\d+)"[^>]*formatCode="([^"]*)"', f))}
    next_id = max([_FIRST_CUSTOM_FORMAT - 1, *known.values()]) + 1
    for code in codes:
        if code in _BUILTIN_FORMATS:
            ids[code] = _BUILTIN_FORMATS[code]
        elif code in known:
            ids[code] = known[code]
        else:
            ids[code] = known[code] = next_id
            new_fmts.append(b"<" + prefix + b'numFmt numFmtId="' + str(next_id).encode()
                            + b'" formatCode="' + code.encode() + b'"/>')
            next_id += 1
    if new_fmts and fmts_m is not None:
        styles = _with_items(styles, fmts_m, new_fmts, len(fmts) + len(new_fmts))
    elif new_fmts:  # <numFmts> is the first child of <styleSheet> in the schema's order
        sheet = re.search(rb"<" + _PREFIX + rb"styleSheet\b[^>]*>", styles)
        if sheet is None:
            raise ValueError("styles.xml has no <styleSheet>")
        new = (b"<" + prefix + b'numFmts count="' + str(len(new_fmts)).encode() + b'">'
               + b"".join(new_fmts) + b"</" + prefix + b"numFmts>")
        styles = styles[: sheet.end()] + new + styles[sheet.end():]
    return _with_xfs(styles, {
        code: b'numFmtId="' + str(fmt_id).encode() + b'" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"'
        for code, fmt_id in ids.items()
    })
