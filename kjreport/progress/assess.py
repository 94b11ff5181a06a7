"""Judging each target at a month: cumulative figure, expected share, ahead or behind.

Pure: a ``YearReport`` (with its progress sheets) in, a ``ProgressReport`` out. The figure of a
month is the 月度数据 cell of that month; for the workbook's own 报送月份 the computed indicator
value is used when 月度数据 has none. A month with no figure is 待补充, never zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kjreport.errors import KjreportError
from kjreport.indicators import stock
from kjreport.indicators.assess import judge, pace_gap
from kjreport.indicators.formulas import yoy_growth
from kjreport.model import IndicatorResult, YearReport
from kjreport.progress import model as m
from kjreport.progress.inputs import MonthlyFigures, ProgressInputs
from kjreport.progress.schedule import expected_share
from kjreport.text.numbers import is_zero
from kjreport.workbook import schema
from kjreport.workbook.schema import canonical

DEFAULT_LAG_THRESHOLD = 10.0  # 个百分点 behind expectation from which an item is 滞后 (红)
LAG_SETTING = "进度滞后线"


def lag_threshold(report: YearReport) -> float:
    """Return 设置's 进度滞后线 (个百分点), default 10 — the line 「指标结果」 judges by too."""
    from kjreport.indicators.assess import lag_line

    return lag_line(report.settings)


def build_progress(report: YearReport, month: int | None = None) -> m.ProgressReport:
    """Return the standing of every target of ``report`` at ``month`` (default: 报送月份)."""
    month = month or report.settings.month
    inputs = report.progress if isinstance(report.progress, ProgressInputs) else ProgressInputs()
    if month != report.settings.month and not inputs.has_figures_at(month):
        raise KjreportError(unfilled_month(report, inputs, month))
    threshold = lag_threshold(report)
    items = [
        _item(report, r, month, inputs, threshold)
        for r in report.results
        if r.target is not None
    ]
    if month < 12:
        _pace_stocks(items, threshold, same_period=report.settings.month < 12)
    else:
        _earlier_stock_completions(items)
        _stocks_beside_increments(items)
    return m.ProgressReport(report, month, items, threshold, list(inputs.problems))


def _stocks_beside_increments(items: list[m.ProgressItem]) -> None:
    """Mark the 总量 targets whose indicator also has a 新增/净增 target as ``reached`` (qa21 F10:
    科技型中小企业, a 上报指标 beside 新增科技型中小企业, was "全年完成9184家")."""
    increments = {k for i in items if (k := stock.increment_key(i.result)) is not None}
    for item in items:
        t = item.result.target
        if item.measure == "总量" and t is not None and canonical(t.indicator) in increments:
            item.reached = True


def unfilled_month(report: YearReport, inputs: ProgressInputs, month: int) -> str:
    """Return why a notice of ``month`` cannot be written: a month other than the 报送月份 is read
    from 月度数据 alone, and no row holds a figure for it (qa14b F18: it was all 【待补充】)."""
    sheet = schema.MONTHLY.name
    header = inputs.month_headers.get(month)
    where = (f"「{sheet}」表 {header} 这一列（{month}月）没有任何数字" if header
             else f"「{sheet}」表没有{month}月这一列" if inputs.month_headers or inputs.monthly
             else f"工作簿没有「{sheet}」表或其中没有数字")
    return (f"{report.source}：无法生成{month}月的进度通报：{where}。"
            f"除「设置」中的报送月份（{report.settings.month}月）外，其他月份的进度只取自「{sheet}」；"
            f"请先在「{sheet}」填写{month}月的累计数，或不加 --month（通报{report.settings.month}月的进度）。")


def _pace_verdict(item: m.ProgressItem, threshold: float) -> str:
    """Return the verdict of a timed item from its completion and expected share."""
    if item.completion >= 100:
        return m.DONE
    if item.by_schedule and item.expected == 0 and item.completion == 0:
        return m.NOT_DUE
    if is_zero(item.ahead_pp):  # shown as 0.0: 符合进度, never "快于应完成进度0个百分点"
        return m.ON_PACE
    if item.ahead_pp > 0:
        return m.AHEAD
    return m.LAGGING_SLIGHTLY if item.ahead_pp >= -threshold else m.LAGGING


def stock_completion(item: m.ProgressItem, value: float) -> float | None:
    """Return a stock item's 完成率 at ``value`` (its increase since last year's end as a % of
    the planned increase; see ``kjreport.indicators.stock``)."""
    t = item.result.target
    return stock.stock_completion(value, item.base, t.value) if t is not None else None


def _pace_stocks(items: list[m.ProgressItem], threshold: float, same_period: bool = False) -> None:
    """Re-judge the timed 总量 targets of stocks in year by the rule the 指标结果 sheet uses
    (``kjreport.indicators.stock.stock_pace``): the 新增 target's pace, the increase since last
    year's end against the planned increase, a level to hold, or 不可比."""
    increments = {k: i for i in items if (k := stock.increment_key(i.result)) is not None}
    for item in items:
        t = item.result.target
        if item.measure != "总量" or item.expected is None or item.completion is None:
            continue
        partner = increments.get(canonical(t.indicator))
        if partner is None and counted_from_zero(item):
            continue
        paced = partner is not None and partner.completion is not None and partner.expected is not None
        # the year's first figure says something only when it is of an earlier month (the month's
        # own figure in history, from 科室数据, is the value itself): as the 指标结果 sheet judges
        earlier = [k for k in item.history if k < item.month]
        first = item.history[min(earlier)] if earlier else None
        pace = stock.stock_pace(item.result, item.value, name=item.name,
                                partner=partner.name if partner is not None else None, partner_paced=paced,
                                first=first, same_period=same_period)
        if pace is None:
            continue
        item.stock, item.base = True, pace.base
        if pace.how == stock.BY_INCREMENT:
            item.paced_by = partner.name
            partner.total = item
            for name in ("completion", "expected", "ahead_pp", "verdict", "by_schedule", "previous_month",
                         "previous_completion", "previous_expected"):
                setattr(item, name, getattr(partner, name))
            continue
        if pace.how == stock.NO_BASE:
            item.verdict, item.completion, item.expected, item.ahead_pp = m.NOT_COMPARABLE, None, None, None
            item.note = stock.no_base_note(item.name)
            continue
        if pace.how == stock.LEVEL:  # already reached at the start of the year: a level to hold
            item.expected, item.ahead_pp = None, None
            item.verdict = m.MET if item.value >= t.value else m.MISSED
            continue
        item.completion = pace.completion
        item.ahead_pp = pace_gap(item.completion, item.expected)
        item.verdict = _pace_verdict(item, threshold)
        if item.previous_month is not None:
            item.previous_completion = stock_completion(item, item.history[item.previous_month])


def counted_from_zero(item: m.ProgressItem) -> bool:
    """Return True when the 月度数据 row of a 总量 target is a count of the year, not a stock:
    an earlier month of the row is 0 while last year's end was not (0 in January…May, 1 in
    September for 上年末 1) — a stock never falls to nothing. The whole row is judged one way,
    so two counts of one plan sentence (争创实验室2家、工程技术研究中心10家) are never one a
    stock (1 ≥ 90 % of 上年末 1) and one a count (0 of 上年末 9)."""
    t, base = item.result.target, item.result.previous
    if t is None or t.kind != "总量" or base is None or base <= 0:
        return False
    return any(v == 0 for k, v in item.history.items() if k < item.month)


def _earlier_stock_completions(items: list[m.ProgressItem]) -> None:
    """At the year's end, give a stock the 完成率 its earlier 通报 stated (of the planned increase,
    by ``_pace_stocks``), and no trend: the year-end 完成率 is of the target itself, and the two
    measures are never compared ("与6月相比…完成率提高" on one measure only)."""
    increments = {k: i for i in items if (k := stock.increment_key(i.result)) is not None}
    for item in items:
        t = item.result.target
        if item.measure != "总量" or item.previous_month is None or item.completion is None or t is None:
            continue
        partner = increments.get(canonical(t.indicator))
        earlier = item.history[item.previous_month]
        pace = stock.stock_pace(item.result, earlier, name=item.name,
                                partner=partner.name if partner is not None else None,
                                partner_paced=partner is not None and partner.previous_completion is not None)
        if pace is None:
            continue
        item.trend_comparable = False
        if pace.how == stock.BY_INCREMENT:
            item.previous_completion = partner.previous_completion
        elif pace.how == stock.BY_INCREASE:
            item.previous_completion = stock.stock_completion(earlier, pace.base, t.value)
        else:
            item.previous_completion = None


def _item(report: YearReport, r: IndicatorResult, month: int, inputs: ProgressInputs,
          threshold: float) -> m.ProgressItem:
    series = measured_series(r, inputs, report.settings.month)
    history = series.values
    value = history.get(month)
    source = series.cells.get(month) or "；".join(r.sources)
    item = m.ProgressItem(r, month, value, source, history=history)
    item.figure = series.figures.get(month)
    item.base = series.bases.get(month)
    if month in series.reported:  # the reported 新增 against earlier months' net change: no trend
        item.trend_comparable = False
    # the sheets may name a 新增 target as the report does (新增院士工作站) or by its indicator
    names = list(dict.fromkeys([r.name, item.name]))
    schedule = next((s for n in names if (s := inputs.schedule_of(n)) is not None), None)
    if schedule:
        item.milestone = schedule.due(month)
        item.next_milestone = schedule.next_after(month)
    measure = next((x for n in names if (x := inputs.measure_of(n, month)) is not None), None)
    if measure is not None:
        item.measures, item.measures_cell = measure.text, measure.cell
    if value is None:
        item.note = series.notes.get(month, "")
        item.verdict = m.NOT_COMPARABLE if month in series.incomparable else m.MISSING
        if item.verdict == m.MISSING and month < 12 and annual_statistic(r):
            item.verdict = m.ANNUAL  # no 科室 can 补报 a June R&D figure (qa12b F13)
            item.note = f"{item.name}为年度统计数据，年底后公布，本次不通报进度"
        return item
    if r.status == "不可比" and r.stock_pace != stock.NO_BASE:  # (a stock's own 不可比 is re-found below)
        item.verdict = m.NOT_COMPARABLE
        item.gap = value - r.target.value if r.target else None
        return item

    target = r.target
    status, completion, gap = judge(value, target, r.kind, report.settings)
    if r.is_rank:
        completion = None  # a rank (位次) is compared with its target directly, never by 完成率
    item.completion, item.gap = completion, gap
    # amounts to reach (≥, a 区间 or a "左右" amount) are measured against 序时进度 by their
    # completion of the (lower) target; shares and ≤ targets against the target itself
    timed = completion is not None and target.comparison in ("≥", "区间", "≈")
    # 数据年度: the figure is an earlier year's, a whole year's, not this year's to month (lag11b)
    lagged = bool(r.data_year and r.data_lag) and not source.startswith("月度数据")
    if timed and lagged and month < 12:  # judged as a full-year figure of its year: no 序时进度
        item.full_year = True
        item.verdict = {"超额完成": m.MET, "完成": m.MET, "基本完成": m.NEAR}.get(status, m.MISSED)
    elif month >= 12:
        item.expected = 100.0 if timed else None
        item.ahead_pp = pace_gap(completion, 100.0) if timed else None
        item.verdict = status
    elif timed:
        item.by_schedule = bool(schedule and schedule.has_shares)
        item.expected = expected_share(month, schedule)
        item.ahead_pp = pace_gap(completion, item.expected)
        item.verdict = _pace_verdict(item, threshold)
    else:
        # shares, ratios and 控制在…以内 targets: compared with the annual target itself
        item.verdict = {"超额完成": m.MET, "完成": m.MET, "基本完成": m.NEAR}.get(status, m.MISSED)

    earlier = [] if lagged else [k for k in history if k < month]  # this year's months: another year
    if earlier:
        item.previous_month = previous_notice(month, earlier)
        _, previous_completion, _ = judge(history[item.previous_month], target, r.kind, report.settings)
        item.previous_completion = None if r.is_rank else previous_completion
        if timed:
            item.previous_expected = expected_share(item.previous_month, schedule)
    return item


# the region's R&D expenditure however a plan names it (市R&D经费内部支出, 全社会研发经费投入):
# counted once a year by the statistics bureau, published the year after
_RD_SPENDING = re.compile(r"^(?:全?[省市区县]|全社会)?(?:R&D|研发|研究与试验发展)经费(?:内部)?(?:支出|投入)")


def annual_statistic(r: IndicatorResult) -> bool:
    """Return True for an indicator the statistics bureau counts once a year, after it (the
    catalogue's 滞后年数, or the region's R&D expenditure by its name): no month has a figure."""
    from kjreport.indicators.catalogue import load_catalogue

    catalogue = load_catalogue()
    names = [n for n in (r.target.indicator if r.target is not None else "", r.name) if n]
    for n in names:
        if (entry := catalogue.find(n)) is not None and entry.lag_years >= 1:
            return True
    return any(_RD_SPENDING.match(n.replace("（", "(")) for n in names)


def previous_notice(month: int, earlier: list[int]) -> int:
    """Return the month of the notice a notice for ``month`` is compared with: a quarter's
    (3, 6, 9, 12月) the quarter before when 月度数据 has it — 9月 with 6月, never 8月, a month no
    notice was made for (qa12b F17) —, another month the latest earlier month with a figure."""
    if month % 3 == 0 and month - 3 in earlier:
        return month - 3
    return max(earlier)


@dataclass
class MeasuredSeries:
    """What is compared with a target, month by month: the figure itself (总量), the increment
    (新增), the growth rate (增速, %) or the change (提高, 个百分点) — as the year-end does."""

    values: dict[int, float] = field(default_factory=dict)  # month → compared figure
    cells: dict[int, str] = field(default_factory=dict)  # month → where it came from
    figures: dict[int, float] = field(default_factory=dict)  # month → cumulative amount / stock
    bases: dict[int, float] = field(default_factory=dict)  # month → 上年同期 (or 上年末 stock)
    notes: dict[int, str] = field(default_factory=dict)  # month → why there is no value
    incomparable: set[int] = field(default_factory=set)  # months whose base is ≤ 0
    reported: set[int] = field(default_factory=set)  # months whose 新增 is the reported figure, not
    # the net change of the total the other months show (the two are never compared)


def _first(getter, names: list[str]) -> tuple[MonthlyFigures | None, str]:
    for name in names:
        if (found := getter(name)) is not None:
            return found, name
    return None, ""


def measured_series(r: IndicatorResult, inputs: ProgressInputs, own_month: int) -> MeasuredSeries:
    """Return the compared figures of ``r`` by month from 月度数据 (and the year report at the
    workbook's own 报送月份, where the engine has already measured them)."""
    target = r.target
    kind = target.kind if target is not None else "总量"
    names = list(dict.fromkeys([r.name] + ([target.indicator] if target is not None else [])
                               + ([r.figure_name] if kind in ("新增", "净增") else [])))
    out = MeasuredSeries()
    figures, matched = _first(inputs.monthly_of, names)
    raw = dict(figures.values) if figures else {}
    cells = dict(figures.cells) if figures else {}
    if kind == "增速" and (growth := _first(inputs.growth_of, names)[0]) is not None:
        out.values, out.cells = dict(growth.values), dict(growth.cells)
        out.figures = raw
    elif kind in ("增速", "提高"):
        same_period = _first(inputs.previous_of, names)[0]
        for month, figure in raw.items():
            out.figures[month] = figure
            base = same_period.values.get(month) if same_period else None
            if base is None and (month == own_month or kind == "提高"):
                base = r.previous  # the workbook's 上年数: 上年同期 at its own month
            if base is None:
                out.notes[month] = _no_base_note(r, month)
                continue
            out.bases[month] = base
            if kind == "提高" and r.is_rank:  # 排名提升1位: places moved up since last year
                out.values[month], out.cells[month] = base - figure, cells[month]
            elif kind == "提高":
                out.values[month], out.cells[month] = figure - base, cells[month]
            elif (rate := yoy_growth(figure, base)) is not None:
                out.values[month], out.cells[month] = rate, cells[month]
            else:
                out.incomparable.add(month)
                out.notes[month] = f"{r.name}上年同期为{base:g}，增速不可比"
    elif kind in ("新增", "净增") and figures is not None and _is_stock(r, matched):
        for month, figure in raw.items():
            out.figures[month] = figure
            if r.previous is None:
                out.notes[month] = f"「月度数据」中{r.target.indicator}是年末总数，缺少上年末数，无法算出新增数"
                continue
            out.bases[month] = r.previous
            out.values[month], out.cells[month] = figure - r.previous, cells[month]
        # the 科室's reported 新增 (138, expiries not netted off) is the year's figure at the book's
        # own month, as in 「指标结果」 and the summary — never the total's net change (105) (qa12b F32)
        if own_month in out.values and _reported_increment(r):
            out.values[own_month] = r.achieved
            out.cells.pop(own_month, None)
            out.reported.add(own_month)
    else:
        out.values, out.cells = dict(raw), cells
        # a 新增 row read as it is holds the new ones, not a stock: no stock figure behind it
        # (qa10 F15: never "国家级研发中心为0家" from 新增国家级研发中心 = 0)
        out.figures = {} if kind in ("新增", "净增") else dict(raw)
    # the workbook's own month: what the year report compared with the target
    if own_month not in out.values:
        own = r.achieved if r.achieved is not None else (r.value if kind in ("总量", "累计") else None)
        if own is not None:
            out.values[own_month] = own
            out.notes.pop(own_month, None)
            if r.value is not None and not (kind in ("新增", "净增") and r.value_is_increment):
                out.figures.setdefault(own_month, r.value)
            if r.previous is not None and kind in ("增速", "提高", "新增", "净增"):
                out.bases.setdefault(own_month, r.previous)
        elif r.status == "不可比":
            out.incomparable.add(own_month)
            out.notes.setdefault(own_month, r.status_note or r.yoy_note)
    return out


def _reported_increment(r: IndicatorResult) -> bool:
    """Return True when the year report compares a 新增 figure the 科室 reported (科室数据's 新增
    row) that is not the total's net change (this year's total − last year's)."""
    if r.achieved is None or r.value is None or r.previous is None or r.value_is_increment:
        return False
    return abs(r.achieved - (r.value - r.previous)) > 1e-9


def _is_stock(r: IndicatorResult, matched: str) -> bool:
    """Return True when 月度数据's row of a 新增 target holds the stock (年末总数), not the increment:
    the row is named for the stock (高新技术企业 for 新增高新技术企业) and the year report's value
    is a stock (its value differs from the increment compared with the target)."""
    if r.target is None or canonical(matched) == canonical(r.name) != canonical(r.target.indicator):
        return False
    if names_increment(matched, r.target):
        return False  # 「新增高新技术企业」 as init writes it: always the count of the year
    if r.value is not None and r.achieved is not None and r.previous is None:
        return False
    return r.value is None or r.achieved is None or abs(r.value - r.achieved) > 1e-9


def names_increment(row: str, target) -> bool:
    """Return True when a 月度数据 row named ``row`` is the 新增/净增 figure of ``target`` by its
    name (新增高新技术企业 for the 新增 target of 高新技术企业, as init writes the row): a
    cumulative count of the year, whatever 县区数据 or the year report hold for the stock."""
    if target is None or target.kind not in ("新增", "净增"):
        return False
    row, indicator = canonical(row), canonical(target.indicator)
    return (row != indicator and not indicator.startswith(("新增", "净增"))
            and row in (f"新增{indicator}", f"净增{indicator}", f"{target.kind}{indicator}"))


def _no_base_note(r: IndicatorResult, month: int) -> str:
    name = r.target.indicator if r.target is not None else r.name
    what = "增速" if r.target is not None and r.target.kind == "增速" else "比上年提高的幅度"
    return (f"{r.name}的年度目标按{what}考核，「月度数据」中没有{name}上年1—{month}月的同期数，无法计算；"
            f"请在「月度数据」中增加一行「{name}（上年同期）」填写上年同期累计数，"
            f"或增加一行单位为 % 的「{name}（增速）」直接填写累计增速")
