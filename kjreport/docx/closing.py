"""The last sentence of the text, split off so that only it goes over with the 落款.

GB/T 9704 keeps the 署名 and 成文日期 on a page with text: the builder keeps the last paragraph
of the text with the 附件说明 and the 署名 (keep with next). Word carries only the last lines of
such a paragraph over to the next page; LibreOffice never splits a paragraph that is kept with
the next one (its ``SwTextFrameBreak`` treats "keep with next" like "do not split"), so a
five-line paragraph — and the heading kept with it — went over whole and left the page above it
half empty (QA round 8, F24). A long last paragraph therefore ends in a paragraph of its own
holding its last sentence: that paragraph is the one kept with the 落款, the lines above it flow.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable

from docx.oxml.ns import qn

from kjreport.docx.layout import CHARS_PER_LINE

# a paragraph this many lines long (with its two-character indent) or longer is split
MIN_LINES = 3
# a sentence ends at 。！？ (and any closing quotes or brackets right after it)
SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]*")

_R = qn("w:r")
_T = qn("w:t")
_RPR = qn("w:rPr")
_PPR = qn("w:pPr")
_XML_SPACE = qn("xml:space")
_COMMENT_START = qn("w:commentRangeStart")
_COMMENT_END = qn("w:commentRangeEnd")
_COMMENT_MARKS = (_COMMENT_START, _COMMENT_END)
_PAGE_BREAK_BEFORE = qn("w:pageBreakBefore")


def split_last_sentence(p, width: Callable[[str], float]):
    """Split the body paragraph element ``p`` before its last sentence when it is at least
    ``MIN_LINES`` lines long and has more than one sentence; return the new paragraph element
    (inserted after ``p``, same paragraph properties) or None when ``p`` stays whole. ``width``
    gives a text's width in characters. A run is cut only when it holds plain text, and never
    inside a comment's range (draft documents)."""
    children = [c for c in p if c.tag != _PPR]
    if not children or any(c.tag != _R and c.tag not in _COMMENT_MARKS for c in children):
        return None
    text = "".join(_run_text(c) for c in children if c.tag == _R)
    if math.ceil((2 + width(text)) / CHARS_PER_LINE) < MIN_LINES:
        return None
    ends = [m.end() for m in SENTENCE_END.finditer(text) if m.end() < len(text.rstrip())]
    if not ends:
        return None
    cut = ends[-1]
    i, offset = _run_at(children, cut)
    first = i
    if offset == cut:  # the sentence starts with this run: its comment marks go with it
        while first > 0 and children[first - 1].tag == _COMMENT_START:
            first -= 1
    opened = sum(c.tag == _COMMENT_START for c in children[:first])
    if opened != sum(c.tag == _COMMENT_END for c in children[:first]):
        return None  # the cut would fall inside a comment's range
    moved = children[first:]
    if offset < cut:  # the cut falls inside this run: it is split in two
        run = children[i]
        if not _plain_text_run(run):
            return None
        t = _run_text(run)
        second = copy.deepcopy(run)
        _set_text(run, t[: cut - offset])
        _set_text(second, t[cut - offset :])
        moved = [second, *children[i + 1 :]]
    new = copy.deepcopy(p)
    for c in list(new):
        if c.tag != _PPR:
            new.remove(c)
    for c in new.iter(_PAGE_BREAK_BEFORE):
        c.getparent().remove(c)
    for c in moved:
        new.append(c)  # appending moves the child out of ``p``
    p.addnext(new)
    return new


def _run_at(children: list, cut: int) -> tuple[int, int]:
    """Return the index of the run holding character ``cut`` of the text and where it starts."""
    offset = 0
    for i, child in enumerate(children):
        n = len(_run_text(child)) if child.tag == _R else 0
        if offset + n > cut:
            return i, offset
        offset += n
    raise ValueError(cut)  # cut is inside the text


def _run_text(run) -> str:
    return "".join(t.text or "" for t in run.iter(_T))


def _plain_text_run(run) -> bool:
    """Return True when ``run`` holds only its properties and one ``w:t``."""
    kids = [c for c in run if c.tag != _RPR]
    return len(kids) == 1 and kids[0].tag == _T


def _set_text(run, text: str) -> None:
    t = run.find(_T)
    t.text = text
    if len(text.strip()) < len(text):
        t.set(_XML_SPACE, "preserve")
