"""issue 10 item 12: the writer over real workbooks from public projects' test data.

tests/workbook/realworld/ holds small .xlsx/.xlsm files from the test suites of calamine (MIT),
excelize (BSD-3-Clause) and ClosedXML (MIT); see SOURCES.md there. Each is written twice, as
``fill`` and ``collect`` would: a 指标结果 sheet added, then a cell set in its first worksheet.
After each write every part the writer had no reason to touch is byte-identical, and the
result opens in openpyxl and calamine whenever the original did. A file the writer refuses
(encrypted, strict OOXML, damaged …) is skipped with the writer's own message, which must be a
clear Chinese sentence.
"""

from __future__ import annotations

import re
import shutil
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from kjreport.errors import WorkbookError
from kjreport.workbook.package import Package, locate_book
from kjreport.workbook.writer import set_cells, write_sheet

CORPUS = Path(__file__).parent / "realworld"
FILES = sorted(p for p in CORPUS.glob("*/*") if p.suffix.lower() in (".xlsx", ".xlsm"))
ROWS = [["指标", "单位", "本年", "说明"], ["高新技术产业产值", "亿元", 812.0, "超额完成"],
        ["专利申请量", "件", 310, "_x000D_ 原样"]]
# parts a write may change besides the sheet it writes (see writer and recalc)
WORKBOOK_PARTS = {"[Content_Types].xml"}


def _members(path: Path) -> dict[bytes, tuple[int, bytes]]:
    """Return stored name bytes → (flags, content) for every member."""
    out = {}
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                utf8 = info.flag_bits & 0x800
                raw = info.orig_filename.encode("utf-8" if utf8 else "cp437")
                out[raw] = (utf8, z.read(info))
    except zipfile.BadZipFile:  # encrypted (not a zip) or damaged: the whole file then
        return {b"": (0, path.read_bytes())}
    return out


def _opens(path: Path) -> tuple[bool, bool]:
    """Return (openpyxl opens it, calamine reads every sheet)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            openpyxl.load_workbook(path).close()
            by_openpyxl = True
        except Exception:  # noqa: BLE001 — any failure means "does not open"
            by_openpyxl = False
    try:
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
        by_calamine = True
    except Exception:  # noqa: BLE001
        by_calamine = False
    return by_openpyxl, by_calamine


def _still_opens(path: Path, opened: tuple[bool, bool]) -> bool:
    now = _opens(path)
    return all(a or not b for a, b in zip(now, opened, strict=True))


def _allowed(path: Path) -> tuple[set[str], set[str]]:
    """Return (workbook-level parts, worksheet parts) of the package as it is now."""
    with path.open("rb") as fh:
        pkg = Package(fh)
        book = locate_book(pkg)
        parts = {book.part, book.rels_part, *WORKBOOK_PARTS}
        if book.styles_part:
            parts.add(book.styles_part)
        if book.calc_chain:
            parts.add(book.calc_chain)
        sheets = {s.part for s in book.sheets if s.is_worksheet and s.part}
    return parts, sheets


def _check_lossless(before: dict, after: dict, may_change: set[str], label: str) -> None:
    gone = set(before) - set(after)
    assert not gone, f"{label}: members lost {gone}"
    for raw, (flags, data) in before.items():
        name = raw.decode("utf-8", "replace")
        if name in may_change:
            continue
        assert after[raw] == (flags, data), f"{label}: {name} changed"


def _fresh_cell(path: Path, part: str) -> str:
    """Return a cell two rows below everything the sheet holds."""
    with zipfile.ZipFile(path) as z:
        xml = z.read(part)
    rows = [int(r) for r in re.findall(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"', xml)]
    refs = [int(r) for r in re.findall(rb'<(?:\w+:)?c\b[^>]*?\br="[A-Z]+(\d+)"', xml)]
    return f"B{max(rows + refs, default=0) + 2}"


@pytest.mark.parametrize("source", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_writer_is_lossless_on_real_workbooks(source, tmp_path):
    path = tmp_path / source.name
    shutil.copy(source, path)
    opened = _opens(path)
    before = _members(path)
    try:
        write_sheet(path, "指标结果", ROWS, backup=False)
    except WorkbookError as exc:
        message = str(exc)
        assert re.search(r"[\u4e00-\u9fff]", message) and source.name in message, message
        assert _members(path) == before, "a refused workbook must stay untouched"
        pytest.skip(f"kjreport does not write this file: {message}")
    parts, sheets = _allowed(source)
    after = _members(path)
    new_parts, new_sheets = _allowed(path)
    added = {raw.decode() for raw in set(after) - set(before)}
    assert added and all(n.startswith("xl/worksheets/sheet") for n in added), added
    _check_lossless(before, after, parts | sheets, f"{source.name} (fill)")
    assert _still_opens(path, opened), "the result no longer opens where the original did"
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("指标结果").to_python()
    assert rows[1][:3] == ["高新技术产业产值", "亿元", 812.0] and rows[2][3] == "_x000D_ 原样"

    # collect's kind of write: one new cell in the first worksheet
    with path.open("rb") as fh:
        first = next(s for s in locate_book(Package(fh)).sheets if s.is_worksheet and s.part)
    ref = _fresh_cell(path, first.part)
    before = after
    set_cells(path, first.name, {ref: 4321}, backup=False)
    after = _members(path)
    assert set(after) == set(before)
    _check_lossless(before, after, new_parts | new_sheets, f"{source.name} (collect)")
    assert _still_opens(path, opened), "the result no longer opens where the original did"
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(first.name).to_python()
    assert any(4321 in row for row in values), "the value was not written"


def test_the_corpus_is_documented():
    assert len(FILES) >= 30
    notes = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for folder in {p.parent for p in FILES}:
        assert folder.name in notes and (folder / "LICENSE").exists()
