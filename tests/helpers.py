"""Helpers the tests share: ``kjreport`` run through its click entry point, a workbook copied
into a test's own folder, and the typing an office does in a new workbook (设置, 科室数据, the
县区/镇街 sheets)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner, Result
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from kjreport.cli import main
from kjreport.workbook.schema import normalize_header


def cli(*args: object, ok: bool = False) -> Result:
    """Return the result of ``kjreport ARGS`` (each argument as text) run through the real click
    command. An exception the command lets through fails the test as itself, and so does a
    traceback in the output; with ``ok`` the command must also exit 0."""
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert "Traceback" not in result.output, result.output
    if ok:
        assert result.exit_code == 0, result.output
    return result


def cli_ok(*args: object) -> Result:
    """Return the result of ``kjreport ARGS``, which must exit 0."""
    return cli(*args, ok=True)


def cli_output(*args: object) -> str:
    """Return what ``kjreport ARGS`` printed; the command must exit 0."""
    return cli(*args, ok=True).output


def copy_book(source: Path, tmp_path: Path) -> Path:
    """Return a copy of ``source`` in ``tmp_path`` under the same name, for a test to write into
    (the checked-in workbook stays as it is)."""
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    return copy


def init_from_plan(tmp_path: Path, plan: Path, saved_as: str, year: int, name: str,
                   **settings: object) -> tuple[Path, Workbook]:
    """Return (workbook path, opened workbook) made as a new office does: the real ``plan`` saved in
    ``tmp_path`` under the office's file name ``saved_as``, ``kjreport init --year … --plan …`` into
    ``name``, and ``settings`` typed into 设置 (``fill_settings``). The caller fills the rest and saves."""
    import openpyxl

    book = tmp_path / name
    saved = tmp_path / saved_as
    saved.write_bytes(plan.read_bytes())
    cli_ok("init", "--year", str(year), "--plan", saved, book)
    wb = openpyxl.load_workbook(book)
    fill_settings(wb, **settings)
    return book, wb


def assign_offices(wb: Workbook, offices: dict[str, str], default: str) -> None:
    """Type each 目标任务 row's 责任科室 (column F) from ``offices`` (指标 → 科室), and fill each empty
    科室 of 科室数据 (column A) from ``offices`` by its 指标, else ``default``."""
    targets = wb["目标任务"]
    for r in range(2, targets.max_row + 1):
        if targets.cell(r, 1).value in offices:
            targets.cell(r, 6).value = offices[targets.cell(r, 1).value]
    ks = wb["科室数据"]
    for r in range(2, ks.max_row + 1):
        ks.cell(r, 1).value = ks.cell(r, 1).value or offices.get(ks.cell(r, 2).value, default)


def fill_settings(wb: Workbook, **values: object) -> None:
    """Type ``values`` into 设置 as an office does: each keyword names a row by its 项目 (column A),
    its value goes into column B. A name 设置 does not list fails the test."""
    found = set()
    for row in wb["设置"].iter_rows(min_row=2):
        if row[0].value in values:
            row[1].value = values[row[0].value]
            found.add(row[0].value)
    assert found == set(values), f"设置 has no row {sorted(set(values) - found)}"


def confirm_plan_rows(wb: Workbook) -> None:
    """Clear every 核对提示 of 目标任务, as an office does once it has checked the rows against the plan
    (a plan imported without any has no such column: nothing to clear)."""
    ws = wb["目标任务"]
    header = [c.value for c in ws[1]]
    if "核对提示" not in header:
        return
    column = header.index("核对提示") + 1
    for r in range(2, ws.max_row + 1):
        ws.cell(r, column).value = None


def fill_department(wb: Workbook, figures: dict[str, tuple[object, object]]) -> None:
    """Type 本年数 and 上年数 into the 科室数据 rows whose 指标 is a key of ``figures``
    (指标 → (本年数, 上年数)); the other rows stay as they are."""
    ws = wb["科室数据"]
    header = [c.value for c in ws[1]]
    name, now, before = header.index("指标"), header.index("本年数"), header.index("上年数")
    for row in ws.iter_rows(min_row=2):
        if row[name].value in figures:
            row[now].value, row[before].value = figures[row[name].value]


def fill_areas(ws: Worksheet, rows: list[dict[str, object]], titles: dict[str, str] | None = None) -> None:
    """Type ``rows`` into a 县区/镇街 sheet from row 2 on: each row maps a column (its header without
    the unit) to its value. A column the sheet lacks is added after the last one, as an office adds
    it, under ``titles[column]`` (or the column's name)."""
    where = {normalize_header(c.value)[0]: c.column for c in ws[1] if c.value}
    for i, row in enumerate(rows, 2):
        for column, value in row.items():
            if column not in where:
                where[column] = ws.max_column + 1
                ws.cell(1, where[column], (titles or {}).get(column, column))
            ws.cell(i, where[column], value)


def pdf_pages(pdf: Path) -> list[str]:
    """Return the text of each page of a rendered PDF (``pdftotext -layout``)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


def slipped_book_output(book: Path, *more: tuple[str, ...]) -> str:
    """Return what ``check`` says of a workbook with slips, after asserting that ``fill``, ``docx``
    and the ``more`` commands (("progress",), ("docx", "--by", "乡镇")…) refuse it (exit 1) and
    that none of them changed the file."""
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    out = cli("check", book).output
    for command in (("fill",), ("docx",), *more):
        assert cli(*command, book).exit_code == 1, command
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    return out
