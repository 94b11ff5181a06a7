"""The 发送报告 button on the open workbook (xlwings remote engine) against a real SMTP server."""

from __future__ import annotations

import openpyxl
import pytest
from docx import Document

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
    return path


def test_send_button_mails_the_summary(starttls_server, ca, sample_path, tmp_path, monkeypatch):  # noqa: F811
    from kjreport.excel import send

    handler, port, _ = starttls_server
    monkeypatch.setenv("KJREPORT_SMTP_PASSWORD", PASSWORD)
    path = workbook_for(sample_path, tmp_path, port, ca[1])
    doc = Document()
    doc.add_paragraph(TITLE)
    doc.save(tmp_path / f"{TITLE}.docx")
    book = remote_book(payload_from_xlsx(path, name=str(path)))
    outcome = send.main(book)
    assert outcome is not None and outcome.ok, alerts(book.json()["actions"])
    assert len(handler.messages) == 8
    [box] = alerts(book.json()["actions"])
    assert "已发送 8 位收件人" in box
    again = send.main(remote_book(payload_from_xlsx(path, name=str(path))))
    assert "8 位此前已收到本报告" in again.summary and len(handler.messages) == 8


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
