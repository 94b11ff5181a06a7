"""What calamine hides (Excel error values, formulas without a cached value, hidden rows) is
found the same way in a small sheet read whole and in a big one streamed, whatever the read
size and wherever a read cuts a cell."""

from __future__ import annotations

import openpyxl
import pytest

from kjreport.workbook import xlsx
from kjreport.workbook.xlsx import XlsxFile

ERRORS = {7: "#DIV/0!", 23: "#REF!", 58: "#N/A", 99: "#VALUE!", 140: "#NAME?"}
FORMULAS = {11: "=A11*2", 64: "=SUM(A1:A3)", 121: "=C121"}


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    """A 项目台账-like sheet: errors and uncached formulas among blanks in column C, a hidden
    row, and a clean sheet beside it."""
    path = tmp_path_factory.mktemp("marks") / "marks.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["年度", "项目名称", "经费（万元）"])
    for n in range(2, 160):
        value = ERRORS.get(n) or FORMULAS.get(n) or (None if n % 5 == 0 else n * 1.5)
        ws.append([2024, f"项目{n}" * (1 + n % 4), value])
    ws.row_dimensions[33].hidden = True
    clean = wb.create_sheet("干净")
    for n in range(1, 40):
        clean.append([n, None if n % 3 == 0 else f"文本{n}"])
    wb.save(path)
    return path


def _read(path, name):
    book = XlsxFile(path)
    try:
        return book.read_sheet(name)
    finally:
        book.close()


def test_small_sheet_read_whole_finds_every_mark(marked):
    data = _read(marked, "台账")
    for n, error in ERRORS.items():
        assert data.rows[n - 1][2] == error
    assert sorted(data.uncached) == sorted(f"C{n}" for n in FORMULAS)
    assert data.rows[4][2] is None  # a blank stays blank (None, not "")
    assert data.hidden_rows == [33]


@pytest.mark.parametrize("size", [5, 7, 13, 40, 97, 256, 4096, 1 << 20])
def test_big_sheet_streamed_finds_the_same(marked, monkeypatch, size):
    whole = _read(marked, "台账")
    monkeypatch.setattr(xlsx, "HIDDEN_SCAN_BYTES", 0)  # every sheet counts as big: streamed
    monkeypatch.setattr(xlsx, "_SCAN_CHUNK", size)
    streamed = _read(marked, "台账")
    assert streamed.rows == whole.rows
    assert streamed.uncached == whole.uncached
    assert streamed.hidden_rows == []  # a big sheet's hidden rows are not looked for


def test_clean_sheet_is_not_cut_into_cells(marked, monkeypatch):
    """A sheet with blanks but without marks is streamed, and no piece reaches the regexes."""
    streamed, matched = [], []
    stream = XlsxFile._scan_stream
    monkeypatch.setattr(XlsxFile, "_scan_stream", lambda self, data, part: streamed.append(part) or stream(self, data, part))
    monkeypatch.setattr(XlsxFile, "_scan_formulas", staticmethod(lambda data, xml: matched.append(xml)))
    monkeypatch.setattr(xlsx, "HIDDEN_SCAN_BYTES", 0)
    monkeypatch.setattr(xlsx, "_SCAN_CHUNK", 64)
    data = _read(marked, "干净")
    assert streamed and matched == []
    assert data.uncached == [] and data.rows[2][1] is None


def _every_cell(data, xml):
    """The scan as it was: the regexes run over every cell of the XML."""
    for m in xlsx._ERROR_CELL.finditer(xml):
        r, c = xlsx._split(m.group(1).decode())
        i, j = r - data.first_row, c - data.first_col
        if 0 <= i < len(data.rows) and 0 <= j < len(data.rows[i]):
            data.rows[i][j] = m.group(2).decode()
    data.uncached.extend(m.group(1).decode() for m in xlsx._FORMULA_CELL.finditer(xml) if not m.group(2))


def _sheet_xmls():
    import zipfile
    from pathlib import Path

    for path in sorted((Path(__file__).parent / "realworld").rglob("*.xlsx")):
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            continue
        with zf:
            for name in zf.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    xml = zf.read(name)
                    if xlsx._marked(xml):
                        yield pytest.param(xml, id=f"{path.name}:{name.rsplit('/', 1)[-1]}")


@pytest.mark.parametrize("xml", list(_sheet_xmls()))
def test_marks_found_around_each_mark_as_over_every_cell(xml):
    """Real workbooks' sheets (Excel, LibreOffice, WPS, openpyxl, closedxml …): matching only
    the cells around each t="e" and <f finds exactly what matching every cell finds."""
    from kjreport.workbook.source import SheetData

    def grid():
        return SheetData("s", [[""] * 60 for _ in range(400)], 1, 1)

    fast, slow = grid(), grid()
    XlsxFile._scan_formulas(fast, xml)
    _every_cell(slow, xml)
    assert fast.rows == slow.rows
    assert fast.uncached == slow.uncached


def test_uncached_formulas_found_around_each_mark_as_over_every_cell(marked):
    """openpyxl writes formulas without cached values (real Excel files above always have one)."""
    import zipfile

    from kjreport.workbook.source import SheetData

    with zipfile.ZipFile(marked) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    fast = SheetData("s", [[""] * 5 for _ in range(200)], 1, 1)
    slow = SheetData("s", [[""] * 5 for _ in range(200)], 1, 1)
    XlsxFile._scan_formulas(fast, xml)
    _every_cell(slow, xml)
    assert fast.uncached == slow.uncached == [f"C{n}" for n in sorted(FORMULAS)]
    assert fast.rows == slow.rows
