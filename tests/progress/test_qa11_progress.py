"""qa11 findings on the 进度通报, on the QA round's own workbooks (tests/summary/qa11_books), through
``kjreport progress``: F15 (nothing done yet; 滞后 and 未达到 counted apart), F16 (the 附件 table's
指标 column by content), F29 (新增 not doubled)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx.shared import Mm

from kjreport.cli import main
from tests.conftest import confirm_items

BOOKS = Path(__file__).parents[1] / "summary" / "qa11_books"


def _notice(tmp_path: Path, book: str, confirmed: int = 0) -> docx.document.Document:
    src = tmp_path / book
    shutil.copy(BOOKS / book, src)
    if confirmed:
        assert len(confirm_items(src)) == confirmed
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(src), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def _text(d) -> str:
    return "\n".join(p.text for p in d.paragraphs)


def test_nothing_done_yet_and_missed_shares_are_said_as_the_attachment_judges_them(tmp_path):
    text = _text(_notice(tmp_path, "huzhou2026_m9.xlsx"))
    assert "截至9月底尚未新增省级重点实验室（年度目标2家）。" in text, text
    assert "达到0家" not in text and "完成年度目标的0.0%" not in text, text
    assert "截至9月底尚未新增高新技术企业（年度目标新增300家）。" in text, text  # no 尚差300家 after it
    # 6 滞后 and 3 未达到 in 一; the same two counts in 二's heading and in 三
    assert "6项滞后于进度，3项未达到年度目标" in text, text
    assert "二、进展滞后和未达到年度目标的工作" in text, text
    assert "对滞后于进度的6项工作和未达到年度目标的3项指标" in text, text
    assert "对滞后于进度的9项工作" not in text, text


def test_the_attachment_table_gives_the_indicator_names_room(tmp_path):
    d = _notice(tmp_path, "huzhou2026_m9.xlsx")
    table = d.tables[0]
    assert table.rows[0].cells[1].text == "指标"
    widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    # ten characters a line: the longest name (19 characters) in two lines, not four or five
    assert widths[1] * 635 >= Mm(42), widths
    assert widths[0] * 635 >= Mm(7.5), widths  # 序号 not squeezed for it


def test_a_row_named_with_new_is_not_new_new(tmp_path):
    # the book's 县区上年数据 规上工业企业研发费用 is about twice its 1–6月 figures (qa12 F38's
    # pattern): 须核对, confirmed here as the office would before the notice goes out
    text = _text(_notice(tmp_path, "tengzhou2025_m6.xlsx", confirmed=1))
    assert "截至6月底尚未新增高新技术企业（年度目标新增45家）" in text, text
    assert "新增新增" not in text, text
