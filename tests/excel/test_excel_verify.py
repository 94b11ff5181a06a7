"""须核对 from the ribbon (the WPS service runs the same entry functions): 生成总结 refuses while
an item is unconfirmed, listing it and how to confirm; 计算指标 lists it in 「核对记录」; the
office's 已核对 there lets 生成总结 run; 校验数据 says 校验通过，但有 1 处须核对."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.excel.remote import (
    alerts,
    apply_actions,
    needs_remote,
    payload_from_xlsx,
    remote_book,
    sheet_values,
)

pytestmark = needs_remote
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample2011.xlsx"


@pytest.fixture(scope="module")
def slipped() -> dict:
    payload = payload_from_xlsx(SAMPLE)
    prev = next(s for s in payload["sheets"] if s["name"] == "县区上年数据")["values"]
    assert prev[0][3].startswith("全社会R&D经费支出") and prev[2][0] == "丰源区"
    prev[2][3] = prev[2][3] * 10  # 上年 R&D of 丰源区 typed with an extra 0
    return payload


def _named(payload: dict, tmp_path: Path) -> dict:
    return dict(payload, book=dict(payload["book"], name=str(tmp_path / "鲁泽市2011年科技工作.xlsx")))


def test_check_passes_but_names_the_item_to_verify(slipped):
    from kjreport.excel import check

    book = remote_book(slipped)
    outcome = check.main(book)
    assert outcome is not None and outcome.ok
    [box] = alerts(book.json()["actions"])
    assert box.startswith("校验通过，但有 1 处须核对：请改正，或核对无误后在「核对记录」表中确认")
    assert "[须核对]" in box and "单元格 D3" in box


def test_docx_refuses_until_the_office_confirms_in_the_record(slipped, tmp_path):
    from kjreport.excel import docx, fill

    book = remote_book(_named(slipped, tmp_path))
    assert docx.main(book) is None
    [box] = alerts(book.json()["actions"])
    assert "生成总结未完成：工作簿有 1 处数据须核对，尚未确认" in box
    assert "[须核对]" in box and "单元格 D3" in box and "「核对结果」栏填「已核对」" in box
    assert not list(tmp_path.glob("*.docx"))

    book = remote_book(_named(slipped, tmp_path))
    assert fill.main(book) is not None
    after = apply_actions(_named(slipped, tmp_path), book.json()["actions"])
    record = sheet_values(after, "核对记录")
    assert record[0][:4] == ["工作表", "单元格", "内容", "核对结果"]
    assert record[1][:2] == ["县区数据", "D3"] and record[1][3] in (None, "")

    next(s for s in after["sheets"] if s["name"] == "核对记录")["values"][1][3] = "已核对"
    book = remote_book(after)
    outcome = docx.main(book)
    assert outcome is not None, alerts(book.json()["actions"])
    assert outcome.path.suffix == ".docx" and outcome.path.exists()
