"""qa14b F4: brackets around Chinese are printed full-width in every Word output.

A target typed 「市级技术创新中心（实验室）」 (as ``kjreport init --plan`` writes it from the 六安 2021
plan) is matched under NFKC's ASCII brackets; the summary, its 附件1 and chart, and the progress
notice printed 「新增市级技术创新中心(实验室)4家」 — half-width brackets in a 公文.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from tests.helpers import cli_ok
from tests.luan_book import luan_book


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    return luan_book(tmp_path_factory.mktemp("luan") / "2021年科技工作.xlsx")


def texts(path: Path) -> str:
    d = docx.Document(str(path))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def charts(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/charts/"))


@pytest.mark.parametrize(("command", "document", "expected", "has_chart"), [
    ("docx", "六安市科学技术局2021年工作总结和2022年工作打算.docx", "新增市级技术创新中心（实验室）4家", True),
    ("progress", "六安市科学技术局2021年全年目标任务进展情况通报.docx", "新增市级技术创新中心（实验室）", False),
], ids=["summary", "progress notice"])
def test_word_output_prints_full_width_brackets(book, command, document, expected, has_chart):
    cli_ok(command, book)
    path = book.parent / document
    text = texts(path)
    assert expected in text, text
    assert "(实验室)" not in text
    if has_chart:
        # 4 of 3—5 is inside its range and has no 完成率 (qa14b F17), so no bar of its own in 图1;
        # no bar name is half-width either
        assert "(实验室)" not in charts(path)
