"""Page numbers (GB/T 9704 7.5): 4号半角宋体 "— 1 —", odd pages right 空一字, even pages left 空一字.

The odd page number is the section's default footer and the even one its even-page footer;
``w:evenAndOddHeaders`` in settings tells Word to use them alternately.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph

from kjreport.docx.layout import indent_chars
from kjreport.docx.styles import PAGE_NUMBER, style_by_id

DASH = "—"  # 一字线 (U+2014)
PAGE_NUMBER_PT = 14  # 4号


def _field_run(paragraph: Paragraph, instruction: str) -> None:
    """Append a complex field (begin, instruction, separate, "1", end) to ``paragraph``."""

    def add(kind: str, text: str | None = None) -> None:
        run = paragraph.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif kind == "text":
            run.text = text or ""
            return
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    add("begin")
    add("instr", f" {instruction} ")
    add("separate")
    add("text", "1")
    add("end")


def _fill(paragraph: Paragraph, style: BaseStyle, odd: bool) -> None:
    """Write "— PAGE —" into ``paragraph``, aligned for an odd or an even page."""
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.style = style
    fmt = paragraph.paragraph_format
    one_char = Twips(indent_chars(1, PAGE_NUMBER_PT))
    if odd:
        fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fmt.right_indent, fmt.left_indent = one_char, Twips(0)
    else:
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fmt.left_indent, fmt.right_indent = one_char, Twips(0)
    paragraph.add_run(f"{DASH} ")
    _field_run(paragraph, "PAGE")
    paragraph.add_run(f" {DASH}")


def add_page_numbers(doc: DocxDocument) -> None:
    """Give every section of ``doc`` odd (right) and even (left) page-number footers."""
    doc.settings.odd_and_even_pages_header_footer = True
    style = style_by_id(doc, PAGE_NUMBER)
    for section in doc.sections:
        section.footer.is_linked_to_previous = False
        section.even_page_footer.is_linked_to_previous = False
        _fill(section.footer.paragraphs[0], style, odd=True)
        _fill(section.even_page_footer.paragraphs[0], style, odd=False)


def has_page_numbers(doc: DocxDocument) -> bool:
    """Return True when the first section already has a footer with a PAGE field."""
    section = doc.sections[0]
    if section.footer.is_linked_to_previous:
        return False
    return any("PAGE" in (t.text or "") for t in section.footer._element.iter(qn("w:instrText")))
