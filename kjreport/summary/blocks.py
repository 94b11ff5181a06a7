"""The light markup of rendered wording templates, and writing it into a document.

A rendered template is plain text. Paragraphs are separated by blank lines; the lines of one
paragraph are joined without spaces (Chinese text). A paragraph starting with ``#`` … ``####``
and a space is a heading of that level; a paragraph that is entirely a 【…】 marker becomes a
highlighted staff marker; everything else is a body paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kjreport.templating import split_segments, strip_marks

_HEADING = re.compile(r"^(#{1,4})\s+(.*)$", re.S)
_MARKER = re.compile(r"^【[^【】]*】$")


@dataclass(frozen=True)
class Block:
    """One paragraph of rendered text: kind is heading | marker | paragraph."""

    kind: str
    text: str  # may hold draft marks around numbers
    level: int = 0

    @property
    def plain(self) -> str:
        """Return the text without draft marks."""
        return strip_marks(self.text).replace(_RUN_ON, "")


def parse_blocks(rendered: str) -> list[Block]:
    """Return the blocks of a rendered template, in order; empty paragraphs are dropped."""
    blocks: list[Block] = []
    rendered = rendered.replace("\r\n", "\n")
    # a heading line always stands alone, even without blank lines around it
    rendered = re.sub(r"(?m)^[ \t]*(#{1,4}[ \t].*)$", "\n\\1\n", rendered)
    for chunk in re.split(r"\n[ \t\u3000]*\n", rendered):
        text = "".join(line.strip() for line in chunk.split("\n"))
        if not text:
            continue
        if m := _HEADING.match(text):
            blocks.append(Block("heading", m.group(2).strip(), len(m.group(1))))
        elif _MARKER.match(strip_marks(text)):
            blocks.append(Block("marker", strip_marks(text)))
        else:
            blocks.append(Block("paragraph", text))
    return blocks


# a paragraph led by a short sentence labelled in words ("一是加快骨干企业膨胀。全年实现……"): the
# lead is set in bold, as bureaus typeset such paragraphs; a one-sentence item stays plain
_LEAD = re.compile(r"^([一二三四五六七八九十]+是[^。；！？【】]{2,30}。)")
_LABEL = re.compile(r"^([一二三四五六七八九十]+)是")
_RUN_ON = "\ue003"  # marks where a word-labelled item run on into the paragraph begins (bold lead)
_CN_ORDER = "一二三四五六七八九十"


def _label(block: Block) -> int:
    """Return N of a paragraph led by "N是…。" with text after the lead (1 for 一是), else 0."""
    text = block.plain
    m = _LEAD.match(text)
    if block.kind != "paragraph" or not m or len(text) == len(m.group(1)):
        return 0
    word = _LABEL.match(text).group(1)  # type: ignore[union-attr]
    return _CN_ORDER.index(word) + 1 if len(word) == 1 else 0


def run_on_items(blocks: list[Block], limit: int = 250, greedy: bool = False) -> list[Block]:
    """Return ``blocks`` with each run of short word-labelled items of one section ("一是……。
    二是……。三是……。", labels in order, each one paragraph) joined into one paragraph when all
    of it fits in ``limit`` characters, as most bureaus write them (宁波 2012, 泰安 2012, 商丘
    2016 in tests/text/real_summaries); a run too long for one paragraph stays one item a
    paragraph — or, ``greedy``, is packed in order into as few paragraphs of at most ``limit``
    characters as fit, an item never split (存在的问题: "一是……。二是……。" then "三是……。").
    An item with a staff marker, or written in more than one paragraph, ends a run."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        if _label(blocks[i]) == 1:
            while (
                j < len(blocks)
                and _label(blocks[j]) == _label(blocks[j - 1]) + 1
                and not (j + 1 < len(blocks) and blocks[j + 1].kind == "marker")
            ):
                j += 1
        run = blocks[i:j]
        if len(run) > 1 and sum(len(b.plain) for b in run) <= limit:
            out.append(_joined(run))
        elif len(run) > 1 and greedy:
            pack: list[Block] = []
            for b in run:
                if pack and sum(len(x.plain) for x in pack) + len(b.plain) > limit:
                    out.append(_joined(pack))
                    pack = []
                pack.append(b)
            out.append(_joined(pack))
        else:
            out.extend(run)
        i = j
    return out


def _joined(run: list[Block]) -> Block:
    """Return the items of ``run`` as one paragraph, each keeping its bold lead."""
    if len(run) == 1:
        return run[0]
    return Block("paragraph", run[0].text + "".join(_RUN_ON + b.text for b in run[1:]))


def segments(text: str, lead_alone: bool = False) -> list[Any]:
    """Return ``text`` as docx ``Segment`` runs, numbers carrying their draft comments; a lead
    sentence labelled in words ("一是……。") followed by more text — or standing alone before a
    staff marker (``lead_alone``) — is a bold run of its own."""
    from kjreport.docx import Segment

    if _RUN_ON in text:  # items run on into one paragraph: each keeps its bold lead
        out: list[Any] = []
        for part in text.split(_RUN_ON):
            out.extend(segments(part))
        return out
    pieces = [Segment(piece, comment=comment) for piece, comment in split_segments(text) if piece]
    first = pieces[0] if pieces else None
    if first is not None and first.comment is None and (m := _LEAD.match(first.text)):
        lead = m.group(1)
        if len(strip_marks(text)) > len(lead) or lead_alone:
            rest = first.text[len(lead):]
            pieces[0:1] = [Segment(lead, bold=True)] + ([Segment(rest)] if rest else [])
    return pieces


def write_blocks(doc: Any, blocks: list[Block]) -> None:
    """Add ``blocks`` to the ``OfficialDocument`` ``doc`` in order."""
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            doc.heading(block.level, block.plain)
        elif block.kind == "marker":
            doc.marker(block.text)
        else:
            before_marker = i + 1 < len(blocks) and blocks[i + 1].kind == "marker"
            doc.paragraph(segments(block.text, lead_alone=before_marker))
