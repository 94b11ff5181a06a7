"""Reading a saved .docx back for tests: headings by outline level, body text, table rows, comments."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn


def _outline_level(paragraph) -> int | None:
    ppr = paragraph._p.pPr
    if ppr is not None and (lvl := ppr.find(qn("w:outlineLvl"))) is not None:
        return int(lvl.get(qn("w:val")))
    style = paragraph.style
    while style is not None:
        spr = style.element.pPr
        if spr is not None and (lvl := spr.find(qn("w:outlineLvl"))) is not None:
            return int(lvl.get(qn("w:val")))
        style = style.base_style
    return None


def headings(path: Path) -> list[tuple[int, str]]:
    """Return (level 1–4, text) of every heading paragraph, in document order."""
    out = []
    for p in docx.Document(str(path)).paragraphs:
        lvl = _outline_level(p)
        if lvl is not None and lvl < 9 and p.text.strip():
            out.append((lvl + 1, p.text.strip()))
    return out


MASTHEAD_STYLES = ("KjMasthead", "KjDocNumber")  # the 版头 (发文机关标志, 发文字号): above the 主体


def body_text(path: Path) -> str:
    """Return every paragraph's and table cell's text, one per line, from the title down (the
    版头 of a 通报 left out, as GB/T 9704 7.1 sets it apart from the 主体)."""
    d = docx.Document(str(path))
    lines = [p.text for p in d.paragraphs if p.style.style_id not in MASTHEAD_STYLES]
    for t in d.tables:
        for row in t.rows:
            lines.extend(c.text for c in row.cells)
    return "\n".join(lines)


def rows_text(source) -> str:
    """Return every paragraph's text, one per line, then every table row's cells joined by
    `` | `` (「技术合同成交额 | 亿元 | 50 | …」); ``source`` is a path or an open document."""
    d = source if hasattr(source, "paragraphs") else docx.Document(str(source))
    rows = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
    return "\n".join([p.text for p in d.paragraphs] + rows)


def comments(path: Path) -> list[str]:
    """Return the text of every Word comment."""
    return [c.text for c in docx.Document(str(path)).comments]
