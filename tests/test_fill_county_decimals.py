"""qa14a F9: one indicator, one number of decimals. The 指标结果 sheet's 乡镇 block showed 王团镇's
全社会R&D经费投入 as 0.1 (an Excel cell left General) where the summary's 乡镇 table (附件2) shows
0.10 beside 0.31 and 0.12: the sheet's county figures now carry the number format of 附件2's
column, and a second ``fill`` reuses the format instead of adding another."""

from __future__ import annotations

import re
import zipfile

import docx
import openpyxl

from tests.helpers import cli_ok
from tests.qa14a_book import tongxin_book


def _shown(value: float, number_format: str) -> str:
    """Return ``value`` as Excel shows it in a cell of ``number_format`` ("0.00" or General)."""
    if number_format == "General":
        return f"{value:g}"
    return f"{value:.{len(number_format.partition('.')[2])}f}"


def _town_figures(book):
    ws = openpyxl.load_workbook(book)["指标结果"]
    start = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "乡镇")
    return {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(start + 1, ws.max_row + 1)}


def test_town_figures_in_the_results_sheet_show_as_in_the_summary_table(tmp_path):
    book = tongxin_book(tmp_path)
    cli_ok("fill", book)
    cells = _town_figures(book)
    assert _shown(cells["王团镇"].value, cells["王团镇"].number_format) == "0.10"
    cli_ok("docx", book, "-o", tmp_path / "总结.docx")
    table = next(t for t in docx.Document(tmp_path / "总结.docx").tables if t.rows[0].cells[0].text == "乡镇")
    annex = {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}
    for town, cell in cells.items():
        assert _shown(cell.value, cell.number_format) == annex[town], town


def test_a_second_fill_reuses_the_number_format(tmp_path):
    book = tongxin_book(tmp_path)
    cli_ok("fill", book)
    with zipfile.ZipFile(book) as z:
        first = z.read("xl/styles.xml")
    cli_ok("fill", book)
    with zipfile.ZipFile(book) as z:
        assert z.read("xl/styles.xml") == first
    assert _town_figures(book)["王团镇"].number_format == "0.00"


def test_a_format_excel_has_no_number_for_is_declared_once():
    from kjreport.workbook.fills import add_number_formats

    styles = (b'<?xml version="1.0"?><styleSheet xmlns="x"><fonts count="1"><font/></fonts>'
              b'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              b"</styleSheet>")
    once, ids = add_number_formats(styles, ["0.0", "0.00", "0.000"])
    assert ids == {"0.0": 1, "0.00": 2, "0.000": 3}  # cell formats after the existing one
    assert re.findall(rb'numFmtId="(\d+)" formatCode="([^"]+)"', once) == [(b"164", b"0.0"), (b"165", b"0.000")]
    assert once.index(b"<numFmts") < once.index(b"<fonts")  # first child, as the schema orders
    again, same = add_number_formats(once, ["0.0", "0.000"])
    assert again == once and same == {"0.0": 1, "0.000": 3}


def test_a_small_share_shows_in_the_results_sheet_as_in_the_summary(tmp_path):
    book = tongxin_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ks = wb["科室数据"]
    row = next(r for r in range(2, ks.max_row + 1) if ks.cell(r, 2).value == "有研发活动的规上企业占比")
    ks.cell(row, 4).value, ks.cell(row, 5).value = 8.3, 8.12  # a share below 10 %: two decimals
    wb.save(book)
    cli_ok("fill", book)
    ws = openpyxl.load_workbook(book)["指标结果"]
    cell = next(ws.cell(r, 3) for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "有研发活动的规上企业占比")
    cli_ok("docx", book, "-o", tmp_path / "总结.docx")
    document = docx.Document(tmp_path / "总结.docx")
    annex = next(t for t in document.tables if t.rows[0].cells[0].text == "序号")
    done = next(row.cells[4].text for row in annex.rows if row.cells[1].text == "有研发活动的规上企业占比")
    assert _shown(cell.value, cell.number_format) == done == "8.30"
    assert "有研发活动的规上企业占比达8.30%" in "\n".join(p.text for p in document.paragraphs)
