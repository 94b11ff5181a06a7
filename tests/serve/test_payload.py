"""What the service accepts as a workbook payload, and how it normalises it for the engine."""

from __future__ import annotations

import json

import pytest
import xlwings as xw

from kjreport.serve.payload import PayloadError, parse_payload


def body(**changes) -> bytes:
    payload = {
        "client": "WPS",
        "version": "0.0.1",
        "book": {"name": "/home/k/2011年报表.xlsx", "active_sheet_index": 7, "selection": "B2"},
        "names": [],
        "sheets": [{"name": "设置", "values": [["城市", "鲁泽市"], ["年度", 2011, None], []]}],
    }
    payload.update(changes)
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def test_a_client_payload_is_normalised_for_the_engine():
    payload = parse_payload(body())
    assert payload["version"] == xw.__version__  # the add-in need not match xlwings' version
    assert payload["book"]["active_sheet_index"] == 0  # out of range → the first sheet
    sheet = payload["sheets"][0]
    assert sheet["values"] == [["城市", "鲁泽市", ""], ["年度", 2011, ""], ["", "", ""]]
    assert sheet["pictures"] == [] and sheet["tables"] == []


def test_office_js_keeps_its_version():
    assert parse_payload(body(client="Office.js"))["version"] == "0.0.1"


def test_an_empty_sheet_is_one_empty_cell():
    payload = parse_payload(body(sheets=[{"name": "空", "values": []}]))
    assert payload["sheets"][0]["values"] == [[""]]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"names": {}}, "names"),
        ({"sheets": [{"name": 3, "values": [[1]]}]}, "第 1 个工作表没有名称"),
        ({"sheets": [{"name": "S", "values": [[1]], "tables": 4}]}, "tables 应为列表"),
        ({"book": {"name": ""}}, "没有工作簿名称"),
    ],
)
def test_a_malformed_payload_names_its_problem(changes, words):
    with pytest.raises(PayloadError, match=words):
        parse_payload(body(**changes))
