"""qa18 L2: no page starts with the last one or two characters of the text above the 落款.

A 县区通报 of the 宿迁 book ended page 1 with 「…确保完成2024年目标任」 and page 2 held 「务。」, 特此通报,
the 附件说明 and the 落款. GB/T 9704-2012 7.3.5.1 allows adjusting 字距: the characters of that
paragraph are set closer (at most 0.5 pt beyond the body's −0.25 pt) to pull the short line back;
when that cannot work, the paragraph gets widow control (its last two lines go over together).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from kjreport.docx import OfficialDocument
from kjreport.docx.pdf import find_soffice, to_pdf
from tests.helpers import cli_output
from tests.qa18_book import suqian_book

LAST = "请湖滨新区对照全市年度目标任务"
LINE = "全市科技工作紧紧围绕市委市政府中心工作取得新进展。"  # two lines with the indent

needs_libreoffice = pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler-utils (pdftotext) is not installed",
)


def _bulletin(tmp_path: Path) -> Path:
    book = suqian_book(tmp_path, slips=False)
    assert "已生成 9 份县区通报" in cli_output("docx", book, "--by", "县区")
    return next(tmp_path.rglob("湖滨新区2023年科技工作通报.docx"))


def _char_spacing(p) -> set[int]:
    return {int(s.get(qn("w:val"))) for r in p._p.iter(qn("w:r")) for s in r.iter(qn("w:spacing"))}


def test_the_short_last_line_is_pulled_back_by_closer_characters(tmp_path: Path) -> None:
    doc = docx.Document(str(_bulletin(tmp_path)))
    last = next(p for p in doc.paragraphs if p.text.startswith(LAST))
    spacing = _char_spacing(last)
    assert len(spacing) == 1 and -15 <= spacing.pop() < -5  # −0.75 pt at most (−0.25 − 0.5)
    # the other paragraphs keep the body's spacing
    others = [p for p in doc.paragraphs if p.text and not p.text.startswith(LAST)]
    assert not any(_char_spacing(p) for p in others)


@needs_libreoffice
def test_page_two_does_not_start_with_the_last_characters(tmp_path: Path) -> None:
    pdf = to_pdf(_bulletin(tmp_path), tmp_path / "pdf")
    page2 = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    first = next(line.strip() for line in page2.splitlines() if line.strip())
    assert first == "特此通报。", page2[:200]


def _long_notice(last: str) -> OfficialDocument:
    doc = OfficialDocument()
    doc.title("鲁泽市科学技术局关于清河区科技工作情况的通报")
    doc.paragraph("清河区科技局：", indent=False)
    for i in range(16):
        doc.paragraph(f"第{i + 1:02d}段{LINE}")
    doc.paragraph(last)
    doc.paragraph("特此通报。")
    doc.attachment_note(["清河区2011年主要科技指标"])
    doc.signature("鲁泽市科学技术局", "2011年12月20日")
    return doc


def test_a_line_too_long_to_pull_back_goes_over_with_the_line_above() -> None:
    # 57 characters with the indent: two full lines and one character more than 0.5 pt can pull back
    last = "请清河区对照全市年度目标任务，查找薄弱环节，加大工作力度，推动各项科技指标全面提升，确保完成目标任务。"
    assert len(last) == 51
    last = last + "各项工作。"
    doc = _long_notice(last).docx
    p = next(p for p in doc.paragraphs if p.text == last)
    assert not _char_spacing(p)
    assert p.paragraph_format.widow_control is True


def test_a_long_last_line_is_left_as_it_is() -> None:
    last = "请清河区对照全市年度目标任务，查找薄弱环节，加大工作力度，推动各项科技指标全面提升。"
    doc = _long_notice(last).docx
    p = next(p for p in doc.paragraphs if p.text == last)
    assert not _char_spacing(p) and p.paragraph_format.widow_control is None
    assert re.search("特此通报", doc.element.body.xml)
