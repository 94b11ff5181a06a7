"""Facts for 存在的问题 (problems) and the overview: missed targets, declines, lagging counties.

Only selection and ordering happen here; the wording is in ``templates/summary/problems.j2``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kjreport.model import IndicatorResult, YearReport
from kjreport.summary.units import COUNTY_TYPES, county_type  # noqa: F401 (re-exported)
from kjreport.summary.views import CountyView, ResultView, group_results
from kjreport.text.numbers import is_zero

# keys an indicator may use in IndicatorResult.details for enterprises below a rule
CONTINUOUS_UNITS = ("亿元", "万元", "元", "万人次", "万人", "%")
SMALL_COUNT = 10  # a county's count below this last year: its growth rate is not discussed
MAX_PER_COUNTY = 3  # indicators named per lagging county
# a last place shared by more units than this singles none out (7 镇 tied on 新增1家: QA8 F9)
MAX_TIED_LAST = 2
MAX_COUNTIES = 3  # lagging counties named
MAX_HEADLINE = 5  # results in the overview
MAX_LISTED = 5  # indicators named in one problem before "等"
BELOW_RULE_KEYS = ("低于标准的企业", "below", "未达标企业")


def not_applicable(templates: Any, report: YearReport) -> Callable[[str], set[str]]:
    """Return county → the indicators that do not apply to its type (``county_types.j2``)."""
    from kjreport.summary.units import not_applicable_table

    table = not_applicable_table(templates.folder)
    return lambda county: set(table.get(county_type(report, county), []))


@dataclass
class CountyLag:
    """A county behind the others: the indicators where it declined or ranks last."""

    county: str
    declined: list[tuple[ResultView, CountyView]] = field(default_factory=list)
    last: list[tuple[ResultView, CountyView]] = field(default_factory=list)


@dataclass
class SharedFall:
    """Counties whose one problem is the same indicator's fall: said in one sentence
    ("龙泉街道、姜屯镇、张汪镇规上工业企业研发费用同比分别下降68.8%、82.8%和59.9%", qa11 F25), the
    largest fall first; more than ``MAX_COUNTIES`` are counted and the largest named ("另有5个县区
    …有所下降，其中西湖区、安义县和东湖区分别降低0.02、0.02和0.01个百分点", qa12b F3)."""

    counties: list[str]
    view: ResultView
    changes: list[CountyView]
    total: int = 0  # counties that fell on it, named or not
    after_others: bool = False  # other counties were named before: 另有N个…

    @property
    def cut(self) -> bool:
        """Return True when fewer counties are named than fell."""
        return self.total > len(self.counties)


def fall_size(view: ResultView, c: CountyView) -> float:
    """Return how much ``c`` fell on ``view`` (0 when it did not), a share's points weighed as 5 % of
    growth (``_movement``): the order 存在的问题 names lagging counties in."""
    change = c.change_pp if view.is_ratio else c.yoy
    if change is None or not view.result.higher_is_better:
        return 0.0
    return max(0.0, -float(change)) * (5 if view.is_ratio else 1)


def _lag_size(lag: CountyLag) -> tuple[int, float]:
    return 2 * len(lag.declined) + len(lag.last), max((fall_size(v, c) for v, c in lag.declined), default=0.0)


def lagging_groups(lagging: list[CountyLag], limit: int = MAX_COUNTIES) -> list[CountyLag | SharedFall]:
    """Return ``lagging`` as 存在的问题 says it: the counties whose only problem is the fall of one
    indicator gathered into one ``SharedFall`` per indicator (at the place of the first); the
    most lagging first — most problems, then the largest fall (qa12b F3: 红谷滩新区's −0.30 was cut
    for three −0.01s in sheet order); at most ``limit`` entries, a shared fall counting as one."""
    out: list[CountyLag | SharedFall] = []
    shared: dict[str, SharedFall] = {}
    for lag in sorted(lagging, key=lambda x: tuple(-n for n in _lag_size(x))):
        if len(lag.declined) == 1 and not lag.last:
            view, c = lag.declined[0]
            group = shared.get(view.name)
            if group is None:
                group = shared[view.name] = SharedFall([], view, [])
                out.append(group)
            group.counties.append(lag.county)
            group.changes.append(c)
        else:
            out.append(lag)
    out = [CountyLag(g.counties[0], [(g.view, g.changes[0])]) if isinstance(g, SharedFall)
           and len(g.counties) == 1 else g for g in out][:limit]
    for i, g in enumerate(out):
        if isinstance(g, SharedFall):
            g.total, g.after_others = len(g.counties), i > 0
            g.counties, g.changes = g.counties[:limit], g.changes[:limit]
    return out


@dataclass
class BelowRule:
    """An indicator with enterprises under its threshold (R&D intensity rules)."""

    result: ResultView
    enterprises: list[str]  # names, lowest intensity first
    standard: float | None = None  # the rule, e.g. 5 (%)
    total: int | None = None  # enterprises the rule applies to


@dataclass
class Facts:
    """What the problems section and the overview state."""

    missed: list[ResultView]
    basic: list[ResultView]
    declined: list[ResultView]
    not_comparable: list[ResultView]
    no_data: list[ResultView]
    lagging: list[CountyLag]
    below_rule: list[BelowRule]
    status_counts: dict[str, int]
    with_target: int
    firsts: list[ResultView] = field(default_factory=list)  # 零的突破
    records: list[ResultView] = field(default_factory=list)  # 创历史新高
    provisional: list[ResultView] = field(default_factory=list)  # judged on an earlier year's figure

    @property
    def provisional_note(self) -> str:
        """Return "（其中研发投入暂按2023年数据衡量）" after the year's tally when some targets are
        judged on an earlier year's figure (数据年度), "" when none is (qa11b F5)."""
        return provisional_note(self.provisional)

    @property
    def met(self) -> int:
        """Return how many targets were met (完成 or 超额完成)."""
        return self.status_counts.get("完成", 0) + self.status_counts.get("超额完成", 0)

    @property
    def judged(self) -> int:
        """Return how many targets have a verdict (not 不可比, not missing data)."""
        return sum(n for s, n in self.status_counts.items() if s in ("完成", "超额完成", "基本完成", "未完成"))

    @property
    def pending(self) -> int:
        """Return how many targets still lack data (【待补充】)."""
        return sum(n for s, n in self.status_counts.items() if s in ("无数据", "待补充"))

    @property
    def outcome(self) -> str:
        """Return the year's outcome for the opening: 全部完成 | 大部分完成 | 多数完成 | 未完成较多 |
        无数据 (no target has a verdict, or fewer have one than lack data)."""
        if not self.judged or self.pending > self.judged:
            # (1 judged of 13, 12 【待补充】: no verdict on the year rests on a minority of its targets)
            return "无数据"
        share = self.met / self.judged
        if share == 1 and not self.pending:
            return "全部完成"
        if share >= 0.75:  # all met but some 【待补充】: never 全面完成 yet (qa13 F33)
            return "大部分完成"
        if share >= 0.5:
            return "多数完成"
        return "未完成较多"

    @property
    def lagging_groups(self) -> list[CountyLag | SharedFall]:
        """Return the lagging counties as 存在的问题 says them (see ``lagging_groups``)."""
        return lagging_groups(self.lagging)

    @property
    def any(self) -> bool:
        """Return True when there is at least one problem to state."""
        return bool(
            self.missed
            or self.basic
            or self.declined
            or self.lagging
            or self.below_rule
            or self.not_comparable
        )


def _small_count(view: ResultView, c: CountyView) -> bool:
    """Return True for a count too small for its growth rate to mean much (1 → 0 项 is −100%)."""
    if view.is_ratio or view.unit in CONTINUOUS_UNITS:
        return False
    return c.previous is None or float(c.previous) < SMALL_COUNT


def _declined(view: ResultView) -> bool:
    """Return True when ``view`` fell against last year in a way 存在的问题 names: never a met
    新增/净增 target whose count is small (1 new 国家级研发中心 after 2 last year is the year's
    target reached, not a problem — qa10 F8); 10 new after 12 still is (QA3). Nor is a met target
    counting the year's work in a few units (新型研发机构优化重组 2家 after 3, target 2 — qa11
    F13): fewer such actions than last year is not a fall of anything; a stock the catalogue
    knows (省级重点实验室 10 after 12) that falls still is. A figure kept under a ceiling (≤ target
    met) that rose is not named either: the ceiling held."""
    if view.status in ("完成", "超额完成") and view.trend_small_base and (
            view.target_kind in ("新增", "净增") or not _is_level(view)):
        return False
    if not view.result.higher_is_better and not view.is_rank and view.status in ("完成", "超额完成"):
        return False  # 居民消费价格指数 102.1 after 101.8 under a 控制在103.5以内 ceiling: held, not a problem
    change = view.trend_yoy if view.trend_yoy is not None else view.change_pp
    if change is not None and not view.result.higher_is_better:
        change = -change  # 位次 8 after 12, or a 控制在…以内 figure falling: progress, not a decline
    return change is not None and change < 0 and not is_zero(change, 2)


def _is_level(view: ResultView) -> bool:
    """Return True for a level (存量、强度: a total at the year's end) by the catalogue's kind."""
    from kjreport.indicators.stock import LEVEL_KINDS, indicator_kind

    target = view.result.target
    return indicator_kind(view.name, target.indicator if target is not None else "") in LEVEL_KINDS


def _below_rule(view: ResultView) -> BelowRule | None:
    details = view.result.details or {}
    for key in BELOW_RULE_KEYS:
        value = details.get(key)
        if isinstance(value, (list, tuple)) and value:
            names = [str(v.get("企业名称", "")) if isinstance(v, dict) else str(v) for v in value]
            standard = details.get("标准")
            total = details.get("企业数")
            return BelowRule(
                view,
                [n for n in names if n],
                float(standard) if isinstance(standard, (int, float)) else None,
                int(total) if isinstance(total, int) else None,
            )
    return None


def collect_facts(
    report: YearReport, excluded: Callable[[str], set[str]] | None = None
) -> Facts:
    """Return the facts the problems section and overview are written from; a county is never
    called lagging on an indicator ``excluded`` says does not apply to it."""
    views = [ResultView(r) for r in report.results]
    with_target = [v for v in views if v.result.target is not None]
    # counties lag on the 主要任务目标; a plan that states every target in its parts (福州's four
    # headed paragraphs) has none there, and then every target counts
    headline = {r.name for r in report.results_for(report.plan.code)} or {v.name for v in with_target}
    # when none of the headline targets has county figures (a county bureau's 乡镇 report
    # 科技特派员, 培训农民 under a part), every target that has them counts — else a unit last on
    # all of them goes unmentioned (QA5 F8)
    if not any(v.result.counties for v in with_target if v.name in headline):
        headline = {v.name for v in with_target if v.result.counties}
    lag: dict[str, CountyLag] = {}
    for v in with_target:
        if v.name not in headline:
            continue
        for c in v.counties:
            if excluded is not None and v.name in excluded(c.county):
                continue
            if c.zero:
                continue  # a county with none of it is not "last" (often most counties have none)
            declined = c.declined and not _small_count(v, c)
            last = c.last and c.tied <= MAX_TIED_LAST  # all of a many-way tie, or none
            if declined or last:
                entry = lag.setdefault(c.county, CountyLag(c.county))
                # a share's 提高 and 达…% targets: one fall, said once (qa12b F2)
                if declined and all(w.name != v.name for w, _ in entry.declined):
                    entry.declined.append((v, c))
                # fell and last by its level: both said (qa12b F3: 湾里区 is last of the 9 县区 too);
                # last by its growth is the fall itself (姜屯镇's −82.8%): said once, as a fall
                fell = any(w.name == v.name for w, _ in entry.declined)
                if last and not (c.by_growth and fell):
                    entry.last.append((v, c))
    for entry in lag.values():
        entry.declined = entry.declined[:MAX_PER_COUNTY]
        entry.last = entry.last[: max(0, MAX_PER_COUNTY - len(entry.declined))]
    # most lagging first (``lagging_groups`` orders and cuts the list as it is said)
    lagging = sorted((e for e in lag.values() if e.declined or e.last), key=lambda x: tuple(-n for n in _lag_size(x)))
    return Facts(
        missed=[v for v in with_target if v.status == "未完成"],
        basic=[v for v in with_target if v.status == "基本完成"],
        declined=[v for v in views if _declined(v)],
        not_comparable=[v for v in with_target if v.status == "不可比"],
        no_data=[v for v in views if v.status == "无数据"],
        lagging=lagging,
        below_rule=[b for v in views if (b := _below_rule(v)) is not None],
        status_counts=dict(Counter(v.status for v in with_target)),
        with_target=len(with_target),
        firsts=[v for v in with_target if v.has_value and v.breakthrough],
        records=[v for v in with_target if v.has_value and v.record],
        provisional=provisional(with_target),
    )


JUDGED = ("完成", "超额完成", "基本完成", "未完成")


def provisional(views: list[ResultView]) -> list[ResultView]:
    """Return the targets of ``views`` judged on a figure of an earlier year (数据年度): their
    status counts in the year's tally only provisionally."""
    return [v for v in views if v.lagged and v.result.target is not None and v.status in JUDGED]


def provisional_note(views: list[ResultView]) -> str:
    """Return "（其中研发投入暂按2023年数据衡量）" for the provisional targets ``views`` (one
    clause per data year), "" for none."""
    years: dict[int, list[str]] = {}
    for v in views:
        names = years.setdefault(v.result.data_year, [])
        if v.name not in names:
            names.append(v.name)
    if not years:
        return ""
    said = [f"{'、'.join(names)}暂按{year}年数据" for year, names in sorted(years.items())]
    return f"（其中{'，'.join(said)}衡量）"


def _movement(view: ResultView) -> float:
    """Return how much a result changed against last year, for choosing the overview."""
    if view.small_base or not view.has_value:
        return 0.0
    if view.is_ratio:
        return abs(view.change_pp or 0.0) * 5  # 1 个百分点 of a share weighs like 5% growth
    return abs(view.yoy or 0.0)


def weight(result: IndicatorResult) -> int:
    """Return how much a target weighs for a 局长 among the plan's 主要任务目标: 1 for an indicator
    the catalogue (指标库) tracks — R&D投入, 高新技术企业, 专利拥有量, 技术合同成交额 … — 0 for a
    bureau's own (数字经济规模占GDP比重). The 主要指标 a report quotes are the heaviest, never
    merely the plan's first rows (QA S13)."""
    from kjreport.indicators.catalogue import load_catalogue

    catalogue = load_catalogue()
    names = [result.name] + ([result.target.indicator] if result.target is not None else [])
    return int(any(catalogue.find(n) is not None for n in names))


def heaviest(items: list, limit: int, result_of: Callable[[Any], IndicatorResult]) -> list:
    """Return the ``limit`` heaviest of ``items`` (by ``weight``; the plan's order among equals),
    in the plan's order."""
    chosen = {id(x) for x in sorted(items, key=lambda x: -weight(result_of(x)))[:limit]}
    return [x for x in items if id(x) in chosen]


def overview_results(report: YearReport, limit: int = MAX_HEADLINE) -> list[ResultView]:
    """Return the overview's headline results: the three heaviest 主要任务目标 (shares folded into
    their amounts; see ``weight``), then those that changed most, at most ``limit``, in plan order."""
    views = [v for v in group_results(report.results_for(report.plan.code)) if v.has_value]
    if len(views) <= limit:
        return views
    lead = heaviest(views, 3, lambda v: v.result)
    led = {id(v) for v in lead}
    rest = sorted([v for v in views if id(v) not in led], key=_movement, reverse=True)[: limit - len(lead)]
    chosen = {id(v) for v in lead + rest}
    return [v for v in views if id(v) in chosen]


def headlines_are_tasks(report: YearReport) -> bool:
    """Return True when the 主要任务目标 only gathers its tasks' targets — a task table (政府工作
    报告 重点工作: 序号 | 具体任务与要求 | 牵头单位, QA8 F18) has no text of its own under 总 and
    every target of 总 is also a task's. The overview then gives the count and the status, and
    each figure is stated once, where its task is (no "从主要指标看" restating them)."""
    root = report.plan
    if (root.text or "").strip():
        return False
    codes = {n.code for n in root.walk()} - {root.code}
    headline = report.results_for(root.code)
    return bool(headline) and all(any(c in codes for c in r.plan_items if c != root.code) for r in headline)


def headline_only_results(report: YearReport) -> list[ResultView]:
    """Return the results of targets stated only in the 主要任务目标 (no plan item restates them):
    the summary writes each as a full sentence after the overview, so no target is left out."""
    root = report.plan.code
    only = [r for r in report.results
            if r.target is not None and r.plan_items and set(r.plan_items) <= {root}]
    return group_results(only)
