"""No page of a 公文 starts with the last one or two characters of the text above the 落款.

QA round 18 L2: a county bulletin ended page 1 with 「…确保完成2024年目标任」 and page 2 held 「务。」,
特此通报, the 附件说明 and the 落款. Its last paragraph is one sentence (``closing`` cannot split it)
and ``fit`` would need lines under 22 pt. GB/T 9704-2012 7.3.5.1 allows adjusting 字距: when the
last paragraph of the text ends in a line of at most ``MAX_SHORT_CHARS`` characters, its
characters are set closer (at most ``MAX_TIGHTEN_TWIPS`` beyond the body's −0.25 pt) when the
estimate says that pulls the short line back. When it cannot, the paragraph gets widow control:
Word and LibreOffice then carry its last two lines over together, never one line of 「务。」.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from kjreport.docx import styles as st
from kjreport.docx.fit import paragraph_style, paragraph_text, text_width
from kjreport.docx.layout import BODY_PT, CHAR_SPACING_TWIPS, TEXT_WIDTH_MM

# a last line of this many characters or fewer is a widow worth pulling back
MAX_SHORT_CHARS = 3
# the most the characters are set closer than the body's spacing: 0.5 pt, in twentieths of a point
MAX_TIGHTEN_TWIPS = 10
# room kept free on each line: the estimate may be short of the engines' breaks (避头尾)
SAFETY_CHARS = 0.5
TEXT_WIDTH_PT = TEXT_WIDTH_MM / 25.4 * 72

_P = qn("w:p")
_R = qn("w:r")
_T = qn("w:t")
_PPR = qn("w:pPr")
_RPR = qn("w:rPr")
_PSTYLE = qn("w:pStyle")
_VAL = qn("w:val")
_STOP = (st.SIGNATURE, st.DATE, st.ATTACHMENT_NOTE)


def last_text_paragraph(body, width: Callable[[str], float]):
    """Return the last body paragraph of two or more lines above the 署名 (the paragraph whose
    last line may go over alone), or None when a heading, table or page break comes first."""
    seen_signature = False
    for element in reversed(body):
        if element.tag == qn("w:sectPr"):
            continue
        if element.tag != _P:
            return None
        style = paragraph_style(element)
        if style == st.SIGNATURE:
            seen_signature = True
        if not seen_signature or style in _STOP or not paragraph_text(element).strip():
            continue
        if style != st.BODY:
            return None
        if _lines(element, width) >= 2:
            return element
        ppr = element.find(_PPR)
        if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
            return None
    return None


def pull_back_short_line(body, width: Callable[[str], float]) -> str | None:
    """Keep the short last line of the text's last long paragraph off the top of a page:
    return "tightened" (its characters set closer), "kept" (widow control) or None (its last
    line is long enough, or there is no such paragraph)."""
    p = last_text_paragraph(body, width)
    if p is None:
        return None
    text = paragraph_text(p)
    chars = 2 + text_width(text, width)  # with the two-character indent
    lines = math.ceil(chars / _per_line())
    if chars - (lines - 1) * _per_line() > MAX_SHORT_CHARS:
        return None
    # each character's advance must shrink so that the text fits in one line fewer
    room = (lines - 1) * (TEXT_WIDTH_PT - SAFETY_CHARS * BODY_PT)
    needed = (room - chars * BODY_PT) / (len(text) + 2) * 20  # twips per character (negative)
    twips = math.floor(needed)
    if CHAR_SPACING_TWIPS - MAX_TIGHTEN_TWIPS <= twips and _plain_runs(p):
        for run in p.iter(_R):
            _set_char_spacing(run, min(twips, CHAR_SPACING_TWIPS))
        return "tightened"
    ppr = p.get_or_add_pPr()
    widow = ppr.find(qn("w:widowControl"))
    if widow is None:
        widow = OxmlElement("w:widowControl")
        ppr.append(widow)
    widow.set(_VAL, "1")
    st._order_ppr(ppr)
    return "kept"


def _per_line() -> float:
    """Characters of 3号 text per line at the body's spacing."""
    return TEXT_WIDTH_PT / (BODY_PT + CHAR_SPACING_TWIPS / 20)


def _lines(p, width: Callable[[str], float]) -> int:
    return math.ceil((2 + text_width(paragraph_text(p), width)) / _per_line())


def _plain_runs(p) -> bool:
    return all(c.tag in (_PPR, _R) for c in p)


def _set_char_spacing(run, twips: int) -> None:
    rpr = run.find(_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run.insert(0, rpr)
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        rpr.append(spacing)
    spacing.set(_VAL, str(twips))
    st._order(rpr, st._RPR_ORDER)

