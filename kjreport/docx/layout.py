"""Page setup of the official document (GB/T 9704-2012 5.2): A4, margins, 22 lines × 28 chars.

Numbers (DESIGN.md §4): 天头 37 mm, 订口 28 mm, so right 26 mm and bottom 35 mm; 版心 156 × 225 mm.
225 mm ÷ 22 lines = 28.95 pt exact line spacing (579 twips). 16 pt characters fit 27 in the
442 pt line, so characters get −0.25 pt spacing (15.75 pt each, 28 × 15.75 = 441 pt) and the
section gets a ``lines`` document grid: LibreOffice renders Word's ``linesAndChars`` grid with
14 characters per line, the ``lines`` grid plus −0.25 pt renders 28 × 22 in Word and LibreOffice.
"""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Twips

PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
TOP_MM = 37
BOTTOM_MM = 35
LEFT_MM = 28
RIGHT_MM = 26
TEXT_WIDTH_MM = PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM  # 156
TEXT_HEIGHT_MM = PAGE_HEIGHT_MM - TOP_MM - BOTTOM_MM  # 225

LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
BODY_PT = 16  # 3号
LINE_TWIPS = 579  # 28.95 pt = 225 mm / 22
CHAR_SPACING_TWIPS = -5  # −0.25 pt, in twentieths of a point

# The page number's 一字线 sits 7 mm below the 版心 (GB/T 9704 7.5): the footer line box is
# about 14 pt (4号) high, so its bottom is about 35 − 7 − 3 mm above the page edge (measured in
# LibreOffice: the dash's centre 7.0 mm below the 版心).
FOOTER_MM = 25


def mm_to_twips(mm: float) -> int:
    """Return ``mm`` millimetres in twips (1/1440 inch), rounded."""
    return round(mm / 25.4 * 1440)


def indent_chars(chars: float, size_pt: float = BODY_PT) -> int:
    """Return the width of ``chars`` characters of ``size_pt`` in twips (Word's 字符 unit)."""
    return round(chars * size_pt * 20)


def apply_page_setup(section: Section) -> None:
    """Give ``section`` A4 portrait, the GB/T 9704 margins and the 22-line document grid."""
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(PAGE_WIDTH_MM)
    section.page_height = Mm(PAGE_HEIGHT_MM)
    section.top_margin = Twips(mm_to_twips(TOP_MM))
    section.bottom_margin = Twips(mm_to_twips(BOTTOM_MM))
    section.left_margin = Twips(mm_to_twips(LEFT_MM))
    section.right_margin = Twips(mm_to_twips(RIGHT_MM))
    section.gutter = Twips(0)
    section.header_distance = Mm(15)
    section.footer_distance = Twips(mm_to_twips(FOOTER_MM))
    # exact A4 in twips as Word writes it (python-docx's Mm gives 11905/16837)
    pg_sz = section._sectPr.find(qn("w:pgSz"))
    pg_sz.set(qn("w:w"), "11906")
    pg_sz.set(qn("w:h"), "16838")
    set_line_grid(section)


def set_line_grid(section: Section) -> None:
    """Set a ``lines`` document grid of 579 twips on ``section`` (22 lines per page)."""
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_TWIPS))
