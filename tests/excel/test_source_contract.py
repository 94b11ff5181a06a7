"""One contract, two workbook implementations: the .xlsx file (``XlsxFile``) and live Excel
through xlwings (``ExcelBook`` on the remote engine, fed the same workbook's cached values).

Same sheets, same values, the same ``write_sheet`` round trip, the same indicator results.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
from pathlib import Path

import openpyxl
import pytest

from kjreport.workbook.source import SheetData, WorkbookSource
from tests.excel.remote import apply_actions, needs_remote, payload_from_xlsx, remote_book

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
IMPLEMENTATIONS = ["xlsx", pytest.param("excel", marks=needs_remote)]


def edge_workbook(path: Path) -> Path:
    """Write a small workbook with the awkward cases: offset used range, an error value, a
    date, a bool, an empty sheet, a merged title (fixture making only)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "偏移"
    ws["C4"], ws["D4"], ws["C5"], ws["D5"], ws["C6"] = "县区", "产值", "甲县", 12.5, "乙县"
    ws["D6"] = "#DIV/0!"
    ws["D6"].data_type = "e"
    ws["E7"], ws["C8"], ws["D8"] = dt.datetime(2011, 12, 20), 3, True
    wb.create_sheet("空表")
    merged = wb.create_sheet("合并")
    merged["A1"], merged["A2"], merged["B2"] = "标题", 1, 2
    merged.merge_cells("A1:C1")
    wb.save(path)
    return path


class Opened:
    """A source under test, and writes that are seen again as a fresh reader would see them."""

    def __init__(self, kind: str, path: Path):
        self.kind, self.path = kind, path
        if kind == "excel":
            self.payload = payload_from_xlsx(path)
        self.source = self.fresh()

    def fresh(self) -> WorkbookSource:
        """Return a new source on the current state of the workbook."""
        if self.kind == "excel":
            return _excel_book(remote_book(self.payload))
        from kjreport.workbook.xlsx import XlsxFile

        return XlsxFile(self.path)

    def write(self, name: str, rows: list[list[object]]) -> WorkbookSource:
        """Write ``rows`` into sheet ``name`` through the current source; return a fresh one.

        For Excel the actions the write produced are applied, as Excel applies them."""
        source = self.fresh()
        source.write_sheet(name, rows)
        if self.kind == "excel":
            self.payload = apply_actions(self.payload, source.book.json()["actions"])
        return self.fresh()


def _excel_book(book) -> WorkbookSource:
    from kjreport.excel.book import ExcelBook

    return ExcelBook(book)


@pytest.fixture(params=["edge", "sample"])
def workbook(request, tmp_path) -> Path:
    if request.param == "sample":
        if not SAMPLE.exists():
            pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
        return Path(shutil.copy(SAMPLE, tmp_path / "鲁泽市2011年科技工作.xlsx"))
    return edge_workbook(tmp_path / "边界情况.xlsx")


@pytest.fixture(params=IMPLEMENTATIONS)
def opened(request, workbook) -> Opened:
    return Opened(request.param, workbook)


def expected_sheets(path: Path) -> dict[str, SheetData]:
    """Return what every implementation must read: openpyxl's cached values, blank border
    trimmed, numbers as float, midnight datetimes as dates."""
    wb = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for ws in wb.worksheets:
        cells = {
            (c.row, c.column): c.value
            for row in ws.iter_rows()
            for c in row
            if c.value not in (None, "")
        }
        if not cells:
            out[ws.title] = SheetData(ws.title, [], 1, 1)
            continue
        r0, r1 = min(r for r, _ in cells), max(r for r, _ in cells)
        c0, c1 = min(c for _, c in cells), max(c for _, c in cells)
        rows = [[_norm(cells.get((r, c))) for c in range(c0, c1 + 1)] for r in range(r0, r1 + 1)]
        out[ws.title] = SheetData(ws.title, rows, r0, c0)
    wb.close()
    return out


def _norm(v: object) -> object:
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, dt.datetime) and v.time() == dt.time(0, 0):
        return v.date()
    return v


def test_is_a_workbook_source(opened):
    assert isinstance(opened.source, WorkbookSource)
    assert opened.source.label.endswith(".xlsx")
    assert opened.source.location.endswith(opened.path.name)


def test_same_sheet_names_in_workbook_order(opened, workbook):
    wb = openpyxl.load_workbook(workbook, read_only=True)
    assert opened.source.sheet_names() == wb.sheetnames
    wb.close()


def test_same_values_and_positions(opened, workbook):
    for name, want in expected_sheets(workbook).items():
        got = opened.source.read_sheet(name)
        rows = [[_norm(v) for v in r] for r in got.rows]
        assert (got.name, got.first_row, got.first_col) == (name, want.first_row, want.first_col)
        # the .xlsx reader may keep blank columns at the right edge of its range
        width = max((len(r) for r in want.rows), default=0)
        assert [r[:width] for r in rows] == want.rows, name
        assert all(v is None for r in rows for v in r[width:]), name


def test_error_values_read_as_their_text(opened, workbook):
    if "偏移" not in opened.source.sheet_names():
        pytest.skip("the error value sits in the edge-case workbook")
    data = opened.source.read_sheet("偏移")
    assert data.rows[2][1] == "#DIV/0!"


def _needs_writer(kind: str) -> None:
    if kind == "xlsx" and importlib.util.find_spec("kjreport.workbook.writer") is None:
        pytest.skip("kjreport.workbook.writer (lossless .xlsx writer) is not in the tree yet")


@pytest.mark.parametrize("target", ["指标结果", "偏移"])
def test_write_sheet_round_trip_leaves_other_sheets_alone(opened, target):
    _needs_writer(opened.kind)
    names = opened.source.sheet_names()
    if target not in names and target != "指标结果":
        pytest.skip(f"{target} is a sheet of the edge-case workbook")
    before = {n: opened.source.read_sheet(n).rows for n in names if n != target}
    rows = [["指标", "本年", "说明"], ["专利申请量", 310.0, None], ["比重", 27.1, "超额完成"]]
    opened.write(target, [["旧内容"] * 6] * 8)  # a longer table first …
    final = opened.write(target, rows)  # … is fully replaced by a shorter one
    data = final.read_sheet(target)
    assert (data.first_row, data.first_col) == (1, 1)
    assert data.rows == rows
    expected_names = names if target in names else [*names, target]
    assert final.sheet_names() == expected_names
    for n, values in before.items():
        assert final.read_sheet(n).rows == values, n


@pytest.mark.parametrize("kind", IMPLEMENTATIONS)
def test_indicator_results_are_the_same_through_both(kind, tmp_path):
    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    from kjreport.report import load_report

    path = Path(shutil.copy(SAMPLE, tmp_path / SAMPLE.name))
    reference = {
        r.name: (r.value, r.status, r.completion, r.yoy) for r in load_report(path).results
    }
    report = load_report(Opened(kind, path).source)
    got = {r.name: (r.value, r.status, r.completion, r.yoy) for r in report.results}
    assert got.keys() == reference.keys()
    for name, want in reference.items():
        assert got[name] == pytest.approx(want, nan_ok=True), name
