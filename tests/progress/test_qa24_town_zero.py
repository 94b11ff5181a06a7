"""qa24: the half-year 乡镇 progress notices of 仙居县 (tests/qa24_book.py), where two mountain 乡 have no R&D at all."""

from __future__ import annotations

import docx
import openpyxl

from tests.helpers import cli_ok
from tests.qa24_book import xianju_book


def _text(path) -> str:
    d = docx.Document(str(path))
    return "\n".join([p.text for p in d.paragraphs] + ["|".join(c.text for c in r.cells) for t in d.tables for r in t.rows])


def test_a_town_with_no_r_and_d_is_not_praised_nor_said_not_to_have_reported(tmp_path):
    # F5: 广度乡's R&D is 0 in both years (0.00%): its notice said “比重为0.00%，与上年持平” and
    # “请广度乡继续保持良好势头”, while nearly every other 乡镇 has R&D; once the zero was told as such, the
    # notice also said “广度乡尚未报送本期数据【待补充】” — it had reported, a 0
    book = xianju_book(tmp_path, month=6)
    wb = openpyxl.load_workbook(book)
    for name in ("乡镇数据", "乡镇上年数据"):
        ws = wb[name]
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "广度乡")
        ws.cell(row, 2).value = 0
    wb.save(book)
    cli_ok("progress", book, "--by", "乡镇")
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.endswith("乡镇进度通报")]
    text = _text(folder / "广度乡2025年上半年进度通报.docx")
    assert "全社会R&D经费投入占GDP比重目前尚无进展。" in text
    assert "继续保持良好势头" not in text and "尚未报送" not in text and "【待补充】" not in text
    assert "请广度乡对照全县年度目标任务和时间节点，查找薄弱环节，加快工作进度，确保完成全年目标任务。" in text
    # a 乡镇 with R&D that rose keeps its praise
    assert "继续保持良好势头" in _text(folder / "福应街道2025年上半年进度通报.docx")
