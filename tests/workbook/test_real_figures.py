"""The whole loop on a workbook whose county table is typed exactly as a statistics yearbook prints
it (湖州统计年鉴2014 表10-2: five 区县, the "△市区" sub-total row, the 全市 row; sources in
real_figures/SOURCES.md): check, fill and docx through the CLI, on copies — the fixtures stay
byte for byte as they were."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

HERE = Path(__file__).parent / "real_figures"
AS_PRINTED = HERE / "huzhou2024_yearbook.xlsx"
NO_NEW_AREA = HERE / "huzhou2024_yearbook_no_new_area.xlsx"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_yearbook_table_as_printed_is_checked_cell_by_cell(tmp_path):
    book = tmp_path / AS_PRINTED.name
    shutil.copy(AS_PRINTED, book)
    before = _digest(book)
    result = _run("check", str(book))
    out = result.output
    assert result.exit_code != 0, out
    # the sub-total row is told as such, never as a county or compared with all units
    assert "第 8 行「△市区」是小计行（部分县区之和）" in out
    assert "各县区之和为 26078" not in out
    # the new area the 2013 yearbook predates is "/": an error naming the cell and the way out
    assert "单元格 C7：填的是「/」（不适用）" in out
    assert "「全市」合计行（按统计公报填写）" in out
    assert "Traceback" not in out
    assert _digest(book) == before


def test_fill_and_docx_count_the_subtotal_once(tmp_path):
    book = tmp_path / NO_NEW_AREA.name
    shutil.copy(NO_NEW_AREA, book)
    assert _run("check", str(book)).exit_code == 0
    assert _run("fill", str(book)).exit_code == 0
    results = {r[0]: r for r in openpyxl.load_workbook(book, data_only=True)["指标结果"].iter_rows(values_only=True)}
    # R&D 131.8 over GDP 3840.9 of the five 区县 — not 183.4 / 5388.7 with "△市区" added again
    assert round(results["全社会R&D经费投入占GDP比重"][2], 2) == 3.43
    out = tmp_path / "out"
    result = _run("docx", str(book), "--by", "县区", "-o", str(out))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.rglob("*.docx"))
    assert names and not any("市区" in n for n in names), names
    assert len(names) == 5, names
