"""Plain data shared by every layer: settings, the plan tree, targets, results, the year report.

Nothing here imports openpyxl, xlwings or python-docx. Numbers are floats at full precision;
rounding happens only in the text layer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kjreport.workbook.unitsheets import UNIT_SHEETS

# a development zone's unit: the zone, then its organ ("株洲经济技术开发区科技创新局", "西安高新区科技局")
_ZONE_UNIT = re.compile(r"(?P<zone>[\u4e00-\u9fff]{2,16}?(?:开发区|高新区|经开区|园区|示范区|试验区|合作区))")
# a unit whose work is science and technology: 科学技术局, 科技和工业信息化局, 科协, 科委, 知识产权局, 科技创新局
_SCIENCE_UNIT = re.compile(r"科学技术|科技|科协|科委|知识产权|创新")


@dataclass(frozen=True)
class Settings:
    """设置: what the 设置 sheet of a workbook holds."""

    city: str  # 城市名称, e.g. 鲁泽市
    organization: str  # 单位名称, e.g. 鲁泽市科学技术局
    year: int  # 年度
    month: int = 12  # 报送月份 (1–12); < 12 means a mid-year report with 序时进度
    report_date: dt.date | None = None  # 成文日期
    exceed_threshold: float = 100.0  # 完成率 above this → 超额完成
    basic_threshold: float = 90.0  # 完成率 at or above this → 基本完成
    basic_gap_pp: float = 1.0  # percentage targets: gap ≥ −this (个百分点) → 基本完成
    alpha: float | None = None  # 资本产出弹性 α
    beta: float | None = None  # 劳动产出弹性 β
    growth_start_year: int | None = None  # 增长核算 起始年份 (default: year − 5)
    capital_basis: str = "资本存量"  # 资本存量 | 固定资产投资（永续盘存）
    depreciation: float = 0.096  # 折旧率 δ for the perpetual-inventory method
    adjusted_base: tuple[str, ...] = ()  # 上年数按新口径调整的指标
    plugin_files: tuple[str, ...] = ()  # 自定义指标文件
    source_priority: str = "内置计算"  # 指标来源优先: 内置计算 | 科室报送 (when both exist)
    band: float = 5.0  # 左右目标幅度 (%): a "≈" target is met within ± this share of the target
    extra: dict[str, str] = field(default_factory=dict)  # any other key in 设置 (mail, …)

    @property
    def place(self) -> str:
        """Return the place the unit's tables are titled by: a development zone's unit names its
        zone (单位名称 株洲经济技术开发区科技创新局 → 株洲经济技术开发区, 城市名称 株洲市), any other
        unit its 城市名称."""
        m = _ZONE_UNIT.match(self.organization or "")
        return m.group("zone") if m and not _ZONE_UNIT.match(self.city or "") else self.city

    @property
    def domain(self) -> str:
        """Return the word before 工作 in the documents' fixed titles (科技工作主要指标完成情况表,
        ……科技工作情况的通报): 科技 for a science unit or an unnamed one, nothing for any other
        unit importing its own plan (潜江市人民政府's 分解落实《政府工作报告》: 主要指标完成情况表)."""
        named = re.sub(r"\s+", "", self.organization or "")
        return "科技" if not named or _SCIENCE_UNIT.search(named) else ""

    @property
    def unit_bureau(self) -> str:
        """Return who a notice addresses in each 县区: its 科技主管部门, or for a unit that is no
        science unit (a 人民政府 breaking down its 《政府工作报告》) the 县区's 人民政府."""
        return "科技主管部门" if self.domain else "人民政府"

    @property
    def offices(self) -> str:
        """Return the unit's own reporting offices as a notice names them: 各科室 of a bureau, 各有关部门
        of a 人民政府 or 管委会 (its 责任单位 are departments, not 科室)."""
        return "各科室" if self.domain else "各有关部门"

    @property
    def title(self) -> str:
        """Return the summary's title, e.g. 鲁泽市科学技术局2011年工作总结和2012年工作打算."""
        return f"{self.organization}{self.year}年工作总结和{self.year + 1}年工作打算"


@dataclass
class PlanNode:
    """A node of the plan tree (工作意见): 部分 一、, 节 （一）, 条 一是."""

    code: str  # 编号: stable key, e.g. "总", "一", "一.1", "二.1.2"
    level: str  # 总 | 部分 | 节 | 条
    label: str  # the plan's own numbering: "一、", "（一）", "一是"
    title: str  # 标题: "发挥高新技术带动作用，促进经济发展转方式调结构"
    text: str = ""  # 正文 (optional)
    children: list[PlanNode] = field(default_factory=list)

    def walk(self):
        """Yield this node and every descendant, in plan order."""
        yield self
        for child in self.children:
            yield from child.walk()


AVERAGE_GROWTH = "年均增速"  # 目标类型 of a plan period's annual-average growth ("“十四五”年均增长18%")


# words a 新增 row's own name may begin with (新增、新认定、新引进…): the name already says the kind
INCREMENT_WORDS = ("新增", "净增", "新认定", "新通过认定", "新培育", "新引进", "新进", "新建", "新备案")


def increment_name(kind: str, name: str) -> str:
    """Return ``name`` as a 新增/净增 target says it: 新增高新技术企业 for 高新技术企业, but
    新引进高层次人才团队 and 新增高新技术企业 unchanged — never 新增新引进… (qa11 F29, F32)."""
    if kind in ("新增", "净增") and not name.startswith(INCREMENT_WORDS):
        return kind + name
    return name


RANK_UNITS = ("位",)  # 居第25位 (全省前5名 is imported as 前5位; 名 alone counts people: 200名)
RANK_NAME_WORDS = ("排名", "位次", "名次", "排位")  # a place in a ranking: smaller is better


def names_rank(name: str, unit: str) -> bool:
    """Return True when an indicator named ``name`` in ``unit`` is a rank (位次): 位/名 as its
    unit, or 排名/位次/名次 in its name with no other unit (综合科技创新水平全国排名)."""
    return unit in RANK_UNITS or (not unit and any(w in name for w in RANK_NAME_WORDS))


# "居民消费价格涨幅控制在3%左右": a ceiling with a band, not a ± band
CEILING_BAND = re.compile(r"控制在[^，；。]{0,12}左右")


@dataclass(frozen=True)
class Target:
    """A quantitative target of the plan (目标任务)."""

    indicator: str  # 指标名称: a built-in, a catalogue name or synonym, or a reported row/column
    value: float  # 目标值, in ``unit`` (the lower bound of a 区间 target)
    unit: str
    comparison: str = "≥"  # ≥ (达到/不低于/突破) | ≤ (控制在…以内/不高于) | ≈ (左右) | 区间 (3-5家)
    plan_items: tuple[str, ...] = ()  # 编号 of the plan items that state it
    department: str = ""  # 责任科室
    sentence: str = ""  # 原文
    cell: str = ""  # where it is, e.g. 目标任务!C5
    kind: str = "总量"  # 目标类型: 总量 | 新增 | 净增 | 累计 | 增速 (growth %) | 提高 (个百分点)
    stretch: float | None = None  # 争取值 (达到3.3%、争取达到3.4% → 3.4)
    upper: float | None = None  # 区间上限 (目标值 is the lower bound)
    name_cell: str = ""  # where the 指标 name is, e.g. 目标任务!A5 (problems about the name)
    unit_cell: str = field(default="", compare=False)  # where its 单位 is, e.g. 目标任务!C5 (a unit that clashes)
    period_average: bool = False  # 增速 only: a multi-year plan's 年均增长 requirement (目标类型 年均增速),
    # met by this year's growth but never called 年度目标

    @property
    def kind_label(self) -> str:
        """Return the 目标类型 as the workbook writes it: the kind, or 年均增速 for a plan period's
        annual-average growth (computed as 增速)."""
        return AVERAGE_GROWTH if self.period_average else self.kind

    @property
    def is_percentage(self) -> bool:
        """Return True when the target is compared as a gap in 个百分点, not as a 完成率.

        That is a target that is itself a percentage (26.5%), a growth target (增长15%) and a
        change of a rate (提高0.3个百分点).
        """
        if self.is_rank_rise:
            return False  # 排名提升1位: places, never 个百分点
        return self.unit in ("%", "个百分点") or self.kind in ("增速", "提高")

    @property
    def is_ceiling_band(self) -> bool:
        """Return True for a ≈ target the plan sets as a ceiling (控制在3%左右): met at or below
        the band's top, never short for being low (qa13 F18)."""
        return self.comparison == "≈" and bool(CEILING_BAND.search(self.sentence))

    @property
    def is_rank_rise(self) -> bool:
        """Return True for a rise in rank (综合科技创新水平全国排名提升1位, 位次前移2位): met when
        last year's place minus this year's is at least the target (a smaller place is better)."""
        return self.kind == "提高" and self.unit in RANK_UNITS

    @property
    def is_increment(self) -> bool:
        """Return True for 新增/净增 targets: compared with this year's stock minus last year's."""
        return self.kind in ("新增", "净增")


@dataclass(frozen=True)
class CountyValue:
    """One county's (县区) value of an indicator, with its rank among the counties."""

    county: str
    value: float | None
    previous: float | None = None
    yoy: float | None = None  # % growth (amounts) — None when 不可比
    change_pp: float | None = None  # 个百分点 change (ratios)
    rank: int | None = None  # 1 = best
    group: str = ""  # the ranking group (排名分组: 县（市）区, 开发区), "" when all rank in one list
    marked: bool = False  # no value because the county's cell says not applicable (「/」「—」「无」)
    by_growth: bool = False  # ``rank`` is by the growth (同比/百分点) a 增速/提高 target asks for, not the size


@dataclass
class IndicatorResult:
    """One computed indicator (指标结果) with everything the summary says about it."""

    name: str
    unit: str
    kind: str  # "amount" (亿元, 项, 家, …) | "ratio" (a percentage such as 27.1)
    value: float | None
    previous: float | None = None  # 上年同期
    target: Target | None = None
    completion: float | None = None  # 完成率 %, amount targets only
    gap: float | None = None  # value − target (unit of the target; 个百分点 for % targets)
    yoy: float | None = None  # 同比增长 % (amounts); None when 不可比 or no base
    yoy_note: str = ""  # e.g. "上年数按新口径调整", "上年基数为零，不可比"
    change_pp: float | None = None  # 比上年提高/降低 个百分点 (ratios)
    time_progress: float | None = None  # 序时进度 %, when month < 12
    ahead_pp: float | None = None  # 超(+)/慢(−)序时进度 个百分点
    status: str = "无目标"  # 超额完成 | 完成 | 基本完成 | 未完成 | 不可比 | 无目标 | 无数据
    status_note: str = ""  # why 不可比 / 无数据
    counties: list[CountyValue] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # ["县区数据!C3:C12", …]
    current_sources: list[str] = field(default_factory=list)  # those of this year's figures only
    formula: str = ""  # how it was computed, in Chinese, for draft comments
    department: str = ""
    plan_items: tuple[str, ...] = ()
    details: dict = field(default_factory=dict)  # indicator-specific extras (Solow parts, …)
    achieved: float | None = None  # what is compared with the target: the value (总量/累计), the
    # increment (新增/净增), the growth % (增速) or the change in 个百分点 (提高)
    stretch_met: bool | None = None  # 争取值 reached (None: no 争取值 or no data)
    origin: str = "内置"  # 内置 | 科室报送 | 县区报送 | 自定义
    higher_is_better: bool = True  # False for 位次 and 控制在…以内 targets: a fall is progress
    value_is_increment: bool = False  # value is a reported 新增 figure, not a year-end total
    increment_source: str = ""  # the cell of the reported 新增 figure a 新增/净增 target is judged by
    achieved_previous: float | None = None  # 新增/净增 targets: last year's 新增 figure, when reported
    achieved_yoy: float | None = None  # 新增/净增 targets: 同比 of the 新增 figure (not of the total)
    stock_pace: str = ""  # in year, how a stock's 总量 target was paced (indicators.stock), else ""
    data_year: int | None = None  # 数据年度 of a figure that lags (统计数据滞后): value and previous are
    # that year's and the year before's; None for this year's figures. The target is still this year's.
    data_lag: int = 0  # years the figure lags the report's 年度 (年度 − 数据年度), 0 for this year's
    # 科室数据's non-zero 上年数 of this indicator when the figures come from elsewhere (a ledger
    # whose last year counts 0): last year was not zero, so never 零的突破 (qa12 F35)
    reported_previous: float | None = None
    # last year's city figure over 县区上年数据's own units while a county name does not pair (the
    # 上年数 is then None, 不可比): its size only, for checks (``percent.hundredths``, qa21 F5)
    unpaired_previous: float | None = None
    # the unit the figures are reported in where it is not ``unit``: a 科室数据 row in 万元 under a
    # target of 亿元 has its figures restated in the plan's 亿元 (qa22 F8); "" when they are as reported
    source_unit: str = ""

    @property
    def is_rank(self) -> bool:
        """Return True for a rank (位次, 排名): a smaller number is better, no 完成率."""
        if self.target is not None and self.target.unit in RANK_UNITS:
            return True
        return names_rank(self.name, self.unit)

    @property
    def plain_name(self) -> str:
        """Return the name without the “（增速）” that tells two targets of one indicator apart
        (the result's key): what a reader sees."""
        if self.target is not None:
            suffix = f"（{self.target.kind}）"
            if self.name.endswith(suffix):
                return self.name[: -len(suffix)]
        return self.name

    @property
    def value_name(self) -> str:
        """Return the indicator the value (本年数) is a figure of: 高新技术企业 for a 新增高新技术企业
        target judged from the stock's row (its value is the year-end total), else the plain name."""
        name, kind = self.plain_name, self.target.kind if self.target is not None else "总量"
        if kind in ("新增", "净增") and not self.value_is_increment and name.startswith(kind) and len(name) > 2:
            return name[2:]
        return name

    @property
    def figure_name(self) -> str:
        """Return the name this result's figures go by where its target's kind is not said
        (a county's figure, a column header): 新增众创空间 for a 新增 target, else the name."""
        kind = self.target.kind if self.target is not None else "总量"
        return increment_name(kind, self.plain_name)

    @property
    def row_name(self) -> str:
        """Return the indicator as a table row beside its target names it, by the target's kind:
        新增高新技术企业, 技术合同成交额增速, …提高幅度 (never the key's “（增速）”)."""
        base = self.plain_name
        kind = self.target.kind if self.target is not None else "总量"
        if kind in ("新增", "净增"):
            return increment_name(kind, base)
        if kind == "提高" and self.is_rank:
            return base + "提升位数"  # 综合科技创新水平全国排名提升位数 (位), never 提高幅度 (个百分点)
        return base + {"增速": "增速", "提高": "提高幅度"}.get(kind, "")

    @property
    def near(self) -> tuple[float, ...]:
        """Return the target figures (目标值, 争取值, 区间上限) in this result's unit: the value is
        never rounded into or across them when shown."""
        t = self.target
        if t is None or t.kind not in ("总量", "累计") or (t.unit and self.unit and t.unit != self.unit):
            return ()
        return tuple(x for x in (t.value, t.stretch, t.upper) if x is not None)

    @property
    def measured_yoy(self) -> float | None:
        """Return the 同比 of the figure stated against the target: a 新增 target's is that of
        the 新增 figure (None when last year's 新增 is unknown), never the total's growth."""
        if self.target is not None and self.target.kind in ("新增", "净增"):
            return self.achieved_yoy
        return self.yoy

    @property
    def measured(self) -> tuple[float | None, str]:
        """Return (figure, unit) as stated against the target — the 新增 count, the growth in %,
        the change in 个百分点, else the value — for every table that puts it beside the target."""
        kind = self.target.kind if self.target is not None else "总量"
        if kind == "提高" and self.is_rank:
            return self.achieved, "位"  # places moved up: 前移1位
        if kind in ("新增", "净增", "增速", "提高"):
            return self.achieved, {"增速": "%", "提高": "个百分点"}.get(kind, self.unit)
        return self.value, self.unit


@dataclass(frozen=True)
class ProgressNote:
    """A department's written progress on a plan item (工作进展), quoted by the summary."""

    item: str  # plan 编号
    department: str
    text: str
    cell: str = ""


@dataclass(frozen=True)
class NextYearItem:
    """A line of next year's plan (下年工作打算): free text, optionally with a target."""

    text: str
    indicator: str = ""
    value: float | None = None
    unit: str = ""
    cell: str = ""


@dataclass
class YearReport:
    """Everything a year-end summary is made from, computed from one workbook."""

    source: str  # workbook path (or Excel book name)
    settings: Settings
    plan: PlanNode  # root: level "总", code "总"
    results: list[IndicatorResult]
    notes: list[ProgressNote] = field(default_factory=list)
    counties: list[str] = field(default_factory=list)
    county_types: dict[str, str] = field(default_factory=dict)  # 县区 → 县/区/开发区/高新区 (optional)
    outside_total: tuple[str, ...] = ()  # units whose 类型 says 不计入合计 (listed, ranked, not summed)
    next_year: list[NextYearItem] = field(default_factory=list)
    problems: list = field(default_factory=list)  # 须核对 and 提示 Problems (conversions made …)
    unconfirmed: list = field(default_factory=list)  # 须核对 Problems not yet confirmed in 核对记录
    record: object = None  # the 「核对记录」 SheetData as read (its marks are kept by fill), or None
    progress: object = None  # kjreport.progress.inputs.ProgressInputs: 时间节点, 月度数据, 下步措施
    unit_sheets: tuple[str, str] = UNIT_SHEETS  # 县区数据, 县区上年数据 as the workbook calls them (乡镇数据 …)

    def result(self, name: str) -> IndicatorResult | None:
        """Return the result registered under ``name``, or None."""
        return next((r for r in self.results if r.name == name), None)

    def results_for(self, code: str) -> list[IndicatorResult]:
        """Return the results whose target belongs to plan item ``code``, in target order."""
        return [r for r in self.results if code in r.plan_items]

    def notes_for(self, code: str) -> list[ProgressNote]:
        """Return the progress notes departments wrote for plan item ``code``."""
        return [n for n in self.notes if n.item == code]
