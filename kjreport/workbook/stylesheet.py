"""The cell style a new cell gets: "General", whatever the workbook's default style is.

A cell without ``s`` takes cellXfs[0]. In most workbooks that is General, but some workbooks
(saved by other programs, or restyled by hand) make it a date or percent format: 123 written
there shows as ``2-May-00``. When cellXfs[0] is not General, the writer gives new cells a style
of their own: a copy of cellXfs[0] with number format 0 (General), appended to styles.xml once
and reused on later writes.
"""

from __future__ import annotations

import re

_XFS = re.compile(rb"<((?:[\w.-]+:)?)cellXfs\b([^>]*?)(?:/>|>(.*?)</\1cellXfs>)", re.S)
_NUMFMT = re.compile(rb'\bnumFmtId\s*=\s*["\'](\d+)["\']')


def _xf_elements(body: bytes, prefix: bytes) -> list[bytes]:
    p = re.escape(prefix)
    return [m.group(0) for m in re.finditer(rb"<" + p + rb"xf\b[^>]*?(?:/>|>.*?</" + p + rb"xf>)",
                                            body, re.S)]


def _general(xf: bytes) -> bytes:
    """Return ``xf`` with number format General."""
    if _NUMFMT.search(xf):
        xf = _NUMFMT.sub(b'numFmtId="0"', xf, count=1)
    if re.search(rb"\bapplyNumberFormat\s*=", xf):
        xf = re.sub(rb'\bapplyNumberFormat\s*=\s*["\'][^"\']*["\']', b'applyNumberFormat="1"', xf, count=1)
    else:
        xf = re.sub(rb"^(<(?:[\w.-]+:)?xf\b)", rb'\1 applyNumberFormat="1"', xf)
    return xf


def general_style(styles_xml: bytes | None) -> tuple[int | None, bytes | None]:
    """Return (the style index new cells should carry, or None for the default; the new
    styles.xml when a style had to be added, else None)."""
    if not styles_xml:
        return None, None
    m = _XFS.search(styles_xml)
    if not m or not m.group(3):
        return None, None
    prefix, body = m.group(1), m.group(3)
    xfs = _xf_elements(body, prefix)
    if not xfs:
        return None, None
    first = _NUMFMT.search(xfs[0])
    if first is None or first.group(1) == b"0":
        return None, None
    wanted = _general(xfs[0])
    if wanted in xfs:
        return xfs.index(wanted), None
    new_body = body + wanted
    attrs = re.sub(rb'\bcount\s*=\s*["\']\d+["\']', f'count="{len(xfs) + 1}"'.encode(), m.group(2))
    tag = b"<" + prefix + b"cellXfs" + attrs + b">" + new_body + b"</" + prefix + b"cellXfs>"
    return len(xfs), styles_xml[: m.start()] + tag + styles_xml[m.end() :]
