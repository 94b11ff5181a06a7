"""Money set aside is 落实, not 实现: found playing 海南 2026 (final71) as its office, whose summary said
"全年实现专项资金2000万元"."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli, confirm_plan_rows, fill_department, init_from_plan
from tests.summary.docx_readback import body_text

CORPUS = Path(__file__).parents[1] / "plan" / "corpus"


def test_funds_set_aside_are_said_to_be_put_in_place(tmp_path):
    book, wb = init_from_plan(tmp_path, CORPUS / "2026_hainan_nongye.txt", "海南2026.txt", 2026, "海南.xlsx",
                              城市名称="海南省", 单位名称="海南省农业农村厅")
    confirm_plan_rows(wb)  # the office has checked the rows against the plan
    fill_department(wb, {"专项资金": (2000, 1800)})
    wb.save(book)
    doc = tmp_path / "总结.docx"
    run = cli("docx", book, "-o", doc, "--no-charts")
    assert doc.exists(), run.output
    text = body_text(doc).replace("\n", "")
    assert "全年落实专项资金2000万元" in text, text
    assert "实现专项资金" not in text
