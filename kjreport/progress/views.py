"""Read-only views of a ``ProgressReport`` for the 进度通报 templates.

Templates see plain attributes; every computed number is a ``Num`` carrying its provenance (the
cells it came from, how it was computed) so a draft document can comment it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kjreport import text as tx
from kjreport.model import INCREMENT_WORDS, increment_name
from kjreport.progress import model as m
from kjreport.progress.model import ProgressItem, ProgressReport
from kjreport.summary.bulletin import county_names, reporting_units
from kjreport.summary.facts import heaviest
from kjreport.summary.units import (
    city_addressee,
    document_word,
    has_streets,
    town_addressee,
    unit_words,
    zones_under_committee,
)
from kjreport.templating import Num, num

MAX_HEADLINES = 5
# names of things counted (a stock's units): with none yet the notice says 尚未新增…
_COUNTED_THINGS = ("企业", "实验室", "中心", "平台", "机构", "基地", "站", "园", "园区", "所", "团队", "人才",
                   "孵化器", "空间", "载体", "联盟", "院", "专家", "特派员")


@dataclass
class ItemView:
    """One target's standing as templates see it."""

    item: ProgressItem
    pair: ItemView | None = None  # the other target of the same indicator, told in one clause

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name == "item":
            raise AttributeError(name)
        return getattr(self.item, name)

    @property
    def lagged(self) -> bool:
        """Return True when the figure is the lagging 科室数据 row's, of an earlier year (数据年度),
        not a month's figure from 月度数据."""
        r = self.item.result
        return bool(r.data_year and r.data_lag) and not self.item.value_source.startswith("月度数据")

    @property
    def name(self) -> str:
        """Return the indicator's name, with "（2024年数据，统计数据滞后一年）" when its figure is of
        an earlier year: a lagged figure is never told as this year's (qa10 F24)."""
        if not self.lagged:
            return self.item.name
        r = self.item.result
        return f"{self.item.name}（{tx.data_year(r.data_year, r.data_year + r.data_lag)}）"

    @property
    def said_name(self) -> str:
        """Return the indicator's name as a clause of the overview says it: a growth or a change
        target by its indicator (R&D经费投入强度比上年提高…, never …（提高）比上年提高 — qa12b F33)."""
        if self.item.measure in ("增速", "提高"):
            return self.item.result.plain_name
        return self.item.name

    @property
    def bare_name(self) -> str:
        """Return the indicator's name without its data year: for a sentence that says the year
        once, after the figure or after a list of names (qa11b F7, F8)."""
        return self.item.name

    @property
    def data_year(self) -> int | None:
        """Return the year of a lagged figure (数据年度), None for this year's."""
        return self.item.result.data_year if self.lagged else None

    def _num(self, value: float | None, what: str, formula: str = "",
             near: tuple[float, ...] = (), decimals: int = 0) -> Num | None:
        parts = [f"{self.item.name}·{what}"]
        if formula:
            parts.append(f"计算：{formula}")
        if self.item.value_source:
            parts.append(f"来源：{self.item.value_source}")
        return num(value, "；".join(parts), near, decimals)

    @property
    def share_decimals(self) -> int:
        """Return the decimals a share's figure, target and gap show (two for 1.68% of a 2.02%
        target, as the summary writes them: one precision per figure — QA9 F12); an amount's, those
        of its typed target (18.65亿元 of 35.32亿元, qa20 F1); else 0."""
        from kjreport.progress.document import amount_places
        from kjreport.summary.precision import percent_decimals

        if self.item.measure != "总量":
            return 0
        return percent_decimals(self.item.result) or amount_places(self.item)

    @property
    def ratio_gap(self) -> Num | None:
        """Return the distance of a share from its target (个百分点, no sign) at the share's precision."""
        g = self.item.gap
        return self._num(abs(g) if g is not None else None, "与年度目标相差", "累计 − 年度目标",
                         decimals=self.share_decimals)

    @property
    def value(self) -> Num | None:
        """Return what is compared with the target at the month: the cumulative figure, the
        increment (新增), the growth % (增速) or the change (提高)."""
        what = {"增速": "累计增速", "提高": "比上年提高", "新增": "累计新增"}.get(self.item.measure, "累计")
        formula = ""
        if self.item.measure == "增速" and self.item.base is not None:
            formula = f"（累计数 ÷ 上年同期 {self.item.base:g} − 1）× 100%"
        elif self.item.base is not None:
            formula = f"累计数 − 上年数 {self.item.base:g}"
        return self._num(self.item.value, f"{self.item.month}月{what}", formula, target_figures(self.item),
                         self.share_decimals)

    @property
    def figure(self) -> Num | None:
        """Return the cumulative amount behind a growth or an increment (3.9亿元 of 增长8.5%)."""
        return self._num(self.item.figure, f"{self.item.month}月累计数")

    @property
    def is_growth(self) -> bool:
        """Return True when the target is a growth rate (增长10%): value is the 累计增速."""
        return self.item.measure == "增速"

    @property
    def is_change(self) -> bool:
        """Return True when the target is a change (提高0.2个百分点): value is the change."""
        return self.item.measure == "提高" and not self.rank_rise

    @property
    def rank_rise(self) -> bool:
        """Return True when the target is a rise in rank (排名提升1位): value is the places moved up,
        figure the place itself (居第25位)."""
        return self.item.measure == "提高" and self.item.result.is_rank

    @property
    def period_average(self) -> bool:
        """Return True when the growth target is a plan period's 年均增长 (目标类型 年均增速):
        the templates call it 年均增长18%, never 年度目标."""
        t = self.item.result.target
        return bool(t is not None and t.period_average)

    @property
    def target(self) -> Num | None:
        """Return the annual target."""
        t = self.item.result.target
        return num(t.value, f"{self.item.name}·年度目标；来源：{t.cell}") if t else None  # as typed: 0.8%, 2.02%

    @property
    def completion(self) -> Num | None:
        """Return 完成率 (% of the annual target; a stock's: % of its planned increase)."""
        how = "累计完成 ÷ 年度目标 × 100%"
        if self.item.paced_by:
            how = f"按{self.item.paced_by}的完成率"
        elif self.item.stock:
            how = "（累计数 − 上年末数）÷（年度目标 − 上年末数）× 100%"
        return self._num(self.item.completion, "完成率", how)

    @property
    def increase(self) -> Num | None:
        """Return a stock's increase since last year's end (value − 上年末数)."""
        return self._num(self.item.increase, "比上年末增加", f"累计数 − 上年末数 {self.item.base or 0:g}")

    @property
    def decrease(self) -> Num | None:
        """Return how much a shrinking item fell since last year's end (positive; see
        ``ProgressItem.shrinking``), or None."""
        base = self.item.base if self.item.base is not None else 0
        return self._num(self.item.decrease, "比上年末减少", f"上年末数 {base:g} − 累计数")

    @property
    def decrease_of(self) -> str:
        """Return the indicator whose total fell: the stock itself, or the one a 新增 target
        counts (高新技术企业 of 新增高新技术企业)."""
        t = self.item.result.target
        return t.indicator if self.item.measure == "新增" and t is not None else self.item.name

    @property
    def added_name(self) -> str:
        """Return what a 新增 target adds, as "尚未…" says it: 新增高新技术企业, 新引进高层次人才团队
        (a row already named so is not 新增新增…, qa11 F29)."""
        return increment_name("新增", self.decrease_of)

    @property
    def none_yet(self) -> bool:
        """Return True for a 总量 count or amount of which nothing is done yet (0家 at 9月): the notice
        says "尚未新增省级重点实验室（年度目标2家）", not "达到0家，完成年度目标的0.0%" (qa11 F15)."""
        return (self.item.value == 0 and self.item.measure in ("总量", "累计")
                and not self.is_ratio and self.item.result.target is not None)

    @property
    def zero_phrase(self) -> str:
        """Return how nothing done yet is said: 尚未新增 a thing counted (平台、企业、机构), else
        "{name}尚无进展" (新型研发机构优化重组, 项目投资额)."""
        name = self.item.name
        if name.startswith(INCREMENT_WORDS) or self.is_stock or name.endswith(_COUNTED_THINGS):
            return "尚未" + increment_name("新增", name)
        return f"{name}尚无进展"

    @property
    def planned_increase(self) -> Num | None:
        """Return a stock's planned increase (target − 上年末数)."""
        return self._num(self.item.planned_increase, "计划增量", f"年度目标 − 上年末数 {self.item.base or 0:g}")

    @property
    def paced_stock(self) -> bool:
        """Return True for a stock judged by its increase against 序时进度 (see assess)."""
        return self.item.stock and self.item.expected is not None and self.item.completion is not None

    @property
    def held_stock(self) -> bool:
        """Return True for a stock whose target was already reached last year: a level to hold."""
        return self.item.stock and self.item.expected is None and self.item.value is not None

    @property
    def expected(self) -> Num | None:
        """Return the expected share (%) at the month."""
        how = "时间节点" if self.item.by_schedule else "月份 ÷ 12 × 100%"
        return self._num(self.item.expected, "应完成进度", how)

    @property
    def behind(self) -> Num | None:
        """Return how far behind the expected share it is (个百分点, positive)."""
        a = self.item.ahead_pp
        # one decimal as the table's 快/慢 column shows it: 35.0, never 35 beside 22.5 (qa10 F16)
        return self._num(-a if a is not None else None, "慢于进度", "应完成进度 − 完成率", decimals=1)

    @property
    def ahead(self) -> Num | None:
        """Return how far ahead of the expected share it is (个百分点)."""
        return self._num(self.item.ahead_pp, "快于进度", "完成率 − 应完成进度", decimals=1)

    @property
    def shortfall(self) -> Num | None:
        """Return what is still missing to the annual target (unit of the target)."""
        g = self.item.gap
        return self._num(-g if g is not None and g < 0 else None, "距年度目标", "年度目标 − 累计完成",
                         decimals=0 if self.item.unit == "%" else self.share_decimals)  # 尚差16.67亿元 of 35.32 (qa20 F1)

    @property
    def total(self) -> ItemView | None:
        """Return the stock target told within this 新增 target's item (``ProgressItem.total``)."""
        return ItemView(self.item.total) if self.item.total is not None and self.item.total.folded else None

    @property
    def trend(self) -> Num | None:
        """Return the change of 完成率 since the previous report (个百分点)."""
        return self._num(self.item.trend_pp, "较上次通报", "本次完成率 − 上次完成率", decimals=1)

    @property
    def is_ratio(self) -> bool:
        """Return True when compared with the target directly (shares, ≤ targets)."""
        return self.item.expected is None and not self.item.full_year

    @property
    def is_stock(self) -> bool:
        """Return True for a stock (高新技术企业数, 科技特派员): a level reached, not work done."""
        from kjreport.indicators.stock import LEVEL_KINDS, indicator_kind, is_stock

        if self.item.stock or self.item.reached:
            return True
        if self.item.measure != "总量":
            return False  # a 新增 target counts what was added, whatever the indicator
        # the rule the in-year 通报 paced it by, on an in-year figure (at the year's end a flow is
        # near last year's total too): 达到 at the year's end as in June
        earlier = [v for m, v in self.item.history.items() if m < min(self.item.month, 12)]
        if any(is_stock(self.item.result, v, self.item.name) for v in earlier):
            return True
        # a level (总数, per-head figure, index, 位次) is reached (达到), never 完成 over the year
        return indicator_kind(self.item.name) in (*LEVEL_KINDS, "指数", "位次")

    @property
    def milestone_text(self) -> str:
        """Return the text milestone due by this month, or ""."""
        m = self.item.milestone
        return m.text if m and m.text else ""


def target_figures(item: ProgressItem) -> tuple[float, ...]:
    """Return the target figures (目标值, 争取值, 区间上限) ``item.value`` is compared with: it
    is never shown rounded onto or across them (3.04% beside a 3% target, as the summary says it)."""
    t = item.result.target
    if t is None:
        return ()
    return tuple(x for x in (t.value, t.stretch, t.upper) if x is not None)


def not_comparable_text(items: list[ItemView]) -> str:
    """Return the 不可比 items counted by their reason: "1项因统计口径变化不可比，2项缺少上年末数、
    暂不可比" — a stock without last year's end is not a change of 口径."""
    reasons: dict[str, int] = {}
    for v in items:
        if v.verdict != "不可比":
            continue
        if v.item.stock:
            why = "缺少上年末数、暂不可比"
        elif v.item.result.status == "不可比":
            why = "因统计口径变化不可比"
        else:
            why = "因上年同期为零不可比"
        reasons[why] = reasons.get(why, 0) + 1
    return "，".join(f"{n}项{why}" for why, n in reasons.items())


PACE_GAIN = 5.0  # 个百分点 more than the schedule's rise from which progress has 明显加快


class Improvement(tuple):
    """(names, rise) of items whose 完成率 rose alike since the previous report, with ``gain``:
    how much more than 序时进度 it rose (个百分点)."""

    gain: Num | None

    def __new__(cls, names: list[str], rise: Num | None, gain: Num | None) -> Improvement:
        self = super().__new__(cls, (names, rise))
        self.gain = gain
        return self


def _past_target(item: ProgressItem) -> bool:
    """Return True when ``item`` was already at or above its annual target at the previous
    report (完成率 ≥ 100 %), or is a stock whose 完成率 says nothing (``beyond_target``): its
    rise is no 进度加快 (QA7 F15: never "科技特派员完成率提高350个百分点…进度明显加快")."""
    done_before = item.previous_completion is not None and item.previous_completion >= 100
    return done_before or item.beyond_target


def improved_groups(items: list[ItemView], most: int = 3) -> list[Improvement]:
    """Return the items whose pace quickened most since the previous report — whose 完成率 rose
    at least ``PACE_GAIN`` points more than 序时进度 did (a rise that only keeps up with the
    calendar is no quickening), and that were not already past their annual target — those with
    the same rise and gain (to one decimal) grouped: [(names, rise)], the largest rise first."""
    rising = sorted(
        (v for v in items if v.item.pace_gain_pp is not None and v.item.pace_gain_pp >= PACE_GAIN
         and not _past_target(v.item)),
        key=lambda v: -v.item.trend_pp,
    )[:most]
    groups: list[Improvement] = []
    for v in rising:
        last = groups[-1] if groups else None
        if (last is not None and round(last[1], 1) == round(v.item.trend_pp, 1)
                and round(last.gain, 1) == round(v.item.pace_gain_pp, 1)):
            last[0].append(v.name)
        else:
            gain = v._num(v.item.pace_gain_pp, "较上次通报快于序时进度", "完成率提高 − 序时进度提高",
                          decimals=1)  # computed percentages: always one decimal (qa12b F18)
            groups.append(Improvement([v.name], v.trend, gain))
    return groups


def paired(key: list[ItemView]) -> list[ItemView]:
    """Return ``key`` with the second target of one indicator (R&D强度 提高0.1个百分点 and 达3.69%)
    told in the first one's clause (``ItemView.pair``): one indicator, one name (qa12b F33)."""
    out: list[ItemView] = []
    by_name: dict[str, ItemView] = {}
    for v in key:
        first = by_name.get(v.item.result.plain_name)
        if first is not None and first.pair is None:
            first.pair = v
            continue
        by_name.setdefault(v.item.result.plain_name, v)
        out.append(v)
    return out


def progress_context(report: ProgressReport) -> dict[str, Any]:
    """Return what every 进度通报 template sees."""
    items = [ItemView(i) for i in report.judged]  # a stock paced by its 新增 target: in that item
    counted = [v for v in items if v.verdict not in ("待补充", "不可比", m.ANNUAL)]
    # a stock paced by its 新增 target says the same as that target: quoted once
    headline = [v for v in items if v.headline and v.item.value is not None and not v.item.paced_by]
    # the few that matter: the heaviest of the plan's 主要任务目标 (by ``weight``, in the plan's
    # order) — not its first rows, nor the extremes, which may be minor ones (QA S13); those behind
    # (红) have their own paragraph in 二, said once there (QA4 F12c)
    key = heaviest([v for v in headline if v.verdict not in ("待补充", "不可比") and v.band != m.RED],
                   MAX_HEADLINES, lambda v: v.item.result)
    key = paired(key)
    settings = report.report.settings
    return {
        "settings": settings,
        **unit_words(settings),  # domain 科技, unit_bureau 科技主管部门, offices 各科室 (or a government's)
        "year": settings.year,
        "month": report.month,
        "period": report.period,
        "year_end": report.month >= 12,
        "items": items,
        "targets": len(report.items),  # 附件1's rows: each target, folded stocks too
        "folded": [ItemView(i) for i in report.folded],
        "counted": counted,
        "green": [v for v in counted if v.band == "绿"],
        "done": [v for v in counted if v.verdict == "已完成全年目标"],
        "yellow": [v for v in counted if v.band == "黄"],
        # one scale with the 附件's 进度判断: 略慢 (paced) and 接近 (compared with the target itself)
        "slow": [v for v in counted if v.verdict == m.LAGGING_SLIGHTLY],
        "near": [v for v in counted if v.verdict == m.NEAR],
        "behind": [v for v in counted if v.verdict == m.LAGGING],
        "missed": [v for v in counted if v.verdict == m.MISSED],
        "red": [v for v in counted if v.band == "红"],
        "missing": [v for v in items if v.verdict == "待补充"],
        "annual": [v for v in items if v.verdict == m.ANNUAL],  # 年度统计数据，年底后公布
        "not_due": [v for v in counted if v.verdict == "未到时间节点"],
        "not_comparable": [v for v in items if v.verdict == "不可比"],
        "not_comparable_text": not_comparable_text(items),
        "lagging": [ItemView(i) for i in report.lagging if i.band == "红"],
        "slightly": [ItemView(i) for i in report.lagging if i.band == "黄"],
        "key": key,
        "improved": improved_groups(items),
        "previous_month": max((i.previous_month for i in report.items if i.previous_month), default=None),
        "threshold": report.lag_threshold,
        "has_stock": any(i.stock for i in report.items),
        "has_beyond": any(i.beyond_target for i in report.items),  # 完成率 cells say 已超过年度目标
        "has_fell": any(i.shrinking for i in report.items),  # 完成率 cells say 未增长
        "has_counties": bool(report.report.counties),  # a bureau without 县区数据 addresses no 县区
        "county_word": (word := document_word(report.report)),  # 县区, 乡镇, 市州 (a province), 县市 (a 州)
        # who reported, as the county notices say it: 乡镇、大冶湖高新技术产业园区 (qa20 F7)
        "reporting_units": reporting_units(report.report, county_names(report.report), word),
        "county_addressee": city_addressee(report.report, word),  # 主送: 各县区科技主管部门（，××管委会）…
        "street_units": has_streets(report.report),  # 主送 adds 街道办事处 beside 乡镇人民政府
        "town_addressee": town_addressee(report.report),  # 各镇人民政府、街道办事处，××工业区管委会
        "zone_committee": zones_under_committee(report.report),  # a 县/区's 工业区: its 管委会
    }
