"""collect's table calls a returned copy's unit as the master book does (its unit sheet's word,
as check and the documents do): 松林镇（镇街） in a book of 镇街数据 — not 乡镇 or 街镇 guessed from
the copies' name endings (QA8 F21 then; lowfix12) —, 西山县（县区） in the sample's."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from tests.helpers import cli
from tests.linqing_book import RD, make_book


@pytest.fixture(scope="module")
def zhenjie(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zhenjie")
    book = make_book(folder)
    copy = folder / "松林镇.xlsx"
    shutil.copy(book, copy)
    master = folder / "总表.xlsx"
    shutil.copy(book, master)
    wb = openpyxl.load_workbook(master)
    ws = wb["镇街数据"]
    rd = next(c.column for c in ws[1] if str(c.value or "").startswith(RD))
    row = next(c.row for c in ws["A"] if c.value == "松林镇")
    ws.cell(row, rd).value = None  # 松林镇 has not reported yet: its copy brings the figure
    wb.save(master)
    return master, copy


def test_a_town_copy_is_called_as_the_books_unit_sheets_call_it(zhenjie):
    master, copy = zhenjie
    result = cli("collect", master, copy, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "松林镇（镇街）" in result.output, result.output
    assert "（乡镇）" not in result.output and "（街镇）" not in result.output


def test_a_town_copy_in_a_book_whose_sheets_say_xiangzhen_is_called_as_its_documents_call_it(zhenjie, tmp_path):
    master, copy = zhenjie
    renamed = []
    for path in (master, copy):
        wb = openpyxl.load_workbook(path)
        wb["镇街数据"].title, wb["镇街上年数据"].title = "乡镇数据", "乡镇上年数据"
        wb["乡镇数据"]["A1"] = wb["乡镇上年数据"]["A1"] = "乡镇"
        renamed.append(tmp_path / path.name)
        wb.save(renamed[-1])
    result = cli("collect", *renamed, "--dry-run")
    assert result.exit_code == 0, result.output
    # the units are 镇 and 街道 (no 乡): the book's documents call them 街镇 (qa12b F21), so does collect
    assert "松林镇（街镇）" in result.output, result.output
