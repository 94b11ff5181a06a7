"""``kjreport collect`` on the slips of qa11's unit copies (湖州 counties, 滕州 towns).

Real workbooks: the 2012 master ``kjreport init`` makes from the sample, copies filled in with
openpyxl as a county or a department would, merged through ``python -m kjreport collect``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kjreport.plan.init import create_workbook
from tests.conftest import digest

ROOT = Path(__file__).resolve().parents[1]


def kjreport(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kjreport", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def column(ws, header: str) -> str:
    return next(c.column_letter for c in ws[1] if c.value and str(c.value).startswith(header))


def row_of(ws, value: object, letter: str = "A") -> int:
    return next(c.row for c in ws[letter] if c.value == value)


def fill(path: Path, sheet: str, key: object, values: dict[str, object], key_column: str = "A") -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    r = row_of(ws, key, key_column)
    for header, v in values.items():
        ws[f"{column(ws, header)}{r}"] = v
    wb.save(path)


def cell_value(path: Path, sheet: str, key: object, header: str, key_column: str = "A"):
    ws = openpyxl.load_workbook(path)[sheet]
    return ws[f"{column(ws, header)}{row_of(ws, key, key_column)}"].value


@pytest.fixture(scope="module")
def blank(sample_path, tmp_path_factory) -> Path:
    """The 2012 master made from the sample, with a % row in 科室数据 (上年 89.5)."""
    path = tmp_path_factory.mktemp("init") / "2012年汇总.xlsx"
    create_workbook(path, 2012, previous=sample_path)
    wb = openpyxl.load_workbook(path)
    wb["科室数据"].append(["高新科", "新入库项目中高新技术产业占比", "%", None, 89.5])
    targets = wb["目标任务"]
    line = targets.max_row + 1
    for col, v in zip("ABCDEF", ("新入库项目中高新技术产业占比", 90, "%", "≥", "一", "高新科"), strict=True):
        targets[f"{col}{line}"] = v
    wb.save(path)
    return path


@pytest.fixture
def books(blank, tmp_path) -> tuple[Path, Path]:
    """Return (a private master, the folder the copies go in)."""
    master = tmp_path / "2012年汇总.xlsx"
    shutil.copy(blank, master)
    folder = tmp_path / "报送"
    folder.mkdir()
    return master, folder


def copy_of(master: Path, folder: Path, name: str) -> Path:
    return Path(shutil.copy(master, folder / name))


def test_a_renamed_county_sheet_is_an_error_naming_the_sheet(books):
    """qa11 F4: 「县区数据」 renamed 「西山县数据」 was "（无新数据）", rc 0."""
    master, folder = books
    copy = copy_of(master, folder, "西山县报送.xlsx")
    fill(copy, "县区数据", "西山县", {"高新技术产业产值": 35.1, "地区生产总值": 108.6})
    wb = openpyxl.load_workbook(copy)
    wb["县区数据"].title = "西山县数据"
    wb.save(copy)
    before = digest(master)
    result = kjreport("collect", master, copy, cwd=folder)
    assert result.returncode == 1, result.stdout + result.stderr
    assert ("西山县报送.xlsx：没有「县区数据」工作表；「西山县数据」是否就是它" in result.stderr
            and "请把「西山县数据」改回原名「县区数据」后重新报送" in result.stderr), result.stderr
    assert "无新数据" not in result.stdout and "Traceback" not in result.stderr
    assert digest(master) == before


def test_a_county_file_filled_in_the_neighbours_row_is_refused_until_as(books):
    """qa11 F5: 西山县's file with figures in 柳桥县's row (its own row empty) was merged as 柳桥县's."""
    master, folder = books
    copy = copy_of(master, folder, "西山县报送.xlsx")
    fill(copy, "县区数据", "柳桥县", {"高新技术产业产值": 66.2, "地区生产总值": 115.4})
    ws = openpyxl.load_workbook(copy)["县区数据"]
    r = row_of(ws, "柳桥县")
    cells = f"{column(ws, '高新技术产业产值')}{r}、{column(ws, '地区生产总值')}{r}"
    before = digest(master)
    result = kjreport("collect", master, copy, cwd=folder)
    assert result.returncode == 1, result.stdout + result.stderr
    assert (f"文件名为西山县，但填写的是柳桥县的行（{cells}），西山县的行为空；是否填错了行？"
            in result.stderr), result.stderr
    assert "--as 西山县报送.xlsx=柳桥县" in result.stderr
    assert digest(master) == before
    result = kjreport("collect", master, copy, "--as", "西山县报送.xlsx=柳桥县", cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert cell_value(master, "县区数据", "柳桥县", "地区生产总值") == 115.4


def test_all_problems_of_all_copies_are_listed_in_one_run(books):
    """qa11 F6: a bad cell in one copy hid the 万元/元 slip of another until the next round."""
    master, folder = books
    a = copy_of(master, folder, "凤城县.xlsx")
    fill(a, "县区数据", "凤城县", {"地区生产总值": "约130"})
    b = copy_of(master, folder, "西山县.xlsx")
    fill(b, "县区数据", "西山县", {"全社会R&D经费支出": 15220000})  # 元 in a 万元 column (上年 1522)
    c = copy_of(master, folder, "柳桥县.xlsx")
    fill(c, "县区数据", "柳桥县", {"地区生产总值": 1102000})  # 万元 in an 亿元 column (上年 110.2)
    result = kjreport("collect", master, a, b, c, cwd=folder)
    assert result.returncode == 1
    assert "报送文件有 3 处错误" in result.stderr, result.stderr
    assert "凤城县.xlsx 工作表「县区数据」" in result.stderr and "为「约130」，不是数字" in result.stderr
    # qa11 F23: the number as typed, not 1.522e+07
    assert "「西山县」的「全社会R&D经费支出」为 15220000万元，约为上年（1522万元）的" in result.stderr
    assert "e+0" not in result.stderr
    assert "「柳桥县」的「地区生产总值」为 1102000亿元，约为上年（110.2亿元）的 10000 倍；可能把万元当作亿元填写了" in result.stderr


def test_a_percent_typed_as_a_fraction_is_not_merged(books):
    """qa11 F7: 0.912 in a % row whose 上年数 is 89.5 — what check rejects — was merged."""
    master, folder = books
    copy = copy_of(master, folder, "高新科.xlsx")
    fill(copy, "科室数据", "新入库项目中高新技术产业占比", {"本年数": 0.912}, key_column="B")
    ws = openpyxl.load_workbook(copy)["科室数据"]
    at = f"{column(ws, '本年数')}{row_of(ws, '新入库项目中高新技术产业占比', 'B')}"
    before = digest(master)
    result = kjreport("collect", master, copy, cwd=folder)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"高新科.xlsx 工作表「科室数据」 单元格 {at}：「新入库项目中高新技术产业占比」本年数为 0.912" in result.stderr
    assert "约为上年数 89.5 和年度目标 90 的百分之一" in result.stderr and "是否应为 91.2" in result.stderr
    assert digest(master) == before


def test_lock_files_in_the_selection_are_skipped_with_one_hint(books):
    """qa11 F8: ``~$西山县.xlsx`` picked up by ``*.xlsx`` stopped the whole merge."""
    master, folder = books
    copy = copy_of(master, folder, "西山县.xlsx")
    fill(copy, "县区数据", "西山县", {"地区生产总值": 108.6})
    (folder / "~$西山县.xlsx").write_bytes(b"\x0block user ")
    (folder / ".~lock.西山县.xlsx#").write_text("张三,zhang,pc,01.12.2026 09:00,file:///c;")
    files = sorted(folder.glob("*.xlsx")) + [folder / ".~lock.西山县.xlsx#"]
    result = kjreport("collect", master, *files, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    hints = [line for line in result.stdout.splitlines() if "锁文件" in line and "已跳过" in line]
    assert len(hints) == 1 and "~$西山县.xlsx" in hints[0] and ".~lock.西山县.xlsx#" in hints[0], result.stdout
    assert cell_value(master, "县区数据", "西山县", "地区生产总值") == 108.6
    fill(copy, "县区数据", "西山县", {"高新技术产业产值": "约35"})  # a run that fails still says it
    result = kjreport("collect", master, *files, cwd=folder)
    assert result.returncode == 1 and "「约35」" in result.stderr and "锁文件" in result.stderr, result.stderr


def test_a_not_applicable_mark_is_merged_like_a_value(books):
    """qa11 F9: 高新区's 「—」 for GDP (a 功能区) was dropped; the master then said 「为空」."""
    master, folder = books
    copy = copy_of(master, folder, "高新区.xlsx")
    fill(copy, "县区数据", "高新区", {"高新技术产业产值": 201.5, "地区生产总值": "—"})
    result = kjreport("collect", master, copy, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert cell_value(master, "县区数据", "高新区", "地区生产总值") == "—"
    assert cell_value(master, "县区数据", "高新区", "高新技术产业产值") == 201.5
    again = kjreport("collect", master, copy, "--dry-run", cwd=folder)  # same mark: nothing new
    assert again.returncode == 0 and "没有需要合并的新数据" in again.stdout, again.stdout


def test_a_new_row_under_a_short_name_suggests_the_county(books):
    """qa11 F22: 「西山」 as a new row got the whole list of counties."""
    master, folder = books
    copy = copy_of(master, folder, "西山县.xlsx")
    wb = openpyxl.load_workbook(copy)
    ws = wb["县区数据"]
    new = ws.max_row + 1
    ws[f"A{new}"] = "西山"
    ws[f"{column(ws, '地区生产总值')}{new}"] = 108.6
    wb.save(copy)
    line = row_of(openpyxl.load_workbook(master)["县区数据"], "西山县")
    result = kjreport("collect", master, copy, cwd=folder)
    assert result.returncode == 1
    assert f"「西山」不是汇总表中的县区；是否为「西山县」（第{line}行）？" in result.stderr, result.stderr
    assert "清河区、丰源区" not in result.stderr
