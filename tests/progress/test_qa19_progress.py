"""qa19 F6: the 进度通报's 附件1 快/慢 column signs a gain (+0.06 beside -0.81, +3.4 beside -4.7) and
keeps 「超额完成」 on one line in the 进度判断 column (not 「超额完/成」)."""

from __future__ import annotations

from pathlib import Path

import docx

from kjreport.docx.tables import CELL_CHAR_MM, CELL_SIDES_MM
from tests.helpers import cli_output
from tests.qa19_book import nanning_book


def _table(tmp_path: Path):
    out = tmp_path / "进度.docx"
    assert "已生成进度通报" in cli_output("progress", nanning_book(tmp_path), "-o", out)
    return docx.Document(str(out)).tables[0]


def test_gains_are_signed_and_the_verdict_keeps_one_line(tmp_path: Path) -> None:
    table = _table(tmp_path)
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows}
    assert rows["全社会R&D经费投入占GDP比重"][7] == "-0.81"
    assert rows["规模以上工业企业研发投入占主营业务收入比重"][7] == "+0.06"
    assert rows["高新技术企业"][7] == "+3.4" and rows["转化重大科技成果"][7] == "-4.7"
    assert rows["引育高层次科技人才和团队"][7] == "+12.0"
    assert rows["高新技术企业"][8] == "超额完成"
    verdict_mm = table.columns[8].width.mm if table.columns[8].width else None
    if verdict_mm is None:  # the grid's width
        verdict_mm = int(table._tbl.tblGrid.findall(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol")[8].get(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w")) * 25.4 / 1440
    assert verdict_mm >= 4 * CELL_CHAR_MM + CELL_SIDES_MM - 0.05, verdict_mm  # to the twip
