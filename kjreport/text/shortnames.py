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
                return f"{_SAID}{short}{_END}"  # marked: ``_apart`` may say it in full again
            said.add(short)
            return m.group()

        out.append([pattern.sub(once, p) for p in part])
    return [[_apart(p, safe, text, keep) for p in part] for part in out]


_SAID, _END = "\ue010", "\ue011"  # around a short name written here (not the text's own words)


def _apart(paragraph: str, safe: dict[str, str], text: str, keep: re.Pattern[str] | None) -> str:
    """Return ``paragraph`` (its short names marked) unmarked, with a short name said in full in a
    sentence that also says a longer short name holding it: 「蓬溪县研发投入强度比上年降低0.03个百分点，
    研发投入…并列末位」 read as one indicator under two names, its third beside 全社会R&D经费投入占GDP
    比重 (qa22 F7); there it is 「…，全社会R&D经费投入…并列末位」. Only a name written short here is
    said in full (the text's own 「加大研发投入」 stays); the full name is the first the text says."""
    if _SAID not in paragraph:
        return paragraph
    shorts = set(safe.values())
    longer = {a: [b for b in shorts if a != b and a in b] for a in shorts}
    full: dict[str, str] = {}
    for name in sorted(safe, key=lambda n: (text.find(n) if n in text else len(text))):
        full.setdefault(safe[name], name)
    spans = [m.span() for m in keep.finditer(paragraph)] if keep is not None else []
    cuts = [i + 1 for i, ch in enumerate(paragraph)  # a sentence ends outside a draft's comment
            if ch in "。；" and not any(a <= i < b for a, b in spans)]
    marked = re.compile(f"{_SAID}([^{_END}]*){_END}")
    out = []
    for start, end in zip([0, *cuts], [*cuts, len(paragraph)], strict=True):
        sentence = paragraph[start:end]
        plain = marked.sub(r"\1", sentence)
        out.append(marked.sub(lambda m, plain=plain: full[m.group(1)] if any(
            b in plain for b in longer.get(m.group(1), ())) else m.group(1), sentence))
    return "".join(out)
