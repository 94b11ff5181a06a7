"""A Word body's text as a reader sees it: one line per paragraph, one per table row, and the
【待补充】 markers left in it, each with where it is (Chinese) and the words around it.

Works on any ElementTree-like ``w:body`` element: one parsed from a saved .docx
(``kjreport.mail.content``) or the body of a document still being built (a batch worker reports
its bulletin's markers without reading the file back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kjreport.text.numbers import MISSING

# 【待补充】 and its longer forms (【待补充：本条暂无数据和进展材料，请责任科室补充】)
MARK = MISSING[:-1]  # 【待补充: every marker starts with it
PLACEHOLDER = re.compile(re.escape(MARK) + r"[】：:][^】]*】?")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Placeholder:
    """One 【待补充】 in the report: where it is (Chinese) and the words around it."""

    where: str
    context: str

    def __str__(self) -> str:
        return f"{self.where}「{self.context}」"


def element_text(element) -> str:
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


def _tail(line: str, width: int = 30) -> str:
    """Return the heading or item line a lone 【待补充】 belongs to: whole up to ``width``
    characters (「1.强化关键技术攻关，推动研发投入强度稳步提升」), else its end after "…" — never cut
    without saying so (qa14b F16: 「化关键技术攻关……」)."""
    line = line.strip()
    return line if len(line) <= width else "…" + line[-(width - 1):]


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


def body_lines(body) -> tuple[list[str], list[Placeholder]]:
    """Return the lines of ``body`` (a ``w:body`` element, or None) — each non-empty paragraph,
    each table row with its cells tab-joined — and its 【待补充】 markers, in document order."""
    lines: list[str] = []
    marks: list[Placeholder] = []
    paragraphs = tables = 0
    for child in body if body is not None else []:
        if child.tag == f"{W}p":
            text = element_text(child).rstrip()
            if not text.strip():
                continue
            paragraphs += 1
            lines.append(text)
            if PLACEHOLDER.search(text):
                context = _context(text)
                if PLACEHOLDER.fullmatch(text.strip()) and lines[-2:-1]:
                    # a marker standing alone: name the heading or item it belongs to
                    context = f"{_tail(lines[-2].rstrip('。；：'))}：{text.strip()}"
                marks.append(Placeholder(f"正文第 {paragraphs} 段", context))
        elif child.tag == f"{W}tbl":
            tables += 1
            header: list[str] = []
            for r, row in enumerate(child.iter(f"{W}tr"), 1):
                cells = [
                    " ".join(element_text(p).strip() for p in tc.iter(f"{W}p")).strip()
                    for tc in row.iter(f"{W}tc")
                ]
                lines.append("\t".join(cells))
                header = header or cells
                if any(PLACEHOLDER.search(c) for c in cells):
                    marks.append(Placeholder(f"第 {tables} 张表第 {r} 行", _row_context(cells, header)))
    return lines, marks
