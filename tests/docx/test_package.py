"""The prepared reference is made once per process and copied per document; the package writer
compresses unchanged parts once. Both must give exactly what python-docx gives without them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from kjreport.docx import OfficialDocument, Segment
from kjreport.docx import document as document_module
from kjreport.docx.document import _open_reference, default_reference
from kjreport.docx.package import save_package
from tests.docx.conftest import build_sample


def _members(data: bytes | Path) -> dict[str, bytes]:
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    with zipfile.ZipFile(source) as z:
        assert z.testzip() is None  # every CRC right
        return {i.filename: z.read(i) for i in z.infolist()}


def _docx_save(doc: OfficialDocument) -> bytes:
    out = io.BytesIO()
    doc.docx.save(out)  # python-docx's own writer
    return out.getvalue()


def _ours(doc: OfficialDocument) -> bytes:
    out = io.BytesIO()
    save_package(doc.docx, out)
    return out.getvalue()


def _build(reference: Path | None = None, text: str = "正文", draft: bool = False) -> OfficialDocument:
    doc = OfficialDocument(reference, draft=draft)
    doc.title("测试县2011年科技工作通报")
    doc.paragraph([Segment(text), Segment("812亿元", comment="来源：数据!C5")])
    doc.table(["指标", "单位", "本年"], [["高新技术产业产值", "亿元", "812"]], number_cols=(2,))
    return doc


def test_writer_gives_python_docx_members_in_its_order(tmp_path: Path) -> None:
    for draft in (False, True):  # draft adds the comments part
        doc = _build(draft=draft)
        ours, theirs = _members(_ours(doc)), _members(_docx_save(doc))
        assert list(ours) == list(theirs)
        assert ours == theirs
        again = _members(_ours(doc))  # the second save takes the cached compressed parts
        assert again == theirs


def test_copy_equals_a_freshly_opened_reference(tmp_path: Path) -> None:
    """A document started from the cached copy is the one python-docx would build from the file."""
    cached = _build()
    fresh = _build()
    fresh._doc = _open_reference(default_reference())  # what every document did before
    fresh.title("测试县2011年科技工作通报")
    fresh.paragraph([Segment("正文"), Segment("812亿元", comment="来源：数据!C5")])
    fresh.table(["指标", "单位", "本年"], [["高新技术产业产值", "亿元", "812"]], number_cols=(2,))
    a, b = _members(_ours(cached)), _members(_docx_save(fresh))
    assert list(a) == list(b)
    assert a == b


def test_documents_do_not_share_what_they_change(tmp_path: Path) -> None:
    first = _build(text="第一份的正文")
    first.docx.styles.add_style("只属于第一份", 1)
    first.docx.settings.odd_and_even_pages_header_footer = False
    second = _build(text="第二份的正文")
    a, b = _members(_ours(first)), _members(_ours(second))
    assert "第一份".encode() in a["word/document.xml"] and "第一份".encode() not in b["word/document.xml"]
    assert "只属于第一份".encode() in a["word/styles.xml"]
    assert "只属于第一份".encode() not in b["word/styles.xml"]
    assert a["word/settings.xml"] != b["word/settings.xml"]


def test_changed_reference_is_prepared_again(tmp_path: Path) -> None:
    ref = docx.Document(str(default_reference()))
    ref.styles.add_style("参考文档新样式", 1)
    ref.save(str(tmp_path / "ref.docx"))
    plain = _members(build_sample(tmp_path / "a.docx"))
    restyled = _members(_ours(_build(tmp_path / "ref.docx")))
    assert "参考文档新样式".encode() in restyled["word/styles.xml"]
    assert "参考文档新样式".encode() not in plain["word/styles.xml"]
    # the file replaced in place (same path) is read again: the cache is keyed by its bytes
    ref.styles.add_style("再改一次", 1)
    ref.save(str(tmp_path / "ref.docx"))
    assert "再改一次".encode() in _members(_ours(_build(tmp_path / "ref.docx")))["word/styles.xml"]
    assert len(document_module._PREPARED) == 1
