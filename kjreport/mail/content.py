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

from kjreport.mail.errors import MailError
from kjreport.text.numbers import MISSING

# 【待补充】 and its longer forms (【待补充：本条暂无数据和进展材料，请责任科室补充】)
PLACEHOLDER = re.compile(re.escape(MISSING[:-1]) + r"[】：:][^】]*】?")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"


@dataclass(frozen=True)
class Placeholder:
    """One 【待补充】 in the report: where it is (Chinese) and the words around it."""

    where: str
    context: str

    def __str__(self) -> str:
        return f"{self.where}「{self.context}」"


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


def _text(element) -> str:
    """Return the visible text of a paragraph (tabs and breaks as whitespace)."""
    out = []
    for node in element.iter():
        if node.tag == f"{W}t":
            out.append(node.text or "")
        elif node.tag == f"{W}tab":
            out.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
    return "".join(out)


def _context(text: str, width: int = 14) -> str:
    """Return the words around the first 【待补充】 in ``text``."""
    found = PLACEHOLDER.search(text)
    at, size = (found.start(), len(found.group())) if found else (0, 0)
    start, end = max(0, at - width), at + size + width
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


_SERIAL = re.compile(r"^[\d\s.、()（）]*$")


def _row_context(cells: list[str], header: list[str]) -> str:
    """Return what a table row with 【待补充】 is about: its name (the first cell that is not a
    序号) and the columns lacking, e.g. 技术合同成交额（增速）：累计完成."""
    name = next((c for c in cells if c and not _SERIAL.match(c) and not PLACEHOLDER.search(c)), "")
    lacking = [header[i] for i, c in enumerate(cells)
               if PLACEHOLDER.search(c) and i < len(header) and header[i] and header is not cells]
    lacking = list(dict.fromkeys(h.replace("\n", "") for h in lacking))
    text = name[:24] + (f"：{'、'.join(lacking)}" if lacking else "")
    return text or next((c for c in cells if c), "")[:20]


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
    lines: list[str] = []
    marks: list[Placeholder] = []
    paragraphs = tables = 0
    for child in body if body is not None else []:
        if child.tag == f"{W}p":
            text = _text(child).rstrip()
            if not text.strip():
                continue
            paragraphs += 1
            lines.append(text)
            if PLACEHOLDER.search(text):
                context = _context(text)
                if PLACEHOLDER.fullmatch(text.strip()) and lines[-2:-1]:
                    # a marker standing alone: name the heading or item it belongs to
                    context = f"{lines[-2][-20:]}：{text.strip()}"
                marks.append(Placeholder(f"正文第 {paragraphs} 段", context))
        elif child.tag == f"{W}tbl":
            tables += 1
            header: list[str] = []
            for r, row in enumerate(child.iter(f"{W}tr"), 1):
                cells = [
                    " ".join(_text(p).strip() for p in tc.iter(f"{W}p")).strip()
                    for tc in row.iter(f"{W}tc")
                ]
                lines.append("\t".join(cells))
                header = header or cells
                if any(PLACEHOLDER.search(c) for c in cells):
                    marks.append(Placeholder(f"第 {tables} 张表第 {r} 行", _row_context(cells, header)))
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
