"""Fonts and named styles of the official document (GB/T 9704-2012 字体字号).

Every style the builder uses is defined here once, with a Chinese name staff see in Word's style
gallery and an ASCII style id the code refers to. Every ``w:rFonts`` written here names the East
Asian face in ``w:eastAsia`` and carries no ``*Theme`` attribute (a theme attribute overrides the
explicit name); the East Asian language is zh-CN throughout.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from docx.styles.style import BaseStyle

from kjreport.docx.layout import BODY_PT, CHAR_SPACING_TWIPS, LINE_TWIPS, indent_chars

TITLE_FONT = "方正小标宋简体"
FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
SONGTI = "宋体"
LATIN = "Times New Roman"
LANG_EAST_ASIA = "zh-CN"

# Word falls back to w:altName when the first name is missing (e.g. 仿宋_GB2312 on Windows 10).
ALT_NAMES = {FANGSONG: "仿宋", KAITI: "楷体", HEITI: "SimHei", SONGTI: "SimSun", TITLE_FONT: "宋体"}

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


@dataclass(frozen=True)
class StyleSpec:
    """One paragraph style: its id, the Chinese name staff see, fonts, size and layout."""

    style_id: str
    name: str
    east_asia: str = FANGSONG
    size_pt: float = BODY_PT
    bold: bool = False
    align: WD_ALIGN_PARAGRAPH | None = None
    first_line_chars: float = 0
    outline_level: int | None = None
    line_twips: int | None = LINE_TWIPS  # exact spacing; None = single (pictures, tables)
    before_twips: int = 0
    after_twips: int = 0
    keep_with_next: bool = False
    latin: str = LATIN
    char_spacing: int | None = None  # twentieths of a point; None = inherit from Normal
    based_on: str = "Normal"
    snap_to_grid: bool = True  # False for text larger than the grid (LibreOffice gives it 2 lines)


BODY = "KjBody"
TITLE = "KjTitle"
HEADINGS = ("KjHeading1", "KjHeading2", "KjHeading3", "KjHeading4")
SIGNATURE = "KjSignature"
DATE = "KjDate"
ATTACHMENT_NOTE = "KjAttachmentNote"
ATTACHMENT_LABEL = "KjAttachmentLabel"
ATTACHMENT_TITLE = "KjAttachmentTitle"
TABLE_TEXT = "KjTableText"
TABLE_HEADER = "KjTableHeader"
TABLE_NOTE = "KjTableNote"
FIGURE = "KjFigure"
CAPTION = "KjCaption"
PAGE_NUMBER = "KjPageNumber"
MASTHEAD = "KjMasthead"  # 发文机关标志 (版头)
DOC_NUMBER = "KjDocNumber"  # 发文字号
IMPRINT = "KjImprint"  # 版记: 抄送机关, 印发机关和印发日期

_C = WD_ALIGN_PARAGRAPH.CENTER
_R = WD_ALIGN_PARAGRAPH.RIGHT
_L = WD_ALIGN_PARAGRAPH.LEFT

STYLE_SPECS: tuple[StyleSpec, ...] = (
    StyleSpec(BODY, "公文正文", first_line_chars=2),
    StyleSpec(
        TITLE,
        "公文标题",
        TITLE_FONT,
        22,
        align=_C,
        after_twips=LINE_TWIPS,
        keep_with_next=True,
        char_spacing=0,
        snap_to_grid=False,
    ),
    StyleSpec(
        HEADINGS[0], "一级标题", HEITI, first_line_chars=2, outline_level=0, keep_with_next=True
    ),
    StyleSpec(
        HEADINGS[1], "二级标题", KAITI, first_line_chars=2, outline_level=1, keep_with_next=True
    ),
    StyleSpec(
        HEADINGS[2],
        "三级标题",
        FANGSONG,
        bold=True,
        first_line_chars=2,
        outline_level=2,
        keep_with_next=True,
    ),
    StyleSpec(
        HEADINGS[3], "四级标题", FANGSONG, first_line_chars=2, outline_level=3, keep_with_next=True
    ),
    StyleSpec(SIGNATURE, "发文机关署名", align=_R, before_twips=LINE_TWIPS, keep_with_next=True),
    StyleSpec(DATE, "成文日期", align=_R),
    StyleSpec(ATTACHMENT_NOTE, "附件说明", align=_L),
    StyleSpec(
        ATTACHMENT_LABEL, "附件标识", HEITI, align=_L, after_twips=LINE_TWIPS, keep_with_next=True
    ),
    StyleSpec(
        ATTACHMENT_TITLE,
        "附件标题",
        TITLE_FONT,
        22,
        align=_C,
        after_twips=LINE_TWIPS,
        keep_with_next=True,
        char_spacing=0,
        snap_to_grid=False,
    ),
    StyleSpec(TABLE_TEXT, "表格文字", size_pt=12, align=_L, line_twips=None, char_spacing=0),
    StyleSpec(
        TABLE_HEADER,
        "表格标题行",
        HEITI,
        12,
        align=_C,
        line_twips=None,
        char_spacing=0,
        based_on=TABLE_TEXT,
    ),
    # 表注 (注：… under a table): the table's size, single spaced, off the grid, so a note of
    # several lines fits below a table that ends low on the page instead of spilling over
    StyleSpec(TABLE_NOTE, "表注", size_pt=12, align=_L, line_twips=None, char_spacing=0, snap_to_grid=False),
    StyleSpec(FIGURE, "图片", align=_C, line_twips=None, keep_with_next=True),
    StyleSpec(CAPTION, "图题", size_pt=14, align=_C, char_spacing=0),
    StyleSpec(MASTHEAD, "发文机关标志", TITLE_FONT, 42, align=_C, char_spacing=0, snap_to_grid=False),
    StyleSpec(DOC_NUMBER, "发文字号", align=_C),
    StyleSpec(IMPRINT, "版记", size_pt=14, align=_L, char_spacing=0),
    StyleSpec(PAGE_NUMBER, "页码", SONGTI, 14, latin=SONGTI, line_twips=None, char_spacing=0),
)


def set_fonts(rpr, east_asia: str, latin: str = LATIN) -> None:
    """Name ``east_asia`` for Chinese text and ``latin`` for Latin letters and digits on a
    ``w:rPr``; drop every theme attribute, which would override the names."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")


def set_child(parent, tag: str, **attrs: str):
    """Return the child ``tag`` of ``parent`` (created at the end if absent) with ``attrs`` set."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        parent.append(child)
    for key, value in attrs.items():
        child.set(qn(f"w:{key}"), value)
    return child


def set_lang(rpr) -> None:
    """Set the East Asian language of ``rpr`` to zh-CN."""
    set_child(rpr, "w:lang", val="en-US", eastAsia=LANG_EAST_ASIA, bidi="ar-SA")


def _configure_normal(doc: DocxDocument) -> None:
    """Make Normal the body face: 3号仿宋, exact 28.95 pt lines, −0.25 pt, no widow control."""
    normal = doc.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    set_fonts(rpr, FANGSONG)
    normal.font.size = Pt(BODY_PT)
    set_child(rpr, "w:spacing", val=str(CHAR_SPACING_TWIPS))
    set_lang(rpr)
    fmt = normal.paragraph_format
    fmt.line_spacing = Twips(LINE_TWIPS)
    fmt.space_before = Twips(0)
    fmt.space_after = Twips(0)
    fmt.widow_control = False
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # no punctuation hanging into the margin: LibreOffice drops a hanging line-end "，"
    set_child(normal.element.get_or_add_pPr(), "w:overflowPunct", val="0")
    _order_ppr(normal.element.get_or_add_pPr())
    _order(rpr, _RPR_ORDER)


def _apply_spec(style: BaseStyle, spec: StyleSpec, doc: DocxDocument) -> None:
    """Write ``spec`` into ``style``."""
    style.base_style = style_by_id(doc, spec.based_on) if spec.based_on in _ids(doc) else None
    style.quick_style = True
    rpr = style.element.get_or_add_rPr()
    set_fonts(rpr, spec.east_asia, spec.latin)
    style.font.size = Pt(spec.size_pt)
    style.font.bold = spec.bold
    if spec.char_spacing is not None:
        set_child(rpr, "w:spacing", val=str(spec.char_spacing))
    _order(rpr, _RPR_ORDER)
    fmt = style.paragraph_format
    if spec.align is not None:
        fmt.alignment = spec.align
    if spec.line_twips is None:
        fmt.line_spacing = 1.0
    else:
        fmt.line_spacing = Twips(spec.line_twips)
    fmt.space_before = Twips(spec.before_twips)
    fmt.space_after = Twips(spec.after_twips)
    fmt.keep_with_next = spec.keep_with_next
    ppr = style.element.get_or_add_pPr()
    ind = set_child(ppr, "w:ind", firstLine=str(indent_chars(spec.first_line_chars, spec.size_pt)))
    ind.set(qn("w:firstLineChars"), str(int(spec.first_line_chars * 100)))
    if spec.line_twips is None or not spec.snap_to_grid:
        set_child(ppr, "w:snapToGrid", val="0")
    if spec.outline_level is not None:
        set_child(ppr, "w:outlineLvl", val=str(spec.outline_level))
    _order_ppr(ppr)


# CT_PPrBase child order (ECMA-376 17.3.1.26); Word rejects out-of-order children.
_PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
).split()


def _order_ppr(ppr) -> None:
    """Sort the children of a ``w:pPr`` into schema order."""
    _order(ppr, _PPR_ORDER)


# CT_RPr child order (ECMA-376 17.3.2.28).
_RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()


def _order(parent, names: list[str]) -> None:
    """Sort the children of ``parent`` into the schema order ``names``."""
    rank = {qn(f"w:{n}"): i for i, n in enumerate(names)}
    for child in sorted(parent, key=lambda el: rank.get(el.tag, len(rank))):
        parent.append(child)


def _ids(doc: DocxDocument) -> set[str]:
    return {s.style_id for s in doc.styles}


def style_by_id(doc: DocxDocument, style_id: str) -> BaseStyle:
    """Return the style of ``doc`` whose id is ``style_id`` (KeyError when absent)."""
    for style in doc.styles:
        if style.style_id == style_id:
            return style
    raise KeyError(style_id)


def ensure_styles(doc: DocxDocument, *, overwrite: bool = False) -> None:
    """Add every official style missing from ``doc`` (all of them when ``overwrite``), so a
    reference document restyled by staff keeps its own look and only gaps are filled."""
    by_id = {s.style_id: s for s in doc.styles}
    for spec in STYLE_SPECS:
        style = by_id.get(spec.style_id)
        if style is not None and not overwrite:
            continue
        if style is None:
            style = doc.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
            style.style_id = spec.style_id
            by_id[spec.style_id] = style
        _apply_spec(style, spec, doc)


def fix_defaults(doc: DocxDocument) -> None:
    """Replace python-docx's theme fonts and Japanese East Asian defaults with Chinese ones:
    docDefaults, every style's rFonts, settings' themeFontLang and the theme's ``a:ea`` face."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr_default is not None:
        set_fonts(rpr_default, SONGTI)
        set_lang(rpr_default)
        _order(rpr_default, _RPR_ORDER)
    for fonts in list(styles.iter(qn("w:rFonts"))):
        for attr in _THEME_ATTRS:
            fonts.attrib.pop(qn(attr), None)
        if not fonts.attrib:  # only theme fonts were named: inherit the defaults instead
            fonts.getparent().remove(fonts)
        elif fonts.get(qn("w:eastAsia")) is None:
            fonts.set(qn("w:eastAsia"), SONGTI)
    for lang in styles.iter(qn("w:lang")):
        if lang.get(qn("w:eastAsia")) is not None:
            lang.set(qn("w:eastAsia"), LANG_EAST_ASIA)
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), LANG_EAST_ASIA)
    _fix_theme(doc)
    _add_font_table_entries(doc)
    _configure_normal(doc)


def _fix_theme(doc: DocxDocument) -> None:
    """Make the theme's East Asian major and minor faces 宋体 (python-docx ships Japanese ones)."""
    for part in doc.part.package.iter_parts():
        if not str(part.partname).startswith("/word/theme/"):
            continue
        xml = part.blob.decode("utf-8")
        xml = xml.replace('<a:ea typeface=""/>', f'<a:ea typeface="{SONGTI}"/>')
        part._blob = xml.encode("utf-8")  # generic Part: its bytes are what gets saved


def _add_font_table_entries(doc: DocxDocument) -> None:
    """List the Chinese faces in fontTable.xml with GB2312 charset and a fallback ``w:altName``."""
    from lxml import etree

    for part in doc.part.package.iter_parts():
        if str(part.partname) != "/word/fontTable.xml":
            continue
        root = etree.fromstring(part.blob)
        have = {f.get(qn("w:name")) for f in root.iter(qn("w:font"))}
        for name, alt in ALT_NAMES.items():
            if name in have:
                continue
            font = etree.SubElement(root, qn("w:font"))
            font.set(qn("w:name"), name)
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alt)
            etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")
            etree.SubElement(font, qn("w:family")).set(qn("w:val"), "modern")
            etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "fixed")
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def apply_styles(doc: DocxDocument) -> None:
    """Give ``doc`` the Chinese defaults and every official style (overwriting same-id ones)."""
    fix_defaults(doc)
    ensure_styles(doc, overwrite=True)
