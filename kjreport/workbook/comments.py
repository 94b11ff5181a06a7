"""Cell comments (批注) of an .xlsx sheet, read only when a message needs them: a value cell left
empty with a comment ("待发改委反馈，预计24.6亿元") is quoted in its "为空" message.

Edge code: the workbook's zip parts in, ``{cell: text}`` out; an unreadable part gives {}.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from xml.etree import ElementTree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _target(base: str, target: str) -> str:
    """Return the zip name of a relationship ``target`` of the part in folder ``base``."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base, target))


def _rels(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Return the relationships of ``part``: id → (type, zip name)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in z.namelist():
        return {}
    root = ElementTree.fromstring(z.read(rels))
    return {r.get("Id"): (r.get("Type", ""), _target(folder, r.get("Target", "")))
            for r in root.iter(f"{_REL}Relationship")}


def sheet_comments(path: str | Path, sheet: str) -> dict[str, str]:
    """Return the comments of ``sheet`` in the .xlsx/.xlsm at ``path``: cell ("D12") → text
    (an Excel author line "作者:" dropped); {} when there are none or the file is not readable."""
    try:
        with zipfile.ZipFile(path) as z:
            book = ElementTree.fromstring(z.read("xl/workbook.xml"))
            rid = next((s.get(_OFFICE_REL) for s in book.iter(f"{_MAIN}sheet") if s.get("name") == sheet), None)
            part = _rels(z, "xl/workbook.xml").get(rid, ("", ""))[1]
            if not part:
                return {}
            found = [t for kind, t in _rels(z, part).values() if kind.endswith("/comments")]
            if not found or found[0] not in z.namelist():
                return {}
            root = ElementTree.fromstring(z.read(found[0]))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return {}
    out = {}
    for c in root.iter(f"{_MAIN}comment"):
        text = "".join(t.text or "" for t in c.iter(f"{_MAIN}t")).strip()
        first, sep, rest = text.partition("\n")
        if sep and rest.strip() and first.rstrip().endswith((":", "：")) and len(first) <= 20:
            text = rest.strip()  # Excel starts a comment with its author's name
        if text and c.get("ref"):
            out[c.get("ref")] = " ".join(text.split())
    return out
