"""``kjreport send`` of 鄂尔多斯's 旗区 notices (qa16 F8): 杭锦旗's contact is in 「收件人」 without a
邮箱. send said so (“杭锦旗科技局（收件人 B…）没有邮箱，未发送”) and then also listed 杭锦旗 among the
units “在「收件人」表中没有本旗区的联系人” — it has one; only its address is missing."""

from __future__ import annotations

import openpyxl

from tests.helpers import cli, cli_output
from tests.qa16_book import ordos_book


def test_a_unit_whose_contact_lacks_an_address_is_not_said_to_have_no_contact(tmp_path):
    book = ordos_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb["收件人"].append(["杭锦旗科技局", None, "杭锦旗", None])
    wb.save(book)
    cli_output("docx", book, "--by", "县区", "-j", "1")
    result = cli("send", tmp_path / "鄂尔多斯市2025年旗区科技工作通报", "--recipients", book,
                 "--dry-run", "--out", tmp_path / "mail")
    assert "杭锦旗科技局（收件人 B5）没有邮箱，未发送" in result.output, result.output
    line = next(x for x in result.output.splitlines() if "没有本旗区的联系人" in x)
    assert "杭锦旗" not in line and "乌审旗" in line, line
