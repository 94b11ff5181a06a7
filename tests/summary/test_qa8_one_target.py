"""QA8 F19: a year with one target says "全年1项目标任务超额完成", never "全部"."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import SAMPLE
from tests.summary.docx_readback import body_text


def test_one_target_is_not_all_of_them(tmp_path):
    book = openpyxl.load_workbook(SAMPLE)
    ws = book["目标任务"]
    for r in range(ws.max_row, 1, -1):
        if ws.cell(r, 1).value != "高新技术企业":
            ws.delete_rows(r)
    path = tmp_path / "一项.xlsx"
    book.save(path)
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "全年1项目标任务超额完成" in text
    assert "全部" not in text.split("全年1项目标任务")[1][:10]
