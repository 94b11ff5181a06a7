"""Faults injected into a real aiosmtpd server; each test counts messages per recipient there.

What the office's IT contact must be able to promise: nobody receives a report twice, a
server's refusal is quoted rather than retried, and Excel never hangs on a sick server.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time

import pytest
from docx import Document

from kjreport.mail import Recipient, plan_delivery, send_report
from kjreport.mail.errors import MailError
from kjreport.mail.sendlog import entries, log_path
from tests.mail.conftest import (
    TITLE,
    USER,
    Handler,
    RefusingSMTP,
    free_port,
)
from tests.mail.test_send import PEOPLE, settings

THREE = PEOPLE[:3]


def test_dropped_after_data_is_unconfirmed_and_never_resent_by_itself(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.drop_after_data = 1  # the first message is stored, then the line goes dead
    first = send_report(report, recipients=THREE, settings=settings(port, ca[1], retries=3))
    assert [a for a, _ in first.unconfirmed] == ["wang@example.com"]
    assert [a for a, _ in first.sent] == ["li@example.com", "zhang@example.com"]
    assert not first.ok
    assert handler.per_recipient() == {a.address: 1 for a in THREE}  # no automatic retry

    rerun = send_report(report, recipients=THREE, settings=settings(port, ca[1]))
    assert rerun.held == ["wang@example.com"] and not rerun.sent
    assert handler.per_recipient() == {a.address: 1 for a in THREE}
    plan = plan_delivery(report, THREE)
    assert any(
        "未得到服务器确认" in line and "wang@example.com" in line for line in plan.announcements()
    )

    asked = send_report(
        report, recipients=THREE, settings=settings(port, ca[1]), resend_unconfirmed=True
    )
    assert [a for a, _ in asked.sent] == ["wang@example.com"]
    assert handler.per_recipient()["wang@example.com"] == 2
    first_id, second_id = handler.message_ids("wang@example.com")
    assert first_id == second_id  # the same Message-ID: the server or client can drop it


def test_reply_slower_than_the_timeout_is_unconfirmed(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.slow_reply = 3.0
    s = settings(port, ca[1], retries=3)
    s.timeout = 1.0
    summary = send_report(report, recipients=THREE[:2], settings=s)
    assert [a for a, _ in summary.unconfirmed] == ["wang@example.com"]
    assert "答复超时" in summary.unconfirmed[0][1] or "连接中断" in summary.unconfirmed[0][1]
    time.sleep(2.5)  # let the slow reply finish on the server side
    again = send_report(report, recipients=THREE[:2], settings=settings(port, ca[1]))
    assert again.held == ["wang@example.com"] and again.skipped == ["li@example.com"]
    assert handler.per_recipient() == {"wang@example.com": 1, "li@example.com": 1}


def test_554_greeting_is_permanent_quoted_and_not_retried(refusing_server, ca, report):
    handler, port = refusing_server
    s = settings(port, ca[1], retries=4)
    s.backoff = 1.0
    started = time.monotonic()
    with pytest.raises(MailError, match=r"拒绝连接（服务器答复：554 .*IP in blacklist\)）") as info:
        send_report(report, recipients=THREE, settings=s)
    assert time.monotonic() - started < 1.0  # no backoff waits: one try only
    assert RefusingSMTP.connections == 1
    assert "超时" not in str(info.value)
    assert handler.per_recipient() == {}
    assert not log_path(report).exists()


def test_unwritable_log_sends_nothing(starttls_server, ca, report):
    handler, port, _ = starttls_server
    log_path(report).mkdir()  # as root a chmod would not stop us: a folder in its place does
    with pytest.raises(MailError, match="无法(写入|读取)发送记录.*一封也没有发送"):
        send_report(report, recipients=THREE, settings=settings(port, ca[1]))
    assert handler.per_recipient() == {}


def test_log_failing_mid_run_stops_and_the_rerun_sends_each_once(starttls_server, ca, report):
    handler, port, _ = starttls_server
    log = log_path(report)
    aside = log.with_name("aside.jsonl")

    def progress(address, result):  # after the first delivery the disk "fills up"
        if not aside.exists():
            log.rename(aside)
            log.mkdir()

    with pytest.raises(MailError, match="无法写入发送记录.*已停止发送"):
        send_report(report, recipients=THREE, settings=settings(port, ca[1]), progress=progress)
    assert handler.per_recipient() == {"wang@example.com": 1}
    log.rmdir()
    aside.rename(log)
    rerun = send_report(report, recipients=THREE, settings=settings(port, ca[1]))
    assert rerun.skipped == ["wang@example.com"]
    assert handler.per_recipient() == {a.address: 1 for a in THREE}


def _write(path, paragraphs, stamp, cell="812"):
    doc = Document()
    doc.core_properties.title = TITLE
    doc.core_properties.modified = stamp
    for text in paragraphs:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "高新技术产业产值", cell
    doc.save(path)


def test_regenerated_report_is_not_sent_again_but_a_changed_one_is_announced(
    starttls_server, ca, report
):
    handler, port, _ = starttls_server
    text = [TITLE, "全市高新技术产业产值812亿元。"]
    _write(report, text, dt.datetime(2012, 1, 5, 9, 0))
    send_report(report, recipients=THREE, settings=settings(port, ca[1]))
    before = report.read_bytes()
    _write(report, text, dt.datetime(2012, 1, 6, 10, 30))  # saved again: other bytes
    assert report.read_bytes() != before
    again = send_report(report, recipients=THREE, settings=settings(port, ca[1]))
    assert sorted(again.skipped) == sorted(p.address for p in THREE) and not again.sent
    assert handler.per_recipient() == {a.address: 1 for a in THREE}

    _write(report, [TITLE, "全市高新技术产业产值813亿元。"], dt.datetime(2012, 1, 7))
    plan = plan_delivery(report, THREE)
    assert len(plan.to_send) == 3
    assert any("内容与" in line and "新报告" in line for line in plan.announcements())
    send_report(report, recipients=THREE, settings=settings(port, ca[1]))
    assert handler.per_recipient() == {a.address: 2 for a in THREE}


def test_persistent_4xx_ends_by_the_deadline_with_progress(starttls_server, ca, report):
    handler, port, _ = starttls_server
    handler.busy = {"wang@example.com": 99}
    s = settings(port, ca[1], retries=10)
    s.backoff, s.deadline = 1.0, 2.5
    waits = []
    started = time.monotonic()
    summary = send_report(
        report, recipients=THREE[:1], settings=s, on_wait=lambda r, d, n: waits.append((d, n))
    )
    assert time.monotonic() - started < 4.0
    assert [a for a, _ in summary.failed] == ["wang@example.com"]
    assert "时限" in summary.failed[0][1] and "450" in summary.failed[0][1]
    assert waits and waits[0] == (1.0, 1)
    assert handler.per_recipient() == {}


def test_plain_text_login_refused_unless_allowed(ca, report):
    handler, port = Handler(), free_port()
    from aiosmtpd.controller import Controller

    from tests.mail.conftest import _auth

    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=_auth,
        auth_require_tls=False,
        auth_exclude_mechanism=["LOGIN"],
    )
    controller.start()
    try:
        s = settings(port, ca[1], security="无")
        with pytest.raises(MailError, match="明文.*允许明文登录 = 是"):
            send_report(report, recipients=THREE[:1], settings=s)
        assert handler.per_recipient() == {}
        s.allow_plain = True
        assert send_report(report, recipients=THREE[:1], settings=s).ok
        assert handler.per_recipient() == {"wang@example.com": 1}
    finally:
        controller.stop(no_assert=True)


def test_permanent_auth_refusal_quotes_the_server(starttls_server, ca, report):
    _, port, _ = starttls_server
    with pytest.raises(MailError, match=r"拒绝登录（服务器答复：535"):
        send_report(report, recipients=THREE, settings=settings(port, ca[1], password="bad"))


def test_placeholders_refused_unless_sent_anyway(starttls_server, ca, report):
    handler, port, _ = starttls_server
    _write(
        report, [TITLE, "全社会R&D经费投入【待补充】亿元。"], dt.datetime(2012, 1, 5), "【待补充】"
    )
    with pytest.raises(
        MailError, match=r"还有 2 处【待补充】.*正文第 2 段.*第 1 张表第 1 行"
    ) as info:
        send_report(report, recipients=THREE, settings=settings(port, ca[1]))
    assert "--send-incomplete" in str(info.value) and "「设置」表加一行“允许发送待补充”" in str(info.value)
    assert handler.per_recipient() == {}
    summary = send_report(
        report, recipients=THREE[:1], settings=settings(port, ca[1]), send_incomplete=True
    )
    assert summary.ok and handler.per_recipient() == {"wang@example.com": 1}


def test_one_entry_per_state_and_same_message_id_in_the_log(starttls_server, ca, report):
    _, port, _ = starttls_server
    send_report(report, recipients=[Recipient("", USER)], settings=settings(port, ca[1]))
    log = entries(report)
    assert [e.result for e in log] == ["发送中", "已发送"]
    assert log[0].message_id == log[1].message_id and log[0].content == log[1].content
    shutil.copy(report, report.with_name("copy.docx"))  # same content, other name: own log


def test_a_log_from_before_content_keys_still_prevents_a_resend(starttls_server, ca, report):
    """Entries keyed on the file's SHA-256 (older kjreport) still count for those bytes."""
    import hashlib
    import json

    handler, port, _ = starttls_server
    old = {
        "time": "2012-01-05T09:00:00",
        "report": report.name,
        "sha256": hashlib.sha256(report.read_bytes()).hexdigest(),
        "recipient": "wang@example.com",
        "message_id": "<old@example.com>",
        "result": "已发送",
        "reason": "",
    }
    log_path(report).write_text(json.dumps(old, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = send_report(report, recipients=THREE[:2], settings=settings(port, ca[1]))
    assert summary.skipped == ["wang@example.com"]
    assert handler.per_recipient() == {"li@example.com": 1}


def test_a_second_run_at_the_same_time_sends_nothing(starttls_server, ca, report):
    """The ribbon and the command line (or two windows) sending the same report at once."""
    from kjreport.mail.sendlog import lock_path

    handler, port, _ = starttls_server
    lock_path(report).write_text("4242 2012-01-05T09:00:00\n", encoding="utf-8")
    with pytest.raises(MailError, match="正在由另一个窗口或程序发送"):
        send_report(report, recipients=THREE, settings=settings(port, ca[1]))
    assert handler.per_recipient() == {}
    lock_path(report).unlink()
    assert send_report(report, recipients=THREE, settings=settings(port, ca[1])).ok
    assert not lock_path(report).exists()  # released after the run
    assert handler.per_recipient() == {a.address: 1 for a in THREE}
