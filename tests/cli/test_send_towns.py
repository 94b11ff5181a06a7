"""Sending a 镇街 bureau's notices (qa11b F11): a contact whose 科室 is a 镇 written without 镇
(「魏湾」 for 魏湾镇) would get nothing; ``check`` gives a 提示 at the cell, and ``kjreport send``
says so before anything goes, asks
"是否为「魏湾镇」？", and names every notice left with only the 抄送 people (no 等).

临清市's book (tests.linqing_book), its 16 notices from ``kjreport docx --by 镇街``, and a
rehearsal (--dry-run) through the real CLI.
"""

from __future__ import annotations

import openpyxl

from tests.helpers import cli
from tests.linqing_book import TOWNS, make_book


def test_a_contact_missing_the_zhen_of_its_town_is_asked_about_before_sending(tmp_path):
    book = make_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["收件人"]
    for i, row in enumerate((("张明", "zhangming@example.com", "松林镇", None),
                             ("李华", "lihua@example.com", "新华路街道", None),
                             ("王芳", "wangfang@example.com", "魏湾", None),
                             ("局办公室", "bgs@example.com", "办公室", "是")), 2):
        for j, value in enumerate(row, 1):
            ws.cell(i, j, value)
    wb.save(book)
    check = cli("check", book)  # check says it too, at the cell
    line = next(x for x in check.output.splitlines() if "「魏湾」" in x)
    assert "工作表「收件人」 单元格 C4" in line and "是否为「魏湾镇」？" in line, line
    assert "[提示]" in line and "县区" not in line
    made = cli("docx", book, "--by", "镇街")
    assert made.exit_code == 0, made.output
    [folder] = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.endswith("通报")]
    out = tmp_path / "eml"
    result = cli("send", folder, "--recipients", book, "--dry-run", "--out", out)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    asked = next(i for i, x in enumerate(lines) if "王芳" in x)
    assert "「收件人」第4行 王芳 的科室「魏湾」不是镇街名称" in lines[asked], lines[asked]
    assert "是否为「魏湾镇」？" in lines[asked]
    first_sent = next(i for i, x in enumerate(lines) if "→" in x)
    assert asked < first_sent  # said before anything is sent
    warned = next(x for x in lines if "份镇街通报在「收件人」表中没有本镇街的联系人" in x)
    uncovered = [t for t in TOWNS if t not in ("松林镇", "新华路街道")]
    assert "（魏湾镇、" in warned  # the one with a likely slip first
    assert all(t in warned for t in uncovered) and "等）" not in warned, warned
    assert not any("wangfang" in f.name for f in out.glob("*.eml"))  # asked, never guessed
