"""``kjreport.docx.versions``: which files are versions of a document, and where a new one goes."""

from __future__ import annotations

import os
from pathlib import Path

import docx

from kjreport.docx.versions import base_name, newest_versions, save_versioned, versions


def _doc(path: Path, text: str) -> Path:
    d = docx.Document()
    d.add_paragraph(text)
    d.save(str(path))
    return path


def test_versions_in_number_order_whatever_the_listing_order(tmp_path):
    out = tmp_path / "通报.docx"
    for name in ("通报（第10版）.docx", "通报.docx", "通报（第3版）.docx", "通报（第x版）.docx",
                 "通报2.docx", "另一通报（第2版）.docx", "通报（第2版）.pdf"):
        (tmp_path / name).write_bytes(b"")
    expected = [out, tmp_path / "通报（第3版）.docx", tmp_path / "通报（第10版）.docx"]
    assert versions(out) == expected
    assert versions(out, reversed(os.listdir(tmp_path))) == expected  # a listing given: the same
    assert versions(tmp_path / "无此文件夹" / "通报.docx") == []


def test_base_name_and_newest_versions(tmp_path):
    assert base_name("西山县通报（第12版）.docx") == "西山县通报.docx"
    assert base_name("西山县通报.docx") == "西山县通报.docx"
    assert base_name("通报（第二版）.docx") == "通报（第二版）.docx"  # not a number: its own name
    paths = [tmp_path / n for n in ("a.docx", "a（第2版）.docx", "a（第11版）.docx", "b.docx")]
    kept, dropped = newest_versions(paths)
    assert kept == [tmp_path / "a（第11版）.docx", tmp_path / "b.docx"]
    assert dropped == [(paths[0], paths[2]), (paths[1], paths[2])]


def test_an_edited_document_gets_the_number_after_the_highest(tmp_path):
    """A gap (第2版 deleted) does not make the new one overwrite 第3版: it becomes 第4版."""
    out = _doc(tmp_path / "通报.docx", "原文")
    _doc(tmp_path / "通报（第3版）.docx", "改过的第3版")
    target, note = save_versioned(out, lambda p: _doc(p, "新生成"), "通报")
    assert target == tmp_path / "通报（第4版）.docx"
    assert "「通报（第3版）.docx」已存在且内容与本次生成的不同" in note and "新通报另存为「通报（第4版）.docx」" in note
    again, note = save_versioned(out, lambda p: _doc(p, "新生成"), "通报", os.listdir(tmp_path))
    assert again == target and note == ""  # the newest has this content: replaced in place
    assert docx.Document(str(out)).paragraphs[0].text == "原文"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~kjreport-")]  # no temp left


def test_same_content_by_part_or_by_text(tmp_path):
    """Identical document parts are the same without parsing; a resave with other bytes but the
    same text is the same too; another text, or a file that is not a Word document, is not."""
    from kjreport.docx.versions import same_content
    from kjreport.mail.content import read_content

    a = _doc(tmp_path / "a.docx", "正文")
    copy = tmp_path / "copy.docx"
    copy.write_bytes(a.read_bytes())
    resaved = docx.Document(str(a))
    resaved.add_paragraph("")  # an empty paragraph: other bytes, the same text
    resaved.save(str(tmp_path / "resaved.docx"))
    other = _doc(tmp_path / "other.docx", "改过的正文")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert same_content(copy, a) and same_content(tmp_path / "resaved.docx", a)
    assert same_content(a, read_content(a).key)
    assert not same_content(other, a) and not same_content(broken, a)
