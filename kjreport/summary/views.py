"""Read-only views of a ``YearReport`` for the wording templates.

Templates see plain attributes; every computed number is a ``Num`` carrying its provenance
(source cells and formula) so a draft document can comment it. Nothing here formats text.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kjreport import text as tx
from kjreport.indicators.resolve import NOT_IN_WORKBOOK
from kjreport.model import (
    CountyValue,
    IndicatorResult,
    PlanNode,
    ProgressNote,
    YearReport,
    increment_name,
)
from kjreport.summary.compared import share_name, unnamed_share
from kjreport.summary.precision import (
    amount_decimals,
    city_decimals,
    county_figure_decimals,
    percent_decimals,
)
from kjreport.templating import Num, num
from kjreport.text.numbers import COUNT_UNITS, MISSING, is_number, is_zero, shown_decimals
from kjreport.text.phrases import FEW_UNITS, cn_numeral

SMALL_BASE = 10  # a count whose base is below this changes by a difference (增加3家), not a %
GROUP_MAX = 4  # counts said together in one "分别达到" sentence
OVERVIEW_GROUP_MAX = 3  # headline figures of one unit said together in the overview

_HEADING_LEVEL = {"部分": 2, "节": 3, "条": 4}
# an item label that is a heading number (1.  1、  （1）  (1)  ①, or （一） 一、 as a 县's plan
# numbers its items under 一、 parts): the summary renumbers it by level (GB/T 9704 一、（一）1.（1）)
_NUMBERED = re.compile(
    r"^\s*(?:[（(]?\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、]|[①-⑳]"
    r"|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])\s*$"
)


def _provenance(result: IndicatorResult, what: str) -> str:
    """Return the draft comment of one figure: what it is, its formula and source cells."""
    parts = [f"{result.name}·{what}"]
    if result.formula and what in ("本年数", "上年数"):
        parts.append(f"计算：{result.formula}")
    if what == "同比":
        parts.append("计算：(本年数 − 上年数) ÷ 上年数 × 100%")
    elif what == "比上年变化":
        parts.append("计算：本年比重 − 上年比重（个百分点）")
    elif what == "完成率":
        kind = result.target.kind if result.target is not None else "总量"
        parts.append(f"计算：本年{kind}数 ÷ 目标值 × 100%" if kind in ("新增", "净增")
                     else "计算：本年数 ÷ 目标值 × 100%")
    elif what == "差距":
        kind = result.target.kind if result.target is not None else "总量"
        parts.append({"增速": "计算：本年增速 − 目标增速（个百分点）",
                      "提高": "计算：比上年提高幅度 − 目标提高幅度",
                      "新增": "计算：本年新增数 − 目标值",
                      "净增": "计算：本年净增数 − 目标值"}.get(kind, "计算：本年数 − 目标值"))
    elif what == "按目标口径实际值" and result.target is not None:
        kind = result.target.kind
        if kind in ("新增", "净增") and (result.value_is_increment or result.increment_source):
            # the one method used (qa10 F31); a reported 新增 row beside the stock row is the figure
            # judged, not 年末数 − 上年末数 (qa12b F34)
            parts.append(f"科室报送的{kind}数")
        else:
            parts.append({"新增": "计算：年末数 − 上年末数",
                          "净增": "计算：年末数 − 上年末数",
                          "增速": "计算：(本年数 − 上年数) ÷ 上年数 × 100%",
                          "提高": "计算：本年比重 − 上年比重（个百分点）"}.get(kind, "本年数"))
    elif what == "序时进度":
        parts.append("计算：完成率 − 报送月份 ÷ 12 × 100%")
    # the cells actually used (qa10 F31): this year's for 本年数 (and a reported 新增), last year's
    # for 上年数, the target's cell alone for 目标值
    current = list(result.current_sources) or list(result.sources)
    sources = list(result.sources)
    reported = result.increment_source and not result.value_is_increment
    if reported and what in ("按目标口径实际值", "完成率", "差距"):
        sources = [result.increment_source]  # the 新增 row judged, not the stock rows beside it
    elif what == "本年数" or (what == "按目标口径实际值" and result.value_is_increment):
        sources = current
    elif what == "上年数":
        sources = [s for s in result.sources if s not in current] or sources
    elif what == "目标值":
        sources = []
    if result.target and result.target.cell and what in ("完成率", "差距", "目标值"):
        sources.append(result.target.cell)
    if sources:
        parts.append("来源：" + "、".join(sources))
    return "；".join(parts)


_EMPTY_SHEETS = re.compile(r"「(.+)」中没有本年数据")


@dataclass
class CountyView:
    """One county's figure of an indicator (县区数), with its rank."""

    county: str
    value: Num | None
    previous: Num | None
    yoy: Num | None
    change_pp: Num | None
    rank: int | None
    total: int
    tied: int = 1  # counties sharing this rank (2 → 并列)
    group: str = ""  # the ranking group (排名分组): 县（市）区, 开发区; "" when all rank together
    judged: bool = True  # the indicator has a target: its last place is a shortfall (居末位)
    marked: bool = False  # the county's cell says not applicable (「/」): shown "—", not 【待补充】
    by_growth: bool = False  # ranked by its growth (增速/提高 target), not by its size (qa10 F23)
    ranked_on: str = ""  # what the rank compares when not the size: 增速, 提高幅度 ("增速居全市末位")

    @cached_property
    def zero(self) -> bool:
        """Return True when the county has none of it (0 项): no rank is given for a zero."""
        return self.value is not None and is_zero(self.value, 2)

    @cached_property
    def ranked(self) -> bool:
        """Return True when the rank means something: a non-zero value with a rank."""
        return self.rank is not None and not self.zero and self.total > 1

    @cached_property
    def declined(self) -> bool:
        """Return True when the county's figure fell against last year."""
        change = self.change_pp if self.yoy is None else self.yoy
        return change is not None and change < 0 and not is_zero(change, 2)

    @cached_property
    def last(self) -> bool:
        """Return True when the county ranks last among the counties (never for a zero, never on
        an indicator without a target: a place there is no judgement — QA6 F3; never in a group of two
        or fewer: the second of 2个开发区 is no shortfall — QA9 F7)."""
        return (self.judged and self.ranked and self.total > FEW_UNITS
                and self.rank + self.tied - 1 >= self.total)  # type: ignore[operator]

    @property
    def rank_note(self) -> str:
        """Return the draft comment of a rank: how many counties, and ties."""
        return self.rank_note_in("县区")

    def rank_note_in(self, word: str) -> str:
        """Return the draft comment of a rank, the units called ``word`` (市州 for a province's,
        see ``summary.units.unit_word``) unless ranked in a group (开发区)."""
        units = self.group or word or "县区"
        tie = f"，与{self.tied - 1}个{units}并列" if self.tied > 1 else ""
        return f"{self.county}在{self.total}个有数据的{units}中排第{self.rank}位{tie}"


@dataclass
class ResultView:
    """One indicator result as templates see it."""

    result: IndicatorResult
    share: ResultView | None = None  # a ratio that reads as "占…的比重" after this amount
    share_of: str = ""  # "规模以上工业总产值" for 高新技术产业产值占规模以上工业总产值比重 ("" for …占比)
    companion: ResultView | None = None  # the same indicator's other target (新增 + 总量, 总量 + 增速)
    # a county notice's one row of a share with a 提高 and a 达…% target: the other target's view,
    # whose units' figures are this one's, ranked by the level where this is ranked by the rise
    rank_partner: ResultView | None = None

    def __getattr__(self, name: str) -> Any:
        # plain attributes (name, unit, kind, status, status_note, yoy_note, department …)
        if name.startswith("_") or name == "result":
            raise AttributeError(name)
        return getattr(self.result, name)

    @property
    def name(self) -> str:
        """Return the name a reader sees (no “（增速）” key suffix)."""
        return self.result.plain_name

    @property
    def share_said(self) -> str:
        """Return how the share after this amount is introduced: "占规模以上工业总产值的比重", or
        "占比" for a share whose whole the plan does not name ("…企业达到93家，占比25.6%")."""
        return f"占{self.share_of}的比重" if self.share_of else "占比"

    @property
    def share_said_short(self) -> str:
        """Return ``share_said`` without 的 ("占GDP比重"), as a table row or a county's clause says it."""
        return f"占{self.share_of}比重" if self.share_of else "占比"

    @property
    def sentence_decimals(self) -> int:
        """Return the decimals a percentage's figure, its change and its gap to the target all show
        in one sentence: the most any of them needs ("2.86%，比上年提高0.24个百分点，高于年度目标
        0.06个百分点", never 0.2 beside 0.06 — QA4 F14); for other units the decimals of the typed
        target (``amount_decimals``)."""
        r = self.result
        if r.unit != "%":
            # 38.65亿元 beside a target of 35.32亿元 (qa20 F1); 26.42亿元 as 附件2's 全市 row (qa21 F7)
            return max(amount_decimals(r), city_decimals(r))
        shown = []
        if tx.is_number(r.value):
            shown.append(tx.plain(r.value, r.unit, near=r.near))
        if tx.is_number(r.change_pp):
            shown.append(tx.pp_number(r.change_pp, self._change_near))
        if tx.is_number(r.gap) and r.target is not None and r.target.kind in ("总量", "累计", "提高"):
            shown.append(tx.pp_number(r.gap))
        own = max([shown_decimals(t) for t in shown] + [percent_decimals(r) if shown else 0])
        # a second target of the same figure (提高 + 总量) is said in the same sentence
        return max(own, self.companion.sentence_decimals) if self.companion is not None else own

    @property
    def _change_near(self) -> tuple[float, ...]:
        t = self.result.target  # a 提高 target's change is not rounded onto or across the target
        return (t.value,) if t is not None and t.kind == "提高" else ()

    @property
    def value(self) -> Num | None:
        return num(self.result.value, _provenance(self.result, "本年数"), self.result.near, self.sentence_decimals)

    @property
    def previous(self) -> Num | None:
        return num(self.result.previous, _provenance(self.result, "上年数"))

    @property
    def yoy(self) -> Num | None:
        return num(self.result.yoy, _provenance(self.result, "同比"))

    @property
    def change_pp(self) -> Num | None:
        return num(self.result.change_pp, _provenance(self.result, "比上年变化"), self._change_near,
                   self.sentence_decimals)

    @property
    def completion(self) -> Num | None:
        return num(self.result.completion, _provenance(self.result, "完成率"))

    @property
    def gap(self) -> Num | None:
        return num(self.result.gap, _provenance(self.result, "差距"), (), self.sentence_decimals)

    @property
    def ahead_pp(self) -> Num | None:
        return num(self.result.ahead_pp, _provenance(self.result, "序时进度"))

    @property
    def achieved(self) -> Num | None:
        """Return what was compared with the target: the 新增 count, the growth %, the change."""
        return num(self.result.achieved, _provenance(self.result, "按目标口径实际值"))

    @property
    def kind_name(self) -> str:
        """Return the name as a 新增/净增 target says it: 净增高新技术企业, 新增新型研发机构."""
        return increment_name(self.target_kind, self.result.name)

    @property
    def trend_name(self) -> str:
        """Return the name the change against last year is told of: 新增院士工作站 for a 新增
        target (fewer new ones is not fewer in all), else the name."""
        return self.result.figure_name

    @property
    def figure_key(self) -> tuple:
        """Return what identifies the figure whose change is told: its cells and value. Two
        targets of one indicator (研发投入 增速 and 全社会R&D经费投入 总量, synonyms) share it, so a
        decline told of one is not told again of the other."""
        return (tuple(self.result.sources), self.trend_value)

    @property
    def trend_value(self) -> Num | None:
        """Return this year's figure whose change is told: the 新增 figure of a 新增 target."""
        if self.target_kind in ("新增", "净增"):
            return self.achieved
        return self.value

    @property
    def trend_previous(self) -> Num | None:
        """Return last year's figure matching ``trend_value`` (None: a 新增 target whose 上年新增数
        is not reported — the total's growth says nothing about it)."""
        if self.target_kind in ("新增", "净增"):
            return num(self.result.achieved_previous, _provenance(self.result, "上年数"))
        return self.previous

    @property
    def trend_yoy(self) -> Num | None:
        """Return the 同比 of ``trend_value``."""
        if self.target_kind in ("新增", "净增"):
            return num(self.result.achieved_yoy, _provenance(self.result, "同比"))
        return self.yoy

    @property
    def trend_small_base(self) -> bool:
        """Return True when ``trend_value``'s change is told as a difference (增加3家), not a %."""
        p = self.trend_previous
        return self.is_count and is_number(p) and 0 < float(p) < SMALL_BASE

    @property
    def is_rank(self) -> bool:
        """Return True for a rank target (位次): 居第4位，进入前5位目标实现."""
        return self.result.is_rank

    @property
    def rank_rise(self) -> bool:
        """Return True for a rise-in-rank target (排名提升1位): 居第25位，比上年前移1位，完成年度目标."""
        return self.is_rank and self.target_kind == "提高"

    @property
    def rank_name(self) -> str:
        """Return a rank's name without 位次/排名: 科技创新综合评价 (…居第4位)."""
        name = self.name
        for tail in ("位次", "排名", "排位", "名次"):
            if name.endswith(tail) and len(name) > len(tail):
                return name[: -len(tail)]
        return name

    @property
    def target_value(self) -> Num | None:
        t = self.result.target
        return num(t.value, _provenance(self.result, "目标值")) if t else None

    @property
    def figure_tells_change(self) -> bool:
        """Return True when the target's figure (item.j2 ``figure``) already states the change
        against last year: a 增速 target's 同比下降30.0%, a 提高 target's 比上年降低0.1个百分点."""
        kind = self.target_kind
        return (kind == "增速" and self.yoy is not None) or (kind == "提高" and self.is_ratio
                                                              and self.change_pp is not None)

    @property
    def states_rate(self) -> bool:
        """Return True for a growth target reported as the rate itself (a 科室数据 row in %:
        "居民消费价格涨幅控制在3%左右" reported as 2.1): the sentence says 上涨/增长2.1%."""
        return self.target_kind == "增速" and self.result.kind == "ratio"

    @property
    def is_ratio(self) -> bool:
        """Return True for a percentage (比重/占比) indicator."""
        return self.result.kind == "ratio" or self.result.unit == "%"

    @property
    def percent_target(self) -> bool:
        """Return True when the target is a percentage (compared in 个百分点)."""
        return bool(self.result.target and self.result.target.is_percentage)

    @property
    def missing_note(self) -> str:
        """Return the clerk-facing note of an indicator with no figure: 【待补充：请在「科室数据」填报…】
        when the workbook has no row for it, else the status note as an aside and 【待补充】."""
        note = self.result.status_note
        if (note or "").startswith("科室数据和") and note.endswith(NOT_IN_WORKBOOK):
            return f"【待补充：请在「科室数据」填报「{self.result.name}」的本年数】"
        if m := _EMPTY_SHEETS.fullmatch(note or ""):
            # the sheet is for the clerk: inside the highlighted placeholder, as what to do (QA S14)
            sheets = "或".join(f"「{s}」" for s in m.group(1).split("、"))
            return f"【待补充：请在{sheets}填写「{self.result.name}」的本年数】"
        return f"【待补充：{note}】" if note else MISSING

    @property
    def has_value(self) -> bool:
        return self.value is not None

    @property
    def target_kind(self) -> str:
        """Return the target's kind: 总量 (default), 新增, 净增, 累计, 增速, 提高."""
        return getattr(self.result.target, "kind", "总量") or "总量"

    @property
    def period_average(self) -> bool:
        """Return True when the target is a plan period's 年均增长 (目标类型 年均增速): this year's
        growth is stated against 年均增长18%的要求, never against a 年度目标."""
        return bool(getattr(self.result.target, "period_average", False))

    @property
    def comparison(self) -> str:
        """Return the target's comparison: ≥, ≤, ≈ or 区间 ("" without a target)."""
        return self.result.target.comparison if self.result.target else ""

    @property
    def stretch(self) -> Num | None:
        """Return the target's stretch value (争取值), if any."""
        value = getattr(self.result.target, "stretch", None)
        return num(value, _provenance(self.result, "目标值"))

    @property
    def met(self) -> bool:
        """Return True when the target is met (完成 or 超额完成)."""
        return self.result.status in ("完成", "超额完成")

    @property
    def is_count(self) -> bool:
        """Return True for counted things (项, 家, 个 …)."""
        return self.result.unit in COUNT_UNITS

    @property
    def small_base(self) -> bool:
        """Return True for a count whose base is small: its change is told as a difference."""
        p = self.result.previous
        return self.is_count and is_number(p) and 0 < float(p) < SMALL_BASE

    @property
    def breakthrough(self) -> bool:
        """Return True for a first (零的突破): last year's figure was 0 and this year's is not."""
        v, p = self.result.value, self.result.previous
        if self.result.reported_previous:  # 科室数据 has a 上年数: last year was not zero (qa12 F35)
            return False
        return is_number(v) and is_number(p) and is_zero(p, 6) and float(v) > 0

    @property
    def breakthrough_note(self) -> str:
        sources = "、".join(self.result.sources)
        return f"{self.result.name}：上年数为0，本年数{self.result.value:g}" + (
            f"；来源：{sources}" if sources else ""
        )

    @property
    def record(self) -> bool:
        """Return True when this year's figure is the highest of the ledger's history (创历史新高)."""
        history = self._history()
        v = self.result.value
        return bool(history) and is_number(v) and float(v) > max(history.values()) and len(history) >= 2

    @property
    def record_note(self) -> str:
        history = self._history()
        years = "、".join(f"{y}年{history[y]:g}" for y in sorted(history))
        return f"{self.result.name}：本年{self.result.value:g}，高于台账中历年数（{years}）"

    def _history(self) -> dict[int, float]:
        """Return {year: value} of earlier years (IndicatorResult.details["历年"]), if known."""
        raw = (self.result.details or {}).get("历年") or {}
        return {int(y): float(v) for y, v in raw.items() if is_number(v)}

    @property
    def faster(self) -> bool:
        """Return True when growth is faster than last year's growth (增速比上年加快)."""
        last = self.previous_yoy
        return last is not None and self.result.yoy is not None and self.result.yoy > last > 0

    @property
    def previous_yoy(self) -> float | None:
        """Return last year's growth (year−1 over year−2 in the history), if known."""
        history = self._history()
        if not history:
            return None
        last = max(history)
        before = history.get(last - 1)
        if before is None or before <= 0:
            return None
        return (history[last] - before) / before * 100

    @property
    def faster_note(self) -> str:
        return f"{self.result.name}：上年增速{self.previous_yoy:.1f}%（由台账历年数计算）"

    @property
    def data_year_note(self) -> str:
        """Return "（2024年数据，统计数据滞后一年）" after a figure of an earlier year (数据年度),
        "" for this year's: a lagged figure is never told as this year's."""
        r = self.result
        said = tx.data_year(r.data_year, (r.data_year or 0) + r.data_lag)
        return f"（{said}）" if said else ""

    @property
    def lagged(self) -> bool:
        """Return True for a figure of an earlier year (数据年度): it is not said 全年实现, and its
        completion is said to be measured by that year's figure against this year's target."""
        return bool(self.result.data_year and self.result.data_lag)

    @property
    def mid_year(self) -> bool:
        """Return True when the report is before December (序时进度 applies)."""
        return self.result.time_progress is not None and self.result.ahead_pp is not None

    @cached_property
    def mostly_held(self) -> bool:
        """Return True when more than half of the units with a figure have some of it (non-zero):
        then a unit at 0 lags the others and its notice says so (qa10 F19); where most have none
        (院士工作站), a 0 is no shortfall."""
        figures = [c.value for c in self.result.counties if c.value is not None]
        held = sum(1 for v in figures if not is_zero(float(v), 2))
        return bool(figures) and held * 2 > len(figures)

    @cached_property
    def counties(self) -> list[CountyView]:
        """Return every county's view, in workbook order (built once per view)."""
        _, ranks = county_index(self.result)
        return [county_view(self.result, c, ranks) for c in self.result.counties]

    def county(self, name: str) -> CountyView | None:
        """Return the view of county ``name``, or None (a dictionary look-up in an index built
        once per result; only that county's view is built, so a bulletin costs the same at 150
        counties as at 1,500). The view last built for a result is kept and given again: a
        bulletin asks for its county's figure of one indicator some six times (the template's
        sections, its table, the 需要关注 list), and every view of it is the same."""
        entry = _indexed(self.result)
        if entry is None:
            index, ranks = _build_index(self.result)
            c = index.get(name)
            return county_view(self.result, c, ranks) if c is not None else None
        last = entry[5]
        if last and last[0] == name:
            return last[1]
        c = entry[3].get(name)
        view = county_view(self.result, c, entry[4]) if c is not None else None
        entry[5] = (name, view)
        return view


# result → [weak ref, its counties list, their number, its county index, rank counts, (the
# county, its view) last asked for], kept while the result lives: every ResultView of the same
# result (each bulletin makes its own) shares one index instead of rescanning.
_INDEX: dict[int, list] = {}


def _build_index(result: IndicatorResult) -> tuple[dict[str, CountyValue], Counter]:
    index: dict[str, CountyValue] = {}
    for c in result.counties:
        index.setdefault(c.county, c)
    return index, _rank_counts(result)


def _indexed(result: IndicatorResult) -> list | None:
    """Return the cache entry of ``result`` (built now if needed; None when ``result`` cannot
    be weakly referenced). An entry is rebuilt when the result's counties were replaced or grew."""
    key = id(result)
    counties = result.counties
    hit = _INDEX.get(key)
    if hit is not None and hit[0]() is result and hit[1] is counties and hit[2] == len(counties):
        return hit
    try:
        ref = weakref.ref(result, lambda _, k=key: _INDEX.pop(k, None))
    except TypeError:  # not weak-referenceable: do not cache
        return None
    entry = _INDEX[key] = [ref, counties, len(counties), *_build_index(result), None]
    return entry


def county_index(result: IndicatorResult) -> tuple[dict[str, CountyValue], Counter]:
    """Return county name → value (the first, should a name repeat) and the rank counts."""
    entry = _indexed(result)
    return (entry[3], entry[4]) if entry is not None else _build_index(result)


def _rank_counts(result: IndicatorResult) -> Counter:
    """Return how many counties of each ranking group hold each rank, keyed (group, rank) (rank
    None: not ranked), and how many counties each group has, keyed (group, ALL)."""
    counts = Counter((x.group, x.rank) for x in result.counties)
    counts.update((x.group, ALL) for x in result.counties)
    return counts


ALL = "*"  # _rank_counts key of a group's size


def county_view(
    result: IndicatorResult, c: CountyValue, ranks: Counter | None = None
) -> CountyView:
    """Return the template view of one county's value (``ranks``: ``_rank_counts(result)``)."""
    ranks = ranks if ranks is not None else _rank_counts(result)
    src = f"{result.name}·{c.county}"
    size = ranks.get((c.group, ALL), 0)  # the counties ranked together: all, or c's group (排名分组)
    total = (size - ranks.get((c.group, None), 0)) or size
    tied = ranks.get((c.group, c.rank), 0) if c.rank is not None else 0
    # a county's share and its change in one precision (1.39%，比上年提高0.07个百分点 — QA4 F14)
    # 0.99%, 1.30% as the city's 1.82% (QA6 F9); as 附件2 shows it: 0.031亿元 beside 0.030,
    # 0.161% 5th and 0.156% 6th, never the same figure at two ranks (QA7 F12)
    decimals = county_figure_decimals(result, c.value)
    if result.unit == "%" and tx.is_number(c.value) and tx.is_number(c.change_pp):
        decimals = max(decimals, shown_decimals(tx.plain(c.value, "%")), shown_decimals(tx.pp_number(c.change_pp)))
    return CountyView(
        county=c.county,
        value=num(c.value, f"{src}；来源：" + "、".join(result.sources), (), decimals),
        previous=num(c.previous, src),
        yoy=num(c.yoy, f"{src}·同比"),
        change_pp=num(c.change_pp, f"{src}·比上年变化", (), decimals),
        rank=c.rank,
        total=total,
        tied=max(tied, 1),
        group=c.group,
        judged=result.target is not None and not (c.by_growth and _close_behind(result, c, total, tied)),
        marked=c.marked,
        by_growth=c.by_growth,
        ranked_on=("提高幅度" if result.kind == "ratio" else "增速") if c.by_growth else "",
    )


# how far a unit ranked last by its growth must trail the units' median for its place to be a
# shortfall (居末位, 发展不平衡): 9.5% beside a 10.0% median is no imbalance (qa11b F20); 14.2%
# beside 16.3% is (泉州's 鲤城区, qa10 F23)
MATERIAL_LAG = {"yoy": 1.0, "change_pp": 0.1}  # 个百分点 of growth; of a share's change


def _close_behind(result: IndicatorResult, c: CountyValue, total: int, tied: int) -> bool:
    """Return True when ``c``, ranked last by its growth, neither fell nor trails the other units by a
    material margin (``MATERIAL_LAG``): its place is then said as 第N位, no shortfall."""
    if c.rank is None or c.rank + max(tied, 1) - 1 < total:
        return False  # not last: nothing to judge
    measure = "change_pp" if result.kind == "ratio" else "yoy"
    own = getattr(c, measure)
    if not tx.is_number(own):
        return False
    lower_better = not result.higher_is_better or (result.target is not None and result.target.comparison == "≤")
    if (own > 0) if lower_better else (own < 0):
        return False  # a fall (a rise where less is better) is always said
    # the units' median: 不平衡 is between the units (the 全市 rate may be a 科室 figure of another year)
    others = sorted(g for x in result.counties if x.group == c.group and tx.is_number(g := getattr(x, measure)))
    if not others:
        return False
    middle = others[len(others) // 2]
    behind = (own - middle) if lower_better else (middle - own)
    return behind < MATERIAL_LAG[measure]


def group_results(results: list[IndicatorResult]) -> list[ResultView]:
    """Return views of ``results`` with each "<amount>占X比重" folded into its amount."""
    views: list[ResultView] = []
    used: set[str] = set()
    for r in results:
        if r.name in used:
            continue
        view = ResultView(r)
        for other in results:
            if other.name in used or other is r:
                continue
            whole = share_name(r, other)
            if whole or unnamed_share(r, other):
                view.share, view.share_of = ResultView(other), whole
                used.add(other.name)
                break
        views.append(view)
        used.add(r.name)
    return _pair_targets(views)


def _stem(result: IndicatorResult) -> str:
    name = result.plain_name
    kind = result.target.kind if result.target is not None else ""
    return name[len(kind):] if kind in ("新增", "净增") and name.startswith(kind) else name


def _pair_targets(views: list[ResultView]) -> list[ResultView]:
    """Return ``views`` with a second target of the same indicator (新增 and 总量, 总量 and 增速)
    folded into the first as its ``companion``: one sentence says the figure once."""
    first: dict[str, ResultView] = {}
    out: list[ResultView] = []
    for v in views:
        stem = _stem(v.result)
        lead = first.get(stem)
        if (lead is not None and lead.companion is None and v.share is None
                and lead.result.target is not None and v.result.target is not None):
            lead.companion = v
            continue
        first.setdefault(stem, v)
        out.append(v)
    return out


def groupable(view: ResultView) -> bool:
    """Return True for a plain count met on time, or near it (基本完成, whose gap 存在的问题 says):
    said together with its neighbours."""
    return (
        view.is_count
        and view.share is None
        and view.companion is None
        and view.has_value
        and (view.met or view.status == "基本完成")
        and view.target_kind == "总量"
        and view.comparison in ("≥", "")
        and not view.mid_year
        and not getattr(view, "lagged", False)  # an earlier year's figure: a sentence of its own
    )


def groupable_increment(view: ResultView) -> bool:
    """Return True for a 新增/净增 count reported as the increment itself, at or near its target
    (no 未完成 to tell): said with its neighbours of the same kind, "新增高新技术企业326家、国家
    科技型中小企业1862家" (prose14), as a bureau writes one plan line of two 新认定 targets."""
    return (
        view.is_count
        and view.target_kind in ("新增", "净增")
        and view.share is None
        and view.companion is None
        and view.has_value
        and view.achieved is not None
        and bool(view.value_is_increment)
        and view.status in ("完成", "超额完成", "基本完成")
        and not view.mid_year
        and not getattr(view, "lagged", False)
        and not view.breakthrough
        and not view.record
    )


def sentence_groups(views: list[ResultView]) -> list[list[ResultView]]:
    """Return ``views`` cut into sentences: runs of groupable counts (at most GROUP_MAX) are
    said together ("分别达到32家、6家和3家，均完成年度目标"), so are runs of 新增 counts of one
    kind (``groupable_increment``); everything else alone."""
    groups: list[list[ResultView]] = []
    for v in views:
        last = groups[-1] if groups else None
        if last and len(last) < GROUP_MAX and (
            (groupable(v) and all(groupable(x) for x in last))
            or (groupable_increment(v) and all(groupable_increment(x) and x.target_kind == v.target_kind
                                               for x in last))
        ):
            last.append(v)
        else:
            groups.append([v])
    return groups


def pairable(view: ResultView) -> bool:
    """Return True for an overview figure plain enough to share a sentence with its neighbours of
    the same unit: a stock or amount that grew by less than double, with no share, note or
    provable fact (零的突破, 创历史新高) of its own to tell."""
    yoy = view.yoy
    return (
        view.has_value
        and view.share is None
        and not view.is_ratio
        and not view.is_rank
        and view.target_kind not in ("新增", "净增")
        and yoy is not None
        and 0 < float(yoy) < 100
        and not view.yoy_note
        and not getattr(view, "lagged", False)
        and not view.small_base
        and not view.breakthrough
        and not view.record
        and not view.faster
    )


def overview_groups(views: list[ResultView]) -> list[list[ResultView]]:
    """Return the overview's results cut into sentences: neighbours in the same unit that are
    ``pairable`` (at most ``OVERVIEW_GROUP_MAX``) are said together, as real summaries group them
    ("高新技术企业、科技型中小企业达6588家、6403家，分别增长26.3%、44.4%"); others alone."""
    groups: list[list[ResultView]] = []
    for v in views:
        last = groups[-1] if groups else None
        if (
            last
            and pairable(v)
            and all(pairable(x) for x in last)
            and len(last) < OVERVIEW_GROUP_MAX
            and tx.display_unit(v.value, v.unit)[1] == tx.display_unit(last[0].value, last[0].unit)[1]
        ):
            last.append(v)
        else:
            groups.append([v])
    return groups


_CLAUSE = re.compile(r"[，,；;：:]")
_FIGURE = re.compile(r"\d")  # targets are written in Arabic figures; 两个重点、五大工程 are not targets
_WORD_ORDINAL = re.compile(r"^[一二三四五六七八九十]+是$")  # 一是、二是: an item labelled in words
HEADING_LONG = 40  # characters: a heading longer than this keeps its leading clauses only
# a clause that states a target without a figure: 高新产业投资增速快于面上 (qa11 F12)
_COMPARED = re.compile(r"快于|慢于|高于|低于|超过|不低于|翻番|翻一番")


# a plan sentence that promises ("力争市R&D经费内部支出达到110亿元，占GDP的比重为1.9%"): its
# heading names the task, the figures and the promise are the text's (qa12b F9)
_PROMISE = re.compile(r"^(?:力争|确保|争取|力求|努力)(?:(?:到|在)?\d{4}年(?:底|末)?[，,]?)?")
# the verb between a task and its figure: "达到110亿元", "突破50亿元", "为1.9%"
_TO_FIGURE = re.compile(r"(?:达到|达|突破|超过|增长|增至|保持在|保持|提高到|提升到|提高|提升|为|至|到)$")


# the planning word after the work a plan's part heads: 重点工作安排, 主要工作部署
_ARRANGED = re.compile(r"(?<=工作)(?:安排|部署|打算)$")


def _task_name(title: str) -> str:
    """Return what a promised target names ("市R&D经费内部支出", "新增高新技术企业",
    "引进培养国内外高端创新人才"), or "" when ``title`` does not start with a promise or its
    first clause starts with its figure."""
    promise = _PROMISE.match(title)
    if not promise:
        return ""
    first = _CLAUSE.split(title[promise.end():])[0]
    figure = _FIGURE.search(first)
    name = _TO_FIGURE.sub("", first[: figure.start()] if figure else first).strip()
    return name if len(name) >= 2 else ""


def heading_text(title: str) -> str:
    """Return ``title`` cut for a heading: for a promise ("力争…达到110亿元"), the task it names;
    otherwise the clauses before the first one that states a figure
    (or, for a title longer than ``HEADING_LONG``, the first clause); unchanged otherwise.

    A title that is targets only, every clause a figure or a comparison ("高新产业投资增速快于面上，
    占固定投资比重达25%以上"; "优化重组2家、整改退出3家，新建…3家"), is left whole when it is not
    longer than ``HEADING_LONG``: cut, its heading would keep only the half its paragraph does not
    report, or drop a target the paragraph does (qa11 F12)."""
    if task := _task_name(title):
        return task
    # "四、2022年重点工作安排" (a 政府工作报告's part): the summary reports the work, not the arrangement
    title = _ARRANGED.sub("", title)
    clauses = _CLAUSE.split(title)
    if len(clauses) < 2:
        return title
    if len(title) <= HEADING_LONG and all(_FIGURE.search(c) or _COMPARED.search(c) for c in clauses):
        return title
    marks = _CLAUSE.findall(title)
    kept = 0
    while kept < len(clauses) and not _FIGURE.search(clauses[kept]):
        kept += 1
    if kept == len(clauses):  # no figure anywhere: only a very long title is cut
        kept = 1 if len(title) > HEADING_LONG else len(clauses)
    kept = max(kept, 1)
    return "".join(c + (marks[i] if i < kept - 1 else "") for i, c in enumerate(clauses[:kept]))


@dataclass
class NodeView:
    """A plan node with what the summary says under it."""

    node: PlanNode
    results: list[ResultView]
    notes: list[ProgressNote]
    children: list[NodeView] = field(default_factory=list)
    number: int = 1  # position among its siblings, 1-based
    depth: int = 1  # 1 = part under the summary's 一、
    # the names of the targets this item states that were written under an earlier item (主要目标):
    # an item with nothing else asks for its progress, not for data it has (qa24 F6)
    stated_before: list[str] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "node":
            raise AttributeError(name)
        return getattr(self.node, name)

    @property
    def heading_level(self) -> int:
        """Return the document heading level: part 2 （一）, section 3 1., item 3 (under a part or
        the root) or 4 (under a section)."""
        if self.node.level == "条":
            return max(3, min(1 + self.depth, 4))
        return _HEADING_LEVEL.get(self.node.level, 4)

    @property
    def heading_label(self) -> str:
        """Return the number the summary gives this node, by GB/T 9704's levels 一、（一）1.（1）
        under the summary's own 一、: a part （一）, a section 1., an item numbered in the plan
        (1. 2. … even straight through the sections) renumbered among its siblings as 1. or (1)
        by its level; an item labelled in words (一是、二是) keeps its label."""
        level = self.node.level
        if level == "部分":
            return f"（{cn_numeral(self.number)}）"
        if level == "节":
            return f"{self.number}."
        if level == "条" and _NUMBERED.match(self.node.label or ""):
            return f"{self.number}." if self.heading_level == 3 else f"（{self.number}）"
        return self.node.label

    @property
    def heading_title(self) -> str:
        """Return the title as a heading: a plan sentence that goes on to state targets
        ("继续加大…工作力度，专利申请量增长20%以上，滚动培育2家…") is cut before its first clause
        with a figure — the targets are said, with their results, in the text below it."""
        return heading_text(self.node.title or "")

    @property
    def heading_line(self) -> str:
        """Return the heading as set: label and title, a space between a numbered label and a
        title that starts with a figure ("2. 3亿元以上新入库工业项目…", never "2.3亿元…" — qa11 F12)."""
        label, title = self.heading_label or "", self.heading_title
        gap = " " if label[-1:] in (".", "．") and title[:1].isdigit() else ""
        return f"{label}{gap}{title}"

    @property
    def run_in(self) -> str:
        """Return the lead sentence of an item labelled in words with nothing below it
        ("一是加快骨干企业膨胀。"), or "": real year-end summaries run such an item into its
        paragraph ("一是科技创新能力进一步提升。重大科技奖项再创佳绩……") instead of setting it
        as a heading line of its own with one short paragraph under it. An item with nothing to
        say is the lead alone, with the staff marker after it."""
        if self.children or not _WORD_ORDINAL.match(self.node.label or ""):
            return ""
        title = self.heading_title.strip()
        if not title:
            return ""
        return f"{self.node.label}{title}" + ("" if title[-1] in "。；！？" else "。")

    @property
    def empty(self) -> bool:
        """Return True when nothing is known about this node or below it (needs a marker)."""
        return not self.results and not self.notes and all(c.empty for c in self.children)

    @property
    def groups(self) -> list[list[ResultView]]:
        """Return this node's results cut into sentences (see ``sentence_groups``)."""
        return sentence_groups(self.results)

    @property
    def departments(self) -> list[str]:
        """Return the departments responsible for this node's targets, in order."""
        seen: list[str] = []
        for r in self.results:
            dep = r.department or (r.target.department if r.target else "")
            if dep and dep not in seen:
                seen.append(dep)
        return seen


def node_view(report: YearReport, node: PlanNode, number: int = 1, depth: int = 0) -> NodeView:
    """Return the view of ``node`` and its descendants."""
    own = own_results(report, node.code)
    view = NodeView(
        node=node,
        results=group_results(own),
        notes=report.notes_for(node.code),
        number=number,
        depth=depth,
        stated_before=list(dict.fromkeys(
            r.plain_name for r in report.results_for(node.code) if r not in own and r.value is not None)),
    )
    children = [c for c in node.children if not _guidance_only(report, c)]
    view.children = [node_view(report, c, i, depth + 1) for i, c in enumerate(children, 1)]
    return view


def own_results(report: YearReport, code: str) -> list[IndicatorResult]:
    """Return the results plan item ``code`` states: a target whose 所属条目 names two items of
    the plan ("一、二.1.3": 工作目标 and the item that restates it) is stated once, under the first
    that is in the plan; the root (主要任务目标) keeps all of its own."""
    results = report.results_for(code)
    if code == report.plan.code:
        return results
    codes = _item_codes(report)
    return [r for r in results
            if next((c for c in r.plan_items if c != report.plan.code and c in codes), code) == code]


def _item_codes(report: YearReport) -> set[str]:
    return {n.code for n in report.plan.walk()}


# a plan's 指导思想 / 总体思路 / 基本原则 part: what guides the work, not work to report on
_GUIDANCE = re.compile(r"^(?:指导思想|总体思路|基本思路|工作思路|总体要求|基本原则|指导原则)")


def _guidance_only(report: YearReport, node: PlanNode) -> bool:
    """Return True for a guiding-principles part with no targets, notes or children: the year-end
    summary leaves it out rather than ask departments for progress on it."""
    return (
        bool(_GUIDANCE.match(node.title or ""))
        and not node.children
        and not report.results_for(node.code)
        and not report.notes_for(node.code)
    )
