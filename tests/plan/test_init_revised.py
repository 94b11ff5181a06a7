"""QA8 F16: a 上年数 the office revises after ``init --from`` is told apart from the one carried.

``init --from`` records every figure it carries into 县区上年数据 and 科室数据 上年数, and the file
and cell it came from, in the hidden sheet 「上年数来源」; ``check`` gives one 提示 for each 上年数
that differs from it ("上年数已修改：原为…，现为…"). Through the real CLI on the sample."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.checks import rolled
from kjreport.cli import main
from tests.conftest import digest


@pytest.fixture(scope="module")
def rolled_book(sample_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("rolled") / "鲁泽市2012年科技工作.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2012", "--from", str(sample_path), str(out)])
    assert result.exit_code == 0, result.output
    return out


def _check(path) -> list[str]:
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "Traceback" not in result.output
    return [ln for ln in result.output.splitlines() if "上年数已修改" in ln]


def test_init_records_each_carried_figure_and_its_cell(rolled_book, sample_path):
    book = openpyxl.load_workbook(rolled_book)
    sheet = book[rolled.SHEET]
    assert sheet.sheet_state == "hidden"
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == rolled.HEADER
    old = openpyxl.load_workbook(sample_path)
    county = [r for r in rows[1:] if r[0] == "县区上年数据"]
    department = [r for r in rows[1:] if r[0] == "科室数据"]
    assert county and department
    for _, key, column, value, source in county[:12] + department[:12]:
        cell = source.rsplit("」", 1)[1]
        sheet_name = source.split("「")[1].split("」")[0]
        assert source.startswith("sample2011.xlsx「")
        assert old[sheet_name][cell].value == value, (key, column, source)
    assert ("县区上年数据", "清河区", "高新技术产业产值（亿元）", 136.9, "sample2011.xlsx「县区数据」B2") in rows


def test_a_rolled_over_workbook_as_made_gives_no_revision_hint(rolled_book):
    assert _check(rolled_book) == []


def test_a_revised_last_year_figure_is_a_hint_naming_both_figures_and_the_source(rolled_book, tmp_path):
    book = openpyxl.load_workbook(rolled_book)
    book["县区上年数据"]["B2"].value = 131.2  # the statistics bureau's revised 清河区 figure
    department = book["科室数据"]
    e2 = department["E2"].value
    department["E2"].value = e2 + 5
    path = tmp_path / "修订.xlsx"
    book.save(path)
    before = digest(path)
    lines = _check(path)
    assert digest(path) == before  # check never writes
    assert len(lines) == 2, lines
    county = next(ln for ln in lines if "县区上年数据" in ln)
    assert "单元格 B2" in county and "「清河区」的「高新技术产业产值」上年数已修改：原为 136.9，现为 131.2" in county
    assert "sample2011.xlsx「县区数据」B2" in county and "请确认是否为统计部门修订数" in county
    assert county.startswith("[提示]")
    dept = next(ln for ln in lines if "科室数据" in ln)
    assert f"原为 {e2}，现为 {e2 + 5}" in dept and "单元格 E2" in dept


def test_a_column_retyped_in_another_unit_is_not_a_revision(rolled_book, tmp_path):
    # 全社会R&D经费支出 was carried in 万元; the office retypes the column in 亿元
    book = openpyxl.load_workbook(rolled_book)
    sheet = book["县区上年数据"]
    header = [c.value for c in sheet[1]]
    j = next(i for i, h in enumerate(header) if h and h.startswith("全社会R&D经费支出")) + 1
    assert header[j - 1].endswith("（万元）")
    sheet.cell(1, j, "全社会R&D经费支出（亿元）")
    for r in range(2, sheet.max_row + 1):
        if isinstance(sheet.cell(r, j).value, (int, float)):
            sheet.cell(r, j).value = sheet.cell(r, j).value / 10000
    path = tmp_path / "亿元.xlsx"
    book.save(path)
    assert _check(path) == []
