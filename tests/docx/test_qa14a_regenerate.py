"""qa14a F3: regenerating a report after a data fix keeps its name. kjreport stamps what it
writes; a file that no one has saved since is its own output and is replaced, so the office does
not collect 第2版, 第3版 … (which went on to the leaders' mail as 「……（第2版）.docx」, while the
old name kept the stale report). A file someone has edited, or merely saved in Word, is kept as
before and the new report becomes its next version."""

from __future__ import annotations

import zipfile

import docx
import openpyxl

from tests.helpers import cli_ok
from tests.qa14a_book import department_row, tongxin_book

TITLE = "同心县科学技术局2026年工作总结和2027年工作打算"


def _set(book, indicator, value):
    wb = openpyxl.load_workbook(book)
    wb["科室数据"].cell(department_row(book, indicator), 4).value = value
    wb.save(book)


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_a_report_regenerated_after_a_data_fix_keeps_its_name(tmp_path):
    book = tongxin_book(tmp_path)
    out = tmp_path / f"{TITLE}.docx"
    cli_ok("docx", book, "--no-charts")
    assert "尚差0.08件" in _text(out)
    _set(book, "每万人口有效发明专利拥有量", 1.02)  # the office corrects a figure
    result = cli_ok("docx", book, "--no-charts")
    assert "没有覆盖" not in result.output and f"已生成工作总结：{out}" in result.output
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == [out.name]
    assert "尚差0.08件" not in _text(out)

    # the same with --force, and for the progress bulletin
    cli_ok("docx", book, "--no-charts", "--force")
    _set(book, "每万人口有效发明专利拥有量", 1.05)
    assert "没有覆盖" not in cli_ok("docx", book, "--no-charts").output
    cli_ok("progress", book)
    _set(book, "科技型企业", 90)
    assert "没有覆盖" not in cli_ok("progress", book).output
    assert not list(tmp_path.glob("*第2版*"))


def test_an_edited_or_resaved_report_is_still_kept(tmp_path):
    book = tongxin_book(tmp_path)
    out = tmp_path / f"{TITLE}.docx"
    cli_ok("docx", book, "--no-charts")
    edited = docx.Document(str(out))  # the 局长's edit, saved by Word (python-docx here)
    edited.paragraphs[3].text = "局长改过的开头。"
    edited.save(str(out))
    _set(book, "科技型企业", 90)
    result = cli_ok("docx", book, "--no-charts")
    assert "没有覆盖它" in result.output and "局长改过的开头。" in _text(out)
    second = tmp_path / f"{TITLE}（第2版）.docx"
    assert second.exists()

    # 第2版 untouched: the next fix replaces it; a change to any part (a style restyled in
    # Word, the text the same) makes it someone's file again: 第3版
    _set(book, "科技型企业", 91)
    assert "没有覆盖" not in cli_ok("docx", book, "--no-charts").output
    with zipfile.ZipFile(second) as zf:
        parts = [(info, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(second, "w") as zf:
        for info, data in parts:
            if info.filename == "word/styles.xml":
                data = data.replace(b"</w:styles>", b"<!-- restyled --></w:styles>")
            zf.writestr(info, data, compress_type=info.compress_type)
    _set(book, "科技型企业", 92)
    result = cli_ok("docx", book, "--no-charts")
    assert "「" + second.name + "」已存在且内容与本次生成的不同" in result.output
    assert (tmp_path / f"{TITLE}（第3版）.docx").exists()


def test_sending_the_old_name_beside_a_newer_version_says_so(tmp_path):
    """When an edited report was kept and the regenerated one saved as 第2版, sending the old
    name (as the office always has) still sends it — it may be the edited one meant — but says
    that a newer version is beside it; sending the newest says nothing of the kind."""
    book = tongxin_book(tmp_path)
    out = tmp_path / f"{TITLE}.docx"
    cli_ok("docx", book, "--no-charts")
    edited = docx.Document(str(out))
    edited.paragraphs[3].text = "局长改过的开头。"
    edited.save(str(out))
    _set(book, "科技型企业", 90)
    cli_ok("docx", book, "--no-charts")
    second = tmp_path / f"{TITLE}（第2版）.docx"
    mails = tmp_path / "mails"
    result = cli_ok("send", out, "--to", "jz@txkj.example.cn", "--dry-run", "--out", mails)
    assert f"注意：「{out.name}」旁边有更新的版本「{second.name}」" in result.output
    result = cli_ok("send", second, "--to", "jz@txkj.example.cn", "--dry-run", "--out", mails / "2")
    assert "更新的版本" not in result.output
