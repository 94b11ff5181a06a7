"""目标值 typed with a zero too many or too few (qa12 F5): 目标任务's figure against its 原文.

``plan init`` writes the plan's sentence into 目标任务's 原文 column. When the 目标值 is not
among the sentence's figures in the row's unit but ten or a hundred times (or a tenth or a
hundredth of) one of them is, the 目标值 was most likely mistyped (740 → 7400, 740 → 74): said
as 须核对 at the 目标值 cell, quoting the sentence. A 目标值 the sentence does not state at all is
left alone (a target typed by hand, or derived: 翻一番). 100× of a % target is ``percent``'s.

Pure: ``Target``s in, ``Problem``s out; a regular-expression pass over each row's sentence.
"""

from __future__ import annotations

import math
import re

from kjreport.errors import VERIFY, Problem

FACTORS = (10.0, 100.0, 0.1, 0.01)
SCALES = {"万": 1e4, "亿": 1e8, "千": 1e3}
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*([万亿千]?)")
_RANGE = re.compile(r"\s*(?:—|–|-|~|～|至|到)\s*\d+(?:\.\d+)?\s*([万亿千]?)")


def _g(x: float) -> str:
    return f"{x:.10g}"


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def stated_figures(sentence: str, unit: str) -> list[tuple[float, str]]:
    """Return (figure in ``unit``, the words as written) for each figure of ``sentence`` followed
    by ``unit`` (「740家」, 「1.2万家」 for 家 → 12000, 「1500万元」 for 亿元 → 0.15)."""
    if not sentence or not unit:
        return []
    out = []
    base = unit[0] if unit[0] in SCALES and len(unit) > 1 else ""
    for m in _FIGURE.finditer(sentence):
        number, scale = float(m.group(1)), m.group(2)
        rest = sentence[m.end():]
        lower = _RANGE.match(rest) if not scale else None  # 1—2项: the lower bound is stated too
        if lower:
            rest = rest[lower.end():]
            scale = lower.group(1)
        if base:  # 亿元 / 万元: the sentence may say 亿元, 万元 or 元
            words = scale + rest
            bare = unit[1:]
            if not words.startswith(tuple(f"{s}{bare}" for s in SCALES) + (bare,)):
                continue
            said = SCALES.get(words[0], 1.0) if words[0] in SCALES else 1.0
            value = number * said / SCALES[base]
            end = len(sentence) - len(rest) + len(bare) + (1 if words[0] in SCALES else 0) - len(scale)
        else:
            if not rest.startswith(unit):
                continue
            value = number * SCALES.get(scale, 1.0)
            end = len(sentence) - len(rest) + len(unit)
        out.append((value, sentence[m.start():end]))
    return out


def _quote(sentence: str, words: str) -> str:
    """Return the clause of ``sentence`` holding ``words`` (between punctuation), for the message."""
    i = sentence.find(words)
    if i < 0:
        return words
    start = max(sentence.rfind(p, 0, i) for p in "，,；;。、：:") + 1
    ends = [j for p in "，,；;。：:" if (j := sentence.find(p, i + len(words))) >= 0]
    return sentence[start:min(ends) if ends else len(sentence)].strip()


def mistyped_targets(file: str, targets) -> list[Problem]:
    """Return a 须核对 for each target whose 目标值 is 10×/100×/⅒/1⁄100 of a figure its 原文 states
    in the same unit while the 目标值 itself is not stated there."""
    problems = []
    for t in targets:
        value, unit, sentence = t.value, (t.unit or "").strip(), t.sentence or ""
        if not isinstance(value, (int, float)) or not value or not sentence or not t.cell:
            continue
        figures = stated_figures(sentence, unit)
        if not figures or any(_same(value, v) for v, _ in figures):
            continue
        if t.stretch is not None and any(_same(t.stretch, v) for v, _ in figures):
            continue
        near = [(f, v, w) for f in FACTORS for v, w in figures if _same(value, v * f)]
        if unit == "%":
            near = [x for x in near if x[0] in (10.0, 0.1)]  # 100×: ``percent`` says it
        if len({w for _, _, w in near}) != 1:
            continue
        factor, stated, words = near[0]
        how = f"是原文数字的 {_g(factor)} 倍" if factor > 1 else f"只有原文数字的{'十' if factor == 0.1 else '百'}分之一"
        sheet, _, cell = t.cell.partition("!")
        problems.append(Problem(
            file, sheet or "目标任务", cell or None,
            f"「{t.indicator}」的目标值为 {_g(value)}{unit}，而原文为「{_quote(sentence, words)}」（{_g(stated)}{unit}），"
            f"{how}",
            f"目标值是否多打或少打了 0？请改为 {_g(stated)}；如目标值确为 {_g(value)}{unit}，请在「核对记录」中确认",
            VERIFY))
    return problems
