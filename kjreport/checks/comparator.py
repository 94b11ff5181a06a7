"""比较 (≥/≤) or 目标类型 (新增/净增) that the plan's sentence contradicts (qa12 F15).

目标任务's 原文 is the plan's sentence the row was imported from. When the clause that states the
目标值 says 达到/突破/以上 and 比较 is ≤ (or says 以内/不超过/控制在 and 比较 is ≥), the 比较 was
most likely changed by a slip of the dropdown: the documents would then say 超出 for a figure
that falls short and 尚差 for one that exceeds. The same for 目标类型 净增 against a clause that
says 新增/认定 (and not 净增), and the reverse: 新增 and 净增 read different 科室数据 figures.
Said as 须核对 at the 比较 (目标类型) cell, quoting the clause. A clause with neither kind of
word, or with both, says nothing.

Pure: ``Target``s and the 目标任务 ``Table`` in, ``Problem``s out.
"""

from __future__ import annotations

import re

from kjreport.checks.target_value import stated_figures
from kjreport.errors import VERIFY, Problem

_AT_LEAST = re.compile(r"不低于|不少于")
_AT_MOST = re.compile(r"以内|以下|不超过|不高于|控制在|低于|少于|降至|降低到|下降到|压减到|减少到")
_UP = re.compile(r"达到|达|突破|以上|超过|提升至|提高到|增长|力争|确保|争取|培育|认定|新增|净增|实现|发展到|引进")
_PUNCT = "，,；;。：:、"


def _clause(sentence: str, words: str) -> str:
    i = sentence.find(words)
    if i < 0:
        return ""
    start = max(sentence.rfind(p, 0, i) for p in _PUNCT) + 1
    ends = [j for p in _PUNCT if (j := sentence.find(p, i + len(words))) >= 0]
    return sentence[start:min(ends) if ends else len(sentence)].strip()


def stated_direction(clause: str) -> str:
    """Return ≥ or ≤ as the clause's words say, or "" when they say neither or both."""
    at_least = bool(_AT_LEAST.search(clause))
    rest = _AT_LEAST.sub("", clause)
    down, up = bool(_AT_MOST.search(rest)), at_least or bool(_UP.search(rest))
    return "≥" if up and not down else "≤" if down and not up else ""


def _letter(table, name: str) -> str:
    at = table.columns.get(name) if table is not None else None
    return at.letter if at is not None else ""


def contradicted(file: str, targets, table) -> list[Problem]:
    """Return a 须核对 for each target whose 比较 or 目标类型 its 原文 clause contradicts."""
    problems = []
    for t in targets:
        if not t.sentence or not t.cell or not isinstance(t.value, (int, float)):
            continue
        if (t.unit or "").strip() in ("位", "名次") or any(w in t.indicator for w in ("排名", "位次", "排位")):
            continue  # a rank: ≤ 10 is 前10位
        said = next((w for v, w in stated_figures(t.sentence, (t.unit or "").strip())
                     if abs(v - t.value) <= 1e-9 + 1e-6 * abs(v)), None)
        clause = _clause(t.sentence, said) if said else ""
        if not clause:
            continue
        sheet, _, cell = t.cell.partition("!")
        row = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        direction = stated_direction(clause)
        if t.comparison in ("≥", "≤") and direction and direction != t.comparison:
            letter = _letter(table, "比较")
            meaning = "达到、突破或以上" if direction == "≥" else "以内、不超过"
            problems.append(Problem(
                file, sheet or "目标任务", f"{letter}{row}" if letter else cell,
                f"「{t.indicator}」的比较为 {t.comparison}，而原文为「{clause}」（{meaning}，即 {direction}）",
                f"比较是否选错了？请改为 {direction}；如确应为 {t.comparison}，请在「核对记录」中确认。"
                f"不改正，完成情况将按 {t.comparison} {t.value:g}{t.unit} 判断（超出与尚差颠倒）",
                VERIFY))
        net, new = "净增" in clause, bool(re.search(r"新增|认定|新认定|新培育", clause))
        stated_kind = "净增" if net and not new else "新增" if new and not net else ""
        if t.kind in ("新增", "净增") and stated_kind and stated_kind != t.kind:
            letter = _letter(table, "目标类型")
            problems.append(Problem(
                file, sheet or "目标任务", f"{letter}{row}" if letter else cell,
                f"「{t.indicator}」的目标类型为{t.kind}，而原文为「{clause}」（{stated_kind}）",
                f"目标类型是否选错了？请改为{stated_kind}（新增为本年新认定的数，净增为年末总数减上年总数）；"
                f"如确应为{t.kind}，请在「核对记录」中确认",
                VERIFY))
    return problems
