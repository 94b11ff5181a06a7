"""What ``init --from … --plan …`` keeps of the clerk's work on last year's 目标任务.

A new plan replaces last year's targets, but three things the clerk did by hand still hold:

* the 责任科室 typed for an indicator ("高新处" where the catalogue says 高新科): the same
  indicator in the new plan gets it again, unless the new plan names its own 责任单位;
* a 核对提示 cleared for a sentence, or its row confirmed 已核对 in 「核对记录」 (the two ways
  kjreport/checks/plan_review.py accepts): the same 原文 (years aside) is not flagged again;
* targets added by hand (no 原文 in last year's 工作意见): they are not in the new plan, so they
  are not carried, but the screen lists them (their 科室数据 rows and 县区数据 columns stay).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from kjreport.model import Target
from kjreport.workbook.numbers import is_blank, parse_number

_PUNCT = re.compile(r"[\s，,。；;：:、（）()“”\"'‘’《》〈〉【】\[\]]")
_YEAR = re.compile(r"(?:19|20)\d\d(?=\s*年)")


def sentence_key(text: object) -> str:
    """Return ``text`` as compared across years: no spaces or punctuation, years blanked."""
    return _YEAR.sub("", _PUNCT.sub("", str(text or "")))


@dataclass
class LastYearTarget:
    """One row of last year's 目标任务, as the clerk left it."""

    indicator: str
    value: object
    unit: str
    comparison: str
    kind: str
    department: str
    sentence: str
    review: str | None  # 核对提示; None when the sheet has no such column (deleted = cleared)
    row: int  # row number in last year's sheet


@dataclass
class CarriedEdits:
    """The new plan's targets with last year's edits applied, and what the screen says."""

    targets: list[Target]
    flags: list[str] | None
    notes: list[str]


def last_year_targets(rows: list[list[object]], first_row: int = 1,
                      confirmed: frozenset[str] | set[str] = frozenset()) -> list[LastYearTarget]:
    """Return last year's 目标任务 ``rows`` (header first, as typed) as ``LastYearTarget``s; a row
    whose 核对提示 item is among ``confirmed`` (内容 confirmed in 「核对记录」) counts as cleared."""
    from kjreport.checks.plan_review import item_text
    from kjreport.plan.export import REVIEW_COLUMN
    from kjreport.workbook.schema import normalize_header

    if not rows:
        return []
    header = [normalize_header(h)[0] if h is not None else "" for h in rows[0]]

    def cell(row: list[object], name: str) -> object:
        at = header.index(name) if name in header else None
        return row[at] if at is not None and at < len(row) else None

    def text(row: list[object], name: str) -> str:
        value = cell(row, name)
        return "" if is_blank(value) else str(value).strip()

    out = []
    for k, row in enumerate(rows[1:], start=first_row + 1):
        name = text(row, "指标")
        if not name:
            continue
        review = text(row, REVIEW_COLUMN) if REVIEW_COLUMN in header else None
        if review and confirmed:
            said = item_text(name, cell(row, "目标值"), text(row, "单位"), text(row, "比较"), text(row, "目标类型"),
                             review, text(row, "原文"))
            if any(c.endswith(said) for c in confirmed):
                review = ""
        out.append(LastYearTarget(name, cell(row, "目标值"), text(row, "单位"), text(row, "比较") or "≥",
                                  text(row, "目标类型") or "总量", text(row, "责任科室"), text(row, "原文"),
                                  review, k))
    return out


def carry_edits(
    targets: list[Target],
    flags: list[str] | None,
    last: list[LastYearTarget],
    plan_text: str,
    year: int,
) -> CarriedEdits:
    """Return the new plan's ``targets`` (and their 核对提示 ``flags``) with the clerk's edits of
    last year's 目标任务 ``last`` applied; ``plan_text`` is last year's 工作意见 text (its 正文
    and titles), which tells a row read from the plan from a row added by hand."""
    out, carried = carry_departments(targets, last)
    notes = []
    if carried:
        notes.append(
            f"「目标任务」中 {len(carried)} 项目标的责任科室按上年「目标任务」沿用（{'、'.join(carried)}）；"
            "如科室分工有变化，请直接修改。"
        )
    if flags is not None:
        flags = list(flags)
        cleared = {sentence_key(r.sentence) for r in last if r.sentence and not r.review}
        kept = 0
        for i, t in enumerate(out):
            if flags[i] and sentence_key(t.sentence) in cleared:
                flags[i] = ""
                kept += 1
        if kept:
            notes.append(
                f"{kept} 项目标的原文与上年相同，上年已核对（清空了「核对提示」或在「核对记录」中确认），这次不再提示。"
            )
    if dropped := hand_added_dropped(out, last, plan_text):
        listed = "、".join(f"{r.indicator} {_words(r)}" for r in dropped)
        notes.append(
            f"上年「目标任务」中手工添加的 {len(dropped)} 项（{listed}）不在今年的工作意见中，未沿用；"
            f"如 {year} 年仍考核，请在「目标任务」中补上（「科室数据」「县区数据」中相应的行、列已保留）。"
        )
    return CarriedEdits(out, flags, notes)


def carry_departments(targets: list[Target], last: list[LastYearTarget],
                      offices: list[str] | None = None) -> tuple[list[Target], list[str]]:
    """Return ``targets`` with the 责任科室 of last year's rows ``last`` of the same indicator (a
    row of the same kind first), unless a target names its own (not the catalogue's default), and
    the carried edits ("指标→科室") that differ from the default. With ``offices`` (the bureau's own,
    none a seed name), a default the bureau does not have (高新科 where it has 人才科, 重大专项科 …) is
    left blank for the clerk, not printed in its notices (qa16 F11)."""
    from kjreport.indicators.catalogue import default_department, load_catalogue
    from kjreport.indicators.resolve import name_group

    catalogue = load_catalogue()
    keys = [set(name_group(r.indicator, catalogue)[1]) for r in last]
    out: list[Target] = []
    carried: list[str] = []
    for t in targets:
        own = set(name_group(t.indicator, catalogue)[1])
        same = [r for r, k in zip(last, keys, strict=True) if k & own and r.department]
        same.sort(key=lambda r: r.kind != t.kind_label)  # the same kind first (总量 and 新增 rows)
        stated = t.department and t.department != default_department(t.indicator)
        if same and not stated and same[0].department != t.department:
            t = dataclasses.replace(t, department=same[0].department)
            if same[0].department != default_department(t.indicator):  # the clerk's own edit
                carried.append(f"{t.indicator}→{same[0].department}")
        elif not same and not stated and offices and t.department and t.department not in offices:
            t = dataclasses.replace(t, department="")
        out.append(t)
    return out, carried


def hand_added_dropped(targets: list[Target], last: list[LastYearTarget], plan_text: str) -> list[LastYearTarget]:
    """Return last year's rows typed by hand (their 原文 is empty or not in last year's plan)
    whose indicator none of the new ``targets`` has."""
    from kjreport.indicators.catalogue import load_catalogue
    from kjreport.indicators.resolve import name_group

    catalogue = load_catalogue()
    text = sentence_key(plan_text)
    new = set()
    for t in targets:
        new |= set(name_group(t.indicator, catalogue)[1])
    out = []
    for r in last:
        key = sentence_key(r.sentence)
        if key and key in text:
            continue  # read from last year's plan: the new plan replaces it
        if not set(name_group(r.indicator, catalogue)[1]) & new:
            out.append(r)
    return out


def _words(r: LastYearTarget) -> str:
    """Return last year's target as the screen lists it: ≥45家, 增长≥15%, 提高≥0.5个百分点."""
    number = r.value if isinstance(r.value, (int, float)) else parse_number(r.value, r.unit).value
    shown = f"{number:g}" if number is not None else str(r.value or "")
    if r.kind in ("增速", "年均增速"):
        return f"增长{r.comparison}{shown}%"
    if r.kind == "提高":
        return f"提高{r.comparison}{shown}个百分点"
    prefix = "新增" if r.kind in ("新增", "净增") and not r.indicator.startswith(r.kind) else ""
    return f"{prefix}{r.comparison}{shown}{r.unit}"
