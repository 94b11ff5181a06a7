"""The ribbon's 生成总结 writes with the templates 设置「文字模板目录」 names (the ribbon has no
--template: before, an office's own wording was used by the command line only)."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx

from tests.cli.test_template_setting import GUIDANCE, _set, office_templates
from tests.excel.remote import alerts, needs_remote, payload_from_xlsx, remote_book

pytestmark = needs_remote
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample2011.xlsx"


def test_the_summary_button_uses_the_folder_the_settings_name(tmp_path):
    from kjreport.excel import docx as summary_button

    book_path = tmp_path / "鲁泽市2011年科技工作.xlsx"
    shutil.copy(SAMPLE, book_path)
    office_templates(tmp_path / "本局模板")
    _set(book_path, "文字模板目录", "本局模板")
    book = remote_book(payload_from_xlsx(book_path, name=str(book_path)))
    outcome = summary_button.main(book)
    assert outcome is not None, alerts(book.json()["actions"])
    text = "\n".join(p.text for p in docx.Document(str(outcome.path)).paragraphs)
    assert f"{GUIDANCE}，扎实推进各项重点工作" in text


def test_a_missing_folder_is_told_in_the_message_box(tmp_path):
    from kjreport.excel import docx as summary_button

    book_path = tmp_path / "鲁泽市2011年科技工作.xlsx"
    shutil.copy(SAMPLE, book_path)
    _set(book_path, "文字模板目录", "没有这个文件夹")
    book = remote_book(payload_from_xlsx(book_path, name=str(book_path)))
    assert summary_button.main(book) is None
    [box] = alerts(book.json()["actions"])
    assert "「文字模板目录」" in box and "没有这个文件夹" in box and "Traceback" not in box, box
    assert not list(tmp_path.glob("*.docx"))
