"""``kjreport serve`` over real HTTP on loopback, fed the sample workbook as a client sends it:
the same assertions as the remote-engine ribbon tests, plus what a network service must refuse."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from kjreport.excel.addin import available_buttons
from kjreport.serve.actions import Action, available_actions
from kjreport.serve.server import KjreportServer, ServiceError
from kjreport.serve.settings import load_settings
from tests.excel.remote import apply_actions, needs_remote, payload_from_xlsx, sheet_values
from tests.serve.client import alert_texts, call, running, serve_process

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("KJREPORT_CONFIG_DIR", str(tmp_path / "conf"))
    return load_settings()


@pytest.fixture(scope="module")
def sample_payload() -> dict:
    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    return payload_from_xlsx(SAMPLE)


def read_all(sock: socket.socket) -> str:
    """Return everything the server sends until it closes the connection."""
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8")


@pytest.fixture
def server(settings):
    with running(settings) as srv:
        yield srv


def test_every_request_needs_the_token(server):
    status, reply, _ = call(server, "GET", "/health", token=None)
    assert status == 401 and "口令不符" in reply["error"] and "kjreport wps install" in reply["error"]
    assert alert_texts(reply) == [reply["error"]]
    assert call(server, "GET", "/health", token="x" * 43)[0] == 401
    status, reply, _ = call(server, "POST", "/run/fill", body={"a": 1}, token="wrong")
    assert status == 401 and "口令不符" in alert_texts(reply)[0]
    status, reply, _ = call(server, "GET", "/health")
    assert status == 200
    assert [a["label"] for a in reply["actions"]] == [b.label for b in available_buttons()]
    assert {"校验数据", "计算指标", "生成总结", "发送报告"} <= {a["label"] for a in reply["actions"]}
    assert server.settings.token not in "\n".join(server.request_log)


def test_a_refused_click_is_answered_even_with_a_whole_workbook_unread(server, sample_payload):
    """A stale token or unknown action refuses before reading the body; the answer must still
    arrive (closing on unread data would reset the connection and lose it)."""
    for _ in range(5):
        status, reply, _ = call(server, "POST", "/run/fill", body=sample_payload, token="stale")
        assert status == 401 and "口令不符" in alert_texts(reply)[0]
        status, reply, _ = call(server, "POST", "/run/nope", body=sample_payload)
        assert status == 404 and "不提供" in alert_texts(reply)[0]


def test_the_authorization_header_of_xlwings_clients_is_accepted(server):
    token = server.settings.token
    for value in (token, f"Bearer {token}"):
        status, _, _ = call(server, "GET", "/health", token=None, headers={"Authorization": value})
        assert status == 200


def test_a_request_for_another_host_is_refused(server):
    """DNS rebinding: a web page whose name resolves to 127.0.0.1 sends its own Host."""
    status, reply, _ = call(server, "GET", "/health", headers={"Host": f"evil.example:{server.port}"})
    assert status == 403 and "只接受本机" in reply["error"]


def test_it_listens_on_loopback_only(server):
    assert server.server_address[0] == "127.0.0.1"


def test_an_oversized_body_is_refused_before_it_is_read(settings):
    with running(settings, max_bytes=10_000) as srv:
        with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as s:
            s.sendall(
                f"POST /run/fill HTTP/1.1\r\nHost: 127.0.0.1:{srv.port}\r\n"
                f"X-Kjreport-Token: {srv.settings.token}\r\nContent-Type: application/json\r\n"
                "Content-Length: 2000000000\r\n\r\n".encode()
            )
            t0 = time.perf_counter()
            answer = read_all(s)
            assert time.perf_counter() - t0 < 5  # answered (and closed) without waiting for 2 GB
        assert answer.startswith("HTTP/1.1 413")
        assert "工作簿数据太大" in answer
        status, reply, _ = call(srv, "POST", "/run/fill", body=b"[" + b"1," * 6000 + b"1]")
        assert status == 413 and "上限" in alert_texts(reply)[0]


def test_a_body_without_length_is_refused(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(
            f"POST /run/fill HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            f"X-Kjreport-Token: {server.settings.token}\r\nTransfer-Encoding: chunked\r\n\r\n"
            "5\r\nhello\r\n0\r\n\r\n".encode()
        )
        answer = read_all(s)
    assert answer.startswith("HTTP/1.1 411") and "Content-Length" in answer


def test_only_the_ribbon_actions_run(server, sample_payload):
    for path in ("/run/rm", "/run/", "/run/../fill", "/run/fill/x", "/eval", "/run/FILL"):
        status, reply, _ = call(server, "POST", path, body=sample_payload)
        assert status == 404, path
        [text] = alert_texts(reply)
        assert "不提供" in text and "fill（计算指标）" in text
    status, reply, _ = call(server, "GET", "/run/fill")
    assert status == 404 and "没有" in reply["error"]


def test_a_browser_preflight_is_answered_without_running_anything(server):
    status, _, headers = call(
        server, "OPTIONS", "/run/fill", token=None,
        headers={"Origin": "null", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type,x-kjreport-token"},
    )
    assert status == 204
    assert "X-Kjreport-Token" in headers["Access-Control-Allow-Headers"]
    assert headers["Access-Control-Allow-Origin"] == "null"
    assert server.request_log == []  # nothing ran


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"\xff\xfe not utf-8", "UTF-8"),
        (b'{"client": "WPS", "book": ', "不是有效的 JSON"),
        (b"[1, 2]", "应为 JSON 对象"),
        ({"client": "WPS", "book": {"name": "a.xlsx"}, "sheets": []}, "没有任何工作表"),
        ({"client": "WPS", "sheets": [{"name": "S", "values": [[1]]}]}, "没有工作簿名称"),
        ({"client": "WPS", "book": {"name": "a.xlsx"}, "sheets": [{"name": "S", "values": 5}]},
         "二维列表"),
        ({"client": "WPS", "book": {"name": "a.xlsx"},
          "sheets": [{"name": "S", "values": [[1, {"x": 1}]]}]}, "第 1 行第 2 列"),
        ({"client": "WPS", "book": {"name": "a.xlsx"},
          "sheets": [{"name": "S", "values": [[1]]}, {"name": "S", "values": [[2]]}]}, "重复"),
        ({"book": {"name": "a.xlsx"}, "sheets": [{"name": "S", "values": [[1]]}]}, "客户端"),
    ],
)
def test_bad_data_is_a_chinese_message_box(server, body, words):
    status, reply, _ = call(server, "POST", "/run/check", body=body)
    assert status == 400
    [text] = alert_texts(reply)
    assert text.startswith("校验数据未完成：") and words in text
    assert "Traceback" not in json.dumps(reply)


@needs_remote
def test_check_over_http_matches_the_ribbon(server, sample_payload):
    status, reply, _ = call(server, "POST", "/run/check", body=sample_payload)
    assert status == 200 and reply["ok"]
    [box] = alert_texts(reply)
    assert box.startswith("校验通过")
    after = apply_actions(sample_payload, reply["actions"])
    for sheet in sample_payload["sheets"]:
        assert sheet_values(after, sheet["name"]) == sheet["values"]
    assert sheet_values(after, "运行日志")[1][1:3] == ["校验数据", "完成"]


@needs_remote
def test_check_names_the_cell_of_an_unsaved_edit(server, sample_payload):
    edited = json.loads(json.dumps(sample_payload))
    grid = next(s for s in edited["sheets"] if s["name"] == "县区数据")["values"]
    grid[2][3] = "十二点五"
    status, reply, _ = call(server, "POST", "/run/check", body=edited)
    assert status == 200 and reply["ok"] is False
    [box] = alert_texts(reply)
    assert "校验数据未完成" in box and "县区数据" in box and "D3" in box


@needs_remote
def test_a_township_book_is_checked_under_its_own_sheet_names(server, sample_payload):
    """WPS sends a county bureau's book whose unit sheets are 乡镇数据 / 乡镇上年数据 (qa10 F45)."""
    edited = json.loads(json.dumps(sample_payload))
    for sheet in edited["sheets"]:
        sheet["name"] = {"县区数据": "乡镇数据", "县区上年数据": "乡镇上年数据"}.get(sheet["name"], sheet["name"])
    status, reply, _ = call(server, "POST", "/run/check", body=edited)
    assert status == 200 and reply["ok"], alert_texts(reply)
    next(s for s in edited["sheets"] if s["name"] == "乡镇数据")["values"][2][3] = "十二点五"
    status, reply, _ = call(server, "POST", "/run/check", body=edited)
    assert status == 200 and reply["ok"] is False
    [box] = alert_texts(reply)
    assert "乡镇数据" in box and "D3" in box and "县区数据" not in box


@needs_remote
def test_fill_over_http_writes_the_library_results(server, sample_payload, tmp_path):
    from kjreport.excel.book import ExcelBook
    from kjreport.fill import results_table
    from kjreport.report import load_report
    from kjreport.workbook.schema import RESULTS_SHEET
    from tests.excel.remote import remote_book

    expected = results_table(load_report(Path(shutil.copy(SAMPLE, tmp_path / SAMPLE.name))))
    status, reply, _ = call(server, "POST", "/run/fill", body=sample_payload)
    assert status == 200 and reply["ok"] and reply["document"] is None
    after = apply_actions(sample_payload, reply["actions"])
    written = ExcelBook(remote_book(after)).read_sheet(RESULTS_SHEET).rows
    by_name = {r[0]: r for r in written[1:]}
    rows = expected[1 : expected.index([])] if [] in expected else expected[1:]
    for row in rows:
        for got, want in zip(by_name[row[0]], row, strict=False):
            if isinstance(want, (int, float)) and not isinstance(want, bool):
                assert got == pytest.approx(want), (row[0], want)
            else:
                assert got == (want if want != "" else None), (row[0], want)
    [box] = alert_texts(reply)
    assert f"已计算 {len(rows)} 项指标" in box and "尚未保存" in box
    for sheet in sample_payload["sheets"]:
        assert sheet_values(after, sheet["name"]) == sheet["values"]


@needs_remote
def test_the_service_gives_the_same_actions_as_the_ribbon_in_process(server, sample_payload):
    """One implementation: the HTTP reply is what ``fill.main`` returns in process."""
    from kjreport.excel import fill
    from tests.excel.remote import remote_book

    book = remote_book(sample_payload)
    fill.main(book)
    status, reply, _ = call(server, "POST", "/run/fill", body=sample_payload)

    def without_times(actions):  # the 运行日志 rows carry the clock time of each run
        text = json.dumps(actions, ensure_ascii=False)
        return json.loads(re.sub(r'"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"', '"<time>"', text))

    assert status == 200
    assert without_times(reply["actions"]) == without_times(book.json()["actions"])


@needs_remote
def test_fill_on_a_broken_book_writes_no_results(server, sample_payload):
    edited = dict(sample_payload, sheets=[s for s in sample_payload["sheets"]
                                          if s["name"] != "目标任务"])
    status, reply, _ = call(server, "POST", "/run/fill", body=edited)
    assert status == 200 and reply["ok"] is False
    [box] = alert_texts(reply)
    assert "目标任务" in box
    assert "指标结果" not in [s["name"] for s in apply_actions(edited, reply["actions"])["sheets"]]


@needs_remote
def test_docx_writes_beside_the_workbook_and_the_service_opens_only_that(settings, sample_payload,
                                                                          tmp_path):
    opened: list[Path] = []
    with running(settings, opener=opened.append) as srv:
        book = dict(sample_payload["book"], name=str(tmp_path / "鲁泽市2011年科技工作.xlsx"))
        status, reply, _ = call(srv, "POST", "/run/docx", body=dict(sample_payload, book=book))
        assert status == 200 and reply["ok"], alert_texts(reply)
        document = Path(reply["document"])
        assert document.parent == tmp_path and document.suffix == ".docx"
        assert document.stat().st_size > 10_000
        assert "已生成工作总结" in alert_texts(reply)[0]
        assert opened == []  # the add-in asks after its message box was closed
        assert call(srv, "POST", "/open", body={"path": str(document)})[0] == 200
        assert opened == [document]
        for other in (str(SAMPLE), "/etc/passwd", str(tmp_path)):
            status, reply, _ = call(srv, "POST", "/open", body={"path": other})
            assert status == 403 and "只能打开" in reply["error"]
        assert opened == [document]


@needs_remote
def test_progress_writes_the_bulletin_beside_the_workbook(server, sample_payload, tmp_path):
    if "progress" not in server.actions:
        pytest.skip("the 进度通报 button is not in this tree")
    book = dict(sample_payload["book"], name=str(tmp_path / "鲁泽市2011年科技工作.xlsx"))
    status, reply, _ = call(server, "POST", "/run/progress", body=dict(sample_payload, book=book))
    assert status == 200 and reply["ok"], alert_texts(reply)
    document = Path(reply["document"])
    assert document.parent == tmp_path and document.suffix == ".docx" and document.exists()
    assert "进度通报" in alert_texts(reply)[0]


@needs_remote
def test_docx_asks_to_save_a_never_saved_book_first(server, sample_payload):
    book = dict(sample_payload["book"], name="工作簿1")
    status, reply, _ = call(server, "POST", "/run/docx", body=dict(sample_payload, book=book))
    assert status == 200 and reply["ok"] is False and reply["document"] is None
    [box] = alert_texts(reply)
    assert "还没有保存过" in box and "请先保存" in box


def gated_fill(entered: threading.Event, release: threading.Event):
    """Return the real 计算指标 entry function, held at its start until ``release`` is set."""
    from kjreport.excel import fill

    def main(book):
        entered.set()
        assert release.wait(30)
        return fill.main(book)

    return main


@needs_remote
def test_concurrent_clicks_on_one_workbook_run_one_at_a_time(settings, sample_payload):
    entered, release = threading.Event(), threading.Event()
    actions = available_actions()
    actions["fill"] = Action("fill", "计算指标", actions["fill"].button, gated_fill(entered, release))
    with running(settings, actions=actions) as srv:
        replies: dict[str, tuple] = {}

        def click(key, path, payload):
            replies[key] = call(srv, "POST", path, body=payload)

        first = threading.Thread(target=click, args=("first", "/run/fill", sample_payload))
        first.start()
        assert entered.wait(30)
        # the same workbook, clicked again while the first click runs: refused, told why
        status, reply, _ = call(srv, "POST", "/run/fill", body=sample_payload)
        assert status == 409 and reply["ok"] is False
        [box] = alert_texts(reply)
        assert "sample2011.xlsx" in box and "还在运行" in box and "计算指标" in box
        # another workbook waits its turn (the engine runs one book at a time) and gets its
        # own answer, not the other book's message boxes
        other = dict(sample_payload, book=dict(sample_payload["book"], name="另一个.xlsx"))
        second = threading.Thread(target=click, args=("other", "/run/check", other))
        second.start()
        time.sleep(0.5)
        assert "other" not in replies
        release.set()
        first.join(60)
        second.join(60)
        status, reply, _ = replies["first"]
        assert status == 200 and reply["ok"]
        [box] = alert_texts(reply)
        assert box.startswith("已计算")
        after = apply_actions(sample_payload, reply["actions"])
        assert len(sheet_values(after, "指标结果")) > 30
        status, reply, _ = replies["other"]
        [box] = alert_texts(reply)
        assert status == 200 and box.startswith("校验通过：另一个.xlsx")
        # once it has finished, the next click runs
        assert call(srv, "POST", "/run/fill", body=sample_payload)[0] == 200


@needs_remote
def test_the_engine_does_not_keep_every_workbook_it_was_sent(server, sample_payload):
    import xlwings as xw

    books = xw.engines["remote"].apps.active.books
    before = len(books)
    for _ in range(3):
        assert call(server, "POST", "/run/check", body=sample_payload)[0] == 200
    assert len(books) == before


def asking_button(book):
    """A button that asks before it does anything, as 发送报告 does."""
    answer = book.app.alert("将发送给 8 位收件人，确定吗？", title="科技报告", buttons="ok_cancel",
                            mode="info")
    text = "已发送 8 位收件人。" if answer == "ok" else "已取消，没有发送任何邮件。"
    book.app.alert(text, title="科技报告")
    book.sheets[0].range("A1").value = text
    return None


@needs_remote
def test_a_question_goes_to_the_user_and_the_answer_runs_the_button_again(settings, sample_payload):
    from kjreport.serve.actions import ANSWERS_KEY, question_key

    actions = available_actions()
    actions["send"] = Action("send", "发送报告", actions["send"].button, asking_button)
    with running(settings, actions=actions) as srv:
        status, reply, _ = call(srv, "POST", "/run/send", body=sample_payload)
        assert status == 200 and reply["asked"] is True
        [question] = reply["actions"]  # only the question: nothing of the unanswered run
        key = question_key("将发送给 8 位收件人，确定吗？")
        assert question["func"] == "alert" and question["args"][2] == "ok_cancel"
        assert question["args"][4] == f"kjreportAnswer:{key}"
        for answer, said in (("ok", "已发送 8 位收件人。"), ("cancel", "已取消，没有发送任何邮件。")):
            answered = dict(sample_payload, **{ANSWERS_KEY: {key: answer}})
            status, reply, _ = call(srv, "POST", "/run/send", body=answered)
            assert status == 200 and reply["asked"] is False
            assert alert_texts(reply) == [said]
            assert [a["func"] for a in reply["actions"]] == ["alert", "setValues"]
        status, reply, _ = call(srv, "POST", "/run/send",
                                body=dict(sample_payload, **{ANSWERS_KEY: ["ok"]}))
        assert status == 400 and "kjreport_answers" in alert_texts(reply)[0]


@needs_remote
def test_many_simultaneous_clicks_each_get_one_answer(server, sample_payload):
    """Eight clicks at once on one book: every one is answered (run or busy), none fails."""
    results: list[tuple[int, dict]] = []
    barrier = threading.Barrier(8)

    def click():
        barrier.wait()
        status, reply, _ = call(server, "POST", "/run/check", body=sample_payload)
        results.append((status, reply))

    threads = [threading.Thread(target=click) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(results) == 8
    assert {s for s, _ in results} <= {200, 409} and any(s == 200 for s, _ in results)
    for status, reply in results:
        [box] = alert_texts(reply)
        assert box.startswith("校验通过") if status == 200 else "还在运行" in box


@needs_remote
def test_an_unexpected_error_is_a_sentence_not_a_traceback(settings, sample_payload, tmp_path,
                                                            monkeypatch):
    monkeypatch.setattr("kjreport.cli.app.error_log_path", lambda: tmp_path / "last-error.log")

    def broken(book):
        raise RuntimeError("boom")

    actions = available_actions()
    actions["check"] = Action("check", "校验数据", actions["check"].button, broken)
    with running(settings, actions=actions) as srv:
        status, reply, _ = call(srv, "POST", "/run/check", body=sample_payload)
        assert status == 500
        [box] = alert_texts(reply)
        assert box.startswith("校验数据失败：程序内部错误（RuntimeError）")
        assert "Traceback" not in json.dumps(reply)
        assert "boom" in (tmp_path / "last-error.log").read_text(encoding="utf-8")
        assert call(srv, "GET", "/health")[0] == 200  # the service lives on


def test_a_second_service_on_the_same_port_says_so(server, settings):
    with pytest.raises(ServiceError, match="无法在 127.0.0.1:.* 上启动 kjreport 服务"):
        KjreportServer(settings, port=server.port)


def test_kjreport_serve_runs_buttons_without_the_licence_variable(settings, sample_payload):
    """The command sets XLWINGS_LICENSE_KEY=noncommercial itself before xlwings is imported."""
    env = {k: v for k, v in os.environ.items() if k != "XLWINGS_LICENSE_KEY"}
    with serve_process(env, settings) as port:
        srv = SimpleNamespace(port=port, settings=settings)
        status, reply, _ = call(srv, "POST", "/run/check", body=sample_payload)
    assert status == 200 and alert_texts(reply)[0].startswith("校验通过")


@pytest.mark.skipif(sys.platform.startswith("win"), reason="xdg-open is the Linux desktop's opener")
@pytest.mark.parametrize("desktop", ["no xdg-open", "xdg-open not executable"])
def test_a_document_that_cannot_be_opened_is_said_in_chinese_with_where_it_is(tmp_path, monkeypatch, desktop):
    """qa11b F10: on a 信创 desktop without a usable xdg-open the message said the OS's English
    ("No such file or directory", "Permission denied") and read as if the document were missing."""
    from kjreport.serve.server import OpenFailed, open_document

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    if desktop == "xdg-open not executable":
        (bin_dir / "xdg-open").write_text("#!/bin/sh\n")
        (bin_dir / "xdg-open").chmod(0o644)
    monkeypatch.setenv("PATH", str(bin_dir))
    document = tmp_path / "鲁泽市科学技术局2011年工作总结.docx"
    document.write_bytes(b"PK")
    with pytest.raises(OpenFailed) as failed:
        open_document(document)
    text = str(failed.value)
    assert f"文件已生成：{document}" in text and "请在文件夹中双击打开" in text, text
    words = re.findall(r"[A-Za-z]{2,}", text.replace(str(document), "").replace("xdg-open", ""))
    assert words == ["docx"] or words == [], text  # Chinese only: no OS error text
