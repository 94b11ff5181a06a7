"""The 落款 kept on the page of the text by tighter lines (GB/T 9704-2012 7.3.5.1).

"当公文排版后所剩空白处不能容下印章或签发人签名章、成文日期时，可以采取调整行距、字距的措施解决。"
A short notice whose text fills most of its first page — page 1 with four or five lines free, an
ending (特此通报。, 附件说明, 署名, 成文日期) of six — went over with only its last sentence and
the 落款 on page 2 (QA round 8, F24). When the text from the top of its page to the 成文日期 is
estimated at one page and a few lines, its line spacing on that page is tightened evenly (never
below ``MIN_LINE_TWIPS``) so the 落款 stays with the text on one page. The estimate counts
characters per line as the grid sets them (28 of 3号); a page with a table, picture or chart is
left as it is.

QA round 12 F12: the estimate took every Latin letter as half a 3号 character, but the capitals
of "R&D", "GDP" are nearly three quarters of one in Times New Roman, so a line such as
"全社会R&D经费投入占GDP比重比上年降低0.30个百分点。" broke once more than counted and the page,
tightened to 23.6 pt, still put the 落款 over; the estimate now uses ``text_width``. A page of
20 text lines and an ending of six or seven (白沙路街道) needed 22.7 pt, under the old 23 pt floor.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from kjreport.docx import styles as st
from kjreport.docx.layout import CHARS_PER_LINE, LINE_TWIPS, LINES_PER_PAGE

# 22 pt: the tightest exact spacing at which 3号 text still reads as 公文 text (1.375 times its size)
MIN_LINE_TWIPS = 440
# part of a line left free on the tightened page: the estimate may be short of LibreOffice's or
# Word's line breaks (a 避头尾 character carried to the next line)
SAFETY_LINES = 0.5

_P = qn("w:p")
_PPR = qn("w:pPr")
_PSTYLE = qn("w:pStyle")
_T = qn("w:t")
_BR = qn("w:br")
_VAL = qn("w:val")
_SPACING = qn("w:spacing")
_PAGE_BREAK_BEFORE = qn("w:pageBreakBefore")
_BLOCKERS = (qn("w:drawing"), qn("w:pict"), qn("w:object"), qn("w:sectPr"))


# widths in 3号 characters (em) of the Latin characters of 仿宋_GB2312/Times New Roman text that are
# wider than the half em ``document.display_width`` gives them; narrower ones count as half an em
_WIDE_LATIN = {**dict.fromkeys("ABCDEFGHKLNOPQRSTUVXYZ", 0.73), "M": 0.89, "W": 0.95, "&": 0.78,
               "%": 0.83, "m": 0.78, "w": 0.72, "@": 0.92}


def text_width(text: str, width: Callable[[str], float]) -> float:
    """Return the width of ``text`` in 3号 characters as ``width`` gives it, with the wide Latin
    capitals and signs of ``_WIDE_LATIN`` at their own width (the estimate may be long, never short)."""
    return width(text) + sum(_WIDE_LATIN[c] - 0.5 for c in text if c in _WIDE_LATIN)


def paragraph_style(p) -> str:
    """Return the style id of paragraph element ``p`` ("" when it has none)."""
    ppr = p.find(_PPR)
    s = ppr.find(_PSTYLE) if ppr is not None else None
    return s.get(_VAL) if s is not None else ""


def paragraph_text(p) -> str:
    """Return the text of paragraph element ``p``."""
    return "".join(t.text or "" for t in p.iter(_T))



def _lines(p, width: Callable[[str], float]) -> tuple[float, float]:
    """Return the estimated height of paragraph ``p`` in grid lines: (tightenable, fixed); the
    title's own lines (2号 on an exact line each) are fixed, everything else scales."""
    style = paragraph_style(p)
    text = paragraph_text(p)
    plain = width

    def width(s: str) -> float:
        return text_width(s, plain)

    if style == st.TITLE:
        return 1.0, 1.0 + sum(1 for _ in p.iter(_BR))  # the blank line after it scales
    if style in (st.MASTHEAD, st.DOC_NUMBER):
        return 0.0, _fixed_height(p) / LINE_TWIPS  # the 版头 keeps the standard's measures
    if style == st.ATTACHMENT_NOTE:
        label = 2 + width("附件：")
        lines = 1 + max(0, math.ceil((2 + width(text) - CHARS_PER_LINE) / (CHARS_PER_LINE - label)))
        before = 1 if text.startswith("附件：") else 0
        return lines + before, 0.0
    before = 1 if style == st.SIGNATURE else 0
    indent = 2 if style in (st.BODY, *st.HEADINGS) and not _no_indent(p) else 0
    return before + max(1, math.ceil((indent + width(text)) / CHARS_PER_LINE)), 0.0


def _fixed_height(p) -> float:
    """Return the height of a 版头 paragraph in twips: its space above and below, its exact line
    and its lower border's distance."""
    spacing = p.find(_PPR).find(_SPACING) if p.find(_PPR) is not None else None
    if spacing is None:
        return float(LINE_TWIPS)
    height = sum(int(spacing.get(qn(f"w:{k}"), "0")) for k in ("before", "after", "line"))
    border = p.find(_PPR).find(qn("w:pBdr"))
    bottom = border.find(qn("w:bottom")) if border is not None else None
    if bottom is not None:
        height += int(bottom.get(qn("w:space"), "0")) * 20 + int(bottom.get(qn("w:sz"), "0")) * 20 / 8
    return float(height)


def _no_indent(p) -> bool:
    ind = p.find(_PPR).find(qn("w:ind")) if p.find(_PPR) is not None else None
    return ind is not None and ind.get(qn("w:firstLineChars")) == "0"


def fit_signature_page(body, width: Callable[[str], float]) -> int | None:
    """Tighten the lines of the page that ends in the 成文日期 (the last paragraph of ``body``)
    when its text runs a few lines past one page; return the new exact line spacing in twips,
    or None when the page is left as it is (it fits, it is far longer, or it holds a table or a
    picture)."""
    measured = _signature_page(body, width)
    if measured is None:
        return None
    region, scaled, fixed = measured
    if scaled + fixed <= LINES_PER_PAGE:
        return None  # it fits as it is
    room = LINES_PER_PAGE * LINE_TWIPS - fixed * LINE_TWIPS
    twips = math.floor(room / (scaled + SAFETY_LINES))
    if twips < MIN_LINE_TWIPS:
        return None  # a longer text: its last sentence goes over with the 落款 (closing.py)
    for p in region:
        if paragraph_style(p) not in (st.MASTHEAD, st.DOC_NUMBER):
            _set_spacing(p, twips)
    return twips


def runs_over(body, width: Callable[[str], float]) -> bool:
    """Return True when the text from the top of the 成文日期's page to it is estimated at more
    than one page (False when it fits, or holds a table or a picture)."""
    measured = _signature_page(body, width)
    return measured is not None and measured[1] + measured[2] > LINES_PER_PAGE


def _signature_page(body, width: Callable[[str], float]) -> tuple[list, float, float] | None:
    """Return the paragraphs from the top of the 成文日期's page to it (last first) and their
    estimated (tightenable, fixed) lines, or None when that page holds a table or a picture."""
    region = []
    for element in reversed(body):
        if element.tag == qn("w:sectPr"):
            continue
        if element.tag != _P or any(True for tag in _BLOCKERS for _ in element.iter(tag)):
            return None
        region.append(element)
        ppr = element.find(_PPR)
        if ppr is not None and ppr.find(_PAGE_BREAK_BEFORE) is not None:
            break
    if not region or paragraph_style(region[0]) != st.DATE:
        return None
    scaled = fixed = 0.0
    for p in region:
        s, f = _lines(p, width)
        scaled += s
        fixed += f
    return region, scaled, fixed


def _set_spacing(p, twips: int) -> None:
    """Give ``p`` exact line spacing ``twips``, off the document grid, and blank lines above or
    below it (the title's, the 附件说明's, the 署名's) of the same height."""
    ppr = p.get_or_add_pPr()
    style = paragraph_style(p)
    spacing = ppr.find(_SPACING)
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        ppr.append(spacing)
    if style != st.TITLE:
        spacing.set(qn("w:line"), str(twips))
        spacing.set(qn("w:lineRule"), "exact")
    if style == st.TITLE:
        spacing.set(qn("w:after"), str(twips))
    if style == st.SIGNATURE or (style == st.ATTACHMENT_NOTE and spacing.get(qn("w:before"))):
        spacing.set(qn("w:before"), str(twips))
    snap = ppr.find(qn("w:snapToGrid"))
    if snap is None:
        snap = OxmlElement("w:snapToGrid")
        ppr.append(snap)
    snap.set(_VAL, "0")
    st._order_ppr(ppr)
