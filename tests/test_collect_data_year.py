"""``kjreport collect`` and 数据年度 (lag11b): a department's data year is never dropped.

The master is the sample (made before 数据年度 existed: no such column); 计划科's copy has the
column and its R&D intensity of 2010. Everything runs through ``python -m kjreport`` on real files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import openpyxl
import pytest

from tests.conftest import digest

NAME = "全社会R&D经费投入占GDP比重"


def kjreport(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kjreport", *map(str, args)],
                          capture_output=True, text=True, timeout=600)


def department_copy(src, dst, data_year: object, *, column: bool = True, new_row: bool = True):
    wb = openpyxl.load_workbook(src)
    ws = wb["科室数据"]
    if column:
        ws.cell(1, 8).value = "数据年度"
    if new_row:
        ws.append(["计划科", NAME, "%", 0.78, 0.72, "可比", None, data_year])
    else:
        ws.cell(ws.max_row, 8).value = data_year
    wb.save(dst)
    return dst


@pytest.fixture
def master(sample_path, tmp_path):
    path = tmp_path / "鲁泽市2011年汇总.xlsx"
    shutil.copy(sample_path, path)
    return path


def test_the_master_gains_the_column_and_the_year_is_merged(master, tmp_path):
    copy = department_copy(master, tmp_path / "计划科报送.xlsx", 2010)
    done = kjreport("collect", master, copy)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ("工作表「科室数据」 单元格 H1：汇总表没有「数据年度」列，报送文件中填有该列；"
            "已在 H1 加上「数据年度」列并写入报送的值") in done.stdout
    ws = openpyxl.load_workbook(master)["科室数据"]
    assert [c.value for c in ws[1]][-1] == "数据年度"
    assert [c.value for c in ws[ws.max_row]] == ["计划科", NAME, "%", 0.78, 0.72, "可比", None, 2010]
    # the merged master reads the figure as 2010's, as if typed there
    assert kjreport("fill", master).returncode == 0
    rows = list(openpyxl.load_workbook(master, read_only=True)["指标结果"].values)
    [row] = [r for r in rows if r and r[0] == NAME]
    assert any(isinstance(v, str) and v.startswith("本年数、上年数为2010年、2009年数据") for v in row)


def test_a_copy_without_a_data_year_adds_no_column(master, tmp_path):
    copy = department_copy(master, tmp_path / "计划科报送.xlsx", None)  # the column, left empty
    done = kjreport("collect", master, copy)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "数据年度" not in done.stdout
    assert "数据年度" not in [c.value for c in openpyxl.load_workbook(master)["科室数据"][1]]


@pytest.mark.parametrize("in_copy, shown", [(2009, "为 2009"), (None, "为 空（即本年度 2011）")])
def test_a_data_year_differing_from_the_masters_is_a_conflict(master, tmp_path, in_copy, shown):
    department_copy(master, master, 2010)  # the master already holds 2010 in H6
    copy = department_copy(master, tmp_path / "计划科报送.xlsx", in_copy, column=False, new_row=False)
    before = digest(master)
    done = kjreport("collect", master, copy)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    out = done.stdout + done.stderr
    assert (f"工作表「科室数据」{NAME} 的「数据年度」不一致：汇总表 H6 为 2010，计划科报送.xlsx 单元格 H6 {shown}"
            in out)
    assert digest(master) == before
    # the office decides: the copy's year (a blank one is this year's) is written
    done = kjreport("collect", master, copy, "--prefer", "计划科报送.xlsx")
    assert done.returncode == 0, done.stdout + done.stderr
    ws = openpyxl.load_workbook(master)["科室数据"]
    assert ws["H6"].value == (in_copy or 2011)
