# ruff: noqa: F811  (pytest fixtures imported from tests.mail.conftest)
"""发送报告 from WPS: through ``kjreport serve`` against a real SMTP server. The button asks for
confirmation; the service hands the question to the add-in and runs the button again with the
answer — nothing is sent before the user says 确定."""

from __future__ import annotations

import pytest
from docx import Document

from kjreport.serve.actions import ANSWERS_KEY
from kjreport.serve.settings import load_settings
from tests.excel.remote import needs_remote, payload_from_xlsx
from tests.excel.test_excel_send import TITLE, workbook_for
from tests.mail.conftest import PASSWORD, ca, starttls_server  # noqa: F401 (fixtures)
from tests.serve.client import alert_texts, call, running

pytestmark = needs_remote


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("KJREPORT_CONFIG_DIR", str(tmp_path / "conf"))
    return load_settings()


def test_send_asks_in_wps_and_mails_only_after_ok(starttls_server, ca, settings, tmp_path,
                                                  monkeypatch):
    from tests.conftest import SAMPLE

    handler, port, _ = starttls_server
    monkeypatch.setenv("KJREPORT_SMTP_PASSWORD", PASSWORD)
    path = workbook_for(SAMPLE, tmp_path, port, ca[1])
    doc = Document()
    doc.add_paragraph(TITLE)
    doc.save(tmp_path / f"{TITLE}.docx")
    payload = payload_from_xlsx(path, name=str(path))
    with running(settings) as srv:
        status, reply, _ = call(srv, "POST", "/run/send", body=payload)
        assert status == 200 and reply["asked"] is True, alert_texts(reply)
        [question] = reply["actions"]
        assert question["args"][2] == "ok_cancel"
        assert "8 位收件人" in question["args"][0] and f"{TITLE}.docx" in question["args"][0]
        key = question["args"][4].split(":", 1)[1]
        assert handler.messages == []  # asked, not sent

        status, reply, _ = call(srv, "POST", "/run/send",
                                body=dict(payload, **{ANSWERS_KEY: {key: "cancel"}}))
        assert status == 200 and not reply["asked"]
        assert "已取消" in alert_texts(reply)[0] and handler.messages == []

        status, reply, _ = call(srv, "POST", "/run/send",
                                body=dict(payload, **{ANSWERS_KEY: {key: "ok"}}))
        assert status == 200 and reply["ok"] and not reply["asked"], alert_texts(reply)
        [box] = alert_texts(reply)
        assert "已发送 8 位收件人" in box
        assert len(handler.messages) == 8
