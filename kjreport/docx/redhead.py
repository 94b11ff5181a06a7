"""版头 and 版记 of a 下行文 (GB/T 9704-2012 7.2, 7.4): the red head of a 通报 and its end block.

版头 (7.2.4, 7.2.5, 7.2.7): the 发文机关标志 centred, its upper edge 35 mm below the top of the
版心, in red 小标宋 — 35 mm for every 文件格式 document, 上行文 and 下行文 alike (GB/T 9704-1999's
25 mm and 80 mm for 上报 documents are gone; 20 mm is the 命令格式, 30 mm from the page edge the
信函格式); the 发文字号 two blank lines below it, centred (a 下行文 has no 签发人: its number is not
moved left); a red line as wide as the 版心 4 mm below the 发文字号; the title two blank lines
below the line. The standard sets no thickness for that line: 1.5 pt, as common 红头 templates.

On pre-printed 红头 paper (套印) the 标志 and the red line are on the paper already: the space they
take is kept, line for line, and only the 发文字号 — never pre-printed — is set, in its place.

版记 (7.4): 抄送机关 (4号仿宋, 左右各空一字, wrapped lines under the first name) and 印发机关 (左空一字)
with the 印发日期 (右空一字, "…印发") between full-width rules: the first and last 0.35 mm, the one
between 0.25 mm (Word's 1 pt and ¾ pt borders: 0.353 and 0.265 mm); the last rule lies on the
bottom edge of the last page's 版心, and the last page of a document printed on both sides is an
even one (7.4, 7.5). The block is a table in a text box floated to the foot of the 版心 (an offset
from the top of the page), anchored in the only paragraph of the document's last section; that
section starts on an even page (``w:type evenPage``) and has empty footers. Text ending on an odd
page: the 版记 on the back of that sheet; on an even page: a blank page, then the 版记 page, and
neither is numbered (7.5: 版记页前有空白页的，空白页和版记页均不编排页码). Word, WPS and
LibreOffice all honour a section's start page; none can be told "on this page if it is even and has
room, else on the next even page" without knowing the page count, so a text ending on an even page
with room to spare still gets the blank page and the 版记 page (DESIGN.md, 版记).
"""

from __future__ import annotations

import copy

from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips

from kjreport.docx import styles as st
from kjreport.docx.layout import LINE_TWIPS, TEXT_WIDTH_MM, indent_chars, mm_to_twips

RED = "FF0000"
MARK_TOP_MM = 35  # 7.2.4: upper edge of the 发文机关标志 below the top of the 版心
MARK_MAX_PT = 42  # about 15 mm high; a longer name is set smaller to stay within the 版心
LINE_BELOW_NUMBER_MM = 4  # 7.2.7
RED_LINE_EIGHTHS = 12  # 1.5 pt
IMPRINT_PT = 14  # 4号
THICK_EIGHTHS = 8  # 1 pt ≈ 0.35 mm (7.4.1 推荐 0.35 mm)
THIN_EIGHTHS = 6  # 0.75 pt ≈ 0.25 mm (7.4.1 推荐 0.25 mm)
TEXT_WIDTH_PT = TEXT_WIDTH_MM / 25.4 * 72

# The mark's line box is 1.25 times its size; LibreOffice sets its glyphs' upper edge about 0.17 of
# the size below the top of that box (measured at 300 dpi with 方正小标宋简体's stand-in), so the
# space above is 35 mm less that.
MARK_LINE = 1.25
MARK_INK_TOP = 0.17
# the 发文字号's glyphs end about 1 mm (2.8 pt) above the foot of its paragraph (measured likewise)
NUMBER_INK_BOTTOM_PT = 2.8


def mark_size_pt(mark: str) -> float:
    """Return the 发文机关标志's size in points: ``MARK_MAX_PT``, or smaller so that the name fits
    the 版心 width on one line (half a character to spare)."""
    from kjreport.docx.document import display_width

    chars = display_width(mark) + 0.5
    return min(MARK_MAX_PT, int(TEXT_WIDTH_PT / chars * 2) / 2)


def mark_spacing(mark: str) -> tuple[int, int]:
    """Return (space above, exact line height) of the 发文机关标志's paragraph, in twips."""
    size = mark_size_pt(mark)
    above = mm_to_twips(MARK_TOP_MM) - round(size * MARK_INK_TOP * 20)
    return above, round(size * MARK_LINE * 20)


def _spacing(p, *, before: int = 0, after: int = 0, line: int = LINE_TWIPS) -> None:
    fmt = p.paragraph_format
    fmt.space_before = Twips(before)
    fmt.space_after = Twips(after)
    fmt.line_spacing = Twips(line)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:snapToGrid {nsdecls("w")} w:val="0"/>'))
    st._order_ppr(ppr)


def add_masthead(doc, mark: str, number: str, *, printed: bool = True) -> list:
    """Add the 版头 at the top of ``doc`` (an ``OfficialDocument``, nothing written yet): the
    发文机关标志 ``mark``, the 发文字号 ``number`` and the red line; with ``printed`` False (套印)
    the same space with only the 发文字号 set. Return the two paragraphs."""
    above, line = mark_spacing(mark)
    head = doc._paragraph(st.MASTHEAD, mark if printed else None)
    _spacing(head, before=above, after=2 * LINE_TWIPS, line=line)
    head.paragraph_format.keep_with_next = True
    if printed:
        run = head.runs[0]
        run.font.size = Pt(mark_size_pt(mark))
        rpr = run._r.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:color {nsdecls("w")} w:val="{RED}"/>'))
        st._order(rpr, st._RPR_ORDER)
    num = doc._paragraph(st.DOC_NUMBER, number)
    # the line is the 发文字号 paragraph's lower border, 4 mm below the text's lower edge
    gap_pt = max(0, round(LINE_BELOW_NUMBER_MM / 25.4 * 72 - NUMBER_INK_BOTTOM_PT))
    border = round((gap_pt + RED_LINE_EIGHTHS / 8) * 20)  # the line and its distance
    # on pre-printed paper no line is drawn: its height goes below the number instead, so the
    # title stands where it stands under a printed 版头
    _spacing(num, after=2 * LINE_TWIPS - (border if printed else 0))
    num.paragraph_format.keep_with_next = True
    ppr = num._p.get_or_add_pPr()
    colour = RED if printed else "auto"
    size = RED_LINE_EIGHTHS if printed else 0
    kind = "single" if printed else "nil"
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="{kind}" w:sz="{size}" w:space="{gap_pt if printed else 0}" '
        f'w:color="{colour}"/></w:pBdr>'
    ))
    st._order_ppr(ppr)
    return [head, num]


def masthead_twips(mark: str) -> int:
    """Return the height the 版头 takes from the top of the 版心 to the title, in twips."""
    above, line = mark_spacing(mark)
    return above + line + 5 * LINE_TWIPS  # 标志, 下空二行, 发文字号, the line and 下空二行


def imprint_lines(copies: str) -> int:
    """Return the lines the 抄送 row takes: its names wrap under the first one."""
    from kjreport.docx.document import display_width

    if not copies:
        return 0
    per_line = TEXT_WIDTH_MM / 25.4 * 72 / IMPRINT_PT - 2 - 3  # 左右各空一字, 抄送：
    text = copies.rstrip("。．.") + "。"
    return max(1, -(-int(display_width(text) * 2) // int(per_line * 2)))


def imprint_twips(copies: str) -> int:
    """Return the height of the 版记 in twips: one grid line for each of its lines."""
    return (imprint_lines(copies) + 1) * LINE_TWIPS


def add_imprint(doc, copies: str, printer: str, date_text: str) -> None:
    """Add the 版记 at the foot of the last page of ``doc``: 抄送 ``copies`` (none when empty),
    the 印发机关 ``printer`` and ``date_text`` 印发, between the rules of 7.4.1."""
    width = mm_to_twips(TEXT_WIDTH_MM)
    one = indent_chars(1, IMPRINT_PT)
    rows = []
    if copies:
        label = "抄送："
        hang = indent_chars(len(label), IMPRINT_PT)
        text = copies.rstrip("。．.") + "。"
        rows.append(_row(width, one + hang, one, -hang, label + text, lines=imprint_lines(copies)))
    rows.append(_row(width, one, one, 0, printer, tail=f"{date_text}印发", tab=width - one, lines=1))
    borders = (
        f'<w:top w:val="single" w:sz="{THICK_EIGHTHS}" w:space="0" w:color="000000"/>'
        '<w:left w:val="nil"/>'
        f'<w:bottom w:val="single" w:sz="{THICK_EIGHTHS}" w:space="0" w:color="000000"/>'
        '<w:right w:val="nil"/>'
        f'<w:insideH w:val="single" w:sz="{THIN_EIGHTHS}" w:space="0" w:color="000000"/>'
        '<w:insideV w:val="nil"/>'
    )
    table = (
        f'<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>{"".join(rows)}</w:tbl>'
    )
    height = imprint_twips(copies)
    cx, cy = width * EMU_PER_TWIP, height * EMU_PER_TWIP
    # from the top of the page to the 版记's top: its last rule on the foot of the 版心. An offset
    # from the page, not "bottom of the margin": LibreOffice (7.4) sets a margin-aligned frame
    # about 3 mm low on a page that starts an evenPage section.
    section = doc.docx.sections[-1]
    top = (section.page_height.twips - section.bottom_margin.twips - height) * EMU_PER_TWIP
    shape_id = doc._doc.part.next_id
    drawing = parse_xml(
        f'<w:r xmlns:w="{W_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" xmlns:wps="{WPS_NS}">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{top}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{shape_id}" name="版记"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{WPS_NS}"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{table}<w:p><w:pPr><w:pStyle w:val="{st.IMPRINT}"/>'
        '<w:snapToGrid w:val="0"/><w:spacing w:line="20" w:lineRule="exact"/></w:pPr></w:p>'
        '</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    )
    _end_text_section(doc)
    anchor = _tiny_paragraph(doc)
    anchor._p.append(drawing)
    _start_imprint_section(doc.docx)


def _tiny_paragraph(doc):
    """Return a new 版记-style paragraph one point high, off the grid: it takes no room."""
    p = doc._paragraph(st.IMPRINT)
    p.paragraph_format.line_spacing = Twips(20)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:snapToGrid {nsdecls("w")} w:val="0"/>'))
    st._order_ppr(ppr)
    return p


def _end_text_section(doc) -> None:
    """End the text's section on its last paragraph (a copy of the body's page setup and
    page-number footers in that paragraph's ``w:pPr``), so the 版记 can have a section of its own.
    Nothing is added after the text's last line: a page filled to the last line stays one page.
    After a table (a section break lives in a paragraph) a one-point paragraph carries it."""
    body = doc.docx.element.body
    final = body[-1]
    last = final.getprevious()
    if last is None or last.tag != qn("w:p") or last.find(f"{{{W_NS}}}pPr/{{{W_NS}}}sectPr") is not None:
        last = _tiny_paragraph(doc)._p
    ppr = last.get_or_add_pPr()
    ppr.append(copy.deepcopy(final))
    st._order_ppr(ppr)


def _start_imprint_section(docx) -> None:
    """Make the body's last section, which holds only the 版记, start on an even page (双面印刷:
    the 版记 is on the back of the last sheet) with empty footers: no page number on the 版记
    page, nor on the blank page Word/WPS/LibreOffice put before it when the text ends on an
    even page (GB/T 9704 7.5: 版记页前有空白页的，空白页和版记页均不编排页码)."""
    section = docx.sections[-1]
    section.start_type = WD_SECTION.EVEN_PAGE
    section.different_first_page_header_footer = False
    style = st.style_by_id(docx, st.PAGE_NUMBER)
    sect_pr = section._sectPr
    for ref in sect_pr.findall(qn("w:footerReference")) + sect_pr.findall(qn("w:headerReference")):
        sect_pr.remove(ref)  # the text's section keeps its page-number footers …
    for footer in (section.footer, section.even_page_footer):
        footer.is_linked_to_previous = False  # … the 版记's has empty ones of its own
        for p in footer.paragraphs:
            p.style = style  # the page number's 4号 line, nothing in it


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
EMU_PER_TWIP = 635


def _row(width: int, left: int, right: int, first: int, text: str, *, tail: str = "", tab: int = 0,
         lines: int = 1) -> str:
    from xml.sax.saxutils import escape

    tabs = f'<w:tabs><w:tab w:val="right" w:pos="{tab}"/></w:tabs>' if tab else ""
    runs = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    if tail:
        runs += f'<w:r><w:tab/><w:t xml:space="preserve">{escape(tail)}</w:t></w:r>'
    ind = f'<w:ind w:left="{left}" w:right="{right}" w:firstLine="0" w:firstLineChars="0"/>'
    if first < 0:
        ind = f'<w:ind w:left="{left}" w:right="{right}" w:hanging="{-first}" w:firstLineChars="0"/>'
    return (
        f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{lines * LINE_TWIPS}" w:hRule="exact"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
        '<w:vAlign w:val="center"/></w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{st.IMPRINT}"/>{tabs}{ind}</w:pPr>{runs}</w:p></w:tc></w:tr>'
    )
