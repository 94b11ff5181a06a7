"""The ribbon buttons on a county bureau's book whose unit sheets are 乡镇数据 / 乡镇上年数据 (qa10 F45),
on xlwings' remote engine: the same reading as the CLI, messages under the book's own names, and
nothing renamed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
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
def towns_payload(tmp_path_factory) -> dict:
    wb = openpyxl.load_workbook(SAMPLE)
    wb["县区数据"].title = "乡镇数据"
    wb["县区上年数据"].title = "乡镇上年数据"
    path = tmp_path_factory.mktemp("towns") / "乡镇.xlsx"
    wb.save(path)
    return payload_from_xlsx(path)


def test_check_reads_the_township_sheets(towns_payload):
    from kjreport.excel import check

    book = remote_book(towns_payload)
    outcome = check.main(book)
    assert outcome is not None and outcome.ok, alerts(book.json()["actions"])


def test_a_slip_is_named_under_the_books_own_sheet_name(towns_payload):
    from kjreport.excel import check

    edited = remote_book(towns_payload).api
    next(s for s in edited["sheets"] if s["name"] == "乡镇数据")["values"][2][1] = "八十五"
    book = remote_book(edited)
    assert check.main(book) is None
    [box] = alerts(book.json()["actions"])
    assert "乡镇数据" in box and "B3" in box and "县区数据" not in box


def test_fill_writes_under_the_books_names_and_renames_nothing(towns_payload):
    from kjreport.excel import fill

    book = remote_book(towns_payload)
    outcome = fill.main(book)
    assert outcome is not None and outcome.ok, alerts(book.json()["actions"])
    actions = book.json()["actions"]
    after = apply_actions(towns_payload, actions)
    names = [s["name"] for s in after["sheets"]]
    assert "乡镇数据" in names and "乡镇上年数据" in names and "县区数据" not in names
    for name in ("乡镇数据", "乡镇上年数据"):
        assert sheet_values(after, name) == sheet_values(towns_payload, name)
    text = " ".join(str(v) for r in sheet_values(after, "指标结果") for v in r if v)
    assert "乡镇数据!" in text and "县区数据" not in text
