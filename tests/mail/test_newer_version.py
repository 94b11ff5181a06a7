"""qa14b F10: ``kjreport send`` given an older summary that still has 【待补充】 points to the newer
version beside it (the office sent 「……工作打算.docx」 while 「……工作打算（第2版）.docx」, regenerated
after the data were completed, was the one to send)."""

from __future__ import annotations

import docx
import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.cli.test_send_cli import ini
from tests.helpers import cli_ok
from tests.luan_book import luan_book
from tests.mail.conftest import PASSWORD

TITLE = "六安市科学技术局2021年工作总结和2022年工作打算"


def test_the_refusal_names_the_newer_version_beside_it(starttls_server, ca, tmp_path):
    handler, port, _ = starttls_server
    book = luan_book(tmp_path / "2021年科技工作.xlsx")
    cli_ok("docx", book)  # 下年工作打算 still empty: 三、 is 【待补充】
    first = tmp_path / f"{TITLE}.docx"
    opened = docx.Document(first)  # the office opened and saved it (Word/WPS): kept, not replaced (qa14a F2)
    opened.add_paragraph("")
    opened.save(first)
    wb = openpyxl.load_workbook(book)
    wb["下年工作打算"].append(("力争高新技术企业总数突破850家。", "高新技术企业", 850, "家"))
    wb.save(book)
    assert "（第2版）.docx" in cli_ok("docx", book).output
    old, new = tmp_path / f"{TITLE}.docx", tmp_path / f"{TITLE}（第2版）.docx"
    config = ini(tmp_path, port, ca[1])
    env = {"KJREPORT_SMTP_PASSWORD": PASSWORD}

    refused = CliRunner().invoke(main, ["send", str(old), "--to", "zhang@luan.example.cn", "--config", str(config)],
                                 env=env)
    assert refused.exit_code == 1, refused.output
    assert f"旁边已有较新的「{TITLE}（第2版）.docx」，如要发送的是它，请改为给出该文件" in refused.output, refused.output
    assert handler.messages == []

    newest = CliRunner().invoke(main, ["send", str(new), "--to", "zhang@luan.example.cn", "--config", str(config)],
                                env=env)
    assert newest.exit_code == 1 and "【待补充】" in newest.output, newest.output  # 存在的问题 is still to write
    assert "旁边已有较新的" not in newest.output  # it is the newest
    sent = CliRunner().invoke(main, ["send", str(new), "--to", "zhang@luan.example.cn", "--config", str(config),
                                     "--send-incomplete"], env=env)
    assert sent.exit_code == 0, sent.output
    assert list(handler.per_recipient()) == ["zhang@luan.example.cn"]
