"""How many decimals a percentage indicator shows, the same in the summary's text, its annexes,
the county notices and the mail (QA6 F9, F12).

A share below 10 % (全社会R&D经费投入强度 1.82%, 企业研发投入占营业收入比重 3.25%) is published with
two decimals, and so are its change and its gap to the target (比上年提高0.10个百分点，低于年度目标
0.38个百分点); a target typed with two decimals (2.25%) asks for two as well. Larger shares
(高新技术产业产值占比 27.1%) and growth rates keep the text layer's own rounding.

A county column (附件2, the county notices, 图2) has one precision: the most any county's typed
figure shows (0.031亿元 beside 0.030), more while counties ranked apart would show alike (QA7 F12).
"""

from __future__ import annotations

import weakref

from kjreport import text as tx
from kjreport.model import IndicatorResult
from kjreport.text.numbers import round_half_up, shown_decimals

SMALL_SHARE = 10.0  # %: a share below this is written with two decimals
SHARE_DECIMALS = 2
MOST_TIE_DECIMALS = 3  # ranks apart are told apart up to this many decimals, not beyond
RANK_EXTRA_DECIMALS = 2  # decimals a county column may add so that its ranks can be told apart


def percent_decimals(result: IndicatorResult) -> int:
    """Return the decimals every figure of ``result`` shows at least (0: no constraint): two for
    a share below ``SMALL_SHARE`` or one whose target or 争取值 is typed with two decimals — not
    for a share without county figures typed with one decimal this year and last (3.8%, 6.2%)."""
    if result.unit != "%":
        return 0
    target = result.target
    if target is not None and target.kind == "增速":  # a growth, not a share
        return 0
    # a 提高 target's 0.1 is a change, not a typed share; the shares themselves still show as
    # shares (2.47%, never 2.5% beside the same unit's 2.47% — qa12b F1)
    typed = [getattr(target, "value", None), getattr(target, "stretch", None)] \
        if target is not None and target.kind != "提高" else []
    if any(tx.is_number(t) and shown_decimals(tx.number(t, 2, trim=True)) >= 2 for t in typed):
        return SHARE_DECIMALS
    if result.kind != "ratio":
        return 0
    if not result.counties and all(shown_decimals(tx.number(float(v), 2, trim=True)) <= 1
                                   for v in (result.value, result.previous) if tx.is_number(v)):
        return 0  # a share a 科室 typed with one decimal (逾期结题率 3.8, 上年 6.2): 3.8%, not 3.80% (qa11 F32)
    size = result.value if tx.is_number(result.value) else max(
        (float(c.value) for c in result.counties if tx.is_number(c.value)), default=None)
    return SHARE_DECIMALS if size is not None and 0 < abs(float(size)) < SMALL_SHARE else 0


def amount_decimals(result: IndicatorResult) -> int:
    """Return the decimals a figure in a unit other than % shows at least: as many as its target
    (or 争取值) is typed with, in the same unit, but no more than the figure has itself (技术合同成交额
    38.65亿元 against a target of 35.32亿元, never 38.7 beside it — qa20 F1; 142.6亿元 stays 142.6);
    0 when there is no such constraint (a growth or 提高 target, another unit)."""
    target = result.target
    if (result.unit == "%" or target is None or target.unit != result.unit
            or target.kind in ("增速", "提高") or not tx.is_number(result.value)):
        return 0
    typed = max((_typed(t) for t in (target.value, target.stretch) if tx.is_number(t)), default=0)
    return min(typed, _typed(result.value)) if typed else 0


def city_decimals(result: IndicatorResult) -> int:
    """Return the decimals an amount's city figure shows at least in the text and 附件1 so that
    they say the figure 附件2's 全市 row shows at its column's precision (``county_decimals``):
    技术合同交易额 26.42亿元 beside counties of 2.41 and 0.86, never 26.4 in the text (qa21 F7);
    trailing zeros dropped (812.0 there is 812 in the text, 9.40 is 9.4). 0 for a share, for a
    新增 target (the row shows the increment) and without county figures."""
    target = result.target
    if (result.unit == "%" or not result.counties or not tx.is_number(result.value)
            or (target is not None and target.kind in ("新增", "净增"))):
        return 0
    decimals = county_decimals(result)
    return shown_decimals(tx.number(float(result.value), decimals, trim=True)) if decimals else 0


def _typed(value: float) -> int:
    """Return the decimals ``value`` is typed with, up to two (a sum's float noise dropped)."""
    return shown_decimals(tx.number(float(value), 2, trim=True))


def county_decimals(result: IndicatorResult) -> int:
    """Return the decimals every county figure of ``result`` shows (附件2's column, the county
    notices' sentence and table): the most any county's figure shows on its own (0.031 and 0.030
    亿元, never 0.03 twice), at least ``percent_decimals``; and up to ``RANK_EXTRA_DECIMALS`` more
    while two counties ranked apart would still show the same figure (0.161% 5th and 0.156% 6th,
    not 0.16% twice — QA7 F12: a rank looks arbitrary beside equal figures). Computed once per
    result (every county notice asks)."""
    memo = _memo(result)
    if memo is None:  # not weak-referenceable: not remembered
        return _county_decimals(result)
    if "county" not in memo:
        memo["county"] = _county_decimals(result)
    return memo["county"]


def county_figure_decimals(result: IndicatorResult, value: float | None) -> int:
    """Return the decimals a sentence shows one county's ``value`` with: ``county_decimals``
    (the figure 附件2 shows), trailing zeros dropped for an amount (2.54亿元, 1.9亿元, 70亿元 —
    not 70.0亿元) but kept for a share (1.30% beside 1.82%, QA6 F9)."""
    if result.unit == "%" and tx.is_number(value):
        return _own_share_decimals(result, float(value))
    decimals = county_decimals(result)
    if result.unit == "%" or not tx.is_number(value):
        return decimals
    text = tx.number(value, decimals, trim=True)
    return shown_decimals(text)


def _own_share_decimals(result: IndicatorResult, value: float) -> int:
    """Return the decimals one county's share shows in a sentence: the share's own precision
    (``percent_decimals``, or as typed), more only while this county would show the same figure
    as a county ranked apart from it in its group (QA9 F12: 0.28% in a notice, not 0.276% because
    two other counties tie at two decimals; QA7 F12: never one figure at two ranks)."""
    memo = _memo(result)
    ties = memo.get("ties") if memo is not None else None
    if ties is None:
        ties = _ShareTies(result)  # every county notice asks: the column is looked at once
        if memo is not None:
            memo["ties"] = ties
    return ties.decimals(value)


class _ShareTies:
    """``_own_share_decimals`` of one result for any county's value, without a walk over all its
    counties per call: the counties by value, and per group and decimals the ranks showing each
    rounded figure (made when first needed)."""

    def __init__(self, result: IndicatorResult) -> None:
        self.unit = result.unit  # not the result itself: the memo must not keep it alive
        self.typed = _typed_decimals(result)
        self.first: dict[float, object] = {}  # a value → the first county holding it
        self.ranked: dict[object, list[tuple[float, object]]] = {}  # group → (value, rank) of its ranked counties
        for c in result.counties:
            if tx.is_number(c.value):
                self.first.setdefault(float(c.value), c)
                if c.rank is not None:
                    self.ranked.setdefault(getattr(c, "group", None), []).append((float(c.value), c.rank))
        self.shown: dict[tuple[object, int], dict[object, set]] = {}  # (group, decimals) → figure → ranks

    def decimals(self, value: float) -> int:
        decimals = self.typed
        own = self.first.get(value)
        if own is None or own.rank is None:
            return decimals
        if _published_share(self, decimals, [value]):  # reads only ``unit``
            return decimals
        group = getattr(own, "group", None)
        most = min(decimals + RANK_EXTRA_DECIMALS, max(decimals, MOST_TIE_DECIMALS))
        while decimals < most and self._tied(group, decimals, value, own.rank):
            decimals += 1
        return decimals

    def _tied(self, group: object, decimals: int, value: float, rank: object) -> bool:
        """True when a county of ``group`` ranked other than ``rank`` shows ``value``'s figure."""
        shown = self.shown.get((group, decimals))
        if shown is None:
            shown = {}
            for v, r in self.ranked.get(group, ()):
                shown.setdefault(round_half_up(v, decimals), set()).add(r)
            self.shown[(group, decimals)] = shown
        return any(r != rank for r in shown.get(round_half_up(value, decimals), ()))


# result → (weak ref, its counties list, their number, what was worked out of its county column)
_MEMO: dict[int, tuple] = {}


def _memo(result: IndicatorResult) -> dict | None:
    """Return the dict remembering what was worked out of ``result``'s county column (kept while
    the result lives and its counties list is the same), or None when it cannot be remembered."""
    key = id(result)
    hit = _MEMO.get(key)
    if hit is not None and hit[0]() is result and hit[1] is result.counties and hit[2] == len(result.counties):
        return hit[3]
    try:
        ref = weakref.ref(result, lambda _, k=key: _MEMO.pop(k, None))
    except TypeError:
        return None
    memo: dict = {}
    _MEMO[key] = (ref, result.counties, len(result.counties), memo)
    return memo


def _typed_decimals(result: IndicatorResult) -> int:
    """Return the most decimals any county's figure of ``result`` shows on its own (at least
    ``percent_decimals``): the column's precision before ranks are told apart."""
    floor = percent_decimals(result)
    return max((shown_decimals(tx.plain(float(c.value), result.unit, at_least=floor))
                for c in result.counties if tx.is_number(c.value)), default=floor)


def _county_decimals(result: IndicatorResult) -> int:
    values = [c for c in result.counties if tx.is_number(c.value)]
    decimals = _typed_decimals(result)
    groups: dict[object, list[tuple[float, int | None]]] = {}  # ranked within 排名分组 groups
    for c in values:
        groups.setdefault(getattr(c, "group", None), []).append((float(c.value), c.rank))
    ranked = [sorted(g, key=lambda vr: vr[0]) for g in groups.values()]
    if _published_share(result, decimals, [float(c.value) for c in values]):
        return decimals
    most = min(decimals + RANK_EXTRA_DECIMALS, max(decimals, MOST_TIE_DECIMALS))  # 3.192%, never 3.1923%
    while decimals < most and any(_ranks_look_tied(g, decimals) for g in ranked):
        decimals += 1
    return decimals


def _published_share(result: IndicatorResult | _ShareTies, decimals: int, values: list[float]) -> bool:
    """Return True for a share of 1 % or more already shown with ``SHARE_DECIMALS``: as the text
    and 附件1 print it (3.43%, 3.14%), never 3.136% to tell two ranks apart (qa11 F14) — a third
    decimal of a computed ratio is precision the statistics do not have."""
    return result.unit == "%" and decimals >= SHARE_DECIMALS and all(abs(v) >= 1 for v in values)


def _ranks_look_tied(ranked: list[tuple[float, int | None]], decimals: int) -> bool:
    """Return True when two neighbours of ``ranked`` (value, rank) sorted by value hold different
    ranks but show the same figure at ``decimals``."""
    for (a, rank_a), (b, rank_b) in zip(ranked, ranked[1:], strict=False):
        if rank_a != rank_b and rank_a is not None and rank_b is not None and a != b \
                and round_half_up(a, decimals) == round_half_up(b, decimals):
            return True
    return False


def tie_shown_figures(results: list[IndicatorResult]) -> None:
    """Give counties ranked apart whose figures still show alike at their column's precision one
    rank (并列), in place: 0.61112 and 0.61138亿元 are both 0.611 at the most decimals a column
    takes (``MOST_TIE_DECIMALS``), so a reader sees one figure — never at 6th and 7th. The ranks
    are then those of the figures as shown; the column, asked again, needs no extra decimals for
    them. Counties ranked by their growth (``by_growth``) keep their ranks."""
    from dataclasses import replace

    for result in results:
        counties = result.counties
        if not counties or any(c.by_growth for c in counties):
            continue
        groups: dict[object, list[int]] = {}
        for i, c in enumerate(counties):
            if c.rank is not None and tx.is_number(c.value):
                groups.setdefault(c.group, []).append(i)
        if not any(_close_apart(counties, members) for members in groups.values()):
            continue  # no two ranked apart within a hundredth: the column's decimals tell them apart
        decimals = county_decimals(result)
        moved: dict[int, int] = {}  # index in counties → its shared rank
        for members in groups.values():
            members.sort(key=lambda i: counties[i].rank)
            run_rank, run_shown = None, None
            for i in members:
                c = counties[i]
                shown = round_half_up(float(c.value), decimals)
                if run_shown is not None and shown == run_shown:
                    if c.rank != run_rank:
                        moved[i] = run_rank
                else:
                    run_rank, run_shown = c.rank, shown
        if moved:
            result.counties = [replace(c, rank=moved[i]) if i in moved else c for i, c in enumerate(counties)]


def _close_apart(counties: list, members: list[int]) -> bool:
    """Return True when two of ``members`` (indexes into ``counties``) next to each other by value
    hold different ranks less than 0.01 apart — the most two figures that show alike at a column's
    fewest decimals (two, at ``MOST_TIE_DECIMALS``) can differ. Cheap: no figure is formatted."""
    ranked = sorted((float(counties[i].value), counties[i].rank) for i in members)
    return any(rank_a != rank_b and b - a < 0.01
               for (a, rank_a), (b, rank_b) in zip(ranked, ranked[1:], strict=False))


def column_decimals(cells: list[str]) -> int:
    """Return the decimals the cells of one table column should all show: the most any of them
    shows (0.99 beside 1 and 0.5 → two: 0.99, 1.00, 0.50)."""
    return max((shown_decimals(c) for c in cells if c[-1:].isdigit()), default=0)


def county_column_decimals(result: IndicatorResult, style: tx.NumberStyle = tx.DEFAULT_STYLE) -> int:
    """Return the decimals ``result``'s county figures show as one table column, as 附件2's
    column does (the most any figure shows, at least ``county_decimals``): the 指标结果 sheet's
    county block shows them so, never 0.1 in Excel beside 附件2's 0.10 (qa14a F9)."""
    least = percent_decimals(result)
    figures = [c.value for c in result.counties if tx.is_number(c.value)]
    if tx.is_number(result.value):
        figures.append(result.value)  # 附件2's first row: the whole city's or county's figure
    cells = [tx.plain(v, result.unit, style, (), least) for v in figures]
    return max(column_decimals(cells), county_decimals(result))
