"""The text of a plan saved as a web page: the bureau's page saved from the browser (.html,
.htm, or one-file .mht/.mhtml), or a "Word" download that is really HTML (a .doc many government
sites' "导出 Word" buttons produce, and Word's own "网页" format).

A paragraph-like element (p, div, h1–h6, li, …) or a line break ends a line; a table row of two
or more filled cells is one line with its cells apart by tabs, as ``reader`` reads a .docx
table; scripts, styles and the page's head are left out. Word's list numbers, which Word's web
format writes as text before the paragraph, come with it; an ordered list (<ol>) gets the numbers a
browser draws before its items ("1.", "a.", "iv.", or "一、" in a Chinese list style).
"""

from __future__ import annotations

import email
import re
from email import policy

from kjreport.plan.reader import PlanFileError, decode_text, list_number, row_lines

_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre",
    "section", "article", "header", "footer", "center", "address", "ul", "ol", "dl", "form",
    "caption", "title",
}
_SKIPPED = {"script", "style", "head", "noscript", "template", "iframe", "object", "select", "option"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
# an ordered list's number style: its type attribute, or its CSS list-style(-type)
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_OL_STYLES = (
    (re.compile(r"cjk-ideographic|(?:simp|trad)-chinese-(?:informal|formal)"), "chineseCounting"),
    (re.compile(r"lower-(?:alpha|latin)"), "lowerLetter"),
    (re.compile(r"upper-(?:alpha|latin)"), "upperLetter"),
    (re.compile(r"lower-roman"), "lowerRoman"),
    (re.compile(r"upper-roman"), "upperRoman"),
    (re.compile(r"\bnone\b"), "none"),
)


def looks_like_html(data: bytes) -> bool:
    """Return True for a web page or a one-file web archive (by its first bytes, not its name)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"mime-version:"):
        return b"text/html" in data[:65536].lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<meta")) and b"<html" in head


def read_html_paragraphs(data: bytes, name: str) -> list[str]:
    """Return the lines of the web page (or web archive) ``data`` read from file ``name``."""
    import lxml.html

    markup = _markup(data, name)
    try:
        root = lxml.html.document_fromstring(markup)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise PlanFileError(
            f"{name} 看起来是网页文件，但无法读取其中的文字：请在浏览器或 Word 中打开后，把正文复制到记事本另存为 .txt 再导入。"
        ) from exc
    lines: list[str] = []
    current: list[str] = []
    _walk(root, lines, current)
    _flush(lines, current)
    return lines


def _markup(data: bytes, name: str) -> str:
    """Return the page's HTML as text: a web archive's HTML part, in the charset it declares."""
    if data.lstrip()[:13].lower() == b"mime-version:":
        message = email.message_from_bytes(data, policy=policy.compat32)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True) or b""
                charset = part.get_content_charset()
                if charset:
                    try:
                        return payload.decode(charset)
                    except (LookupError, UnicodeDecodeError):
                        pass
                data = payload
                break
        else:
            raise PlanFileError(f"{name} 是网页存档，但其中没有网页正文：请在浏览器中打开后把正文复制到 .txt 再导入。")
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii").replace("gb2312", "gb18030"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def _walk(element, lines: list[str], current: list[str], number: str = "") -> None:
    """Add the text under ``element`` to ``current`` (the line being built), ending lines at
    blocks and breaks and reading each table row as one line; ``number`` goes before the text
    of a list item."""
    tag = _tag(element)
    if tag in _SKIPPED or not tag:  # comments and processing instructions have no tag name
        if element.tail:
            current.append(element.tail)
        return
    if tag == "br":
        _flush(lines, current)
    elif tag == "table":
        _flush(lines, current)
        _table(element, lines)
    else:
        block = tag in _BLOCKS or tag == "tr"
        if block:
            _flush(lines, current)
        if number:
            current.append(number)
        if element.text:
            current.append(element.text)
        numbers = _ordered_numbers(element) if tag == "ol" else []
        for i, child in enumerate(element):
            _walk(child, lines, current, numbers[i] if numbers else "")
        if block:
            _flush(lines, current)
    if element.tail:
        current.append(element.tail)


def _ordered_numbers(ol) -> list[str]:
    """Return the number a browser draws before each child of the ordered list ``ol`` ("" for a
    child that is no item): counting from its start attribute, a value attribute resetting it."""
    fmt = _OL_TYPES.get((ol.get("type") or "1").strip(), "decimal")
    style = (ol.get("style") or "").lower()
    for rx, named in _OL_STYLES:
        if rx.search(style):
            fmt = named
    if fmt == "none":
        return []
    try:
        n = int(ol.get("start", "1"))
    except ValueError:
        n = 1
    out = []
    for item in ol:
        if _tag(item) != "li":
            out.append("")
            continue
        try:
            n = int(item.get("value", n))
        except ValueError:
            pass
        out.append(f"{list_number(n, fmt)}、" if fmt == "chineseCounting" else f"{list_number(n, fmt)}.")
        n += 1
    return out


def _table(table, lines: list[str]) -> None:
    """Add a table's rows, each as ``_row`` adds it; a cell spanning rows down (rowspan) is read
    in each row it spans, as python-docx gives a .docx cell merged down."""
    spans: dict[int, list] = {}  # column → [text, rows still spanned, columns spanned]
    parts = [table, *(c for c in table if _tag(c) in ("thead", "tbody", "tfoot"))]
    rows = [row for part in parts for row in part if _tag(row) == "tr"]
    for row in rows:
        cells: list[str] = []
        column = 0
        for cell in row:
            if _tag(cell) not in ("td", "th"):
                continue
            column = _spanned_from_above(spans, column, cells)
            text = "".join(_cell_lines(cell))
            width, down = _span(cell, "colspan"), _span(cell, "rowspan")
            if down > 1:
                spans[column] = [text, down - 1, width]
            cells.append(text)
            column += width
        _spanned_from_above(spans, column, cells)
        lines.extend(row_lines(cells))


def _spanned_from_above(spans: dict[int, list], column: int, cells: list[str]) -> int:
    """Add the cells spanned down from rows above that start at ``column`` (and those right
    after them) to ``cells``; return the next free column."""
    while column in spans:
        text, left, width = spans[column]
        cells.append(text)
        if left <= 1:
            del spans[column]
        else:
            spans[column][1] = left - 1
        column += width
    return column


def _tag(element) -> str:
    """The element's tag name in lower case ("" for a comment)."""
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _span(cell, attribute: str) -> int:
    try:
        return max(1, min(int(cell.get(attribute, "1")), 1000))
    except ValueError:
        return 1


def _cell_lines(cell) -> list[str]:
    """Return a cell's lines (a nested table's rows included) as text."""
    lines: list[str] = []
    current: list[str] = []
    if cell.text:
        current.append(cell.text)
    for child in cell:
        _walk(child, lines, current)
    _flush(lines, current)
    return lines


def _flush(lines: list[str], current: list[str]) -> None:
    """End the line being built (if it has any text)."""
    text = _SPACES.sub(" ", "".join(current)).strip()
    current.clear()
    if text:
        lines.append(text)
