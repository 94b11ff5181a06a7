"""A page of two columns copied line by line (a 年鉴 or a newspaper page as text): each line holds
a line of the left column, a space, then the line of the right column beside it.

Read as it stands, every sentence runs into the other column ("超额完成90家 业营业收入比重3.41%")
and the rest of it is on the next line. ``split_columns`` finds such a run of lines by its widths
(the lines are twice as wide as a column, and break at a space in the middle), reads each column
on its own, top to bottom, left column first, and joins each column's lines into paragraphs. Pure
text in, text out; ``parse`` calls it before joining hard-wrapped lines.
"""

from __future__ import annotations

import re
import statistics

from kjreport.plan.reader import PlanLine
from kjreport.text.width import display_width

MIN_WIDE = 5  # lines of two columns it takes to call a run a two-column page
SLACK = 4  # how far (in half-width places) a column's line may fall short of or pass its width
SENTENCE_END = "。！？；”）)"
# a line that opens a paragraph of a 年鉴: "【概况】", "【农业科技】"
OPENS = re.compile(r"^\s*[【〔]")


def _width(text: str) -> int:
    """Return the width of ``text`` in half-width places (a Chinese character takes two)."""
    return display_width(text)


def _best_split(text: str, column: int) -> int | None:
    """Return the index of the space that splits ``text`` into two lines of about ``column`` wide,
    or None. The left line is full where it can be; else the right one is (the left one short: a
    heading, a signature, a paragraph's last line)."""
    total = _width(text)
    spaces = [(i, _width(text[:i])) for i, c in enumerate(text) if c == " "]
    for off in (lambda left: abs(left - column), lambda left: abs(total - left - 1 - column)):
        near = [(off(left), i) for i, left in spaces if off(left) <= SLACK]
        if near:
            return min(near)[1]
    return None


def _column_width(texts: list[str]) -> int | None:
    """Return the width of a column when many lines split at a space near their middle."""
    lefts = []
    for text in texts:
        total = _width(text)
        if not 60 <= total <= 130:
            continue
        spaces = [_width(text[:i]) for i, c in enumerate(text) if c == " "]
        near = [w for w in spaces if abs(w - (total - 1) / 2) <= 6]
        if near:
            lefts.append(min(near, key=lambda w: abs(w - (total - 1) / 2)))
    if len(lefts) < MIN_WIDE:
        return None
    return round(statistics.median(lefts))


def _closed(text: str, column: int) -> bool:
    """Return True when a column's last line ends its sentence or is a short heading ("科学技术")."""
    text = text.strip()
    return not text or text[-1] in SENTENCE_END or _width(text) <= column // 3


def split_columns(lines: list[PlanLine]) -> tuple[list[PlanLine], list[str]]:
    """Return ``lines`` with a run of two-column lines read column by column (see the module),
    and a note for the clerk when that was done."""
    texts = [line.text.strip() for line in lines]
    column = _column_width(texts)
    if column is None or not 30 <= column <= 60:
        return lines, []
    wide = [
        i
        for i, t in enumerate(texts)
        if _width(t) > column + SLACK and _best_split(t, column) is not None
    ]
    # the run: from the first to the last two-column line, every line in it no wider than two
    # columns, and at least MIN_WIDE of its lines two columns
    start = end = None
    for i in wide:
        if start is None or any(_width(t) > 2 * column + 1 + SLACK for t in texts[end + 1 : i]):
            if start is not None and _count(wide, start, end) >= MIN_WIDE:
                break
            start = i
        end = i
    if start is None or _count(wide, start, end) < MIN_WIDE:
        return lines, []
    if any(_width(t) > 2 * column + 1 + SLACK for t in texts[start : end + 1]):
        return lines, []
    left: list[tuple[PlanLine, str]] = []
    right: list[tuple[PlanLine, str]] = []
    two = set(wide)
    for k in range(start, end + 1):
        line, text = lines[k], texts[k]
        if not text:
            continue
        if k in two:
            cut = _best_split(text, column)
            left.append((line, text[:cut].strip()))
            right.append((line, text[cut + 1 :].strip()))
        elif right and not _closed(right[-1][1], column) and (not left or _closed(left[-1][1], column)):
            right.append((line, text))  # the left column has ended its sentence: the right goes on
        else:
            left.append((line, text))
    out = [*lines[:start], *_paragraphs(left, column), *_paragraphs(right, column), *lines[end + 1 :]]
    note = (
        f"第{lines[start].number}—{lines[end].number}行是双栏版面逐行拼合的文字（每行左右两栏各一行），"
        "已按栏分开、先左栏后右栏读取；请对照原文核对这几行读出的目标。"
    )
    return out, [note]


def _count(wide: list[int], start: int, end: int) -> int:
    """Return how many of the two-column lines ``wide`` lie from ``start`` to ``end``."""
    return sum(start <= i <= end for i in wide)


def _paragraphs(parts: list[tuple[PlanLine, str]], column: int) -> list[PlanLine]:
    """Return one column's lines joined into paragraphs: a line goes on the previous one unless
    that one ended its sentence short of the column's width, or the line opens with 【…】."""
    out: list[PlanLine] = []
    last = ""
    for line, text in parts:
        ends = _closed(last, column) and _width(last) < column - SLACK
        if out and not ends and not OPENS.match(text):
            out[-1] = PlanLine(out[-1].number, out[-1].text + text, out[-1].heading)
        else:
            out.append(PlanLine(line.number, text, line.heading))
        last = text
    return out
