"""Parallel task clauses: the structure of a plan text that has no headings at all.

A conference news report or a short deployment often lists the year's tasks as clauses of one
shape, one after another, instead of parts 一、二、:

    全市科技战线将在加速推动科技创新城建设上奋力突破，抓好……。在加快长春国家自创区建设上奋力突破。
    在抓好科技成果本地转化上奋力突破，……                        ← "在A上奋力突破。在B上奋力突破。…"
    会议要求，一要强化企业创新主体地位，……；二要……                ← "一要…二要…"
    着力培育创新主体……；着力建设创新平台……；着力优化创新生态……   ← "着力…；着力…"

``parallel_clauses(texts)`` finds such a run and says where each clause starts, so the parser
can make each one a 部分. It is pure (texts in, positions out) and looks only for a run that is
plainly a list of tasks to come: three or more clauses of the same frame (two for numbered
"一要、二要"), none reporting a result ("取得了…"), introduced by words that look forward
("将""要""今年""部署"). A results report's "在X上取得新突破" is no task list.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kjreport.plan.text import cn_value
from kjreport.plan.yearwords import WITHIN_YEAR

_BOUNDARY = "。；！？"
# "在加速推动科技创新城建设上奋力突破": the frame is 在 … 上 + the same closing verb phrase
_FRAME = re.compile(
    r"在(?P<what>[^，。；！？：“”]{2,40}?(?:“[^”]{1,12}”[^，。；！？：“”]{0,30}?)?)上"
    r"(?P<tail>[\u4e00-\u9fff]{2,6})(?=[，。；！？]|$)"
)
# "一要强化…；二要…" (not "一要求")
_NUMBERED = re.compile(r"(?:^|(?<=[。；！？：，]))(?P<n>[一二三四五六七八九十])要(?!求|点|是|素)")
# clause-initial words that open a task and nothing else: "着力…；着力…"
_LEAD = re.compile(r"(?:^|(?<=[。；！？，：]))(?P<lead>着力|聚力)")
# a clause that reports what was done, not what is to be done
_PAST = re.compile(r"了|取得|得到|成效|显著|明显|进展|成绩|成果丰")
# what introduces tasks to come
_FORWARD = re.compile(
    rf"将|要|今年|{WITHIN_YEAR}|全年|明年|下一步|下步|力争|部署|安排|重点任务|工作重点|奋力"
)
_SUBJECT = 16  # at most this many characters of subject before 在: "全市科技战线将"


@dataclass(frozen=True)
class Clause:
    """One task clause: in ``texts[index]``, the part starts at ``start`` (what comes before it
    stays with the text above), its title at ``title`` and runs to the first ，。； after it."""

    index: int
    start: int
    title: int


def parallel_clauses(texts: list[str]) -> list[Clause]:
    """Return the clauses of the run of parallel tasks in ``texts`` (the paragraphs before any
    heading), in order, or [] when there is none."""
    for finder in (_framed, _numbered, _led):
        clauses = finder(texts)
        if clauses and _looks_forward(texts, clauses[0]):
            return clauses
    return []


def _clause_start(text: str, pos: int) -> int:
    """Return where the sentence or clause holding ``pos`` starts (after 。；！？)."""
    return max(text.rfind(mark, 0, pos) for mark in _BOUNDARY) + 1


def _framed(texts: list[str]) -> list[Clause]:
    """"在A上奋力突破。在B上奋力突破。…": three or more, the same closing phrase."""
    found: list[tuple[str, Clause]] = []
    for i, text in enumerate(texts):
        for m in _FRAME.finditer(text):
            start = _clause_start(text, m.start())
            # "今年，全市将在…": the clause opens after the last comma of its sentence
            start = max(start, text.rfind("，", start, m.start()) + 1, text.rfind("：", start, m.start()) + 1)
            if m.start() - start > _SUBJECT:
                continue  # "在…上" deep inside a sentence, not opening a task
            found.append((m["tail"], Clause(i, start, m.start())))
    tails = Counter(tail for tail, _ in found)
    best = [t for t, n in tails.most_common() if n >= 3 and not _PAST.search(t)]
    if not best:
        return []
    return [clause for tail, clause in found if tail == best[0]]


def _numbered(texts: list[str]) -> list[Clause]:
    """"一要…；二要…": numbered from 一 without a gap, two or more."""
    marks = [(i, m) for i, text in enumerate(texts) for m in _NUMBERED.finditer(text)]
    numbers = [cn_value(m["n"]) for _, m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return []
    return [Clause(i, m.start(), m.end()) for i, m in marks]


def _led(texts: list[str]) -> list[Clause]:
    """"着力…；着力…；着力…": the same task word opening three or more clauses."""
    marks = [(i, m) for i, text in enumerate(texts) for m in _LEAD.finditer(text)]
    leads = Counter(m["lead"] for _, m in marks)
    best = [lead for lead, n in leads.most_common() if n >= 3]
    if not best:
        return []
    return [Clause(i, m.start(), m.start()) for i, m in marks if m["lead"] == best[0]]


def _looks_forward(texts: list[str], first: Clause) -> bool:
    """True when the words leading into the first clause (the 60 characters before it) or its
    title look forward, and the title reports no result: "全市科技战线将在…", "会议要求，一要…"."""
    text = texts[first.index]
    earlier = texts[first.index - 1] if first.index > 0 else ""
    lead = (earlier + text[: first.title])[-60:]
    title = re.split(r"[，。；！？]", text[first.title : first.title + 60], maxsplit=1)[0]
    return bool(_FORWARD.search(lead + title)) and not _PAST.search(title)


def clause_title(piece: str) -> tuple[str, str]:
    """Return (title, body) of a task clause: the title runs to the first ，。；！？."""
    m = re.search(r"[，。；！？：]", piece)
    if m is None:
        return piece.strip(), ""
    return piece[: m.start()].strip(), piece[m.end() :].strip()
