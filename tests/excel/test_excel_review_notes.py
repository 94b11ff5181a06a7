"""reviewgate13 from the ribbon (the WPS service runs the same entry functions): a workbook from
`init --plan` whose 目标任务 still holds 核对提示 gets no summary from 生成总结 — the box lists each
flagged row and how to settle it; once the office has cleared the hints, 生成总结 runs."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_review_notes_gate import book
from tests.excel.remote import alerts, needs_remote, payload_from_xlsx, remote_book

pytestmark = needs_remote


def _named(payload: dict, tmp_path: Path) -> dict:
    return dict(payload, book=dict(payload["book"], name=str(tmp_path / "鲁泽2011.xlsx")))


def test_docx_refuses_until_the_hints_are_cleared(tmp_path):
    from kjreport.excel import check, docx

    payload = _named(payload_from_xlsx(book(tmp_path)), tmp_path)
    workbook = remote_book(payload)
    assert check.main(workbook).ok
    [box] = alerts(workbook.json()["actions"])
    assert box.startswith("校验通过，但有 3 处须核对") and "单元格 A7：第7行「科技型中小企业 ≥212家」" in box

    workbook = remote_book(payload)
    assert docx.main(workbook) is None
    [box] = alerts(workbook.json()["actions"])
    assert "生成总结未完成：工作簿有 3 处数据须核对，尚未确认" in box
    assert "导入时标了核对提示" in box and "清空该行的「核对提示」（K7）" in box
    assert not list(tmp_path.glob("*.docx"))

    targets = next(s for s in payload["sheets"] if s["name"] == "目标任务")["values"]
    column = targets[0].index("核对提示")
    for row in targets[1:]:
        row[column] = ""  # checked against the plan
    workbook = remote_book(payload)
    outcome = docx.main(workbook)
    assert outcome is not None, alerts(workbook.json()["actions"])
    assert outcome.path.suffix == ".docx" and outcome.path.exists()
