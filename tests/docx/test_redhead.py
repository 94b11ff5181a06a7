"""版头 and 版记 of a 下行文 (GB/T 9704-2012 7.2, 7.4; qa12b F28), read from the docx XML and, where
LibreOffice is installed, measured on the rendered page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from kjreport.docx import OfficialDocument
from kjreport.docx import styles as st
from kjreport.docx.fit import _fixed_height
from kjreport.docx.layout import LINE_TWIPS, mm_to_twips
from kjreport.docx.pdf import find_soffice, to_pdf
from kjreport.docx.redhead import mark_size_pt, mark_spacing

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _notice(printed: bool = True, copies: str = "鲁泽市人民政府办公室，各县区人民政府") -> OfficialDocument:
    doc = OfficialDocument()
    doc.masthead("鲁泽市科学技术局文件", "鲁科字〔2011〕\u3000\u3000号", printed=printed)
    doc.title("鲁泽市科学技术局关于清河区2011年科技工作情况的通报")
    doc.paragraph("清河区科技局：", indent=False)
    doc.paragraph("全市科技工作紧紧围绕市委市政府中心工作取得新进展。")
    doc.signature("鲁泽市科学技术局", "2011年12月20日")
    doc.imprint(copies, "鲁泽市科学技术局办公室", "2011年12月20日")
    return doc


def test_masthead_mark_is_red_title_font_centred_35mm_below_the_text_area():
    doc = _notice().docx
    mark, number = doc.paragraphs[0], doc.paragraphs[1]
    assert mark.style.style_id == st.MASTHEAD and mark.text == "鲁泽市科学技术局文件"
    run = mark.runs[0]
    assert run.font.color.rgb is not None and str(run.font.color.rgb) == "FF0000"
    assert run.font.size.pt == mark_size_pt("鲁泽市科学技术局文件") == 42
    fonts = doc.styles["发文机关标志"].element.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == st.TITLE_FONT
    assert mark.style.paragraph_format.alignment == 1 and number.style.paragraph_format.alignment == 1
    above, line = mark_spacing("鲁泽市科学技术局文件")
    assert mark.paragraph_format.space_before.twips == above
    assert abs(above - mm_to_twips(35)) < mm_to_twips(6)  # 35 mm to the glyphs' upper edge
    assert mark.paragraph_format.space_after.twips == 2 * LINE_TWIPS  # 发文字号 下空二行
    assert number.style.style_id == st.DOC_NUMBER and number.text == "鲁科字〔2011〕\u3000\u3000号"


def test_red_line_under_the_number_is_as_wide_as_the_text_area():
    number = _notice().docx.paragraphs[1]
    bottom = number._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert bottom.get(qn("w:val")) == "single" and bottom.get(qn("w:color")) == "FF0000"
    assert int(bottom.get(qn("w:space"))) == 9  # points: the line 4 mm below the number's glyphs
    assert number.paragraph_format.left_indent is None and number.paragraph_format.right_indent is None


def test_a_long_name_is_set_smaller_to_stay_on_one_line():
    assert mark_size_pt("内蒙古自治区鄂尔多斯市科学技术局文件") < 42
    assert mark_size_pt("内蒙古自治区鄂尔多斯市科学技术局文件") * 18.5 <= 156 / 25.4 * 72


def test_preprinted_paper_keeps_the_space_and_sets_only_the_number():
    printed, blank = _notice(True).docx.paragraphs, _notice(False).docx.paragraphs
    assert blank[0].text == "" and blank[1].text == printed[1].text
    for a, b in zip(printed[:2], blank[:2], strict=True):  # the same height, line or no line
        assert a.paragraph_format.space_before == b.paragraph_format.space_before
        assert a.paragraph_format.line_spacing == b.paragraph_format.line_spacing
        assert _fixed_height(a._p) == _fixed_height(b._p)
    bottom = blank[1]._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert bottom.get(qn("w:val")) == "nil"  # the red line is on the paper


def _imprint_table(doc):
    body = doc.element.body
    return next(body.iter(f"{W}txbxContent")).find(f"{W}tbl")


def test_imprint_rules_and_text():
    doc = _notice().docx
    tbl = _imprint_table(doc)
    borders = tbl.find(f"{W}tblPr/{W}tblBorders")
    sizes = {side: borders.find(f"{W}{side}").get(qn("w:sz")) for side in ("top", "bottom", "insideH")}
    assert sizes == {"top": "8", "bottom": "8", "insideH": "6"}  # 1 pt ≈ 0.35 mm, ¾ pt ≈ 0.25 mm
    assert int(tbl.find(f"{W}tblPr/{W}tblW").get(qn("w:w"))) == mm_to_twips(156)
    rows = ["".join(t.text for t in tr.iter(f"{W}t")) for tr in tbl.iter(f"{W}tr")]
    assert rows == ["抄送：鲁泽市人民政府办公室，各县区人民政府。", "鲁泽市科学技术局办公室2011年12月20日印发"]
    ind = tbl.find(f"{W}tr").find(f".//{W}ind")
    assert int(ind.get(qn("w:right"))) == 280 and int(ind.get(qn("w:left"))) - int(ind.get(qn("w:hanging"))) == 280
    style = doc.styles["版记"]
    assert style.font.size.pt == 14 and style.element.find(qn("w:rPr")).find(qn("w:rFonts")).get(
        qn("w:eastAsia")) == st.FANGSONG
    anchor = next(doc.element.body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"))
    pos = anchor.find("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}positionV")
    # its last rule on the foot of the 版心: 297 − 35 mm less its two lines, from the page's top
    height = 2 * LINE_TWIPS
    assert pos.get("relativeFrom") == "page"
    assert int(pos[0].text) == (mm_to_twips(297) - 1984 - height) * 635 and 1984 == mm_to_twips(35)


def test_imprint_without_copies_has_one_row():
    tbl = _imprint_table(_notice(copies="").docx)
    assert len(tbl.findall(f"{W}tr")) == 1


needs_render = pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice (soffice) or poppler-utils (pdftoppm) is not installed",
)


@needs_render
def test_preprinted_title_stands_where_it_stands_under_a_printed_head(tmp_path: Path):
    rows = []
    for printed in (True, False):
        pdf = to_pdf(_notice(printed).save(tmp_path / f"n{int(printed)}.docx"))
        out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
        words = [ln for ln in out.splitlines() if "<word" in ln]
        title = next(ln for ln in words if "鲁泽市科学技术局" in ln and "文件" not in ln)
        rows.append(round(float(title.split('yMin="')[1].split('"')[0]), 1))
    assert abs(rows[0] - rows[1]) <= 0.5, rows


@needs_render
def test_rendered_mark_line_and_imprint_sit_where_the_standard_puts_them(tmp_path: Path):
    np = pytest.importorskip("numpy")
    image = pytest.importorskip("PIL.Image")
    pdf = to_pdf(_notice().save(tmp_path / "n.docx"))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 2  # the text on page 1, the 版记 on page 2: the back of the sheet
    px = np.asarray(image.open(pages[0]).convert("RGB")).astype(int)
    mm = 25.4 / 150
    red = (px[..., 0] > 200) & (px[..., 1] < 80) & (px[..., 2] < 80)
    rows = np.where(red.any(axis=1))[0]
    assert abs(rows.min() * mm - (37 + 35)) <= 1  # the mark's upper edge 35 mm below the 版心's
    line_rows = [r for r in rows if red[r].sum() * mm > 150]
    cols = np.where(red[line_rows[0]])[0]
    assert abs((cols.max() - cols.min()) * mm - 156) <= 1 and abs(cols.min() * mm - 28) <= 1
    px = np.asarray(image.open(pages[1]).convert("RGB")).astype(int)
    dark = (px.sum(axis=2) < 200)
    dark_rows = np.where(dark.any(axis=1))[0]
    # the 版记's last rule on the foot of the 版心 (297 − 35 mm); no page number below it
    assert dark_rows.min() * mm > 297 - 35 - 25  # nothing but the 版记 on its page
    body_rows = dark_rows
    assert abs(body_rows[-1] * mm - (297 - 35)) <= 1


# -- the 版记 on the last, even page (GB/T 9704 7.4, 7.5; layout16) -------------------------------


def _long_notice(paragraphs: int, *, table: bool = False) -> OfficialDocument:
    doc = OfficialDocument()
    doc.masthead("鲁泽市科学技术局文件", "鲁科字〔2011〕\u3000\u3000号")
    doc.title("鲁泽市科学技术局关于清河区2011年科技工作情况的通报")
    doc.paragraph("清河区科技局：", indent=False)
    for i in range(paragraphs):
        doc.paragraph(f"第{i + 1}段。全市科技工作紧紧围绕市委市政府中心工作取得新进展。")
    doc.signature("鲁泽市科学技术局", "2011年12月20日")
    if table:
        doc.page_break()
        doc.table(["县区", "完成"], [[f"{i}县", "1"] for i in range(5)])
    doc.imprint("鲁泽市人民政府办公室", "鲁泽市科学技术局办公室", "2011年12月20日")
    return doc


def _footer_text(doc, section, kind: str) -> str:
    footer = section.footer if kind == "default" else section.even_page_footer
    return "".join(t.text or "" for t in footer._element.iter(f"{W}instrText"))


def test_imprint_has_a_last_section_of_its_own_starting_on_an_even_page():
    doc = _long_notice(2).docx
    body = doc.element.body
    sections = list(doc.sections)
    assert len(sections) == 2
    text, imprint = sections
    # the text's section ends on its last paragraph, the 成文日期: no line added after the text
    breaks = [p for p in body.iter(f"{W}p") if p.find(f"{W}pPr/{W}sectPr") is not None]
    assert len(breaks) == 1 and breaks[0].find(f"{W}pPr/{W}pStyle").get(qn("w:val")) == st.DATE
    assert text.start_type != imprint.start_type
    final = body[-1]
    assert final.tag == f"{W}sectPr" and final.find(f"{W}type").get(qn("w:val")) == "evenPage"
    # page numbers on the text's pages, none on the 版记 page (nor on a blank page before it)
    for kind in ("default", "even"):
        assert "PAGE" in _footer_text(doc, text, kind)
        assert _footer_text(doc, imprint, kind) == ""
    assert not imprint.different_first_page_header_footer
    assert text.footer.part is not imprint.footer.part
    # the 版记 is in the last section, at the foot of the 版心
    last = [p for p in body if p.tag == f"{W}p"][-1]
    assert list(last.iter(f"{W}txbxContent")) and last.getprevious() is breaks[0]
    assert text.page_height == imprint.page_height and text.bottom_margin == imprint.bottom_margin


def test_after_a_table_a_one_point_paragraph_ends_the_text_section():
    doc = _long_notice(2, table=True).docx
    body = doc.element.body
    tbl = body.findall(f"{W}tbl")[-1]
    brk = tbl.getnext()
    assert brk.find(f"{W}pPr/{W}sectPr") is not None and not "".join(t.text for t in brk.iter(f"{W}t"))
    assert brk.find(f"{W}pPr/{W}spacing").get(qn("w:line")) == "20"


def _rendered_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return out.split("\f")[:-1]


def _imprint_bottom_pt(pdf: Path, page: int) -> tuple[float, float]:
    """Return the lower edge of the 版记's last line and of the lowest text on ``page``, in pt."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    words = [ln for ln in out.splitlines() if "<word" in ln]
    y = [float(ln.split('yMax="')[1].split('"')[0]) for ln in words]
    imprint = [v for v, ln in zip(y, words, strict=True) if "印发" in ln]
    return max(imprint), max(y)


@needs_render
@pytest.mark.parametrize(("paragraphs", "text_pages", "pages"), [(2, 1, 2), (6, 2, 4), (14, 3, 4)])
def test_rendered_imprint_is_at_the_foot_of_the_last_even_page(tmp_path, paragraphs, text_pages, pages):
    """Text ending on page 1: the 版记 on page 2; on page 3: on page 4; on page 2: on page 4 after a
    blank page 3 (the evenPage section cannot tell a page with room from a full one), and neither
    the blank page nor the 版记 page has a page number."""
    pdf = to_pdf(_long_notice(paragraphs).save(tmp_path / "n.docx"))
    texts = _rendered_pages(pdf)
    assert len(texts) == pages
    numbered = [i + 1 for i, t in enumerate(texts) if "—" in t]
    assert numbered == list(range(1, text_pages + 1))  # each text page numbered, no other
    assert "2011 年 12 月 20 日\n" in texts[text_pages - 1].replace("印发", "")  # the 成文日期
    imprint = [i + 1 for i, t in enumerate(texts) if "印发" in t]
    assert imprint == [pages] and pages % 2 == 0
    assert all(not t.strip() for t in texts[text_pages:pages - 1])  # blank page(s) before it
    last_line, lowest = _imprint_bottom_pt(pdf, pages)
    foot = (297 - 35) / 25.4 * 72  # the foot of the 版心
    # the last line just above the last rule (pdftotext's boxes take in the fonts' descent)
    assert last_line == lowest and abs(last_line - foot) < 12
    assert texts[pages - 1].strip().startswith("抄送")  # nothing else on the 版记 page
