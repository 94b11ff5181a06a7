"""Breaking a long 公文 title into lines (GB/T 9704 7.3.3: 回行时词意完整，排列对称，长短适宜)."""

from __future__ import annotations

import unicodedata

TITLE_LINE_CHARS = 20  # 156 mm 版心 ÷ 22 pt (2号) characters
# Where a title may break, best first: before a conjunction joining two halves, after a phrase end.
BREAK_BEFORE = ("和", "及", "与", "暨", "关于")
BREAK_AFTER = ("工作总结", "总结", "报告", "意见", "情况", "、", "，")


def width(text: str) -> float:
    """Return the printed width of ``text`` in full-width characters (Latin/digits count ½)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def split_title(text: str, max_chars: float = TITLE_LINE_CHARS) -> list[str]:
    """Return ``text`` as title lines: one line when it fits, else two lines broken where the
    meaning allows, the first line not shorter than the second (a 梯形)."""
    if "\n" in text:
        return [part for part in text.split("\n") if part]
    if width(text) <= max_chars:
        return [text]
    candidates = []
    for i in range(1, len(text)):
        head, tail = text[:i], text[i:]
        if width(head) > max_chars or width(tail) > max_chars:
            continue
        score = None
        if any(tail.startswith(w) for w in BREAK_BEFORE):
            score = 0
        elif any(head.endswith(w) for w in BREAK_AFTER):
            score = 1
        if score is None or head[-1].isdigit() and tail[0].isdigit():
            continue
        balance = abs(width(head) - width(tail)) + (0 if width(head) >= width(tail) else 2)
        candidates.append((score, balance, i))
    if not candidates:
        return [text]  # let the word processor wrap it
    _, _, i = min(candidates)
    return [text[:i], text[i:]]
