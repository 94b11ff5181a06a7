# ruff: noqa: F811  (fixtures imported from tests.test_collect are used as parameters)
"""issue 10 item 12: ``collect`` with another writer around — another ``collect`` or ``fill``
holding the master, or the master saved in Excel while ``collect`` was working."""

from __future__ import annotations

import contextlib
import subprocess
import sys

import openpyxl

import kjreport.collect as collect_module
from tests.conftest import ROOT, digest
from tests.helpers import cli
from tests.test_collect import blank2012, filled, value, year2012  # noqa: F401 (fixtures)


@contextlib.contextmanager
def another_kjreport_writing(path):
    """Hold kjreport's writer lock on ``path`` from another process, as a second window would."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from kjreport.workbook.writer import writing\n"
         "with writing(sys.argv[1]):\n    print('held', flush=True); sys.stdin.readline()",
         str(path)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.communicate("done\n", timeout=60)


def test_collect_waits_for_no_one_and_refuses_while_another_writer_holds_the_master(year2012):
    master, county, dept = year2012
    before = digest(master)
    with another_kjreport_writing(master):  # a fill or collect in another window
        result = cli("collect", master, county, dept)
    assert result.exit_code == 1, result.output
    assert "另一个 kjreport 正在写入该工作簿" in result.output
    assert digest(master) == before
    # once the other writer is done, the same command goes through
    assert cli("collect", master, county, dept).exit_code == 0
    assert value(master, "县区数据", "高新技术产业产值", "西山县") == 51.2


def test_fill_is_refused_while_collect_holds_the_master(year2012, monkeypatch):
    master, county, dept = year2012
    seen = {}
    real = collect_module.read_workbook

    def read_and_try_fill(path, problems):
        book = real(path, problems)
        if path == master and "fill" not in seen:  # someone presses 计算指标 meanwhile
            seen["fill"] = subprocess.run(
                [sys.executable, "-m", "kjreport", "fill", str(master)],
                cwd=ROOT, capture_output=True, text=True, timeout=300,
            )
        return book

    monkeypatch.setattr(collect_module, "read_workbook", read_and_try_fill)
    result = cli("collect", master, county, dept)
    assert result.exit_code == 0, result.output
    assert seen["fill"].returncode == 1
    assert "另一个 kjreport 正在写入" in seen["fill"].stderr, seen["fill"].stderr
    assert value(master, "县区数据", "科技特派员", "西山县") == 96


def test_a_master_saved_elsewhere_during_collect_is_not_overwritten(year2012, monkeypatch):
    master, county, dept = year2012
    real = collect_module.read_workbook

    def read_then_user_saves(path, problems):
        book = real(path, problems)
        if path == master:
            wb = openpyxl.load_workbook(master)
            wb["县区数据"]["A30"] = "用户在 Excel 中的改动"
            wb.save(master)
        return book

    monkeypatch.setattr(collect_module, "read_workbook", read_then_user_saves)
    result = cli("collect", master, county, dept)
    assert result.exit_code == 1, result.output
    assert "读取之后被修改过" in result.output and "没有写入" in result.output
    wb = openpyxl.load_workbook(master)
    assert wb["县区数据"]["A30"].value == "用户在 Excel 中的改动"
    assert value(master, "县区数据", "高新技术产业产值", "西山县") is None
