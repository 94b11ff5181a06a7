"""A book by 镇街 is told in its own words (qa11b F4 F6 F15 F19).

临清市's book from ``kjreport init --plan`` (sheets 镇街数据 / 镇街上年数据), filled with openpyxl; each
slip typed as a clerk would; ``kjreport check`` and ``docx`` run through the real CLI.
"""

from __future__ import annotations

import shutil

import docx
import openpyxl
import pytest

from tests.helpers import cli
from tests.linqing_book import make_book


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return make_book(tmp_path_factory.mktemp("linqing"))


def _copy(book, tmp_path, edit, name="slip.xlsx"):
    path = tmp_path / name
    shutil.copy(book, path)
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(path)
    return path


def _line(output: str, text: str) -> str:
    return next(x for x in output.splitlines() if text in x)


def test_a_town_written_without_its_zhen_last_year_is_the_one_to_correct(book, tmp_path):
    """F4: 镇街上年数据 says 松林, 镇街数据 松林镇: the short one is pointed at, the full name proposed."""
    path = _copy(book, tmp_path, lambda wb: wb["镇街上年数据"].cell(6, 1, "松林"))
    before = path.read_bytes()
    result = cli("check", path)
    assert result.exit_code != 0
    line = _line(result.output, "松林")
    assert "工作表「镇街上年数据」 单元格 A6" in line, line
    assert "请把「松林」改为「松林镇」" in line, line
    assert "改为「松林」" not in result.output
    assert path.read_bytes() == before


def test_a_town_written_without_its_zhen_this_year_is_told_so(book, tmp_path):
    path = _copy(book, tmp_path, lambda wb: wb["镇街数据"].cell(6, 1, "松林"))
    result = cli("check", path)
    line = _line(result.output, "松林")
    assert "工作表「镇街数据」 单元格 A6" in line and "「松林」少了「镇」字" in line, line
    assert "请把「松林」改为「松林镇」" in line and "改为「松林」" not in line, line


def test_a_zhenjie_book_says_zhenjie_in_messages_and_documents(book, tmp_path):
    """F6: the sheets say 镇街, so do the messages, the summary and the notices (not 街镇)."""
    path = _copy(book, tmp_path, lambda wb: wb["镇街上年数据"].cell(6, 1, "松林"))
    check = cli("check", path)
    assert "镇街「松林」" in check.output and "街镇" not in check.output
    out = tmp_path / "总结.docx"
    assert cli("docx", book, "-o", out).exit_code == 0
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "镇街主要指标对比表" in text and "街镇" not in text
    shutil.copy(book, tmp_path / book.name)
    notices = cli("docx", tmp_path / book.name, "--by", "镇街")
    assert notices.exit_code == 0, notices.output
    assert "16 份镇街通报" in notices.output and "街镇" not in notices.output
    [folder] = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.endswith("通报")]
    assert "镇街" in folder.name
    notice = next(folder.glob("魏湾镇*.docx"))
    text = "\n".join(p.text for p in docx.Document(notice).paragraphs)
    assert "根据各镇街报送的统计数据" in text and "街镇" not in text


@pytest.mark.parametrize("renamed", ["镇街本年数据", "2024镇街数据"])
def test_a_renamed_town_sheet_is_told_to_take_its_pairs_name(book, tmp_path, renamed):
    """F15: back to 镇街数据 (after 镇街上年数据), never to 县区数据, which it never was."""
    def rename(wb):
        wb["镇街数据"].title = renamed

    path = _copy(book, tmp_path, rename)
    before = path.read_bytes()
    result = cli("check", path)
    assert result.exit_code != 0
    line = _line(result.output, "缺少工作表")
    assert f"缺少工作表「镇街数据」：工作簿中的「{renamed}」是否就是它" in line, line
    assert f"请把「{renamed}」改回原名「镇街数据」" in line, line
    assert "县区数据" not in result.output
    assert path.read_bytes() == before


def test_an_other_unit_header_is_read_under_the_books_word(book, tmp_path):
    """F19: 「镇街名称」 is read as the 镇街 column and the hint says 「镇街」, not 「县区」."""
    def header(wb):
        wb["镇街数据"]["A1"] = "镇街名称"
        wb["镇街上年数据"]["A1"] = "镇街（乡镇）"  # the book's word with a note: as meant

    result = cli("check", _copy(book, tmp_path, header))
    line = _line(result.output, "表头「镇街名称」")
    assert "已按「镇街」列读取" in line and "也可把表头改为「镇街」" in line, line
    assert "「县区」" not in result.output
    assert "表头「镇街（乡镇）」" not in result.output
