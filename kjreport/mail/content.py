"""What a Word report says, read straight from the .docx package: its text and tables in
order (the content key that makes sending idempotent), its title (the mail subject) and the
【待补充】 markers staff still have to fill in.

A .docx saved twice with the same content differs in its zip timestamps and often in its
core-properties dates, so the send log never keys on the file's bytes: it keys on this text.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from kjreport.docx.readback import Placeholder, W, body_lines
from kjreport.docx.readback import element_text as _text
from kjreport.mail.errors import MailError

DC = "{http://purl.org/dc/elements/1.1/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"


@dataclass(frozen=True)
class ReportContent:
    """The text of a report: one line per paragraph, one per table row (cells tab-joined)."""

    path: Path
    title: str
    lines: tuple[str, ...]
    placeholders: tuple[Placeholder, ...]
    category: str = ""  # the .docx's category property: 工作总结, 进度通报（9月） …

    @property
    def key(self) -> str:
        """Return the SHA-256 of the report's text and tables: the same for every save of the
        same content, different as soon as one character of it changes."""
        return hashlib.sha256("\n".join(self.lines).encode("utf-8")).hexdigest()


def read_content(path: Path) -> ReportContent:
    """Return the text, title and placeholders of the .docx at ``path``.

    Raise MailError when the file is not a readable Word document.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            body = ElementTree.fromstring(zf.read("word/document.xml")).find(f"{W}body")
            try:
                core = ElementTree.fromstring(zf.read("docProps/core.xml"))
            except KeyError:
                core = None
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        raise MailError(
            f"无法读取报告 {path.name}：它不是有效的 Word 文档（.docx）（{type(exc).__name__}）。"
        ) from None
    lines, marks = body_lines(body)
    styled, first = _title_paragraphs(body)
    core_title = category = ""
    if core is not None:
        node = core.find(f"{DC}title")
        core_title = (node.text or "").strip() if node is not None else ""
        node = core.find(f"{CP}category")
        category = (node.text or "").strip() if node is not None else ""
    # the title paragraph is what readers see; the properties may still hold a template's title
    title = styled or core_title or first or path.stem
    return ReportContent(path, _one_line(title), tuple(lines), tuple(marks), category)


def _one_line(text: str) -> str:
    """Return a title broken over lines as one line (no space where a Chinese line broke)."""
    text = re.sub(r"\s*\n\s*", "", text.strip())
    return " ".join(text.split())


def _title_paragraphs(body) -> tuple[str, str]:
    """Return (the first paragraph in a title style, the first non-empty paragraph)."""
    if body is None:
        return "", ""
    first = ""
    for p in body.iter(f"{W}p"):
        text = _text(p).strip()
        if not text:
            continue
        style = p.find(f"{W}pPr/{W}pStyle")
        name = style.get(f"{W}val", "") if style is not None else ""
        if "title" in name.lower() or name == "标题":
            return text, first or text
        first = first or text
    return "", first
