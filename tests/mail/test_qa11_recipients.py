"""qa11 F10/F17/F18: one 收件人 row without an address is a 提示 naming the person (check and docx
go on), ``send`` sends to the others, lists who was skipped and exits non-zero; init writes a 发件邮箱
row, and check hints when a 邮件服务器 is set without any sender address. ``python -m kjreport`` on the
sample workbook, a real SMTP server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from tests.cli.test_send_cli import ini
from tests.mail.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def kjreport(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    return subprocess.run([sys.executable, "-m", "kjreport", *args], cwd=cwd, env=full,
                          capture_output=True, text=True, timeout=300)


def without_address(sample_path: Path, tmp_path: Path) -> Path:
    wb = openpyxl.load_workbook(sample_path)
    assert wb["收件人"]["A3"].value == "李秀英"
    wb["收件人"]["B3"].value = None
    path = tmp_path / "工作簿.xlsx"
    wb.save(path)
    return path


def test_an_empty_address_is_a_hint_naming_the_person(sample_path, tmp_path):
    book = without_address(sample_path, tmp_path)
    run = kjreport("check", book.name, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "[提示] 工作簿.xlsx 工作表「收件人」 单元格 B3：「李秀英」（计划科）的「邮箱」为空；kjreport send 发送时跳过此人" in run.stdout


def test_send_reaches_the_others_and_names_who_was_skipped(starttls_server, ca, report, sample_path, tmp_path):
    handler, port, _ = starttls_server
    book = without_address(sample_path, tmp_path)
    config = ini(tmp_path, port, ca[1])
    run = kjreport("send", str(report), "--recipients", book.name, "--config", str(config), cwd=tmp_path,
                   KJREPORT_SMTP_PASSWORD=PASSWORD)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "注意：李秀英（收件人 B3）没有邮箱，未发送" in run.stdout
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("未全部发送：已发送 7 位") and "1 位没有邮箱，未发送（李秀英（收件人 B3））" in last, last
    assert len(handler.per_recipient()) == 7 and "lixiuying@example.com" not in handler.per_recipient()


def test_init_writes_a_sender_row_and_check_asks_for_it(sample_path, tmp_path):
    run = kjreport("init", "--year", "2012", "--from", str(sample_path), "2012.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    wb = openpyxl.load_workbook(tmp_path / "2012.xlsx")
    ws = wb["设置"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value}
    assert "发件邮箱" in rows and "邮件加密为“无”" in rows["发件邮箱"][2].value
    rows["邮件加密"][1].value = "无"
    rows["邮件账号"][1].value = None
    wb.save(tmp_path / "2012.xlsx")
    run = kjreport("check", "2012.xlsx", cwd=tmp_path)
    row = rows["发件邮箱"][0].row
    assert (f"[提示] 2012.xlsx 工作表「设置」 单元格 B{row}：已填写邮件服务器「smtp.exmail.qq.com」，"
            "但“邮件账号”和“发件邮箱”都为空") in run.stdout, run.stdout
