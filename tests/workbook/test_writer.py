"""The lossless writer on real packages: a rich openpyxl workbook and xlwings' real .xlsm."""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import subprocess
import time
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image as SheetImage
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from kjreport.errors import WorkbookError
from kjreport.workbook import writer
from kjreport.workbook.writer import ensure_writable, set_cells, write_sheet

RESULTS = [
    ["指标", "本年", "上年", "说明"],
    ["专利申请量（件）", 310, 268.0, "超额完成 <年度> & 目标"],
    ["R&D 经费占 GDP 比重（%）", 2.71, 2.5, None],
    ["高新技术企业（家）", 45, None, "  前后有空格  "],
    ["是否达标", True, False, "控制字符\x01已去掉"],
]
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
NEW_SHEET_PARTS = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"}


# --- fixtures: built at test time --------------------------------------------------------


@pytest.fixture(scope="module")
def rich_source(tmp_path_factory) -> Path:
    """Return a workbook with styles, a chart, a picture, names, validation, rules, a comment."""
    folder = tmp_path_factory.mktemp("rich")
    from PIL import Image

    png = folder / "logo.png"
    Image.new("RGB", (60, 40), (200, 30, 30)).save(png)
    wb = openpyxl.Workbook()
    data = wb.active
    data.title = "数据"
    data.append(["区县", "专利申请量", "是否达标"])
    for name, value in [("北湖区", 120), ("南山区", 95), ("东城区", 130), ("西岭县", 60)]:
        data.append([name, value, "是"])
    for cell in data[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for row in data.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "#,##0"
    data["A1"].comment = Comment("县区名称按统计口径", "科技局")
    data.merge_cells("A8:C8")
    data["A8"] = "合计行（合并单元格）"
    data["D2"] = "=B2*2"
    data["D3"] = "=B3*2"
    validation = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    data.add_data_validation(validation)
    validation.add("C2:C5")
    data.conditional_formatting.add(
        "B2:B5",
        CellIsRule(
            operator="greaterThan", formula=["100"], fill=PatternFill("solid", fgColor="FFC7CE")
        ),
    )
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=5), titles_from_data=True)
    chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=5))
    data.add_chart(chart, "F2")
    money = wb.create_sheet("科技投入")
    money.append(["项目", "金额（万元）"])
    money.append(["研发补助", 1234.5])
    money["B2"].number_format = "0.00"
    money["A1"].font = Font(italic=True, color="FF0000")
    money.add_image(SheetImage(str(png)), "D4")
    wb.defined_names["目标区县"] = DefinedName("目标区县", attr_text="数据!$A$2:$A$5")
    path = folder / "rich.xlsx"
    wb.save(path)
    _share_strings(path, "xl/worksheets/sheet1.xml")
    return path


def _share_strings(path: Path, sheet: str) -> None:
    """Store the text of ``sheet`` in sharedStrings.xml, as Excel does (openpyxl writes inline)."""
    parts = members(path)
    table: list[bytes] = []

    def share(m: re.Match[bytes]) -> bytes:
        table.append(m.group(2))
        return m.group(1) + b' t="s"><v>%d</v></c>' % (len(table) - 1)

    parts[sheet] = re.sub(
        rb'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"><is><t>(.*?)</t></is></c>',
        share,
        parts[sheet],
    )
    items = b"".join(b"<si><t>" + t + b"</t></si>" for t in table)
    parts["xl/sharedStrings.xml"] = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
        b'uniqueCount="%d">' % (len(table), len(table)) + items + b"</sst>"
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


@pytest.fixture
def book(rich_source, tmp_path) -> Path:
    """Return a private copy of the rich workbook."""
    return Path(shutil.copy(rich_source, tmp_path / "2011年科技工作.xlsx"))


@pytest.fixture
def xlsm(tmp_path) -> Path:
    """Return a copy of the real macro workbook shipped with xlwings (VBA project inside)."""
    import xlwings

    source = Path(xlwings.__file__).parent / "quickstart.xlsm"
    if not source.exists():
        pytest.skip("xlwings/quickstart.xlsm is not in the installed xlwings package")
    return Path(shutil.copy(source, tmp_path / "宏工作簿.xlsm"))


# --- helpers -----------------------------------------------------------------------------


def members(path: Path) -> dict[str, bytes]:
    """Return member name → decompressed bytes, in zip order."""
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def raw_members(path: Path) -> dict[str, tuple[int, int, bytes]]:
    """Return member name → (method, CRC, compressed bytes as stored)."""
    out = {}
    with zipfile.ZipFile(path) as zf, path.open("rb") as fh:
        for info in zf.infolist():
            fh.seek(info.header_offset)
            header = fh.read(30)
            name_len, extra_len = struct.unpack("<2H", header[26:30])
            fh.seek(name_len + extra_len, 1)
            out[info.filename] = (info.compress_type, info.CRC, fh.read(info.compress_size))
    return out


def changed(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {n for n in before if n in after and before[n] != after[n]}


def assert_relationships_resolve(path: Path) -> None:
    """Every internal relationship of every .rels part points at a member of the package."""
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        for rels in (n for n in names if n.endswith(".rels")):
            base = rels.replace("_rels/", "").removesuffix(".rels")
            folder = base.rpartition("/")[0]
            for rel in ElementTree.fromstring(zf.read(rels)).iter(f"{PKG_REL}Relationship"):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                part = (
                    target[1:]
                    if target.startswith("/")
                    else os.path.normpath(os.path.join(folder, target)).replace(os.sep, "/")
                )
                assert part in names, f"{rels} → {target} is missing"


def sheet_values(path: Path, name: str) -> list[list[object]]:
    ws = openpyxl.load_workbook(path)[name]
    return [list(row) for row in ws.iter_rows(values_only=True)]


def expected_values(rows: list[list[object]]) -> list[list[object]]:
    width = max(len(r) for r in rows)
    clean = [[v.replace("\x01", "") if isinstance(v, str) else v for v in r] for r in rows]
    return [r + [None] * (width - len(r)) for r in clean]


def patch_member(path: Path, name: str, edit) -> None:
    """Rewrite ``path`` (test setup only) with member ``name`` passed through ``edit``."""
    parts = members(path)
    parts[name] = edit(parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)


# --- write_sheet: a new sheet, then the same sheet again ---------------------------------


def test_new_sheet_touches_only_the_package_index(book):
    before, raw_before = members(book), raw_members(book)
    write_sheet(book, "指标结果", RESULTS)
    after, raw_after = members(book), raw_members(book)

    assert list(after)[: len(before)] == list(before)
    assert set(after) - set(before) == {"xl/worksheets/sheet3.xml"}
    assert changed(before, after) == NEW_SHEET_PARTS
    for name in set(before) - NEW_SHEET_PARTS:
        assert raw_after[name] == raw_before[name], f"{name} was recompressed"
    # workbook.xml is the old text plus one <sheet> element: nothing else moved
    inserted = re.search(
        rb'<sheet\b[^>]*name="\xe6\x8c\x87\xe6\xa0\x87\xe7\xbb\x93\xe6\x9e\x9c"[^>]*/>',
        after["xl/workbook.xml"],
    )
    assert inserted is not None
    assert after["xl/workbook.xml"].replace(inserted.group(0), b"") == before["xl/workbook.xml"]
    assert b'sheetId="3"' in inserted.group(0)
    assert_relationships_resolve(book)

    assert sheet_values(book, "指标结果") == expected_values(RESULTS)
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["数据", "科技投入", "指标结果"]
    assert len(wb["数据"]._charts) == 1 and len(wb["科技投入"]._images) == 1
    assert {str(r) for r in wb["数据"].merged_cells.ranges} == {"A8:C8"}
    assert wb["数据"]["A1"].comment.text.startswith("县区名称")
    assert wb["数据"].data_validations.dataValidation[0].formula1 == '"是,否"'
    assert len(wb["数据"].conditional_formatting) == 1
    assert "目标区县" in wb.defined_names
    assert wb["数据"]["A1"].font.b and wb["科技投入"]["B2"].number_format == "0.00"


def test_written_sheet_has_frozen_header_and_content_widths(book):
    write_sheet(book, "指标结果", RESULTS)
    ws = openpyxl.load_workbook(book)["指标结果"]
    assert ws.freeze_panes == "A2"
    # "R&D 经费占 GDP 比重（%）": 10 narrow + 6 wide characters → 22 columns of text
    assert ws.column_dimensions["A"].width >= 22
    assert ws.column_dimensions["B"].width < ws.column_dimensions["A"].width
    write_sheet(book, "指标结果", RESULTS, column_widths={1: 30, 4: 55.5}, freeze_header=False)
    ws = openpyxl.load_workbook(book)["指标结果"]
    assert ws.freeze_panes is None
    assert (ws.column_dimensions["A"].width, ws.column_dimensions["D"].width) == (30, 55.5)
    xml = members(book)["xl/worksheets/sheet3.xml"]
    assert b'<dimension ref="A1:D5"/>' in xml and b"sharedStrings" not in xml


def test_replacing_the_sheet_changes_only_its_part(book):
    write_sheet(book, "指标结果", [["旧内容"] * 6] * 40)
    before, raw_before = members(book), raw_members(book)
    write_sheet(book, "指标结果", RESULTS)
    after, raw_after = members(book), raw_members(book)
    assert list(after) == list(before)
    assert changed(before, after) == {"xl/worksheets/sheet3.xml"}
    for name in set(before) - {"xl/worksheets/sheet3.xml"}:
        assert raw_after[name] == raw_before[name]
    assert sheet_values(book, "指标结果") == expected_values(RESULTS)
    assert openpyxl.load_workbook(book).sheetnames == ["数据", "科技投入", "指标结果"]


def test_replacing_a_sheet_with_a_chart_detaches_its_drawing(book):
    """The old sheet's relationships (drawing, comments) go with the old sheet; the rest stays."""
    before = members(book)
    write_sheet(book, "数据", RESULTS)
    after = members(book)
    assert "xl/worksheets/_rels/sheet1.xml.rels" not in after
    assert changed(before, after) == {"xl/worksheets/sheet1.xml"}
    assert_relationships_resolve(book)
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["数据", "科技投入"]
    assert len(wb["科技投入"]._images) == 1
    assert sheet_values(book, "数据") == expected_values(RESULTS)


def test_xlsm_keeps_its_vba_project_and_excel_markup(xlsm):
    before, raw_before = members(xlsm), raw_members(xlsm)
    write_sheet(xlsm, "指标结果", RESULTS)
    write_sheet(xlsm, "指标结果", RESULTS[:2])
    after, raw_after = members(xlsm), raw_members(xlsm)
    assert changed(before, after) == NEW_SHEET_PARTS
    assert raw_after["xl/vbaProject.bin"] == raw_before["xl/vbaProject.bin"]
    assert (
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        in (after["[Content_Types].xml"])
    )
    workbook = after["xl/workbook.xml"]
    assert b'mc:Ignorable="x15 xr xr6 xr10 xr2"' in workbook and b"<xr:revisionPtr" in workbook
    # the r: prefix is declared on the root there, so the new element just uses it
    assert re.search(rb'<sheet name="[^"]+" sheetId="3" r:id="rId7"/></sheets>', workbook)
    wb = openpyxl.load_workbook(xlsm, keep_vba=True)
    assert wb.sheetnames == ["Sheet1", "_xlwings.conf", "指标结果"]
    assert sheet_values(xlsm, "指标结果") == expected_values(RESULTS[:2])
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(xlsm))
    try:
        assert parser.detect_vba_macros()
    finally:
        parser.close()


def test_package_written_with_data_descriptors_is_copied(book, tmp_path):
    """Zips streamed by Java/.NET tools put sizes after the data; the copy must still be valid."""

    class Stream(io.RawIOBase):  # write-only, not seekable: zipfile uses data descriptors
        def __init__(self):
            self.buffer = bytearray()

        def writable(self):
            return True

        def write(self, b):
            self.buffer += b
            return len(b)

    parts, stream = members(book), Stream()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            with zf.open(name, "w") as member:
                member.write(data)
    book.write_bytes(bytes(stream.buffer))
    assert all(i.flag_bits & 0x08 for i in zipfile.ZipFile(book).infolist())
    write_sheet(book, "指标结果", RESULTS)
    with zipfile.ZipFile(book) as zf:
        assert zf.testzip() is None
    assert {n: d for n, d in members(book).items() if n in parts and n not in NEW_SHEET_PARTS} == {
        n: d for n, d in parts.items() if n not in NEW_SHEET_PARTS
    }
    assert sheet_values(book, "指标结果") == expected_values(RESULTS)


# --- set_cells -----------------------------------------------------------------------------


def test_set_cells_keeps_styles_and_shared_strings(book):
    before = members(book)
    old_xml = before["xl/worksheets/sheet1.xml"]
    style_b2 = re.search(rb'<c r="B2"[^>]*?\bs="(\d+)"', old_xml).group(1)
    set_cells(book, "数据", {"B2": 999, "A3": "新区名", "E2": "新列", "H20": 1.5, "C4": None})
    after = members(book)
    assert changed(before, after) == {"xl/worksheets/sheet1.xml"}
    assert after["xl/sharedStrings.xml"] == before["xl/sharedStrings.xml"]
    xml = after["xl/worksheets/sheet1.xml"]
    assert re.search(rb'<c r="B2" s="' + style_b2 + rb'"><v>999</v></c>', xml)
    assert re.search(rb'<c r="A3"[^>]*t="inlineStr"><is><t>\xe6\x96\xb0', xml)
    assert re.search(rb'<c r="A4"[^>]*t="s"', xml)  # other shared-string cells stay shared
    assert re.search(rb'<c r="C4" s="\d+"/>', xml) or b'<c r="C4"/>' in xml
    assert b'<dimension ref="A1:H20"/>' in xml
    rows = [int(r) for r in re.findall(rb'<row r="(\d+)"', xml)]
    assert rows == sorted(rows) and rows[-1] == 20
    row2 = re.search(rb'<row r="2".*?</row>', xml).group(0)
    cols = re.findall(rb'<c r="([A-Z]+)2"', row2)
    assert cols == sorted(cols, key=lambda c: (len(c), c)) and b"E" in cols

    wb = openpyxl.load_workbook(book)
    ws = wb["数据"]
    assert [ws["B2"].value, ws["A3"].value, ws["E2"].value, ws["H20"].value, ws["C4"].value] == [
        999,
        "新区名",
        "新列",
        1.5,
        None,
    ]
    assert ws["B2"].number_format == "#,##0" and ws["A1"].font.b
    assert ws["A4"].value == "东城区" and ws["A8"].value == "合计行（合并单元格）"
    assert len(ws._charts) == 1 and ws["A1"].comment is not None
    assert_relationships_resolve(book)


def test_set_cells_on_an_empty_sheet_and_unknown_sheet(xlsm):
    set_cells(xlsm, "Sheet1", {"C3": "第三行", "A1": 7})
    assert sheet_values(xlsm, "Sheet1")[:3] == [
        [7, None, None],
        [None, None, None],
        [None, None, "第三行"],
    ]
    with pytest.raises(WorkbookError) as err:
        set_cells(xlsm, "不存在", {"A1": 1})
    assert "宏工作簿.xlsm" in str(err.value) and "不存在" in str(err.value)


def _add_calc_chain(path: Path) -> None:
    """Give ``path`` a calcChain part for 数据!D2 and D3, as Excel keeps one."""
    parts = members(path)
    parts["xl/calcChain.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="'
        b'http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D2" i="1"/><c r="D3"/>'
        b"</calcChain>"
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.calcChain+xml"/></Types>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            zf.writestr(n, data)


def test_overwritten_formulas_leave_the_calc_chain(book):
    _add_calc_chain(book)
    set_cells(book, "数据", {"D2": 5})
    after = members(book)
    assert b"<f>" not in re.search(
        rb'<c r="D2".*?(/>|</c>)', after["xl/worksheets/sheet1.xml"]
    ).group(0)
    assert (
        b'<c r="D3" i="1"/>' in after["xl/calcChain.xml"]
        and b'"D2"' not in after["xl/calcChain.xml"]
    )
    set_cells(book, "数据", {"D3": 6})
    after = members(book)
    assert "xl/calcChain.xml" not in after
    assert b"calcChain" not in after["xl/_rels/workbook.xml.rels"]
    assert b"calcChain" not in after["[Content_Types].xml"]
    assert_relationships_resolve(book)
    ws = openpyxl.load_workbook(book)["数据"]
    assert (ws["D2"].value, ws["D3"].value) == (5, 6)


def test_replaced_sheet_leaves_the_calc_chain(book):
    _add_calc_chain(book)
    write_sheet(book, "数据", RESULTS)
    assert "xl/calcChain.xml" not in members(book)
    assert openpyxl.load_workbook(book).sheetnames == ["数据", "科技投入"]


def test_shared_formula_master_is_refused(book):
    patch_member(
        book,
        "xl/worksheets/sheet1.xml",
        lambda x: x.replace(b"<f>B2*2</f>", b'<f t="shared" ref="D2:D3" si="0">B2*2</f>').replace(
            b"<f>B3*2</f>", b'<f t="shared" si="0"/>'
        ),
    )
    original = book.read_bytes()
    with pytest.raises(WorkbookError) as err:
        set_cells(book, "数据", {"D2": 1})
    assert "D2" in str(err.value) and "数据" in str(err.value) and book.name in str(err.value)
    assert book.read_bytes() == original
    set_cells(book, "数据", {"D3": 1})  # a follower of the shared formula can go
    assert openpyxl.load_workbook(book)["数据"]["D3"].value == 1


# --- atomicity, backups, refusals --------------------------------------------------------


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_crash_while_writing_leaves_the_original(book, monkeypatch):
    original = book.read_bytes()

    def broken(source, out, replaced, added):
        out.write(b"PK\x03\x04 half a package")
        raise RuntimeError("disk died")

    monkeypatch.setattr(writer, "write_package", broken)
    with pytest.raises(RuntimeError):
        write_sheet(book, "指标结果", RESULTS)
    assert book.read_bytes() == original
    assert _leftovers(book.parent, {book.name}) == []


def test_failed_replace_leaves_the_original_and_no_temp(book, monkeypatch):
    original = book.read_bytes()

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "replace", refuse)
    with pytest.raises(WorkbookError) as err:
        set_cells(book, "数据", {"B2": 1})
    assert book.name in str(err.value)
    assert book.read_bytes() == original
    assert _leftovers(book.parent, {book.name, ".kjreport-backup"}) == []


def _zip_bytes(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("x.txt", text)
    return buf.getvalue()


def test_backups_are_kept_and_rotated(book):
    # issue 10 item 12: backups that are not complete packages are not counted (and removed)
    folder = book.parent / ".kjreport-backup"
    folder.mkdir()
    for second in range(12):
        (folder / f"{book.stem}.20200101-0000{second:02d}.xlsx").write_bytes(_zip_bytes(str(second)))
    (folder / f"{book.stem}.20200101-000099.xlsx").write_bytes(b"")  # killed mid-copy
    (folder / "另一个.20200101-000000.xlsx").write_bytes(b"other")
    original = book.read_bytes()

    first = write_sheet(book, "指标结果", RESULTS)
    assert first.parent == folder and first.read_bytes() == original
    assert re.fullmatch(re.escape(book.stem) + r"\.\d{8}-\d{6}(-\d+)?\.xlsx", first.name)
    middle = book.read_bytes()
    second = set_cells(book, "数据", {"B2": 1})
    assert second != first and second.read_bytes() == middle

    ours = sorted(p.name for p in folder.iterdir() if p.name.startswith(book.stem))
    assert len(ours) == 10
    assert first.name in ours and second.name in ours
    assert f"{book.stem}.20200101-000000.xlsx" not in ours  # the oldest went first
    assert f"{book.stem}.20200101-000099.xlsx" not in ours  # the broken one is not kept
    assert (folder / "另一个.20200101-000000.xlsx").exists()
    assert write_sheet(book, "指标结果", RESULTS, backup=False) is None
    assert len([p for p in folder.iterdir() if p.name.startswith(book.stem)]) == 10


def test_file_mode_is_kept(book):
    book.chmod(0o640)
    write_sheet(book, "指标结果", RESULTS)
    assert book.stat().st_mode & 0o777 == 0o640


def test_lock_file_is_refused(book):
    (book.parent / f"~${book.name}").write_bytes(b"owner")
    original = book.read_bytes()
    with pytest.raises(WorkbookError) as err:
        write_sheet(book, "指标结果", RESULTS)
    assert book.name in str(err.value) and "Excel" in str(err.value) and "关闭" in str(err.value)
    assert book.read_bytes() == original


def test_read_only_file_is_refused(book):
    book.chmod(0o444)
    with pytest.raises(WorkbookError) as err:
        ensure_writable(book)
    assert "只读" in str(err.value) and book.name in str(err.value)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xls"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "EncryptionInfo".encode("utf-16-le"),
            "加密",
        ),
        (os.urandom(4096), "不是 Excel"),
        (b"PK\x05\x06" + b"\0" * 18, "不是 Excel"),  # an empty zip: no workbook inside
    ],
    ids=["xls", "encrypted", "random", "empty-zip"],
)
def test_not_a_package_is_refused(tmp_path, content, words):
    path = tmp_path / "坏文件.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookError) as err:
        write_sheet(path, "指标结果", RESULTS)
    assert "坏文件.xlsx" in str(err.value) and words in str(err.value)
    assert path.read_bytes() == content
    assert _leftovers(tmp_path, {path.name}) == []


@pytest.mark.parametrize("name", ["a/b", "结果[1]", "x" * 32, "", "'引号'"])
def test_bad_sheet_names_are_refused(book, name):
    original = book.read_bytes()
    with pytest.raises(WorkbookError) as err:
        write_sheet(book, name, RESULTS)
    assert "31" in str(err.value)
    assert book.read_bytes() == original


def test_nan_and_infinity_are_refused(book):
    original = book.read_bytes()
    for bad in (float("nan"), float("inf")):
        with pytest.raises(ValueError):
            write_sheet(book, "指标结果", [["值"], [bad]])
        with pytest.raises(ValueError):
            set_cells(book, "数据", {"B2": bad})
    assert book.read_bytes() == original


# --- LibreOffice reads what was written --------------------------------------------------


def _soffice(tmp_path: Path, target: str, *files: Path) -> subprocess.CompletedProcess:
    profile = (tmp_path / "lo-profile").as_uri()
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to"]
    command += [target, "--outdir", str(tmp_path / "out"), *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


@pytest.fixture
def calc(tmp_path) -> None:
    """Skip unless LibreOffice can open spreadsheets (Debian ships Calc apart from Writer)."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    probe = tmp_path / "probe.xlsx"
    openpyxl.Workbook().save(probe)
    _soffice(tmp_path, "csv", probe)
    if not (tmp_path / "out" / "probe.csv").exists():
        pytest.skip("LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui)")


def test_libreoffice_converts_the_written_workbooks(calc, book, xlsm, tmp_path):
    write_sheet(book, "指标结果", [["旧"] * 3] * 9)
    write_sheet(book, "指标结果", RESULTS)
    set_cells(book, "数据", {"B2": 999, "A3": "新区名"})
    write_sheet(xlsm, "指标结果", RESULTS)
    out = tmp_path / "out"
    every_sheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    for target in (every_sheet, "pdf"):
        done = _soffice(tmp_path, target, book, xlsm)
        assert done.returncode == 0 and "could not be loaded" not in done.stderr, done.stderr
    results = (out / f"{book.stem}-指标结果.csv").read_text(encoding="utf-8")
    assert "专利申请量（件）,310,268" in results and "超额完成 <年度> & 目标" in results
    data = (out / f"{book.stem}-数据.csv").read_text(encoding="utf-8")
    assert "新区名" in data and "999" in data
    assert "专利申请量（件）" in (out / f"{xlsm.stem}-指标结果.csv").read_text(encoding="utf-8")
    for pdf in (out / f"{book.stem}.pdf", out / f"{xlsm.stem}.pdf"):
        assert pdf.stat().st_size > 1000


# --- speed ---------------------------------------------------------------------------------


def test_large_workbook_is_copied_not_recompressed(book, capsys):
    """A 20 MB workbook: the time goes to copying bytes, not to compressing them again."""
    with zipfile.ZipFile(book, "a", zipfile.ZIP_STORED) as zf:
        zf.writestr("xl/media/filler.bin", os.urandom(20 * 1024 * 1024))
    assert book.stat().st_size > 20 * 1024 * 1024
    rows = [["指标", "区县", "本年", "上年", "增长", "说明"]] + [
        [f"指标{i}", "北湖区", i * 1.5, i, 0.5, "按计划推进"] for i in range(300)
    ]
    start = time.perf_counter()
    write_sheet(book, "指标结果", rows)
    first = time.perf_counter() - start
    start = time.perf_counter()
    write_sheet(book, "指标结果", rows, backup=False)
    second = time.perf_counter() - start
    with capsys.disabled():
        print(
            f"\n20 MB workbook, 300-row sheet: new {first:.2f} s (with backup), replace {second:.2f} s"
        )
    assert first < 5 and second < 5
    with zipfile.ZipFile(book) as zf:
        assert zf.getinfo("xl/media/filler.bin").compress_type == zipfile.ZIP_STORED


# --- values and less common sheet markup -------------------------------------------------


def test_numpy_decimal_and_dates_are_written(book):
    import numpy as np

    rows = [
        ["类型", "值"],
        ["numpy", np.float64(1.25)],
        ["int", np.int64(7)],
        ["bool", np.bool_(True)],
    ]
    rows += [["Decimal", Decimal("3.5")], ["日期", date(2011, 12, 31)]]
    write_sheet(book, "指标结果", rows)
    assert sheet_values(book, "指标结果")[1:] == [
        ["numpy", 1.25], ["int", 7], ["bool", True], ["Decimal", 3.5], ["日期", "2011-12-31"],
    ]  # fmt: skip
    with pytest.raises(TypeError):
        write_sheet(book, "指标结果", [[object()]])


def test_same_name_in_other_case_is_the_same_sheet(tmp_path):
    path = tmp_path / "case.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Results"
    wb.save(path)
    write_sheet(path, "RESULTS", [["x"]])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Results"] and wb["Results"]["A1"].value == "x"


def test_new_cells_take_the_column_style_and_prefixed_markup_is_kept(tmp_path):
    path = tmp_path / "prefixed.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    ws["A1"] = "标题"
    ws.column_dimensions["C"].number_format = "0.00%"
    wb.save(path)
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    def to_prefixed(xml: bytes) -> bytes:  # as some .NET tools write it: <x:worksheet …>
        xml = re.sub(rb"<(/?)([A-Za-z]+)([ />])", rb"<\1x:\2\3", xml)
        return xml.replace(b'xmlns="' + main + b'"', b'xmlns:x="' + main + b'"')

    patch_member(path, "xl/worksheets/sheet1.xml", to_prefixed)
    # a stale override for sheet2.xml must not be reused for the new part
    patch_member(
        path,
        "[Content_Types].xml",
        lambda x: x.replace(
            b"</Types>",
            b'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        ),
    )
    set_cells(path, "表", {"C5": 0.25, "B1": "旁边"})
    xml = members(path)["xl/worksheets/sheet1.xml"]
    assert b'<x:row r="5"><x:c r="C5" s="' in xml and b"<c " not in xml
    ws = openpyxl.load_workbook(path)["表"]
    assert (ws["A1"].value, ws["B1"].value, ws["C5"].value) == ("标题", "旁边", 0.25)
    assert ws["C5"].number_format == "0.00%"
    write_sheet(path, "新表", [["a"]])
    assert "xl/worksheets/sheet3.xml" in members(path)
    assert openpyxl.load_workbook(path).sheetnames == ["表", "新表"]


def test_truncated_package_is_refused_and_left_alone(book):
    data = book.read_bytes()
    # the central directory claims styles.xml is twice the file's size: the copy runs off the end
    broken = bytearray(data)
    at = broken.index(b"xl/styles.xml", data.index(b"PK\x01\x02")) - 46 + 20
    broken[at : at + 4] = struct.pack("<L", len(data) * 2)
    book.write_bytes(bytes(broken))
    with pytest.raises(WorkbookError) as err:
        write_sheet(book, "指标结果", RESULTS)
    assert book.name in str(err.value) and "损坏" in str(err.value)
    assert book.read_bytes() == bytes(broken)
    assert _leftovers(book.parent, {book.name}) == []
