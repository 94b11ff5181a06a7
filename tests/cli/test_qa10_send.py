"""qa10 F30: ``send`` of a 县区通报 folder where most units have no recipient says, in its last line,
how many bulletins were NOT sent, and exits non-zero — a scheduled job or a hurried clerk reads the
last line. The 洛阳 2008 workbook of the QA round (收件人 only for 涧西区), a real SMTP server."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from kjreport.cli import main
from tests.cli.test_send_cli import ini
from tests.mail.conftest import PASSWORD

BOOK = Path(__file__).parents[1] / "summary" / "qa10_books" / "luoyang2008_full.xlsx"


def test_bulletins_without_recipients_are_counted_as_not_sent(starttls_server, ca, tmp_path):
    handler, port, _ = starttls_server
    book = tmp_path / BOOK.name
    shutil.copy(BOOK, book)
    folder = tmp_path / "通报"
    made = CliRunner().invoke(main, ["docx", str(book), "--by", "县区", "-o", str(folder)])
    assert made.exit_code == 0, made.output
    bulletins = len(list(folder.glob("*.docx")))
    result = CliRunner().invoke(
        main, ["send", str(folder), "--recipients", str(book), "--config", str(ini(tmp_path, port, ca[1]))],
        env={"KJREPORT_SMTP_PASSWORD": PASSWORD},
    )
    assert result.exit_code != 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert "全部发送成功" not in result.output, result.output
    assert f"{bulletins - 1} 份通报没有收件人，未发送" in last, last
    assert "偃师市" in last and handler.messages, last
