"""QA8 F22: in the 进度通报, a stock already above its target shows its lead with its unit in the
快/慢（个百分点） column (+7家, not a bare 7 read as 个百分点), and 三、下步工作要求 says more than one
sentence when nothing lags (what to do about the slightly slow and the ahead)."""

from __future__ import annotations

import docx
import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.progress.test_qa4_progress import set_setting
from tests.summary.docx_readback import body_text


def test_a_stock_above_target_shows_its_lead_with_the_unit(sample_path, tmp_path):
    book = openpyxl.load_workbook(sample_path)
    set_setting("报送月份", 6)(book)
    for row in book["目标任务"].iter_rows(min_row=2):
        if row[0].value == "高新技术企业":
            row[1].value = 130  # 136 at last year's end, 147 in June: reached before the year
    path = tmp_path / "六月.xlsx"
    book.save(path)
    out = tmp_path / "进度.docx"
    result = CliRunner().invoke(main, ["progress", str(path), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in docx.Document(str(out)).tables[0].rows}
    assert rows["高新技术企业"][7] == "+17家", rows["高新技术企业"]
    assert rows["高新技术企业"][8] == "已达到"
    text = body_text(out).replace("\n", "")
    requirements = text.split("三、下步工作要求")[1].split("附件")[0]
    assert "要对照年度目标和时间节点，逐项梳理进展情况。" in requirements
    assert "巩固成果、保持势头" in requirements
