"""Buttons that cannot hurt: no workbook open, an edited summary beside the workbook."""

from __future__ import annotations

import importlib

import pytest
from docx import Document

from tests.conftest import complete_sample_progress
from tests.excel.remote import alerts, needs_remote, payload_from_xlsx, remote_book

MODULES = ["check", "fill", "docx", "progress", "send"]


@pytest.mark.parametrize("name", MODULES)
def test_no_workbook_open_is_one_chinese_sentence(name, capsys):
    """Clicked with no workbook open (xw.Book.caller() fails): a sentence, never a traceback."""
    module = importlib.import_module(f"kjreport.excel.{name}")
    assert module.main() is None
    err = capsys.readouterr().err
    assert f"{module.BUTTON}未运行" in err and "请先打开" in err
    assert "Traceback" not in err


@pytest.fixture
def sample_path():
    from tests.conftest import SAMPLE

    return SAMPLE


@needs_remote
def test_docx_keeps_an_edited_summary_and_writes_a_new_version(sample_path, tmp_path):
    from kjreport.excel import docx

    path = tmp_path / "鲁泽市2011年科技工作.xlsx"
    path.write_bytes(sample_path.read_bytes())
    payload = payload_from_xlsx(path, name=str(path))
    first = docx.main(remote_book(payload))
    assert first is not None and first.path.exists()
    assert first.path.stat().st_mode & 0o777 == 0o644

    doc = Document(first.path)  # a colleague polishes the wording in Word
    doc.paragraphs[1].text = "（局长审改）" + doc.paragraphs[1].text
    doc.save(first.path)
    edited = first.path.read_bytes()

    book = remote_book(payload)
    second = docx.main(book)
    assert second is not None and second.path.name.endswith("（第2版）.docx")
    assert first.path.read_bytes() == edited  # the edited document is untouched
    [box] = alerts(book.json()["actions"])
    assert "没有覆盖" in box and "第2版" in box

    third = docx.main(remote_book(payload))  # same figures again: same content, same file
    assert third.path == second.path
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == sorted(
        [first.path.name, second.path.name]
    )
    assert not list(tmp_path.glob(".~kjreport-*"))  # no temp files left behind


@needs_remote
def test_docx_lists_the_placeholders_it_left(sample_path, tmp_path, monkeypatch):
    """A summary with 【待补充】 (here: one added after the real build) is named in the box."""
    from kjreport.excel import docx

    real = docx.write_summary

    def with_gap(report, path, **kwargs):
        out = real(report, path, **kwargs)
        doc = Document(out)
        doc.add_paragraph("全年财政科技投入【待补充】亿元。")
        doc.save(out)
        return out

    monkeypatch.setattr(docx, "write_summary", with_gap)
    path = tmp_path / "鲁泽市2011年科技工作.xlsx"
    path.write_bytes(sample_path.read_bytes())
    complete_sample_progress(path)  # the sample's own two gaps filled: only the added one left
    book = remote_book(payload_from_xlsx(path, name=str(path)))
    outcome = docx.main(book)
    assert outcome is not None
    [box] = alerts(book.json()["actions"])
    assert "还有 1 处【待补充】" in box and "财政科技投入【待补充】" in box
    assert "不会被发送" in box
