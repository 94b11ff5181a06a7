"""设置「文字模板目录」: the office's copy of the wording templates, used by the commands (and the
ribbon, tests/excel/test_excel_template_setting.py) when no --template is given — the ribbon
had no way to use a copy (fix24's note on issue 9: it ranked and wrote with the default set)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import docx
import openpyxl

from kjreport.templating import templates_root
from tests.cli.test_fill_template import ZONE, _ranks
from tests.helpers import cli, cli_ok
from tests.qa20_book import daye_book
from tests.summary.test_qa20_documents import _county_rank, _custom_table

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
GUIDANCE = "以本局自定的提法为指导"


def _set(book: Path, key: str, value: str) -> None:
    """Add (or replace) a row of 设置, as the office types it."""
    wb = openpyxl.load_workbook(book)
    ws = wb["设置"]
    row = next((r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == key), ws.max_row + 1)
    ws.cell(row, 1).value, ws.cell(row, 2).value = key, value
    wb.save(book)


def office_templates(folder: Path) -> Path:
    """Return a copy of the whole templates/ folder whose summary says the bureau's own 提法."""
    shutil.copytree(templates_root(), folder)
    yearly = folder / "summary" / "yearly.j2"
    text = yearly.read_text(encoding="utf-8")
    old = "{% set guidance_by_year = {} %}"
    assert old in text
    yearly.write_text(text.replace(old, "{% set guidance_by_year = {2011: \"" + GUIDANCE + "\"} %}"), encoding="utf-8")
    return folder


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_the_summary_is_written_with_the_folder_the_settings_name(tmp_path):
    book = tmp_path / "鲁泽市2011年科技工作.xlsx"
    shutil.copy(SAMPLE, book)
    office_templates(tmp_path / "本局模板")
    out = tmp_path / "默认.docx"
    cli_ok("docx", book, "-o", out)
    assert GUIDANCE not in _text(out)
    _set(book, "文字模板目录", "本局模板")  # relative to the workbook's folder
    cli_ok("docx", book, "-o", tmp_path / "本局.docx")
    assert f"{GUIDANCE}，扎实推进各项重点工作" in _text(tmp_path / "本局.docx")


def test_a_copy_of_one_set_ranks_fill_and_the_documents_alike(tmp_path):
    # the setting may name a copy of templates/summary itself (what fix24's test passes as --template)
    book = daye_book(tmp_path)
    folder = _custom_table(tmp_path)
    _set(book, "文字模板目录", str(folder))  # an absolute path
    cli_ok("fill", book)
    ranks = _ranks(book, "科技特派员")
    assert ranks["东风路街道"] == "—" and ranks[ZONE] not in ("—", None)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", summary)
    assert str(ranks[ZONE]) == _county_rank(summary, ZONE, "科技特派员")


def test_a_folder_that_is_not_there_is_named_and_the_workbook_left_as_it_was(tmp_path):
    book = tmp_path / "鲁泽市2011年科技工作.xlsx"
    shutil.copy(SAMPLE, book)
    _set(book, "文字模板目录", "没有这个文件夹")
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    for command in (("docx", book, "-o", tmp_path / "x.docx"), ("fill", book)):
        result = cli(*command)
        assert result.exit_code != 0, result.output
        assert "「文字模板目录」" in result.output and "没有这个文件夹" in result.output, result.output
        assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    assert not (tmp_path / "x.docx").exists()
