"""A 目标类型 changed to 新增/净增 by hand while the 原文 states a total (qa11 F28).

"争创全省重点实验室2家" imports as 总量; a clerk who sets 目标类型 to 新增 makes fill read the
科室数据 row 「省级重点实验室」 as a year-end count and take 本年数 − 上年数 as the increment
(2 − 1 = 1 家, 完成50%). Nothing is wrong with either reading, but the office that typed the
row's 本年数 as this year's count learns of the change only from the summary: a 提示 at the
目标类型 cell says how the row is now read and asks which the 本年数 is.

Pure: computed results and the tables in, ``Problem``s out.
"""

from __future__ import annotations

import re

from kjreport.errors import Problem

# words that make a sentence's figure an increment: 新增, 新认定, 新建, 净增, 新引进 …
_INCREMENT_WORDS = re.compile(r"新增|净增|增加|新[\u4e00-\u9fff]?(?:建|获|设|认)|认定|培育|引进|招引|获批|入选|组建|落地|备案")
_INCREMENT_ROW = re.compile(r"^(?:新增|净增|新)")


def kind_without_words(file: str, results, tables: dict | None) -> list[Problem]:
    """Return a 提示 for each 新增/净增 target whose 原文 has no increment word and whose figure is
    the difference of a stock row of 科室数据 (本年数 − 上年数)."""
    targets = (tables or {}).get("目标任务")
    if targets is None or "目标类型" not in targets.columns:
        return []
    out = []
    for r in results:
        t = r.target
        if t is None or t.kind not in ("新增", "净增") or not t.sentence or _INCREMENT_WORDS.search(t.sentence):
            continue
        row = next((s for s in r.sources if s.startswith("科室数据!")), None)
        if row is None or r.value_is_increment or _INCREMENT_ROW.match(t.indicator):
            continue  # a reported 新增 figure, or a row named 新增…: read as typed
        at = next((x for x in targets.rows if str(x.values.get("指标") or "").strip() == t.indicator
                   and str(x.values.get("目标类型") or "").strip() == t.kind), None)
        if at is None:
            continue
        now, before, got = r.value, r.previous, r.achieved
        if now is None or before is None or got is None:
            continue
        unit = t.unit or r.unit
        line = re.sub(r"^[A-Z]+", "", row.partition("!")[2])
        quote = t.sentence if len(t.sentence) <= 40 else t.sentence[:40] + "…"
        out.append(Problem(
            file, targets.sheet, at.cells.get("目标类型"),
            f"「{t.indicator}」的目标类型为「{t.kind}」，但原文「{quote}」没有“新增”“新认定”等字样；"
            f"按{t.kind}计算时，「科室数据」第{line}行按年末总数读取，{t.kind}数为本年数减上年数"
            f"（{now:g} − {before:g} = {got:g}{unit}）",
            f"若该行本年数已是本年{t.kind}的数量，请把目标类型改回「总量」；若是年末总数，则无需改动", "提示"))
    return out
