"""Official tables (附件表格): full grid across the 版心, 黑体 header row repeated on each page."""

from __future__ import annotations

import math
from collections.abc import Sequence
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import Table

from kjreport.docx import styles as st
from kjreport.docx.layout import TEXT_WIDTH_MM, mm_to_twips
from kjreport.text.brackets import cjk_brackets

CELL_MARGIN_TWIPS = 28  # 0.5 mm left and right: a 10 mm 序号 column keeps "序号" on one line
CELL_PAD_TWIPS = 17  # 0.3 mm above and below, so text does not touch the lines
BORDER_EIGHTHS = 6  # 0.75 pt lines


def _width(text: str) -> float:
    from kjreport.docx.document import display_width

    return display_width(text)


def column_widths_twips(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float] | None,
    total: int | None = None,
    floors_mm: dict[int, float] | None = None,
) -> list[int]:
    """Return the column widths in twips, together ``total`` (the 版心 width): ``widths_mm``
    scaled to it when given, else in
    proportion to the widest text of each column (at least 2 characters, at most 16);
    ``floors_mm``: columns never made narrower than this to keep short cells on one line."""
    if widths_mm and len(widths_mm) == len(headers):
        weights = [float(w) for w in widths_mm]
    else:
        weights = []
        for i, head in enumerate(headers):
            cells = [_width(r[i]) for r in rows if i < len(r)]
            weights.append(min(16.0, max([2.0, _width(head) / 2, *cells])))
    total = total or mm_to_twips(TEXT_WIDTH_MM)
    weights = fit_short_cells(weights, rows, total * 25.4 / 1440, headers, floors_mm)
    scale = total / sum(weights)
    widths = [int(w * scale) for w in weights]
    widths[-1] += total - sum(widths)
    return widths


CELL_CHAR_MM = 12 * 25.4 / 72  # a 小4号 (12 pt) character
CELL_SIDES_MM = 2 * CELL_MARGIN_TWIPS * 25.4 / 1440 + 0.4  # both cell margins and a little air
SHORT_CELL_CHARS = 6  # a cell up to this wide (【待补充】, 16（并列）, 实现零的突破) stays on one line
HEADER_CHARS = 3  # a header keeps room for two lines or three characters a line (“完成率/（%）”)
TEXT_COLUMN_MIN_MM = 20  # a column of longer text (indicator names) may wrap, down to this width


def _header_mm(header: str) -> float:
    """Return the width a header needs: a word of two characters (序号, 单位, 位次) on one line —
    “序/号” in a 9 mm column (qa12b F23) —, a longer one on two lines of at most three characters."""
    if not header:
        return 0.0
    chars = _width(header) if _width(header) <= 2 else min(HEADER_CHARS, math.ceil(_width(header) / 2))
    return chars * CELL_CHAR_MM + CELL_SIDES_MM


def fit_short_cells(weights: Sequence[float], rows: Sequence[Sequence[str]], total_mm: float,
                    headers: Sequence[str] = (), floors_mm: dict[int, float] | None = None) -> list[float]:
    """Return ``weights`` (proportional column widths) adjusted so that no short cell wraps
    (“【待/补/充】” in a 13 mm column): a column narrower than its widest short cell takes
    the width from the columns with room to spare — those of longer text first, which wrap anyway.
    No column is made narrower than its header needs (two lines, or three characters a line:
    not “完成/率/（/%）”); a short cell that would need that width wraps instead. A column in
    ``floors_mm`` keeps at least that width (the 进度表's 指标 names, qa11 F16): the short cells
    of other columns wrap rather than squeeze it to a few characters a line; those columns take
    their width first, in the order of ``floors_mm`` (the 进度判断 column's 超额完成 on one line
    before a 个百分点 unit, qa19 F6)."""
    scale = total_mm / sum(weights)
    widths = [w * scale for w in weights]
    heads = [_header_mm(h) for h in headers] + [0.0] * (len(widths) - len(headers))
    cell_widths = [[_width(c) for c in r] for r in rows]  # each cell measured once
    need = []
    for i in range(len(widths)):
        short = [r[i] for r in cell_widths if i < len(r) and r[i] <= SHORT_CELL_CHARS]
        need.append(max(max(short, default=0) * CELL_CHAR_MM + CELL_SIDES_MM if short else 0.0, heads[i],
                        (floors_mm or {}).get(i, 0.0)))
    floors = []
    for i in range(len(widths)):
        long_text = any(i < len(r) and r[i] > SHORT_CELL_CHARS for r in cell_widths)
        floors.append(max(need[i], TEXT_COLUMN_MIN_MM if long_text else 0.0))
    first = [i for i in (floors_mm or {}) if i < len(widths)]  # columns with a floor are served first, in order
    for i in first + [i for i in range(len(widths)) if i not in first]:
        short_by = need[i] - widths[i]
        while short_by > 0.01:
            donors = [j for j in range(len(widths)) if j != i and widths[j] - floors[j] > 0.01]
            if not donors:
                break
            j = max(donors, key=lambda k: widths[k] - floors[k])
            give = min(short_by, widths[j] - floors[j])
            widths[j] -= give
            widths[i] += give
            short_by -= give
    return [w / scale for w in widths]


def _table_properties(table: Table, total: int) -> None:
    """Full-width, fixed layout, centred, single-line grid, narrow cell margins."""
    tbl_pr = table._tbl.tblPr
    for child in list(tbl_pr):
        if child.tag == qn("w:tblStyle"):
            tbl_pr.remove(child)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    st.set_child(tbl_pr, "w:tblW", w=str(total), type="dxa")
    borders = st.set_child(tbl_pr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        st.set_child(borders, f"w:{side}", val="single", sz=str(BORDER_EIGHTHS), space="0", color="000000")
    st.set_child(tbl_pr, "w:tblLayout", type="fixed")
    margins = st.set_child(tbl_pr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        pad = CELL_MARGIN_TWIPS if side in ("left", "right") else CELL_PAD_TWIPS
        st.set_child(margins, f"w:{side}", w=str(pad), type="dxa")
    # schema order inside tblPr: tblStyle … jc … tblBorders … tblLayout tblCellMar tblLook
    order = "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook".split()
    rank = {qn(f"w:{n}"): i for i, n in enumerate(order)}
    for child in sorted(tbl_pr, key=lambda el: rank.get(el.tag, len(rank))):
        tbl_pr.append(child)


def add_table(
    doc: DocxDocument,
    headers: list[str],
    rows: list[list[str]],
    *,
    widths_mm: Sequence[float] | None,
    number_cols: set[int],
    shading: dict[tuple[int, int], str] | None = None,
    style_ids: frozenset[str] | None = None,
    floors_mm: dict[int, float] | None = None,
    whole: bool = False,
    tail: int = 3,
) -> Table:
    """Append and return the table; ``rows`` are strings, ``number_cols`` right-aligned,
    ``shading`` maps (row, column) of ``rows`` (0-based, header not counted) to a fill "RRGGBB";
    ``style_ids`` are the ids of ``doc``'s styles when the caller knows them; ``whole``: every
    row kept with the next, so a table that fits a page is never split; else the last ``tail``
    rows (at least three) stay together."""
    shading = shading or {}
    # brackets around Chinese full-width, as in the text (``cjk_brackets``), before widths are measured
    headers = [cjk_brackets(h) if isinstance(h, str) else h for h in headers]
    rows = [[cjk_brackets(v) if isinstance(v, str) else v for v in row] for row in rows]
    ncols = len(headers)
    section = doc.sections[-1]
    text_width = round((section.page_width - section.left_margin - section.right_margin) / 635)
    widths = column_widths_twips(headers, rows, widths_mm, text_width, floors_mm)
    # what ``doc.add_table(rows=0, cols=ncols)`` does, without looking the (absent) table style
    # up among every style of the document
    table = doc._body.add_table(0, ncols, doc._block_width)
    table._tbl.tblStyle_val = None
    _table_properties(table, sum(widths))
    for grid_col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        grid_col.set(qn("w:w"), str(w))  # exact twips (python-docx's Twips → EMU rounds)
    header_style, text_style = st.TABLE_HEADER, st.TABLE_TEXT
    for style_id in (header_style, text_style):  # KeyError when absent, as style_by_id
        if style_ids is None:
            st.style_by_id(doc, style_id)  # a scan of every style
        elif style_id not in style_ids:
            raise KeyError(style_id)
    centre_first = bool(headers) and headers[0] in ("序号", "位次", "排名")
    # Rows are written as XML text and parsed together: building them cell by cell through
    # python-docx's element API took most of the time of a whole summary.
    xml_rows = []
    last = len(rows)  # index of the last row, the header being row 0
    for r, values in enumerate([headers, *rows]):
        # the header with the first row, and the last three rows together, so that no row is
        # ever alone on a page (qa14a F3): keepNext on every paragraph of a row keeps it with
        # the next row in Word, WPS and LibreOffice
        kept = r < last if whole else r == 0 or last - max(tail, 3) < r < last
        keep = "<w:keepNext/>" if kept else ""
        cells = []
        for c in range(ncols):
            text = values[c] if c < len(values) else ""
            jc = ""
            if r and c in number_cols:
                jc = '<w:jc w:val="right"/>'
            elif r and c == 0 and centre_first:
                jc = '<w:jc w:val="center"/>'
            run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
            fill = shading.get((r - 1, c)) if r else None
            shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}" w:type="dxa"/>{shd}<w:vAlign w:val="center"/>'
                f'</w:tcPr><w:p><w:pPr><w:pStyle w:val="{header_style if r == 0 else text_style}"/>'
                f"{keep}{jc}</w:pPr>{run}</w:p></w:tc>"
            )
        head = "<w:tblHeader/>" if r == 0 else ""
        xml_rows.append(f"<w:tr><w:trPr><w:cantSplit/>{head}</w:trPr>{''.join(cells)}</w:tr>")
    table._tbl.extend(parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(xml_rows)}</w:tbl>"))
    return table
