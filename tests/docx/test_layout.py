"""Page setup read back from the saved .docx: A4, GB/T 9704 margins, 22-line grid."""

from __future__ import annotations

from pathlib import Path

from tests.docx.conftest import NS, read_part, w


def _sect(docx: Path):
    return read_part(docx, "word/document.xml").find(".//w:body/w:sectPr", NS)


def test_page_is_a4_portrait(sample_docx: Path) -> None:
    size = _sect(sample_docx).find("w:pgSz", NS)
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")
    assert size.get(w("orient")) in (None, "portrait")


def test_margins_are_gbt9704(sample_docx: Path) -> None:
    mar = _sect(sample_docx).find("w:pgMar", NS)
    # 37 / 35 / 28 / 26 mm in twips
    assert mar.get(w("top")) == "2098"
    assert mar.get(w("bottom")) == "1984"
    assert mar.get(w("left")) == "1587"
    assert mar.get(w("right")) == "1474"
    width = 11906 - 1587 - 1474
    height = 16838 - 2098 - 1984
    assert abs(width / 1440 * 25.4 - 156) < 0.1  # 版心 156 × 225 mm
    assert abs(height / 1440 * 25.4 - 225) < 0.1
    assert 22 * 579 <= height < 23 * 579


def test_line_grid_and_exact_spacing(sample_docx: Path) -> None:
    grid = _sect(sample_docx).find("w:docGrid", NS)
    assert grid.get(w("type")) == "lines"
    assert grid.get(w("linePitch")) == "579"
    styles = read_part(sample_docx, "word/styles.xml")
    normal = styles.find("w:style[@w:styleId='Normal']", NS)
    spacing = normal.find("w:pPr/w:spacing", NS)
    assert spacing.get(w("line")) == "579"
    assert spacing.get(w("lineRule")) == "exact"
    assert normal.find("w:rPr/w:spacing", NS).get(w("val")) == "-5"  # −0.25 pt: 28 per line
    assert normal.find("w:pPr/w:widowControl", NS).get(w("val")) == "0"


def test_body_paragraph_first_line_indent_two_chars(sample_docx: Path) -> None:
    styles = read_part(sample_docx, "word/styles.xml")
    ind = styles.find("w:style[@w:styleId='KjBody']/w:pPr/w:ind", NS)
    assert ind.get(w("firstLine")) == "640"
    assert ind.get(w("firstLineChars")) == "200"


def test_signature_right_indents_follow_7_3_5(sample_docx: Path) -> None:
    body = read_part(sample_docx, "word/document.xml").find(".//w:body", NS)
    paras = {
        "".join(p.itertext()): p
        for p in body.findall("w:p", NS)
        if p.find("w:pPr/w:pStyle", NS) is not None
        and p.find("w:pPr/w:pStyle", NS).get(w("val")) in ("KjSignature", "KjDate")
    }
    sig = paras["菏泽市科学技术局"].find("w:pPr/w:ind", NS)
    date = paras["2011年12月20日"].find("w:pPr/w:ind", NS)
    # 署名 8 characters, date 7 (digits are half width): the date cannot start 2 characters
    # right of the 署名 and still keep 右空二字, so the date is 右空二字 and the 署名 right
    # indent grows to 3 characters: the date's first character is 2 to the right of the 署名's.
    assert date.get(w("right")) == "640"
    assert sig.get(w("right")) == "960"


def test_page_break_starts_attachment_without_empty_line(sample_docx: Path) -> None:
    body = read_part(sample_docx, "word/document.xml").find(".//w:body", NS)
    label = next(p for p in body.findall("w:p", NS) if "".join(p.itertext()) == "附件1")
    assert label.find("w:pPr/w:pageBreakBefore", NS) is not None
    assert not body.findall(".//w:br[@w:type='page']", NS)


def test_table_header_repeats_and_numbers_right(sample_docx: Path) -> None:
    body = read_part(sample_docx, "word/document.xml").find(".//w:body", NS)
    table = body.find("w:tbl", NS)
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert rows[1].find("w:trPr/w:tblHeader", NS) is None
    widths = [int(c.get(w("w"))) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    assert sum(widths) == 8845  # the full 版心
    cells = rows[1].findall("w:tc", NS)
    assert cells[4].find("w:p/w:pPr/w:jc", NS).get(w("val")) == "right"
    assert cells[1].find("w:p/w:pPr/w:jc", NS) is None
