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
        return strip_marks(self.text)


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


def segments(text: str) -> list[Any]:
    """Return ``text`` as docx ``Segment`` runs, numbers carrying their draft comments."""
    from kjreport.docx import Segment

    return [Segment(piece, comment=comment) for piece, comment in split_segments(text) if piece]


def write_blocks(doc: Any, blocks: list[Block]) -> None:
    """Add ``blocks`` to the ``OfficialDocument`` ``doc`` in order."""
    for block in blocks:
        if block.kind == "heading":
            doc.heading(block.level, block.plain)
        elif block.kind == "marker":
            doc.marker(block.text)
        else:
            doc.paragraph(segments(block.text))
