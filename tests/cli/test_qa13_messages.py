"""Messages a new bureau meets after `init --plan` (qa13): the cell a slip is in, the place a
plan's title names, the plan given to `fill` by mistake."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

CORPUS = Path(__file__).parents[1] / "plan" / "corpus"


def _init(tmp_path: Path, plan: str, year: int, name: str | None = None) -> tuple[Path, str]:
    source = tmp_path / (name or plan)
    shutil.copy(CORPUS / plan, source)
    out = tmp_path / f"{year}.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", str(year), "--plan", str(source), str(out)])
    assert run.exit_code == 0, run.output
    return out, run.output


def _rows(book, sheet: str = "科室数据") -> dict:
    return {r[1].value: r for r in book[sheet].iter_rows(min_row=2) if r[1].value}


def test_a_total_typed_into_the_new_row_names_the_new_row(tmp_path):
    out, _ = _init(tmp_path, "2018_handan_news.txt", 2018)
    book = openpyxl.load_workbook(out)
    rows = _rows(book)
    new, stock = rows["新增科技型中小企业"], rows["科技型中小企业"]
    new[3].value, new[4].value = 8700, 1210  # the year-end total typed as this year's 新增
    stock[3].value, stock[4].value = 8800, 7350
    book.save(out)
    run = CliRunner().invoke(main, ["check", str(out)])
    slip = next(line for line in run.output.splitlines() if "可能填的是年末总数" in line)
    assert f"单元格 D{new[3].row}：「新增科技型中小企业」本年数 8700家" in slip, slip
    assert f"D{stock[3].row}" not in slip
