"""qa14b F1: a column a county adds to its copy of 县区数据 is never dropped by ``kjreport collect``.

The master is made by ``kjreport init --plan`` from the 六安 2021 plan; the office adds three
county columns, as README step 4 says; each county copy is typed with openpyxl as a clerk would.
霍山县 typed its figure under its own header 「技术合同成交额（亿元）」 (a synonym of the master's
「技术合同交易额（亿元）」) and left the master's column blank: the figure vanished without a word.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import digest
from tests.helpers import cli, cli_ok

PLAN = Path(__file__).resolve().parents[1] / "plan" / "corpus" / "2021_luan_yaodian.txt"
COUNTIES = ("金安区", "裕安区", "霍山县")
COLUMNS = ("高新技术企业（家）", "技术合同交易额（亿元）", "企业研发投入经费（亿元）")


@pytest.fixture(scope="module")
def master(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("luan")
    path = folder / "2021年科技工作.xlsx"
    cli_ok("init", "--year", "2021", "--plan", PLAN, path)
    wb = openpyxl.load_workbook(path)
    for sheet in ("县区数据", "县区上年数据"):
        ws = wb[sheet]
        for j, header in enumerate(COLUMNS, 3):
            ws.cell(1, j, header)
        for i, county in enumerate(COUNTIES, 2):
            ws.cell(i, 1, county)
    wb.save(path)
    return path


def county_copy(master: Path, tmp_path: Path, cells: dict[str, object], name: str = "霍山县") -> Path:
    """Return 霍山县's copy of ``master`` (row 4 of 县区数据) with ``cells`` typed in."""
    path = tmp_path / f"{name}.xlsx"
    shutil.copy(master, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["县区数据"]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def own_master(master: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(master, tmp_path / master.name))


def row_of(path: Path, county: str) -> dict[str, object]:
    ws = openpyxl.load_workbook(path)["县区数据"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == county)
    return dict(zip(headers, row, strict=False))


def test_a_synonym_column_is_merged_into_the_masters_column(master, tmp_path):
    """霍山县's 3.9 under 「技术合同成交额（亿元）」 lands in the master's 技术合同交易额 column, with a 提示."""
    book = own_master(master, tmp_path)
    copy = county_copy(master, tmp_path, {"C4": 104, "E4": 6.1, "F1": "技术合同成交额（亿元）", "F4": 3.9})
    before = digest(copy)
    out = cli_ok("collect", book, copy).output
    assert "霍山县.xlsx 工作表「县区数据」 单元格 F1：汇总表没有「技术合同成交额（亿元）」列；" in out, out
    assert "它与汇总表的「技术合同交易额（亿元）」是同一指标；已按「技术合同交易额（亿元）」合并" in out, out
    row = row_of(book, "霍山县")
    assert row["技术合同交易额（亿元）"] == 3.9 and row["高新技术企业（家）"] == 104
    assert "技术合同成交额（亿元）" not in row  # no second column for one indicator
    assert digest(copy) == before  # the copy is only read


def test_a_synonym_column_in_another_unit_is_converted(master, tmp_path):
    book = own_master(master, tmp_path)
    copy = county_copy(master, tmp_path, {"F1": "技术合同成交额（万元）", "F4": 39000})
    out = cli_ok("collect", book, copy).output
    assert "（已换算为亿元）" in out, out
    assert row_of(book, "霍山县")["技术合同交易额（亿元）"] == pytest.approx(3.9)


def test_two_different_figures_for_one_indicator_in_one_row_are_an_error(master, tmp_path):
    book = own_master(master, tmp_path)
    copy = county_copy(master, tmp_path, {"D4": 3.6, "F1": "技术合同成交额（亿元）", "F4": 3.9})
    before = digest(book)
    result = cli("collect", book, copy)
    assert result.exit_code == 1, result.output
    assert ("霍山县.xlsx 工作表「县区数据」 单元格 D4：「技术合同交易额」填的是 3.6，"
            "同一行 F4 的「技术合同成交额」（同一指标）却填的是 3.9") in result.output, result.output
    assert digest(book) == before


def test_a_new_column_is_added_to_the_master(master, tmp_path):
    """A column naming no indicator of the master (申请专利) is added after the last used column."""
    book = own_master(master, tmp_path)
    copy = county_copy(master, tmp_path, {"C4": 104, "F1": "申请专利（件）", "F4": 420})
    out = cli_ok("collect", book, copy).output
    assert "汇总表没有「申请专利（件）」列，报送文件中填有该列；已在 F1 加上「申请专利（件）」列" in out, out
    row = row_of(book, "霍山县")
    assert row["申请专利（件）"] == 420 and row["高新技术企业（家）"] == 104
    assert row_of(book, "金安区")["申请专利（件）"] is None


def test_an_added_column_left_blank_changes_nothing(master, tmp_path):
    book = own_master(master, tmp_path)
    copy = county_copy(master, tmp_path, {"C4": 104, "F1": "技术合同成交额（亿元）"})
    out = cli_ok("collect", book, copy).output
    assert "技术合同成交额" not in out, out
    assert list(row_of(book, "霍山县")) == ["县区", "类型", *COLUMNS]
