"""Rows of 目标任务 that plan review flagged are shaded pale yellow while their 核对提示 is not
empty: a plain conditional-format formula rule (Excel 2007+, WPS and LibreOffice show it; no
Excel 2010 extension), written by init, by plan import into a new or an existing workbook, and
kept by kjreport's own later writes (fill, the ribbon's 计算)."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kjreport.plan.export import REVIEW_COLUMN, REVIEW_SHADE
from kjreport.workbook.fills import add_dxf
from kjreport.workbook.schema import TARGETS
from tests.excel.remote import alerts, needs_remote, payload_from_xlsx, remote_book
from tests.helpers import cli_ok

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
# the last sentence's targets are flagged ("同比": 可能是实绩), the others not ("力争位居全市第一"
# after a target no longer flags it: a forward word before the result word, review8)
PLAN = (
    "2011年市科技局工作意见\n一、加强创新平台建设\n新增高新技术企业20家，技术合同成交额达到8亿元。\n"
    "二、推进成果转化\n力争完成省级项目验收7个，申报优秀科技成果6个，力争位居全市第一。\n"
    "科技型中小企业总数达212家，同比增长21.7%。\n"
)


def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "工作意见.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def sheet_xml(book: Path, name: str) -> str:
    """Return the worksheet XML of sheet ``name``."""
    wb = openpyxl.load_workbook(book, read_only=True)
    index = wb.sheetnames.index(name)
    wb.close()
    with zipfile.ZipFile(book) as z:
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        ids = re.findall(r'<sheet [^>]*r:id="(rId\d+)"', z.read("xl/workbook.xml").decode())
        target = re.search(rf'Id="{ids[index]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{ids[index]}"', rels)
        part = (target.group(1) or target.group(2)).lstrip("/")
        part = part if part.startswith("xl/") else "xl/" + part
        return z.read(part).decode()


def assert_shaded(book: Path) -> None:
    """The 目标任务 sheet has exactly one plain formula rule, on its 核对提示 column, filling pale
    yellow, and a flagged row holds a 核对提示 while an unflagged one does not."""
    wb = openpyxl.load_workbook(book)
    ws = wb[TARGETS.name]
    header = [c.value for c in ws[1]]
    column = openpyxl.utils.get_column_letter(header.index(REVIEW_COLUMN) + 1)
    ranges = list(ws.conditional_formatting)
    assert len(ranges) == 1
    (rule,) = ranges[0].rules
    assert rule.type == "expression" and rule.formula == [f"LEN(${column}2)>0"]
    assert str(ranges[0].sqref).startswith(f"A2:{openpyxl.utils.get_column_letter(len(header))}")
    assert rule.dxf.fill.fgColor.rgb.endswith(REVIEW_SHADE) and rule.dxf.fill.patternType == "solid"
    notes = [ws.cell(r, header.index(REVIEW_COLUMN) + 1).value for r in range(2, ws.max_row + 1)]
    assert any(notes) and not all(notes)
    xml = sheet_xml(book, TARGETS.name)
    assert "<conditionalFormatting" in xml and "x14" not in xml and "extLst" not in xml


def test_init_shades_the_rows_to_review(tmp_path):
    book = tmp_path / "2011年工作簿.xlsx"
    cli_ok("init", "--year", 2011, "--plan", plan_file(tmp_path), book)
    assert_shaded(book)


def test_plan_import_into_a_new_workbook_shades_them(tmp_path):
    book = tmp_path / "新.xlsx"
    cli_ok("plan", "import", plan_file(tmp_path), book)
    assert_shaded(book)


def test_plan_import_into_an_existing_workbook_shades_them_and_reuses_its_format(tmp_path):
    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    book = Path(shutil.copy(SAMPLE, tmp_path / "sample.xlsx"))
    cli_ok("plan", "import", plan_file(tmp_path), book)
    assert_shaded(book)
    with zipfile.ZipFile(book) as z:
        first = z.read("xl/styles.xml")
    cli_ok("plan", "import", plan_file(tmp_path), book)  # again: the same format, not a second one
    with zipfile.ZipFile(book) as z:
        assert z.read("xl/styles.xml") == first


def test_no_shade_without_a_flagged_row(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("2011年市科技局工作意见\n一、培育企业\n新增高新技术企业20家。\n", encoding="utf-8")
    book = tmp_path / "新.xlsx"
    cli_ok("plan", "import", path, book)
    assert list(openpyxl.load_workbook(book)[TARGETS.name].conditional_formatting) == []


def test_fill_keeps_the_shade(tmp_path):
    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    book = Path(shutil.copy(SAMPLE, tmp_path / "sample.xlsx"))
    cli_ok("plan", "import", plan_file(tmp_path), book)
    before = sheet_xml(book, TARGETS.name)
    cli_ok("fill", book)
    assert sheet_xml(book, TARGETS.name) == before
    assert_shaded(book)


@needs_remote
def test_the_ribbons_calculation_leaves_the_targets_sheet_alone(tmp_path):
    # Excel keeps a sheet's conditional formats as long as nothing rewrites the sheet: 计算 must
    # send no action to 目标任务 (values, colours, clearing)
    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    from kjreport.excel import fill

    book = Path(shutil.copy(SAMPLE, tmp_path / "sample.xlsx"))
    cli_ok("plan", "import", plan_file(tmp_path), book)
    payload = payload_from_xlsx(book)
    position = [s["name"] for s in payload["sheets"]].index(TARGETS.name)
    excel = remote_book(payload)
    outcome = fill.main(excel)
    assert outcome is not None and outcome.ok, alerts(excel.json()["actions"])
    actions = excel.json()["actions"]
    assert any(a["func"] == "setValues" for a in actions)  # it did write its own sheets
    assert not [a for a in actions if a.get("sheet_position") == position and a["func"] != "activateSheet"]


# --- the differential format in styles.xml --------------------------------------------------------

STYLES = (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs>{styles}{dxfs}'
    "<tableStyles/></styleSheet>"
)


@pytest.mark.parametrize(
    ("styles", "dxfs", "index"),
    [
        ('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>', "", 0),
        ("", '<dxfs count="0"/>', 0),
        ("", '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>', 1),
    ],
)
def test_a_fill_format_is_added_where_the_schema_wants_it(styles, dxfs, index):
    xml = STYLES.format(styles=styles, dxfs=dxfs).encode()
    out, got = add_dxf(xml, REVIEW_SHADE)
    assert got == index
    text = out.decode()
    assert text.count("<dxfs") == 1 and f'<dxfs count="{index + 1}">' in text
    assert text.index("<cellXfs") < text.index("<dxfs") < text.index("<tableStyles")
    assert add_dxf(out, REVIEW_SHADE) == (out, index)  # the same colour again: reused
