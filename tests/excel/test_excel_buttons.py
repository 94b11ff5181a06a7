"""The ribbon entry functions end to end on xlwings' remote engine, fed the sample workbook as
Excel would send it: what they write back (the returned actions) and what they tell the user."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from kjreport.excel.book import ExcelBook
from kjreport.excel.messages import LOG_SHEET
from tests.excel.remote import (
    alerts,
    apply_actions,
    needs_remote,
    payload_from_xlsx,
    remote_book,
    sheet_values,
)

pytestmark = needs_remote
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"


@pytest.fixture(scope="module")
def sample_payload() -> dict:
    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    return payload_from_xlsx(SAMPLE)


def funcs(actions: list[dict]) -> list[tuple[str, str | None]]:
    return [(a["func"], a["sheet_position"]) for a in actions]


def first_number_cell(payload: dict, sheet: str) -> tuple[int, int]:
    """Return (row, col), 0-based, of the first numeric cell below the header of ``sheet``."""
    for i, row in enumerate(sheet_values(payload, sheet)[1:], start=1):
        for j, v in enumerate(row):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return i, j
    raise AssertionError(f"no number in {sheet}")


def test_check_passes_on_the_sample_and_logs_it(sample_payload):
    from kjreport.excel import check

    book = remote_book(sample_payload)
    outcome = check.main(book)
    assert outcome is not None and outcome.ok, alerts(book.json()["actions"])
    actions = book.json()["actions"]
    [box] = alerts(actions)
    assert box.startswith("校验通过")
    after = apply_actions(sample_payload, actions)
    # only the 运行日志 sheet was added and written; every data sheet is as it was
    for sheet in sample_payload["sheets"]:
        assert sheet_values(after, sheet["name"]) == sheet["values"]
    assert sheet_values(after, LOG_SHEET)[1][1:3] == ["校验数据", "完成"]


def test_check_reads_unsaved_edits_and_names_the_cell(sample_payload):
    """A value typed into Excel but not saved is what the check sees."""
    from kjreport.excel import check
    from kjreport.workbook.xlsx import column_letter

    edited = remote_book(sample_payload).api  # a private deep copy of the payload
    i, j = first_number_cell(edited, "县区数据")
    next(s for s in edited["sheets"] if s["name"] == "县区数据")["values"][i][j] = "十二点五"
    book = remote_book(edited)

    assert check.main(book) is None
    [box] = alerts(book.json()["actions"])
    assert "校验数据未完成" in box
    assert "县区数据" in box and f"{column_letter(j + 1)}{i + 1}" in box
    log = sheet_values(apply_actions(edited, book.json()["actions"]), LOG_SHEET)
    assert log[1][2] == "有问题" and any(f"{column_letter(j + 1)}{i + 1}" in r[3] for r in log)


def test_fill_writes_the_same_results_as_the_library_on_the_file(sample_payload, tmp_path):
    from kjreport.excel import fill
    from kjreport.fill import results_table
    from kjreport.report import load_report
    from kjreport.workbook.schema import RESULTS_SHEET

    expected = results_table(load_report(Path(shutil.copy(SAMPLE, tmp_path / SAMPLE.name))))
    book = remote_book(sample_payload)
    outcome = fill.main(book)
    assert outcome is not None and outcome.ok, alerts(book.json()["actions"])
    actions = book.json()["actions"]
    writes = [a for a in actions if a["func"] == "setValues"]
    results_write = writes[0]
    header = results_write["values"][0]
    assert header[: len(expected[0])] == expected[0]  # the header row (padded to the county block)
    assert all(v in (None, "") for v in header[len(expected[0]) :])
    assert len(results_write["values"]) == len(expected) > 5  # one assignment, every indicator
    after = apply_actions(sample_payload, actions)
    written = ExcelBook(remote_book(after)).read_sheet(RESULTS_SHEET).rows
    by_name = {r[0]: r for r in written[1:]}
    result_rows = expected[1 : expected.index([])] if [] in expected else expected[1:]
    for row in result_rows:
        got = by_name[row[0]]
        for a, b in zip(got, row, strict=False):
            if isinstance(b, (int, float)) and not isinstance(b, bool):
                assert a == pytest.approx(b), (row[0], b)
            else:
                assert a == (b if b != "" else None), (row[0], b)
    [box] = alerts(actions)
    assert f"已计算 {len(result_rows)} 项指标" in box and "尚未保存" in box
    for sheet in sample_payload["sheets"]:
        assert sheet_values(after, sheet["name"]) == sheet["values"]


def test_fill_on_a_broken_book_writes_no_results(sample_payload):
    from kjreport.excel import fill
    from kjreport.workbook.schema import RESULTS_SHEET

    edited = remote_book(sample_payload).api
    edited["sheets"] = [s for s in edited["sheets"] if s["name"] != "目标任务"]
    book = remote_book(edited)
    assert fill.main(book) is None
    actions = book.json()["actions"]
    [box] = alerts(actions)
    assert "目标任务" in box
    assert RESULTS_SHEET not in [s["name"] for s in apply_actions(edited, actions)["sheets"]]


def test_docx_writes_the_summary_beside_the_workbook(sample_payload, tmp_path):
    if importlib.util.find_spec("kjreport.docx") is None:
        pytest.skip("kjreport.docx (the Word builder) is not in the tree yet")
    from kjreport.excel import docx

    payload = dict(
        sample_payload,
        book=dict(sample_payload["book"], name=str(tmp_path / "鲁泽市2011年科技工作.xlsx")),
    )
    book = remote_book(payload)
    outcome = docx.main(book)
    assert outcome is not None, alerts(book.json()["actions"])
    assert outcome.path.parent == tmp_path and outcome.path.suffix == ".docx"
    assert outcome.path.stat().st_size > 10_000
    assert "已生成工作总结" in alerts(book.json()["actions"])[0]


def test_docx_asks_to_save_a_never_saved_book_first(sample_payload):
    if importlib.util.find_spec("kjreport.docx") is None:
        pytest.skip("kjreport.docx (the Word builder) is not in the tree yet")
    from kjreport.excel import docx

    book = remote_book(dict(sample_payload, book=dict(sample_payload["book"], name="工作簿1")))
    assert docx.main(book) is None
    [box] = alerts(book.json()["actions"])
    assert "还没有保存过" in box and "请先保存" in box


def test_progress_writes_the_bulletin_beside_the_workbook(sample_payload, tmp_path):
    from docx import Document

    from kjreport.excel import progress

    payload = dict(
        sample_payload,
        book=dict(sample_payload["book"], name=str(tmp_path / "鲁泽市2011年科技工作.xlsx")),
    )
    book = remote_book(payload)
    outcome = progress.main(book)
    assert outcome is not None, alerts(book.json()["actions"])
    assert outcome.path == tmp_path / "鲁泽市科学技术局2011年全年目标任务进展情况通报.docx"
    text = "".join(p.text for p in Document(outcome.path).paragraphs).replace("\n", "")  # titles break (S15)
    assert "鲁泽市科学技术局关于2011年全年科技工作目标任务进展情况的通报" in text
    box = alerts(book.json()["actions"])[0]
    assert "已生成全年进度通报" in box and "截至12月底" in box

    doc = Document(outcome.path)  # the office edits the wording in Word
    doc.paragraphs[1].text = "（局长审改）" + doc.paragraphs[1].text
    doc.save(outcome.path)
    edited = outcome.path.read_bytes()
    again = progress.main(remote_book(payload))
    assert again.path.name.endswith("（第2版）.docx") and outcome.path.read_bytes() == edited


def test_progress_asks_to_save_a_never_saved_book_first(sample_payload):
    from kjreport.excel import progress

    book = remote_book(dict(sample_payload, book=dict(sample_payload["book"], name="工作簿1")))
    assert progress.main(book) is None
    [box] = alerts(book.json()["actions"])
    assert "还没有保存过" in box and "请先保存" in box


def test_a_year_in_a_date_cell_is_read_with_the_same_hint_as_on_the_command_line(tmp_path):
    """qa11b F3: 数据年度 2010 typed into a cell formatted 日期 reaches the ribbon as the date
    1905-07-02 (Office.js sends dates as ISO text): read as 2010 with the command line's 提示."""
    import openpyxl

    from kjreport.excel import check

    path = tmp_path / "book.xlsx"
    shutil.copy(SAMPLE, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["科室数据"]
    ws.cell(1, 8).value = "数据年度"
    ws.append(["计划科", "全社会R&D经费投入占GDP比重", "%", 0.78, 0.72, "可比", None, 2010])
    ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
    wb.save(path)
    payload = payload_from_xlsx(path)
    assert "1905-07-02T00:00:00.000Z" in sheet_values(payload, "科室数据")[-1]
    book = remote_book(payload)
    outcome = check.main(book)
    [box] = alerts(book.json()["actions"])
    assert outcome is not None and outcome.ok, box
    assert "「数据年度」所在单元格为日期格式，所填 2010 显示为 1905-07-02，已按 2010 年读取" in box
