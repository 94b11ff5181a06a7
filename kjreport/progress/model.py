"""Plain data of an in-year progress report (进度通报): one ``ProgressItem`` per target.

Nothing here imports openpyxl, xlwings or python-docx; numbers keep full precision.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kjreport.model import IndicatorResult, YearReport
from kjreport.progress.schedule import Milestone

# verdicts, and the colour band each belongs to (绿 on or ahead, 黄 slightly behind, 红 behind)
AHEAD = "快于进度"
ON_PACE = "符合进度"  # the difference from the expected share shows as 0.0: neither ahead nor behind
DONE = "已完成全年目标"
LAGGING_SLIGHTLY = "略慢于进度"
LAGGING = "滞后于进度"
MET = "已达到目标"
NEAR = "接近目标"
MISSED = "未达到目标"
MISSING = "待补充"
NOT_COMPARABLE = "不可比"
NOT_DUE = "未到时间节点"  # the item's own schedule expects nothing yet
ANNUAL = "年度统计"  # an annual statistic (R&D经费) before December: published after the year, not missing
# the words the tables use, where columns are narrow
SHORT = {AHEAD: "快于进度", ON_PACE: "符合进度", DONE: "已完成", LAGGING_SLIGHTLY: "略慢", LAGGING: "滞后", MET: "已达到",
         NEAR: "接近", MISSED: "未达到", NOT_DUE: "未到节点", ANNUAL: "年度统计"}
GREEN, YELLOW, RED = "绿", "黄", "红"
FELL = "未增长"  # said instead of a negative 完成率 (a stock below last year's end, a net decrease)
BEYOND = "已超过年度目标"  # said instead of a stock's absurd 完成率 (700 % of a planned increase of 2)
ABSURD_COMPLETION = 200.0  # % of a stock's planned increase above which the rate says nothing
BAND = {
    AHEAD: GREEN, ON_PACE: GREEN, DONE: GREEN, MET: GREEN, "超额完成": GREEN, "完成": GREEN,
    LAGGING_SLIGHTLY: YELLOW, NEAR: YELLOW, "基本完成": YELLOW,
    LAGGING: RED, MISSED: RED, "未完成": RED,
}


@dataclass
class ProgressItem:
    """One target's standing at the report month."""

    result: IndicatorResult  # the year report's result (its target, unit, department …)
    month: int
    value: float | None  # what is compared with the target at the end of ``month``: the
    # cumulative figure (总量), the increment (新增), the growth % (增速), the change (提高)
    value_source: str  # where ``value`` came from (a cell, or the indicator's sources)
    completion: float | None = None  # % of the annual target (≥ amount targets)
    gap: float | None = None  # value − target (个百分点 for percentage targets)
    expected: float | None = None  # expected share % (序时进度 or the item's 时间节点)
    ahead_pp: float | None = None  # completion − expected (个百分点); < 0 behind
    verdict: str = MISSING
    by_schedule: bool = False  # expected comes from the item's own 时间节点
    milestone: Milestone | None = None  # the text milestone due by this month
    next_milestone: Milestone | None = None
    previous_month: int | None = None  # the last earlier report with a figure
    previous_completion: float | None = None
    previous_expected: float | None = None  # the expected share at ``previous_month``
    measures: str = ""  # 下步措施 written by the office
    measures_cell: str = ""
    history: dict[int, float] = field(default_factory=dict)  # month → compared figure
    figure: float | None = None  # the cumulative amount (or stock) behind ``value`` (增速, 新增)
    base: float | None = None  # 上年同期 (增速, 提高) or 上年末 stock (新增) behind ``value``
    note: str = ""  # why there is no value (待补充 / 不可比)
    stock: bool = False  # a 总量 target of a stock (企业、平台总数): paced by its increase since
    # last year's end (``base``) against the planned increase (target − base), not by value ÷ target
    paced_by: str = ""  # the 新增 target of the same indicator whose pace this stock takes
    full_year: bool = False  # a lagging 科室数据 figure of an earlier year (数据年度) before December: a
    # whole year's figure, judged against the target as at a year's end, never by 序时进度
    trend_comparable: bool = True  # False when the previous 完成率 was on another measure (a
    # stock's of its planned increase in year, of its target at the year's end)
    total: ProgressItem | None = None  # a 新增 target's stock target folded into it (``folded``)
    reached: bool = False  # at the year's end, a 总量 target the plan also gives a 新增 target: a
    # stock whatever the catalogue knows of it (a 上报指标), its figure reached (达到), not done

    @property
    def folded(self) -> bool:
        """Return True for a stock that takes its 新增 target's pace in year: one indicator, one
        verdict — told within that target's item and counted once (qa12b F6)."""
        return bool(self.paced_by) and self.month < 12

    @property
    def increase(self) -> float | None:
        """Return a stock's increase since last year's end (value − 上年末数), or None."""
        if not self.stock or self.value is None or self.base is None:
            return None
        return self.value - self.base

    @property
    def planned_increase(self) -> float | None:
        """Return a stock's planned increase for the year (target − 上年末数), or None."""
        if not self.stock or self.base is None or self.result.target is None:
            return None
        return self.result.target.value - self.base

    @property
    def beyond_target(self) -> bool:
        """Return True for a stock paced by its increase that is already above its annual target
        with a 完成率 that says nothing: 612人 against a target of 600 and 598 last year's end is
        700 % of the planned increase of 2 — it is 已超过年度目标 (QA7 F15)."""
        t = self.result.target
        return (self.stock and not self.paced_by and self.completion is not None
                and self.completion > ABSURD_COMPLETION and t is not None and self.value is not None
                and t.comparison != "≤" and self.value >= t.value)

    @property
    def shrinking(self) -> bool:
        """Return True when the item went backwards since last year's end — a stock below its
        上年末数, a 新增 count that is a net decrease —, so that its 完成率 is negative: it is
        said as "比上年末减少5人，尚未实现增长", never as 完成率-500.0%."""
        return self.completion is not None and self.completion < 0

    @property
    def no_growth(self) -> bool:
        """Return True for a stock (or a 新增 count) that has not grown since last year's end —
        fallen (``shrinking``) or flat: said as "与上年末持平，尚未实现增长（全年计划增加9家）", never
        as "完成计划增量（9家）的0.0%" or a negative rate."""
        return (self.completion is not None and self.completion <= 0
                and (self.stock or self.measure == "新增"))

    @property
    def flat(self) -> bool:
        """Return True when a stock (or a 新增 count) is exactly where it was at last year's end."""
        change = self.increase if self.stock else self.value if self.measure == "新增" else None
        return change is not None and change == 0

    @property
    def decrease(self) -> float | None:
        """Return how much a shrinking item fell since last year's end (positive), or None."""
        if not self.shrinking:
            return None
        fell = self.increase if self.stock else self.value if self.measure == "新增" else None
        return -fell if fell is not None and fell < 0 else None

    @property
    def name(self) -> str:
        """Return the indicator's name as the report states it: a 新增 target carries 新增
        (新增院士工作站, never 院士工作站, which reads as the total)."""
        if self.measure == "新增":
            return self.result.row_name
        return self.result.name

    @property
    def measure(self) -> str:
        """Return what ``value`` is: 总量, 新增, 增速 or 提高 (the target's 目标类型)."""
        kind = self.result.target.kind if self.result.target else "总量"
        return {"净增": "新增", "累计": "总量"}.get(kind, kind)

    @property
    def unit(self) -> str:
        """Return the unit of ``value`` and of the target: % for a growth, 个百分点 for a change."""
        if self.measure == "增速":
            return "%"
        if self.measure == "提高" and self.result.is_rank:
            return "位"  # 排名提升1位: places moved up
        if self.measure == "提高" and self.result.kind == "ratio":
            return "个百分点"
        return self.result.unit or (self.result.target.unit if self.result.target else "")

    @property
    def figure_unit(self) -> str:
        """Return the unit of ``figure`` (the indicator's own unit)."""
        return self.result.unit

    @property
    def department(self) -> str:
        """Return the 责任科室."""
        return self.result.department or (self.result.target.department if self.result.target else "")

    @property
    def band(self) -> str:
        """Return the colour band: 绿, 黄, 红, or "" (no data, not comparable)."""
        return BAND.get(self.verdict, "")

    @property
    def short_verdict(self) -> str:
        """Return the verdict in at most four characters (for tables)."""
        return SHORT.get(self.verdict, self.verdict)

    @property
    def lagging(self) -> bool:
        """Return True when the item is behind (黄 or 红)."""
        return self.band in (YELLOW, RED)

    @property
    def headline(self) -> bool:
        """Return True for a 主要任务目标 (stated in the plan's 总 paragraph)."""
        return "总" in self.result.plan_items

    @property
    def trend_pp(self) -> float | None:
        """Return the change of 完成率 since the previous report (个百分点)."""
        if self.completion is None or self.previous_completion is None or not self.trend_comparable:
            return None
        if self.completion < 0 or self.previous_completion < 0:  # from or to below last year's end
            return None
        return self.completion - self.previous_completion

    @property
    def pace_gain_pp(self) -> float | None:
        """Return how much more than the schedule 完成率 rose since the previous report (个百分点):
        the change of ``ahead_pp``. 25 → 50 % while 序时进度 went 25 → 50 % gains 0: the rise is
        the calendar's, not a faster pace (QA5 F11). None when either report has no schedule."""
        trend = self.trend_pp
        if trend is None or self.expected is None or self.previous_expected is None:
            return None
        return trend - (self.expected - self.previous_expected)


@dataclass
class ProgressReport:
    """Everything a 进度通报 says: the year report and each target's standing at ``month``."""

    report: YearReport
    month: int
    items: list[ProgressItem]
    lag_threshold: float  # 个百分点 behind 序时进度 from which an item is 滞后 (红)
    problems: list = field(default_factory=list)  # 提示 found while reading progress sheets

    @property
    def judged(self) -> list[ProgressItem]:
        """Return the items with a verdict of their own: all but the stocks folded into their
        新增 target (``ProgressItem.folded``)."""
        return [i for i in self.items if not i.folded]

    @property
    def folded(self) -> list[ProgressItem]:
        """Return the stocks told and counted with their 新增 target."""
        return [i for i in self.items if i.folded]

    def count(self, *bands: str) -> int:
        """Return how many items fall in ``bands``."""
        return sum(1 for i in self.judged if i.band in bands)

    def standing(self) -> str:
        """Return the items counted by verdict in the words of the 通报 and its 附件 (one scale):
        "3 项快于或符合进度，2 项略慢，3 项接近目标，2 项滞后" — at the year's end "9 项完成或超额完成，
        1 项基本完成"; "" when nothing can be judged."""
        if self.month >= 12:
            groups = [("完成或超额完成", (GREEN,), ()), ("基本完成", (YELLOW,), ()), ("未完成", (RED,), ())]
        else:
            groups = [("快于或符合进度", (GREEN,), ()), ("略慢", (), (LAGGING_SLIGHTLY,)),
                      ("接近目标", (), (NEAR,)), ("滞后", (), (LAGGING,)), ("未达到目标", (), (MISSED,))]
        counts = [(sum(1 for i in self.judged if i.band in bands or i.verdict in verdicts), words)
                  for words, bands, verdicts in groups]
        counts.append((len(self.missing), "待补充"))
        counts.append((sum(1 for i in self.items if i.verdict == ANNUAL), "年度统计（年底后公布）"))
        return "，".join(f"{n} 项{words}" for n, words in counts if n)

    @property
    def missing(self) -> list[ProgressItem]:
        """Return the items without a figure for the month."""
        return [i for i in self.items if i.verdict == MISSING]

    @property
    def notes(self) -> list[str]:
        """Return why some items have no figure or are not comparable (for the console)."""
        return [i.note for i in self.items if i.note and i.verdict in (MISSING, NOT_COMPARABLE)]

    @property
    def lagging(self) -> list[ProgressItem]:
        """Return the items behind, the furthest behind first."""
        late = [i for i in self.judged if i.lagging]
        return sorted(late, key=lambda i: (i.band != RED, _lag(i)))

    @property
    def period(self) -> str:
        """Return the period named in titles: 一季度, 上半年, 前三季度, 全年, or 1—N月."""
        return period_name(self.month)


def _lag(item: ProgressItem) -> float:
    if item.ahead_pp is not None:
        return item.ahead_pp
    return item.gap if item.gap is not None else 0.0


def period_name(month: int) -> str:
    """Return how a report for ``month`` names its period: 一季度, 上半年, 前三季度, 全年, 1—N月."""
    return {3: "一季度", 6: "上半年", 9: "前三季度", 12: "全年"}.get(month, f"1—{month}月")
