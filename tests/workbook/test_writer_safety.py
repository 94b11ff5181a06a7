"""issue 10 item 12: the writer under concurrency, stale formulas, odd packages and crashes.

Workbooks are built at test time (openpyxl, or byte edits of a zip) so each case states the
one thing that is unusual about it.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from kjreport.errors import WorkbookError
from kjreport.workbook import backup as backups
from kjreport.workbook.guard import Fingerprint, lock_path
from kjreport.workbook.recalc import Changes, formulas_of, stale_formulas
from kjreport.workbook.writer import (
    hidden_note,
    set_cells,
    sheet_state,
    write_sheet,
    writing,
)
from kjreport.workbook.xlsx import XlsxFile

ROWS = [["指标", "本年"], ["专利申请量", 310], ["说明", "_x0041_ 不是 A"]]


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def rezip(path: Path, change) -> None:
    """Rewrite the zip at ``path`` member by member: ``change(name, data)`` returns the new
    (name, data) pairs for a member (an empty list drops it)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            for name, new in change(info.filename, data):
                out.writestr(name, new)


@pytest.fixture
def book(tmp_path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(["县区", "产值"])
    ws.append(["西山县", 10])
    ws.append(["柳桥县", 20])
    ws["B4"] = "=SUM(B2:B3)"
    report = wb.create_sheet("汇报")
    report["A1"] = "=数据!B4*2"
    report["B1"] = "=A1+1"
    report["C1"] = "=5*5"
    report["D1"] = "=指标结果!B2"
    path = tmp_path / "工作簿.xlsx"
    wb.save(path)
    _cache_results(path, {"数据": {"B4": "30"}, "汇报": {"A1": "60", "B1": "61", "C1": "25",
                                                         "D1": "0"}})
    return path


def _cache_results(path: Path, values: dict[str, dict[str, str]]) -> None:
    """Give formula cells the saved results Excel would have stored (openpyxl writes none)."""
    parts = {"数据": "xl/worksheets/sheet1.xml", "汇报": "xl/worksheets/sheet2.xml"}
    wanted = {parts[s]: cells for s, cells in values.items()}

    def change(name, data):
        for ref, v in wanted.get(name, {}).items():
            data = re.sub(
                rb'(<c r="' + ref.encode() + rb'"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v>[^<]*</v>)?',
                lambda m, v=v: m.group(1) + m.group(2) + b"<v>" + v.encode() + b"</v>",
                data,
            )
        return [(name, data)]

    rezip(path, change)


def cached(path: Path, part: str, ref: str) -> bytes | None:
    xml = members(path)[part]
    m = re.search(rb'<c r="' + ref.encode() + rb'"[^>]*>(.*?)</c>', xml)
    assert m, ref
    v = re.search(rb"<v>([^<]*)</v>", m.group(1))
    return v.group(1) if v else None


# --- stale formulas ----------------------------------------------------------------------


def test_cells_written_make_dependent_formulas_recalculate(book):
    assert cached(book, "xl/worksheets/sheet2.xml", "A1") == b"60"
    set_cells(book, "数据", {"B2": 100})
    # direct and indirect dependents lose their saved result; an independent formula keeps it
    assert cached(book, "xl/worksheets/sheet1.xml", "B4") is None
    assert cached(book, "xl/worksheets/sheet2.xml", "A1") is None
    assert cached(book, "xl/worksheets/sheet2.xml", "B1") is None
    assert cached(book, "xl/worksheets/sheet2.xml", "C1") == b"25"
    assert b'fullCalcOnLoad="1"' in members(book)["xl/workbook.xml"]
    # kjreport's own reader never takes the old 30 for the new sum
    data = XlsxFile(book).read_sheet("数据")
    assert "B4" in data.uncached
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("数据").to_python()
    assert len(rows) < 4 or rows[3][1] in ("", None)


def test_refreshing_results_makes_formulas_reading_them_recalculate(book):
    write_sheet(book, "指标结果", [["指标", "值"], ["a", 0]])
    _cache_results(book, {"汇报": {"D1": "0"}})  # as Excel saves it once the sheet exists
    assert cached(book, "xl/worksheets/sheet2.xml", "D1") == b"0"
    write_sheet(book, "指标结果", [["指标", "值"], ["a", 1]])
    assert cached(book, "xl/worksheets/sheet2.xml", "D1") is None
    assert cached(book, "xl/worksheets/sheet2.xml", "A1") == b"60"  # reads 数据, unchanged


def test_a_workbook_without_dependent_formulas_keeps_workbook_xml(tmp_path):
    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append([1, 2])
    wb.save(path)
    before = members(path)["xl/workbook.xml"]
    set_cells(path, "Sheet", {"A1": 5})
    assert members(path)["xl/workbook.xml"] == before


def test_reference_parsing_covers_names_ranges_and_volatile_functions():
    xml = (
        b'<worksheet><sheetData><row r="1">'
        b'<c r="A1"><f>SUM(\'\xe6\x95\xb0\xe6\x8d\xae\'!B:B)</f><v>1</v></c>'
        b"<c r=\"B1\"><f>INDIRECT(\"x\")</f><v>1</v></c>"
        b"<c r=\"C1\"><f>Goal*2</f><v>1</v></c>"
        b"<c r=\"D1\"><f>[1]Other!A1+\"B2\"</f><v>1</v></c>"
        b'<c r="E1"><f t="shared" ref="E1:E3" si="0">F1</f><v>1</v></c>'
        b"</row></sheetData></worksheet>"
    )
    formulas = formulas_of("汇报", xml, {"GOAL": "数据!$C$9"})
    changes = Changes()
    changes.add("数据", {(9, 3)})
    stale = stale_formulas(formulas, changes)["汇报"]
    assert (1, 1) not in stale  # column B of 数据 untouched
    assert {(1, 2), (1, 3)} <= stale  # INDIRECT: anything; Goal → 数据!C9
    assert (1, 4) not in stale  # another workbook and a text literal
    changes = Changes()
    changes.add("汇报", {(3, 6)})  # F3: read by E3, a member of the shared group
    assert (1, 5) in stale_formulas(formulas, changes)["汇报"]


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_recalculated_values(book, tmp_path):
    set_cells(book, "数据", {"B2": 100})
    out = tmp_path / "csv"
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", str(out), str(book)],
        capture_output=True, timeout=180, check=False,
    )
    files = sorted(out.glob("*.csv"))
    if not files:
        pytest.skip("LibreOffice did not convert (no profile or display)")
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    assert "120" in text and "240,241,25" in text


# --- two writers, and a file that changed since it was read ------------------------------


def test_a_second_writer_is_refused_while_the_first_holds_the_lock(book):
    before = book.read_bytes()
    with writing(book):
        lock = lock_path(book)
        assert lock.exists() and str(os.getpid()) in lock.read_text(encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-c",
             "import sys; from kjreport.workbook.writer import set_cells;"
             "set_cells(sys.argv[1], '数据', {'B2': 5})", str(book)],
            capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2],
        )
        assert out.returncode != 0
        assert "另一个 kjreport 正在写入该工作簿" in out.stderr and socket.gethostname() in out.stderr
        assert book.read_bytes() == before
    assert not lock_path(book).exists()


def test_a_lock_left_by_a_killed_process_is_taken_over(book):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    lock_path(book).write_text(
        f'{{"pid": {dead}, "host": "{socket.gethostname()}", "time": {time.time()}}}',
        encoding="utf-8",
    )
    set_cells(book, "数据", {"B2": 7})
    assert not lock_path(book).exists()
    assert openpyxl.load_workbook(book)["数据"]["B2"].value == 7


def test_a_file_changed_since_it_was_read_is_not_replaced(book):
    read_as = Fingerprint.of(book)
    wb = openpyxl.load_workbook(book)
    wb["数据"]["B3"] = 999  # someone saves in Excel meanwhile
    wb.save(book)
    saved = book.read_bytes()
    with pytest.raises(WorkbookError) as err:
        set_cells(book, "数据", {"B2": 5}, expect=read_as)
    assert "读取之后被修改过" in str(err.value) and "没有写入" in str(err.value)
    assert book.read_bytes() == saved


def test_fill_refuses_when_the_workbook_changed_after_reading(sample_copy):
    source = XlsxFile(sample_copy)
    time.sleep(0.01)
    wb = openpyxl.load_workbook(sample_copy)
    wb["设置"]["C1"] = "改动"
    wb.save(sample_copy)
    saved = sample_copy.read_bytes()
    with pytest.raises(WorkbookError) as err:
        source.write_sheet("指标结果", [["a"]])
    assert "读取之后被修改过" in str(err.value)
    assert sample_copy.read_bytes() == saved


def test_two_fills_at_once_never_both_lose_work(sample_copy):
    root = Path(__file__).parents[2]
    procs = [
        subprocess.Popen([sys.executable, "-m", "kjreport", "fill", str(sample_copy)], cwd=root,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for code, err in results:
        assert code in (0, 1), err
        if code:
            assert "另一个 kjreport 正在写入" in err or "读取之后被修改过" in err, err
        assert "内部错误" not in err
    assert any(code == 0 for code, _ in results)
    assert "指标结果" in openpyxl.load_workbook(sample_copy, read_only=True).sheetnames
    assert not lock_path(sample_copy).exists()
    assert not [p for p in sample_copy.parent.iterdir() if p.name.endswith(".tmp")]


# --- backups -------------------------------------------------------------------------------


def _backups(path: Path) -> list[str]:
    folder = path.parent / backups.BACKUP_DIR
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_original_is_kept_and_identical_versions_are_not_copied_again(book):
    original = book.read_bytes()
    first = write_sheet(book, "指标结果", ROWS)
    assert "原始" in first.name and first.read_bytes() == original
    for _ in range(3):
        write_sheet(book, "指标结果", ROWS)
    names = _backups(book)
    for _ in range(12):  # the same fill over and over: the same bytes, no new backups
        write_sheet(book, "指标结果", ROWS)
    assert _backups(book) == names and len(names) <= 3, names
    for i in range(12):  # twelve real changes: ten kept, plus the original
        set_cells(book, "数据", {"B2": i})
    names = _backups(book)
    assert len(names) == backups.BACKUPS_KEPT + 1
    assert first.name in names and first.read_bytes() == original


def test_pruning_ignores_the_clock_in_the_name(book):
    folder = book.parent / backups.BACKUP_DIR
    write_sheet(book, "指标结果", ROWS)  # the original
    future = folder / f"{book.stem}.29991231-235959.xlsx"  # a clock set wrong, or DST
    with zipfile.ZipFile(future, "w") as z:
        z.writestr("x.txt", "an earlier version")
    time.sleep(0.05)
    made = []
    for i in range(backups.BACKUPS_KEPT):
        made.append(set_cells(book, "数据", {"B2": 100 + i}).name)
    names = _backups(book)
    assert future.name not in names  # made first: pruned first, whatever its name says
    assert set(made) <= set(names)


def test_broken_backups_and_left_over_temp_files_are_cleaned(book):
    folder = book.parent / backups.BACKUP_DIR
    folder.mkdir()
    (folder / f"{book.stem}.20200101-000000.xlsx").write_bytes(b"")
    (folder / f"{book.stem}.20200101-000001.xlsx").write_bytes(book.read_bytes()[:300])
    dead = 2**22 + 12345
    (folder / f".{book.stem}.20200101-000002.xlsx.{dead}.tmp").write_bytes(book.read_bytes())
    (book.parent / f".{book.name}.{dead}.tmp").write_bytes(book.read_bytes())
    old = book.parent / f".{book.stem}.abcd1234.tmp"  # an older kjreport's temp name
    old.write_bytes(book.read_bytes())
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    write_sheet(book, "指标结果", ROWS)
    names = _backups(book)
    assert len(names) == 1 and all(backups.is_valid_backup(folder / n) for n in names)
    assert sorted(p.name for p in book.parent.iterdir()) == sorted([book.name, backups.BACKUP_DIR])


def test_a_full_disk_while_backing_up_leaves_no_backup_and_the_original(book, monkeypatch):
    original = book.read_bytes()
    real_open = open

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def full_open(path, mode="r", *args, **kwargs):
        fh = real_open(path, mode, *args, **kwargs)
        return Full(fh) if "w" in mode else fh

    monkeypatch.setattr(backups, "open", full_open, raising=False)
    with pytest.raises(WorkbookError) as err:
        write_sheet(book, "指标结果", ROWS)
    assert "写入失败" in str(err.value) and "磁盘空间" in str(err.value)
    monkeypatch.undo()
    assert book.read_bytes() == original
    folder = book.parent / backups.BACKUP_DIR
    assert not folder.exists() or list(folder.iterdir()) == []
    assert sorted(p.name for p in book.parent.iterdir() if p.name != backups.BACKUP_DIR) == [
        book.name
    ]


# --- odd packages ---------------------------------------------------------------------------


def _raw_name(path: Path, name: str, raw: bytes) -> None:
    """Rename member ``name`` to the bytes ``raw`` without the UTF-8 flag (as old zip tools
    with a Chinese code page do)."""
    data = path.read_bytes()
    encoded = name.encode("utf-8")
    assert len(raw) <= len(encoded)
    raw = raw.ljust(len(encoded), b"_")
    path.write_bytes(data.replace(encoded, raw))


def test_member_names_without_the_utf8_flag_keep_their_bytes(book, tmp_path):
    with zipfile.ZipFile(book, "a") as z:
        z.writestr("xl/media/picture.png", b"\x89PNG fake")
    gbk = "图片".encode("gbk") + b".png"
    _raw_name(book, "xl/media/picture.png", b"xl/media/" + gbk)
    before = {i.orig_filename.encode("cp437") for i in zipfile.ZipFile(book).infolist()
              if not i.flag_bits & 0x800}
    write_sheet(book, "指标结果", ROWS)
    after = {i.orig_filename.encode("cp437") for i in zipfile.ZipFile(book).infolist()
             if not i.flag_bits & 0x800}
    assert any(gbk in n for n in after) and before <= after


def test_a_new_sheet_does_not_inherit_a_leftover_rels_part(book):
    def change(name, data):
        out = [(name, data)]
        if name == "[Content_Types].xml":
            out.append(("xl/worksheets/_rels/sheet3.xml.rels",
                        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/gone.xml"/></Relationships>'))
        return out

    rezip(book, change)
    write_sheet(book, "指标结果", ROWS)
    names = members(book)
    assert "xl/worksheets/sheet3.xml" not in names and "xl/worksheets/sheet4.xml" in names
    openpyxl.load_workbook(book)


def test_an_existing_results_sheet_without_its_part_is_written(book):
    write_sheet(book, "指标结果", [["旧"]])
    rezip(book, lambda n, d: [] if n == "xl/worksheets/sheet3.xml" else [(n, d)])
    write_sheet(book, "指标结果", ROWS)
    assert openpyxl.load_workbook(book)["指标结果"]["B2"].value == 310


def test_text_that_looks_like_an_escape_stays_as_typed(book):
    write_sheet(book, "指标结果", ROWS)
    # stored as _x005F_x0041_: Excel, LibreOffice and calamine show the text as typed
    assert b"_x005F_x0041_" in members(book)["xl/worksheets/sheet3.xml"]
    assert CalamineWorkbook.from_path(str(book)).get_sheet_by_name("指标结果").to_python()[2][1] == "_x0041_ 不是 A"


def test_new_cells_are_general_when_the_default_style_is_a_date(book):
    def change(name, data):
        if name == "xl/styles.xml":
            data = re.sub(rb'(<cellXfs[^>]*>\s*<xf [^>]*?)numFmtId="0"', rb'\1numFmtId="15"', data,
                          count=1)
            assert b'numFmtId="15"' in data
        return [(name, data)]

    rezip(book, change)
    write_sheet(book, "指标结果", ROWS)
    set_cells(book, "数据", {"E9": 123})
    wb = openpyxl.load_workbook(book)
    assert wb["指标结果"]["B2"].number_format == "General"
    assert wb["数据"]["E9"].number_format == "General" and wb["数据"]["E9"].value == 123
    styles = members(book)["xl/styles.xml"]
    first_xf = re.search(rb"<cellXfs[^>]*>\s*(<xf [^>]*>)", styles).group(1)
    assert b'numFmtId="15"' in first_xf  # the workbook's own default is untouched
    assert re.search(rb'<c r="E9" s="[1-9]\d*"', members(book)["xl/worksheets/sheet1.xml"])
    count = members(book)["xl/styles.xml"].count(b"<xf ")
    write_sheet(book, "指标结果", ROWS)  # the added style is reused, not added again
    assert members(book)["xl/styles.xml"].count(b"<xf ") == count


def test_a_hidden_results_sheet_keeps_its_state_and_the_user_is_told(book):
    write_sheet(book, "指标结果", ROWS)
    plain, hidden = 'name="指标结果"'.encode(), 'name="指标结果" state="hidden"'.encode()
    rezip(book, lambda n, d: [(n, d.replace(plain, hidden) if n == "xl/workbook.xml" else d)])
    write_sheet(book, "指标结果", ROWS)
    assert sheet_state(book, "指标结果") == "hidden"
    note = hidden_note("指标结果", "hidden")
    assert "取消隐藏" in note
    assert "取消隐藏" in XlsxFile(book).write_sheet("指标结果", ROWS)


def test_utf16_parts_are_edited(book):
    def change(name, data):
        if name == "xl/workbook.xml":
            text = data.decode("utf-8")
            text = re.sub(r"encoding=['\"]UTF-8['\"]", 'encoding="UTF-16"', text, flags=re.I)
            if not text.startswith("<?xml"):
                text = '<?xml version="1.0" encoding="UTF-16"?>' + text
            data = text.encode("utf-16")
        return [(name, data)]

    rezip(book, change)
    write_sheet(book, "指标结果", ROWS)
    assert openpyxl.load_workbook(book)["指标结果"]["B2"].value == 310


def test_strict_ooxml_is_named_for_what_it_is(book):
    def change(name, data):
        if name == "_rels/.rels":
            data = data.replace(
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
            )
        return [(name, data)]

    rezip(book, change)
    before = book.read_bytes()
    with pytest.raises(WorkbookError) as err:
        write_sheet(book, "指标结果", ROWS)
    assert "严格 Open XML" in str(err.value) and book.read_bytes() == before
