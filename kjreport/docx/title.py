"""Breaking a long 公文 title into lines (GB/T 9704 7.3.3: 回行时词意完整，排列对称，长短适宜)."""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations, pairwise

TITLE_LINE_CHARS = 20  # 156 mm 版心 ÷ 22 pt (2号) characters
MAX_LINES = 3
# Where a title may break, best first: before a conjunction joining two halves, after a phrase end,
# then after the issuing body or the period, before the subject (科技工作, 目标任务).
BREAK_BEFORE = ("和", "及", "与", "暨", "关于")
BREAK_AFTER = ("工作总结", "总结", "报告", "意见", "情况", "、", "，")
WEAK_AFTER = ("科学技术局", "科技局", "局", "科学技术厅", "科技厅", "厅", "委员会", "政府", "办公室", "上半年",
              "一季度", "第一季度", "前三季度", "全年")
WEAK_BEFORE = ("科技工作", "目标任务")
_YEAR_END = re.compile(r"\d年$")  # "2013年|工作总结" — but never "2018年|上半年"
_YEAR_START = re.compile(r"^(?:19|20)\d\d年")  # "…关于甘南藏族自治州|2025年科技工作…" (QA7 F4)
NARROW_SAFE = 0.55  # a digit or Latin letter as printed in a title face: a little over ½ (QA7 F4)
_PERIOD_START = ("上", "下", "前", "一", "第", "全", "度", "底", "末", "1", "2", "3", "4", "5", "6", "7", "8", "9")


def width(text: str) -> float:
    """Return the printed width of ``text`` in full-width characters (Latin/digits count ½)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def safe_width(text: str) -> float:
    """Return the width ``text`` may take when printed: a 20-character title line with a year in it
    (…甘南藏族自治州2025年) wraps its last character alone onto a line of its own in LibreOffice
    unless digits count a little over ½."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else NARROW_SAFE for ch in text)


def _score(text: str, i: int) -> int | None:
    """Return how good a break before ``text[i]`` is (0 best), or None where a word would split."""
    head, tail = text[:i], text[i:]
    if head[-1].isdigit() and tail[0].isdigit() or tail.startswith(("的", "之")):
        return None
    if any(tail.startswith(w) for w in BREAK_BEFORE):
        return 0
    if any(head.endswith(w) for w in BREAK_AFTER):
        return 1
    if any(head.endswith(w) for w in WEAK_AFTER) or any(tail.startswith(w) for w in WEAK_BEFORE):
        return 2
    if _YEAR_START.match(tail) and width(head[-1]) == 1:  # a place, 关于 … before the year
        return 3
    if _YEAR_END.search(head) and not tail.startswith(_PERIOD_START):
        return 3
    return None


def split_title(text: str, max_chars: float = TITLE_LINE_CHARS) -> list[str]:
    """Return ``text`` as title lines: one line when it fits, else two (or three) lines broken
    where the meaning allows — never inside a word — as evenly as possible, the first line not
    shorter than the second (a 梯形)."""
    if "\n" in text:
        return [part for part in text.split("\n") if part]
    if safe_width(text) <= max_chars:
        return [text]
    breaks = {i: s for i in range(1, len(text)) if (s := _score(text, i)) is not None}
    for lines in range(2, MAX_LINES + 1):
        candidates = []
        for cut in combinations(sorted(breaks), lines - 1):
            bounds = (0, *cut, len(text))
            parts = [text[a:b] for a, b in pairwise(bounds)]
            widths = [width(p) for p in parts]
            if max(safe_width(p) for p in parts) > max_chars:
                continue
            balance = max(widths) - min(widths) + (0 if widths[0] >= widths[1] else 3)
            # a better break outweighs a few characters of balance, not a lopsided title
            candidates.append((sum(breaks[i] for i in cut) + balance / 4, cut))
        if candidates:
            _, cut = min(candidates)
            bounds = (0, *cut, len(text))
            return [text[a:b] for a, b in pairwise(bounds)]
    return [text]  # let the word processor wrap it
