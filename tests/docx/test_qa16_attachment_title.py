"""An attachment title longer than a line is broken where its meaning allows, as the document's title
is (qa16 F4): 鄂尔多斯's 附件1 “鄂尔多斯市2025年科技工作主要指标完成情况表” rendered “……完成情 / 况表”, and the
高新区 notice's “……2025年主要科 / 技指标”."""

from __future__ import annotations

import docx

from tests.helpers import cli_output
from tests.qa16_book import ordos_book


def _lines(path, words: str) -> list[str]:
    """Return the lines of the paragraph holding ``words``, split at its line breaks."""
    doc = docx.Document(str(path))
    p = [p for p in doc.paragraphs if words in p.text][-1]  # the title, after the body and 附件说明
    lines, line = [], ""
    for child in p._p.iter():
        if child.tag.endswith("}t"):
            line += child.text or ""
        elif child.tag.endswith("}br"):
            lines.append(line)
            line = ""
    return [*lines, line]


def test_attachment_titles_break_between_words(tmp_path):
    book = ordos_book(tmp_path)
    summary = tmp_path / "总结.docx"
    cli_output("docx", book, "-o", summary, "--no-charts")
    assert _lines(summary, "主要指标完成情况表") == ["鄂尔多斯市2025年", "科技工作主要指标完成情况表"]
    folder = tmp_path / "通报"
    cli_output("docx", book, "--by", "县区", "-o", folder, "-j", "1")
    notice = folder / "鄂尔多斯高新技术产业开发区2025年科技工作通报.docx"
    assert _lines(notice, "2025年主要科技指标") == ["鄂尔多斯高新技术产业开发区", "2025年主要科技指标"]
