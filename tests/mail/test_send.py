"""``send_report`` against a real SMTP server: headers, encodings, failures, the send log."""

from __future__ import annotations

import json

import pytest

from kjreport.mail import MailSettings, Recipient, send_report
from kjreport.mail.errors import MailError
from kjreport.mail.sendlog import log_path
from tests.mail.conftest import PASSWORD, USER, Handler, free_port, starttls_controller

PEOPLE = [
    Recipient("王建国", "wang@example.com"),
    Recipient("李秀英", "li@example.com"),
    Recipient("张卫东", "zhang@example.com"),
    Recipient("刘海燕", "liu@example.com"),
    Recipient("周晓峰", "zhou@example.com", cc=True),
]


def settings(port, ca_path, security="STARTTLS", password=PASSWORD, retries=2):
    return MailSettings(
        host="127.0.0.1",
        port=port,
        security=security,
        user=USER,
        sender_name="鲁泽市科学技术局办公室",
        ca_file=str(ca_path),
        timeout=5,
        retries=retries,
        backoff=0.01,
        password=password,
    )


def test_starttls_auth_chinese_headers_and_attachment(starttls_server, ca, report):
    handler, port, _ = starttls_server
    summary = send_report(
        report,
        recipients=PEOPLE[:2],
        settings=settings(port, ca[1]),
        digest="全市34项目标任务中，超额完成18项。",
        city="鲁泽市",
        year=2011,
    )
    assert summary.ok and [a for a, _ in summary.sent] == ["wang@example.com", "li@example.com"]
    assert handler.received_by() == ["wang@example.com", "li@example.com"]
    rcpts, msg, raw = handler.messages[0]
    assert msg["Subject"] == "鲁泽市科学技术局2011年工作总结和2012年工作打算"
    assert b"=?utf-8?" in raw.split(b"\r\n\r\n")[0]  # RFC 2047 in the raw headers
    assert msg["From"].addresses[0].display_name == "鲁泽市科学技术局办公室"
    assert msg["To"].addresses[0].display_name == "王建国"
    assert msg["Message-ID"].endswith("@example.com>") and msg["Date"]
    assert "王建国同志" in msg.get_body(("plain",)).get_content()
    assert "超额完成18项" in msg.get_body(("plain",)).get_content()
    # 附件 on its own line after a blank line, as in a 公文 (qa10b F4), never "请查阅。附件："
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert f"请查阅。\n\n附件：\n1. {report.name}\n" in body, body
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == report.name
    head = raw.split(b"\r\n\r\n--")[0]
    assert b"filename*=utf-8''" in raw and b"filename*0" not in raw  # RFC 2231, one piece
    assert b'name="=?utf-8?B?' in raw  # RFC 2047 on Content-Type
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert head
    assert attachment.get_content() == report.read_bytes()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # TLS is implicit
def test_implicit_ssl_and_pdf_attached_when_present(ssl_server, ca, report):
    handler, port, _ = ssl_server
    report.with_suffix(".pdf").write_bytes(b"%PDF-1.4 test")
    summary = send_report(report, recipients=PEOPLE[:1], settings=settings(port, ca[1], "SSL"))
    assert summary.ok
    names = [a.get_filename() for a in handler.messages[0][1].iter_attachments()]
    assert names == [report.name, report.with_suffix(".pdf").name]


def test_one_message_to_all_puts_cc_in_cc(starttls_server, ca, report):
    handler, port, _ = starttls_server
    send_report(report, recipients=PEOPLE, settings=settings(port, ca[1]), per_recipient=False)
    assert len(handler.messages) == 1
    rcpts, msg, _ = handler.messages[0]
    assert sorted(rcpts) == sorted(p.address for p in PEOPLE)
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["zhou@example.com"]


def test_server_down_is_a_chinese_connection_error(ca, report):
    port = free_port()  # nothing listens there
    with pytest.raises(MailError, match="无法连接邮件服务器 127.0.0.1:.*连接被拒绝"):
        send_report(report, recipients=PEOPLE[:1], settings=settings(port, ca[1], retries=1))
    assert not log_path(report).exists()


def test_bad_password_mentions_the_authorisation_code(starttls_server, ca, report):
    _, port, _ = starttls_server
    with pytest.raises(MailError, match="拒绝登录.*授权码"):
        send_report(report, recipients=PEOPLE[:1], settings=settings(port, ca[1], password="wrong"))


def test_untrusted_certificate_is_a_tls_error(starttls_server, report):
    _, port, _ = starttls_server
    s = settings(port, "")
    with pytest.raises(MailError, match="加密连接失败"):
        send_report(report, recipients=PEOPLE[:1], settings=s)


def test_refused_recipient_fails_alone(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.refuse = {"li@example.com"}
    summary = send_report(report, recipients=PEOPLE[:3], settings=settings(port, ca[1]))
    assert [a for a, _ in summary.failed] == ["li@example.com"]
    assert "550" in summary.failed[0][1]
    assert handler.received_by() == ["wang@example.com", "zhang@example.com"]


def test_transient_failures_are_retried(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.transient = 2
    summary = send_report(report, recipients=PEOPLE[:2], settings=settings(port, ca[1], retries=3))
    assert summary.ok and handler.received_by() == ["wang@example.com", "li@example.com"]


def test_failure_mid_batch_then_rerun_sends_only_the_rest(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.fail_from = 2  # the third message onwards: 451, persistently
    first = send_report(report, recipients=PEOPLE, settings=settings(port, ca[1], retries=1))
    assert [a for a, _ in first.sent] == ["wang@example.com", "li@example.com"]
    assert {a for a, _ in first.failed} == {
        "zhang@example.com",
        "liu@example.com",
        "zhou@example.com",
    }
    handler.fail_from = None
    second = send_report(report, recipients=PEOPLE, settings=settings(port, ca[1]))
    assert sorted(second.skipped) == ["li@example.com", "wang@example.com"]
    assert [a for a, _ in second.sent] == [
        "zhang@example.com",
        "liu@example.com",
        "zhou@example.com",
    ]
    received = handler.received_by()
    assert sorted(received) == sorted(p.address for p in PEOPLE)  # everybody exactly once
    entries = [
        json.loads(line) for line in log_path(report).read_text(encoding="utf-8").splitlines()
    ]
    assert {e["result"] for e in entries} == {"发送中", "已发送", "失败"}  # 发送中 before each
    assert all(e["message_id"].startswith("<") for e in entries)


def test_server_stopping_mid_batch_leaves_the_rest_for_a_rerun(ca, report):
    handler, port = Handler(), free_port()
    controller = starttls_controller(handler, port, ca[0])
    seen = []

    def progress(address, result):
        seen.append(address)
        if len(seen) == 2:
            controller.stop(no_assert=True)  # the server goes away after two deliveries

    first = send_report(
        report, recipients=PEOPLE, settings=settings(port, ca[1], retries=1), progress=progress
    )
    assert len(first.sent) == 2 and first.not_attempted
    again = starttls_controller(handler, port, ca[0])
    try:
        second = send_report(report, recipients=PEOPLE, settings=settings(port, ca[1]))
    finally:
        again.stop(no_assert=True)
    assert sorted(handler.received_by()) == sorted(p.address for p in PEOPLE)
    assert len(second.skipped) == 2


def test_a_changed_report_is_a_new_report(starttls_server, ca, report):
    handler, port, _ = starttls_server
    send_report(report, recipients=PEOPLE[:1], settings=settings(port, ca[1]))
    send_report(report, recipients=PEOPLE[:1], settings=settings(port, ca[1]))
    assert len(handler.messages) == 1
    from docx import Document

    doc = Document(report)
    doc.add_paragraph("修改后")
    doc.save(report)
    send_report(report, recipients=PEOPLE[:1], settings=settings(port, ca[1]))
    assert len(handler.messages) == 2


def test_dry_run_writes_eml_and_connects_to_nothing(ca, report, tmp_path):
    s = settings(free_port(), ca[1])  # a closed port: any connection would fail
    summary = send_report(
        report, recipients=PEOPLE[:3], settings=s, dry_run=True, out_dir=tmp_path / "eml"
    )
    assert len(summary.eml_files) == 3 and all(p.suffix == ".eml" for p in summary.eml_files)
    raw = summary.eml_files[0].read_bytes()
    assert PASSWORD.encode() not in raw and b"secret" not in raw
    assert not log_path(report).exists()


def test_password_never_written(starttls_server, ca, report):
    _, port, _ = starttls_server
    send_report(report, recipients=PEOPLE[:2], settings=settings(port, ca[1]))
    assert "secret" not in log_path(report).read_text(encoding="utf-8")
    assert "secret" not in repr(settings(port, ca[1]))


def test_invalid_addresses_rejected_before_connecting(ca, report):
    bad = [Recipient("某人", "someone@"), Recipient("", "ok@example.com")]
    with pytest.raises(MailError, match="「someone@」"):
        send_report(report, recipients=bad, settings=settings(free_port(), ca[1]))


def test_non_ascii_password_is_explained(starttls_server, ca, report):
    _, port, _ = starttls_server
    with pytest.raises(MailError, match="中文或全角字符"):
        send_report(
            report, recipients=PEOPLE[:1], settings=settings(port, ca[1], password="授权码")
        )


def test_server_closing_with_421_is_retried_on_a_new_connection(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.transient, handler.transient_reply = 1, "421 4.3.2 Service shutting down"
    # one retry only: it must go over a fresh connection, the old one is closed after a 421
    summary = send_report(report, recipients=PEOPLE[:2], settings=settings(port, ca[1], retries=1))
    assert summary.ok and handler.received_by() == ["wang@example.com", "li@example.com"]


def test_busy_mailbox_450_is_retried(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.busy = {"li@example.com": 2}
    summary = send_report(report, recipients=PEOPLE[:2], settings=settings(port, ca[1], retries=2))
    assert summary.ok and handler.received_by() == ["wang@example.com", "li@example.com"]


def test_persistent_transient_failure_gives_up_after_the_retries(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.busy = {"li@example.com": 99}
    summary = send_report(report, recipients=PEOPLE[:2], settings=settings(port, ca[1], retries=2))
    assert [a for a, _ in summary.failed] == ["li@example.com"] and "450" in summary.failed[0][1]
    assert handler.busy["li@example.com"] == 99 - 3  # the first try and two retries, no more


def test_message_too_large_is_one_clear_error(ca, report):
    handler, port = Handler(), free_port()
    controller = starttls_controller(handler, port, ca[0], data_size_limit=2000)
    try:
        with pytest.raises(MailError, match=r"邮件大小约 [\d.]+ MB，超过服务器允许的大小.*552"):
            send_report(report, recipients=PEOPLE[:3], settings=settings(port, ca[1]))
    finally:
        controller.stop(no_assert=True)
    assert not handler.messages


def test_missing_password_is_explained_before_connecting(ca, report, monkeypatch):
    monkeypatch.delenv("KJREPORT_SMTP_PASSWORD", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    s = settings(free_port(), ca[1], password="")
    with pytest.raises(
        MailError, match="没有找到邮件账号 kjj@example.com 的密码.*KJREPORT_SMTP_PASSWORD"
    ):
        send_report(report, recipients=PEOPLE[:1], settings=s)


def test_password_from_the_environment(starttls_server, ca, report, monkeypatch):
    handler, port, _ = starttls_server
    monkeypatch.setenv("KJREPORT_SMTP_PASSWORD", PASSWORD)
    summary = send_report(
        report, recipients=PEOPLE[:1], settings=settings(port, ca[1], password="")
    )
    assert summary.ok and len(handler.messages) == 1
