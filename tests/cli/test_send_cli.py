"""``kjreport send`` through its real entry point, against a real SMTP server."""

from __future__ import annotations

import re
import shutil

from click.testing import CliRunner
from docx import Document

from kjreport.cli import main
from tests.conftest import complete_sample_progress
from tests.mail.conftest import PASSWORD, USER


def ini(tmp_path, port, ca_path, security="STARTTLS"):
    path = tmp_path / "邮件.ini"
    path.write_text(
        f"[邮件]\n服务器 = 127.0.0.1\n端口 = {port}\n加密 = {security}\n账号 = {USER}\n"
        f"发件人名称 = 鲁泽市科学技术局办公室\nCA证书 = {ca_path}\n",
        encoding="utf-8",
    )
    return path


def test_send_to_addresses(starttls_server, ca, report, tmp_path):
    handler, port, _ = starttls_server
    result = CliRunner().invoke(
        main,
        [
            "send",
            str(report),
            "--to",
            "a@example.com",
            "--to",
            "b@example.com",
            "--config",
            str(ini(tmp_path, port, ca[1])),
        ],
        env={"KJREPORT_SMTP_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 0, result.output
    assert "a@example.com：已发送" in result.output and "全部发送成功" in result.output
    assert handler.received_by() == ["a@example.com", "b@example.com"]
    rerun = CliRunner().invoke(
        main,
        ["send", str(report), "--to", "a@example.com", "--config", str(ini(tmp_path, port, ca[1]))],
        env={"KJREPORT_SMTP_PASSWORD": PASSWORD},
    )
    assert "此前已收到内容相同的本报告，跳过" in rerun.output and len(handler.messages) == 2


def test_send_errors_are_one_chinese_sentence(ca, report, tmp_path):
    from tests.mail.conftest import free_port

    result = CliRunner().invoke(
        main,
        [
            "send",
            str(report),
            "--to",
            "a@example.com",
            "--retries",
            "0",
            "--config",
            str(ini(tmp_path, free_port(), ca[1])),
        ],
        env={"KJREPORT_SMTP_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 1 and "错误：无法连接邮件服务器" in result.output
    assert "Traceback" not in result.output
    bad = CliRunner().invoke(
        main, ["send", str(report), "--to", "nobody@", "--config", str(ini(tmp_path, 1, ca[1]))]
    )
    assert bad.exit_code == 1 and "「nobody@」" in bad.output


def test_county_folder_goes_to_each_countys_contacts(starttls_server, ca, sample_path, tmp_path):
    handler, port, _ = starttls_server
    folder = tmp_path / "鲁泽市2011年县区科技工作通报"
    folder.mkdir()
    for county in ("西山县", "高新区", "清河区"):
        doc = Document()
        doc.add_paragraph(f"鲁泽市科学技术局关于{county}2011年科技工作情况的通报")
        doc.save(folder / f"{county}2011年科技工作通报.docx")
    book = tmp_path / "book.xlsx"
    shutil.copy(sample_path, book)
    result = CliRunner().invoke(
        main,
        [
            "send",
            str(folder),
            "--recipients",
            str(book),
            "--config",
            str(ini(tmp_path, port, ca[1])),
        ],
        env={"KJREPORT_SMTP_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 0, result.output
    got = {
        (rcpts[0], [a.get_filename() for a in msg.iter_attachments()][0])
        for rcpts, msg, _ in handler.messages
    }
    assert ("sunming@example.com", "西山县2011年科技工作通报.docx") in got
    assert ("zhaolihua@example.com", "高新区2011年科技工作通报.docx") in got
    assert (
        "zhouxiaofeng@example.com",
        "清河区2011年科技工作通报.docx",
    ) in got  # 抄送: every county
    assert not any(r == "sunming@example.com" and n.startswith("高新区") for r, n in got)
    subjects = {msg["Subject"] for _, msg, _ in handler.messages}
    assert "鲁泽市科学技术局关于西山县2011年科技工作情况的通报" in subjects  # the title
    # qa10b F3: five messages to three people are counted as such, never "已发送 5 位"
    people = len({rcpts[0] for rcpts, _, _ in handler.messages})
    assert (len(handler.messages), people) == (5, 3)
    last = result.output.strip().splitlines()[-1]
    assert last == "全部发送成功：已发送 5 封（3 位收件人）。", last
    rerun = CliRunner().invoke(main, ["send", str(folder), "--recipients", str(book), "--config",
                                      str(ini(tmp_path, port, ca[1]))], env={"KJREPORT_SMTP_PASSWORD": PASSWORD})
    assert rerun.exit_code == 0 and len(handler.messages) == 5, rerun.output
    last = rerun.output.strip().splitlines()[-1]
    assert last == "没有需要发送的：5 封此前已发出，3 位收件人已收到内容相同的报告。", last


def test_dry_run_from_the_sample(sample_path, report, tmp_path):
    result = CliRunner().invoke(
        main,
        [
            "send",
            str(report),
            "--recipients",
            str(sample_path),
            "--dry-run",
            "--out",
            str(tmp_path / "eml"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "eml").glob("*.eml"))) == 8
    assert "演练完成：共写出 8 封邮件，未连接邮件服务器。" in result.output
    assert not (report.parent / (report.name + ".发送记录.jsonl")).exists()


def test_docx_send_chains_the_two(starttls_server, ca, sample_path, tmp_path):
    handler, port, _ = starttls_server
    book = tmp_path / "book.xlsx"
    shutil.copy(sample_path, book)
    complete_sample_progress(book)  # a summary that still has 【待补充】 is not sent
    result = CliRunner().invoke(
        main,
        [
            "docx",
            str(book),
            "--no-charts",
            "--send",
            "--mail-config",
            str(ini(tmp_path, port, ca[1])),
        ],
        env={"KJREPORT_SMTP_PASSWORD": PASSWORD},
    )
    assert result.exit_code == 0, result.output
    assert "已生成工作总结" in result.output and "全部发送成功" in result.output
    assert len(handler.messages) == 8
    body = handler.messages[0][1].get_body(("plain",)).get_content()
    assert "34项目标任务中" in body  # the digest of the results
    [attachment] = list(handler.messages[0][1].iter_attachments())
    assert attachment.get_filename() == "鲁泽市科学技术局2011年工作总结和2012年工作打算.docx"


def test_a_refused_recipient_exits_1_with_a_summary(starttls_server, ca, report, tmp_path):
    handler, port, _ = starttls_server
    handler.refuse = {"b@example.com"}
    args = ["send", str(report), "--to", "a@example.com", "--to", "b@example.com", "--config"]
    result = CliRunner().invoke(
        main, [*args, str(ini(tmp_path, port, ca[1]))], env={"KJREPORT_SMTP_PASSWORD": PASSWORD}
    )
    assert result.exit_code == 1, result.output
    assert "a@example.com：已发送" in result.output
    # the server's reply said in Chinese, its own words kept in brackets (qa12b F15)
    assert "b@example.com：失败：对方邮件服务器拒收：邮箱不存在（550 5.1.1 No such user here）；请核对该地址" in result.output
    assert "未全部发送：已发送 1 位，失败 1 位，原因见上" in result.output
    handler.refuse = set()  # the address is fixed on the server side: a rerun sends only to b
    rerun = CliRunner().invoke(
        main, [*args, str(ini(tmp_path, port, ca[1]))], env={"KJREPORT_SMTP_PASSWORD": PASSWORD}
    )
    assert rerun.exit_code == 0 and "全部发送成功：已发送 1 位，跳过 1 位" in rerun.output
    assert handler.received_by() == ["a@example.com", "b@example.com"]
    assert PASSWORD not in result.output + rerun.output


def _placeholder_templates(tmp_path):
    """Return a copy of the summary templates whose problems paragraph leaves a 【待补充】."""
    from pathlib import Path

    source = Path(__file__).resolve().parents[2] / "templates" / "summary"
    folder = tmp_path / "模板"
    shutil.copytree(source, folder)
    problems = folder / "problems.j2"
    problems.write_text(
        problems.read_text(encoding="utf-8") + "\n全年财政科技投入【待补充】亿元。\n",
        encoding="utf-8",
    )
    return folder


def test_docx_reports_placeholders_and_send_refuses_them(
    starttls_server, ca, sample_path, tmp_path
):
    handler, port, _ = starttls_server
    book = tmp_path / "book.xlsx"
    shutil.copy(sample_path, book)
    complete_sample_progress(book)  # only the template's marker below is left
    config = str(ini(tmp_path, port, ca[1]))
    env = {"KJREPORT_SMTP_PASSWORD": PASSWORD}
    args = ["docx", str(book), "--no-charts", "--template", str(_placeholder_templates(tmp_path))]
    made = CliRunner().invoke(main, [*args, "--send", "--mail-config", config], env=env)
    assert made.exit_code == 1, made.output
    assert "中还有 1 处【待补充】" in made.output and "正文第" in made.output
    assert "没有发送" in made.output and "--send-incomplete" in made.output
    assert handler.per_recipient() == {}
    report = next(tmp_path.glob("*.docx"))
    anyway = CliRunner().invoke(
        main,
        ["send", str(report), "--recipients", str(book), "--config", config, "--send-incomplete"],
        env=env,
    )
    assert anyway.exit_code == 0, anyway.output
    assert len(handler.messages) == 8


def test_regenerating_and_resending_sends_nothing_twice(starttls_server, ca, sample_path, tmp_path):
    """The issue's scenario: docx --send, then again (new zip bytes, same content)."""
    handler, port, _ = starttls_server
    book = tmp_path / "book.xlsx"
    shutil.copy(sample_path, book)
    complete_sample_progress(book)
    args = [
        "docx",
        str(book),
        "--no-charts",
        "--send",
        "--mail-config",
        str(ini(tmp_path, port, ca[1])),
    ]
    env = {"KJREPORT_SMTP_PASSWORD": PASSWORD}
    first = CliRunner().invoke(main, args, env=env)
    assert first.exit_code == 0, first.output
    report = next(tmp_path.glob("*.docx"))
    before = report.read_bytes()
    import time

    time.sleep(2.1)  # zip timestamps have a two-second resolution
    second = CliRunner().invoke(main, args, env=env)
    assert second.exit_code == 0, second.output
    assert report.read_bytes() != before
    # nothing left to send is said so, not "全部发送成功：已发送 0 位" (qa10b F3)
    assert "没有需要发送的：8 位收件人此前已收到内容相同的本报告。" in second.output, second.output
    assert "全部发送成功" not in second.output
    counts = handler.per_recipient()
    assert len(counts) == 8 and set(counts.values()) == {1}


def test_dry_run_warns_about_placeholders(sample_path, tmp_path):
    """A rehearsal of a report a real send would refuse still writes the .eml files, but says so."""
    report = tmp_path / "总结.docx"
    doc = Document()
    doc.add_paragraph("鲁泽市科学技术局2011年工作总结")
    doc.add_paragraph("三是加快高新技术改造提升传统产业：【待补充：本条暂无数据和进展材料，请责任科室补充】")
    doc.save(report)
    args = ["send", str(report), "--recipients", str(sample_path), "--dry-run", "--out", str(tmp_path / "eml")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "eml").glob("*.eml"))) == 8
    assert "注意：报告 总结.docx 中还有 1 处【待补充】" in result.output
    assert "正式发送时会拒绝发送" in result.output and "--send-incomplete" in result.output
    assert "其中 1 份报告还有【待补充】" in result.output
    anyway = CliRunner().invoke(main, [*args, "--send-incomplete"])
    assert anyway.exit_code == 0 and "【待补充】" not in anyway.output


def _county_folder(tmp_path):
    folder = tmp_path / "鲁泽市2011年县区科技工作通报"
    folder.mkdir()
    for county in ("西山县", "高新区", "清河区"):
        doc = Document()
        doc.add_paragraph(f"鲁泽市科学技术局关于{county}2011年科技工作情况的通报")
        doc.save(folder / f"{county}2011年科技工作通报.docx")
    return folder


def test_dry_run_of_a_county_folder_writes_every_message_it_counts(sample_path, tmp_path):
    """QA Q11: the 抄送 person gets one message per county 通报; each is its own file, and the
    count printed is the number of files written."""
    folder = _county_folder(tmp_path)
    out = tmp_path / "eml"
    result = CliRunner().invoke(
        main, ["send", str(folder), "--recipients", str(sample_path), "--dry-run", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.eml"))
    # 西山县: 孙明 + 周晓峰 (抄送); 高新区: 赵丽华 + 周晓峰; 清河区: 周晓峰 only
    assert len(files) == 5
    assert f"演练完成：共写出 {len(files)} 封邮件" in result.output
    cc = [f.name for f in files if "-抄送-zhouxiaofeng@example.com" in f.name]
    assert len(cc) == 3 and len({n.split("-")[0] for n in cc}) == 3  # one per 通报
    assert any(f.name.startswith("西山县2011年科技工作通报-") and "-收件-sunming@" in f.name for f in files)


def test_dry_run_needs_no_mail_server_settings(sample_path, report, tmp_path):
    """QA Q15: a rehearsal sends nothing, so 设置 without mail rows is not an error."""
    import openpyxl

    book = tmp_path / "book.xlsx"
    shutil.copy(sample_path, book)
    wb = openpyxl.load_workbook(book)
    ws = wb["设置"]
    for row in list(ws.iter_rows(min_row=2)):
        if row[0].value and ("邮件" in str(row[0].value) or "发件" in str(row[0].value)):
            ws.delete_rows(row[0].row)
    wb.save(book)
    out = tmp_path / "eml"
    result = CliRunner().invoke(
        main, ["send", str(report), "--recipients", str(book), "--dry-run", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "没有设置邮件服务器" in result.output and "演练不连接服务器" in result.output
    files = list(out.glob("*.eml"))
    assert len(files) == 8 and b"sender-not-set@example.invalid" in files[0].read_bytes()
    # QA R6: without 发件人名称 the body and signature name the bureau's office, not the rehearsal
    body = _body(files[0])
    assert "未设置发件邮箱" not in body
    assert "如有疑问，请与鲁泽市科学技术局办公室联系。" in body
    assert body.rstrip().splitlines()[-1] == "鲁泽市科学技术局办公室"
    real = CliRunner().invoke(main, ["send", str(report), "--recipients", str(book)])
    assert real.exit_code == 1 and "没有设置邮件服务器" in real.output  # a real send still needs them


def _body(eml) -> str:
    import email
    from email import policy

    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    return msg.get_body(preferencelist=("plain",)).get_content()


def _dry_run_body(report, workbook, tmp_path) -> str:
    """Send ``report`` dry (recipients from ``workbook``) and return the mail's plain body."""
    result = CliRunner().invoke(main, ["send", str(report), "--recipients", str(workbook),
                                       "--dry-run", "--out", str(tmp_path / "eml")])
    assert result.exit_code == 0, result.output
    return _body(next((tmp_path / "eml").glob("*.eml")))


def test_mail_digest_of_a_progress_report_is_its_own_period(sample_path, tmp_path):
    """QA Q12: the mail of a 前三季度 通报 states the 通报's standing, not the year-end tally."""
    report = tmp_path / "前三季度通报.docx"
    made = CliRunner().invoke(main, ["progress", str(sample_path), "--month", "9", "-o", str(report),
                                     "--no-charts"])
    assert made.exit_code == 0, made.output
    body = _dry_run_body(report, sample_path, tmp_path)
    assert "2011年前三季度，全市34项目标任务中，" in body and "项达到或快于应完成进度" in body
    assert "请与鲁泽市科学技术局办公室联系" in body
    assert "2011年，全市34项目标任务中" not in body and "超额完成18项" not in body


def test_mail_digest_of_the_summary_quotes_its_headline_targets(sample_path, tmp_path):
    report = tmp_path / "总结.docx"
    made = CliRunner().invoke(main, ["docx", str(sample_path), "-o", str(report), "--no-charts"])
    assert made.exit_code == 0, made.output
    body = _dry_run_body(report, sample_path, tmp_path)
    assert "2011年，全市34项目标任务中，超额完成18项" in body
    # the summary's own 主要任务目标, as the document states them
    assert "高新技术产业产值812亿元，完成年度目标的101.5%" in body
    assert "全社会R&D经费投入9.4亿元，完成年度目标的94.0%" in body
    assert "科技进步贡献率" not in body or "科技进步贡献率50.8%" in body


def test_mail_digest_adds_up_and_quotes_no_arbitrary_rows(sample_copy, tmp_path):
    """QA S13: every target is counted (待补充 too), and a plan without a 主要任务目标 paragraph
    does not present its first rows as the main targets."""
    import openpyxl

    book = openpyxl.load_workbook(sample_copy)
    for row in book["目标任务"].iter_rows(min_row=2):
        items = [c for c in str(row[4].value or "").split("、") if c and c != "总"]
        row[4].value = "、".join(items) or "一.4"
    row = next(r for r in book["科室数据"].iter_rows(min_row=2) if r[1].value == "来市指导院士")
    row[3].value = row[4].value = None
    book.save(sample_copy)
    report = tmp_path / "总结.docx"
    made = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(report), "--no-charts"])
    assert made.exit_code == 0, made.output
    body = _dry_run_body(report, sample_copy, tmp_path)
    line = next(x for x in body.splitlines() if "项目标任务中" in x)
    counted = sum(int(n) for n in re.findall(r"(\d+)项(?!目标)", line.split("。")[0]))
    assert counted == 34 and "项数据待补充" in line, line
    assert "高新技术产业产值812亿元" not in body  # no headline paragraph: no "主要指标"
    assert "未完成的有" in body


def test_county_notices_without_a_county_contact_are_named_and_units_are_not_comrades(sample_copy, tmp_path):
    """QA S18: a county 通报 that would reach only the 抄送 people is named before sending, and a
    unit in the 收件人 sheet (局办公室) is addressed by its name, not as “局办公室同志”."""
    import openpyxl

    book = openpyxl.load_workbook(sample_copy)
    book["收件人"].append(["局办公室", "bgs@example.com", None, "是"])
    book.save(sample_copy)
    folder = _county_folder(tmp_path)
    out = tmp_path / "eml"
    result = CliRunner().invoke(
        main, ["send", str(folder), "--recipients", str(sample_copy), "--dry-run", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "注意：1 份县区通报在「收件人」表中没有本县区的联系人（清河区），只发给抄送人" in result.output
    bodies = {f.name: _body(f) for f in out.glob("*.eml")}
    office = [b for n, b in bodies.items() if "bgs@example.com" in n]
    assert office and all(b.startswith("局办公室：") for b in office)
    person = next(b for n, b in bodies.items() if "sunming@" in n)
    assert person.startswith("孙明同志：")


def test_a_county_folder_sends_only_the_newest_version_of_a_bulletin(sample_path, tmp_path):
    """After ``docx --by 县区`` kept an edited bulletin and saved the new one as 第2版, sending
    the folder sends 第2版 only (as ``docx --send`` sends the document just written) and says so."""
    folder = _county_folder(tmp_path)
    newer = Document()
    newer.add_paragraph("鲁泽市科学技术局关于西山县2011年科技工作情况的通报（新数据）")
    newer.save(folder / "西山县2011年科技工作通报（第2版）.docx")
    out = tmp_path / "eml"
    result = CliRunner().invoke(
        main, ["send", str(folder), "--recipients", str(sample_path), "--dry-run", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert ("西山县2011年科技工作通报.docx：文件夹中有更新的版本「西山县2011年科技工作通报（第2版）.docx」，"
            "只发送最新版本，跳过。") in result.output
    names = sorted(f.name for f in out.glob("*.eml"))
    assert len(names) == 5  # as without the old version: 孙明 + 周晓峰, 赵丽华 + 周晓峰, 周晓峰
    west = [n for n in names if n.startswith("西山县")]
    assert len(west) == 2 and all(n.startswith("西山县2011年科技工作通报（第2版）-") for n in west)
