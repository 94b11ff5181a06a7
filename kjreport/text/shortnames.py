"""Saying a long indicator name once: later mentions in the same part take its short name.

Real summaries name 全社会R&D经费投入 in full once and then write 研发投入; a text that repeats
the full name in every sentence reads machine-made. ``shorten_repeats`` keeps each name's first
mention in a part and writes its short name (the catalogue's 简称) after it — unless the short name
could be taken for another indicator the text names (规上工业企业研发投入 beside 研发投入), in which
case that name is said in full everywhere.
"""

from __future__ import annotations

import re


def shorten_repeats(
    parts: list[list[str]],
    shorts: dict[str, str],
    others: tuple[str, ...] = (),
    keep: re.Pattern[str] | None = None,
) -> list[list[str]]:
    """Return ``parts`` (each a list of paragraphs) with every mention of a name of ``shorts``
    after the first of its indicator in the part replaced by the short name. ``others`` are the
    names of the other indicators of the report: a short name inside one of them that the text
    says is not used; spans ``keep`` matches (a draft's comments) are left as they are. Names
    (those of ``shorts`` and ``others``) are matched longest first, so a name inside a longer one
    (全社会R&D经费投入 in 全社会R&D经费投入占GDP比重, or in another indicator's name) is the
    longer one's."""
    text = "".join(p for part in parts for p in part)
    named = [n for n in shorts if n in text]
    if not named:
        return parts
    said_names = [o for o in (*others, *named) if o in text]
    safe = {
        n: shorts[n]
        for n in named
        if not any(shorts[n] in o and shorts.get(o) != shorts[n] for o in said_names)
    }
    if not safe:
        return parts
    # every name the text says is matched, longest first, so none is shortened inside another
    # indicator's longer name ("市级规上工业企业研发费用占营业收入比重")
    names = "|".join(re.escape(n) for n in sorted(set(said_names), key=len, reverse=True))
    pattern = re.compile(f"(?P<kept>{keep.pattern})|{names}" if keep is not None else names)
    out: list[list[str]] = []
    for part in parts:
        said: set[str] = set()

        def once(m: re.Match[str], said: set[str] = said) -> str:
            if keep is not None and m.group("kept") is not None:
                return m.group()
            short = safe.get(m.group())
            if short is None:
                return m.group()
            if short in said:
                return short
            said.add(short)
            return m.group()

        out.append([pattern.sub(once, p) for p in part])
    return out
