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


def growth_without_subject(file: str, results, tables: dict | None) -> list[Problem]:
    """Return an error at the 指标 cell of each 增速 target named only by a growth word
    (「增长速度」 from "继续保持10%以上的增长速度"): the row the office fills for it would hold the
    growth rates, and the summary would say 「增长速度增长22.8%」 and judge that (qa12b F36)."""
    from kjreport.plan.wording import BARE_GROWTH

    targets = (tables or {}).get("目标任务")
    if targets is None or "指标" not in targets.columns:
        return []
    out = []
    said: set[str] = set()
    for r in results:
        t = r.target
        if t is None or t.kind != "增速" or not BARE_GROWTH.fullmatch(t.indicator.strip()):
            continue
        at = next((x for x in targets.rows if str(x.values.get("指标") or "").strip() == t.indicator
                   and str(x.values.get("目标类型") or "").strip() == t.kind), None)
        cell = at.cells.get("指标") if at is not None else None
        if cell in said:
            continue
        said.add(cell)
        subject = next((o.target.indicator for o in results if o.target is not None and o.target is not t
                        and t.sentence and o.target.sentence == t.sentence
                        and not BARE_GROWTH.fullmatch(o.target.indicator.strip())), "")
        quote = t.sentence if len(t.sentence or "") <= 40 else t.sentence[:40] + "…"
        origin = f"（原文「{quote}」）" if quote else ""
        which = f"，原文中应是「{subject}」" if subject else ""
        out.append(Problem(
            file, targets.sheet, cell,
            f"增速目标的指标名称是「{t.indicator}」{origin}，没有写明是哪个指标的增长；"
            f"照此计算，总结会写“{t.indicator}增长…%”",
            f"请把 {cell or '「指标」'} 改为其增长被考核的指标名称{which}，"
            "并在「科室数据」该指标一行填本年数、上年数（数量本身，不填增长率）"))
    return out
