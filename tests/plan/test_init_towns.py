"""A county bureau reports by 乡镇 (qa10 F45): its unit sheets are 乡镇数据 / 乡镇上年数据.

``kjreport init --year 2025 --plan`` a county plan that speaks of its 乡镇 → the workbook names
the unit sheets 乡镇数据 / 乡镇上年数据 (headed 乡镇); the office types its figures with openpyxl as
Excel would; ``check``, ``fill``, ``docx`` and ``collect`` work through the real CLI, every message
names the sheets as the workbook does, and the sheets keep their names.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.workbook.schema import COUNTY, normalize_header
from tests.helpers import cli

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).parent / "corpus"
PLAN = FIXTURES / "青山县科学技术局2025年科技工作要点.txt"  # a county plan: 各乡镇（街道）

DEPARTMENT = {  # 指标 (as init lists it) → 本年数, 上年数
    "全社会研发经费投入": (3.3, 2.9),
    "新增高新技术企业": (9, 7),
    "科技型中小企业入库": (64, 52),
    "技术合同成交额": (5.6, 4.1),
}
TOWNS = {  # 乡镇 → 本年 (高新技术产业产值, 规模以上工业总产值), 上年
    "城关镇": ((38.0, 120.0), (33.0, 110.0)),
    "东湖镇": ((21.5, 80.0), (19.0, 74.0)),
    "西山乡": ((6.2, 30.0), (5.5, 28.0)),
    "南街街道": ((12.4, 52.0), (11.0, 47.0)),
}


def type_figures(path: Path, towns=TOWNS) -> None:
    """Fill the new workbook the way a county office does in Excel."""
    wb = openpyxl.load_workbook(path)
    for row in wb["设置"].iter_rows(min_row=2):
        if row[0].value == "成文日期":
            row[1].value = "2025年12月20日"
    ws = wb["科室数据"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        name = row[header.index("指标")].value
        if name in DEPARTMENT:
            row[header.index("本年数")].value, row[header.index("上年数")].value = DEPARTMENT[name]
    for sheet, year in (("乡镇数据", 0), ("乡镇上年数据", 1)):
        ws = wb[sheet]
        where = {normalize_header(c.value)[0]: c.column for c in ws[1] if c.value}
        for name in ("高新技术产业产值", "规模以上工业总产值"):  # init lists only the columns its targets use
            if name not in where:
                where[name] = ws.max_column + 1
                ws.cell(1, where[name], COUNTY.column(name).header)
        for i, (town, figures) in enumerate(towns.items(), 2):
            ws.cell(i, where["乡镇"], town)
            ws.cell(i, where["高新技术产业产值"], figures[year][0])
            ws.cell(i, where["规模以上工业总产值"], figures[year][1])
    wb.save(path)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("towns") / "青山县2025年科技工作.xlsx"
    result = cli("init", "--year", 2025, "--plan", PLAN, path)
    assert result.exit_code == 0, result.output
    assert "各单位的本年数填在「乡镇数据」，上年同期数填在「乡镇上年数据」" in result.output
    return path


@pytest.fixture(scope="module")
def workbook(made, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("towns_filled") / made.name
    shutil.copy(made, path)
    type_figures(path)
    return path


def test_init_names_the_unit_sheets_for_the_townships(made):
    wb = openpyxl.load_workbook(made)
    assert "乡镇数据" in wb.sheetnames and "乡镇上年数据" in wb.sheetnames
    assert "县区数据" not in wb.sheetnames and "县区上年数据" not in wb.sheetnames
    for sheet in ("乡镇数据", "乡镇上年数据"):
        assert wb[sheet]["A1"].value == "乡镇"


def test_a_fresh_township_book_checks_without_a_word_about_its_sheet_names(made):
    result = cli("check", made)
    assert "县区数据" not in result.output and "县区上年数据" not in result.output
    assert "表头「乡镇」" not in result.output and "缺少" not in result.output


def test_check_fill_and_docx_succeed_and_keep_the_sheet_names(workbook, tmp_path):
    check = cli("check", workbook)
    assert check.exit_code == 0, check.output
    assert "县区数据" not in check.output
    fill = cli("fill", workbook)
    assert fill.exit_code == 0, fill.output
    wb = openpyxl.load_workbook(workbook)
    assert "乡镇数据" in wb.sheetnames and "县区数据" not in wb.sheetnames  # never renamed
    names = [r[0] for r in wb["指标结果"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert any("技术合同成交额" in str(n) for n in names)
    sources = " ".join(str(v) for r in wb["指标结果"].iter_rows(values_only=True) for v in r if v)
    assert "县区数据" not in sources
    docx = cli("docx", workbook, "-o", tmp_path / "总结.docx")
    assert docx.exit_code == 0, docx.output
    assert (tmp_path / "总结.docx").exists()


def test_a_slip_in_the_township_sheet_names_it_and_the_cell(workbook, tmp_path):
    path = tmp_path / "slip.xlsx"
    shutil.copy(workbook, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["乡镇数据"]
    where = {normalize_header(c.value)[0]: c.column_letter for c in ws[1] if c.value}
    cell = f"{where['高新技术产业产值']}3"
    ws[cell] = "二十一点五"
    wb.save(path)
    before = path.read_bytes()
    result = cli("check", path)
    assert result.exit_code != 0
    line = next(x for x in result.output.splitlines() if f"单元格 {cell}" in x)
    assert "工作表「乡镇数据」" in line and "为「二十一点五」，不是数字" in line and "是否为 21.5？" in line
    assert "县区数据" not in result.output
    fill = cli("fill", path)
    assert fill.exit_code != 0 and "「乡镇数据」" in fill.output
    assert path.read_bytes() == before  # nothing written on error


def test_both_names_present_is_one_clear_error_and_nothing_is_written(workbook, tmp_path):
    path = tmp_path / "both.xlsx"
    shutil.copy(workbook, path)
    wb = openpyxl.load_workbook(path)
    wb.copy_worksheet(wb["乡镇数据"]).title = "县区数据"
    wb.save(path)
    before = path.read_bytes()
    result = cli("check", path)
    assert result.exit_code != 0
    assert "同时有「" in result.output and "「乡镇数据」" in result.output and "「县区数据」" in result.output
    assert "缺少工作表" not in result.output
    fill = cli("fill", path)
    assert fill.exit_code != 0 and "同时有「" in fill.output
    assert path.read_bytes() == before


def test_collect_merges_a_township_copy_under_either_name(made, tmp_path):
    master = tmp_path / "汇总.xlsx"
    shutil.copy(made, master)
    type_figures(master, {town: ((None, None), figures[1]) for town, figures in TOWNS.items()})
    copy = tmp_path / "东湖镇.xlsx"
    shutil.copy(master, copy)
    wb = openpyxl.load_workbook(copy)
    ws = wb["乡镇数据"]
    where = {normalize_header(c.value)[0]: c.column for c in ws[1] if c.value}
    ws.cell(3, where["高新技术产业产值"], 21.5)  # 东湖镇's own row
    ws.cell(3, where["规模以上工业总产值"], 80)
    ws.title = "县区数据"  # the town's copy names it the format's way: accepted too
    wb["乡镇上年数据"].title = "县区上年数据"
    wb.save(copy)
    result = CliRunner().invoke(main, ["collect", str(master), str(copy)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    wb = openpyxl.load_workbook(master)
    assert "乡镇数据" in wb.sheetnames and "县区数据" not in wb.sheetnames
    ws = wb["乡镇数据"]
    assert ws.cell(3, where["高新技术产业产值"]).value == 21.5
    assert ws.cell(3, where["规模以上工业总产值"]).value == 80


def test_a_corpus_plan_speaking_of_zhenjie_names_the_sheets_so(tmp_path):
    """临清市's 2024 plan speaks of 各镇街: its sheets are 镇街数据 / 镇街上年数据."""
    path = tmp_path / "临清.xlsx"
    result = cli("init", "--year", 2024, "--plan", CORPUS / "2024_linqing_jihua.txt", path)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(path)
    assert "镇街数据" in wb.sheetnames and "镇街上年数据" in wb.sheetnames
    assert wb["镇街数据"]["A1"].value == "镇街"
    check = cli("check", path)
    assert "县区数据" not in check.output and "缺少工作表" not in check.output


def test_init_from_keeps_last_years_sheet_names(workbook, tmp_path):
    last = tmp_path / "2025.xlsx"
    shutil.copy(workbook, last)
    path = tmp_path / "2026.xlsx"
    result = cli("init", "--year", 2026, "--from", last, path)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(path)
    assert "乡镇数据" in wb.sheetnames and "乡镇上年数据" in wb.sheetnames
    assert "县区数据" not in wb.sheetnames
    assert wb["乡镇数据"]["A1"].value == "乡镇"
    # the unit column gets the drop-down of last year's units, as a 县区 column does
    assert any("A2" in str(dv.sqref) for dv in wb["乡镇数据"].data_validations.dataValidation)
    towns = [r[0] for r in wb["乡镇上年数据"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert towns == list(TOWNS)
    assert "「乡镇上年数据」" in result.output  # what was carried, under its own name
    check = cli("check", path)
    assert "县区数据" not in check.output and "缺少工作表" not in check.output


def test_a_county_plan_without_a_word_of_its_towns_gets_township_sheets(tmp_path):
    """qa11b F12: 环县's plan (issued by 中共环县委; its 主送 各乡镇 line dropped as a page header)
    speaks of no 乡镇 in its text: a 县 has no 县区 under it, its sheets are 乡镇数据 / 乡镇上年数据."""
    path = tmp_path / "环县.xlsx"
    result = cli("init", "--year", 2025, "--plan", CORPUS / "2025_huanxian_fangan.txt", path)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(path)
    assert "乡镇数据" in wb.sheetnames and "乡镇上年数据" in wb.sheetnames
    assert "县区数据" not in wb.sheetnames
    assert wb["乡镇数据"]["A1"].value == "乡镇"


def test_init_tells_a_town_book_where_the_bureaus_own_figure_goes(tmp_path):
    """qa11b F17: a 县级市 creating 镇街数据 is not told it has no units under it."""
    result = CliRunner().invoke(main, ["init", "--year", "2024", "--plan", str(CORPUS / "2024_linqing_jihua.txt"),
                                       str(tmp_path / "临清.xlsx")], env={"COLUMNS": "400"})  # one line a row
    assert result.exit_code == 0, result.output
    row = next(x for x in result.output.splitlines() if "研发投入" in x and "计划科" in x)
    assert "科室数据：同名一行（全市数由科室报送；各镇街的数填「镇街数据」）" in row, row
    assert "没有下辖县区" not in result.output
