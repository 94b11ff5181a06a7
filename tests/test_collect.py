"""``kjreport collect``: departments' and counties' copies merged back into the master.

The copies are real workbooks made by ``kjreport init`` from the sample and filled in with
openpyxl the way a county or a department would; the merge goes through the CLI.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.collect import CollectError, collect
from kjreport.errors import CheckFailed
from kjreport.plan.init import create_workbook
from tests.conftest import digest

BACKUPS = ".kjreport-backup"
NEW_PLATFORM = ["鲁泽新材料院士工作站", "院士工作站", "省级", "西山县", "鲁泽新材料有限公司", 2012]
NEW_PROJECT = [
    2012,
    "院士团队聚乳酸改性技术合作",
    "柳桥新宇生物科技有限公司",
    "柳桥县",
    "产学研合作",
    "市级",
    80,
    "合作科",
]


def column(ws, header: str) -> str:
    """Return the letter of the column whose header starts with ``header``."""
    return next(c.column_letter for c in ws[1] if c.value and str(c.value).startswith(header))


def row_of(ws, letter: str, value: object) -> int:
    return next(c.row for c in ws[letter] if c.value == value)


def cell(book, sheet: str, header: str, key: object, key_column: str = "A"):
    """Return the openpyxl cell of ``header`` in the row whose ``key_column`` holds ``key``."""
    ws = book[sheet]
    return ws[f"{column(ws, header)}{row_of(ws, key_column, key)}"]


def value(path: Path, sheet: str, header: str, key: object, key_column: str = "A"):
    return cell(openpyxl.load_workbook(path), sheet, header, key, key_column).value


def edit(path: Path, sheet: str, key: object, values: dict[str, object], key_column: str = "A"):
    """Type ``values`` (header → value) into the row of ``key`` as a user would, and save."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    r = row_of(ws, key_column, key)
    for header, value in values.items():
        ws[f"{column(ws, header)}{r}"] = value
    wb.save(path)


def append(path: Path, sheet: str, row: list[object]) -> None:
    wb = openpyxl.load_workbook(path)
    wb[sheet].append(row)
    wb.save(path)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def sheet_parts(path: Path) -> dict[str, str]:
    """Return sheet name → its worksheet member in the package."""
    ns = {
        "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "p": "http://schemas.openxmlformats.org/package/2006/relationships",
    }
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    with zipfile.ZipFile(path) as z:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("p:Relationship", ns)}
    return {
        s.get("name"): "xl/" + targets[s.get(rid)].lstrip("/").removeprefix("xl/")
        for s in book.iter(f"{{{ns['m']}}}sheet")
    }


def run(*args: object):
    return CliRunner().invoke(main, ["collect", *map(str, args)])


@pytest.fixture(scope="module")
def blank2012(sample_path, tmp_path_factory) -> Path:
    """Return the 2012 workbook ``kjreport init`` makes from the 2011 sample (made once)."""
    path = tmp_path_factory.mktemp("init") / "2012年汇总.xlsx"
    create_workbook(path, 2012, previous=sample_path)
    return path


@pytest.fixture(scope="module")
def filled(blank2012) -> tuple[Path, Path]:
    """Return (西山县's copy, 合作科's copy), filled in as they would be (made once)."""
    county = blank2012.parent / "西山县报送.xlsx"
    shutil.copy(blank2012, county)
    edit(
        county,
        "县区数据",
        "西山县",
        {"高新技术产业产值": 51.2, "科技特派员": 96, "全社会R&D经费支出": 9800},
    )
    dept = blank2012.parent / "合作科报送.xlsx"
    wb = openpyxl.load_workbook(blank2012)
    ws = wb["科室数据"]
    ws[f"{column(ws, '本年数')}{row_of(ws, 'B', '来市指导院士')}"] = 9
    wb["工作进展"].append(["二.2.2", "合作科", "全年邀请9名院士来市指导。"])
    wb["平台台账"].append(NEW_PLATFORM)
    wb["项目台账"].append(NEW_PROJECT)
    wb.save(dept)
    return county, dept


@pytest.fixture
def year2012(blank2012, filled, tmp_path):
    """Return private copies of (master, 西山县's copy, 合作科's copy)."""
    folder = tmp_path / "汇总"
    folder.mkdir()
    master = folder / "2012年汇总.xlsx"
    shutil.copy(blank2012, master)
    county, dept = (shutil.copy(p, tmp_path / p.name) for p in filled)
    return master, Path(county), Path(dept)


def test_each_copy_lands_in_its_own_cells_in_one_atomic_write(year2012):
    master, county, dept = year2012
    before = members(master)
    old_digest = digest(master)
    last_platform = openpyxl.load_workbook(master)["平台台账"].max_row

    result = run(master, county, dept)

    assert result.exit_code == 0, result.output
    assert "西山县（县区）" in result.output and "合作科（科室）" in result.output
    assert "已合并到 2012年汇总.xlsx：共修改" in result.output
    wb = openpyxl.load_workbook(master)
    assert cell(wb, "县区数据", "高新技术产业产值", "西山县").value == 51.2
    assert cell(wb, "县区数据", "科技特派员", "西山县").value == 96
    assert cell(wb, "县区数据", "全社会R&D经费支出", "西山县").value == 9800
    assert cell(wb, "县区数据", "高新技术产业产值", "西山县").number_format == "0.00"
    assert cell(wb, "县区数据", "高新技术产业产值", "柳桥县").value is None
    assert cell(wb, "科室数据", "本年数", "来市指导院士", "B").value == 9
    assert cell(wb, "科室数据", "上年数", "来市指导院士", "B").value == 7
    progress = [[c.value for c in r] for r in wb["工作进展"].iter_rows(min_row=2)]
    assert progress == [["二.2.2", "合作科", "全年邀请9名院士来市指导。"]]
    platforms = wb["平台台账"]
    assert platforms.max_row == last_platform + 1
    assert [c.value for c in platforms[last_platform + 1]] == NEW_PLATFORM
    assert [c.value for c in wb["项目台账"][wb["项目台账"].max_row]] == NEW_PROJECT

    after = members(master)
    assert list(after) == list(before)
    parts = sheet_parts(master)
    changed = {n for n in before if before[n] != after[n]}
    assert changed == {
        parts[s] for s in ("县区数据", "科室数据", "工作进展", "平台台账", "项目台账")
    }
    backups = list((master.parent / BACKUPS).iterdir())
    assert len(backups) == 1 and digest(backups[0]) == old_digest
    assert sorted(p.name for p in master.parent.iterdir()) == sorted([master.name, BACKUPS])

    # collecting the same copies again finds nothing new and leaves the master alone
    now = digest(master)
    result = run(master, county, dept)
    assert result.exit_code == 0, result.output
    assert "没有需要合并的新数据" in result.output
    assert digest(master) == now and len(list((master.parent / BACKUPS).iterdir())) == 1


def test_units_in_a_copys_header_are_converted_to_the_masters(year2012, tmp_path):
    master, _, _ = year2012
    copy = tmp_path / "柳桥县.xlsx"
    shutil.copy(master, copy)
    wb = openpyxl.load_workbook(copy)
    ws = wb["县区数据"]
    letter = column(ws, "全社会R&D经费支出")
    ws[f"{letter}1"] = "全社会R&D经费支出（亿元）"  # the county retyped the header in 亿元
    ws[f"{letter}{row_of(ws, 'A', '柳桥县')}"] = 1.25
    wb.save(copy)
    result = run(master, copy)
    assert result.exit_code == 0, result.output
    assert value(master, "县区数据", "全社会R&D经费支出", "柳桥县") == 12500


def test_rows_of_other_units_are_ignored_and_listed(year2012):
    master, county, dept = year2012
    edit(county, "县区数据", "柳桥县", {"高新技术产业产值": 77.7})  # not 西山县's row
    edit(dept, "科室数据", "一区五园高新技术产业产值", {"本年数": 500}, key_column="B")  # 高新科's
    result = run(master, county, dept)
    assert result.exit_code == 0, result.output
    assert "西山县报送.xlsx 中不属于西山县的修改未合并" in result.output
    assert "「县区数据」第" in result.output and "柳桥县" in result.output
    assert "合作科报送.xlsx 中不属于合作科的修改未合并" in result.output
    assert value(master, "县区数据", "高新技术产业产值", "柳桥县") is None
    assert value(master, "县区数据", "高新技术产业产值", "西山县") == 51.2
    assert value(master, "科室数据", "本年数", "一区五园高新技术产业产值", "B") is None


def test_two_copies_disagreeing_merge_nothing_until_prefer_decides(year2012, tmp_path):
    master, county, dept = year2012
    fixed = tmp_path / "西山县报送（更正）.xlsx"
    shutil.copy(county, fixed)
    edit(fixed, "县区数据", "西山县", {"高新技术产业产值": 52.0})
    before = digest(master)

    result = run(master, county, dept, fixed)
    assert result.exit_code == 1
    assert "有 1 处数值不一致" in result.output and "未合并任何数据" in result.output
    ws = openpyxl.load_workbook(county)["县区数据"]
    at = f"{column(ws, '高新技术产业产值')}{row_of(ws, 'A', '西山县')}"
    assert f"西山县报送.xlsx 单元格 {at} 为 51.2" in result.output
    assert f"西山县报送（更正）.xlsx 单元格 {at} 为 52" in result.output
    assert f"汇总表 {at} 为空" in result.output
    assert digest(master) == before and not (master.parent / BACKUPS).exists()

    result = run(master, county, dept, fixed, "--prefer", fixed.name)
    assert result.exit_code == 0, result.output
    assert value(master, "县区数据", "高新技术产业产值", "西山县") == 52.0
    assert value(master, "县区数据", "科技特派员", "西山县") == 96
    assert value(master, "科室数据", "本年数", "来市指导院士", "B") == 9


def test_prefer_newest_and_master_against_values_the_master_holds(year2012, tmp_path):
    master, county, _ = year2012
    assert run(master, county).exit_code == 0
    fixed = tmp_path / "西山县报送（更正）.xlsx"
    shutil.copy(county, fixed)
    edit(fixed, "县区数据", "西山县", {"高新技术产业产值": 53.5})
    os.utime(county, (1_300_000_000, 1_300_000_000))  # the first copy is older

    before = digest(master)
    result = run(master, fixed)  # changes a value the master already holds
    assert result.exit_code == 1 and "汇总表" in result.output and "为 51.2" in result.output
    assert digest(master) == before

    result = run(master, fixed, "--prefer", "master")
    assert result.exit_code == 0, result.output
    assert "没有需要合并的新数据" in result.output and digest(master) == before

    result = run(master, fixed, county, "--prefer", "newest")
    assert result.exit_code == 0, result.output
    assert value(master, "县区数据", "高新技术产业产值", "西山县") == 53.5


def test_a_copy_for_another_year_is_refused(year2012, sample_path):
    master, county, _ = year2012
    before = digest(master)
    result = run(master, county, sample_path)
    assert result.exit_code == 1
    assert "sample2011.xlsx 工作表「设置」 单元格 B4：年度是 2011" in result.output
    assert "是 2012 年度，该文件不能合并" in result.output
    assert digest(master) == before


def test_a_bad_cell_names_file_sheet_and_cell_and_nothing_is_merged(year2012):
    master, county, dept = year2012
    edit(county, "县区数据", "西山县", {"规模以上工业总产值": "八百左右"})
    ws = openpyxl.load_workbook(county)["县区数据"]
    at = f"{column(ws, '规模以上工业总产值')}{row_of(ws, 'A', '西山县')}"
    before = digest(master)
    result = run(master, dept, county)
    assert result.exit_code == 1
    assert (f"西山县报送.xlsx 工作表「县区数据」 单元格 {at}：「西山县」的「规模以上工业总产值」为「八百左右」，不是数字；"
            "应填写数值（单位：亿元）；是否为 800？") in result.output  # a Chinese numeral is read for the hint only
    assert "Traceback" not in result.output
    assert digest(master) == before


def test_a_copy_typed_in_wan_yuan_under_yi_yuan_is_refused(year2012):
    """qa10 F17: 415000 under a header in 亿元 where last year was 37 — the slip check reports
    is a bad cell in collect too: nothing is merged."""
    master, county, dept = year2012
    last = value(master, "县区上年数据", "高新技术产业产值", "西山县")
    edit(county, "县区数据", "西山县", {"高新技术产业产值": last * 10000})
    before = digest(master)
    result = run(master, dept, county)
    assert result.exit_code == 1, result.output
    assert "西山县报送.xlsx 工作表「县区数据」" in result.output
    assert "「西山县」的「高新技术产业产值」为" in result.output and "可能把万元当作亿元填写了" in result.output
    assert digest(master) == before


def test_a_new_ledger_row_missing_a_required_cell_is_refused(year2012):
    master, _, dept = year2012
    append(dept, "平台台账", ["凤城县生物育种工程技术研究中心", None, "市级", "凤城县", None, 2012])
    before = digest(master)
    result = run(master, dept)
    assert result.exit_code == 1
    assert "合作科报送.xlsx 工作表「平台台账」 单元格 B" in result.output
    assert "「平台类型」为空" in result.output
    assert digest(master) == before


def test_dry_run_shows_the_plan_and_writes_nothing(year2012):
    master, county, dept = year2012
    before = digest(master)
    result = run(master, county, dept, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "演练，未写入" in result.output
    assert "：空 → 51.2（西山县报送.xlsx）" in result.output
    assert digest(master) == before and not (master.parent / BACKUPS).exists()


def test_a_copy_with_several_units_needs_as_unless_its_name_says(year2012, tmp_path):
    master, county, _ = year2012
    mixed = tmp_path / "报送.xlsx"
    shutil.copy(county, mixed)
    edit(mixed, "县区数据", "柳桥县", {"高新技术产业产值": 77.7})
    before = digest(master)
    result = run(master, mixed)
    assert result.exit_code == 1
    assert "报送.xlsx：其中有 柳桥县、西山县 等多个单位的数据" in result.output
    assert "--as 报送.xlsx=县区或科室名称" in result.output
    assert digest(master) == before

    result = run(master, mixed, "--as", "报送.xlsx=柳桥县")
    assert result.exit_code == 0, result.output
    assert value(master, "县区数据", "高新技术产业产值", "柳桥县") == 77.7
    assert value(master, "县区数据", "高新技术产业产值", "西山县") is None

    named = tmp_path / "西山县2012年报送.xlsx"
    shutil.copy(mixed, named)
    result = run(master, named)  # the file name says whose it is
    assert result.exit_code == 0, result.output
    assert value(master, "县区数据", "高新技术产业产值", "西山县") == 51.2

    result = run(master, mixed, "--as", "报送.xlsx=东湖区")
    assert result.exit_code == 1 and "「东湖区」既不是汇总表中的县区，也不是科室" in result.output


def test_library_errors_carry_the_plan_and_the_problems(year2012, tmp_path):
    master, county, _ = year2012
    other = tmp_path / "西山县再报.xlsx"
    shutil.copy(county, other)
    edit(other, "县区数据", "西山县", {"科技特派员": 97})
    with pytest.raises(CollectError) as info:
        collect(master, [county, other])
    assert info.value.plan is not None and len(info.value.plan.conflicts) == 1
    conflict = info.value.plan.conflicts[0]
    assert (conflict.sheet, conflict.row, conflict.column) == ("县区数据", "西山县", "科技特派员")
    with pytest.raises(CheckFailed):
        edit(other, "县区数据", "西山县", {"科技特派员": 96.5})  # not a whole number
        collect(master, [other])
    with pytest.raises(CollectError, match="包含汇总表"):
        collect(master, [county, master])
    with pytest.raises(CollectError, match="--prefer 的取值「西山县.xlsx」无效"):
        collect(master, [county], prefer="西山县.xlsx")


def test_copies_with_the_same_name_in_county_folders(year2012, blank2012, tmp_path):
    master, county, _ = year2012
    (tmp_path / "西山县").mkdir()
    (tmp_path / "柳桥县").mkdir()
    first = Path(shutil.copy(county, tmp_path / "西山县" / "报送表.xlsx"))
    second = Path(shutil.copy(blank2012, tmp_path / "柳桥县" / "报送表.xlsx"))
    edit(second, "县区数据", "柳桥县", {"高新技术产业产值": 64.3})
    result = run(master, first, second)
    assert result.exit_code == 0, result.output
    assert "西山县（县区）" in result.output and "柳桥县（县区）" in result.output
    wb = openpyxl.load_workbook(master)
    assert cell(wb, "县区数据", "高新技术产业产值", "西山县").value == 51.2
    assert cell(wb, "县区数据", "高新技术产业产值", "柳桥县").value == 64.3


def test_collect_says_when_formulas_now_need_recalculating(year2012):
    """A formula fed by merged cells loses its saved result: collect says to open and save."""
    master, county, dept = year2012
    wb = openpyxl.load_workbook(master)
    ws = wb["县区数据"]
    letter = column(ws, "高新技术产业产值")
    wb.create_sheet("汇总")["A1"] = f"=SUM(县区数据!{letter}2:{letter}20)"
    wb.save(master)

    result = run(master, county)
    assert result.exit_code == 0, result.output
    assert "注意：「汇总」工作表中有公式引用了合并进来的数据" in result.output
    assert f"打开 {master.name} 并保存一次" in result.output

    # a merge that feeds no formula says nothing about recalculating
    result = run(master, dept)
    assert result.exit_code == 0, result.output
    assert "已合并到" in result.output and "重新计算" not in result.output


@pytest.mark.parametrize("lock", ["~${}", ".~lock.{}#"])
def test_a_copy_still_open_elsewhere_is_merged_as_last_saved_and_said_so(year2012, lock):
    """qa10b F11: a county copy with a lock file beside it (open in Excel/WPS or LibreOffice) is
    read as last saved, and collect says so for that file — unsaved edits are not merged."""
    master, county, dept = year2012
    county.with_name(lock.format(county.name)).write_bytes(b"")
    result = run(master, county, dept)
    assert result.exit_code == 0, result.output
    [said] = [line for line in result.output.splitlines() if "最近一次保存" in line]
    assert said.startswith(f"[提示] {county.name} 正在") and "尚未保存的修改不会合并" in said, said
    assert value(master, "县区数据", "科技特派员", "西山县") == 96
