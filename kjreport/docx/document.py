"""``OfficialDocument``: builds a GB/T 9704 official document (公文) with python-docx.

The builder knows the official layout; the summary code above it only says what comes next
(title, heading, paragraph, table, …). Styles come from a reference document
(``templates/reference.docx``) that staff may restyle in Word; styles it lacks are added.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import io
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.parts.styles import StylesPart
from docx.shared import Mm, Pt, Twips
from docx.text.paragraph import Paragraph
from lxml import etree

from kjreport.docx import styles as st
from kjreport.docx.closing import split_last_sentence
from kjreport.docx.fit import fit_signature_page, runs_over
from kjreport.docx.footer import add_page_numbers, has_page_numbers
from kjreport.docx.layout import TEXT_WIDTH_MM, apply_page_setup, indent_chars
from kjreport.docx.package import save_package
from kjreport.docx.title import split_title
from kjreport.docx.widow import pull_back_short_line
from kjreport.errors import KjreportError, TemplateError
from kjreport.text.brackets import cjk_brackets

if TYPE_CHECKING:
    from kjreport.docx.charts import NativeChart

COMMENT_AUTHOR = "kjreport"
COMMENT_INITIALS = "KJ"


MAX_PICTURE_HEIGHT_MM = 200  # 225 mm 版心 less the caption and a little room


def _png_size(png: bytes) -> tuple[int, int] | None:
    """Return (width, height) in pixels from a PNG header, or None for other formats."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        return None
    w, h = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    return (w, h) if w and h else None


class DocumentSaveError(KjreportError):
    """The Word file cannot be written (folder missing, file open in Word, no permission)."""


@dataclass(frozen=True)
class Segment:
    """A run of paragraph text; ``comment`` becomes a Word comment in draft documents."""

    text: str
    comment: str | None = None
    bold: bool = False


def default_reference() -> Path | None:
    """Return ``templates/reference.docx`` when it exists, else None."""
    from kjreport.templating import templates_root

    root = templates_root()
    if root is None or not (root / "reference.docx").is_file():
        return None
    return root / "reference.docx"


def new_reference_document() -> DocxDocument:
    """Return an empty python-docx document with the official page setup, styles and footers
    (what ``templates/make_reference.py`` saves as ``reference.docx``)."""
    doc = docx.Document()
    st.apply_styles(doc)
    for section in doc.sections:
        apply_page_setup(section)
    add_page_numbers(doc)
    _clear_body(doc)
    return doc


def _clear_body(doc: DocxDocument) -> None:
    """Remove every paragraph and table from the body, keeping the final section properties."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _open_reference(reference: Path, content: bytes | None = None) -> DocxDocument:
    """Return the reference document emptied of content, with missing official styles added
    (read from ``content``, the file's bytes, when given)."""
    try:
        doc = docx.Document(io.BytesIO(content) if content is not None else str(reference))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TemplateError(
            f"参考文档 {reference} 无法打开（{type(exc).__name__}）；"
            "应为 Word 2007 及以上版本保存的 .docx 文件。"
        ) from exc
    _clear_body(doc)
    st.ensure_styles(doc)
    if not has_page_numbers(doc):
        add_page_numbers(doc)
    return doc


class _StylesOnWrite(StylesPart):
    """The styles part of a document started from a prepared reference: it shares the
    reference's styles (the largest part, ~350 KB of XML) until something reads its XML, and
    only then takes its own copy — so a change made to one document's styles never reaches
    another, and a document that only names its styles (all of kjreport's) never copies or
    re-serialises them."""

    def __init__(self, shared: StylesPart, blob: bytes):
        Part.__init__(self, shared.partname, shared.content_type, package=shared.package)
        self._shared = shared
        self._shared_blob = blob
        self._own: object = None

    @property
    def _element(self):  # type: ignore[override]
        if self._own is None:
            self._own = copy.deepcopy(self._shared._element)
        return self._own

    @_element.setter
    def _element(self, element) -> None:
        self._own = element

    @property
    def blob(self) -> bytes:
        return self._shared_blob if self._own is None else serialize_part_xml(self._own)


class _Prepared:
    """A reference document made ready once (body emptied, official styles and page numbers
    added) and the ids of its styles; every document of a process starts as a copy of it."""

    def __init__(self, doc: DocxDocument):
        doc._Document__body = None  # type: ignore[attr-defined]  # no proxy onto a child element
        self.doc = doc
        self.style_ids = frozenset(s.style_id for s in doc.styles)
        # Parts python-docx keeps as plain bytes (theme, fonts, stylesWithEffects, thumbnail …)
        # with no relationships of their own: nothing ever changes them after preparation, so
        # every copy shares them; the XML parts (document, styles, settings, footers …) are
        # copied, since a document may change them.
        parts = list(doc.part.package.iter_parts())
        self.shared = {id(p): p for p in parts if type(p) is Part and not p.rels}
        self.styles = next((p for p in parts if type(p) is StylesPart and not p.rels), None)
        self.styles_blob = self.styles.blob if self.styles is not None else b""

    def copy(self) -> DocxDocument:
        memo = dict(self.shared)
        styles = None
        if self.styles is not None:
            styles = memo[id(self.styles)] = _StylesOnWrite(self.styles, self.styles_blob)
        doc = copy.deepcopy(self.doc, memo)
        if styles is not None:
            styles._package = doc.part.package
        return doc


# One prepared reference per process, keyed by the reference file's bytes (a restyled or
# replaced file is prepared afresh); a batch of bulletins opens and parses it once per worker
# instead of once per bulletin.
_PREPARED: dict[bytes | None, _Prepared] = {}


def _prepared(reference: Path | None) -> _Prepared:
    """Return the prepared reference document for ``reference`` (None: the built-in one)."""
    content = None
    if reference is not None:
        try:
            content = Path(reference).read_bytes()
        except OSError:
            _open_reference(reference)  # raises the reference's Chinese message
            raise
    key = hashlib.sha256(content).digest() if content is not None else None
    prepared = _PREPARED.get(key)
    if prepared is None:
        doc = _open_reference(reference, content) if reference else new_reference_document()
        prepared = _Prepared(doc)
        _PREPARED.clear()  # keep only the latest: a process uses one reference
        _PREPARED[key] = prepared
    return prepared


_SECT_PR = qn("w:sectPr")
_T = qn("w:t")
_XML_SPACE = qn("xml:space")
_PROTOTYPES: dict[str, object] = {}


def _paragraph_prototype(style: str):
    """Return an empty ``w:p`` of paragraph style ``style`` (``<w:pPr><w:pStyle/></w:pPr>``),
    made once per style with python-docx and copied for each paragraph."""
    p = _PROTOTYPES.get(style)
    if p is None:
        from docx.oxml.parser import OxmlElement

        p = _PROTOTYPES[style] = OxmlElement("w:p")
        p.style = style
    return p


_RUN: list = []
_KEEP_NEXT = qn("w:keepNext")
_VAL = qn("w:val")
_PPR_ORDER: dict[str, int] = {}
# the order of w:pPr's children (ECMA-376 CT_PPrBase, then rPr sectPr pPrChange), as python-docx
# keeps them
_PPR_SEQUENCE = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
)


def _keep_with_next(p) -> None:
    """Keep the paragraph element ``p`` with the next one: the ``<w:keepNext/>`` python-docx's
    ``paragraph_format.keep_with_next = True`` writes, put in the same place among the
    paragraph properties (schema order) with one pass over them instead of python-docx's
    search of every later tag name."""
    if not _PPR_ORDER:
        _PPR_ORDER.update({qn(f"w:{t}"): i for i, t in enumerate(_PPR_SEQUENCE.split())})
    ppr = p.get_or_add_pPr()
    for child in ppr:
        if child.tag == _KEEP_NEXT:
            child.attrib.pop(_VAL, None)  # on is the default: python-docx writes no w:val
            return
    rank = _PPR_ORDER[_KEEP_NEXT]
    from docx.oxml.parser import OxmlElement

    keep = OxmlElement("w:keepNext")
    for child in ppr:
        if _PPR_ORDER.get(child.tag, -1) > rank:
            child.addprevious(keep)
            return
    ppr.append(keep)


def _add_text_run(paragraph: Paragraph, text: str) -> None:
    """Append a run of ``text`` to ``paragraph``: the ``w:r``/``w:t`` python-docx's
    ``add_run(text)`` writes (``xml:space="preserve"`` when the text has outer spaces), built
    from a copied prototype rather than character by character; text with tabs or line breaks
    goes through python-docx (they become ``w:tab``/``w:br``). Brackets around Chinese are
    printed full-width (``cjk_brackets``): names are matched in NFKC's ASCII brackets."""
    text = cjk_brackets(text)
    if "\t" in text or "\n" in text or "\r" in text:
        paragraph.add_run(text)
        return
    if not _RUN:
        from docx.oxml.parser import OxmlElement

        r = OxmlElement("w:r")
        r.append(OxmlElement("w:t"))
        _RUN.append(r)
    r = copy.deepcopy(_RUN[0])
    t = r[0]
    t.text = text
    if len(text.strip()) < len(text):
        t.set(_XML_SPACE, "preserve")
    paragraph._p.append(r)


@functools.lru_cache(maxsize=4096)
def display_width(text: str) -> float:
    """Return the width of ``text`` in 3号 characters: CJK and full-width 1, Latin and digits ½."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)


class OfficialDocument:
    """A Word document laid out per GB/T 9704-2012, built top to bottom."""

    def __init__(self, reference: Path | None = None, *, draft: bool = False) -> None:
        prepared = _prepared(reference or default_reference())
        self._doc = prepared.copy()
        self.draft = draft
        self._break_pending = False
        self._style_ids = prepared.style_ids

    @property
    def docx(self) -> DocxDocument:
        """Return the underlying python-docx document (for tests and special cases)."""
        return self._doc

    # -- paragraphs ------------------------------------------------------------------------

    def _paragraph(self, style: str, text: str | None = None) -> Paragraph:
        """Return a new paragraph of ``style``, starting a new page if one was asked for."""
        # The w:p element is a copy of one made once per style (w:pPr/w:pStyle set directly:
        # python-docx's style setter scans every style to find the default one on each call),
        # put before the body's final w:sectPr: the XML python-docx's add_paragraph and style
        # setter write, without their generic schema-order searches, which took most of the
        # time to build a county bulletin.
        if style not in self._style_ids:
            raise KeyError(style)
        p = copy.deepcopy(_paragraph_prototype(style))
        body = self._doc.element.body
        last = body[-1] if len(body) else None
        if last is not None and last.tag == _SECT_PR:
            last.addprevious(p)
        else:
            body.append(p)
        paragraph = Paragraph(p, self._doc._body)
        if text:
            _add_text_run(paragraph, text)
        if self._break_pending:
            paragraph.paragraph_format.page_break_before = True
            self._break_pending = False
        return paragraph

    def _segments(self, p: Paragraph, content: str | Sequence[Segment]) -> None:
        """Append ``content`` to ``p`` as runs; comments only in draft mode."""
        if isinstance(content, str):
            content = [Segment(content)]
        for seg in content:
            if not seg.text:
                continue
            if not seg.bold and not (seg.comment and self.draft):
                _add_text_run(p, seg.text)
                continue
            run = p.add_run(cjk_brackets(seg.text))
            if seg.bold:
                run.bold = True
            if seg.comment and self.draft:
                self._doc.add_comment(
                    run, seg.comment, author=COMMENT_AUTHOR, initials=COMMENT_INITIALS
                )

    def title(self, text: str) -> Paragraph:
        """Return the title paragraph: 2号方正小标宋简体, centred, one blank line below; a title
        longer than a line is broken where its meaning allows (``split_title``), or at "\n"."""
        lines = split_title(cjk_brackets(text))
        p = self._paragraph(st.TITLE, lines[0])
        for line in lines[1:]:
            run = p.add_run()
            run.add_break()
            run.add_text(line)
        return p

    def paragraph(self, content: str | Sequence[Segment], *, indent: bool = True) -> Paragraph:
        """Return a body paragraph (3号仿宋, first line indented two characters unless not
        ``indent``); ``content`` is text or a list of ``Segment``."""
        p = self._paragraph(st.BODY)
        if not indent:
            p.paragraph_format.first_line_indent = Twips(0)
            p._p.get_or_add_pPr().get_or_add_ind().set(qn("w:firstLineChars"), "0")
        self._segments(p, content)
        return p

    def heading(self, level: int, text: str) -> Paragraph:
        """Return a heading of ``level`` 1–4 (一、 黑体 / （一） 楷体 / 1. 仿宋加粗 / （1） 仿宋);
        ``text`` carries its own number label."""
        if level not in (1, 2, 3, 4):
            raise ValueError(f"heading level must be 1..4, got {level}")
        return self._paragraph(st.HEADINGS[level - 1], text)

    def marker(self, text: str) -> Paragraph:
        """Return a paragraph holding ``text`` highlighted yellow, for staff to fill in."""
        p = self._paragraph(st.BODY)
        run = p.add_run(cjk_brackets(text))
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        run.bold = True
        return p

    def signature(self, org: str, date_text: str) -> tuple[Paragraph, Paragraph]:
        """Return the 署名 and 成文日期 paragraphs (GB/T 9704 7.3.5.2, no seal): 署名 one blank
        line below the text, 右空二字; the date below it, starting two characters to the right
        of the 署名 — or 右空二字 with the 署名 moved left when the date is the longer."""
        org_w, date_w = display_width(org), display_width(date_text)
        date_right = org_w - date_w
        org_right = 2.0
        if date_right < 2:
            date_right = 2.0
            org_right = 4 + date_w - org_w
        self._keep_tail_with_next(split=True)
        sig = self._paragraph(st.SIGNATURE, org)
        sig.paragraph_format.right_indent = Twips(indent_chars(org_right))
        _keep_with_next(sig._p)  # also where a restyled reference drops it
        date = self._paragraph(st.DATE, date_text)
        date.paragraph_format.right_indent = Twips(indent_chars(date_right))
        # 7.3.5.1: a page that runs a few lines over is set tighter so the 落款 stays on it
        body = self._doc.element.body
        if fit_signature_page(body, display_width) is None and runs_over(body, display_width):
            # 7.3.5.1 字距: no page starts with the last one or two characters of the text
            pull_back_short_line(body, display_width)
        return sig, date

    def _keep_tail_with_next(self, *, split: bool = False) -> None:
        """Keep the end of the text with what comes next — the 署名 and 成文日期 (GB/T 9704
        7.3.5.4: they must not stand alone on a page, with or without the 附件说明): the 附件说明
        paragraphs, blank paragraphs and the last paragraph with text above them are kept with
        the next one, so Word and LibreOffice carry the last lines of the text over with the
        署名. With ``split``, a long last paragraph of body text ends in a paragraph of its own
        holding its last sentence, and only that one is kept (``closing``: LibreOffice moves a
        kept paragraph whole). A table just above: its last row is kept with the next paragraph
        instead."""
        body = self._doc.element.body
        for element in reversed(body):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "sectPr":
                continue
            if tag == "tbl":
                rows = element.findall(qn("w:tr"))
                for p in rows[-1].iter(qn("w:p")) if rows else ():
                    _keep_with_next(p)
                return
            if tag != "p":
                return
            p = Paragraph(element, self._doc)
            if p.paragraph_format.page_break_before:
                return  # a new page starts here: nothing above to carry over
            if p.text.strip() and element.style != st.ATTACHMENT_NOTE:
                if split and element.style == st.BODY:
                    last = split_last_sentence(element, display_width)
                    element = element if last is None else last
                _keep_with_next(element)
                return
            _keep_with_next(element)

    def attachment_note(self, names: Iterable[str]) -> list[Paragraph]:
        """Return the 附件说明 paragraphs: one blank line below the text, 左空二字,
        "附件：1. …"; numbered only when there are several, later names aligned under the first."""
        names = [n for n in names if n]
        if not names:
            return []
        label = "附件："
        label_w = display_width(label)
        out = []
        for i, name in enumerate(names):
            number = f"{i + 1}." if len(names) > 1 else ""
            head = (label if i == 0 else "") + number
            p = self._paragraph(st.ATTACHMENT_NOTE, head + name)
            fmt = p.paragraph_format
            # wrapped lines align with the first character of the attachment name
            fmt.left_indent = Twips(indent_chars(2 + label_w + display_width(number)))
            fmt.first_line_indent = Twips(-indent_chars(display_width(head)))
            if i == 0:
                fmt.space_before = Twips(st.LINE_TWIPS)
            out.append(p)
        return out

    def table_note(self, text: str) -> Paragraph:
        """Return the note (注：…) under the table just added: in the table's size (表注), kept in
        one piece and together with the table's last row, so it never stands alone on a page."""
        self._keep_tail_with_next()
        p = self._paragraph(st.TABLE_NOTE, text)
        p.paragraph_format.keep_together = True
        return p

    def masthead(self, mark: str, number: str, *, printed: bool = True) -> list[Paragraph]:
        """Return the 版头 paragraphs (GB/T 9704 7.2, see ``redhead``): the red 发文机关标志
        ``mark`` 35 mm below the top of the 版心, the 发文字号 ``number`` and the red line; with
        ``printed`` False (pre-printed 红头 paper) their space with only the 发文字号. Call first;
        the title follows it two lines below the line."""
        from kjreport.docx.redhead import add_masthead

        return add_masthead(self, mark, number, printed=printed)

    def imprint(self, copies: str, printer: str, date_text: str) -> None:
        """Add the 版记 (GB/T 9704 7.4) at the foot of the last page: 抄送 ``copies`` (left out
        when empty), 印发机关 ``printer`` and ``date_text``印发 between the rules. Call last."""
        from kjreport.docx.redhead import add_imprint

        add_imprint(self, copies, printer, date_text)

    def page_break(self) -> None:
        """Start the next paragraph or table on a new page."""
        self._break_pending = True

    def attachment_heading(self, n: int | None, title: str) -> tuple[Paragraph, Paragraph]:
        """Return "附件n" (黑体, top left of the page; "附件" alone when ``n`` is None, the only
        attachment) and the attachment title (2号小标宋, centred, on the third line), broken as
        the document's title is when longer than a line (``split_title``: never “…完成情/况表”, qa16 F4)."""
        label = self._paragraph(st.ATTACHMENT_LABEL, "附件" if n is None else f"附件{n}")
        lines = split_title(title)
        p = self._paragraph(st.ATTACHMENT_TITLE, lines[0])
        for line in lines[1:]:
            run = p.add_run()
            run.add_break()
            run.add_text(line)
        return label, p

    # -- tables and pictures ----------------------------------------------------------------

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        *,
        col_widths_mm: Sequence[float] | None = None,
        number_cols: Iterable[int] = (),
        shading: dict[tuple[int, int], str] | None = None,
        floors_mm: dict[int, float] | None = None,
        whole: bool = False,
        tail: int = 3,
    ):
        """Return a full-grid table across the 版心: header row in 黑体 repeated on every page,
        cells 小4号仿宋, columns in ``number_cols`` right-aligned, cells in ``shading`` ((row,
        column) of ``rows`` → "RRGGBB") filled; a column in ``floors_mm`` (index → mm) is never
        narrowed below that width for short cells of other columns. Rows never split; the header
        goes with the first row and the last ``tail`` rows (at least three) stay together, or with
        ``whole`` every row with the next (a short table that fits a page is not split; a longer one
        splits anyway)."""
        from kjreport.docx.tables import add_table

        if self._break_pending:
            self._paragraph(st.BODY).paragraph_format.space_after = Pt(0)
        return add_table(
            self._doc,
            [str(h) for h in headers],
            [["" if v is None else str(v) for v in row] for row in rows],
            widths_mm=col_widths_mm,
            number_cols=set(number_cols),
            shading=shading,
            style_ids=self._style_ids,
            floors_mm=floors_mm,
            whole=whole,
            tail=tail,
        )

    def picture(self, png: bytes, width_mm: float, caption: str | None = None) -> Paragraph:
        """Return the paragraph holding ``png`` centred at ``width_mm`` (at most the 版心 width),
        followed by ``caption`` centred below it when given."""
        width = min(width_mm, TEXT_WIDTH_MM)
        size = _png_size(png)
        if size and width * size[1] / size[0] > MAX_PICTURE_HEIGHT_MM:
            width = MAX_PICTURE_HEIGHT_MM * size[0] / size[1]  # keep picture + caption on a page
        p = self._paragraph(st.FIGURE)
        p.add_run().add_picture(io.BytesIO(png), width=Mm(width))
        if caption:
            self._paragraph(st.CAPTION, caption)
        return p

    def chart(self, chart: NativeChart, width_mm: float, caption: str | None = None) -> Paragraph:
        """Return the paragraph holding a native Word chart (``charts.completion_native`` …)
        centred at ``width_mm``, followed by ``caption`` centred below it when given."""
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        from docx.oxml import parse_xml

        width = min(width_mm, TEXT_WIDTH_MM)
        height = min(chart.height_mm, MAX_PICTURE_HEIGHT_MM)
        part = self._doc.part
        name = PackURI(part.package.next_partname("/word/charts/chart%d.xml"))
        rid = part.relate_to(Part(name, CT.DML_CHART, chart.blob, part.package), RT.CHART)
        shape_id = part.next_id
        inline = parse_xml(
            '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
            ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
            ' xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
            ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{Mm(width).emu}" cy="{Mm(height).emu}"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{shape_id}" name="图表 {shape_id}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing>'
        )
        p = self._paragraph(st.FIGURE)
        p.add_run()._r.append(inline)
        if caption:
            self._paragraph(st.CAPTION, caption)
        return p

    # -- output -----------------------------------------------------------------------------

    def properties(self, title: str, author: str, category: str = "") -> None:
        """Set the document's own properties: title, author (单位名称), created/modified now,
        ``category`` (what kind of report it is, e.g. 进度通报（9月）: the mail digest reads it);
        whatever the reference document carried (subject, keywords, revision …) is cleared."""
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
        core = self._doc.core_properties
        core.title = title.replace("\n", "")
        core.author = author
        core.last_modified_by = author
        core.created = now
        core.modified = now
        core.revision = 1
        for name in ("subject", "keywords", "comments", "category", "content_status"):
            setattr(core, name, "")
        core.category = category

    def placeholders(self) -> list:
        """Return the 【待补充】 markers left in the document (``readback.Placeholder``), as
        ``kjreport.mail.content.read_content`` finds them in the saved file."""
        from kjreport.docx.readback import MARK, body_lines

        body = self._doc.element.body
        # all the body's text at once, in C (lxml's itertext would call python-docx's .text)
        if MARK not in etree.tostring(body, method="text", encoding="unicode"):
            return []  # no marker anywhere in the text: nothing to walk paragraph by paragraph
        return body_lines(body)[1]

    def save(self, path: Path | str) -> Path:
        """Write the document to ``path`` (.docx) and return the path."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as fh:
                save_package(self._doc, fh)
        except PermissionError as exc:
            raise DocumentSaveError(
                f"无法写入 {path}：没有写入权限，或文件正在 Word/WPS 中打开；请关闭该文件后重试。"
            ) from exc
        except OSError as exc:
            raise DocumentSaveError(
                f"无法写入 {path}（{exc.strerror or exc}）；请检查输出路径是否正确。"
            ) from exc
        return path
