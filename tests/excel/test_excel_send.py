# ruff: noqa: F811  (pytest fixtures imported from tests.mail.conftest)
"""The 发送报告 button on the open workbook (xlwings remote engine) against a real SMTP server."""

from __future__ import annotations

import openpyxl
import pytest
from docx import Document

from tests.conftest import complete_sample_progress
from tests.excel.remote import alerts, needs_remote, payload_from_xlsx, remote_book
from tests.mail.conftest import PASSWORD, ca, starttls_server  # noqa: F401 (fixtures)

pytestmark = needs_remote
TITLE = "鲁泽市科学技术局2011年工作总结和2012年工作打算"


def workbook_for(sample_path, folder, port, ca_path):
    """Return a copy of the sample whose 设置 points at the test server."""
    wb = openpyxl.load_workbook(sample_path)
    ws = wb["设置"]
    for row in ws.iter_rows(min_row=1):
        key = row[0].value
        if key == "邮件服务器":
            row[1].value = "127.0.0.1"
        elif key == "邮件端口":
            row[1].value = port
        elif key == "邮件加密":
            row[1].value = "STARTTLS"
    ws.append(["邮件CA证书", str(ca_path)])
    path = folder / "鲁泽市2011年科技工作.xlsx"
    wb.save(path)
    complete_sample_progress(path)  # a summary with 【待补充】 is never sent
    return path


def test_send_button_mails_the_summary(starttls_server, ca, sample_path, tmp_path, monkeypatch):  # noqa: F811
    from kjreport.excel import send

    handler, port, _ = starttls_server
    monkeypatch.setenv("KJREPORT_SMTP_PASSWORD", PASSWORD)
    path = workbook_for(sample_path, tmp_path, port, ca[1])
    doc = Document()
    doc.add_paragraph(TITLE)
    doc.save(tmp_path / f"{TITLE}.docx")
    asked = []
    monkeypatch.setattr(send, "confirm", lambda book, text: asked.append(text) or True)
    book = remote_book(payload_from_xlsx(path, name=str(path)))
    outcome = send.main(book)
    assert outcome is not None and outcome.ok, alerts(book.json()["actions"])
    assert len(handler.messages) == 8
    [box] = alerts(book.json()["actions"])
    assert "已发送 8 位收件人" in box
    again = send.main(remote_book(payload_from_xlsx(path, name=str(path))))
    assert "没有需要发送的收件人" in again.summary and len(handler.messages) == 8
    assert len(asked) == 1  # nothing to send: nothing to ask


def test_send_button_asks_for_the_summary_first(sample_path, tmp_path):
    from kjreport.excel import send

    path = tmp_path / "鲁泽市2011年科技工作.xlsx"
    path.write_bytes(sample_path.read_bytes())
    book = remote_book(payload_from_xlsx(path, name=str(path)))
    assert send.main(book) is None
    [box] = alerts(book.json()["actions"])
    assert "请先点击「生成总结」" in box


@pytest.fixture
def sample_path():
    from tests.conftest import SAMPLE

    return SAMPLE


def _summary(folder, paragraphs):
    doc = Document()
    doc.core_properties.title = TITLE
    for text in paragraphs:
        doc.add_paragraph(text)
    path = folder / f"{TITLE}.docx"
    doc.save(path)
    return path


def test_send_button_asks_first_listing_recipients_and_attachment(
    starttls_server,
    ca,
    sample_path,
    tmp_path,
    monkeypatch,  # noqa: F811
):
    """On the remote engine a question cannot be answered: the box shows, nothing is sent."""
    from kjreport.excel import send

    handler, port, _ = starttls_server
    monkeypatch.setenv("KJREPORT_SMTP_PASSWORD", PASSWORD)
    path = workbook_for(sample_path, tmp_path, port, ca[1])
    report = _summary(tmp_path, [TITLE, "全市高新技术产业产值812亿元。"])
    report.with_suffix(".pdf").write_bytes(b"%PDF-1.4\n")
    book = remote_book(payload_from_xlsx(path, name=str(path)))
    outcome = send.main(book)
    assert outcome is not None and "已取消" in outcome.summary
    question = next(a for a in book.json()["actions"] if a["func"] == "alert")
    assert question["args"][2] == "ok_cancel"
    text = question["args"][0]
    assert "8 位收件人" in text and f"附件：{TITLE}.docx、{TITLE}.pdf" in text
    for address in ("sunming@example.com", "zhaolihua@example.com", "zhouxiaofeng@example.com"):
        assert address in text
    assert handler.per_recipient() == {}


def test_send_button_refuses_a_summary_with_placeholders(
    starttls_server,
    ca,
    sample_path,
    tmp_path,
    monkeypatch,  # noqa: F811
):
    from kjreport.excel import send

    handler, port, _ = starttls_server
    monkeypatch.setenv("KJREPORT_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setattr(send, "confirm", lambda book, text: True)
    path = workbook_for(sample_path, tmp_path, port, ca[1])
    _summary(tmp_path, [TITLE, "全社会R&D经费投入【待补充】亿元。"])
    book = remote_book(payload_from_xlsx(path, name=str(path)))
    assert send.main(book) is None
    [box] = alerts(book.json()["actions"])
    assert "还有 1 处【待补充】" in box and "正文第 2 段" in box and "没有发送" in box
    assert handler.per_recipient() == {}

    wb = openpyxl.load_workbook(path)  # the explicit option: 设置 允许发送待补充 = 是
    wb["设置"].append(["允许发送待补充", "是"])
    wb.save(path)
    outcome = send.main(remote_book(payload_from_xlsx(path, name=str(path))))
    assert outcome is not None and outcome.ok
    assert len(handler.per_recipient()) == 8


def test_generate_send_generate_send_mails_each_person_once(
    starttls_server,
    ca,
    sample_path,
    tmp_path,
    monkeypatch,  # noqa: F811
):
    """The issue's ribbon scenario: 生成总结 → 发送报告 → 生成总结 → 发送报告."""
    import time

    from kjreport.excel import docx, send

    handler, port, _ = starttls_server
    monkeypatch.setenv("KJREPORT_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setattr(send, "confirm", lambda book, text: True)
    path = workbook_for(sample_path, tmp_path, port, ca[1])
    payload = payload_from_xlsx(path, name=str(path))
    first = docx.main(remote_book(payload))
    assert send.main(remote_book(payload)).ok
    time.sleep(2.1)  # a new save: other zip timestamps
    second = docx.main(remote_book(payload))
    assert second.path == first.path  # same content: the same file, no new version
    again = send.main(remote_book(payload))
    assert "没有需要发送的收件人" in again.summary
    counts = handler.per_recipient()
    assert len(counts) == 8 and set(counts.values()) == {1}
