"""County and department names as people type them: folded, and matched across sheets.

``清 河 区``, ``清河区`` (full width) and ``清河区 `` are one county. A name that matches nothing
is reported with its likely match (「清河」可能是「清河区」), so that a year-on-year figure never
turns 不可比 — or a ledger row never drops out of every county — without a word.
Pure: names in, names and ``Problem``s out.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from kjreport.errors import Problem

_SPACES = re.compile(r"[\s\u200b\u3000]+")
_SUFFIX = re.compile(r"(自治县|开发区|新区|区|县|市|旗)$")


def fold(name: object) -> str:
    """Return ``name`` with full-width forms folded and every space removed."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", str(name)))


def _stem(name: str) -> str:
    return _SUFFIX.sub("", name) or name


def likely_match(name: str, known: Iterable[str]) -> str | None:
    """Return the known name ``name`` most probably means (清河 → 清河区), or None."""
    known = list(known)
    stem = _stem(name)
    same_stem = [k for k in known if _stem(k) == stem]
    if len(same_stem) == 1:
        return same_stem[0]
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return close[0] if close else None


def orphan_problem(file: str, sheet: str, cell: str, name: str, where: str, known: Iterable[str],
                   consequence: str, *, rows: int = 1) -> Problem:
    """Return the problem of a name in ``sheet`` that matches none of the ``known`` names."""
    match = likely_match(name, known)
    more = f"（共 {rows} 行）" if rows > 1 else ""
    found = f"县区「{name}」{more}在「{where}」中没有对应的县区"
    if match:
        return Problem(file, sheet, cell, found + f"，可能是「{match}」",
                       f"请把「{name}」改为「{match}」（两表名称须一致），否则{consequence}")
    return Problem(file, sheet, cell, found, f"若是县区，请与「{where}」的名称保持一致；否则{consequence}",
                   "提示")
