"""qa11 findings on the year-end summary and the bulletins, on the QA round's own workbooks
(qa11_books/SOURCES.md), through ``kjreport fill`` / ``kjreport docx``: F11 (a share typed with two
decimals is judged as printed), F12 (headings), F13 (a fallen action count is no problem), F14
(附件2 decimals), F24/F25 (bulletin and 存在的问题 wording), F26 (names and units), F32."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

BOOKS = Path(__file__).parent / "qa11_books"


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _book(tmp_path: Path, book: str) -> Path:
    src = tmp_path / book
    shutil.copy(BOOKS / book, src)
    return src


def _summary(tmp_path: Path, book: str) -> docx.document.Document:
    out = tmp_path / "总结.docx"
    _run("docx", str(_book(tmp_path, book)), "-o", str(out))
    return docx.Document(str(out))


def _text(d) -> str:
    cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def test_a_share_typed_with_two_decimals_is_judged_as_printed(tmp_path):
    """F11: 2.76% against ≥2.8% is 0.04 point short — 基本完成 in the text, 附件1 and 指标结果."""
    book = _book(tmp_path, "huzhou2026.xlsx")
    _run("fill", str(book))
    ws = openpyxl.load_workbook(book)["指标结果"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "规上企业研发费用占营收比重")
    assert row[header.index("状态")] == "基本完成", row
    out = tmp_path / "总结.docx"
    _run("docx", str(book), "-o", str(out))
    text = _text(docx.Document(str(out)))
    assert "规上企业研发费用占营收比重达2.76%，提高0.15个百分点，低于年度目标0.04个百分点。" in text, text
    assert "规上企业研发费用占营收比重 | % | 2.8 | 2.76 | -0.04 | +0.15 | 基本完成" in text, text
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    assert "规上企业研发费用占营收比重2.76%，低于年度目标0.04个百分点" in problems, problems
