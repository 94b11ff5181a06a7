"""How a 总量 target of a stock (企业、平台、园区的总数) is paced in year — one rule for the
指标结果 sheet (``pace_stock_results``) and the 进度通报 (``kjreport.progress.assess``).

A stock is not work done from zero: 9000家 of which 7688 existed in January is not 92.8 % done
by June. In year, a stock with a 新增 target of the same indicator takes that target's pace (one
indicator, one verdict); else its increase since last year's end is measured against the
planned increase (target − 上年末数); with last year's end unknown it is 不可比; a target already
reached at the start of the year is a level to hold. Year-end (December) judging is unchanged.

Pure: results and numbers in, a ``StockPace`` out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kjreport.indicators.assess import pace_gap
from kjreport.indicators.formulas import time_progress
from kjreport.model import IndicatorResult, Settings
from kjreport.workbook.schema import canonical

# how a stock is paced (``StockPace.how``, kept on the result as ``IndicatorResult.stock_pace``)
BY_INCREMENT = "按新增目标"  # takes the pace of the 新增 target of the same indicator
BY_INCREASE = "按比上年末增量"  # increase since last year's end ÷ planned increase
LEVEL = "上年末已达到"  # the target was reached at the start of the year: a level to hold
NO_BASE = "缺少上年末数"  # 不可比

# a month's figure at this share of last year's end or more is a total (存量), not this year's count
STOCK_SHARE = 0.9
# names and units of what is counted afresh every year (流量), even when the figure is high early
_FLOW_WORDS = ("项目", "资金", "经费", "投入", "支出", "收入", "产值", "增加值", "金额", "交易额",
               "成交额", "申请量", "授权量", "培训", "人次", "奖", "成果", "推广")
_FLOW_UNITS = ("亿元", "万元", "元", "项", "件", "期", "次", "人次", "万人次")


@dataclass(frozen=True)
class StockPace:
    """How one stock target is judged in year."""

    how: str  # BY_INCREMENT, BY_INCREASE, LEVEL or NO_BASE
    base: float | None  # 上年末数
    partner: str = ""  # the 新增 target whose pace it takes (BY_INCREMENT)
    completion: float | None = None  # increase ÷ planned increase, % (BY_INCREASE)


# catalogue kinds whose figure is a level at a date, not this year's count: totals (存量) and
# per-head figures (强度: 每万人发明专利拥有量 = 年末有效发明专利 ÷ 年末人口), which in June are
# already near last year's end — measured, like stocks, from 上年末
LEVEL_KINDS = ("存量", "强度")
# a per-head figure (每万人…, 每万名就业人员中…, 每百户…) not in the catalogue is a 强度 too
_PER_HEAD = re.compile(r"^(?:每|万|千|百)(?:十万|万|千|百)?(?:人|名|户|口|常住人口|就业人员)")


def indicator_kind(name: str, *more: str) -> str:
    """Return the catalogue kind (存量, 流量, 比重, 强度 …) of the indicator ``name`` (or of the
    first of ``more`` the catalogue knows), "强度" for an unlisted per-head figure, or ""."""
    from kjreport.indicators.catalogue import load_catalogue

    catalogue = load_catalogue()
    for n in (name, *more):
        if n and (entry := catalogue.find(n)) is not None:
            return entry.kind
    return "强度" if any(n and _PER_HEAD.match(n) for n in (name, *more)) else ""


def counted_afresh(first: float | None, base: float | None) -> bool:
    """Return True when the year's first monthly figure (月度数据) is far below last year's
    (under 90 %): the row counts from January — 引进人才 3 in January against 64 — which a stock,
    already near its level in January, never does. In a mid-year book 上年数 is 上年同期, so a
    flow's September figure is near it too and the value alone cannot tell (qa12b F5)."""
    return first is not None and base is not None and base > 0 and first < STOCK_SHARE * base


def is_stock(result: IndicatorResult, value: float | None, name: str = "", first: float | None = None,
             same_period: bool = False) -> bool:
    """Return True when a 总量 target counts a level (企业、平台、园区的总数, a per-head 拥有量)
    rather than this year's work: the plan states it as 累计; or the indicator's kind says so —
    the catalogue's 存量 or 强度 (``LEVEL_KINDS``) — and ``value`` (the month's figure) is near
    last year's end (≥ 90 %); or, for an indicator of no known kind, it is not a flow by name or
    unit and ``value`` is near last year's end — a flow counted from January would be far below
    it. A stock with no 上年末数 is only recognised by 累计 or by its kind. ``first`` (the year's
    first 月度数据 figure, when known) far below last year's marks a flow (``counted_afresh``).
    ``same_period``: last year's figure is 上年同期 (a mid-year book), so a figure near it says
    nothing — 18篇 of 论文 in September beside 17 last September is a flow; without a first month
    to tell, an indicator of no known kind is not taken for a stock (qa16 F16)."""
    t = result.target
    name = name or result.name
    if t is None or value is None:
        return False
    if t.kind == "累计":
        return True
    kind = indicator_kind(t.indicator, name)
    base = result.previous
    if base is None:
        return kind in LEVEL_KINDS
    if (kind and kind not in LEVEL_KINDS) or base <= 0:
        return False
    if not kind:
        unit = t.unit or result.unit
        if unit in _FLOW_UNITS or any(w in name for w in _FLOW_WORDS) or counted_afresh(first, base):
            return False
        if same_period and first is None:
            return False
    return value >= STOCK_SHARE * base


def stock_completion(value: float, base: float | None, target: float) -> float | None:
    """Return a stock's 完成率 at ``value``: its increase since last year's end (``base``) as a
    % of the planned increase (``target`` − base); None when that cannot be computed."""
    if base is None or target - base <= 0:
        return None
    return (value - base) / (target - base) * 100


def increment_key(result: IndicatorResult) -> str | None:
    """Return the indicator a 新增/净增 target counts the increase of (its stock's key), or None."""
    t = result.target
    if t is None or t.kind not in ("新增", "净增"):
        return None
    return canonical(t.indicator)


def stock_pace(result: IndicatorResult, value: float | None, *, name: str = "", partner: str | None = None,
               partner_paced: bool = False, first: float | None = None,
               same_period: bool = False) -> StockPace | None:
    """Return how the 总量 target of ``result`` at ``value`` is paced in year, or None when it
    is not a stock's (a flow keeps value ÷ target against 序时进度).

    ``partner`` names the 新增 target of the same indicator, if the plan has one (its stock is
    then a stock whatever its figures); ``partner_paced`` says that target has a pace to take;
    ``first`` is the year's first 月度数据 figure, if known, and ``same_period`` says last year's
    figure is 上年同期 (see ``is_stock``).
    """
    t = result.target
    if t is None or t.kind not in ("总量", "累计") or value is None:
        return None
    if partner is None and not is_stock(result, value, name, first, same_period):
        return None
    base = result.previous
    if partner is not None and partner_paced:
        return StockPace(BY_INCREMENT, base, partner=partner)
    if base is None:
        return StockPace(NO_BASE, None)
    if t.value - base <= 0:
        return StockPace(LEVEL, base)
    return StockPace(BY_INCREASE, base, completion=stock_completion(value, base, t.value))


def no_base_note(name: str) -> str:
    """Return why a stock without last year's end has no in-year verdict, and what to fill in."""
    return (f"{name}是总数（存量）目标，缺少上年末数，无法判断本年进度；"
            f"请在「科室数据」的上年数中填写{name}上年末数")


def pace_stock_results(results: list[IndicatorResult], settings: Settings,
                       first: Callable[[IndicatorResult], float | None] | None = None) -> None:
    """Re-judge in year (month < 12) the 总量 targets of stocks among ``results`` that were
    judged against 序时进度, by ``stock_pace``: their 状态, 超/慢序时进度 and 说明 then agree
    with the 进度通报's. 完成率 stays value ÷ target (what is done of the year's target).
    ``first`` gives a result's first 月度数据 figure of the year, when the book has one."""
    from kjreport.indicators.assess import judge, pace_status

    if settings.month >= 12:
        return
    partners = {k: r for r in results if (k := increment_key(r)) is not None}
    for r in results:
        if r.time_progress is None or r.completion is None or r.status == "不可比":
            continue
        partner = partners.get(canonical(r.target.indicator)) if r.target is not None else None
        paced = partner is not None and partner.time_progress is not None and partner.ahead_pp is not None
        pace = stock_pace(r, r.value, partner=partner.row_name if partner is not None else None,
                          partner_paced=paced, first=first(r) if first is not None else None,
                          same_period=True)  # (month < 12: the book's 上年数 are 上年同期)
        if pace is None:
            continue
        r.stock_pace = pace.how
        unit = r.unit or r.target.unit
        kept = "" if r.status_note.startswith("按序时进度") else r.status_note  # (the default note)
        if pace.how == BY_INCREMENT:
            r.time_progress, r.ahead_pp, r.status = partner.time_progress, partner.ahead_pp, partner.status
            r.status_note = kept or f"总数目标，按{pace.partner}的序时进度判定"
        elif pace.how == NO_BASE:
            r.time_progress = r.ahead_pp = None
            r.status, r.status_note = "不可比", no_base_note(r.name)
        elif pace.how == LEVEL:
            r.time_progress = r.ahead_pp = None
            reached = r.value >= r.target.value
            r.status = judge(r.value, r.target, r.kind, settings)[0] if reached else "未完成"
            r.status_note = kept or (f"上年末已达到年度目标（{pace.base:g}{unit}），按年度目标判定"
                                     + ("" if reached else "，目前低于年度目标"))
        else:
            tp = time_progress(settings.month)
            r.time_progress, r.ahead_pp = tp, pace_gap(pace.completion, tp)
            r.status = pace_status(r.ahead_pp, settings)
            r.status_note = kept or (_increase_note(r.value - pace.base, r.target.value - pace.base, unit,
                                                    pace.completion)
                                     + f"，按序时进度（{settings.month}个月，{tp:.1f}%）判定")


def _increase_note(increase: float, planned: float, unit: str, completion: float) -> str:
    """Return how a stock stands against its planned increase: 比上年末增加45人，占计划增量95人的
    47.4% — or, below last year's end, 比上年末减少5人，尚未实现增长 (never a negative share)."""
    if increase < 0:
        return f"总数目标，比上年末减少{-increase:g}{unit}，尚未实现增长（计划增量{planned:g}{unit}）"
    return f"总数目标，比上年末增加{increase:g}{unit}，占计划增量{planned:g}{unit}的{completion:.1f}%"
