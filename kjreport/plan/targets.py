"""Targets of a plan: every quantity in its text becomes a target, or is listed with a reason.

A quantity whose words match the catalog becomes a target of that built-in indicator; any other
quantity with a name in the text (``技术合同成交额``, ``区域科技创新指数``) becomes a target of a
*reported* indicator of that name. The rest is sorted, never dropped silently: another year's
targets (``到2030年…``), past results (``截止2018年底…``), and quantities whose meaning could not
be read (listed with their line). Ordinals, dates, document numbers and quoted project names are
not quantities at all.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kjreport.indicators.catalogue import default_department, load_catalogue
from kjreport.indicators.names import name_key
from kjreport.model import PlanNode, Target
from kjreport.plan import catalog, completion, wording
from kjreport.plan.text import cn_value
from kjreport.plan.wording import CLAUSE_MARKS, PAST_HEADING, PLAN_HEADING, QUANTITY_RE
from kjreport.plan.yearwords import WITHIN_YEAR, WORKS_BEGUN_YEAR, YEAR_NUM, period_of

SENTENCE_RE = re.compile(r"[^。；！？]*[。；！？]?")
# quoted phrases in a row, each its own item when the first states a number: "“…产值规模力争突破1000亿元”
# “五大…产值突破1800亿元”"; a programme named by two quoted words stays one name: 省“尖兵”“领雁”立项
QUOTES_IN_A_ROW = re.compile(r"([“「『][^“”「」『』]*\d[^“”「」『』]*[”」』])(?=[“「『])")
NAME_MARKS = "，；。：！？—"  # 、 joins names ("国家、省、市科技项目资金"), it does not end one
YEAR_MENTION = re.compile(
    # "截至2021年底" names the year ("2019至2021年" is a period); not the base of a comparison:
    # "比2009年增长10%以上"
    rf"(?:(?<=截至)|(?<=截止)|(?<![\d\-—–~～至比较]))({YEAR_NUM})年(?!\s*(?:的)?基础上)(?![\-—–~～至]\d)"
)
# "到2027年，…" / "2025年，…": a year that frames the rest of the paragraph, not just its sentence
FRAME_YEAR = re.compile(
    # (not a level to return to: "确保大豆油料面积恢复到2020年水平以上" (安徽 2022))
    rf"(?:(?<!恢复)(?<!回到)(?<!回升)(?:到|至)({YEAR_NUM})年(?!的?水平?)|({YEAR_NUM})年(?:底|末|前)?(?=[，：])"
    # "“十三五”期间将更加注重……。将累计……" (the period read as "2020年及以前"): what the period is to do
    rf"|({YEAR_NUM})年及以前[，,]?(?=将|要|力争|计划))"
)
# a population other than the catalogue's: a reserve ("后备培育入库企业") or a density
# ("千家工商注册企业中高新技术企业数量")
RESERVE = re.compile(r"后备|储备|培育库|千家|每千|每万|万家[^，；。]{0,8}中")
APPLIED = re.compile(r"(?:组织|推荐)?申报(?!认定|和复审)|出库")
TARGET_WORDS = re.compile(rf"目标|力争|争取|确保|预期|(?:到|至){YEAR_NUM}年")
MONEY = {"亿元": 1e8, "万元": 1e4, "元": 1.0}
AREA_UNITS = ("亩", "万亩", "平方米", "万平方米", "公顷", "平方公里")
VOLUME_UNITS = ("立方米", "万立方米")


@dataclass(frozen=True)
class Unmapped:
    """A quantity in the plan that is not imported as a target, with the reason (in Chinese)."""

    line: int
    item: str  # 编号 of the node it is in
    quantity: str  # as written, e.g. "20%"
    sentence: str
    reason: str = "没有找到对应的指标名称"


@dataclass
class Segment:
    """A piece of text belonging to one plan node, for target extraction."""

    code: str
    line: int
    text: str


@dataclass
class Extraction:
    """What the text says: targets for the plan's year and everything set aside."""

    targets: list[Target]
    unmapped: list[Unmapped]  # not understood
    other_years: list[Unmapped]  # targets of another year (listed, not imported)
    past: list[Unmapped]  # results already reached (not targets)
    notes: list[str]
    not_targets: list[Unmapped]  # numbers that describe what is counted (30家重点企业)
    years: list[int]  # the years targets are stated for, in order of first mention
    horizon: int | None = None  # the latest "到2025年" of the text: a multi-year plan's end
    dated: int | None = None  # the year the page is dated (its 发布时间), when it names one
    period: tuple[int, int] | None = None  # the plan period its title names ("(2024-2026)")
    # a later value of a target that was kept first: (the target kept, the later one, the note
    # that said so) — the later one stands in when the first is set aside as a result after all
    conflicts: list[tuple[Target, Target, str]] = field(default_factory=list)
    # (indicator, kind) → the sentences that stated a kept target again (the 主要目标 paragraph, then
    # the table's row): where the later one names the 责任科室 (a table's column), it holds (qa24 F3)
    restated: dict[tuple[str, str], list[str]] = field(default_factory=dict)


@dataclass
class _Found:
    name: str
    entry: catalog.CatalogEntry | None
    value: float
    unit: str
    comparison: str
    kind: str
    code: str
    line: int
    sentence: str
    written: str
    stretch: float | None = None
    upper: float | None = None
    own_name: str = ""  # the name as the text writes it, with its verb ("申报认定和复审高新技术企业")
    recognised: bool = False  # led by one verb of this year's recognitions ("认定", "争创", "培育")
    average: bool = False  # 增速 over a plan period, year by year on average ("年均增长18%")


# an area named by the verb of sowing and its crop: "计划种植棉花" (its 种植面积)
_SOWN = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:计划|要|将))?种植(?P<crop>(?!业)[\u4e00-\u9fff]{2,8}?)(?<!面积)")
# a name that points back at a measure named before it
_ANAPHORA = ("这一数字", "这一数据", "这一比例", "这一指标", "该指标", "该比例", "这个数字", "此项指标")


def _referent(text: str, unit: str) -> str:
    """Return the measure named last before a number of ``unit`` in ``text`` ("" when none)."""
    last = ""
    for m in QUANTITY_RE.finditer(text):
        if (m["unit"] or "") == unit:
            clause = re.split(r"[，。；：！？]", text[: m.start()])[-1].rstrip()
            last = wording.name_before(re.sub(r"(?:仅为|仅|只有|刚过|刚刚超过|为|是|达到|达|超过)$", "", clause)) or last
    return last


# the size of each thing counted, between the count and its name: "100个1000平方米以上的城市示范社区"
_SIZE_SPEC_AFTER = re.compile(r"\d+(?:\.\d+)?\s*(?:平方米|平米|万平方米|亩|万亩)(?:以上|及以上)?的")
_COUNTED = ("个", "家", "项", "条", "处", "座", "所", "户", "批", "支")
# a ；-clause that only gives the stretch of the one before: "；期成可比价增长14%。" (江宁 2009)
_STRETCH_CLAUSE = re.compile(
    r"^\s*(?:期成|力争|争取)(?:可比价)?(?:增长|达到|实现|突破)?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>%|亿元|万元)?"
    r"(?:以上|左右)?\s*[；。]?\s*$"
)


def extract(
    segments: list[Segment],
    root: PlanNode,
    year: int | None,
    own_year: int | None = None,
    title: str = "",
    date: tuple[int, int] | None = None,
    heading: str = "",
    review_opening: bool = False,
) -> Extraction:
    """Return the targets stated for ``year`` (all years when None) and what was set aside.

    ``own_year`` is the plan's own year (its title's): a sentence that names no year is about it.
    ``heading`` is the plan's title when the first line is not (a 印发通知's salutation).
    ``review_opening``: a bare line before part 一 heads a review ("2017年工作回顾"), so the
    parts that follow report results up to the first that plans.
    """
    out = Extraction([], [], [], [], [], [], [])
    found: list[_Found] = []
    past_codes = _past_codes(root, year or own_year, review_opening)
    budget_codes = _codes_under(root, lambda t: bool(BUDGET_HEADING.search(t)))
    plan_codes = _plan_codes(root) - past_codes
    # "（一）职责任务" in a 绩效 self-check report: a bare line of names and figures below it is
    # the year's targets, whatever the report says of them afterwards
    list_codes = _codes_under(root, lambda t: bool(wording.TARGET_LIST_HEADING.match(t)))
    tasks_codes = tasks_set_codes(root)
    ahead_codes = _codes_under(root, lambda t: bool(wording.COMING_YEARS_HEADING.search(t)))
    all_text = "".join(seg.text for seg in segments)
    results_doc = wording.reports_results_mostly(
        "\n".join(seg.text for seg in segments), heading or title, date, year or own_year
    )
    # a text that only reports a finished period (no word anywhere looks ahead): every sentence
    # is a result, and no "今年…" turns a paragraph into plans
    # (never under a title that plans: "2023年工作要点" whose targets are set in plain words, with a
    # paragraph of last year's results at its end)
    finished = not _plans_only(heading or title) and (
        wording.reports_finished_period("\n".join(seg.text for seg in segments), year or own_year)
        # an experience report: "……全县实现地区生产总值69.00亿元，……。我们的主要做法是：" (藤县 2007)
        or bool(wording.EXPERIENCE_SHARED.search(all_text[:3000]))
    )
    results_doc = results_doc or finished
    level = wording.own_level(all_text)
    # a text that sets its targets for 明年 (a meeting late in the year before): its 今年 is the
    # year before the imported one, and what it says of 今年 is a result
    this_year = year
    if year is not None and wording.plans_next_year(f"{heading or title}\n{all_text}", date, year):
        this_year = year - 1
    # a page dated years before the imported year ("2009-11-04 … 计划到2012年使…"): its 今年 is
    # the year it was written
    written_in = date[0] if year is not None and date is not None and date[0] < year - 1 else None
    out.horizon = max((int(y) for y in _HORIZON_YEAR.findall(all_text)), default=None)
    out.dated = date[0] if date is not None else None
    out.period = period_of(title)
    planning = False  # in a report of results: "今年，我省将推进…重点任务。" opens the plans
    progress = bool(wording.PROGRESS_REPORT.search(all_text))
    # a report dated in the last quarter of its own year ("兵团棉花今年再次喜获丰收", 2013-10-21):
    # its 今年 is the year reported on, as in a progress report, not a turn to the plans
    late_report = date is not None and date[0] == (year or own_year) and date[1] >= 10
    # "去年我市……；新增……": a paragraph opened by a past period stays past, and so do the
    # paragraphs after it in the same part, until a target word
    past_open, past_code = False, None
    # "2011年，…。主要成效有：" then "1、…" "2、…": the items it announces are that year's results, up
    # to a sentence that turns to the plans ("2012年，我们要…")
    announced_results = False
    announced: int | None = None
    # a label line "“十四五”目标：" / "2021年目标：" frames the unheaded lines after it, up to the
    # next such label or another part: (label's year, part)
    labelled: tuple[int, str] | None = None
    goals_below = False  # the label is one of goals ("2021年目标："), not a year's block
    deadline: int | None = None  # the last "到2017年" of the paragraph before
    # a report of the year before that turns to the imported year's goals ("政府工作报告提出了
    # 2023年……的主要预期目标，……"): the sentences after it that name no year are that year's
    default_year = own_year
    goals_next = False
    for seg in segments:
        if seg.code in past_codes and not completion.REWRITTEN.search(seg.text):
            # (a line "X：年度目标8家，上半年新增6家" under "主要指标完成情况" still states the
            # year's target beside its result: it is read as the two sentences it was rewritten to)
            _set_aside_past(seg, out)
            continue
        if seg.code in budget_codes:
            _set_aside_budget(seg, out)
            continue
        seg_results = results_doc and not planning and seg.code not in plan_codes
        # a paragraph that only reports a finished period (no word in it looks ahead, three signs
        # of results) reports results even when another paragraph turns to the plans ("下一步…")
        seg_finished = finished or (
            not planning
            and seg.code not in plan_codes
            and wording.reports_finished_period(seg.text, year or own_year, paragraph=True)
        )
        seg_results = seg_results or seg_finished
        if seg.code in list_codes and wording.bare_target_list(seg.text):
            seg_results = seg_finished = False
        if seg.code in tasks_codes:
            # "（二）报告中确定的其他指标任务完成情况 / 1.引进……项目不少于3个；……。上半年，引进……" (咸宁 2021):
            # each item states the task set, then its progress
            seg_results = seg_finished = False
        listed_goals = goals_next  # "……的主要预期目标是：" ended the paragraph before: this one lists them
        if listed_goals:
            seg_results = seg_finished = False
        goals_next = bool(wording.GOALS_FOLLOW.search(seg.text))
        planning = planning or (
            results_doc
            and bool(
                wording.PLANS_FOLLOW.search(seg.text)
                or wording.PLANS_HEADING.match(seg.text)  # "今年主要预期目标" over the goals
                # "会议要求，……", "下一步，……": a paragraph opened by the turn to the plans
                or re.match(rf"^\s*(?:{wording.PLAN_TURN.pattern})", seg.text)
            )
        )
        # the year a "到2027年，" put in force for this paragraph (or the previous paragraph's
        # last sentence announced: "《决定》着重擘画了到2020年的目标，提出……的奋斗目标。")
        if (label_year := wording.goals_label_year(seg.text)) is not None:
            labelled = (label_year, seg.code)
            goals_below = bool(wording.GOALS_LABEL.match(seg.text))
        elif labelled is not None and labelled[1] != seg.code:
            labelled = None
        frame: int | None = announced or (labelled[0] if labelled else None)
        if frame is None and (period := _PERIOD_OPENS.match(wording.period_years(seg.text))):
            frame = int(period[1])  # "“十一五”期间，云南将……。云南省计划……" (云南 2006): the period's paragraph
        if label_year is None and labelled is not None and goals_below and labelled[0] == (year or own_year):
            # "2013预期目标" then "●财政总收入增长18%以上" (大理 2013): what a label of the year's
            # goals heads is goals, in a report of results too
            seg_results = seg_finished = False
        if frame is None and deadline is not None and _GOES_ON.match(seg.text):
            frame = deadline  # "力争到2017年，……。" / "同时，……增长20%以上": the same years' goals
        deadline = next((int(y) for y in reversed(_HORIZON_YEAR.findall(seg.text))), None)
        announced = None
        cued = listed_goals  # a target word earlier in the same sentence ("力争…；销售收入470亿元")
        carried: int | None = None  # a year named earlier in the same sentence ("2020年…；…")
        opening, this_year_open = True, False  # the sentence opened with 今年 (its first ；-clause)
        zone = ""  # the zone an earlier ；-clause was about ("示范区新增…；新增…")
        estimating = False  # "预计…" earlier in the same sentence governs its ；-clauses
        # "未来五年的目标是：…；…；…": the coming years' goals, up to the 。 (or the whole part under
        # "今后五年的重点目标")
        ahead = seg.code in ahead_codes
        if seg.code != past_code or seg.code in plan_codes:
            past_open = False
        elif wording.names_goals_of(seg.text.split("。")[0], year or own_year):
            past_open = False  # "2024年目标任务": the goals' own paragraph, after last year's
        elif (year or own_year) and re.fullmatch(rf"[\s?？•·]*{year or own_year}\s*年(?:度)?\s*", seg.text):
            # "三年来……" then a line "2021年" (河南 2021, an infographic): the year's own plans follow
            past_open, planning = False, True
        elif wording.TASK_SLOGAN.match(seg.text) and not results_doc:
            past_open = False  # "聚力厚植科技创新优势。加快……": a task of the plan
        elif wording.UNIT_OPENING.match(seg.text):
            past_open = False  # "3.…" after an unnumbered "2022年，…" paragraph: a new item
        past_code = seg.code
        if announced_results and seg.code not in plan_codes:
            past_open = True
        spelled = wording.spelled_code(seg.text)
        quarter = wording.own_quarter(title)
        tasks_done = False  # the sentence before said the year's tasks are all done
        so_far = False  # an earlier ；-clause broke down the progress so far ("目前，已…，其中，…；")
        earlier_year_told = False  # the sentence before told an earlier year's figures, no target word
        done_before = False  # the sentence before only reported figures done
        set_before = False  # the sentence before set targets and reported none done
        # an earlier ；-clause of the same sentence said the year's goals were met ("全年完成营造林1363万亩、
        # 种草3210万亩，超额完成年度目标；开展……，完成绿化48.8万亩" (内蒙古 2020)): the clauses after it report too
        goals_met_before = False
        clause_found: list[_Found] = []  # the targets of the ；-clause before, in the same sentence
        for sentence in wording.with_gap_goals_named(wording.with_references_joined(SENTENCE_RE.findall(seg.text))):
            if sentence.strip():
                was_past = past_open
                first_clause = opening
                if opening:
                    this_year_open = _opens_with_this_year(sentence, year or own_year)
                if (
                    wording.past_opener(sentence, year or own_year)
                    or wording.reports_earlier_year(sentence, year or own_year)
                    # "我省年初确定的计划目标任务均已完成。其中，全省生产总值首次突破1万亿元…" (湖北 2009)
                    or (tasks_done and re.match(r"\s*其中", sentence))
                    # "……，经济各项指标完成情况好于预期。公共财政预算支出完成280.96亿元，……" (西藏 2016)
                    or wording.RESULTS_VERDICT.search(sentence)
                    # "……，2022年实施项目117个，……。全年争取中央预算内投资项目18个" (海原 2023): the
                    # whole of the year the sentence before reported
                    or (earlier_year_told and re.match(r"\s*(?:全年|当年|同年|这一年)", sentence))
                    or (goals_met_before and not wording.report_target_cue(sentence, True))
                ):
                    past_open = True
                elif past_open and (
                    wording.opens_this_year(sentence, year or own_year)
                    or wording.PAST_RESET.search(sentence)
                    or wording.PLAN_TURN.search(sentence)
                    or (
                        not estimating  # "预计2022年…；…将首次突破3%": still the estimate
                        and any(
                            m.group() != "争取"
                            for m in wording.STRONG_TARGET.finditer(
                                wording.ESTIMATED.sub("", sentence)
                            )
                        )
                    )
                    or wording.FUTURE.search(sentence)
                    or wording.THIS_YEAR_PLAN.search(sentence)
                    or wording.names_goals_of(sentence, year or own_year)
                ):
                    past_open = announced_results = False
                if past_open and wording.RESULTS_ANNOUNCED.search(sentence):
                    announced_results = True
                if wording.THIS_YEAR.search(sentence):
                    frame = this_year  # "今年内…": the rest of the paragraph is the imported year
                elif year is not None and frame == this_year != year and wording.FUTURE.search(sentence):
                    # a 明年 plan: "今年……超过390億斤……。据介绍，江西实施此项工程将重点推进……，确保……" (江西
                    # 2009): a sentence that plans, after this year's results, plans 明年
                    frame = year
                if seg_results and not seg_finished and (
                    wording.FUTURE.search(sentence)
                    or wording.TARGET_SETTING.search(wording.COMPLETION_RATE.sub("", sentence))
                    or (not (progress or late_report) and wording.THIS_YEAR_PLAN.search(sentence))
                    # "2016年，我市力争申报高新技术企业35家，…。高新技术产业增加值达到90亿元": a
                    # sentence opened by the plan's year with a target word plans the paragraph
                    or (
                        wording.opens_this_year(sentence, year or own_year)
                        and wording.PLAN_YEAR_WORD.search(sentence)
                    )
                    # "2022年，……达225家、增长39.8%。……2023年，鄂州市继续……，高新技术产业增加值增长12%以上；
                    # …": after the earlier year's results, a sentence opened by the plan's year that
                    # reports nothing turns to its plans (a page that lost its paragraph breaks)
                    # (one that states figures of its own: "2021年是……开局之年，各县(市)区要……" asks
                    # the counties, the sentences after it may too)
                    or (was_past and wording.opens_plan_year(sentence, year or own_year)
                        and bool(re.search(r"\d[\d.]*\s*(?:%|个|家|项|件|亿|万|人)", sentence)))
                ):
                    seg_results = False  # "我省将围绕…": the rest of the paragraph is planned
                if _turns_to_next_year(sentence, year, frame or default_year) or _turns_to_coming_years(
                    sentence, year, frame or default_year
                ):
                    # "2010年，……完成……。明年我镇的……主要预期目标是：……": the year after the one
                    # the text reports is the imported year, for the rest of the text (or the last
                    # of the coming years: "今后五年……的主要目标是：……")
                    frame = default_year = year
                before_scan = len(found)
                past_before = len(out.past)
                quarters_before = len(out.not_targets)
                stretch = _STRETCH_CLAUSE.match(sentence)
                if (stretch and clause_found and clause_found[-1].unit == (stretch["unit"] or "")
                        and clause_found[-1].stretch is None
                        and (float(stretch["value"]) > clause_found[-1].value) == (clause_found[-1].comparison != "≤")):
                    # "地区生产总值可比价增长12%；期成可比价增长14%。": the clause before's stretch
                    clause_found[-1].stretch = float(stretch["value"])
                    sentence_read = ""
                elif done_before and re.match(r"\s*其中", sentence) and not wording.STRONG_TARGET.search(sentence):
                    # "今年，王洛镇已落实烟叶种植面积1.7万多亩……。其中，2022年预留1500亩纯作烟方1处、……"
                    # (王洛 2022): the parts of what the sentence before reported done are done too
                    _set_aside_sentence(seg, sentence, out.past, "是前一句已完成数的构成（“其中……”），不是目标")
                    sentence_read = ""
                else:
                    sentence_read = sentence
                _scan(
                    seg,
                    sentence_read,
                    year,
                    frame or default_year,
                    found,
                    out,
                    seg_results,
                    level,
                    # "……计划安排重点建设项目92个，总投资1257.3亿元。其中，重大前期项目12个……" (横山 2021):
                    # the parts of the targets the sentence before set
                    cued or (set_before and bool(re.match(r"\s*其中", sentence))),
                    carried,
                    past_open,
                    this_year,
                    spelled,
                    quarter,
                    zone,
                    written_in,
                    ahead,
                    so_far,
                )
                if len(found) > before_scan and (zoned := wording.ZONE_SUBJECT.match(found[-1].name)):
                    zone = zoned.group()
                framed = _frame_of(wording.period_years(sentence), frame)
                # (a horizon inside a sentence opened by 今年 holds for its own ；-clause only: "今年，我市将
                # ……；力争到2020年每个涉农县区建成2-3个田园综合体；建成4个旅游示范镇……" (兰州 2018))
                if not (this_year_open and not first_clause and framed != (year or own_year)):
                    frame = framed
                if _turns_to_year(sentence, year, default_year):
                    default_year = year
                if year is not None and frame is not None and frame != year and any(
                    int(m.group(1)) == year for m in _KEY_YEAR.finditer(sentence)
                ):
                    # "2017年，我市……。2018年是实施乡村振兴战略的起步之年，……全市将新建……" (泰兴 2018):
                    # the text turns from the year before to its own
                    frame = year
                ended = sentence.endswith(("。", "！", "？"))
                goals_met_before = not ended and (
                    goals_met_before
                    or bool(re.search(r"(?:超额|圆满|全面)完成(?:了)?(?:年度|全年|既定)?(?:目标|任务)", sentence))
                    # "在村集体经营性收入方面，截至10月10日，……；……达到20万元以上有262个村，占比68.95%" (晋江
                    # 2022): the clauses after an as-of date report too
                    or bool(re.match(r"\s*(?:[^，；。]{0,20}?方面[，,])?\s*截[至止](?:目前|今年)?\s*\d{1,2}\s*月", sentence))
                    # "今年1-8月，全区完成地区生产总值117.6亿元……；完成固定资产投资113亿元；……" (遂宁经开区
                    # 2016): the months so far, for every clause after
                    or bool(re.match(r"\s*(?:今年)?(?:1|一)\s*(?:-|—|至|到)\s*\d{1,2}\s*月份?[，,]", sentence))
                )
                clause_found = [] if ended else found[before_scan:] or clause_found
                earlier_year_told = ended and wording.reports_earlier_year_plainly(sentence, year or own_year)
                # "今年，王洛镇已落实烟叶种植面积1.7万多亩……。其中，……预留1500亩纯作烟方1处" (王洛 2022):
                # the parts of what the sentence before reported done
                # ("一季度全州实现农林牧渔业总产值19.67亿元……。其中：畜牧业产值达到18.4亿元" (昌吉 2023): a
                # quarter's figures too)
                set_before = (
                    ended
                    and len(found) > before_scan
                    and len(out.past) == past_before
                    and bool(wording.STRONG_TARGET.search(sentence))
                    and not wording.PROGRESS_SO_FAR.search(sentence)
                )
                done_before = ended and len(found) == before_scan and (
                    len(out.past) > past_before
                    or any(u.reason.startswith("是季度进度") for u in out.not_targets[quarters_before:])
                )
                so_far = not ended and (so_far or bool(_SO_FAR_BROKEN_DOWN.match(sentence)))
                tasks_done = bool(wording.TASKS_DONE.search(sentence))
                estimating = not ended and (estimating or "预计" in sentence)
                ahead = seg.code in ahead_codes or (not ended and (ahead or bool(wording.GOALS_AHEAD.search(sentence))))
                cued = not ended and not seg_finished and (  # a finished period's report cues nothing
                    # (a paragraph that opened with a past year reports too: "2021年是……；争取国家项目
                    # 1027项，获得经费支持5.39亿元；" obtained them, set no target for what follows)
                    cued or wording.report_target_cue(sentence, results_doc or past_open)
                    # "……发展规划显示，到“十四五”末，全州工业总产值突破2000亿元……；规模以上工业增加值在675亿元
                    # 以上，……" (黔西南 2025): a horizon not before the imported year looks ahead for
                    # the ；-clauses after it
                    or bool(
                        (ahead_to := _HORIZON_OPENING.search(wording.period_years(sentence)))
                        and int(ahead_to["ahead"]) >= (year or own_year or 9999)
                    )
                )
                named_here = wording.listed_goals_year(sentence) or (  # "2013年…的主要目标是：…；…"
                    wording.leading_year(wording.period_years(sentence))  # "“十二五”期间，…；…"
                )
                carried = None if ended else (named_here or carried)
                opening = ended
                zone = "" if ended else zone
                if re.search(r"\d", sentence):  # a tail with no number keeps it
                    announced = wording.announced_goals_year(sentence)
    found = _without_restated_results(found, out)
    found = _without_breakdowns(found, out)
    found = _without_bare_restatements(
        found, {seg.line for seg in segments if _SUBHEAD_LINE.fullmatch(seg.text.strip())}
    )
    found = _with_opening_topics(found, segments)
    out.targets, merge_notes, conflicts = _merge(found, out.restated)
    out.notes = merge_notes + _unitless_notes(found)
    out.targets = _attach_topics(out.targets, root)
    kept = {(t.indicator, t.kind): t for t in out.targets}
    out.conflicts = [
        (kept[key], later, note)
        for key, later, note in conflicts
        for later in _attach_topics([later], root)
        if key in kept
    ]
    return out


def _without_restated_results(found: list[_Found], out: Extraction) -> list[_Found]:
    """Return ``found`` without a bare statement ("广西工业对经济增长贡献率达52%", a subtitle) of a
    figure the text reports elsewhere as an earlier year's ("2013年，广西工业对经济增长的贡献率达到
    52%"): with no target word and no year of its own it restates that result (it goes to ``past``)."""
    earlier = {
        (p.quantity, p.sentence) for p in out.past if re.match(rf"{YEAR_NUM}年的情况", p.reason)
    }
    kept = []
    for f in found:
        again = next((s for q, s in earlier if q == f.written and s != f.sentence and len(f.written) >= 3), None)
        if (
            again is not None
            and not TARGET_WORDS.search(f.sentence)
            and not wording.STRONG_TARGET.search(f.sentence)
            and not re.search(r"将|要|计划|拟", f.sentence)
            and not YEAR_MENTION.search(f.sentence)
        ):
            reason = "与正文中往年的实绩同数（如“2013年……达到52%”），是重述的实绩，不是目标"
            out.past.append(Unmapped(f.line, f.code, f.written, f.sentence, reason))
            continue
        kept.append(f)
    return kept


def _without_breakdowns(found: list[_Found], out: Extraction) -> list[_Found]:
    """Return ``found`` without the counts of one later sentence that break down an earlier count
    of the same thing and sum to it: "建设……制种产业示范基地10个" and, a paragraph on, "建设……农作物
    制种示范基地5个，其他各具特色制种品种的示范基地5个" (石嘴山 2015). They go to ``not_targets``.
    A breakdown given with 其中 is the plan's own parts and stays."""
    drop: set[int] = set()
    by_sentence: dict[tuple[int, str], list[int]] = {}
    for i, f in enumerate(found):
        by_sentence.setdefault((f.line, f.sentence), []).append(i)
    for (_, sentence), members in by_sentence.items():
        parts = [found[i] for i in members if found[i].kind == "总量" and found[i].unit]
        if len(parts) < 2 or "其中" in sentence or len({p.unit for p in parts}) != 1:
            continue
        head = _shared_tail([p.name for p in parts])
        if len(head) < 2:
            continue
        whole = next(
            (
                w for w in found[: members[0]]
                if w.sentence != sentence and w.unit == parts[0].unit and w.kind == "总量"
                and w.name.endswith(head) and abs(w.value - sum(p.value for p in parts)) < 1e-9
            ),
            None,
        )
        if whole is None:
            continue
        for i in members:
            if found[i] in parts:
                drop.add(i)
                reason = f"是前文“{whole.name}{_fmt(whole.value)}{whole.unit}”的分项（几项相加正好是这个数），不另记目标"
                out.not_targets.append(Unmapped(found[i].line, found[i].code, found[i].written, found[i].sentence, reason))
    return [f for i, f in enumerate(found) if i not in drop]


def _shared_tail(names: list[str]) -> str:
    """Return the longest ending the names share ("…农作物制种示范基地", "…品种的示范基地" → 示范基地)."""
    tail = ""
    for k in range(1, min(len(n) for n in names) + 1):
        if len({n[-k:] for n in names}) != 1:
            break
        tail = names[0][-k:]
    return tail


def _numberless(seg: Segment, sentence: str, shown: str, out: Extraction, results_doc: bool) -> None:
    """List a target written with no number ("高新技术企业数量实现翻一番", "实现…零的突破") as not
    understood, so that it is never dropped silently (the office adds it by hand)."""
    if results_doc or wording.is_past(sentence):
        return
    for m in wording.NUMBERLESS_TARGET.finditer(sentence):
        reason = (
            "“翻一番”等倍数目标没有数字，未导入；如是本年度目标，请在「目标任务」中按增速（翻一番即增长100%）手工补充"
            if m["how"] != "零的突破"
            else "“零的突破”没有数字，未导入；如是本年度目标，请在「目标任务」中按新增1个手工补充"
        )
        out.unmapped.append(Unmapped(seg.line, seg.code, m["how"], shown, reason))


# a verb (or two joined by 或/和) that opens an item after 、 and takes the name after it: the item
# counts what that verb does, not the 新增 of the item before ("…50家、引进或培育…300家")
_ITEM_VERBS = r"补植|补造|补种|修复|恢复|大修|维修|修缮|修编|修订|编制|引进|引入|培育|认定|招引|组建|创建|争创|打造|建设|建成|实施|推动|推进|支持|扶持|培养|举办|评选|遴选|优选|选派|设立|发展|推广|种植|改造"
# any verb that takes an object after it, opening a clause ("开发重点新产品…")
_VERB_OPENS = re.compile(wording.VERB_BEFORE_OBJECT.pattern.removesuffix("$"))
_OWN_VERB_OPENS = re.compile(rf"(?:{_ITEM_VERBS})(?:[或和及与、](?:{_ITEM_VERBS}))*(?=[\u4e00-\u9fff]{{2}})")


# a paragraph opened by a five-year period ("“十一五”期间，" as ``wording.period_years`` writes it)
_PERIOD_OPENS = re.compile(r"\s*[“”\"]?((?:19|20)\d\d)年及以前[”\"]?[，,]")


def _opened_by_last_year(text: str, sentence: str, year: int | None = None) -> bool:
    """True when the 。-sentence ``sentence`` belongs to opens with 去年 (its ；-clauses after too):
    "去年，全省完成植树造林104.2万亩，占任务90万亩的115.8%；……占任务300万亩的111.6%" (福建 2021),
    or with an earlier year, after who said it: "他说，2018年，黔西南州……完成年度目标870亿元的106.47%"
    (黔西南 2019)."""
    at = text.find(sentence.strip()[:12])
    if at < 0:
        return False
    opened = re.split(r"[。！？]", text[:at])[-1] + sentence
    if re.match(r"\s*(?:去年|上年|上一年)[，,]", opened):
        return True
    earlier = re.match(rf"\s*(?:[^，。；：\d]{{0,8}}[，：])?\s*({YEAR_NUM})\s*年[，,]", opened)
    return bool(earlier and year is not None and int(earlier[1]) < year)


# "90%以上的村生活垃圾得到治理": a share of the units of which the clause after them holds
_UNITS_SHARE_AFTER = re.compile(
    r"^(?:以上|左右)?的(?P<who>行政村|村庄|村|乡镇|企业|农户|学校|社区)(?P<what>[^，；。\d的]{2,20}?(?:得到|实现|达到|完成|开展|建立|建成)[^，；。\d]{1,12})$"
)


def _new_of_own_subject(sentence: str, q: re.Match) -> bool:
    """True when the 新 word of the quantity ``q`` follows a subject of its own clause
    ("浙江大学金华研究院新引进项目团队10个以上，复旦大学…项目5个以上"): the verb is that
    subject's, and a comma does not carry it to the next name (a 顿号 still does)."""
    start = max(sentence.rfind(ch, 0, q.start()) for ch in CLAUSE_MARKS) + 1
    clause = sentence[start : q.start()]
    m = wording.NEW_WORDS.search(clause)
    if m is None:
        return False
    head = wording.LEAD_WORDS.sub("", clause[: m.start()])
    return len(re.findall(r"[\u4e00-\u9fff]", head)) >= 4


# the economy of the place, whose growth is its 地区生产总值's: "郑州经济增长", "全市经济增长"
_ECONOMY = re.compile(r"(?:全[省市县区]|我[省市县区]|(?P<place>[\u4e00-\u9fff]{2,4}?))?经济")
# a ranking the places named after it move up in: "在全省排名中，4个郊区力争提升1位"
_RANKING_FRAME = re.compile(r"在(?P<scope>全省|全市|全国|全区)[^，；。]{0,6}?排(?:名|位)中")
_COUNTED_PLACES = re.compile(r"(?:\d{1,2}个)?[\u4e00-\u9fff]{0,4}(?:郊区|县|区|市|旗)")
# the statistical yearbooks' old "每人平均" (per head), written 人均 today
PER_HEAD_AVERAGE = re.compile(r"(?<=[\u4e00-\u9fff])每人平均(?=[\u4e00-\u9fff]{2})")
# the whole area a measure is of, then a group of its counties given the same measure
_PLACE_SCOPE = re.compile(r"(?:县域|全市|全县|全区|市域|全省)(?=[\u4e00-\u9fff]{3})")
_PLACE_GROUP = re.compile(r"(?:(?:\d{1,2}|[一二三四五六七八九十两])个?[市县区旗])+")


def _unitless_notes(found: list[_Found]) -> list[str]:
    """Return a note for each count read without a unit ("科技型中小企业入库520"): the text names
    none, so none is written; the clerk checks it (an index without a unit needs no note)."""
    return [
        f"第{f.line}行「{f.written}」原文没有单位，已作为「{f.name}」的目标导入（单位留空），请核对并补上单位。"
        for f in found
        if not f.unit and not wording.INDEX_WORDS.search(f.name)
    ] + [
        f"第{f.line}行「{f.written}」原文数字后没有“%”，按百分数导入为「{f.name}」{f.value:g}%，请核对原文。"
        for f in found
        if f.unit == "%" and "%" not in f.written and "百分" not in f.written
    ]


RD_SPELLED_OUT = re.compile(
    r"(?:研究与试验发展|研发)\s*（R&D）|（R&D）(?=经费)|研究与试验发展(?:（R&D）)?(?=经费)"
)


def _scan(
    seg: Segment,
    sentence: str,
    year: int | None,
    frame: int | None,
    found: list[_Found],
    out: Extraction,
    results_doc: bool = True,
    level: str = "",
    cued: bool = False,
    carried: int | None = None,
    past_open: bool = False,
    this_year: int | None = None,
    spelled: frozenset[str] = frozenset(),
    quarter: str = "",
    zone: str = "",
    written_in: int | None = None,
    ahead: bool = False,
    so_far: bool = False,
) -> None:
    """Read the targets of one sentence (up to 。 or ；) into ``found``, the rest into ``out``.

    ``zone`` is the zone ("示范区") an earlier ；-clause of the same sentence was the subject of;
    ``so_far``: an earlier ；-clause of it reported the progress so far and broke it down ("目前，已开复工
    ……项目10个，其中，新开工项目6个；复工项目4个"), so this clause goes on with that breakdown."""
    shown = sentence.strip().rstrip("；，")
    this_year = year if this_year is None else this_year
    # the ；-clauses before this one in the same 。-sentence ("……40个重点旅游项目……，主要包括……等7个……；")
    at = seg.text.find(sentence.strip())
    lead_in = re.split(r"[。！？]", seg.text[:at])[-1] if at > 0 else ""
    sentence = RD_SPELLED_OUT.sub("R&D", sentence)  # 研究与试验发展（R&D）经费 = R&D经费
    # a list's ordinal run into the paragraph: "……。四、全市肉、蛋、奶产量分别达……" (徐州 2015) — no name
    sentence = re.sub(r"^(\s*)(?:[一二三四五六七八九十]{1,3}|\d{1,2})、(?=[\u4e00-\u9fff]{2})", r"\1", sentence)
    sentence = re.sub(r"(R&D[^（，。；]{0,10})（R&D）", r"\1", sentence)  # R&D经费投入（R&D）
    sentence = wording.period_years(sentence)  # "到“十四五”末" → "到2025年末"
    sentence = QUOTES_IN_A_ROW.sub(r"\1，", sentence)  # "“…突破1000亿元”“…突破1800亿元”": two items
    sentence = wording.year_digits_lost(sentence)  # "衡水市年将完成…": the year's digits lost
    # "建设集种草、养殖、加工、销售、牧旅为一体的现代化牧场试点6个" (甘孜 2025): what it unites describes it
    sentence = re.sub(r"集[^，；。\d]{2,30}?(?:为|于)一体的", "", sentence)
    sentence = wording.run_on(sentence)  # "…企业入库520有效期内…": a mark where one was lost
    sentence = wording.rank_targets(sentence)  # "保持全省第3位" → "保持全省前3位"
    sentence = wording.cn_counts(sentence)  # "新增二十家" → "新增20家"
    sentence = wording.cn_amounts(sentence)  # "二千零一十五亿元" → "2015亿元"
    sentence = PER_HEAD_AVERAGE.sub("人均", sentence)  # "农民每人平均现金收入" (辛口 2016): 人均, not 每人
    sentence = wording.shield_investment_scope(sentence)  # "500万元以上固定资产投资": a scope, no figure
    sentence = wording.money_units(sentence)  # "突破100亿" → "突破100亿元"
    sentence = wording.people_units(sentence)  # "实现130万以上贫困人口脱贫" → "130万人以上"
    sentence = wording.stages_together(sentence)  # "续建、新建项目126个" → "新建续建项目126个"
    sentence = wording.currency_alternatives(sentence)  # "超30亿元或3亿美元" → "超30亿元"
    sentence = wording.without_mostly_aside(sentence)  # "设施农业（以蔬菜……为主）面积" → 设施农业面积
    sentence = wording.unit_ranges(sentence)  # "5家-8家" → "5-8家"
    sentence = wording.garbled_bounds(sentence)  # "5000亿元左元左右" → "5000亿元左右"
    sentence = wording.rank_words(sentence)  # "力争重返全省30强"
    sentence = wording.share_nouns(sentence)  # "17个省级、86个市级特派团"
    each = wording.places_each(sentence)  # "南阳市、洛阳市分别拟入库…": shares of named places
    sentence = wording.elided_growth(sentence)  # "增长10%，A和B 12%": "A和B增长12%"
    sentence = wording.shared_about(sentence)  # "增长10%、……增长12%左右的目标": 左右 for each
    sentence = wording.distribute(sentence)  # "A、B分别增长15%" → "A增长15%，B增长15%"
    sentence = wording.zones_share_measure(sentence)  # "高新区产值突破800亿元、经开区突破500亿元"
    sentence = wording.count_over_threshold(sentence)  # "8个工业园区产值突破100亿元": a count
    sentence = wording.first_ever(sentence)  # "实现高新技术企业零的突破" → "新增高新技术企业1家"
    sentence = wording.share_fraction(sentence)  # "比重超过1/3" → "比重超过33.3%"
    sentence = wording.without_name_alternatives(sentence)  # "经营（销售）收入" → 经营收入
    sentence = wording.from_to_list(sentence)  # "从A到B，从C到D": a list of items
    sentence = wording.same_in_brackets(sentence)  # "经济林1万亩（退耕还林1万亩）" → "经济林1万亩"
    sentence = wording.part_in_brackets(sentence)  # "新增孵化器2家（含众创空间1家）" → "…2家，其中众创空间1家"
    _numberless(seg, sentence, shown, out, results_doc)
    quantities = []
    tasks: dict[int, str] = {}  # start of a task stated in a completion ratio → its name
    found_q = [
        q for q in QUANTITY_RE.finditer(sentence) if not wording.is_never_target(sentence, q)
    ]
    for k, q in enumerate(found_q):
        if q["unit"] in (*catalog.ORGS, *catalog.COUNT_ITEMS, "只") and k + 1 < len(found_q):
            between = sentence[q.end() : found_q[k + 1].start()]
            if (
                wording.is_subject(between)
                and (not wording.threshold_name(sentence[q.end() :]) or wording.threshold_subject(sentence[q.end() :]))
                # "至少有8家国家级研发机构以及6家国家级产业促进机构": two counts listed
                and not (re.search(r"(?:以及|和|及|与|、)$", between) and found_q[k + 1]["unit"] == q["unit"])
            ):
                reason = "是后面指标的主体（如“81家示范企业新增投资100亿元”），不是目标"
                out.not_targets.append(Unmapped(seg.line, seg.code, q.group(), shown, reason))
                continue
        if q.group() in spelled:
            reason = "是引号里编号式工程名称的展开（如“5785战略工程”：5条……7个……），不是目标"
            out.not_targets.append(Unmapped(seg.line, seg.code, q.group(), shown, reason))
            continue
        if (task := wording.task_in_ratio(sentence, q)) is not None:
            tasks[q.start()] = task  # "完成全年170家任务的71.8%": the year's target
            quantities.append(q)
            continue
        if wording.result_before_task(sentence, q) and not wording.GOALS_COLON.search(sentence[: q.start()]):
            reason = "是到目前的完成数（其后“完成全年……任务的……%”），不是目标"
            out.past.append(Unmapped(seg.line, seg.code, q.group(), shown, reason))
            continue
        if wording.excess_over_task(sentence, q):
            reason = "是超出目标任务的幅度（如“超目标任务（25%）10.7个百分点”），不是目标"
            out.past.append(Unmapped(seg.line, seg.code, q.group(), shown, reason))
            continue
        if reason := wording.describes(sentence, q, quarter, goals_listed=cued, lead_in=lead_in):
            out.not_targets.append(Unmapped(seg.line, seg.code, q.group(), shown, reason))
            continue
        if reason := wording.heading_or_band(sentence, q):
            out.not_targets.append(Unmapped(seg.line, seg.code, q.group(), shown, reason))
            continue
        quantities.append(q)
    # (a dash between two amounts is a band, no mark: "收入5000万元—1亿元的乡镇(街道)达到17个" (聊城 2015))
    marks_text = re.sub(r"(?<=[\d元])—(?=\d)", "-", sentence)
    here: list[_Found] = []  # targets of this sentence, for 争取 / 其中 / 总量 that refer back
    parts_of = ""  # what the places after 其中 share out ("其中，环岛…沿线新建135个，环热…沿线新建35个")
    consumed = 0  # end of a name written after the previous quantity ("3家以上市级工程中心、")
    base_before: str | None = None  # "高企总数要从750家增长到970家": the name before 从
    referred: list[_Found] = []  # "这两项目标提升至300家和30家": the targets still to take a value
    for i, q in enumerate(quantities):
        clause_start = max(sentence.rfind(ch, 0, q.start()) for ch in CLAUSE_MARKS) + 1
        name_start = max(marks_text.rfind(ch, 0, q.start()) for ch in NAME_MARKS) + 1
        ends = [e for e in (sentence.find(ch, q.end()) for ch in CLAUSE_MARKS) if e >= 0]
        clause_end = min(ends, default=len(sentence))
        prev_end = max(quantities[i - 1].end() if i else 0, consumed)
        next_start = quantities[i + 1].start() if i + 1 < len(quantities) else len(sentence)
        before = sentence[max(name_start, prev_end) : q.start()]
        after = sentence[q.end() : min(clause_end, next_start)]
        local_before = sentence[max(clause_start, prev_end) : q.start()]
        # "在风电、节能环保等方面推进重点培育项目20项": the fields are a scope, not the name
        # ("围绕激光雷达、测绘和遥感等产业导入科技型企业3家" (咸宁 2024): 围绕 the fields, the name after them)
        local_before = re.sub(r"^.*等(?:方面|领域|行业)", "", local_before)
        if re.match(r"^[^，；。]{0,6}?(?:围绕|聚焦|面向)[^，；。]*等(?:产业|行业|领域)", before):
            before = re.sub(r"^.*等(?:产业|行业|领域)", "", before)
            local_before = re.sub(r"^.*等(?:产业|行业|领域)", "", local_before)
        prev_clause = _previous_clause(sentence, name_start)
        local = f"{local_before}{catalog.Q}{after}"
        if _WHOLE_LEVEL.search(before):  # "争创全省重点实验室2家" names 省级重点实验室
            before = _WHOLE_LEVEL.sub(_level_of, before)
            local_before = _LEADING_WHOLE.sub(_level_of, _WHOLE_LEVEL.sub(_level_of, local_before))
            local = f"{local_before}{catalog.Q}{after}"
        unit = wording.unit_of(q)
        if not unit and wording.lost_percent(before, q, sentence[q.end() :]):
            unit = "%"  # "生产总值增长15,财政总收入增长25" (内蒙古 2008): a copy lost its % signs
        written = q.group()
        task = tasks.get(q.start())
        if task is not None:  # named by the result before the ratio ("新增在孵企业122家，完成全年…")
            before = local_before = task
            after, prev_clause, local = "", "", f"{task}{catalog.Q}"

        named = _year_of(sentence[: q.start()]) or carried
        if named is not None and _this_year_after_year(sentence[: q.start()]):
            named = None  # "围绕2021年产能…目标，……，今年整车产量达到70万辆": 今年 is later
        when = frame if named is None else named
        if _yearly_in_period(sentence, q.start(), when, year, out.period):
            when = year  # "到2026年…。每年登记科技成果5个": a target of every year of the plan
        said_before = re.sub(r"在[^，；。]{0,6}?今年[^，；。]{0,20}?的?基础上", "", sentence[: q.start()])
        if (named is None and year is not None and this_year == year - 1
                and (nxt := said_before.rfind("明年")) > max(said_before.rfind("今年"), -1) and nxt >= 0):
            when = year  # "计划在今年已经种植8.2万亩糖蔗的基础上，……确保明年全县糖蔗种植面积达15万亩" (博白 2008)
        elif named is None and year is not None and wording.THIS_YEAR.search(said_before):
            when = this_year  # "今年…" is the year the plan is imported for
            if this_year != year:
                named = this_year  # "今年…" before a 明年 plan names the year before
            elif written_in is not None and "今年" in sentence[: q.start()]:
                when = named = written_in  # "今年…" on a page dated years before the imported year
        if named is not None and named != year and wording.is_base(before, sentence[q.end() : next_start]):
            # "由2008年的128亿元增加到2011年的365亿元": the dated start of a change, not another
            # year's target
            reason = "是变化的起点（现有数），不是目标"
            out.past.append(Unmapped(seg.line, seg.code, written, shown, reason))
            base_before = re.sub(rf"(?:要|将)?[从由](?:{YEAR_NUM}\s*年(?:底|末)?的?)?$", "", before)
            consumed = q.end()
            continue
        # (a task inside a ratio is the year's, unless the paragraph reports an earlier year: "去年，
        # 全省完成植树造林104.2万亩，占任务90万亩的115.8%" (福建 2021) — last year's task)
        if (task is None or _opened_by_last_year(seg.text, sentence, year)) and _set_aside(
            seg,
            sentence,
            shown,
            written,
            when,
            named is not None,
            year,
            clause_end,
            out,
            results_doc,
            cued,
            q.start(),
            past_open or so_far,
            ahead,
            so_far,
        ):
            continue
        scope_start = max(sentence.rfind(ch, 0, q.start()) for ch in "，；。：！？") + 1
        if wording.of_higher_level(sentence[scope_start : q.start()], level):
            reason = "是上级（全省、全国）的数字，不是本地目标"
            out.not_targets.append(Unmapped(seg.line, seg.code, written, shown, reason))
            continue
        if wording.is_base(before, sentence[q.end() : next_start]):
            reason = "是变化的起点（现有数），不是目标"
            out.past.append(Unmapped(seg.line, seg.code, written, shown, reason))
            base_before = re.sub(r"(?:要|将)?[从由](?:现在|目前|现有)?的?$", "", before)
            consumed = q.end()
            continue
        since = _CHANGE_SINCE.search(before)
        if (
            since and unit == "%" and int(since["year"]) < (when or year or 0) - 1
            and re.match(r"[，,]\s*(?:年均|年平均|平均每年)(?:递增|增长)", sentence[q.end() :])
        ):
            # "2015年，国民生产总值达到24755.7万元，比2010年预计增长50%，年均递增10%": the rise over
            # the period, stated beside the yearly rate (the growth target)
            reason = f"是比{since['year']}年的累计增幅，紧接着写了年均增速，不另作目标"
            out.not_targets.append(Unmapped(seg.line, seg.code, written, shown, reason))
            consumed = q.end()
            continue
        if since and int(since["year"]) < (when or year or 0) - 1 and _LEVEL_NEXT.match(sentence, q.end()):
            # "到2012年，…高新技术产业产值比2009年增加1000亿元，达到2000亿元": the change over several
            # years, stated beside the level it brings (the target)
            reason = f"是比{since['year']}年的增加量，紧接着写了要达到的数，不另作目标"
            out.not_targets.append(Unmapped(seg.line, seg.code, written, shown, reason))
            base_before = before[: since.start()]
            consumed = q.end()
            continue
        if base_before is not None:
            before, local_before = base_before + before, base_before + local_before
            local = f"{local_before}{catalog.Q}{after}"
            base_before = None
        if wording.FORECAST_BASIS.search(sentence[: q.start()]) and not re.search(
            r"目标任务(?:为|是)$", sentence[: q.start()]
        ):  # ("根据年初测算，2014年R&D支出目标任务为1533万元": the task so set is the target)
            reason = "是按运行情况作的预计（“根据…运行情况…有望”），不是目标"
            out.not_targets.append(Unmapped(seg.line, seg.code, written, shown, reason))
            continue
        if wording.is_scope(sentence[scope_start : q.start()], sentence[q.end() : clause_end], sentence[q.end() :]):
            reason = "说明对象的范围（如“对已确定的10家重点企业……”），不是目标"
            out.not_targets.append(Unmapped(seg.line, seg.code, written, shown, reason))
            continue
        if catalog.is_not_target(local):
            reason = "说明对象的范围（如“对30家重点企业……”），不是目标"
            out.not_targets.append(Unmapped(seg.line, seg.code, written, shown, reason))
            continue
        _note_year(out, when if when is not None else year)

        value, upper = wording.values_of(q)
        last = here[-1] if here else None
        # (in the sentence, or the paragraph's sentences before: "……新型研发机构12家。力争将这两项…")
        k = wording.targets_referred(before)
        pool = here if len(here) >= k else [f for f in found if f.line == seg.line and f.code == seg.code]
        if k and len(pool) >= k:
            # "通过了新增A 200家、B 20家的目标，力争将这两项目标提升至300家和30家": the stretch
            # values of the targets named before, in order
            referred = pool[-k:]
        elif not re.fullmatch(r"\s*[和、及与]\s*", before):
            referred = []
        if referred:
            target = referred.pop(0)
            if _same_family(target.unit, unit, target.entry):
                target.stretch = _convert(value, unit, target.unit)
                continue
            referred = []
        if (
            i
            and last is not None
            and last.stretch is None
            and last.written == quantities[i - 1].group()
            and _FLOOR_AFTER_STRETCH.fullmatch(before.strip("，、； "))
            and wording.STRETCH_WORD.search(re.split(r"[，；。]", sentence[: quantities[i - 1].start()])[-1])
            and _same_family(last.unit, unit, last.entry)
        ):
            # "研发投入强度力争达到2.8%，确保2.7%": the stretch first, then the floor — the floor
            # is the target, the first figure its 争取值
            floor = _convert(value, unit, last.unit)
            if (floor > last.value) if last.comparison == "≤" else (floor < last.value):
                last.stretch, last.value = last.value, floor
                continue
        stretched = last
        if (
            last is not None
            and last.kind == "增速"
            and unit not in ("%", "个百分点")
            and len(here) >= 2
            and here[-1] is last
            and here[-2].kind == "总量"
            and here[-2].name == last.name
            and wording.is_stretch(before)
        ):
            # "实现规上工业产值110亿元，同比增长15%，力争突破120亿元": the amount's stretch, past its growth
            stretched = here[-2]
        if (
            stretched is not None
            and (wording.is_stretch(before) or _restates_for_stretch(before, stretched))
            and _same_family(stretched.unit, unit, stretched.entry)
            # "增长15%，力争增长18%": a growth stretches a growth only
            and (stretched.kind == "增速" or not re.search(r"增长$", before.strip()))
            # "争取5个国家级科技计划项目，争取10个省级重点科技计划项目": a name of its own
            # after the number makes it another target
            and not wording.name_after(after)
            # "新申报高新技术企业40家以上，力争通过认定25家": a smaller figure stretches no floor
            and not _below_floor(stretched, _convert(value, unit, stretched.unit))
            # "新增科技小巨人企业500家，力争达到3000家": the stock the increment brings, not its stretch
            and not _stock_after_increment(stretched, _convert(value, unit, stretched.unit), before)
        ):
            stretched.stretch = _convert(value, unit, stretched.unit)
            continue

        kind = wording.kind(before, unit, sentence[q.end() :])
        if kind == "新增" and (
            re.search(r"其中[：:，,]?\s*新建项目$", sentence[: q.start()])
            # ("其中，续建项目33个，……；新建项目93个，……" (海原 2023): the stage the clause before named)
            or (re.search(r"(?:^|[，；。：:])\s*新建项目$", sentence[: q.start()]) and "续建项目" in seg.text)
        ):
            kind = "总量"  # "重点项目82项……。其中：新建项目52项，……；续建项目30项" (靖远 2019): by stage
        if kind == "总量" and unit in catalog.MONEY and wording.SPAN_SPENDING.search(sentence[: q.start()]):
            kind = "累计"  # "未来五年，该区将投2亿元": spent over the years, their sum
        if (
            kind == "总量"
            and (span := wording.SPAN_PLANNED.search(sentence[: q.start()]))
            # ("计划用三年时间，建设1000万亩……，其中2018年完成400万亩": one year's part)
            and not re.search(rf"{wording.YEAR_NUM}\s*年", sentence[span.end() : q.start()])
        ):
            kind = "累计"  # "计划五年开发转化新品种100个、新技术200项": done over the years, their sum
        if (
            kind == "总量"
            and unit not in ("%", "个百分点", "")
            and wording.SPAN_WORKS.search(sentence[: q.start()])
            and not re.search(rf"{wording.YEAR_NUM}\s*年|达到|总数|总量|突破", sentence[: q.start()].split("年", 1)[-1])
        ):
            kind = "累计"  # "未来三年，全市将实施水利项目1800个以上" (重庆 2025): done over the years, their sum
        if kind == "总量" and unit == "%" and _GROWTH_GOAL_BEFORE.search(sentence[: q.start()]):
            kind = "增速"  # "GDP增长的预期目标仍处在高位，达到了11.5%": the growth's goal
        inherits = before.strip().startswith(("其中", "、")) or before.startswith("、")
        # ("新增……项目50个，其中，亿元以上项目10个" (铁岭 2023): 其中 set off by its own comma)
        inherits = inherits or bool(re.search(rf"其中[，,：:]\s*{re.escape(before.strip())}$", sentence[: q.start()].rstrip()))
        if before.strip().startswith("、") and (
            wording.VERB_BEFORE_OBJECT.search(before.strip())
            or re.search(r"(?:入库|备案|评价|开工|投产|竣工)$", before.strip())
        ):
            inherits = False  # "新建10个示范基地、建设20个示范乡": a verb of its own ends the 新
        if before.strip().startswith("、") and _OWN_VERB_OPENS.match(before.strip()[1:]):
            inherits = False  # "新增认定高新技术企业50家、引进或培育科技型中小企业300家": likewise
        if (
            i
            and last is not None
            and last.written == quantities[i - 1].group()
            and not wording.NEW_WORDS.search(last.name)  # "城镇新增就业" names its kind
            and (
                unit == last.unit
                or unit in catalog.ORGS + catalog.COUNT_ITEMS
                # "新创建……示范乡镇10个左右，省级特色精品村20个左右，美丽乡村风景线10条左右": things counted
                or (unit in _COUNTED and last.unit in _COUNTED)
                # "新建棚舍4000处、25万平方米，窖池2500座": facilities and their measures listed
                or (unit in _FACILITIES and last.unit in _FACILITIES + AREA_UNITS + VOLUME_UNITS)
            )
        ):
            # "新增A 38家，其中国家级3-5家，B 240家": a bare name after the previous target
            # shares its verb
            between = sentence[quantities[i - 1].end() : q.start()]
            # (a threshold set aside inside the name is no bound of the count's own: "力争新引进20亿元
            # 以上工业项目14个以上，50亿元以上工业项目5个以上" (宜春 2020))
            unbound = QUANTITY_RE.sub("", between)
            inherits = inherits or (
                # ("新增农民专业合作社30家和家庭农场50家" (会同 2018): joined by 和)
                (between[:1] in "，、" or re.match(r"(?:和|及|以及)[\u4e00-\u9fff]", between))
                and not wording.OWN_VERB.search(unbound)
                and not (between[:1] == "，" and _new_of_own_subject(sentence, quantities[i - 1]))
            )
            # "新建10家左右新型研发机构，2个省级协同创新中心", "…5个工程技术研究中心和3家新型研发机构":
            # counts named after their number, listed one after another, share the verb
            # (the name stops before the 和 that joins the next count: "工程技术研究中心和")
            named_after = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:和|及|与|以及)$", "", wording.name_after(between))
            inherits = inherits or bool(
                named_after
                and between.startswith(named_after)
                and re.fullmatch(r"\s*(?:[，、和及与]|以及)\s*", between[len(named_after) :])
                and not wording.name_before(between[len(named_after) :])
            )
        if i and re.match(r"^[^，；。]{0,20}?中，", sentence[quantities[i - 1].end() : q.start()]):
            inherits = True  # "新增10000家科技型中小企业中，国家级的将达到2000家"
        # "新增A 30家增长20%、B 200家增长15%": the list's verb is A's count's, not its growth's
        source = last
        if last is not None and last.kind == "增速" and len(here) >= 2 and here[-1] is last and here[-2].name == last.name:
            source = here[-2]
        if (
            source is not None
            and source.kind == "新增"
            and len(here) >= 2
            and here[-1] is source
            and here[-2].name == source.name
            and here[-2].kind == "总量"
            and re.search(rf"(?:比|较)(?:上年|去年)(?:增加|增长|多)\s*{re.escape(source.written)}", sentence)
        ):
            # "……开发面积达到2300万亩，比上年增加65万亩，其中冬早蔬菜600万亩、……" (云南 2011): the parts
            # are of the total, not of the year's increase
            source = here[-2]
        if (kind == "总量" and source is not None and inherits and source.kind in ("新增", "净增", "累计")
                and not _STOCK_AFTER.match(before.strip())
                # "实现城镇新增就业60万人、城镇登记失业人员就业18万人" (重庆 2016): a 新增 inside the first
                # name is that indicator's own, not a verb the list shares
                and not (source.kind == "新增" and re.search(r"[\u4e00-\u9fff]{2}新增[\u4e00-\u9fff]", source.name))
                # "其中为小散户服务的集中育秧面积350万亩以上，比上年增加50万亩以上" (湖南 2021): a part with
                # its own increase after it is a total
                and not re.match(r"(?:以上|左右)?[，,]\s*(?:比|较)(?:上年|去年)(?:增加|增长|多)", sentence[q.end() :])
                # "新培育科技型中小企业2000家左右、高新技术企业总数达到10000家": a stock stated as such
                and not re.search(r"(?:总数|总量)(?:要|将)?(?:达到|达|突破|超过|超)?$", before.strip())
                # "新增高新技术企业50家、技术合同成交额5亿元": an amount is no count's increment
                and not (unit in MONEY and source.unit not in MONEY)
                # "新增就业岗位4649个、大学生就业率90%以上": a rate is no count's increment
                and not (unit == "%" and source.unit != "%")
                # "累计突破关键技术500项，开发重点新产品500个": a verb of its own is this year's
                # ("累计开展招聘会不少于15场次，提供就业岗位1000个" (城中 2025): 提供 too)
                and not (source.kind == "累计" and (_VERB_OPENS.match(before.strip().lstrip("，、"))
                                                  or re.match(r"提供|带动|吸纳|解决", before.strip().lstrip("，、"))))):
            kind = source.kind
        if (
            kind == "累计"
            and last is not None
            and last.kind in ("新增", "净增")
            and re.match(r"^[，、]?累计(?:达到|达|突破|超过|增至|增加到)", before.strip())
        ):
            kind = "总量"  # "新认定国家级高新技术企业10家，累计达到27家": the stock it brings

        name_end = [e for e in (sentence.find(ch, q.end()) for ch in NAME_MARKS) if e >= 0]
        after_name = sentence[q.end() : min(min(name_end, default=len(sentence)), next_start)]
        if (spec := _SIZE_SPEC_AFTER.match(sentence, q.end())) and unit in _COUNTED:
            # "打造100个1000平方米以上的城市示范社区" (黑龙江 2012): each one's size, then what is counted
            after_name = sentence[spec.end() : min(name_end, default=len(sentence))]
            after_name = re.split(r"(?<=[\u4e00-\u9fff]{2})(?:和|及|以及)(?=\d)", after_name)[0]
        if task is not None:
            after_name = ""
        name_before_base = before
        if re.fullmatch(r"的?基础上(?:再)?(?:增长|增加|提高|提升)", before.strip()) and (
            base_m := re.search(r"(?:^|[，；：])([^，；。：]*?)(?:争取|力争|要|将)?在[^，；。]{0,24}?的?基础上(?:再)?(?:增长|增加|提高|提升)$", sentence[: q.start()])
        ):
            # "专利权质押融资额争取在2017年3.3亿元基础上增长20%" (黑龙江 2018): named before its base
            name_before_base = base_m.group(1) + "增长"
        name, subject, used = _name_for(name_before_base, after_name, prev_clause, last, unit)
        if name == "项目" and (stage := re.search(r"(?:新建|续建|新开工|竣工|投产|储备)项目$", before.strip())):
            name = stage.group()  # "其中：新建项目52项，……；续建项目30项" (靖远 2019): projects by stage
        if (
            (tail := re.search(r"[^，；。]{2}(?:工程|项目|基地|园区|中心)(?:和|及|以及|与)(?P<mod>[\u4e00-\u9fff]{1,4})$", before.strip()))
            and (thing := wording.name_after(after_name))
            and after_name.startswith(thing)
        ):
            # "铜山湖日供水4万吨工程和农村5万人安全饮水工程" (泌阳 2011): the noun before 和 ends the
            # item before; this one is named by what follows its number
            name, used = tail["mod"] + thing, len(thing)
        if unit == "%" and (units := _UNITS_SHARE_AFTER.match(after_name)) and not wording.name_before(before):
            # "不低于35%的行政村农村生活污水得到有效治理" (平昌 2020): the share of the villages
            # where it is so
            name, used = f"{units['what']}的{units['who']}比例", units.end()
        if unit in ("亩", "万亩", "公顷", "万公顷") and (sown := _SOWN.fullmatch(name)):
            name = sown["crop"] + "种植面积"  # "兵团明年计划种植棉花680万亩" (兵团 2010): the crop's sown area
        elif unit in ("亩", "万亩", "公顷", "万公顷") and name.endswith("播种"):
            name += "面积"  # "农作物播种计划为127.76万亩" (日喀则 2009): the area sown
        if name in _ANAPHORA and (referent := _referent(seg.text.split(sentence.strip()[:12])[0], unit)):
            name = referent  # "……农民具备基本科学素质的比例刚过1%。……要将这一数字上升至5.05%" (广东 2015)
        if name and _PLACE_PART.search(name) and not re.match(r"[、和]\d", sentence[q.end() :]):
            # "新建250个和美乡村。其中，环岛旅游公路沿线新建135个，环热旅游公路沿线新建35个": where a
            # part of the count is, not what is counted (环岛旅游公路沿线和美乡村); ("新增A 500家、B 3000家，
            # 其中核心区260家、1300家": the place's share of each, in order, is left to the rules for shares)
            between = sentence[quantities[i - 1].end() : q.start()] if i else sentence[: q.start()]
            whole = ""
            if i and last is not None and last in here and unit == last.unit and "其中" in between:
                whole = last.name
            elif i and parts_of and last is not None and last.name.endswith(parts_of) and unit == last.unit:
                whole = parts_of
            elif not here and re.match(r"\s*其中", sentence):  # the sentence after the count's
                whole = next((f.name for f in reversed(found) if f.code == seg.code and f.unit == unit
                              and f.kind == kind), "")
            if whole and whole not in name:
                parts_of = whole
                name += whole
        if re.fullmatch(r"(?:库容|总库容|总长|全长|长度|总面积|建筑面积|容量|装机容量)", name) and (
            thing := re.match(r"(?:、[^，；。]{1,16}?)?的(?P<t>[^，；。\d]{2,24}?)(?:的?建设)?(?=[，；。]|$)", sentence[q.end() :])
        ):
            name = thing["t"]  # "建成总长22公里、覆盖20平方公里的骨干道路网络": the network's length
        if last is not None and last in here and (zoned := wording.ZONE_SUBJECT.match(last.name)):
            zone = zoned.group()
        if zone and name and not name.startswith(zone) and (
            wording.NEW_WORDS.match(local_before.strip())
            or (last is not None and last in here and last.name == zone + name)  # "，达到1400家"
        ):
            # "示范区新增A 3000家，达到2.4万家；新增B 140家，…": the zone is the subject of the
            # clauses after it that open with their verb
            name = zone + name
        if (
            last is not None
            and i
            and last.written == quantities[i - 1].group()
            # ("新建棚舍4000处、25万平方米，窖池2500座、10万立方米": the same places, measured)
            and sentence[quantities[i - 1].end() : q.start()].strip() in ("", "、")
            and unit in AREA_UNITS + VOLUME_UNITS
            and last.unit not in AREA_UNITS + VOLUME_UNITS
        ):
            # "牧草良种繁育示范区3处3000亩": the area of the places counted
            name = f"{last.name}{'面积' if unit in AREA_UNITS else '容积'}"
        if last is not None and last in here and before.lstrip().startswith("、"):
            name = _with_clause_subject(name, last.name)  # "优化重组2家、整改退出3家"
            name = _measure_of_counted(name, last)  # "新登记技术合同300项以上、成交额突破6亿元"
            name = _with_stage(name, last.name)  # "新开工重特大项目2个、重大项目3个"
            name = wording.stage_with_object(name, last.name)  # "签约…项目400个、落地250个"
            name = wording.with_threshold_measure(name, last.name)  # "…、超千亿元高新区15个"
            name = _with_activity_topic(name, last.name)  # "专题辅导15场、培训1.5万人次"
        elif (
            last is not None
            and last in here
            and (stage := re.fullmatch(rf"[，,]?\s*({wording.STAGE_VERBS})", before.strip()))
            and name in ("", stage.group(1), last.name)
            and re.search(
                rf"(?:{wording.WORKS_VERBS}|开工建设|开工){re.escape(re.sub(rf'^(?:{wording.WORKS_VERBS}|新开工|开工)', '', last.name))}",
                sentence,
            )
        ):
            # "新改建农村公路1.9万公里，建成1.79万公里" (贵州 2017): the part of the works finished
            name = wording.stage_with_object(stage.group(1), last.name)
            name = name if name != stage.group(1) else name + last.name
        elif "、" in name:  # the sessions before 、 are no target: "…专题辅导15场、培训" → …业务培训
            name = _with_activity_topic(name, "")
        elif (counted := _projects_just_counted(sentence, quantities, i, here)) is not None:
            # "续建项目7个,总投资248241万元;新开工项目24个,总投资530645": the investment of the
            # projects just counted (one 总投资 a clause: three, not one kept and two dropped)
            # ("续建项目33个，计划总投资110亿元，年度计划投资34亿元" (海原 2023): each amount after it)
            # ("240项重点建设项目，计划投资1500亿元" (新疆 2011): the planned investment, named so)
            if name == "投资" and (planned := re.search(r"((?:年内|年度|全年|当年)?计划(?:完成)?投资)(?:约|达|为)?\s*$", before)):
                name = planned.group(1)  # ("一般性工业项目11个，年内计划完成投资10.1亿元" (格尔木 2023))
            name = counted.name + name
        if last is not None and last in here and re.fullmatch(r"授权(?:量|数)?", name) and "专利" in last.name:
            name = "专利" + name  # "申请专利150件，授权80件": the patents granted
        measured = None
        if last is not None and last in here:
            measured = _with_measured_subject(name, before, prev_clause)
            if measured == name:
                measured = None
            else:
                name = measured
        if (upgrade := wording.UPGRADE_ALONG.search(before)) and name.startswith(upgrade["verb"]):
            name = name[len(upgrade["verb"]) :]  # "新建及优化技术创新中心…": the platforms
        if unit in ("家", "户") and len(name) > 4 and name.endswith(f"{unit}数"):
            name = name[:-2]  # "国家科技型中小企业家数2000家": the firms, not "家数…家" in the summary
        counted = wording.threshold_name(sentence[q.end() :]) if unit in catalog.ORGS else ""
        if counted:  # "1个产值过50亿元的高新技术企业": the name after the count, threshold kept
            name, subject, used = counted, "", 0
        if used:
            consumed = q.end() + used
        if (
            name
            and len(name) <= 4
            and (label := RUN_IN_LABEL.search(sentence[: q.start()])) is not None
            and label["rest"].endswith(name)
            and not re.search(r"(?:目标|任务|要求|重点|措施|内容|指标|情况|工作|其中|包括)$", label["label"])
        ):
            name = label["label"] + name  # "科技型中小企业：评价入库60家以上" → 科技型中小企业评价入库
        if unit.endswith("元") and (purpose := wording.allotted_for(name, sentence[q.end() :])):
            name, subject = purpose, ""  # "安排不少于100亿元支持创新型省份建设": what it is for
        if (
            _PLACE_GROUP.fullmatch(name)
            and (prior := [f for f in found if f.line == seg.line and f.code == seg.code])
            and (scope := _PLACE_SCOPE.match(prior[-1].name))
        ):
            # "县域财政一般预算收入增长25%，力争30%；1市3县增长40%" (沈阳 2010): the same measure of
            # a group of the counties
            name = name + prior[-1].name[scope.end() :]
        if (
            name in ("投资", "年度投资", "完成投资", "计划投资")
            and last is not None
            and last in here
            and last.unit in ("个", "家", "项", "座", "处")
            and unit in ("万元", "亿元")
            # (the projects' total investment stated between: "…建设，总投资1.2亿元，今年投资1亿元")
            and re.search(r"总投资[^，；。]{0,12}，[^，；。]{0,8}$", sentence[: q.start()])
        ):
            # "平山、行唐…等4个君乐宝千头家庭牧场建设，总投资1.2亿元，今年投资1亿元" (石家庄 2022): the
            # investment in what was counted before it
            name = last.name + "投资"
        elif (
            name == "投资"
            and re.search(r"(?:^|[，；：。])\s*投资$", sentence[: q.start()])
            and (projects := _PROJECTS_NEXT.match(sentence[q.end() :]))
        ):
            # "投资25亿元，建设帕古水库、堆曲灌区工程等水利项目30个" (拉萨 2018): the investment in
            # the projects the next clause counts
            name = projects["kind"] + "项目投资"
        if (
            unit == "%"
            and (economy := _ECONOMY.fullmatch(re.sub(r"预期$", "", name)))
            # ("今年我市经济预期增长目标为14%以上" (广元 2012): the expected growth of the economy)
            and re.search(r"经济(?:预期)?(?:增长|增速)", before)
            and (not economy["place"] or re.search(rf"{economy['place']}(?:市|县|区|省|州)", sentence))
        ):
            name = "地区生产总值"  # "今年郑州经济增长预期目标确定为8.5%左右" (郑州 2018): the economy's growth
        if (
            unit == "位"
            and (ranking := _RANKING_FRAME.search(sentence[: q.start()]))
            and (_PLACE_GROUP.fullmatch(name) or _COUNTED_PLACES.fullmatch(name))
        ):
            # "在全省排名中，4个郊区力争提升1位，1市3县力争提升2位" (沈阳 2010): each group's rank
            name = re.sub(r"^\d+个", "", name) + ranking["scope"] + "排名"
        if last is not None and inherits and wording.MODIFIER_ONLY.fullmatch(name):
            # "其中国家级的…" → 国家级科技型中小企业 (the previous name's own level replaced)
            name = name + re.sub(rf"^(?:{wording.MODIFIER_ONLY.pattern})", "", last.name)
        if (
            last is not None
            and inherits
            and last in here
            and (measure := _MEASURE_OF_TOTAL.search(last.name))
            and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", short := re.sub(r"^[，、]?(?:其中)?[，、：]?", "", before.strip()))
            and short not in ("和", "及", "与", "以及")  # ("1475万亩夏粮和426万亩油菜…": a joint, no subject)
        ):
            if re.fullmatch(r"存栏|出栏|产量|面积|种植面积", short):
                # "烟叶种植面积达到12万亩、产量30万担以上": the measure of the same crop → 烟叶产量
                name = last.name[: measure.start()] + short
            else:
                name = short + measure.group()  # "家畜存栏398万头，其中牛42万头、羊310万只" → 牛存栏, 羊存栏
        if last is not None and re.search(r"（[^（）]*$", before):
            # "增长到970家（年净增220家）": the parenthesis restates the previous target
            name = wording.name_before(before.rsplit("（", 1)[1]) or last.name
        if (name and wording.names_places(name, sentence)) or wording.allotted_to_place(
            sentence, q.start(), each, lead_in
        ):
            reason = "是分解到下级县（市、区）的目标，不是本地的总目标"
            out.not_targets.append(Unmapped(seg.line, seg.code, written, shown, reason))
            continue
        if (
            not unit
            and last is not None
            and last in here
            and last.unit in catalog.ORGS
            and re.search(r"(?:总数|总量)(?:将|要)?(?:达到|达|突破|超过)$", before.strip())
        ):
            unit = last.unit  # "新认定高新技术企业580家以上，总数达到1700": the stock of the same
        if (not unit and q["mult"] in ("万", "亿") and re.search(r"(?:人数|人员|就业)$", name)
                and not re.match(r"\s*(?:以上|以下)?的", after)):
            unit = "人"  # "旅游业就业总人数达到35萬" (西藏 2016): people, counted in 万 (the value has it)
        if not unit:
            # a bare count of organisations ("有效期内国家高新技术企业突破300,") keeps no unit; at
            # the end of a line it may be a number broken by the line ("突破20" / "00家")
            if not (
                wording.INDEX_WORDS.search(name)
                or wording.INDEX_WORDS.search(before)
                or (wording.COUNTED_NAME.search(name) and re.match(r"[，；。]", sentence[q.end() :]))
                # "新开工项目24个,总投资530645;": an amount whose unit was left out (noted below)
                or (re.search(r"(?:总投资|投资额|计划投资)$", name) and re.match(r"[，；。]", sentence[q.end() :]))
                or task is not None  # "占计划数32.26的100.22%" (沾益 2014): a task, its unit left out
            ):
                out.unmapped.append(
                    Unmapped(seg.line, seg.code, written, shown, "数字没有单位，看不出是什么指标")
                )
                continue

        entry = None
        if (
            unit == "%"
            and kind == "增速"
            and not subject
            and (who := re.fullmatch(
                r"(?P<who>[\u4e00-\u9fff]{2,4}?)(?:仍|还|也)?(?:将|要)(?:力保|力争|确保|保持|争取)?(?:实现)?增长", before.strip()))
            and name.startswith(who["who"])
            # (a measure's own growth is not the place's: "投资将增长10%", "工业要增长8%")
            and not re.search(r"[额值量入资率业品数费口税润出]$", who["who"])
        ):
            # "今年，延边仍将力保增长7%" (延边 2016): a place's growth with no measure named is its economy's
            name, local = "地区生产总值", f"地区生产总值增长{catalog.Q}"
        if unit and not counted:
            entry = catalog.find_entry(subject + local, f"{prev_clause}，{subject}{local}", unit)
            if measured is not None:  # the measure of the previous clause's subject
                entry = catalog.find_entry(f"{measured}{catalog.Q}", f"{measured}{catalog.Q}", unit)
            if (
                entry is None
                and last is not None
                and last.entry
                and unit in last.entry.units
                and (
                    name == last.name
                    # "全区国家高新技术企业总数达到150家，比上年净增25家": the subject carried over
                    # is the catalogue's indicator of the clause before
                    # (not 市级 after 省级: levels listed are distinct counts)
                    or name == f"国家{last.entry.name}"
                )
            ):
                entry = last.entry  # "总量突破550家" after "新增高新技术企业80家"
        if (
            entry is not None
            and (lv := re.match(r"(?:市|县|区|镇|乡|村)级", name))
            and lv.group() not in entry.name
            and not any(lv.group() in x for x in entry.patterns)
            and len(set(re.findall(r"(?:市|县|区|镇|乡|村)级(?=[\u4e00-\u9fff])", sentence))) >= 2
        ):
            # "市级重点提升10个示范园区，县级重点建设26个示范园区": counts at two levels, two indicators,
            # not the catalogue's 农业科技示范园区 (one level alone keeps its entry: 县级科技特派员)
            entry = None
        if entry is not None and zone and name.startswith(zone):
            entry = None  # "示范区科技小巨人企业": the zone's own, not the place's catalogue indicator
        if entry is not None and RESERVE.search(name) and not RESERVE.search(entry.name):
            entry = None  # "高新技术企业后备培育入库企业280家": the reserve, not the firms
        if entry is not None and before.rstrip().endswith("等") and re.search(r"[、和及与]", name):
            # "技术创新中心、工程技术研究中心和重点实验室等4家": one count of several kinds
            entry = None
        if entry is not None and unit in catalog.ORGS and _joined_bodies(name, entry, unit):
            # "技术创新中心(工程技术研究中心)和科技企业孵化器275个": one count of two kinds of body
            entry = None
        if band := wording.SIZE_BAND_IN_NAME.search(local_before):
            # "其中销售收入超5亿的高新技术企业10户": a class of the firms, named as written
            entry, name = None, band.group()
        if unit in ("个", "家", "户", "项") and (
            banded := wording.banded_count_name(before, last.name if last is not None else "")
        ):
            # "产业集群发展规模达到100亿元的超过20个、1000亿元的超过6个": each band's count, named by it
            entry, name = None, banded
        if entry is not None and APPLIED.search(local_before) and not APPLIED.search(entry.name):
            # "出库申报国家和省科技计划项目60项", "组织申报高新技术企业30家，高新技术企业通过认定
            # 10家": applications, not the projects approved or the firms recognised
            entry = None
            if not APPLIED.search(name):
                name = wording.action_name(before) or name
        if entry is not None and AVERAGE_OF_PLACES.search(name):
            # "县(市、区)R&D支出占地区生产总值比重的平均水平": the average over the places below,
            # another indicator than the place's own (its name kept as written)
            entry = None
        if entry is not None and not entry.fits(name, sentence):
            entry = None  # "产业链创新科技重大专项": another plan's own name, kept as written
        if (
            entry is not None
            and (entry_level := _LEVEL_WORD.match(entry.name))
            and (own_level := _LEVEL_WORD.search(name))
            and own_level.group() != entry_level.group()
        ):
            # "省级以上技术创新中心(工程技术研究中心)达到41家" (邢台 2020): not the 市级 entry's
            entry = None
        if entry is None and not name and last is not None:
            name = wording.next_stage_name(before, last.name)  # "科创载体开工…、建成100万平方米"
        elif entry is None and last is not None and re.fullmatch(rf"新?(?:{wording.STAGE_VERBS})", name):
            # "聚焦突破类新签约60个，新开工35个": the stage of the same category
            name = wording.next_stage_name(before, last.name) or name

        if entry is None and not name:
            out.unmapped.append(Unmapped(seg.line, seg.code, written, shown))
            continue
        if entry is None and wording.NUMBERS_ONLY.fullmatch(name):
            # "年度资金总额: 25 25 25 10 100.00%": a table row's cells (budget, weights), no name
            reason = "前面只有一串数字（表格一行的预算数、分值等），看不出是什么指标"
            out.unmapped.append(Unmapped(seg.line, seg.code, written, shown, reason))
            continue
        comparison = wording.comparator(local_before, q)
        if task is not None and re.match(r"\s*的控制(?:目标|指标)", sentence[q.end() :]):
            comparison = "≤"  # "低于年初确定的4%的控制目标" (山东 2011): a ceiling
        if comparison == "≥" and not q["qual"] and re.match(r"(?:的)?水平(?!线)", sentence[q.end() :]):
            comparison = "≈"  # "粮食总产量700亿斤水平" (吉林 2019): at about that level
        if unit == "名" and comparison == "≤" and (
            wording.INDEX_WORDS.search(name) or re.search(r"全[国省市区县]|前$", local_before)
        ):
            unit = "位"  # "进入全国15名以内": a rank, counted in places like "前15位"
        if unit in ("位", "名") and comparison == "≤" and not wording.INDEX_WORDS.search(name):
            # "进入全省前5名": the rank of 区域创新能力; "重返全省30强" (全省前30位): 全省排名
            name = re.sub(r"^(?:重返|进入|跻身|迈入|挺进|稳居|保持)", "", re.sub(r"前$", "", name))
            name += "排名"
        if (
            entry is None
            and last is not None
            and name == last.name
            and kind == last.kind == "总量"
            and STOCK_WORDS.search(before)
            and not STOCK_WORDS.search(name)
        ):
            # "认定省级以上创新创业平台6个，总数达78个": the count made this year and the stock
            # it brings are two targets (a catalogue entry gives up its stock: _give_up_stock)
            name = f"{name}总数"
        if entry is not None and STOCK_WORDS.search(before):
            _give_up_stock(here, entry, kind)  # "认定…90家，使高新技术企业总数超过415家"
        elif entry is None and STOCK_WORDS.search(before):
            _new_before_stock(here, name, unit, kind)  # "培育平台载体2个，总数达到20个"
        # 家 and 个 (户) count one thing in another measure word: the plan's is kept (“院士工作站3家”
        # stays 3家, never ≥3个 beside the plan's words — qa13 F28); money and people are converted
        same_count = entry is not None and unit in catalog.ORGS and entry.unit in catalog.ORGS
        target_unit = unit if same_count or not entry else entry.unit
        f = _Found(
            name=entry.name if entry else name,
            entry=entry,
            value=_convert(value, unit, target_unit),
            unit=target_unit,
            comparison=comparison,
            kind=kind,
            code=seg.code,
            line=seg.line,
            sentence=shown,
            written=written,
            upper=_convert(upper, unit, target_unit) if upper is not None else None,
            # (a name written after the number is the name: "将选派约2000名科技特派员")
            own_name=(not used and wording.action_name(before)) or name,
            # (or the verb alone before the count, its name after it: "创建100个……示范场，累计达570家")
            recognised=bool(
                _NEW_VERB.match(lead := wording.ACTION_LEAD.sub("", before.strip()))
                or (used and re.fullmatch(r"新?认定|争创|新?培育|新?创建", lead))
            ),
            average=kind == "增速" and bool(wording.AVERAGE_GROWTH.search(before)),
        )
        here.append(f)
        found.append(f)
        # "地区生产总值突破6500亿元、营业总收入突破2.2万亿元，年均保持8%以上增长": the growth of each
        for n, total in enumerate(_sharing_growth(here[:-1], f, before)):
            if n == 0:
                f.name, f.entry, f.own_name = total.name, None, total.name
                continue
            shared = replace(f, name=total.name, own_name=total.name)
            here.append(shared)
            found.append(shared)


# a clause right after a 新增/净增 target stating the stock it brings: "净增高新技术企业200家以上、
# 总数突破1300家", "…、累计达到120家", "…、达到500家" (qa10 F0) — the stock, not another increment
# ("…增长10%、突破500亿元": the total after a growth of the same indicator)
_STOCK_AFTER = re.compile(r"^(?:[，、]\s*|(?=(?:到|至)(?:19|20)\d\d年))(?:(?:到|至)(?:19|20)\d\d年(?:底|末)?[，,]?)?(?:奋力|力争|确保|争取)?(?:总数|总量|总额|总规模|累计|总计|拥有量|保有量|达到|达|突破|超过|超|站上|迈上|迈过|站稳)")
# the mean of an indicator over places: "…比重的平均水平", "…的平均值"
AVERAGE_OF_PLACES = re.compile(r"的?平均(?:水平|值)$")
# a total stated as such: "高新技术企业总数超过415家", "总量达到550家"
# a sentence stated for the end of the year ("年末，全县…达到21%", "到年底…")
YEAR_END = re.compile(r"^\s*(?:到|至)?(?:今年|本年|全年)?(?:年末|年底|全年)")
STOCK_WORDS = re.compile(
    r"总数|总量|总计|拥有量|保有量|累计(?:达到|达|突破|超过)"
    # "建设高标准农田286万亩，使高标准农田总面积达到4982万亩" (河北 2020)
    r"|(?:^|[，；])\s*使[^，；。\d]{2,12}?总面积(?:达到|达|突破|超过)$"
    # "……，使全县养殖基地数量达到130个" (湟中 2014): the whole place's stock the count brings
    r"|(?:^|[，；])\s*使全[县市区省][^，；。\d]{2,12}?(?:达到|达|突破|超过)$"
)


# "争创全省重点实验室2家、全省工程技术研究中心10家": 全省/全国 before what is recognised is its
# level (省级, 国家级), never the province's own figure nor a 市级 built-in
_WHOLE_LEVEL = re.compile(
    r"(?<=争创|创建|认定|获批|培育|新建|建设|布局|创成)全([省国])(?![第前排平领首率内范])"
    r"|(?<=、)全([省国])(?![第前排平领首率内范])(?=[^，；。]*$)"
)


_LEADING_WHOLE = re.compile(r"^全([省国])(?![第前排平领首率内范])")


def _level_of(m: re.Match) -> str:
    return "省级" if "省" in m.groups() else "国家级"


# a clause that reports the progress so far and breaks it down: "目前，已开复工5000万元以上项目10个，其中，新开工项目6个，占比60%；"
_SO_FAR_BROKEN_DOWN = re.compile(r"^\s*(?:目前|截至目前|截止目前|至目前|截至[^，。；]{1,10})[，,]?[^。；]*?已[^。；]*其中")


def _with_clause_subject(name: str, previous: str) -> str:
    """Return ``name`` with the subject of the previous target of its list when ``name`` is only
    what is done ("新型研发机构优化重组2家、整改退出3家" → 新型研发机构整改退出)."""
    if not name or wording.INDICATOR_HEAD.search(name) or len(name) > 6:
        return name
    m = re.match(rf"^(.+(?:{wording.INDICATOR_HEAD.pattern}))([\u4e00-\u9fff]{{2,4}})$", previous)
    if m is None or wording.INDICATOR_HEAD.search(m.group(2)):
        return name
    return m.group(1) + name


# a measure named alone after a count in a list: the money of the things just counted
_COUNTED_MEASURE = re.compile(r"(?:成交|交易|合同|登记|签约)?(?:额|金额)|总投资|投资额|总金额|总产值|产值")


_STAGE = re.compile(r"^新?(?:开工|竣工|签约|投产|落地|开建|建成|入库|开业)")
_OWN_STAGE = re.compile(r"^(?:续建|在建|储备|谋划|前期|计划|拟建)")  # "新开工项目8个、续建项目7个"


def _with_stage(name: str, previous: str) -> str:
    """Return ``name`` with the stage the list's first name opens with ("新开工重特大项目2个、重大项目
    3个" → 新开工重大项目: a list of projects at one stage, the next stage listed apart)."""
    stage = _STAGE.match(previous)
    if stage is None or _STAGE.match(name) or _OWN_STAGE.match(name) or wording.VERB_BEFORE_OBJECT.search(name[:2]) or not name:
        return name
    return stage.group() + name


# the money of projects just counted, each amount after the count: "计划总投资110亿元，年度计划投资34亿元"
# ("初步安排240项重点建设项目，计划投资1500亿元" (新疆 2011): the year's planned investment of them)
_PROJECT_MONEY = r"(?:计划)?(?:总投资|投资额|总金额)|(?:年度|今年|当年|全年|年内)?(?:计划)(?:完成)?投资|(?:年度|今年|当年|全年|年内)(?:完成)?投资"


def _projects_just_counted(sentence: str, quantities: list[re.Match], i: int, here: list[_Found]) -> _Found | None:
    """Return the count of things (项目33个) whose money the ``i``-th quantity states when only
    the amounts of those things stand between them ("续建项目33个，计划总投资110亿元，年度计划投资
    34亿元"), else None."""
    for j in range(i - 1, -1, -1):
        count = quantities[j]
        if count["unit"] in (*catalog.ORGS, *catalog.COUNT_ITEMS):
            break
        if count["unit"] not in ("万元", "亿元"):
            return None
    else:
        return None
    between = sentence[count.end() : quantities[i].start()].strip()
    amount = r"(?:约|达|为)?\d+(?:\.\d+)?(?:亿元|万元)(?:以上|左右)?"
    # (the projects may follow their count: "240项重点建设项目，计划投资1500亿元")
    counted_after = r"(?:[^，,；。\d]{0,16}?(?:项目|工程))?"
    if not re.fullmatch(
        rf"{counted_after}(?:[，,]\s*(?:{_PROJECT_MONEY}){amount})*[，,]\s*(?:{_PROJECT_MONEY})(?:约|达|为)?", between
    ):
        return None
    counted = next((f for f in reversed(here) if f.written == count.group()), None)
    if counted is None or counted.unit not in (*catalog.ORGS, *catalog.COUNT_ITEMS):
        return None
    return counted


def _measure_of_counted(name: str, last: _Found) -> str:
    """Return ``name`` with the things counted before it when ``name`` is only a measure of them
    ("新登记技术合同300项以上、成交额突破6亿元" → 技术合同成交额)."""
    if not _COUNTED_MEASURE.fullmatch(name) or last.unit not in (*catalog.ORGS, *catalog.COUNT_ITEMS):
        return name
    return last.name + name


# an activity named by its kind only ("培训", "讲座"): the topic of the activity before it is its own
_ACTIVITY = r"(?:专题)?(?:辅导|培训|讲座|宣讲|宣传|对接会|活动|交流会|沙龙)"


def _with_activity_topic(name: str, previous: str) -> str:
    """Return ``name`` with the topic of the previous activity of its list when ``name`` is only
    an activity ("举办研发投入业务专题辅导15场、培训1.5万人次" → 研发投入业务培训)."""
    listed = re.fullmatch(rf"(?:举办|开展|组织|召开)?(.{{2,}}?){_ACTIVITY}\d+[场次期个]、({_ACTIVITY})", name)
    if listed:  # the session count before 、 is no target (sessions held), the name kept it
        return listed.group(1) + listed.group(2)
    if not re.fullmatch(_ACTIVITY, name):
        return name
    m = re.fullmatch(rf"(?:举办|开展|组织|召开)?(.{{2,}}?){_ACTIVITY}", previous)
    return m.group(1) + name if m else name


def _with_measured_subject(name: str, before: str, prev_clause: str) -> str:
    """Return ``name`` with the subject of the previous clause when ``name`` is only a measure and
    its clause names no subject of its own ("高新技术产业工业总产值要突破400亿元，实现工业增加值125亿元"
    → 高新技术产业工业增加值: the industry's value added, not the whole economy's)."""
    if not wording.MEASURE_ACHIEVED.fullmatch(name) or re.search(r"全[市县区省州盟旗]|[我本][市县区省]", before):
        return name
    first = next((m for m in QUANTITY_RE.finditer(prev_clause) if m["unit"]), None)
    if first is None:
        return name
    if (
        name in before
        and not re.search(r"(?:实现|完成|达到|创造|带动)\s*$", before[: before.rfind(name)])
        and not re.search(r"[\u4e00-\u9fff]{2}(?:实现|完成)", prev_clause[: first.start()])
    ):
        # "地方财政一般预算收入增长12%，工业总产值增长12%": a measure opening its clause, after a
        # clause with no subject doing anything, is the place's own ("工业园区实现工业增加值6000亿元，
        # 主营业务收入3万亿" still gives the parks' 主营业务收入)
        return name
    head = wording.name_before(prev_clause[: first.start()])
    m = re.fullmatch(rf"(.{{2,}}?)(工业)?(?:{wording.MEASURE_ACHIEVED.pattern})", head)
    if m is None or wording.GENERIC_NAMES.match(m.group(1)) or name.startswith(m.group(1)):
        return name  # ("工业总产值增长15%，达到2500亿元": the same measure, no subject to add)
    if re.fullmatch(r"(?:营业|主营业务|销售|经营|财政|技工贸)?总?", m.group(1)):
        # "营业总收入实现3600亿元，工业总产值实现3300亿元": 营业总 is no subject (nor is 技工贸, a
        # park's revenue of technology, industry and trade together)
        return name
    # "规上工业总产值…，实现增加值…" → 规上工业增加值 (the 工业 of the subject's measure kept)
    industry = m.group(2) if m.group(2) and not name.startswith("工业") else ""
    return m.group(1) + industry + name


# a growth with no name of its own after a list of totals: "…、营业总收入突破2.2万亿元，年均保持"
_SHARED_GROWTH_LEAD = re.compile(r"[，,]?\s*(?:均|都)?(?:(?:年均|平均每年|每年)(?:保持|实现)?|(?:保持|实现)年均)")


def _sharing_growth(before_it: list[_Found], growth: _Found, before: str) -> list[_Found]:
    """Return the totals a growth clause with no subject of its own ("年均保持8%以上增长") is the
    growth of: the run of two or more amounts listed right before it in the sentence, else []."""
    if growth.kind != "增速" or not _SHARED_GROWTH_LEAD.fullmatch(before.strip()):
        return []
    run: list[_Found] = []
    for t in reversed(before_it):
        if t.kind != "总量" or t.unit not in catalog.MONEY + ("万亿元",):
            break
        run.append(t)
    names = [t.name for t in reversed(run)]
    if len(run) < 2 or len(set(names)) < len(run) or wording.INDICATOR_HEAD.search(growth.name):
        return []
    return list(reversed(run))


def _give_up_stock(here: list[_Found], entry: catalog.CatalogEntry, kind: str) -> None:
    """An earlier target of this sentence mapped to the catalogue entry a later 总数 states (the
    stock) counts something else — this year's applications or recognitions ("申报认定和复审高新技术
    企业90家以上，使我区的高新技术企业总数超过415家"): it keeps its own name as a reported indicator
    rather than take the stock's entry (a mapping never changes what is measured)."""
    for g in here:
        if g.entry is not entry or g.kind != kind:
            continue
        if g.recognised and _plainly_named(g.own_name, entry):
            g.kind = "新增"  # "认定高新技术企业200家，总数达到740家": the stock's 新增 target
        elif g.own_name and g.own_name != entry.name:
            g.entry, g.name = None, g.own_name


def _new_before_stock(here: list[_Found], name: str, unit: str, kind: str) -> None:
    """An earlier target of this sentence counting this year's recognitions of what a later
    总数 states (same name, no catalogue entry) is that stock's 新增 target."""
    # ("力争2014年园区内建成养殖基地20个，使全县养殖基地数量达到130个" (湟中 2014): the stock named
    # by the whole place, the count made by what it is)
    # ("建设高标准农田286万亩，使高标准农田总面积达到4982万亩" (河北 2020): the stock's area)
    core = re.sub(r"(?:数量|总数|总量|总面积|总规模)$", "", re.sub(r"^(?:全[县市区省]|我[县市区省])", "", name))
    for g in here:
        # 创建100个…，累计达570家; "发展稻田新型综合种养5000亩、总量超2万亩" (海宁 2024)
        same_unit = (_MAGNITUDE.sub("", g.unit) == _MAGNITUDE.sub("", unit)
                     or (g.unit in catalog.ORGS and unit in catalog.ORGS))
        made = g.recognised or bool(_MADE_VERB.match(g.own_name or ""))
        if (g.entry is None and made and g.kind == kind and same_unit
                and (name in ("", g.name, f"{g.name}总数", f"{g.name}总量") or (len(core) >= 2 and g.name.endswith(core)))):
            g.kind = "新增"


# the magnitude before a unit: 万亩 and 亩, 亿元 and 万元 measure the same thing
_MAGNITUDE = re.compile(r"^[千万亿]+")


# a verb that makes more of a thing this year: "建成养殖基地20个", "培育扶持龙头企业5家"
_MADE_VERB = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?:建成|新建|建设|培育|扶持|组建|发展)")


# one verb of this year's new recognitions, right before the name of what the later 总数 counts
_NEW_VERB = re.compile(r"^(?:新?认定|争创|新?培育|新?创建)(?=\S)")


def _plainly_named(own_name: str, entry: catalog.CatalogEntry) -> bool:
    """Return whether ``own_name`` less its verb is the stock's own name ("认定高新技术企业" before
    "总数达到740家"), not a count of something else ("申报认定和复审高新技术企业")."""
    rest = _NEW_VERB.sub("", own_name)
    local = f"{rest}{catalog.Q}"
    return rest == entry.name or catalog.find_entry(local, local, entry.unit) is entry


def _yearly_in_period(
    sentence: str, start: int, when: int | None, year: int | None, period: tuple[int, int] | None
) -> bool:
    """Return whether the quantity at ``start`` is a target for every year of a multi-year plan
    (每年…, 年均增长…) whose titled ``period`` contains ``year`` and ends in ``when``."""
    before = sentence[:start]
    clause = max(before.rfind(ch) for ch in "，,；;：:") + 1
    if (
        (span := _PERIOD_SPAN.search(before))
        and year is not None
        and int(span[1]) - 4 <= year <= int(span[1])
        and re.search(r"每年(?!平均)", before[clause:])
    ):
        return True  # "“十二五”期间，……；自治区每年以不低于10%的幅度稳步增长": every year of the period
    if (
        (span := _YEARS_SPAN_NAMED.search(before))
        and year is not None
        and int(span["first"]) <= year <= int(span["last"])
        and re.search(r"每年", before[span.end():])
    ):
        return True  # "自2014年至2020年，我省每年拟……选派1400名科技人员" (云南 2016): each year of the span
    if when is not None and year is not None and period is None and year < when <= year + 4 and _EVERY_YEAR_OPENS.match(before):
        return True  # "“十二五”期间，……。每年在……计划中安排10项……": every year up to then, this one too
    if when is None or year is None or period is None or not period[0] <= year < when <= period[1]:
        return False
    if _AVERAGE_HERE.search(before[clause:]):
        return True  # "技术合同成交额年均增长不低于10%"
    # "每年登记科技成果5个，转移转化科技成果15项以上": 每年 opening the sentence holds for its list
    return bool(_EVERY_YEAR_OPENS.match(before))


_AVERAGE_HERE = re.compile(r"年均|年平均|平均每年|每年平均")
_YEARS_SPAN_NAMED = re.compile(
    r"(?:自|从)\s*(?P<first>(?:19|20)\d\d)\s*年?\s*(?:至|到|[-—–~～])\s*(?P<last>(?:19|20)\d\d)\s*年"
)
# a five-year period named for what it is to do ("“十二五”期间" as ``wording.period_years`` writes it)
_PERIOD_SPAN = re.compile(r"((?:19|20)\d\d)年及以前")
_EVERY_YEAR_OPENS = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:全[市县区]|我[市县区])?每年")


# a plan's horizon in its own paragraph: "到2025年，……"
_HORIZON_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年")
# a horizon set off by a comma at the head of a clause: "到2025年末，"
_HORIZON_OPENING = re.compile(rf"(?:^|[，,：:；])\s*{wording.HORIZON_AHEAD}")
# a paragraph that goes on with the one before: "同时，……", "此外，……"
_GOES_ON = re.compile(r"\s*(?:同时|与此同时|此外|另外)[，,]")


def _within_span(before: str, year: int | None, deadline: int | None) -> bool:
    """Return True when a span of years from now ("8年内") frames the quantity after ``before``,
    not brought back to one year ("其中2011年将完成…"), nor a yearly amount ("年均建设…"), nor
    ending in the plan's own year ("未来4年内…到2015年" in a 2015 plan)."""
    spans = list(wording.SPAN_WITHIN.finditer(before))
    if not spans or (year is not None and deadline == year):
        return False
    after = before[spans[-1].end() :]
    return not wording.YEAR_AFTER_HORIZON.search(after) and not wording.EACH_YEAR.search(after)


def _horizon_ends(horizon: str, dated: int | None, year: int | None) -> bool:
    """Return True when a horizon of N years ("通过5年的努力") counted from the year the page is
    dated ends in ``year``: a page of 2010 whose "通过5年的努力，力争实现……" states 2015's targets
    (辽宁 2015)."""
    spans = re.findall(r"\d+|[二两三四五六七八九十]", horizon.split("年")[0])
    if not spans or dated is None or year is None:
        return False
    last = spans[-1]
    return dated + (int(last) if last.isdigit() else cn_value(last.replace("两", "二")) or 0) == year


def _milestone(sentence: str, when: int, year: int, results_doc: bool, horizon: int | None) -> bool:
    """Return True when a sentence set in an earlier year ``when`` is a multi-year plan's stage
    target, not a result: the text sets targets up to ``year`` or later ("到2025年，……"), the
    document is a plan, and the sentence itself has no word of a result ("已""完成了""去年")."""
    if results_doc or horizon is None or not horizon >= year > when:
        return False
    # "预计今年……总量将超过4450家": an estimate of how the earlier year ends, not a stage target
    return not (wording.is_past(sentence) or wording.reports_results(sentence) or "预计" in sentence)


_BASE_OF_NEXT = re.compile(r"^[\s”’」]*(?:在此基础上|在这个基础上|在此基础之上)")


def _after_sentence(text: str, sentence: str) -> str:
    """Return what follows ``sentence`` in ``text`` ("" when it is not found there as written)."""
    at = text.find(sentence.strip())
    return text[at + len(sentence.strip()) :] if at >= 0 else ""


def _set_aside(
    seg: Segment,
    sentence: str,
    shown: str,
    written: str,
    when: int | None,
    named: bool,
    year: int | None,
    clause_end: int,
    out: Extraction,
    results_doc: bool = True,
    cued: bool = False,
    start: int = 0,
    past_open: bool = False,
    ahead: bool = False,
    so_far: bool = False,
) -> bool:
    """List a quantity of another year or a past result (and return True), or return False.

    ``named`` says the sentence itself names the year ("截止2018年底…"); a year only in force
    from an earlier sentence or the title makes a target of that year, not a past result.
    """
    # (a yearly average rate over those years holds for this year too: "力争再用3年左右时间，……工业技术
    # 改造投资年均增长20%左右")
    horizon = wording.HORIZON.search(sentence[:start])
    if (
        horizon
        and not wording.AVERAGE_GROWTH.search(re.split(r"[，；：]", sentence[:start])[-1])
        and not _horizon_ends(horizon.group(), out.dated, year)
        # ("计划用三年时间，建设1000万亩……，其中2018年完成400万亩" (通辽 2018): the year named after it)
        and not re.search(rf"{wording.YEAR_NUM}\s*年", sentence[horizon.end() : start])
    ) or _within_span(sentence[:start], year, out.horizon) or ahead:
        reason = "是几年后的目标（如“经过3至5年的努力”），不是本年度目标"
        out.other_years.append(Unmapped(seg.line, seg.code, written, shown, reason))
        return True
    if when is not None and year is not None and when != year:
        past = wording.is_past(sentence) or not TARGET_WORDS.search(sentence)
        if when < year and named and past and _milestone(sentence, when, year, results_doc, out.horizon):
            # "到2025年，……达到30家……。2023年，高新技术企业达到20家": the plan's own earlier stage
            reason = f"{when}年的阶段目标（方案中早于本年度的一年），不是本年度目标"
            out.other_years.append(Unmapped(seg.line, seg.code, written, shown, reason))
        elif when < year and (
            named and past or wording.is_past(sentence) or wording.reports_results(sentence)
        ):
            reason = f"{when}年的情况，不是本年度目标"
            out.past.append(Unmapped(seg.line, seg.code, written, shown, reason))
        else:
            reason = f"{when}年的目标，本年度为{year}年，未导入"
            out.other_years.append(Unmapped(seg.line, seg.code, written, shown, reason))
            _note_year(out, when)
        return True
    # past words count after the last target word before the quantity ("去年…，今年力争…")
    cue_end = max((m.end() for m in wording.PAST_RESET.finditer(sentence, 0, start)), default=0)
    # (a sentence that states its own intent is the plan's, whatever the paragraph or text reports)
    intent = wording.states_intent(sentence, start, written)
    if past_open and not cue_end and not cued and not intent and not (named and when == year):
        reason = (
            "是本年到目前的进度（“上半年……”“今年以来……”），这一句没有目标用语，不是目标"
            if so_far or wording.PROGRESS_REPORT.search(sentence[:start])
            else "段首是往年（“去年……”“五年来……”），这一句没有目标用语，是实绩"
        )
        out.past.append(Unmapped(seg.line, seg.code, written, shown, reason))
        return True
    if not cued and not intent and _BASE_OF_NEXT.match(_after_sentence(seg.text, sentence)):
        # "全市16个中心示范方……实现亩产1000公斤、效益1000元的“双千”目标。在此基础上,今年……部署2万亩"
        # (宁波 2010): what the next sentence builds on is reached already
        reason = "是其后“在此基础上”所说的基础（已达到的），不是目标"
        out.past.append(Unmapped(seg.line, seg.code, written, shown, reason))
        return True
    # "今年GDP增长的预期目标仍处在高位，达到了11.5%": the level the goal is set at, said in the perfective
    goal_level = bool(_GOAL_LEVEL_BEFORE.search(sentence[:start]))
    # "今年全区建设任务2.4万亩，截至目前，已经完成1.6万亩" (武清 2009): the year's task, then the progress
    goal_level = goal_level or bool(_TASK_LEVEL_BEFORE.search(sentence[:start]))
    # "2022年省下达粮食作物面积27.3万亩目标任务，截至目前，……已完成……" (定安 2022): the figure of the task issued
    goal_level = goal_level or any(
        m.start() < start < m.end() for m in wording.TASK_ISSUED_TO.finditer(sentence, max(0, start - 30))
    )
    # "推进2024年1475万亩夏粮和426万亩油菜种植任务落实" (云南 2024): the figures of the year's task,
    # written before the crop it is of
    clause_open = max(sentence.rfind(ch, 0, start) for ch in "，；。：！？") + 1
    task_figure = bool(
        _TASK_FIGURE_AFTER.match(sentence[start + len(written) :])
        and re.search(rf"(?:今年|全年|{YEAR_NUM}\s*年度?)[^，。；]{{0,20}}$", sentence[clause_open:start])
    )
    goal_level = goal_level or task_figure
    # "- 1-8月外贸进出口总额达6.41亿元，……" (简阳 2025): a clause opened by the months so far reports them,
    # whatever the sentence plans further on
    clause_start = max(sentence.rfind(ch, 0, start) for ch in "，；。：！？") + 1
    # ("今年1月至10月，全州预计接待游客……，实现旅游收入407.81亿元，……，力争实现全年……" (文山 2023): the
    # months that open the sentence hold up to its first word of intent)
    # ("……获悉，今年一季度，……——城镇新增就业16.26万人，……，登记失业率4.62%" (重庆 2021))
    so_far_marks = list(re.finditer(rf"{wording.PROGRESS_SO_FAR.pattern}|(?:今年)?(?:第)?[一二三]季度(?=[，,])", sentence[:start]))
    opened_so_far = bool(so_far_marks) and not re.search(
        r"力争|确保|计划|目标|全年|预期|争取|将",
        wording.COMPLETION_RATE.sub("", sentence[so_far_marks[-1].end() : start]),  # "完成全年目标任务的27.1%"
    )
    if (
        not goal_level
        and (wording.PROGRESS_SO_FAR.search(sentence[clause_start:start]) or opened_so_far)
        and not wording.states_intent(sentence, start, written)
    ):
        reason = "是本年到目前的进度（“上半年……”“今年以来……”），这一句没有目标用语，不是目标"
        out.past.append(Unmapped(seg.line, seg.code, written, shown, reason))
        return True
    if not goal_level and (
        wording.is_past(sentence[cue_end:clause_end]) or (not cued and wording.reports_results(sentence, results_doc))
    ):
        reason = "往年实绩或现状，不是目标"
        out.past.append(Unmapped(seg.line, seg.code, written, shown, reason))
        return True
    # in a report, a target word after the clause of a count given roughly (N余家, N多个: what
    # was done) sets the later target only ("走访调研科技型企业200余家，……新增入库企业300余家并
    # ……，力争2019年新增高新技术企业30家"); an exact count before it may be the plan's
    # ("组织……16家企业申报高新技术企业，力争全年净增高新技术企业10家")
    rough = bool(re.search(r"\d(?:余|多)", written))
    cue_text = sentence[:clause_end] if rough else sentence
    if (
        results_doc
        and not cued
        and not intent
        and not task_figure  # (a task's figure: "推进2024年1475万亩夏粮……种植任务落实")
        and not wording.report_target_cue(cue_text, results_doc)
        and not wording.annual_ahead(sentence, start)
    ):
        reason = "全文多是实绩的报道（总结、述职、进展），这一句没有“力争、确保、目标”等目标用语"
        out.past.append(Unmapped(seg.line, seg.code, written, shown, reason))
        return True
    return False


# a run-in label before a colon that names what the clause after it counts: "（二）科技型中小企业：评价入库"
RUN_IN_LABEL = re.compile(r"(?:^|[，；。）)])(?P<label>[^，；。：:\d（）()]{2,12})[：:](?P<rest>[^，；。：:\d]*)$")
_MEASURE_AFTER_AMOUNT = re.compile(
    r"^(?P<m>总产值|产值|增加值|营业收入|营收|销售收入|主营业务收入|利税|产量|交易额)(?=$|[、，。；！？]|的)"
)
_ACHIEVED_BEFORE = re.compile(r"(?:实现|完成|达到|创造|形成)$")
# the measure a total of livestock or crops is named by, which its short parts share
_MEASURE_OF_TOTAL = re.compile(r"(?:存栏|出栏|产量|种植面积)$")
_FACILITIES = ("座", "处", "口", "眼", "栋", "台", "套")
_DESCRIBED_BEFORE = re.compile(
    wording.CENTRED_ON + "$"
    # "实施…总投资650亿元的39个市重点项目建设": the projects' budget before the count
    + r"|(?:总投资|投资总额|计划投资)(?:约|达)?\d+(?:\.\d+)?(?:亿元|万元)(?:以上)?的$"
    # "对今年列入计划的40个重大前期工作项目": what they were listed in describes them
    + r"|列入[^，；。\d]{0,8}?的$"
    # "推进有利于调结构、补短板、惠民生的190个盟级重点项目建设": what they serve describes them
    + r"|有利于[^，；。\d]{2,24}?的$"
    # "今年北京市著重打造的13条乡村旅游产业带" (北京 2008): who makes them describes them
    + r"|(?:打造|建设|实施|推进|培育|创建|认定)的$"
)


# the projects the clause after an investment builds: "，建设帕古水库、堆曲灌区工程等水利项目30个"
_PROJECTS_NEXT = re.compile(
    r"[^，；。]{0,4}[，,](?:建设|实施|推进|新建|开工)[^，；。\d]{0,30}?等(?P<kind>[\u4e00-\u9fff]{2,4})项目\d"
)


# a measure named without its subject ("产量") and a subject's measure before it ("粮食播种面积")
_FARM_MEASURES = r"(?:总产量|总产|产量|单产|总产值|产值|增加值|播种面积|种植面积|面积|出栏量|出栏|存栏量|存栏)"
_BARE_MEASURE = re.compile(rf"(?:平均)?{_FARM_MEASURES}")  # "…水稻面积达到115万亩，平均单产增加20%以上"
_SUBJECT_MEASURE = re.compile(rf"^(?P<subject>[\u4e00-\u9fff]{{2,8}}?){_FARM_MEASURES}$")


# a place a part of a count lies in: "环岛旅游公路沿线", "核心区"
_PLACE_PART = re.compile(r"(?:沿线|沿岸|片区|区域|地区|园区|城区|核心区|开发区|高新区|新区|示范区|县|区|市|镇|乡|村|街道|流域|周边)$")


# a count's noun followed by what it does, named after the count: "企业开展数字化改造"
_DOERS_DOING = re.compile(
    r"^(?P<doers>[\u4e00-\u9fff]{0,6}?(?:企业|单位|园区|学校|合作社))(?P<doing>(?:开展|实施|建立|建设|完成|参与|进行|应用)[\u4e00-\u9fff]{2,12})$"
)


# the doers a name ends with ("完成数字化转型的规上工业企业"): a part after 其中 counts the same
_DOERS_NAMED = re.compile(r"(?:^|的)(?P<doers>[\u4e00-\u9fff]{0,6}?(?:企业|单位|园区|学校|合作社))$")


# people counted by who they are, the object of a verb before the count
_PEOPLE_NAMED = re.compile(r"[^、\d]{0,10}?(?:人口|劳动力|群众|农民|职工)[\u4e00-\u9fff]{0,6}")


def _name_for(
    before: str, after: str, prev_clause: str, last: _Found | None, unit: str = ""
) -> tuple[str, str, int]:
    """Return (name, subject of a share, length of ``after`` used by the name) for a quantity.

    The name is the text before the number (``高新技术企业达到``), or after it when the number
    follows a verb (``认定5个市级专家大院``), or the previous target's (``总量突破550家``), or the
    previous clause's; a share (``占GDP比重``) takes the previous target as its subject.
    """
    used = 0
    before = wording.ABOUT_BEFORE.sub("", before.rstrip())
    # "在稳定粮食综合生产能力、确保30万吨粮食总产量的前提下" (彭水 2022): the clause after 、 is this one's
    if joined_intent := re.search(r"、((?:确保|力争|争取)(?:实现|完成|达到)?)$", before):
        before = joined_intent.group(1)  # "…等近20万平方米科创载体": 近 says ≈
    name = wording.name_before(before)
    after_name = wording.name_after(after)
    # "解决150万人口的安全饮水" (甘肃 2011): the 口 of 人口 after the unit, the people of what is named
    people = re.match(r"口的([\u4e00-\u9fff]{2,10})", after)
    if people:
        return people[1] + "人口", "", people.end()
    # "推进2024年1475万亩夏粮和426万亩油菜种植任务落实" (云南 2024): the crop of the year's task, after
    # its area
    crop = re.match(r"(?P<crop>[\u4e00-\u9fff]{1,6}?)(?:(?:和\d[^，。；]{0,16}?)?(?P<work>种植|播种)?任务|和$)", after)
    # ("福建今年冬天至明天春天安排了650万亩造林绿化任务" (福建 2011): the task itself)
    if crop and unit in AREA_UNITS and re.search(
        rf"(?:{YEAR_NUM}\s*年度?|今年|全年|(?:^|[\u4e00-\u9fff])和|(?:安排|部署|下达)了?)$", before.strip()
    ):
        what = f"{crop['work']}面积" if crop["work"] else "种植面积" if after.endswith("和") else "任务"
        return crop["crop"] + what, "", crop.end("crop")
    # "谋深抓实24项特色工作、31个重点项目" (尚田 2025): the count after a counted item of the same list
    # is named by what follows it
    if re.search(r"\d+\s*[项个家件][\u4e00-\u9fff“”]{2,10}、$", before.strip()) and (thing := wording.name_after(after)):
        return thing, "", after.find(thing) + len(thing)
    # "全县生态产业建设任务为新植茶园10000亩" (石阡 2012): what the task is, not the task
    if what := re.search(r"任务(?:为|是)(?P<what>[\u4e00-\u9fff]{2,10})$", before.strip()):
        return what["what"], "", 0
    # "为确保完成438亿斤的全年粮食总产目标任务" (江西 2020): the task named after its figure
    task = re.match(r"的(?:全年|年度)?(?P<what>[\u4e00-\u9fff]{2,8}?)(?:生产)?(?:目标任务|目标|任务)(?=[，；。]|$)", after)
    # (not a place's share: "龙岩市……将完成9.59万亩的植树造林任务" keeps its place)
    if task and re.fullmatch(r"[^，；。]{0,4}?(?:确保|保证|要|必须)?(?:完成|实现)", before.strip()):
        return task["what"], "", task.end()
    # "要求各乡镇按照8万亩的规划目标，……" (郏县 2018): the goal named after the figure it is set at
    goal = re.match(r"的?(?P<what>[\u4e00-\u9fff]{2,6}?目标)(?=[，；。]|$)", after)
    if goal and re.search(r"(?:按照|按|对照|围绕)$", before.strip()):
        return goal["what"], "", goal.end()
    # "增配54个电动自行车充电设备、59个简易喷淋装置等消防设施" (江川路 2023): the item counted, not
    # the class the list ends in
    after_name = re.sub(r"^([\u4e00-\u9fff“”]{2,12}?)等[\u4e00-\u9fff]{2,6}$", r"\1", after_name)
    # "形成一支5万人以上的科普志愿者队伍": an article between the verb and the number
    # ("推动超100家企业开展数字化改造": a bound between the verb and the number)
    verb_end = re.sub(r"(?:一(?:支|批|个|家|座|所|套|组)|超过|超|逾|不少于|不低于|至少)$", "", before.strip())
    # ("不折不扣地完成好全年400万亩营造林任务" (山西 2017): the year, and 好, between the verb and the number)
    verb_end = re.sub(r"(?<=完成|落实|实施)好$", "", re.sub(r"(?:全年|年内|本年度?)$", "", verb_end))
    verb = wording.VERB_BEFORE_OBJECT.search(verb_end)
    if verb is None:  # "园区主导产业至少有8家国家级研发机构": 有 takes what it counts after the count
        verb = re.search(r"(?:至少|共|将|要|力争)有$", before.strip())
    if verb is None:  # "晴隆县把600口沼气池建设作为……重点建设项目" (晴隆 2010): what 把 takes
        verb = re.search(r"(?<=[\u4e00-\u9fff])把$", before.strip())
        if verb is not None:  # (what it is made into is no part of its name)
            after_name = re.split(r"作为|当作|列为|纳入|列入", after_name)[0]
    examples = before.rstrip().endswith("等")  # "A、B、C等5个平台": the name follows
    # "建成研发中心和10万平方米多层楼宇厂房": a thing without a number joined before the counted one
    joined = bool(re.search(r"[\u4e00-\u9fff]{2}(?:和|及|以及)$", before.rstrip())) and bool(
        _VERB_OPENS.search(before)
    )
    # "实施以大型喷灌为主的1.1万亩人工饲草料基地建设工程": a description before the number
    examples = examples or bool(_DESCRIBED_BEFORE.search(before.rstrip()))
    # "计划完成总投资107.39亿元的3批次22个重点项目开工建设" (苍溪 2021): the batches say how they come
    examples = examples or bool(re.search(r"\d+批次?$", before.rstrip()))
    # "壮大20家科技型龙头企业", "选树5个科技示范村": two letters alone before the count are a verb
    # the list of verbs does not know; the noun after the count is the name
    bare_verb = (
        re.fullmatch(r"[\u4e00-\u9fff]{2}", name)
        and _ends_clause(before.strip(), name)
        and after.startswith(after_name)
        and not wording.VERB_BEFORE_OBJECT.match(after_name[:2])
    )
    # "今后三年投入3亿元科技专项资金": the funds spent are named after the amount
    funds = wording.FUNDS_SPENT_BEFORE.search(before.strip()) and wording.FUNDS_NAME.search(after_name)
    # "……收入突破100亿元的“2331”目标": the goals' label after the number names no indicator
    # (but a verb before the number takes it: "今年市农业局部署2万亩的“双千”工程考核任务" (宁波 2010))
    if after_name and re.match(r"\s*的", after) and re.search(r"(?:目标|任务|指标)(?:任务)?$", after_name) and not (
        verb and verb.group() in ("部署", "下达", "分解")
    ):
        after_name = ""
    # "将生产总值突破90亿元、财政收入突破6.5亿作为既定工作目标" (满城 2013): what it is made is no name
    if re.match(r"(?:作为|列为|当作)", after_name):
        after_name = ""
    # "深化与20个高校院所的产学研合作": a verb and its preposition before the count name nothing
    partners = bool(re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:与|同|跟)", name))
    # "完成郊区主要道路沿线、旅游区及重点场所周边1000个左右村庄的环境整治": where they are
    # ("完成国家规划内80条中小河流治理" (山东 2013): the plan they are listed in)
    where = bool(re.search(r"(?:周边|沿线|沿岸|境内|辖区内|规划内|计划内|范围内)$", before.strip()))
    # "全力使剩余7200名农村贫困人口脱贫" (宜春 2020): what is left of the count is no name
    # ("确保完成“十三五”剩余的28万人易地扶贫搬迁任务" (湖南 2018): likewise)
    where = where or bool(re.search(r"(?:剩余|余下|剩下|其余)的?$", name))
    # "落地城区3所公办园项目" (琼海 2026): the part of the place where they stand, then what is counted
    where = where or bool(re.fullmatch(r"(?:[\u4e00-\u9fff]{2})?(?:城区|市区|县城|主城区|中心城区|城镇|农村|乡村)", name))
    # "力争实现130万人以上农村建档立卡贫困人口脱贫" (湖南 2018): the people 实现 brings about
    people_done = bool(re.search(r"实现$", before.strip()) and _PEOPLE_NAMED.fullmatch(after_name))
    # "山东省将确保实现5000万吨粮食和5000万头生猪产能“双五千”……目标" (山东 2021): the place is the
    # subject, what it brings about is named after the figure
    place_done = bool(
        re.search(r"实现$", before.strip())
        and wording.PLACE_ONLY.fullmatch(name)
        and after.startswith(after_name)
    )
    # "确保隆德、泾源、彭阳3个县脱贫摘帽" (宁夏 2018): the places listed are what is counted; the kind
    # of place after the count, and what becomes of it, is the name
    places = re.search(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})$", name)
    listed_places = bool(
        places
        and re.match(r"(?:贫困)?(?:县|区|市|乡镇|乡|镇|村)(?:[\u4e00-\u9fff]{2})", after_name)
        and after.startswith(after_name)
    )
    # "紧紧围绕我市68.59万亩耕地保有量和58.24万亩永久基本农田保护目标" (常宁 2025): the place's own
    # word before the count, what is counted after it
    own_place_before = bool(
        re.search(r"(?:围绕|围绕着|立足|依托|完成|实现|确保|落实)(?:我|全|本)[市县区省州镇旗]$", name)
        and after.startswith(after_name)
    )
    # "今年，中央下达江西省8.02万户农村危房改造任务" (江西 2017): who set the task for whom, then the task
    issued = bool(re.fullmatch(r"(?:中央|国家|省|市|州|上级)(?:政府)?下达(?:给)?[\u4e00-\u9fff]{0,5}", name))
    if place_done:  # (up to the next figure of the list, or the goals' quoted label)
        after_name = re.sub(r"(?:和|及|与|、)$", "", re.split(r"(?:和|及|与|、)(?=\d)|“", after_name)[0])
    if after_name and (
        not name or verb or examples or bare_verb or funds or joined or partners or where or people_done or place_done
        or listed_places or own_place_before or issued
    ):
        name = after_name
        if funds and (purpose := re.match(r"\s*(?:资金|经费)用于(?P<p>[\u4e00-\u9fff]{2,12}?)(?:[，；。]|$)", after)):
            name = purpose["p"] + "资金"  # "投入800万元资金用于项目前期工作": the funds of that work
        used = after.find(after_name) + len(after_name)
        # ("重点推进100万亩玉米、100万亩水稻…": the first of a list is named like the others)
        if verb and len(name) <= 2 and not re.fullmatch(r"[^，；。\d]{0,6}、\s*", after):
            name = verb.group() + name  # "开展3—4项合作" → 开展合作, not just 合作
        # "推动100家企业开展数字化改造": what the firms counted do names them (开展数字化改造的企业)
        name = _DOERS_DOING.sub(r"\g<doing>的\g<doers>", name)
        if (
            last is not None
            and re.fullmatch(r"[，、；\s]*其中", before)
            and re.match(r"(?:达到|达|实现|完成)", name)
            and (doers := _DOERS_NAMED.search(last.name))
        ):
            name = f"{name}的{doers['doers']}"  # "…25家规上工业企业…，其中5家达三级及以上水平"
        level = re.match(r"[，、\s]*(国家级|省级|市级|县级|区级|镇级|乡级|村级)(?=[\u4e00-\u9fff]{2})", before)
        if verb and level and not re.match(r"(?:国家|省|市|县|区|镇|乡|村)级", name):
            name = level[1] + name  # "市级重点提升10个示范园区，县级重点建设26个…": two counts, by level
    # "投资1亿元实现美丽乡村全覆盖", "投资8800万元建成“五小水利”和“小农水”工程" (会同 2018): the
    # investment in what the clause after it builds
    # ("其中投资40亿元加快大沽地区开发建设、投资23亿元加快天碱地区建设" (天津中心商务区 2011))
    spent = re.match(r"(?:实现|建成|建设|实施|完成|推进|打造|新建|加快|进行|用于)(?P<what>[^，；。、\d]{2,20})$", after_name)
    listed_spending = bool(re.search(r"、\s*投资$", before.strip()))  # "…开发建设、投资23亿元加快…"
    if spent and re.search(r"(?:^|[，；：。、])\s*(?:其中[，,：:]?)?\s*(?:投资|[^，；：。\d]{0,4}(?:花费|花|投入))$", "，" + before.strip()) and (
        name in ("", "投资", after_name) or listed_spending
    ):
        name = re.sub(r"建设$", "", spent["what"]) + "投资"
        used = after.find(after_name) + len(after_name)
    # "形成每个板块2家以上众创空间": a floor for every unit of a class is named with its 每个
    if after_name and (each := wording.EACH_FLOOR_NAME.search(before.strip())):
        name = each["each"] + (each["verb"] or "") + re.sub(r"(?<=[\u4e00-\u9fff]{2})的[\u4e00-\u9fff]{1,4}$", "", after_name)
        used = after.find(after_name) + len(after_name)
    # "现代农业实现1200亿元产值": the measure said after the amount is part of the name
    if name and not used and (m := _MEASURE_AFTER_AMOUNT.match(after)) and not name.endswith(m["m"]) and (
        _ACHIEVED_BEFORE.search(before.strip())
    ):
        name += m["m"]
        used = len(m["m"])
    # "粮食播种面积稳定在407万亩，产量26.5亿斤": a bare measure right after another measure of a
    # subject is the same subject's (粮食产量)
    if (
        last is not None
        and _BARE_MEASURE.fullmatch(name)
        # (the base of its change is no part of it: "平均单产比2011年增加20%以上")
        and len(re.sub(r"(?:比|较)(?:\d{4}年|上年|去年)", "", before.strip("，、 "))) <= len(name) + 4
        and (subject := _SUBJECT_MEASURE.match(last.name))
        and not last.name.startswith(name)
    ):
        name = subject["subject"] + name
    elif (
        # "水稻8.5万亩、产量4.845万吨，玉米9.5万亩、产量3.61万吨": a crop named by itself, its area
        # then its yield
        last is not None
        and _BARE_MEASURE.fullmatch(name)
        and re.fullmatch(r"[，、\s]*" + name, before.strip())
        and last.unit in ("亩", "万亩", "公顷", "万公顷")
        and re.fullmatch(r"[\u4e00-\u9fff]{1,6}", last.name)
        and not _BARE_MEASURE.search(last.name)
    ):
        name = last.name + name
    elif (
        # "建设粮食生产功能区140个、面积33万亩，其中市级功能区43个、面积18万亩" (宁波 2010): the
        # area of the places just counted
        last is not None
        and name == "面积"
        and re.fullmatch(r"[，、\s]*面积", before.strip())
        and last.unit in ("个", "处", "块", "片")
        and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", last.name)
    ):
        name = last.name + name
    if not name and last is not None and (
        re.search(r"总数|总量|总额|总规模|总计|数量|^[，、]?累计(?:达到|达|突破|超过)$", before.strip())
        or _STOCK_AFTER.match(before.strip())
    ):
        name = last.name  # "新增…200家、累计达到1300家", "…300家、达到1500家": the stock of the same
    if last is not None and (level := _PART_AT_LEVEL.fullmatch(before.strip("，、 "))) and (
        rest := _LEVEL_PREFIX.sub("", last.name)
    ) != last.name:
        name = level["level"] + rest  # "县级科技领军企业5家，其中晋升省级2家": the same firms, a level up
    if last is not None and _BARE_DEAL_AMOUNT.fullmatch(name) and not last.name.endswith(name):
        name = last.name + name  # "新登记技术合同600项，成交额15亿元": the contracts' amount
    if last is not None and wording.GROWTH_OF_LAST.fullmatch(before.strip("，、 ")):
        name = last.name  # "实现总产值480亿元，同比增长33.3%": the growth of the previous target
    if (
        not name
        and last is not None
        and re.fullmatch(r"、[\u4e00-\u9fff]{2,4}", before.strip())
        and not wording.next_stage_name(before, last.name)  # "开工…、建成…": the stage's own rule
    ):
        # "确保亿元以上项目新开工90个、新入库70个": a verb alone after 、 counts the same subject
        # (the list's subject is added by _with_clause_subject), not the previous clause's name
        name = before.strip().lstrip("、")
    if (
        not name
        and last is not None
        and re.fullmatch(r"[，、]?(?:其中)?(?:新增|净增|新建|新认定)", before.strip())
        and prev_clause.rstrip("，、 ").endswith(last.name)
    ):
        name = last.name  # "规划建设300万亩标准瓜菜田，新增40万亩": the thing named after the last count
    if not name and prev_clause:
        # "…在库企业已达933户，有望净增600户": the name before the previous clause's quantity
        first = next((m for m in QUANTITY_RE.finditer(prev_clause) if m["unit"]), None)
        head = prev_clause[: first.start()] if first else prev_clause + "达到"
        name = wording.name_before(head)
        if first is None and (m := _OBJECT_OF_LAST_VERB.fullmatch(name)):
            # "引进专业机构共同帮助企业创建高新技术企业，争取年内新增50家": what the last verb makes
            name = m["object"]
        # "已申报高企超900家，全年有望完成新增500家的目标任务": what was done so far is no name
        name = re.sub(r"^已(?:申报|认定|入库|登记|备案|评价|培育|引进)(?=[\u4e00-\u9fff]{2})", "", name)
        if not name and first is not None and re.search(rf"其中\s*(?:{wording.YEAR_NUM}\s*年)?(?:完成|建设|实现)?$", before.strip()):
            # "建设1000万亩农业高效节水工程，其中2018年完成400万亩" (通辽 2018): a year's part of the
            # work named after the count before
            name = wording.name_after(prev_clause[first.end() :])
    if (
        wording.MEASURE_ACHIEVED.fullmatch(name)
        and prev_clause
        and re.fullmatch(r"[，,]?(?:实现|完成)[^，；。\d]{0,4}", before.strip())
        and not any(m["unit"] for m in QUANTITY_RE.finditer(prev_clause))
        and len(owner := wording.tidy_name(wording.name_before(prev_clause + "达到"))) >= 2
    ):
        name = owner + name  # "发展……等特色产业，实现产值850亿元": the measure of the clause before's subject
    name = wording.tidy_name(name)
    if (
        last is not None
        and re.fullmatch(r"新?(?:打造|建成|建设|创建|提升|改造|新建|培育|认定)", name)
        and re.match(r"\s*、", before)
    ):
        name += last.name  # "年内建成省级宜居宜业和美乡村2个、新打造1个" (氾水 2025): the same thing, another work
    if last is not None and wording.BARE_GROWTH.fullmatch(name):
        # "技术合同成交额突破50亿元，继续保持10%以上的增长速度": the growth of the previous target,
        # never a target named 增长速度 (qa12b F36)
        name = last.name
    stripped = wording.LEAD_WORDS.sub("", before.strip())
    subject = ""
    if name.startswith("占") or (not name and stripped.startswith("占")):
        subject = last.name if last is not None else wording.name_before(prev_clause + "达到")
        name = subject + (name or stripped)
    elif last is not None and (m := re.match(r"(?:投入|经费|支出)(?=强度|总量|总额|规模)", name)):
        # "全社会R&D经费投入年均增长18%，投入强度达3%": the intensity of the previous target
        if last.name.endswith(m.group()):
            subject = last.name[: -len(m.group())]
            name = subject + name
    return name, subject, used


def _ends_clause(text: str, name: str) -> bool:
    """True when ``text`` ends with ``name`` alone in its clause (after ，、；： or nothing): the
    test ``(?:^|[，、；：])NAME$`` without compiling a pattern for every name."""
    return text.endswith(name) and text[: len(text) - len(name)][-1:] in ("", "，", "、", "；", "：")


def _plan_codes(root: PlanNode) -> set[str]:
    """Return the codes of nodes under a heading that plans (2024年工作计划, 主要目标 …)."""
    return _codes_under(
        root,
        # (not "……开发工作目标任务圆满完成" (腾冲 2022): a headline of the goals met)
        lambda t: bool(
            PLAN_HEADING.search(t)
            and not PAST_HEADING.search(t)
            and not _DOING_SLOGAN.search(t)
            and not wording.RESULT_TITLE.search(t)
        ),
    )


# a part of a report named by how the work was done ("二是盯紧目标抓落实", "突出重点求实效"): its
# 目标/重点 plans nothing
_DOING_SLOGAN = re.compile(r"(?:抓|促|求|见|重|强)(?:落实|实效|成效)$")


def _past_codes(root: PlanNode, year: int | None = None, review_opening: bool = False) -> set[str]:
    """Return the codes of nodes under a heading that reports results (发展基础, 工作回顾 …).

    A summary of an earlier year is one even with a plan word in it: under
    "一、2019年重点工作总结" every paragraph is a result of 2019, up to the next top heading.
    After a bare review line before part 一 ("2017年工作回顾" / 一、… 二、…), the parts are the
    review's, up to the first whose heading plans or whose text turns to the plan ("2018年工作安排").
    """
    reviewed: set[str] = set()
    for part in root.children if review_opening else []:
        if PLAN_HEADING.search(part.title) and not PAST_HEADING.search(part.title):
            break
        if any(PLAN_LINE.match(line) for line in part.text.splitlines()):
            break
        reviewed |= {node.code for node in part.walk()}
    past = _codes_under(
        root,
        lambda t: bool(
            PAST_HEADING.search(t)
            and not NEW_RESULTS_AIMED.match(t)
            and (not PLAN_HEADING.search(t) or _earlier_only(t, year))
            # "一、2018年主要工作" in a 2019 text (a 总结和思路 whose 思路 part is cut off): the
            # work of an earlier year, named with no plan word, is what was done
            or (PAST_WORK_HEADING.search(t) and not PLAN_HEADING.search(t) and _earlier_only(t, year))
        ),
    )
    # "一、精彩的2012年 / 二、奋进的2013年": beside a part headed with the plan year, a part headed
    # with earlier years only reviews them
    if any(str(year) in YEAR_MENTION.findall(part.title or "") for part in root.children):
        for part in root.children:
            if _earlier_only(part.title or "", year):
                past |= {node.code for node in part.walk()}
    # "一、2014年的政府工作 / 过去一年，……" (湖南 2015, its year lost in copying): a part whose first
    # paragraph opens with the year or years just past reviews them
    for part in root.children:
        first = next((line for line in (part.text or "").splitlines() if line.strip()), "")
        if _REVIEW_OPENS.match(first) and not PLAN_HEADING.search(part.title or ""):
            past |= {node.code for node in part.walk()}
    # "一、自评工作开展情况 / （一）部门年度总体目标": the year's goals stated inside a report's part
    goals = _codes_under(
        root, lambda t: bool(GOALS_SUBHEADING.search(t) and not PAST_HEADING.search(t) and not _earlier_only(t, year))
    )
    return (past | reviewed) - goals


_REVIEW_OPENS = re.compile(r"^\s*(?:过去(?:的)?(?:一|两|三|四|五|\d)年|(?:两|三|四|五|\d)年来)[，,]")


# a heading that opens with the results to be won: "（二）取得人居环境整治新成绩" (平昌 2020) — a task,
# not a review's "科技创新取得新成效" (its subject first)
NEW_RESULTS_AIMED = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*"
    r"(?:取得|实现|创造|再创|争创|开创)[^。；，：]{0,20}?新(?:成绩|成效|突破|进展|业绩)"
)


# a bare line that turns a report to the plan: "2018年工作安排", "今年主要工作任务", "总体要求"
PLAN_LINE = re.compile(
    rf"^(?:{YEAR_NUM}年(?:度)?|今年|明年|新的一年)?的?(?:主要)?(?:工作)?"
    r"(?:安排|打算|计划|思路|总体要求|目标任务|主要任务|工作任务|重点工作|工作重点)[。：:]?$"
)


# a heading that names the year's goals: "部门年度总体目标", "主要预期目标"
GOALS_SUBHEADING = re.compile(r"(?:总体|年度|主要|工作|发展|预期|绩效)目标[：:]?$")


# a heading that names a year's work and nothing else: "2018年主要工作", "2018年科技工作"
PAST_WORK_HEADING = re.compile(rf"^{YEAR_NUM}年(?:度)?[^，。；：]{{0,8}}?工作[。：:]?$")


def _earlier_only(title: str, year: int | None) -> bool:
    """Whether ``title`` names years and every one is before ``year`` (2019年… in a 2020 plan)."""
    named = [int(y) for y in YEAR_MENTION.findall(title)]
    return year is not None and bool(named) and max(named) < year


# the end of a body's name: "科技企业孵化器", "重点实验室", "院士工作站"
_BODY_END = re.compile(r"(?:孵化器|加速器|众创空间|中心|实验室|企业|平台|基地|工作站|园区|机构)$")


def _joined_bodies(name: str, entry: catalog.CatalogEntry, unit: str) -> bool:
    """Whether ``name`` joins kinds of body with 和/及/、 and the last kind is not ``entry``'s: the
    count is of them together ("技术创新中心和科技企业孵化器275个")."""
    kinds = re.split(r"和|及|、", name)
    last = kinds[-1].strip()
    return len(kinds) >= 2 and bool(_BODY_END.search(last)) and catalog.find_entry(last + catalog.Q, last + catalog.Q, unit) is not entry


def tasks_set_codes(root: PlanNode) -> set[str]:
    """Return the codes under a progress report's heading over the tasks a document set
    ("（二）报告中确定的其他指标任务完成情况"): each item there states the task, then its progress."""
    return _codes_under(root, lambda t: bool(wording.TASKS_SET_HEADING.search(t)))


def _codes_under(root: PlanNode, heads: Callable[[str], bool]) -> set[str]:
    """Return the codes of nodes at or below a heading for which ``heads`` holds."""
    codes: set[str] = set()

    def walk(node: PlanNode, inside: bool) -> None:
        title = node.title or ""
        # a run-in heading "技术示范：科学技术……是促进三高农业的基础": the words before the colon
        # are the heading, the rest is the paragraph's first sentence
        title = re.sub(r"^([^：:，。；]{2,15})[：:].*", r"\1", title)
        if node.level != "总" and heads(title):
            inside = True
        if inside:
            codes.add(node.code)
        for child in node.children:
            walk(child, inside)

    walk(root, False)
    return codes


# a department budget's explanation: "三、部门收支预算编制的依据及测算说明" (柞水 2014: "1、人员经费:74.31万元")
BUDGET_HEADING = re.compile(r"(?:收支|部门|经费)预算|预算(?:编制|收支|安排)|测算说明|预算表")


def _set_aside_budget(seg: Segment, out: Extraction) -> None:
    """List every quantity of a segment under a budget heading as no target: the money the
    department is allotted, not work it sets out to do."""
    _set_aside_all(seg, out.not_targets, "所在部分是部门预算的编制说明（经费安排），不是工作目标")


def _set_aside_past(seg: Segment, out: Extraction) -> None:
    """List every quantity of a segment under a results heading as a past result."""
    _set_aside_all(seg, out.past, "所在部分是已取得的成绩，不是目标")


def _set_aside_all(seg: Segment, into: list[Unmapped], reason: str) -> None:
    """List every quantity of ``seg`` (but ordinals, dates and the like) in ``into`` with ``reason``."""
    for sentence in SENTENCE_RE.findall(seg.text):
        _set_aside_sentence(seg, sentence, into, reason)


def _set_aside_sentence(seg: Segment, sentence: str, into: list[Unmapped], reason: str) -> None:
    """List every quantity of one sentence of ``seg`` (but ordinals, dates and the like) in ``into``."""
    shown = sentence.strip().rstrip("；，")
    for q in QUANTITY_RE.finditer(sentence):
        if q["unit"] and not wording.is_never_target(sentence, q):
            into.append(Unmapped(seg.line, seg.code, q.group(), shown, reason))


# the object of the last verb in a clause of several: "引进专业机构共同帮助企业创建高新技术企业"
_OBJECT_OF_LAST_VERB = re.compile(rf"[\u4e00-\u9fff]{{2,}}.*(?:{wording.VERB_BEFORE_OBJECT.pattern[3:-2]})(?P<object>[\u4e00-\u9fff]{{4,}})")


def _previous_clause(sentence: str, start: int) -> str:
    """Return the clause that ends at the mark just before ``start`` (without the mark)."""
    end = start - 1
    if end <= 0:
        return ""
    begin = max(sentence.rfind(ch, 0, end) for ch in NAME_MARKS) + 1
    if _DOUBLING.fullmatch(sentence[begin:end]) and begin > 1:
        # "…年均增长15%左右，比2010年翻一番，力争达到1.3万亿元" (福建 2015): the clause before the doubling
        return _previous_clause(sentence, begin)
    return sentence[begin:end]


_DOUBLING = re.compile(r"(?:比(?:19|20)\d\d年)?翻[一两二三]番")


def _this_year_after_year(text: str) -> bool:
    """Return True when a clause after the last year named in ``text`` says 今年 (本年度, 年内):
    the quantity after it is this year's, not the named year's."""
    mentions = list(YEAR_MENTION.finditer(text))
    if not mentions:
        return False
    rest = text[mentions[-1].end() :]
    clause = re.search(r"[，；：]", rest)
    return clause is not None and bool(wording.THIS_YEAR_PLAN.search(rest[clause.end() :]))


def _without_bare_restatements(found: list[_Found], subhead_lines: set[int] = frozenset()) -> list[_Found]:
    """Drop a target named by a bare measure that restates an earlier one ("计划种植棉花760万亩……。
    ……计划播种面积760万亩" (兵团 2011): the same cotton, said again without its crop), and one a
    subheading states over the paragraph that states it again."""
    kept: list[_Found] = []
    for f in found:
        if (_BARE_MEASURE.fullmatch(f.name) or f.name.endswith("目标")) and any(
            (g.value, g.unit, g.kind, g.comparison) == (f.value, f.unit, f.kind, f.comparison) for g in kept
        ):
            continue  # (or "……，实现40万人脱贫目标" after "减少贫困人口40万人" (甘肃 2011))
        if f.line in subhead_lines and any(
            g is not f
            and 0 < g.line - f.line <= 3
            and (g.value, g.unit, g.kind) == (f.value, f.unit, f.kind)
            and g.name != f.name
            and len(g.sentence) >= 40
            and "。" in g.sentence
            for g in found
        ):
            continue  # "种养业发力目标增幅为7%" over "……力争来自第一产业的收入增长7%" (泉州 2011)
        # (a page that shows its title twice states it twice above the story: "广东科协：明年……要超5%")
        if f.line in subhead_lines and f.line < min((g.line for g in found if g is not f and g.name != f.name),
                                                   default=0) and any(
            (g.value, g.unit, g.kind) == (f.value, f.unit, f.kind) and g.name != f.name and "。" in g.sentence
            for g in found
        ):
            continue  # a headline ("……今年甘蔗扩种任是4.5万亩 县内掀起扩种热潮") the story states again
        if f.line in subhead_lines and any(
            (g.value, g.unit, g.kind, g.comparison) == (f.value, f.unit, f.kind, f.comparison)
            and g.name != f.name and _shortened(f.name, g.name) for g in kept
        ):
            continue  # the subheading "人均收入增长12%" after "……城镇居民人均可支配收入……增长12%" (江西 2012)
        if any(_rounds_to(f, g) for g in kept):
            continue  # "成片造林8.6万亩" then, in detail, "……等乡镇进行成片造林8.6161万亩" (五寨 2016)
        kept.append(f)
    return kept


def _shortened(short: str, name: str) -> bool:
    """True when ``short`` is ``name`` shortened: its characters, in order, all in ``name``."""
    it = iter(name)
    return len(short) >= 2 and all(ch in it for ch in short)


def _rounds_to(f: _Found, g: _Found) -> bool:
    """True when ``f`` states ``g`` again to more decimals (8.6161万亩 after 8.6万亩), the same
    measure (names ending alike) of the same kind."""
    if (f.unit, f.kind, f.comparison) != (g.unit, g.kind, g.comparison) or f.value == g.value:
        return False
    shown = _decimals(g.value)
    return (_decimals(f.value) >= shown + 2 and round(f.value, shown) == g.value
            and len(os.path.commonprefix([f.name[::-1], g.name[::-1]])) >= 3)


def _decimals(value: float) -> int:
    """Return the decimals ``value`` is written with (8.6161 → 4, 8.6 → 1, 100 → 0)."""
    return len(f"{value:g}".partition(".")[2])


# a subheading of a news report that states the figure its paragraph goes on to state
_SUBHEAD_LINE = re.compile(r"[^。；，,;！？]{4,30}")


def _turns_to_year(sentence: str, year: int | None, default_year: int | None) -> bool:
    """True when ``sentence``, in a text about the year before ``year``, sets out ``year``'s goals
    ("提出了2023年广东省经济社会发展的主要预期目标")."""
    if year is None or default_year is None or default_year != year - 1:
        return False
    if any(int(m.group(1)) == year for m in _KEY_YEAR.finditer(sentence)):
        return True  # "“2018年是实施‘十三五’规划承上启下的关键一年，……但今年指标设置不宜过低”" (郑州 2018)
    return any(
        year in {int(y) for y in YEAR_MENTION.findall(m.group())}
        for m in wording.TARGET_SETTING.finditer(sentence)
    )


# the year a text is about, said of itself: "2018年是实施‘十三五’规划承上启下的关键一年"
_KEY_YEAR = re.compile(
    rf"({YEAR_NUM})\s*年是[^。；！？]{{0,30}}?(?:关键|重要|开局|起步|决胜|攻坚|收官|承上启下|转型)[^。；！？]{{0,8}}?(?:一年|之年)"
)


def _plans_only(title: str) -> bool:
    """True for a title that names a plan and no report ("2023年工作要点"; not "2018年工作总结和2019年
    工作思路", whose body may be the 总结 alone)."""
    return wording.title_says(title) == "plan" and not wording.RESULT_TITLE.search(title)


NEXT_YEAR_GOALS = re.compile(r"明年[^。；]{0,30}?(?:目标|计划|力争|要|将|任务)")


def _turns_to_next_year(sentence: str, year: int | None, current: int | None) -> bool:
    """True when ``sentence``, in a text about the year before ``year``, sets out 明年's goals with
    no year named before them ("明年我镇的经济和社会发展的主要预期目标是：……")."""
    if year is None or current is None or current != year - 1:
        return False
    m = NEXT_YEAR_GOALS.search(sentence)
    return m is not None and not YEAR_MENTION.search(sentence[: m.start()])


COMING_YEARS = re.compile(
    r"(?:今后|未来)(?P<n>[二两三四五2-5])年[^。；]{0,30}?(?:目标|计划|力争|要|将|任务)"
)


def _turns_to_coming_years(sentence: str, year: int | None, current: int | None) -> bool:
    """True when ``sentence``, in a text about ``current`` (the year reported, or the year the text
    is of), sets out the goals of the coming N years with no year named before them, and ``year``
    is the last of them ("2016年，……。今后五年……的主要目标是：……" for 2021)."""
    m = COMING_YEARS.search(sentence)
    if year is None or current is None or m is None or YEAR_MENTION.search(sentence[: m.start()]):
        return False
    n = int(m["n"]) if m["n"].isdigit() else cn_value(m["n"].replace("两", "二"))
    return year in (current + n, current + n - 1) and year > current


def _year_of(text: str) -> int | None:
    """Return the last year named in ``text`` (the year a following quantity belongs to) — not one
    inside a base the quantity grows from ("在2013年1.82万亿元的基础上，继续保持17%的高速增长")."""
    text = re.sub(r"在[^，；。]{0,6}?(?:19|20)\d\d年[^，；。]{0,20}?的?基础上", "", text)
    # (nor the start of the change the quantity ends: "……产值由2021年的568亿元增加到880亿元" (楚雄 2024))
    text = re.sub(rf"[由从]{YEAR_NUM}\s*年(?:底|末)?的?[^，；。年]{{0,24}}?(?:到|至)", "", text)
    # (nor one held level with: "一般公共预算收入完成数与2019年持平，社会消费品零售额增长6%左右")
    text = re.sub(rf"(?:与|和|同|较|比){YEAR_NUM}\s*年(?:底|末)?(?:相比|相较)?(?:基本)?持平", "", text)
    # (nor the year works began, naming them: "基本完成2017年开工建设的……等6条中小河流治理项目" (马鞍山 2018))
    text = re.sub(WORKS_BEGUN_YEAR, "", text)
    # (a span's end: "自2007年至2013年，广西工业总产值由6103亿元增加到2.01万亿元" is 2013's)
    named = [(m.start(), m.group(1)) for m in YEAR_MENTION.finditer(text)]
    named += [(m.start(), m["end"]) for m in _YEAR_SPAN.finditer(text)]
    # ("2017—2018年调减5.3万亩": a span's target is its end year's)
    # (not a yearly amount in it, "2014-2020年，…每年选派440名", nor a plan it names,
    # "2021—2035年中长期科技发展规划")
    named += [
        (m.start(), m["end"])
        for m in _DASHED_SPAN.finditer(text)
        if not re.search(r"每年|年均|逐年", text[m.end() :]) and not _SPAN_NAMES_PLAN.match(text[m.end() :])
    ]
    # ("至2014年底，该县累计新增…" (庆城 2020): 至 opening a year, as 到 does — not a span's end)
    named += [(m.start(), m.group(1)) for m in _UP_TO_YEAR.finditer(text)]
    return int(max(named)[1]) if named else None


_UP_TO_YEAR = re.compile(rf"(?<![\d年\-—–~～])(?<!自)至\s*({YEAR_NUM})\s*年(?![\-—–~～至]\d|\d{{1,2}}\s*月)")


_DASHED_SPAN = re.compile(rf"(?<!\d){YEAR_NUM}\s*年?\s*[-—–~～]\s*(?P<end>{YEAR_NUM})\s*年(?!\s*(?:的)?基础上|\d|度?[^，；。]{{0,12}}?(?:以来|期间))")
_SPAN_NAMES_PLAN = re.compile(r"[^，；。]{0,14}?(?:规划|纲要|计划|方案|行动|工程|期间)")
_YEAR_SPAN = re.compile(r"自\s*(?:19|20)\d\d\s*年?\s*(?:至|到)\s*(?P<end>(?:19|20)\d\d)\s*年(?!\s*(?:的)?基础上)")


# a goal's level right after it: "…的预期目标仍处在高位，达到了" (not "完成了目标，达到了")
_GOAL_LEVEL_BEFORE = re.compile(r"(?:预期|年度|全年|发展)目标(?!任务)[^。；\d完超]{0,10}?(?:达到了|达到|为|是)\s*$")
# the noun of a task after its figure: "1475万亩夏粮和426万亩油菜种植任务" (not the task's part done)
_TASK_FIGURE_AFTER = re.compile(
    r"^(?:以上|左右)?[\u4e00-\u9fff]{1,8}?(?:(?:和|、)\d[^，。；]{0,16}?)?(?:种植|播种|生产|建设|造林|收购)?(?:目标)?任务(?!完成)"
)
_TASK_LEVEL_BEFORE = re.compile(
    # (not "今年春季已经完成植树造林任务8000亩" (阿克苏 2019): the task's part done so far)
    rf"(?:^|[，；：])\s*(?:今年|全年|本年度?|{YEAR_NUM}年度?)(?:(?!已|完成)[^，。；\d]){{0,12}}?(?<!下达)(?:目标)?任务(?:数|量)?(?:是|为)?\s*$"
    # "崇左市下达该县2016年“双高”任务6.8万亩，截至目前，……" (龙州 2016): the task issued to the place
    + rf"|{wording.ISSUED_TASK}\s*$"
)
_GROWTH_GOAL_BEFORE = re.compile(r"增长的?(?:预期|年度|全年)?目标[^。；\d]{0,10}?(?:达到了|达到|为|是)\s*$")
# an amount added since a named year, and the level it brings right after it
_CHANGE_SINCE = re.compile(rf"(?:比|较)\s*(?P<year>{YEAR_NUM})\s*年(?:底|末)?(?:预计)?(?:增加|多增|增长|提高)$")
_LEVEL_NEXT = re.compile(r"[，,]\s*(?:达到|达|突破|超过)\s*\d")


_THIS_YEAR_OPENING = re.compile(
    rf"^\s*(?:[^，；。\d]{{0,8}}[，,：:])?\s*(?:今年|本年度?|全年|(?P<year>{wording.YEAR_NUM})年)[，,]?[^，；。]{{0,12}}?(?:将|要|力争|计划)"
)


def _opens_with_this_year(sentence: str, year: int | None) -> bool:
    """True for a sentence that opens with 今年 (or the plan year) and a word of intent: "报告说，
    今年，我市将……"."""
    m = _THIS_YEAR_OPENING.match(sentence)
    return m is not None and (m["year"] is None or (year is not None and int(m["year"]) == year))


def _frame_of(sentence: str, frame: int | None) -> int | None:
    """Return the framing year in force after ``sentence`` (its last 到YYYY年 / YYYY年，)."""
    found = [int(a or b or c) for a, b, c in FRAME_YEAR.findall(sentence)]
    return found[-1] if found else frame


def _note_year(out: Extraction, when: int | None) -> None:
    if when is not None and when not in out.years:
        out.years.append(when)


def _set_apart(
    merged: dict, key: tuple[str, str], first: _Found, first_name: str, f: _Found, f_name: str | None
) -> dict:
    """Return ``merged`` with ``first`` (held under ``key``) renamed ``first_name`` and ``f`` added
    under ``f_name`` (its own name when None): two targets one name would have merged, kept apart.
    A renamed target leaves the catalogue (its name is its own)."""
    own = (first_name, first.kind)
    if own != key and own not in merged:
        first.name, first.entry = first_name, None
        merged = {(own if k == key else k): v for k, v in merged.items()}
    if f_name is not None:
        f.name, f.entry = f_name, None
    merged[(f.name, f.kind)] = (f, [f.code])
    return merged


def _same_family(a: str, b: str, entry: catalog.CatalogEntry | None) -> bool:
    if a == b or (a in MONEY and b in MONEY):
        return True
    return entry is not None and b in entry.units


def _stock_after_increment(last: _Found, value: float | None, before: str) -> bool:
    """True when a figure "reached" after an increment is far above it: the total, not a stretch."""
    return (
        value is not None
        and last.kind in ("新增", "净增")
        and value > 2 * last.value
        and bool(re.search(r"(?:达到|达|总数|总量|累计|突破)[^，；。\d]{0,2}$", before))
    )


def _restates_for_stretch(before: str, last: _Found) -> bool:
    """True when the text before a quantity is 力争/争取 and the previous target's name said again
    ("今年计划搬迁8.7万人，力争搬迁10万人以上" (重庆 2017), "确保新增高新技术企业50家，力争新增高新技术企业60家")."""
    s = re.sub(r"\s", "", before).strip("，,、（(")
    return bool(
        len(last.name) >= 2
        and re.fullmatch(
            rf"(?:并|或)?(?:力争|争取)(?:实现|达到|完成)?(?:新增|净增)?{re.escape(last.name)}(?:达到|达|突破|超过)?", s
        )
    )


def _below_floor(last: _Found, value: float | None) -> bool:
    """True when ``value`` is below the floor ``last`` sets (≥ 40 家): no stretch of it."""
    return value is not None and last.comparison == "≥" and value < last.value


def _convert(value: float | None, unit: str, to: str) -> float | None:
    if value is None or unit == to:
        return value
    if unit in MONEY and to in MONEY:
        return round(value * MONEY[unit] / MONEY[to], 10)
    return catalog.convert(value, unit, to)


def _merge(
    found: list[_Found], restated: dict[tuple[str, str], list[str]] | None = None,
) -> tuple[list[Target], list[str], list[tuple[tuple[str, str], Target, str]]]:
    """Return one target per (indicator, kind), plan items merged, notes on conflicts, and each
    conflicting later value (the key of the target kept, the later target, its note); each later
    sentence that states a kept target again goes into ``restated`` under the kept target's key."""
    restated = {} if restated is None else restated
    merged: dict[tuple[str, str], tuple[_Found, list[str]]] = {}
    by_value: dict[tuple[str, float], list[tuple[str, str]]] = {}
    notes: list[str] = []
    conflicts: list[tuple[tuple[str, str], Target, str]] = []
    for f in found:
        if (
            f.entry is not None
            and _unit_of(f.written) in catalog.UNIT_FACTORS
            and f.unit != _unit_of(f.written)
        ):
            notes.append(
                f"第{f.line}行「{f.written}」已换算为 {_fmt(f.value)}{f.unit}（{f.name}）。"
            )
        key = (f.name, f.kind)
        same_value = by_value.get((f.unit, round(f.value, 9)), [])  # restatements share a value
        if key not in merged:
            key = next((k for k in same_value if _restated(merged[k][0], f)), key)
            if key in merged and merged[key][0].entry is None and f.entry is not None:
                # "全社会投入40亿元搞研发" then "全社会研发投入40亿元": the catalogue's indicator
                # (computed, not reported) stands for both
                restated.setdefault((f.name, f.kind), []).extend(
                    [*restated.pop(key, []), merged[key][0].sentence])
                merged[key] = (f, [*merged[key][1], *([] if f.code in merged[key][1] else [f.code])])
                continue
            if key in merged and _LETTERS_ONLY.match(merged[key][0].name) and not _LETTERS.search(f.name):
                # a headline's "GDP" and the body's "地区生产总值": the name in words is the one a
                # report prints
                merged[key][0].name = f.name
            elif (
                key in merged
                and merged[key][0].entry is None
                and f.entry is None
                and f.name.startswith(merged[key][0].name)
                # (what it adds is another target's name: what the place's figure counts)
                and any(f.name[len(merged[key][0].name) :] == m[0].name for m in merged.values())
            ):
                # a headline's "环热旅游公路沿线…新建35个" then the body's "环热旅游公路沿线和美乡村":
                # the fuller name of the same figure
                merged[key][0].name = f.name
        if key not in merged:  # 主要目标 "新型研发机构3-5家", item "新建新型研发机构3-5家"
            key = next((k for k in same_value if _same_but_kind(merged[k][0], f)), key)
            if key in merged and merged[key][0].kind == "总量":
                merged[key][0].kind = f.kind
        if key not in merged:
            merged[key] = (f, [f.code])
            by_value.setdefault((f.unit, round(f.value, 9)), []).append(key)
            continue
        first, codes = merged[key]
        if (abs(first.value - f.value) > 1e-9 or first.comparison != f.comparison) and (
            YEAR_END.match(f.sentence) and not YEAR_END.match(first.sentence)
        ):
            # "…比重达到20%以上。" then "年末，全县…比重达到21%": the year-end figure is the target
            notes.append(
                f"「{f.name}」在第{first.line}行为 {first.comparison}{_fmt(first.value)}{first.unit}，"
                f"第{f.line}行写明年末 {f.comparison}{_fmt(f.value)}{f.unit}，已按年末的目标值导入，请核对。"
            )
            merged[key] = (f, [*codes, *([] if f.code in codes else [f.code])])
            continue
        if (
            first.comparison == "≥"
            and f.comparison == "≈"
            and abs(first.value - f.value) <= 1e-9
            and not re.search(r"以上|不低于|不少于|超过|突破|力争|确保|达到", first.sentence)
            and len(first.sentence.strip()) <= 24
        ):
            # a headline "河南重点建设10个科技示范村" over "……重点建设10个左右科技示范村" (河南 2018):
            # the body says how near the figure is
            merged[key] = (f, [*codes, *([] if f.code in codes else [f.code])])
            continue
        if (
            f.comparison == "区间"
            and first.comparison != "区间"
            and abs(first.value - f.value) <= 1e-9
            and not re.search(r"[，。；,;]", first.sentence.strip().rstrip("。"))
            and len(first.sentence.strip()) <= 24
        ):
            # a subheading "规模工业增加值力争9%以上" over "……增长9%-9.5%": the paragraph's range, with
            # the same floor, is the target the subheading sums up
            merged[key] = (f, [*codes, *([] if f.code in codes else [f.code])])
            continue
        if (
            f.stretch is not None
            and first.stretch is None
            and abs(first.value - f.stretch) <= 1e-9
            and f.value < first.value
            and wording.STRETCH_WORD.search(first.sentence)
        ):
            # "力争突破1万亿元" then "完成……9000亿元以上、力争突破1万亿元": the first stated the
            # stretch alone; the later one gives the target and the stretch
            merged[key] = (f, [*codes, *([] if f.code in codes else [f.code])])
            continue
        if (abs(first.value - f.value) > 1e-9 or first.comparison != f.comparison) and _narrower(first, f):
            # "农业科技培训4.6万人次以上…国际农业科技培训1万人次以上": a part of what the first
            # counts, under its own name (no second reading of the catalogue's indicator)
            f.name, f.entry = f.own_name, None
            merged[(f.name, f.kind)] = (f, [f.code])
            continue
        if (abs(first.value - f.value) > 1e-9 or first.comparison != f.comparison) and _other_level(first, f):
            # "选派省级科技特派员1000名、市州级科技特派员10000名": one catalogue indicator at two
            # levels, two targets, each under its own name
            merged = _set_apart(merged, key, first, _level_name(first)[1], f, _level_name(f)[1])
            continue
        if (
            first.stretch is None
            and f.sentence == first.sentence
            and first.comparison == f.comparison == "≤"
            and f.value < first.value
            and re.search(r"(?:力争|争取)[^，；。\d]{0,8}$", f.sentence[: f.sentence.find(f.written)])
        ):
            # "综合科技进步水平保持在全国12位，力争进入前10位": the better rank striven for is the
            # stretch of the rank held
            first.stretch = f.value
            continue
        if (
            (abs(first.value - f.value) > 1e-9 or first.comparison != f.comparison)
            and first.entry is not None
            and f.sentence == first.sentence
            and first.own_name and f.own_name and first.own_name != f.own_name
            and (first.own_name, first.kind) not in merged and (f.own_name, f.kind) not in merged
        ):
            # "构建典型产学研联盟200个、提升类联盟600个" (辽宁 2022): two kinds the catalogue puts under
            # one indicator, listed side by side — each under its own name
            merged = _set_apart(merged, key, first, first.own_name, f, f.own_name)
            continue
        if (
            (first.unit in AREA_UNITS) != (f.unit in AREA_UNITS)
            and not _same_family(first.unit, f.unit, first.entry)
            and not (f.name.endswith("面积") or first.name.endswith("面积"))
        ):
            # "建设集约化蔬菜育苗场4万平方米以上" and "建设13个集约化蔬菜育苗场" (山西 2021): the
            # area of the facilities and their count, two measures of one thing
            area = f if f.unit in AREA_UNITS else first
            if (area.name + "面积", area.kind) not in merged:
                if area is first:
                    merged = _set_apart(merged, key, first, first.name + "面积", f, None)
                else:
                    merged = _set_apart(merged, key, first, first.name, f, f.name + "面积")
                continue
        if (
            first.stretch is None
            and f.stretch is None
            and first.comparison == f.comparison == "≥"
            and f.value < first.value
            and re.search(r"力争|争取", first.sentence[: first.sentence.find(first.written)])
            and re.search(r"计划|目标", f.sentence[: f.sentence.find(f.written)])
            and not re.search(r"力争|争取", f.sentence[: f.sentence.find(f.written)])
        ):
            # "力争全省接待总人数6亿人次" then "全年计划目标接待总人数5.5亿人次" (江西 2017): the plan's
            # figure is the target, the one striven for its stretch
            f.stretch = first.value
            merged[key] = (f, [*codes, *([] if f.code in codes else [f.code])])
            continue
        if (
            first.unit == f.unit
            and first.comparison == f.comparison == "≥"
            and first.value < f.value < first.value * 1.5
            and re.search(r"余|多", first.written)
            and not re.search(r"余|多", f.written)
        ):
            # a headline's "今年计划造林绿化二十余万亩" then the body's "计划造林绿化20.52万亩" (山南 2018):
            # the exact figure is the target the rough one rounds
            merged[key] = (f, [*codes, *([] if f.code in codes else [f.code])])
            continue
        if abs(first.value - f.value) > 1e-9 or first.comparison != f.comparison:
            notes.append(
                f"「{f.name}」在第{first.line}行为 {first.comparison}{_fmt(first.value)}{first.unit}，"
                f"第{f.line}行又写作 {f.comparison}{_fmt(f.value)}{f.unit}，已保留第一次出现的目标值，请核对。"
            )
            conflicts.append(((first.name, first.kind), _target(f, [f.code]), notes[-1]))
            continue
        if first.stretch is None and f.stretch is not None:
            first.stretch = f.stretch
        if f.code not in codes:
            codes.append(f.code)
        if f.sentence != first.sentence:
            restated.setdefault((first.name, first.kind), []).append(f.sentence)
    targets = [_target(f, codes) for f, codes in merged.values()]
    return targets, notes, conflicts


def _target(f: _Found, codes: list[str]) -> Target:
    return Target(
        indicator=f.name,
        value=f.value,
        unit=f.unit,
        comparison=f.comparison,
        plan_items=tuple(codes),
        department=f.entry.department if f.entry else default_department(f.name),
        sentence=f.sentence,
        kind=f.kind,
        stretch=f.stretch,
        upper=f.upper,
        period_average=f.average,
    )


# the words that only say where a figure is counted ("全市农业科技培训" is the training itself)
_SCOPE_PREFIX = re.compile(r"(?:全|我|本|各|该)?[省市县区镇乡]|全年|年度|今年|当年|新增|累计|共")


# a level before a name, after at most a short verb ("选派省级科技特派员")
_LEVEL_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{0,3}?(?P<level>国家级|省级|自治区级|市州级|地市级|市级|州级|县区级|市县级|县级|区级|乡镇级)"
)


def _level_name(f: _Found) -> tuple[str, str] | None:
    """Return (level, name from the level on) of ``f``'s name as written, or None without a level."""
    m = _LEVEL_HEAD.match(f.own_name or "")
    return (m.group("level"), f.own_name[m.start("level"):]) if m else None


def _other_level(first: _Found, later: _Found) -> bool:
    """Return True when ``first`` and ``later``, read as one catalogue indicator, are written with
    different levels before the same name ("选派省级科技特派员" / "市州级科技特派员")."""
    if first.entry is None or later.entry is not first.entry:
        return False
    a, b = _level_name(first), _level_name(later)
    return (
        a is not None and b is not None and a[0] != b[0]
        and a[1][len(a[0]):] == b[1][len(b[0]):]
    )


def _narrower(first: _Found, later: _Found) -> bool:
    """Return True when ``later``, read as the same catalogue indicator as ``first``, is written as
    ``first``'s own name with a qualifier in front ("国际" + "农业科技培训"): a part of it."""
    if first.entry is None or later.entry is not first.entry or not first.own_name or not later.own_name:
        return False
    qualifier = later.own_name.removesuffix(first.own_name)
    return (
        qualifier != later.own_name
        and 2 <= len(qualifier) <= 4
        and re.fullmatch(r"[\u4e00-\u9fff]+", qualifier) is not None
        and not _SCOPE_PREFIX.fullmatch(qualifier)
    )


def _restated(a: _Found, b: _Found) -> bool:
    """Return True when ``b`` states the same reported target as ``a`` in other words
    (秦艽野生抚育撒播500亩 / 野生抚育撒播秦艽500亩) — in another line: two targets of one list
    (高新区工业总产值、高新技术企业工业总产值各1万亿元) are two."""
    if a.kind != b.kind or a.unit != b.unit or abs(a.value - b.value) > 1e-9:
        return False
    if _one_letter_apart(a.name, b.name):
        return True  # "战略性新型产业…比重20%左右" then "战略性新兴产业…比重达到20%左右" in one paragraph
    # ("2021年河南要全面完成750万亩项目建设任务" (河南 2021): after "今年将建设高标准农田750万亩")
    # ("确保完成农民收入增长9%左右目标任务" (贵州 2023): the goal named by its measure too)
    if re.search(rf"完成(?:[^，；。\d]{{0,10}}?(?:增长|达到))?{re.escape(b.written)}(?:的(?:年度)?|[^，；。\d的]{{0,6}}?建设)?(?:目标任务|目标|任务)", b.sentence):
        return True  # "……，全面完成800万亩的目标任务" (浙江 2017): a goal stated before, named as a task
    if a.line == b.line and a.code == b.code:
        return False
    if a.entry or b.entry:
        # "高新技术产值达到40亿元" then "高新技术产业产值力争达到40亿元" (the catalogue's name) on
        # another line: one name within the other, letter by letter, with the same bound
        # ("全社会投入40亿元搞研发" then "全社会研发投入40亿元": the name as written, 全社会研发投入,
        # is the shorter one with 研发 left out)
        return (
            (a.entry is None or b.entry is None)
            and a.comparison == b.comparison
            and (
                any(_within(x, y) for x in _names(a) for y in _names(b))
                or bool(a.own_name) and a.own_name == b.own_name  # "投入强度保持3%以上" twice
            )
        )
    if a.comparison == b.comparison and load_catalogue().same(a.name, b.name):
        return True  # "技术合同成交额4.5亿元" then "技术合同登记额力争实现4.5亿元": the catalogue's synonyms
    # a headline and its body: "今年谋划实施97个重点项目" / "今年该区将谋划实施重点项目97个"
    short, long = sorted((a.name, b.name), key=len)
    if len(short) >= 4 and short in long:
        return True
    if len(short) >= 2 and long.endswith(short) and a.comparison == b.comparison:
        return True  # "晶硅光伏产业产值规模力争突破1000亿元" / "力争2022年产值规模突破1000亿元"
    letters = iter(long)
    if (
        len(short) >= 4
        and len(long) - len(short) <= 5
        and long.endswith(short[-2:])
        and a.comparison == b.comparison
        and all(ch in letters for ch in short)  # in order
    ):
        return True  # "在水利工程建设上将力争完成投资270亿元" / "全年力争完成工程投资270亿元" (安徽 2017)
    # ("2024年湖南GDP目标增长6%左右" / "地区生产总值增长6%左右": GDP is the 地区生产总值, a place before it)
    short_key, long_key = sorted((name_key(a.name), name_key(b.name)), key=len)
    if len(short_key) >= 3 and long_key.endswith(short_key) and a.comparison == b.comparison:
        return True
    # ("四川全年粮食产量稳定在700亿斤左右" / "全省粮食总产量稳定在700亿斤左右": the place and the
    # period before the name say where and when)
    x, y = _chars(_SAID_WHEN.sub("", a.name)), _chars(_SAID_WHEN.sub("", b.name))
    return bool(x | y) and len(x & y) / len(x | y) >= 0.6


# a part of the previous count at another level: "其中晋升省级", "其中国家级"
_PART_AT_LEVEL = re.compile(r"其中[\u4e00-\u9fff]{0,3}?(?P<level>国家级|省级|自治区级|市级|县级)")
_LEVEL_PREFIX = re.compile(rf"^(?:{wording.LEVELS})")
_LEVEL_WORD = re.compile(rf"(?<![园社])(?:{wording.LEVELS})")  # anywhere in a name (not 园区级, 社区级)
# an amount named by its measure alone after a count of what it is the amount of
_BARE_DEAL_AMOUNT = re.compile(r"(?:成交|交易|登记|合同)(?:总)?(?:金)?额")
# the floor said after a stretch: "力争3.5亿元，确保3亿元", "力争增长10%，确保增长8%"
_FLOOR_AFTER_STRETCH = re.compile(r"(?:但|并)?(?:确保|保证|至少|保底)(?:实现|达到|达|完成|新增|净增|增长|突破|不低于)?")
_LETTERS_ONLY = re.compile(r"^[A-Za-z&]+$")
_LETTERS = re.compile(r"[A-Za-z]")
_SAID_WHEN = re.compile(rf"^[\u4e00-\u9fff]{{0,3}}?(?:全年|今年|{WITHIN_YEAR})(?=[\u4e00-\u9fff]{{2}})")


def _names(f: _Found) -> set[str]:
    """Return the names of ``f``: its indicator's and, for a catalogue entry, the one as written."""
    return {f.name, *([f.own_name] if f.entry is not None and f.own_name else [])}


def _within(a: str, b: str) -> bool:
    """Return True when the shorter name (4 letters or more) is the longer one with a few letters
    left out (高新技术产值 / 高新技术产业产值), in order."""
    short, long = sorted((a, b), key=len)
    if len(short) < 4 or len(long) - len(short) > 3:
        return False
    letters = iter(long)
    return all(ch in letters for ch in short)


def _one_letter_apart(a: str, b: str) -> bool:
    """Return True for two long names that differ in one letter only (战略性新型产业… / 战略性新兴产业…:
    a slip of the pen in one of two statements of a target)."""
    if len(a) != len(b) or len(a) < 10:
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    # (not 省级/市级, 国内/国外, 一类/二类: levels, places and sides of a list)
    return len(apart) == 1 and not set(apart[0]) & set(_CONTRASTS)


_CONTRASTS = "省市县区镇乡村州国内外上下中高低大小前后东西南北一二三四五六七八九十0123456789男女老"


@functools.lru_cache(maxsize=4096)
def _chars(name: str) -> frozenset[str]:
    return frozenset(re.sub(r"\W", "", name))


def _same_but_kind(a: _Found, b: _Found) -> bool:
    """Return True when ``b`` restates ``a`` with its kind spelt out (one of them 总量 by default)."""
    return (
        a.name == b.name
        and a.kind != b.kind
        and "总量" in (a.kind, b.kind)
        and a.unit == b.unit
        and abs(a.value - b.value) < 1e-9
        and a.comparison == b.comparison
        and a.upper == b.upper
    )


# a measure that names no industry of its own: "规模产值增长10%"
_INDUSTRY_MEASURE = re.compile(r"(?:规模|规上)(?:总产值|产值|营业收入|主营业务收入|销售收入|营收)")
# a sentence that opens on the industry the ones after it speak of: "鞋服产业，构建……"
_INDUSTRY_TOPIC = re.compile(r"(?:^|(?<=[。；！？]))\s*(?P<topic>[\u4e00-\u9fff]{2,8}?(?:产业|行业))[，：:]")


_FIELD_OPENING = re.compile(r"\s*在(?P<field>[\u4e00-\u9fff]{2,8}?)(?:方面|领域)[，,]")


def _with_opening_topics(targets: list[_Found], segments: list) -> list[_Found]:
    """Return ``targets`` where a bare measure is named by the topic the text opened on: a bare 投资 by
    the field its sentence opens on ("在制造业方面，……完成投资7500亿元" (安徽 2023)), a bare 规模产值 by
    the industry its paragraph's sentence before opened on ("鞋服产业，构建……。规模产值增长10%。" (莆田 2024))."""
    out: list[_Found] = []
    for t in targets:
        # "在制造业方面，2023年完成投资7500亿元以上" (安徽 2023): the field the sentence opens on
        if t.name == "投资" and (field := _FIELD_OPENING.match(t.sentence)):
            t = dataclasses.replace(t, name=field["field"] + t.name)
        elif _INDUSTRY_MEASURE.fullmatch(t.name):
            for seg in segments:
                at = seg.text.find(t.sentence.strip())
                topics = list(_INDUSTRY_TOPIC.finditer(seg.text, 0, at)) if at > 0 else []
                if topics:
                    t = dataclasses.replace(t, name=topics[-1]["topic"] + t.name)
                    break
        out.append(t)
    return out


def _attach_topics(targets: list[Target], root: PlanNode) -> list[Target]:
    """Return targets where a headline-only target also names the item whose title is its topic."""
    nodes = [n for n in root.walk() if n.level in ("节", "条")]
    names = {e.name: e for e in catalog.CATALOG}
    out: list[Target] = []
    for t in targets:
        entry = names.get(t.indicator)
        if t.plan_items == ("总",) and entry is not None and entry.topic:
            rx = re.compile(entry.topic)
            match = next(
                (n for n in nodes if n.level == "条" and rx.search(n.title)), None
            ) or next((n for n in nodes if rx.search(n.title)), None)
            if match is not None:
                t = dataclasses.replace(t, plan_items=("总", match.code))
        out.append(t)
    return out


def _unit_of(written: str) -> str:
    m = QUANTITY_RE.match(written)
    return (m["unit"] or "") if m else ""


def _fmt(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))
