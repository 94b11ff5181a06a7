"""What ``init --from`` carries of last year's plan into the new year.

Two things a clerk typed last year are next year's plan already:

* 「下年工作打算」 rows with 指标 and 目标值 are next year's targets ("全社会研发经费投入增长10%以上"
  | 全社会研发经费投入 | 10 | %): they become 目标任务 rows, 比较 and 目标类型 read from the 打算's
  words (增长 → 增速, 提高…个百分点 → 提高, 以上 → ≥, 左右 → ≈);
* a multi-year plan (实施方案 2023—2025, 三年行动计划, “十四五”规划) typed once into 「工作意见」
  and 「目标任务」 still holds in the next year when its period covers it. The workbook keeps no
  separate record of the period, so it is read from the plan's own words (its title, 总 text
  and the targets' 原文): "（2023—2025）", "2024—2026年", "到2027年", "“十四五”".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kjreport.model import Target
from kjreport.workbook.numbers import is_blank, parse_number

_DASH = r"\s*[—–\-－~～至到]+\s*"
_RANGE = re.compile(rf"((?:19|20)\d\d)\s*年?{_DASH}((?:19|20)\d\d)\s*年?")
_UNTIL = re.compile(r"(?:到|至|截至|截止到?)\s*((?:19|20)\d\d)\s*年")
_FIVE_YEAR = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
# a five-year plan's words name the plan's own period only when they frame targets ("到“十四五”末",
# "“十四五”期间") or title the plan itself ("科技发展“十四五”规划"); a one-year 工作要点 that
# mentions the next one ("完成“十五五”规划编制工作", "“十五五”谋篇布局之年") is no such plan
_FRAMED = r"(?:期间|时期|末|目标任务)"
_TITLE = re.compile(r"^[^，。；：:,;]{0,40}(?:规划|实施方案|行动方案|行动计划)[）)]?$")


@dataclass(frozen=True)
class PlanPeriod:
    """The years a plan covers, as its own words state them."""

    first: int | None
    last: int
    quote: str  # the words that state it, for the screen

    def covers(self, year: int) -> bool:
        return (self.first is None or self.first <= year) and year <= self.last

    @property
    def shown(self) -> str:
        return f"{self.first}—{self.last}年" if self.first else f"到{self.last}年"


def plan_period(texts: list[str], year: int) -> PlanPeriod | None:
    """Return the period of last year's (``year``) plan read from its ``texts``, or None when
    they name no year range and no "到…年" (a one-year 工作要点). The latest end named wins: a
    方案 "（2023—2025）" whose targets say "到2025年" covers 2023—2025."""
    best: PlanPeriod | None = None

    def take(first: int | None, last: int, quote: str) -> None:
        nonlocal best
        if last < year or (first is not None and first > last):
            return  # a past period quoted in the text ("2020—2022年累计…") is no plan period
        if best is None or last > best.last or (last == best.last and first and not best.first):
            best = PlanPeriod(first, last, quote)

    for text in texts:
        if not text:
            continue
        for m in _RANGE.finditer(text):
            take(int(m.group(1)), int(m.group(2)), m.group(0))
        for m in _UNTIL.finditer(text):
            take(None, int(m.group(1)), m.group(0))
        for words, (first, last) in _FIVE_YEAR.items():
            if words in text and _frames_period(text, words):
                take(first, last, f"“{words}”")
    return best


def _frames_period(text: str, words: str) -> bool:
    """Return whether the five-year ``words`` in ``text`` state the plan's own period: they frame
    a time ("“十四五”期间", "到“十四五”末") or the text is the plan's title ("…“十四五”规划")."""
    if re.search(rf"{words}[”\"」』]?\s*{_FRAMED}", text):
        return True
    return bool(_TITLE.match(text.strip())) and "编制" not in text


_GROWTH = re.compile(r"增长|增速|增幅|同比")
_RAISE = re.compile(r"提高|提升|增加")
_AT_MOST = re.compile(r"以内|以下|不超过|不高于|控制在")
_ABOUT = re.compile(r"左右|约")
_NEW = re.compile(r"新增|净增")


def next_year_targets(rows: list[dict[str, object]]) -> list[Target]:
    """Return the targets of 「下年工作打算」 rows that name an 指标 and a 目标值.

    Each row is {工作打算, 指标, 目标值, 单位, cell}. The comparison and kind come from the plan
    parser reading the 打算 sentence when it finds the same figure there, else from its words.
    """
    from kjreport.plan.parse import parse_plan
    from kjreport.plan.reader import PlanLine

    out: list[Target] = []
    for row in rows:
        name = "" if is_blank(row.get("指标")) else str(row["指标"]).strip()
        unit = "" if is_blank(row.get("单位")) else str(row["单位"]).strip()
        value = parse_number(row.get("目标值"), unit).value
        if not name or value is None:
            continue
        text = "" if is_blank(row.get("工作打算")) else str(row["工作打算"]).strip()
        found = None
        if text:
            read = parse_plan([PlanLine(1, text)], "下年工作打算").targets
            found = next((t for t in read if abs(t.value - value) < 1e-9), None)
        if found is not None:
            comparison, kind, department = found.comparison, found.kind, found.department
        else:
            comparison, kind, department = _words(text, name, unit)
        out.append(Target(name, value, unit, comparison, ("总",), department, text, kind=kind))
    return out


def _words(text: str, name: str, unit: str) -> tuple[str, str, str]:
    """Return (比较, 目标类型, 科室) read from an 打算's words when the parser found no target."""
    if unit == "个百分点" or (unit == "%" and _RAISE.search(text) and "百分点" in text):
        kind = "提高"
    elif unit == "%" and _GROWTH.search(text):
        kind = "增速"
    elif _NEW.match(name) or _NEW.search(text):
        kind = "新增"
    else:
        kind = "总量"
    comparison = "≤" if _AT_MOST.search(text) else "≈" if _ABOUT.search(text) else "≥"
    return comparison, kind, ""


@dataclass
class NextYearMerge:
    """How 「下年工作打算」 targets meet the 目标任务 rows carried from last year."""

    rows: list[list[object]]  # the carried rows (header first), 打算 values written over
    fresh: list[Target]  # 打算 targets no carried row holds: new 目标任务 rows
    replaced: list[tuple[Target, object]]  # (打算 target, the carried 目标值 it replaced)


def merge_next_year(carried: list[list[object]], targets: list[Target]) -> NextYearMerge:
    """Return ``carried`` 目标任务 rows (header first) with each 打算 target written in: the 打算
    is the new year's own target, so where a carried row holds the same indicator and kind its
    目标值/单位/比较/原文 become the 打算's; the others are new rows. Names match the way check
    matches them (the catalogue's synonyms: 全社会研发经费投入 = 全社会R&D经费投入)."""
    from kjreport.indicators.catalogue import load_catalogue
    from kjreport.indicators.resolve import name_group

    if not carried:
        return NextYearMerge([], list(targets), [])
    header = [str(h) if h is not None else "" for h in carried[0]]
    at = {name: header.index(name) for name in ("指标", "目标值", "单位", "比较", "原文", "目标类型")
          if name in header}
    rows = [list(r) for r in carried]
    catalogue = load_catalogue()
    keys = [set(name_group(str(r[at["指标"]]), catalogue)[1]) if isinstance(r[at["指标"]], str) else set()
            for r in rows[1:]] if "指标" in at else []
    fresh: list[Target] = []
    replaced: list[tuple[Target, object]] = []
    for t in targets:
        own = set(name_group(t.indicator, catalogue)[1])
        kind = t.kind_label
        hit = next((i for i, k in enumerate(keys, 1) if k & own
                    and str(_cell(rows[i], at.get("目标类型")) or "总量") == kind), None)
        if hit is None:
            fresh.append(t)
            continue
        row = rows[hit]
        old = _cell(row, at.get("目标值"))
        if parse_number(old, t.unit).value == t.value and str(_cell(row, at.get("比较")) or "≥") == t.comparison:
            continue  # the same target typed twice
        for name, value in (("目标值", t.value), ("单位", t.unit), ("比较", t.comparison), ("原文", t.sentence)):
            if name in at and (value or name == "目标值"):
                while len(row) <= at[name]:
                    row.append(None)
                row[at[name]] = int(value) if name == "目标值" and float(value).is_integer() else value
        replaced.append((t, old))
    return NextYearMerge(rows, fresh, replaced)


def _cell(row: list[object], at: int | None) -> object:
    return row[at] if at is not None and at < len(row) else None


def unread_next_year(rows: list[dict[str, object]]) -> list[str]:
    """Return the 「下年工作打算」 rows (their cell and words) that name an 指标 or a 目标值 but not
    both readably: they could not become targets and the screen names them."""
    out = []
    for row in rows:
        name = "" if is_blank(row.get("指标")) else str(row["指标"]).strip()
        unit = "" if is_blank(row.get("单位")) else str(row["单位"]).strip()
        raw = row.get("目标值")
        value = None if is_blank(raw) else parse_number(raw, unit).value
        if (name or not is_blank(raw)) and (not name or value is None):
            text = "" if is_blank(row.get("工作打算")) else str(row["工作打算"]).strip()
            what = name or text[:30] or str(raw)
            why = "没有指标" if not name else "目标值为空" if is_blank(raw) else f"目标值「{raw}」不是数字"
            out.append(f"「{what}」（{why}）")
    return out
