"""qa12b F23 (the header part): the 附件1 completion table's "序号" header wrapped to "序/号" in
a 9 mm column. A header of two characters keeps the width of one line; a longer header may still
take two lines of up to three characters ("完成率/（%）")."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.docx.tables import CELL_CHAR_MM, CELL_SIDES_MM, column_widths_twips
from kjreport.summary.tables import COMPLETION_HEADERS

BOOK = Path(__file__).parents[1] / "summary" / "qa12b_books" / "nanchang2019.xlsx"
TWIPS_PER_MM = 1440 / 25.4


def test_two_character_headers_keep_one_line():
    rows = [[str(i), "引进培养国内外高端创新人才", "亿元", "110", "93.5", "85.0%", "9.0%", "未完成"] for i in range(1, 11)]
    widths = column_widths_twips(COMPLETION_HEADERS, rows, [9, 50, 12, 13, 13, 19, 19, 21])
    one_line = (2 * CELL_CHAR_MM + CELL_SIDES_MM) * TWIPS_PER_MM
    for header, width in zip(COMPLETION_HEADERS, widths, strict=True):
        if len(header) == 2:
            assert width >= one_line - 1, (header, width, one_line)


def test_nanchang_completion_table_sequence_column(tmp_path):
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(BOOK), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    table = next(t for t in docx.Document(out).tables if t.rows[0].cells[0].text == "序号")
    first = int(table._tbl.tblGrid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol")[0]
                .get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w"))
    assert first >= (2 * CELL_CHAR_MM + CELL_SIDES_MM) * TWIPS_PER_MM - 1, first  # 510 (9 mm) before


def test_rows_never_split_and_last_rows_keep_together():
    """qa14a F3: a row of an annex table never splits, the header repeats on every page, and the
    last three rows keep together so the last row is never alone on a page."""
    from kjreport.docx.document import new_reference_document  # noqa: PLC0415
    from kjreport.docx.tables import add_table  # noqa: PLC0415

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    doc = new_reference_document()
    rows = [[str(i), f"乡镇{i}", "1"] for i in range(1, 9)]
    table = add_table(doc, ["序号", "乡镇", "数"], rows, widths_mm=None, number_cols={2})
    trs = table._tbl.findall(f"{w}tr")
    assert all(tr.find(f"{w}trPr/{w}cantSplit") is not None for tr in trs)
    assert trs[0].find(f"{w}trPr/{w}tblHeader") is not None
    kept = [all(p.find(f"{w}pPr/{w}keepNext") is not None for p in tr.iter(f"{w}p")) for tr in trs]
    # header with row 1; rows 6 and 7 with the last row 8; the last row itself has nothing to keep with
    assert kept == [True, False, False, False, False, False, True, True, False]


def test_a_whole_table_keeps_every_row_with_the_next():
    """qa15 F3: a short table kept whole on its page: every row with the next one, the last row
    with nothing after it (a chart that does not fit under it goes to the next page alone)."""
    from kjreport.docx.document import new_reference_document  # noqa: PLC0415
    from kjreport.docx.tables import add_table  # noqa: PLC0415

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    doc = new_reference_document()
    rows = [[str(i), f"乡镇{i}", "1"] for i in range(1, 9)]
    table = add_table(doc, ["序号", "乡镇", "数"], rows, widths_mm=None, number_cols={2}, whole=True)
    trs = table._tbl.findall(f"{w}tr")
    kept = [all(p.find(f"{w}pPr/{w}keepNext") is not None for p in tr.iter(f"{w}p")) for tr in trs]
    assert kept == [True] * 8 + [False]
