"""``kjreport collect``: departments' and counties' copies merged back into the master."""

from __future__ import annotations

import shutil
import zipfile

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan.init import create_workbook
from tests.conftest import digest


def header_col(ws, name):
    return next(c.column_letter for c in ws[1] if c.value and str(c.value).startswith(name))


def row_of(ws, column, value):
    return next(c.row for c in ws[column] if c.value == value)


@pytest.fixture
def year2012(sample_path, tmp_path):
    """Return (master, county copy, department copy): 2012 workbooks made by ``kjreport init``."""
    master = tmp_path / "2012年汇总.xlsx"
    create_workbook(master, 2012, previous=sample_path)
    county = tmp_path / "西山县报送.xlsx"
    dept = tmp_path / "合作科报送.xlsx"
    shutil.copy(master, county)
    shutil.copy(master, dept)

    wb = openpyxl.load_workbook(county)
    ws = wb["县区数据"]
    r = row_of(ws, "A", "西山县")
    ws[f"{header_col(ws, '高新技术产业产值')}{r}"] = 51.2
    ws[f"{header_col(ws, '科技特派员')}{r}"] = 96
    wb.save(county)

    wb = openpyxl.load_workbook(dept)
    ws = wb["科室数据"]
    r = row_of(ws, "B", "来市指导院士")
    ws[f"{header_col(ws, '本年数')}{r}"] = 9
    ws = wb["工作进展"]
    ws.append(["二.2.2", "合作科", "全年邀请9名院士来市指导。"])
    ws = wb["平台台账"]
    ws.append(["鲁泽新材料院士工作站", "院士工作站", "省级", "西山县", "鲁泽新材料有限公司", 2012])
    wb.save(dept)
    return master, county, dept


def test_each_file_lands_in_its_own_cells(year2012):
    master, county, dept = year2012
    with zipfile.ZipFile(master) as z:
        before = {i.filename: z.read(i.filename) for i in z.infolist()}
    result = CliRunner().invoke(main, ["collect", str(master), str(county), str(dept)])
    assert result.exit_code == 0, result.output
    assert "已合并到" in result.output and "原文件已备份到" in result.output
    wb = openpyxl.load_workbook(master)
    ws = wb["县区数据"]
    r = row_of(ws, "A", "西山县")
    assert ws[f"{header_col(ws, '高新技术产业产值')}{r}"].value == 51.2
    assert ws[f"{header_col(ws, '科技特派员')}{r}"].value == 96
    ws = wb["科室数据"]
    assert ws[f"{header_col(ws, '本年数')}{row_of(ws, 'B', '来市指导院士')}"].value == 9
    assert any(c.value == "全年邀请9名院士来市指导。" for c in wb["工作进展"]["C"])
    assert any(c.value == "鲁泽新材料院士工作站" for c in wb["平台台账"]["A"])
    with zipfile.ZipFile(master) as z:
        after = {i.filename: z.read(i.filename) for i in z.infolist()}
    changed = {n for n in before if before[n] != after.get(n)}
    assert changed and all(n.startswith("xl/worksheets/sheet") for n in changed)
    assert len(list((master.parent / ".kjreport-backup").glob("*.xlsx"))) == 1


def test_conflict_merges_nothing_until_prefer_decides(year2012, tmp_path):
    master, county, dept = year2012
    other = tmp_path / "西山县报送（更正）.xlsx"
    shutil.copy(county, other)
    wb = openpyxl.load_workbook(other)
    ws = wb["县区数据"]
    ws[f"{header_col(ws, '高新技术产业产值')}{row_of(ws, 'A', '西山县')}"] = 52.0
    wb.save(other)
    before = digest(master)
    result = CliRunner().invoke(main, ["collect", str(master), str(county), str(other)])
    assert result.exit_code == 1
    assert "不一致" in result.output and "西山县" in result.output and "51.2" in result.output
    assert digest(master) == before
    result = CliRunner().invoke(main, ["collect", str(master), str(county), str(other), "--prefer", other.name])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(master)["县区数据"]
    assert ws[f"{header_col(ws, '高新技术产业产值')}{row_of(ws, 'A', '西山县')}"].value == 52.0


def test_wrong_year_and_bad_cell_are_refused(year2012, sample_path, tmp_path):
    master, county, _ = year2012
    before = digest(master)
    result = CliRunner().invoke(main, ["collect", str(master), str(sample_path)])
    assert result.exit_code == 1 and "是2011年度的文件" in result.output
    wb = openpyxl.load_workbook(county)
    ws = wb["县区数据"]
    ws[f"{header_col(ws, '规模以上工业总产值')}{row_of(ws, 'A', '西山县')}"] = "八百左右"
    wb.save(county)
    result = CliRunner().invoke(main, ["collect", str(master), str(county)])
    assert result.exit_code == 1 and "「八百左右」不是数字" in result.output and county.name in result.output
    assert digest(master) == before


def test_dry_run_writes_nothing(year2012):
    master, county, dept = year2012
    before = digest(master)
    result = CliRunner().invoke(main, ["collect", str(master), str(county), str(dept), "--dry-run"])
    assert result.exit_code == 0 and "未写入" in result.output
    assert digest(master) == before
