"""Which targets read from a plan a clerk should check first, and which lines may hold a missed one.

Plan import is rule-based and every new kind of plan brings sentences it reads wrongly, so the
目标任务 sheet that ``init --plan`` writes must be reviewed. This module makes that review
pointed: ``review_flags`` gives each target read a short Chinese reason when the reading is
doubtful (its name looks like a place, a verb phrase or a cut-off piece of text, the number
looks like a result, a count of listed items or a score, the value does not fit its unit …), and
``possible_misses`` lists lines that state a number with a target word from which nothing was
read and that the parser has not already listed as not understood.

Some reasons read the text around the target (``review_flags(lines=…)``): the text's headline
("十堰一季度高新技术产业增加值99.81亿": a progress report, not a plan) and the target's paragraph
(an earlier year stated before it: last year's results).

Pure: targets and line texts in, reasons out. The catalogue's names are passed in by the caller.
Signals were written on blind batches final7–final20 read by the parser of the day (review8 after
final10–14, review9 after final15–17, review10 after final18–20). Which are used is picked by rule
(``pick_signals``: wrong rows of at least two batches and few right ones, or wrong rows and no right
one), and that rule is checked leave one batch out (``python benchmarks/plan_review.py --cross``).
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from kjreport.model import PlanNode, Target, names_rank
from kjreport.plan.wording import BARE_GROWTH, CONJUNCTION_HE
from kjreport.plan.yearwords import WITHIN_YEAR, WORKS_BEGUN_YEAR, YEAR_NUM

CLAUSE_SPLIT = re.compile(r"[，；。！？：]")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
YEAR = re.compile(rf"(?<!\d)({YEAR_NUM})\s*年(?!\s*(?:的)?基础上)")

# --- the name ---------------------------------------------------------------------------------
# a place or an office where an indicator's name should be: "娄星区", "该市还", "乡镇管理区",
# "县科学素质领导小组成员单位负责人"
PLACE_WORD = re.compile(r"局|单位|部门|政府|该市|该县|该区|乡镇|领导小组|负责人|^[^、]{2,3}(?:区|县|市|旗)$")
GOAL_WORD = re.compile(r"目标|指标|任务|工作计划|措施|汇编")
DIGIT = re.compile(r"\d")
_AMOUNT = r"\d+(?:\.\d+)?\s*(?:万|亿)?\s*"
_SIZE_UNIT = r"(?:万元|亿元|元|平方米|平米|平|亩|吨|千瓦|兆瓦)"
# a number that is whole in a name: a threshold "15亿元以上"/"过50亿元", a size "3000平米", a class
# "100亿级", a year
WHOLE_NUMBER = re.compile(
    rf"{_AMOUNT}{_SIZE_UNIT}\s*(?:及以上|以上|及以下|以下)"
    r"|\d+(?:\.\d+)?\s*(?:万|亿)元?级"
    rf"|(?:过|超过|超|达)\s*{_AMOUNT}{_SIZE_UNIT}"
    rf"|{_AMOUNT}(?:平方米|平米)"
    rf"|(?<!\d)(?:19|20)\d\d\s*年"
    # a technology's own name: "5G基站", "PM2.5浓度", "3D打印"
    r"|(?<![\d.])[2-6]G(?![\dA-Za-z])|PM2\.5|PM10|(?<!\d)3D(?=打印)"
)
# a clause's verb or frame left at the start of the name: "了2020年将重点做好", "抓好中冶银河…",
# "分别在…选择", "支持、协助…搞好", "下面是…"
VERB_START = re.compile(
    r"^(?:了|的|" + CONJUNCTION_HE + r"|及|与|将|是|为|把|被|让|使|由|从|向|以|于|按|据|还|又|也|并|且|而|但"
    rf"|分别|支持|协助|抓好|搞好|做好|下面|会议|全年|每年|今年|{WITHIN_YEAR}|其中|共(?!性|享|建|同|青|有产权)|总计|合计|预计|已)"
)
# a name cut off: its last character joins it to what follows, or it opens a bracket it never closes
# … or its measure word before the noun is left: "形成一支" (5万人以上的科普志愿者队伍)
DANGLING_END = re.compile(
    r"(?:分别|减按|预计|选择|达到|一支|一批|一个|一种|的|和|与|及|、|在|为|了|将|是|达|由|于|按|还|占)$"
)
SHORT_NAME = 2  # a name of at most this many characters ("比例", "面积", "领域")
LONG_NAME = 24  # a name of more characters is a phrase, not an indicator
# the closest catalogue name must be at least this similar for a name "like" the catalogue's
CATALOGUE_LIKE = 0.5

# --- the sentence around the number -------------------------------------------------------------
RESULT_CUE = re.compile(r"已(?!经?有)|成功(?=申报|认定|获|入选|引进|创建|举办|签约)|完成了|实现了|达到了|同比|位列|位居|预计|获评|获批|入选|排名|列全")
# what makes a result cue a target after all: "同比增长25%以上"
FORWARD_CUE = re.compile(r"以上|左右|以内|力争|确保|争取|要|将(?!近)|目标|计划|预期|不低于|不少于")
FORWARD_JUST_BEFORE = re.compile(r"(?:力争|争取|确保|计划|拟|要|将)\s*新?\s*$")
FORECAST = re.compile(r"超过|突破|以上")
# any word that says the number is a target: a comparator, a forward word, an increment
TARGET_WORD = re.compile(
    r"达|以上|以内|左右|不低于|不少于|不超过|突破|超过|超|力争|确保|争取|努力|力求|目标|计划|预期|将(?!近)|要"
    r"|新增|净增|新认定|新培育|新建|增长|提高|提升|增加|控制|≥|≤|培育|实施|完成|建设|组建|引进|打造|推广"
    r"|争创|创建|建立|设立|培养|举办|开展|选派|支持|拟(?!定)"
)
SCORE_CUE = re.compile(r"权重|每增|每减|每提高|每降低|加（减）|加\(减\)|扣分")
PAST_HEADING = re.compile(r"总结|回顾|成效|成绩|完成情况|工作情况|取得的|主要工作")
QUARTER = re.compile(r"季度|每月|上半年|下半年")
# a list of items before the number: "中冶银河、三和纺织、海亮奥博特3家"
LISTED = re.compile(r"((?:[^、，；。：\d]{1,12}、)+[^、，；。：\d]{1,12}?)(?:等)?\s*(?:选择)?\s*$")
# an item of a list that is a level ("国家、省级…", "国家、自治区级…"): the list qualifies one name
_LEVEL = r"(?:(?:国家|国际|省|自治区)级?|(?:市|州|县|区)级)"
LEVEL_ENDS = re.compile(rf"{_LEVEL}$")
LEVEL_STARTS = re.compile(rf"^{_LEVEL}")
COMPARATOR_CUE = {
    "≥": re.compile(r"达|以上|不低于|不少于|突破|超过|超|力争|确保|争取|≥|提高到|提升到|增至|增加到|增加至|增长至|过"),
    "≤": re.compile(r"以内|以下|控制在|不超过|不高于|低于|≤|下降|降低|减少"),
    "≈": re.compile(r"左右|约|上下"),
}
KIND_CUE = {
    "新增": re.compile(
        r"新增|新认定|新培育|新建|新引进|新申报|新登记|新创建|新获批|新入库|新孵化|新注册|新组建|新进|新通过"
        r"|(?<!创)新发展|新落地|新招引|新签约|新备案|新开工|增加"
        r"|零的突破"  # "实现高新技术企业零的突破": the first one, a 新增 of at least 1
    ),
    "净增": re.compile(r"净增"),
    "累计": re.compile(r"累计|总数|总量|达到"),
    "增速": re.compile(r"增长|增速|递增|增幅|涨幅|提升|提高|增加"),
    "提高": re.compile(r"提高|提升|增加|增幅|百分点|前移|进位|晋位|上升"),
}
MONEY_NAME = re.compile(r"(?:额|投入|资金|收入|产值|增加值|经费|支出|投资|总值|规模)$")
RATIO_NAME = re.compile(r"占|比重|比例|率|强度|/")
MONEY_UNIT = ("元", "万元", "亿元", "万亿元")
GROWTH_NAME = re.compile(r"(?:涨幅|增幅|增速|增长率)$")  # "居民消费价格涨幅3%左右" is a growth
PERCENT_LIMIT = 100.0  # a share above 100 % is not a share
GROWTH_LIMIT = 200.0  # growth above 200 % in a year is implausible for a bureau's indicator


@dataclass(frozen=True)
class Context:
    """What a signal may look at besides the target itself."""

    year: int | None
    targets: Sequence[Target]
    names: Sequence[str]  # the catalogue's names and synonyms
    headings: Mapping[str, str] = field(default_factory=dict)  # plan item → its titles, top down
    lines: Sequence[str] = ()  # the plan's text, line by line (``plain_lines``' texts)
    # facts about the whole plan that every row's signal asks for, worked out once
    memo: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Miss:
    """A line that states a number with a target word from which no target was read."""

    line: int
    text: str  # the sentence
    quantity: str  # the number as written


def clause_of(t: Target) -> str:
    """Return the clause of ``t.sentence`` that states the target: the one holding its name's tail
    and (preferably) its value; the whole sentence when neither is found."""
    return _clause(_without_ordinal(t.sentence or ""), t.value, t.indicator)


# a 任务分解表 row shown with its 序号 first ("任务分解表：3｜创新能力｜新增省级以上创新平台｜3｜家"): the 序号
# is no number of the target, and the first "3" is not where its value stands (qa22 F2)
TABLE_ROW = "任务分解表："
TABLE_ORDINAL = re.compile(rf"^{TABLE_ROW}\d{{1,3}}[.．、]?｜")  # "3｜", "3.｜" (Word's "%1." list), "3、｜"
COLUMN_VALUE = re.compile(r"^(?:[≥≤><]=?|不低于|不少于|超过|达到)?\s*(\d+(?:\.\d+)?)\s*%?(?:以上|以内|左右)?$")


def _without_ordinal(sentence: str) -> str:
    return TABLE_ORDINAL.sub(TABLE_ROW, sentence)


def _in_target_column(t: Target) -> bool:
    """Return whether ``t`` is a row of a table that states its value in a cell of its own (a 目标值
    column): the column's header is the row's target word, as 力争 is a sentence's (qa22 F2)."""
    sentence = _without_ordinal(t.sentence or "")
    if not sentence.startswith(TABLE_ROW):
        return False
    for cell in sentence[len(TABLE_ROW):].split("｜"):
        m = COLUMN_VALUE.match(cell.strip())
        if m and float(m.group(1)) == t.value:
            return True
    return False


@lru_cache(maxsize=4096)  # every signal of a row asks for its clause
def _clause(sentence: str, value: float, indicator: str) -> str:
    clauses = [c for c in CLAUSE_SPLIT.split(sentence) if c.strip()]
    if not clauses:
        return sentence
    values = _written_values(value)
    tail = indicator[-4:] if len(indicator) >= 4 else indicator
    best, score = sentence, (-1, False)
    for c in clauses:
        compact = DIGIT_GAP.sub("", c)
        # "1" is not in "2014", "4" not in "14"; of two clauses alike, the one holding the whole
        # name ("整改退出3家，新建高能级新型研发机构3家")
        has_value = any(find_number(compact, v) >= 0 for v in values)
        has_name = bool(tail) and tail in c
        s = (2 * has_value + has_name, has_name and indicator in c)
        if s > score:
            best, score = c, s
    return best if score[0] > 0 else sentence


DIGIT_GAP = re.compile(r"(?<=\d)\s+(?=\d)")  # "3 5家" copied from a PDF


def find_quantity(text: str, written: str, unit: str) -> int:
    """Return where ``written`` stands in ``text`` as a whole number, preferring a place where the
    target's ``unit`` follows it ("产值过10亿元企业突破10家": the 10 of 10家, not of 10亿元), or -1."""
    first = at = find_number(text, written)
    while at >= 0:
        if unit and text[at + len(written) :].lstrip().startswith(unit):
            return at
        nxt = find_number(text[at + 1 :], written)
        at = at + 1 + nxt if nxt >= 0 else -1
    return first


def find_number(text: str, written: str) -> int:
    """Return where ``written`` (a number: "35", "2.5") stands in ``text`` as a whole number — not
    inside "2014" or "1.5" — or -1. The same as searching ``(?<![\\d.])35(?!\\.?\\d)`` without
    compiling a pattern for every value (a long plan's many values pushed the ``re`` module's
    cache of compiled patterns out, and every pattern was compiled again)."""
    end = len(written)
    at = text.find(written)
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + end : at + end + 2]
        if not (before.isdecimal() or before == ".") and not (
            after[:1].isdecimal() or (after[:1] == "." and after[1:2].isdecimal())
        ):
            return at
        at = text.find(written, at + 1)
    return -1


@lru_cache(maxsize=4096)
def _written_values(value: float) -> tuple[str, ...]:
    out = []
    for v in (value, value / 1e4, value / 1e8, value * 100):
        text = f"{v:g}" if not float(v).is_integer() else str(int(v))
        if "e" not in text and text not in out:
            out.append(text)
    return tuple(out)


def _before_number(clause: str, t: Target) -> str:
    """Return the text of ``clause`` before the target's number (the whole clause if not found)."""
    compact = DIGIT_GAP.sub("", clause)
    for v in _written_values(t.value):
        at = find_quantity(compact, v, t.unit)
        if at >= 0:
            return compact[:at]
    return compact


# --- the signals: each returns a reason (Chinese, short) or "" ----------------------------------


def _place(t: Target, ctx: Context) -> str:
    # "…乡镇（街道）覆盖率" is a share over places: a name; so is a level ("乡镇级培训")
    name = t.indicator
    placed = any(name[w.end() : w.end() + 1] != "级" for w in PLACE_WORD.finditer(name))
    placed = placed and not re.search(r"(?:率|比重|比例)$", name)
    return f"名称“{name}”含地名或单位，可能不是指标名" if placed else ""


def _goal_word(t: Target, ctx: Context) -> str:
    m = GOAL_WORD.search(t.indicator)
    return f"名称含“{m.group()}”，可能不是指标名" if m else ""


def _digit(t: Target, ctx: Context) -> str:
    # a threshold or a size that belongs to the name ("产值15亿元以上企业", "产值过50亿元的",
    # "3000平米众创空间") or a year ("到2025年") is no number cut in two
    return "名称中有数字，可能把数字读断了" if DIGIT.search(WHOLE_NUMBER.sub("", t.indicator)) else ""


def _verb_start(t: Target, ctx: Context) -> str:
    m = VERB_START.match(t.indicator)
    return f"名称以“{m.group()}”开头，可能连带了前面的句子" if m else ""


def _dangling(t: Target, ctx: Context) -> str:
    name = t.indicator
    if BARE_GROWTH.fullmatch(name):  # "继续保持10%以上的增长速度" with no subject before it (qa12b F36)
        return f"“{name}”没有写明是哪个指标的增长，请在「指标」中改为该指标的名称"
    m = DANGLING_END.search(name)
    if m:
        return f"名称以“{m.group()}”结尾，可能不完整"
    for a, b in ("（）", "()", "“”", "《》"):
        if name.count(a) != name.count(b):
            return "名称括号或引号不成对，可能不完整"
    return ""


def _short(t: Target, ctx: Context) -> str:
    return f"名称“{t.indicator}”过短，可能不完整" if len(t.indicator) <= SHORT_NAME else ""


def _long(t: Target, ctx: Context) -> str:
    return "名称过长，可能连带了其他文字" if len(t.indicator) > LONG_NAME else ""


def _unknown(t: Target, ctx: Context) -> str:
    if not ctx.names:
        return ""
    name = t.indicator
    if any(n == name or (len(n) >= 4 and (n in name or name in n)) for n in ctx.names):
        return ""
    known = ctx.memo.setdefault("like_catalogue", {})  # two signals ask, rows share names
    if name not in known:
        known[name] = _like_any(name, tuple(ctx.names))
    return "" if known[name] else "指标库中没有相近的指标名"


@lru_cache(maxsize=4096)  # the review after plan import asks again
def _like_any(name: str, names: tuple[str, ...]) -> bool:
    """Return whether some of ``names`` is at least ``CATALOGUE_LIKE`` like ``name`` (difflib's
    ratio). The ratio is computed only where its upper bounds (the lengths, then the characters
    in common: difflib's real_quick_ratio and quick_ratio) reach the bar."""
    mine = Counter(name)
    for n, theirs in zip(names, _char_counts(names), strict=True):
        total = len(name) + len(n)
        if not total:
            return True  # two empty names are alike (ratio 1.0)
        if 2.0 * min(len(name), len(n)) / total < CATALOGUE_LIKE:
            continue
        common = sum(min(count, mine[ch]) for ch, count in theirs.items())
        if 2.0 * common / total < CATALOGUE_LIKE:
            continue
        if difflib.SequenceMatcher(None, name, n).ratio() >= CATALOGUE_LIKE:
            return True
    return False


@lru_cache(maxsize=4)
def _char_counts(names: tuple[str, ...]) -> list[Counter]:
    return [Counter(n) for n in names]


def _result(t: Target, ctx: Context) -> str:
    # a cue inside the indicator's own name ("获评高成长性科技型企业数") is no result; 同比 in the
    # next clause speaks of this number ("总数达2212家，同比增长21.7%"), any other cue there starts
    # the next item ("培育2个，获批省科学技术奖励项目10项")
    own = clause_of(t).replace(t.indicator, "")
    with_next = _with_next(t).replace(t.indicator, "")
    if names_rank(t.indicator, t.unit):  # "综合科技创新水平排名提升1位": 排名 is the indicator's, not a result's
        own, with_next = re.sub("排名|位居", "", own), re.sub("排名|位居", "", with_next)
    for m in RESULT_CUE.finditer(with_next):
        cue, text = m.group(), with_next
        if cue != "同比" and m.start() >= len(own):
            continue
        # "力争获批…", "确保位居…": a forward word just before the cue makes it a target
        if FORWARD_JUST_BEFORE.search(text[: m.start()]):
            continue
        # "力争……实现总产值480亿元，同比增长33.3%", "预计项目投资800亿元以上": a forward word or a
        # comparator makes 同比 and 预计 a target
        if cue in ("同比", "预计") and (
            FORWARD_CUE.search(text) or FORWARD_CUE.search(_lead_in(t)) or (cue == "预计" and FORECAST.search(text))
        ):
            continue
        return f"原文有“{cue}”，可能是实绩而不是目标"
    return ""


def _with_next(t: Target) -> str:
    """Return the target's clause and the clause after it ("总数达2212家，同比增长21.7%")."""
    clause = clause_of(t)
    sentence = t.sentence or ""
    at = sentence.find(clause)
    if at < 0 or clause == sentence:
        return clause
    rest = CLAUSE_SPLIT.split(sentence[at + len(clause) + 1 :], maxsplit=1)[0]
    return clause + "，" + rest


# a heading of the year's progress so far (not a past year's summary)
PROGRESS_SO_FAR = re.compile(r"上半年|前三季度|[一二三]季度|1\s*[-—～~至]\s*\d{1,2}\s*月")


def _past_heading(t: Target, ctx: Context) -> str:
    titles = " ".join(ctx.headings.get(code, "") for code in t.plan_items)
    m = PAST_HEADING.search(titles)
    # ("上半年计划执行情况": this year's progress so far, the year's plan stated beside it)
    if m and not PROGRESS_SO_FAR.search(titles):
        return f"所在部分“{_cut(titles.split(' ')[0], 16)}”是往年总结，可能是实绩"
    if ctx.year is not None:
        years = {int(y) for y in YEAR.findall(titles)}
        if years and ctx.year not in years:
            return f"所在部分写的是{min(years)}年，可能不是{ctx.year}年的目标"
    return ""


# 计划 that names a programme ("省级新产品计划1162项") is no forward word
DOC_FORWARD = re.compile(FORWARD_CUE.pattern.replace("计划", r"计划(?!\s*\d)"))


def _results_doc(t: Target, ctx: Context) -> str:
    """The whole text reads like a results report: not one sentence a target was read from has a
    forward word (力争、确保、以上 …), and some have a result word (同比、已 …) — a 总结 page
    whose targets are last year's results (2019_shaoxing_silu)."""
    if "results_doc" not in ctx.memo:  # a verdict on the whole text: the same for every row
        ctx.memo["results_doc"] = _results_document(ctx)
    return ctx.memo["results_doc"]


def _results_document(ctx: Context) -> str:
    # a target table's rows state targets without forward words ("| 同比增长8% |"): prose only
    sentences = {x.sentence.replace(x.indicator, "") for x in ctx.targets if x.sentence and x.sentence.count("|") < 2}
    # one sentence is no pattern of a whole text (the result signal speaks of it)
    if len(sentences) < 2 or any(DOC_FORWARD.search(x) for x in sentences):
        return ""
    if not any(RESULT_CUE.search(x) for x in sentences):
        return ""
    return "读出目标的各句都没有“力争”“确保”等目标用语，像是往年总结"


def _results_text(t: Target, ctx: Context) -> str:
    """The whole text (not only the sentences read) reads like a results report: its sentences with
    a number that have a result word or an earlier year outnumber those with a forward word, and
    are at least 3. Measured and not used: news reports of a plan mix last year's results with the
    year's targets, so it flags plans (``benchmarks/plan_review.py --signals``)."""
    sentences = [x for line in ctx.lines for x in re.split(r"(?<=[。；！？])", line) if DIGIT.search(x)]
    forward = sum(bool(FORWARD_CUE.search(x)) for x in sentences)
    past = sum(
        bool(RESULT_CUE.search(x))
        or (ctx.year is not None and not FORWARD_CUE.search(x) and any(int(y) < ctx.year for y in YEAR.findall(x)))
        for x in sentences
    )
    return "全文多是实绩用语，像是往年总结" if past > forward and past >= 3 else ""


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def plan_headings(root: PlanNode) -> dict[str, str]:
    """Return each plan item's 编号 → the titles of it and its parents (top down, space-joined)."""
    return headings_of({node.code: node.title for node in root.walk()})


def headings_of(titles: dict[str, str]) -> dict[str, str]:
    """Return ``plan_headings`` of a tree given as 编号 → title, in plan order."""
    out = {}
    for code in titles:
        parts = code.split(".")
        path = [".".join(parts[: i + 1]) for i in range(len(parts))]
        out[code] = " ".join(titles[p] for p in path if p in titles and titles[p])
    return out


def _lead_in(t: Target) -> str:
    """Return the sentence up to the target's number, from the last 。； before it."""
    sentence = re.sub(r"(?<=\d)\s+(?=\d)", "", t.sentence or "")
    clause = _before_number(clause_of(t), t)
    at = sentence.find(clause) if clause else -1
    head = sentence[: at + len(clause)] if at >= 0 else clause
    return re.split(r"[。；！？]", head)[-1]


def _has_target_word(t: Target) -> bool:
    return _in_target_column(t) or bool(TARGET_WORD.search(_lead_in(t) + clause_of(t)))


OUTLIER_SHARE = 0.6  # a row is unlike its plan when at least this share of the other rows have a target word
# a part that lists the year's targets: "一、重点指标", "主要目标", "2026年预期目标", "年度目标任务"
TARGETS_HEADING = re.compile(r"^(?:\d{4}年)?[\u4e00-\u9fff]{0,6}(?:目标|指标)(?:任务)?$")
# a bare row of such a list: a name without digits, the number, its unit ("科技创新强基项目投资额23.8亿元")
BARE_ROW = re.compile(r"[^\d]+?\d+(?:\.\d+)?\s*[^\d]{0,4}")


def _bare_listed(t: Target, ctx: Context) -> bool:
    """Return whether ``t`` is a bare "名称+数值+单位" row under a heading that lists targets: the
    heading says what the row is, so no word of its own is missing (qa11 F3)."""
    titles = [x for code in t.plan_items for x in ctx.headings.get(code, "").split(" ")]
    if not any(TARGETS_HEADING.match(x) for x in titles):
        return False
    clause = re.sub(r"(?<=\d)\s+(?=\d)", "", clause_of(t)).strip(" 。；;")
    return bool(BARE_ROW.fullmatch(clause))


def _no_target_word(t: Target, ctx: Context) -> str:
    """No target word where the plan's other rows have one: a plan that lists its targets bare
    ("技术合同成交额8亿元") writes every row so, and a row without the word is no outlier there;
    nor is a bare row under a heading such as "重点指标" (``_bare_listed``)."""
    if _has_target_word(t) or _bare_listed(t, ctx):
        return ""
    # the rows other than ``t`` (which has no target word): all the plan's worded rows, and every
    # row but ``t`` itself — counted once per plan, not once per row
    worded, ids = _worded(ctx)
    others = len(ctx.targets) - ids.get(id(t), 0)
    if others and worded < OUTLIER_SHARE * others:
        return ""
    return "原文没有“达到”“力争”“新增”等目标用语，本文件其他目标大多有"


def _worded(ctx: Context) -> tuple[int, dict[int, int]]:
    """Return how many of ``ctx.targets`` have a target word, and how often each row object is listed."""
    if "worded" not in ctx.memo:
        ids: dict[int, int] = {}
        for x in ctx.targets:
            ids[id(x)] = ids.get(id(x), 0) + 1
        ctx.memo["worded"] = (sum(_has_target_word(x) for x in ctx.targets), ids)
    return ctx.memo["worded"]


def _unknown_no_word(t: Target, ctx: Context) -> str:
    # the catalogue look-up is slow (difflib over every name): only for a row without a target word
    word = _no_target_word(t, ctx)
    return word if word and _unknown(t, ctx) else ""


def _other_year(t: Target, ctx: Context) -> str:
    if ctx.year is None:
        return ""
    years = {int(y) for y in YEAR.findall(clause_of(t))}
    other = sorted(years - {ctx.year})
    return f"原文写的是{other[0]}年，不是{ctx.year}年" if other and ctx.year not in years else ""


def _listed_count(t: Target, ctx: Context) -> str:
    # a range ("争创2-3家") is no count of what is listed
    if not float(t.value).is_integer() or not 2 <= t.value <= 12 or t.unit in ("%", "个百分点") or t.upper:
        return ""
    m = LISTED.search(_before_number(clause_of(t), t))
    if not m:
        return ""
    items = m.group(1).split("、")
    # "国家、自治区级创新平台": levels that qualify one name, not things listed
    if all(LEVEL_ENDS.search(item) for item in items[:-1]) and LEVEL_STARTS.match(items[-1]):
        return ""
    return "数字可能是前面所列几项的个数，不是目标" if len(items) == int(t.value) else ""


def _score(t: Target, ctx: Context) -> str:
    m = SCORE_CUE.search(clause_of(t))
    return "原文是考核计分规则，可能不是目标" if m else ""


def _quarter(t: Target, ctx: Context) -> str:
    m = QUARTER.search(t.indicator) or QUARTER.search(clause_of(t))
    return f"原文按“{m.group()}”分列，可能不是全年目标" if m else ""


def _comparator_guess(t: Target, ctx: Context) -> str:
    if t.comparison == "区间":
        return ""
    cue = COMPARATOR_CUE.get(t.comparison)
    if cue is None or cue.search(clause_of(t)):
        return ""
    return "原文没有“达到”“以上”“以内”等词，比较方式是推测的"


# a figure for every year of a plan: "每年新增科技型中小企业15家以上" (not 每年平均增长: a 年均 rate)
EVERY_YEAR = re.compile(r"每年(?!平均)")


def _every_year(t: Target, ctx: Context) -> str:
    if EVERY_YEAR.search(t.indicator) or EVERY_YEAR.search(_before_number(clause_of(t), t)):
        return "原文是“每年……”的数，请核对是本年度的新增数还是年末总数"
    return ""


# a stock counted by the year's certifications: "高新技术企业通过认定10家", "力争认定高新技术企业25家" is how many
# firms are certified this year, while 高新技术企业 in 科室数据 is usually the year-end count of valid ones
# (qa15 F1: "达12家" against 10 with 9 last year, in fact 3 new)
CERTIFIED_STOCK = re.compile(r"高新技术企业")
CERTIFIED = re.compile(r"认定")
STOCK_WORDS = re.compile(r"总数|总量|保有|有效|累计|达到|突破|存量|超过")


def _certified(t: Target, ctx: Context) -> str:
    if t.kind != "总量" or not CERTIFIED_STOCK.search(t.indicator):
        return ""
    before = _before_number(clause_of(t), t)
    if not CERTIFIED.search(before) or STOCK_WORDS.search(before):
        return ""
    new = next((o for o in ctx.targets if o.indicator == t.indicator and o.kind == "新增"), None)
    if new is not None:  # "新培育高新技术企业5家，认定3家以上": a 新增 row is there already (承德 2016)
        return (
            f"原文是“认定……N家”，指本年认定的家数，而已有一行新增目标（{new.value:g}{new.unit}）："
            f"若两数说的是不同的事，请把本行指标名改为“认定{t.indicator}”，并在「科室数据」填同名一行；"
            "若是同一件事，删去其中一行"
        )
    return "原文是“认定……N家”，指本年认定的家数：「科室数据」报的若是年末总数，请把目标类型改为“新增”"


# a clause that starts with its own verb shares no verb with the clause before ("新认定高新技术企业30家以上，
# 入库备案国家科技型中小企业400家以上": the 新增 of the first is not the second's)
OWN_VERB = re.compile(
    r"(?:入库|备案|认定|引进|培育|建设|建成|实施|组织|推动|完成|实现|达到|争取|力争|推进|打造|支持|开展|转化"
    r"|申报|选派|招引|组建|创建|培养|发放|举办|评选|争创)"
)


# a growth word inside the name of a share: "科技进步对经济增长贡献率"
CONTRIBUTION = re.compile(r"(?:增长|增速)(?:的)?贡献率?")


# a growth named after its number: "继续保持10%以上的增长速度"
GROWTH_AFTER = re.compile(r"(?:以上|左右)?的?(?:增长)?(?:速度|增速|增幅)")


def _kind_guess(t: Target, ctx: Context) -> str:
    cue = KIND_CUE.get(t.kind)
    if cue is None:
        return ""
    before = _before_number(clause_of(t), t)
    if t.kind in ("增速", "提高"):
        # the growth word must lead to the number, not sit inside the name ("对经济增长贡献率达60%")
        if cue.search(CONTRIBUTION.sub("", before)):
            return ""
        after = clause_of(t)[len(before):]
        if t.kind == "增速" and GROWTH_AFTER.match(re.sub(r"^[\d.]+%?", "", after)):
            return ""  # "保持10%以上的增长速度": the growth word follows the number
    elif cue.search(before) or cue.search(t.indicator):
        return ""
    elif not OWN_VERB.match(before.strip()) and cue.search(_lead_in(t)):
        return ""
    return f"原文没有表示“{t.kind_label}”的词，目标类型是推测的"


# a programme counted, not a target: "实施4项重点工程", "大力实施五个倍增计划"
PROGRAMME_NAME = re.compile(r"(?:工程|行动|计划)$")
CN_COUNT = re.compile(r"[一二两三四五六七八九十]+")


def _programme_count(t: Target, ctx: Context) -> str:
    if t.unit not in ("个", "项", "") or not PROGRAMME_NAME.search(t.indicator):
        return ""
    clause = re.sub(r"(?<=\d)\s+(?=\d)", "", clause_of(t))
    number = "|".join(re.escape(v) for v in _written_values(t.value))
    before_name = rf"(?:(?<![\d.])(?:{number})|{CN_COUNT.pattern})\s*[个项]\s*{re.escape(t.indicator)}"
    if re.search(before_name, clause):
        return f"数字是“{t.indicator}”的个数，可能不是要跟踪的目标"
    return ""


def _twice(t: Target, ctx: Context) -> str:
    if "by_name" not in ctx.memo:  # the rows of each name and kind: not every row per row
        groups: dict[tuple, list[Target]] = {}
        for x in ctx.targets:
            groups.setdefault((x.indicator, x.kind), []).append(x)
        ctx.memo["by_name"] = groups
    for other in ctx.memo["by_name"][(t.indicator, t.kind)]:
        if other is not t and (other.value, other.unit) != (t.value, t.unit):
            return "同一指标读出了不同的目标值，请核对取哪一个"
    return ""


def _implausible(t: Target, ctx: Context) -> str:
    if t.value == 0:
        return "目标值为0，可能读错了数字"
    if t.kind == "增速" and t.unit not in ("%", ""):
        return f"增长目标的单位是“{t.unit}”，可能读错了"
    if t.kind == "增速" and t.value > GROWTH_LIMIT:
        return f"增长{t.value:g}%不合常理，请核对"
    if GROWTH_NAME.search(t.indicator) and t.kind in ("总量", "累计"):
        return f"名称是“{GROWTH_NAME.search(t.indicator).group()}”，目标类型却是总量，请核对"
    if t.unit == "%" and t.kind in ("总量", "累计") and t.value > PERCENT_LIMIT:
        return f"比重{t.value:g}%超过100%，请核对"
    if MONEY_NAME.search(t.indicator) and t.unit and t.unit not in (*MONEY_UNIT, "%", "个百分点"):
        return f"“{t.indicator}”是金额，单位却是“{t.unit}”，请核对"
    if MONEY_NAME.search(t.indicator) and not RATIO_NAME.search(t.indicator) and t.unit == "%" and t.kind in ("总量", "累计"):
        return f"“{t.indicator}”是金额，目标却是{t.value:g}%，可能漏了“增长”或读错了数字"
    return ""


# a rank written with its unit: "第5位", "前20名", "提升1位", "5名以内"
RANK_WRITTEN = re.compile(r"\d+\s*(?:位|名)")


def _rank(t: Target, ctx: Context) -> str:
    """A rank (位次) target always gets a reason: how it is judged is easily read the wrong way
    round (a smaller place is better; 提升1位 is places moved up, never 个百分点); when the text
    wrote no 位/名 after the number ("居全省第5") the unit itself is a guess."""
    if not names_rank(t.indicator, t.unit):
        return ""
    n = f"{t.value:g}"
    if t.sentence and RANK_WRITTEN.search(clause_of(t)) is None:
        guessed = "原文的数没有写“位”，已按位次读取（单位“位”是推测的），"
    else:
        guessed = ""
    if t.is_rank_rise:
        return f"{guessed}位次目标：按名次前移{n}位计算（上年名次减本年名次不少于{n}），请核对"
    if t.comparison == "≤":
        return f"{guessed}位次目标：本年名次在第{n}位以内（数字越小越好），请核对"
    return f"{guessed}位次目标：比较方式为“{t.comparison}”，名次数字越小越好，请核对比较方式（如“前{n}位以内”应为 ≤）"


# --- review9: signals fitted on final15–final17 ----------------------------------------------------

# "以上" in a class or a level ("规模以上企业", "省级以上平台") is no forward word
CLASS_ABOVE = re.compile(r"(?:规模|限额|国家级|省级|市级|州级|县级|区级|国家|省|市|县)以上")


def _forward(text: str) -> bool:
    """True when ``text`` has a forward word (力争、确保、以上 …) other than a class's 以上."""
    return bool(FORWARD_CUE.search(CLASS_ABOVE.sub("", text)))


# the number is where a change starts: "由上年的7.95亿元增加至12.51亿元" (the target is the second)
START_VALUE = re.compile(
    r"^\s*(?:万|亿)?\s*[^\d，；。、]{0,4}?\s*(?:增加|提高|提升|增长|上升|扩大|降低|下降|减少|压减|降)\s*(?:至|到)"
)


def _start_value(t: Target, ctx: Context) -> str:
    after = _after_number(clause_of(t), t)
    if after is not None and START_VALUE.search(after):
        return "数字后面是“增加至”“提高到”等，它是起点（上年数），目标应是后面的数"
    return ""


def _after_number(clause: str, t: Target) -> str | None:
    """Return the text of ``clause`` after the target's number (None when not found)."""
    compact = DIGIT_GAP.sub("", clause)
    for v in _written_values(t.value):
        at = find_quantity(compact, v, t.unit)
        if at >= 0:
            return compact[at + len(v) :]
    return None


# what a stretch clause holds besides its value: "力争达到3600项" names nothing else
STRETCH_WORDS = re.compile(
    r"力争|争取|努力|力求|确保|实现|达到|达|突破|超过|以上|左右|或|再|更|进一步|提高到|提升到|增长|增加"
    rf"|新增|万|亿|元|家|个|项|件|人|名|所|支|%|个百分点|人次|全年|{WITHIN_YEAR}|尽快|等等|等|\d|\.|\s|－|-|—|~|～"
)


def _stretch_elsewhere(t: Target, ctx: Context) -> str:
    """A stretch value read from a clause that names something else: "争取5个国家级科技计划项目，
    争取10个省级重点科技计划项目" (the 10 is another target's)."""
    if t.stretch is None or not t.sentence:
        return ""
    own = clause_of(t)
    values = _written_values(t.stretch)
    for c in CLAUSE_SPLIT.split(t.sentence):
        compact = DIGIT_GAP.sub("", c)
        if c == own or not any(find_number(compact, v) >= 0 for v in values):
            continue
        rest = STRETCH_WORDS.sub("", compact)
        tail = t.indicator[-2:]
        if len(rest) >= 4 and tail not in rest:
            return f"争取值{t.stretch:g}出自另一句“{_cut(c.strip(), 14)}”，可能是另一项目标"
        return ""
    return ""


# "200余家", "60余家": a count of what was done; a target says 以上
ROUGHLY = re.compile(r"^\s*(?:万|亿)?\s*余")


def _roughly(t: Target, ctx: Context) -> str:
    after = _after_number(clause_of(t), t)
    if after is not None and ROUGHLY.search(after):
        return f"原文写作“{t.value:g}余{t.unit}”，像是已完成的数而不是目标"
    return ""


# staff put to a task, not a target: "1名局领导带1名中层干部、1名工作人员"
STAFF_NAME = re.compile(r"干部|工作人员|局领导|中层|机构人员|联络员")


def _staff(t: Target, ctx: Context) -> str:
    m = STAFF_NAME.search(t.indicator)
    if m and t.unit in ("名", "人", "个", ""):
        return f"名称“{t.indicator}”是工作人员，数字可能是人员安排，不是目标"
    return ""


# a rate of the bureau's own work done in full ("确保全市研发投入重点企业上报率100%"): a work
# requirement the office organises, not a development target of the city (qa10 F34)
WORK_RATE = re.compile(r"(?:上报|报送|填报|申报|联系|走访|挂钩|对接|办结|回复)(?:率|覆盖率)$")


def _work_rate(t: Target, ctx: Context) -> str:
    if t.unit == "%" and t.value >= 100 and WORK_RATE.search(t.indicator):
        return f"“{t.indicator}100%”是工作要求，不一定是考核目标；如不需跟踪完成情况，可删除这一行"
    return ""


# a number inside an explanation of a method: "采取“11112”方式（即1名局领导带1名中层干部…）"
EXPLAINED = re.compile(r"[（(]即[^）)]*$")


def _explained(t: Target, ctx: Context) -> str:
    sentence = re.sub(r"(?<=\d)\s+(?=\d)", "", t.sentence or "")
    head = _lead_in(t)
    at = sentence.find(head) if head else -1
    before = sentence[: at + len(head)] if at >= 0 else head
    if EXPLAINED.search(before):
        return "数字在“（即……）”的解释里，是做法的说明，不是目标"
    return ""


# a time word inside a name: "奈曼旗今年" (the name took the sentence's subject)
TIME_IN_NAME = re.compile(r"今年|明年|本年度|当年")


def _time_in_name(t: Target, ctx: Context) -> str:
    m = TIME_IN_NAME.search(t.indicator)
    return f"名称中有“{m.group()}”，可能不是指标名" if m else ""


# a name that starts with a 新 verb read as a total: "新形成产学研合作项目10项"
NEW_VERB = re.compile(
    r"^新(?:增|形成|建|认定|培育|引进|申报|登记|创建|获批|入库|孵化|注册|组建|进|通过|落地|招引|签约|备案"
    r"|设立|成立|授权|增加|批|立项|签订|培养|获|转化|实施)"
)


def _new_total(t: Target, ctx: Context) -> str:
    m = NEW_VERB.search(t.indicator)
    if m and t.kind in ("总量", "累计"):
        return f"名称以“{m.group()}”开头，可能是新增数而不是总量"
    return ""


def _duplicate(t: Target, ctx: Context) -> str:
    """The same value and unit read twice, once with a longer name: "重点项目 97个" from the title
    and "谋划实施重点项目 97个" from the body."""
    if "by_value" not in ctx.memo:  # the rows of each value, in order: not every row per row
        groups: dict[tuple, list[Target]] = {}
        for x in ctx.targets:
            groups.setdefault((x.value, x.unit, x.kind), []).append(x)
        ctx.memo["by_value"] = groups
    for other in ctx.memo["by_value"][(t.value, t.unit, t.kind)]:
        if other is t:
            continue
        if len(other.indicator) < len(t.indicator) and len(other.indicator) >= 3 and t.indicator.endswith(other.indicator):
            return f"与“{other.indicator}”同为{t.value:g}{t.unit}，可能重复"
    return ""


# a sentence that looks back: an earlier year leads its paragraph ("李岩介绍,2023年吉林省创新能力…。
# 在…方面,启动…等7个重大科技专项")
EARLIER = re.compile(r"过去一年|过去五年|五年来|近年来|今年以?来|去年以来")
# a year that is a base of comparison ("比2016年翻一番") tells nothing of when the sentence speaks
# a base year ("比2020年"), or the year works began, naming them ("基本完成2017年开工建设的……6条" (马鞍山 2018))
BASE_YEAR = re.compile(
    rf"(?:比|较|与|同)\s*(?:{YEAR_NUM})\s*年"
    rf"|{WORKS_BEGUN_YEAR}"
)


DEADLINE = re.compile(r"^(?:力争|争取|计划)?(?:到|至)\d{4}年(?:末|底)?[，,]")


def _past_paragraph(t: Target, ctx: Context) -> str:
    if ctx.year is None or not t.sentence or not ctx.lines:
        return ""
    if _forward(_lead_in(t) + clause_of(t)):
        return ""
    key = _compact(t.sentence)[:16]
    if "compact_lines" not in ctx.memo:
        compact_lines = [_compact(line) for line in ctx.lines]
        starts = list(itertools.accumulate((len(x) + 1 for x in compact_lines[:-1]), initial=0))
        # the lines without white space joined by "\n" (no key holds one), and where each starts
        ctx.memo["compact_lines"] = ("\n".join(compact_lines), starts, compact_lines)
    joined, starts, compact_lines = ctx.memo["compact_lines"]
    found = joined.find(key) if key else -1
    if found >= 0:  # the first line holding the key
        i = bisect.bisect_right(starts, found) - 1
        compact, at = compact_lines[i], found - starts[i]
        before = [s for s in re.split(r"(?<=[。；！？])", compact[:at]) if s]
        for s in reversed(before):
            # "到2013年，核心区面积扩展到3万亩。“十二五”末，……": a milestone set earlier is a plan too
            if _forward(s) or "今年" in s or DEADLINE.search(s):
                return ""
            years = [int(y) for y in YEAR.findall(BASE_YEAR.sub("", s))]
            if years:
                return f"所在段落讲的是{max(years)}年的情况，可能是实绩" if max(years) < ctx.year else ""
            m = EARLIER.search(s)
            if m:
                return f"所在段落从“{m.group()}”讲起，可能是实绩"
        return ""
    return ""


# the headline of a progress report, not a plan: "全省第二!十堰一季度高新技术产业增加值99.81亿"
REPORT_PERIOD = re.compile(r"今年以?来|一季度|上半年|前三季度|1[-—至~]\d+月|截至目前|截至\d+月|截止目前")
HEADLINE_LINES = 5  # a headline is one of the text's first non-empty lines …
HEADLINE_CHARS = 60  # … and a short one


def _report_doc(t: Target, ctx: Context) -> str:
    if not ctx.lines or _forward(_lead_in(t) + clause_of(t)):
        return ""
    if "heads" not in ctx.memo:
        ctx.memo["heads"] = [x.strip() for x in ctx.lines if x.strip()][:HEADLINE_LINES]
    for head in ctx.memo["heads"]:
        m = REPORT_PERIOD.search(head) if len(head) <= HEADLINE_CHARS else None
        if m:
            return f"标题写的是“{m.group()}”的进展，全文像是工作报道，这句没有目标用语"
    return ""


# a news report of what a bureau did: "今年，该局组织……等6家企业成功申报认定为高新技术企业"
REPORTED = re.compile(r"该局|该市|该县|该区|该州|该省|该委")


def _backward_word(t: Target, pattern: re.Pattern) -> str:
    """Return the word of ``pattern`` in the row's lead-in and clause when they have no forward
    word (力争、将、以上 …), else ""."""
    lead = _lead_in(t) + clause_of(t)
    m = pattern.search(lead)
    return m.group() if m and not _forward(lead) else ""


def _reported(t: Target, ctx: Context) -> str:
    word = _backward_word(t, REPORTED)
    return f"原文以“{word}”叙述，没有目标用语，像是报道已做的工作" if word else ""


# --- review10: general signals, chosen leave-one-batch-out over final10–final20 ---------------------
# Each looks at the form of a sentence, not at the words of one plan, so that it holds on plans not
# seen (``python benchmarks/plan_review.py --cross``).

_UNIT_AFTER = r"\s*(?:万|亿)?\s*(?:元|人次|人|家|个|项|件|名|所|平方米|平米|亩|吨)?"
# the number is the size that picks a class of firms or people: "年销售5000万元以上企业",
# "销售收入超5亿的高新技术企业", "5万人以上的科普志愿者队伍", "在5000万元至2亿元的"
THRESHOLD_AFTER = re.compile(
    rf"^{_UNIT_AFTER}\s*(?:(?:及|或)?以[上下]|至\s*\d+(?:\.\d+)?{_UNIT_AFTER}|[-—~～]\s*\d+(?:\.\d+)?{_UNIT_AFTER})?\s*"
    r"(?:的|(?:企业|工业企业|单位|项目|机构|队伍|团队|人才|平台))"
)
# … or a size compared before it: "年销售收入小于5000万元的"
THRESHOLD_BEFORE = re.compile(r"(?:小于|大于|低于|高于|不足|超过|超|在)\s*$")


def _threshold(t: Target, ctx: Context) -> str:
    clause = clause_of(t)
    after = _after_number(clause, t)
    if after is None or t.unit in ("%", "个百分点"):
        return ""
    m = THRESHOLD_AFTER.search(after)
    if not m or re.match(rf"^{_UNIT_AFTER}\s*以上\s*$", after):
        return ""
    rest = after[m.end() :]
    # "突破270亿元的目标": a goal ("超额完成90家的考核目标", "…的年度目标任务" too); "5万人以上的科普
    # 志愿者队伍" named so: the size of the thing itself
    if re.match(r"(?:(?:全年|年度|本年度?|今年|考核)*(?:目标|任务|指标)|水平|规模|基础)", rest) or (len(t.indicator) >= 2 and t.indicator[-4:] in rest[:16]):
        return ""
    before = _before_number(clause, t)
    if m.group().endswith("的") or re.search(r"(?:销售|收入|产值|营业|规模|投资|资产)[^，；。]{0,6}$", before):
        written = _written_at(clause, t)
        noun = re.split(r"[，；。、\s\d]", rest, maxsplit=1)[0][:8] if m.group().endswith("的") else ""
        return f"“{written}{m.group()}{noun}”是划分单位类别的门槛，数字不是要完成的目标"
    return ""


def _written_at(clause: str, t: Target) -> str:
    """Return the target's number as the clause writes it ("5000" for 5000万元)."""
    compact = DIGIT_GAP.sub("", clause)
    for v in _written_values(t.value):
        if find_number(compact, v) >= 0:
            return v
    return f"{t.value:g}"


# a subsidy, a reward or a per-unit amount: "资助额度为50万元", "每家最高奖励100万元"
PER_UNIT = re.compile(r"资助|补助|补贴|奖励|奖补|给予|最高|每家|每个|每项|每人|每件|一次性|额度|标准为|按照")


def _per_unit(t: Target, ctx: Context) -> str:
    if t.unit not in MONEY_UNIT and t.unit not in ("%",):
        return ""
    m = PER_UNIT.search(_before_number(clause_of(t), t))
    if m and not _forward(clause_of(t)):
        return f"数字前有“{m.group()}”，像是资助或奖励标准，不是要完成的目标"
    return ""


# the number is part of a title or an issue: "安徽科技2019年5期", "第3批"
ISSUE_UNIT = ("期", "批", "届", "号", "版")


def _issue(t: Target, ctx: Context) -> str:
    before = _before_number(clause_of(t), t)
    if (t.unit in ISSUE_UNIT and re.search(r"年\s*$", before)) or re.search(r"第\s*$", before):
        return f"数字是“第几{t.unit or '个'}”或刊物期号，像是标题的一部分，不是目标"
    return ""


# a point already reached: "截至2021年底……达到4.84%", "目前已有"
# (比去年、较去年 compare with last year: no statement of it)
AS_OF = re.compile(r"截至|截止|到目前|目前|现有|现已|已有|已达|(?<![比较同])去年|上年底|上年末|年底前已")


def _as_of(t: Target, ctx: Context) -> str:
    word = _backward_word(t, AS_OF)
    return f"原文有“{word}”，没有目标用语，像是已达到的现状" if word else ""


# a news report: who said it and where, what a meeting did; no forward word in the sentence
NARRATED = re.compile(
    r"记者|了解到|获悉|据悉|据了解|介绍|表示|会议(?:上|指出|启动|强调|要求)|会上|共组织|组织了|启动了|举办了|通过率|该局|该市|该县|该区"
)


def _narrated(t: Target, ctx: Context) -> str:
    sentence = t.sentence or ""
    m = NARRATED.search(sentence)
    if m and not _forward(sentence.replace(t.indicator, "")):
        return f"原文是“{m.group()}”一类的报道语句，没有目标用语，像是已做的工作"
    return ""


# results vocabulary: the sentence says what was done
# (共 of 公共/共建/共享 and 通过 "by means of" are no results words)
DONE_WORD = re.compile(
    r"已|完成了|实现了|达到了|获批|评审通过|通过(?:认定|评审|验收)|通过率|(?<!公)共(?!建|享|同|性|赢)|累计|同比|比上年|较上年"
    r"|分别|位列|位居|排名|获评|入选"
)


def _done_words(t: Target, ctx: Context) -> str:
    sentence = (t.sentence or "").replace(t.indicator, "")
    words = DONE_WORD.findall(sentence)
    if len(set(words)) >= 2 and not _forward(sentence):
        return f"原文有“{'”“'.join(dict.fromkeys(words[:2]))}”等实绩用语、没有目标用语，像是完成情况"
    return ""


# the name holds a work verb: it is a clause, not an indicator ("成立专班深入各县走访调研科技型企业")
WORK_VERB = re.compile(
    r"走访|调研|成立|加大|优化|推动|推进|评审|启动|部署|鼓励|引导|加强|深入|围绕|坚持"
)


def _verb_name(t: Target, ctx: Context) -> str:
    m = WORK_VERB.search(t.indicator)
    if m and _unknown(t, ctx):
        return f"名称“{_cut(t.indicator, 14)}”含动词“{m.group()}”，像是一句话而不是指标名"
    return ""


# half of a range read as the whole: "要达到5家-8家"
# (a period "1至3月", "2021—2025年" is no range of values)
RANGE = re.compile(rf"(\d+(?:\.\d+)?){_UNIT_AFTER}\s*[-—―~～至]\s*(\d+(?:\.\d+)?){_UNIT_AFTER}(?![\d.]|\s*[月年日号季周天])")


def _half_range(t: Target, ctx: Context) -> str:
    if t.upper is not None:
        return ""
    clause = re.sub(r"(?<=\d)\s+(?=\d)", "", clause_of(t))
    for m in RANGE.finditer(clause):
        ends = {float(m.group(1)), float(m.group(2))}
        if any(abs(t.value - e) < 1e-9 or abs(t.value - e * 1e4) < 1e-6 or abs(t.value - e * 1e8) < 1e-6 for e in ends):
            if YEAR.search(m.group()) or re.fullmatch(rf"(?:{YEAR_NUM})", m.group(1)):
                continue
            return f"原文是“{m.group()}”的区间，只读了一端，请核对"
    return ""


# the kind word is far from the number: another verb stands between them ("新建10个基地、建设20个
# 示范乡": the 20 is built, not 新建)
CUE_PHRASE = 4  # characters after the kind word that still belong to its verb phrase
# a frame (达到、力争 …) or a verb that itself says 新增 (认定、引进 …) does not start another action
FRAME_OR_NEW = re.compile(r"达到|实现|争取|力争|认定|申报|培育|引进|招引|组建|创建")


def _kind_far(t: Target, ctx: Context) -> str:
    cue = KIND_CUE.get(t.kind)
    if cue is None or t.kind in ("增速", "提高") or cue.search(t.indicator):
        return ""
    lead = _lead_in(t)
    found = list(cue.finditer(lead))
    if not found:
        return ""
    last = found[-1]
    # the cue's own verb phrase ("新增评价入库…") and the name ("…成果转化项目") start no other action
    between = lead[last.end() + CUE_PHRASE :].replace(t.indicator, "")
    verb = next((v for v in OWN_VERB.finditer(between) if not FRAME_OR_NEW.fullmatch(v.group())), None)
    if verb:
        return f"目标类型“{t.kind_label}”取自前面的“{last.group()}”，数字前另有“{verb.group()}”，请核对"
    return ""


# a stock stated right after the number: "认定黄石市创新创业平台12个，总数达133个" — the 12 is the year's
# increment, the stock the 133
STOCK_AFTER = re.compile(r"^[^\d，；。]{0,6}[，,]?\s*(?:总数|总量|累计|保有量)\s*(?:将)?\s*(?:达到?|超过|突破)\s*\d")


def _stock_after(t: Target, ctx: Context) -> str:
    if t.kind not in ("总量", "累计"):
        return ""
    sentence = re.sub(r"(?<=\d)\s+(?=\d)", "", t.sentence or "")
    # the number as the target states it: ×100 only for a percentage (0.3 → 30), so 2个 is never
    # found as the 200 of 「认定高新技术企业200家，总数达到740家」 earlier in the sentence (qa12 F24)
    hundred = _written_values(t.value * 100)[0]
    values = [v for v in _written_values(t.value) if t.unit == "%" or v != hundred or v == _written_values(t.value)[0]]
    for v in values:
        at = find_number(sentence, v)
        if at >= 0 and STOCK_AFTER.search(sentence[at + len(v) :]):
            return "原文紧接着写了“总数达……”，这个数可能是新增数而不是总量"
    return ""


# the name starts with a comparison: "较去" (较去年增长5%), "高出近" (比上年高出近10个百分点)
COMPARE_START = re.compile(r"^(?:较|比(?!例|重|率)|同比|高出|低于|相比)")


def _compare_start(t: Target, ctx: Context) -> str:
    m = COMPARE_START.match(t.indicator)
    return f"名称以“{m.group()}”开头，像是比较的说法，不是指标名" if m else ""


SIGNALS: dict[str, Callable[[Target, Context], str]] = {
    "rank": _rank,
    "place": _place,
    "goal_word": _goal_word,
    "digit": _digit,
    "verb_start": _verb_start,
    "dangling": _dangling,
    "short": _short,
    "long": _long,
    "unknown": _unknown,
    "result": _result,
    "other_year": _other_year,
    "listed_count": _listed_count,
    "score": _score,
    "quarter": _quarter,
    "comparator": _comparator_guess,
    "kind": _kind_guess,
    "twice": _twice,
    "past_heading": _past_heading,
    "no_word": _no_target_word,
    "unknown_noword": _unknown_no_word,
    "implausible": _implausible,
    "every_year": _every_year,
    "certified": _certified,
    "programme": _programme_count,
    "results_doc": _results_doc,
    "results_text": _results_text,
    "start_value": _start_value,
    "stretch_else": _stretch_elsewhere,
    "roughly": _roughly,
    "staff": _staff,
    "explained": _explained,
    "time_name": _time_in_name,
    "new_total": _new_total,
    "duplicate": _duplicate,
    "past_para": _past_paragraph,
    "report_doc": _report_doc,
    "reported": _reported,
    "threshold": _threshold,
    "per_unit": _per_unit,
    "issue": _issue,
    "as_of": _as_of,
    "narrated": _narrated,
    "done_words": _done_words,
    "verb_name": _verb_name,
    "half_range": _half_range,
    "compare_start": _compare_start,
    "kind_far": _kind_far,
    "stock_after": _stock_after,
    "work_rate": _work_rate,
}
# the signals used, in the order their reasons are given: what ``pick_signals`` picks on final7–final20
# (``python benchmarks/plan_review.py --cross`` prints it and says when it differs from this)
USED = (
    "rank", "implausible", "digit", "dangling", "verb_start", "compare_start", "goal_word", "place", "time_name",
    "verb_name", "staff", "explained", "issue", "listed_count", "score", "quarter", "threshold", "per_unit",
    "half_range", "past_heading", "results_doc", "report_doc", "past_para", "reported", "narrated", "as_of",
    "other_year", "result", "done_words", "roughly", "start_value", "stretch_else", "duplicate", "kind", "kind_far", "stock_after", "new_total",
    "every_year", "certified", "programme", "unknown_noword", "work_rate",
)


# given whatever the batches say: a rank target's reason is how it will be judged, not a doubt
# ("每年……", "认定……N家": whether it is the year's increment or the stock is for the clerk to say)
ALWAYS = ("rank", "every_year", "certified")
PICK_PRECISION = 0.7  # a signal seen on ≥ 2 batches must be right this often when it fires …
PICK_BATCHES = 2
PICK_BATCH_RIGHT = 0.1  # … and never flag more than this share of one batch's right rows;
PICK_RIGHT_BUDGET = 0.08  # all picked together at most this share of the right rows


def pick_signals(rows: Iterable[tuple[str, bool, frozenset[str]]]) -> tuple[str, ...]:
    """Return the signals to use, chosen on checked rows (batch, read right, the signals that fire):
    a signal is picked when it flags wrong rows of at least ``PICK_BATCHES`` batches and at least as
    many wrong rows as right ones, or when it flags wrong rows and no right row at all; then, while
    the picked flag more than ``PICK_RIGHT_BUDGET`` of the right rows, the least precise is dropped.
    ``benchmarks/plan_review.py --cross`` runs this on all batches but one and scores the one left
    out; ``USED`` is what it picks on all the checked batches."""
    rows = list(rows)
    wrong: dict[str, int] = {}
    right: dict[str, int] = {}
    batches: dict[str, set[str]] = {}
    right_batches: dict[str, set[str]] = {}
    right_in: dict[tuple[str, str], int] = {}  # (signal, batch) → right rows flagged
    rights_of: dict[str, int] = {}  # batch → its right rows
    for batch, ok, fired in rows:
        rights_of[batch] = rights_of.get(batch, 0) + ok
        for name in fired:
            if ok:
                right[name] = right.get(name, 0) + 1
                right_batches.setdefault(name, set()).add(batch)
                right_in[name, batch] = right_in.get((name, batch), 0) + 1
            else:
                wrong[name] = wrong.get(name, 0) + 1
                batches.setdefault(name, set()).add(batch)

    def precision(name: str) -> float:
        w = wrong.get(name, 0)
        return w / (w + right.get(name, 0)) if w else 0.0

    picked = [
        n for n in SIGNALS
        if n in ALWAYS
        or (
            len(batches.get(n, ())) >= PICK_BATCHES
            and precision(n) >= PICK_PRECISION
            and len(right_batches.get(n, ())) < len(batches[n])
            and all(right_in[n, b] <= PICK_BATCH_RIGHT * rights_of[b] for b in right_batches.get(n, ()))
        )
        or (wrong.get(n, 0) and not right.get(n, 0))
    ]
    total_right = sum(ok for _, ok, _ in rows)
    while total_right:
        flagged = sum(ok and bool(fired & set(picked)) for _, ok, fired in rows)
        if flagged <= PICK_RIGHT_BUDGET * total_right:
            break
        worst = min((n for n in picked if n not in ALWAYS), key=precision, default=None)
        if worst is None:
            break
        picked.remove(worst)
    order = [n for n in USED if n in picked] + [n for n in picked if n not in USED]
    return tuple(order)


# a reason not given when another signal already says the same: the heading of a 总结 part says
# "往年总结" of its rows more precisely than the whole text does
SAID_BY = {
    "results_doc": "past_heading", "report_doc": "past_heading", "past_para": "past_heading",
    "reported": "past_heading", "narrated": "reported", "done_words": "past_heading", "as_of": "past_heading",
}


def target_lines(lines: Iterable[tuple[int, str]], targets: Sequence[Target]) -> list[int | None]:
    """Return, for each target, the number of the line its 原文 is on (None when not found): the
    line holding the whole 原文, else the first holding its longest beginning (16, then 8 chars)."""
    compact = [(n, _compact(text)) for n, text in lines]
    # the lines joined by "\n", which no compacted text holds: a head found in the joined text is
    # inside one line, and its first place is in the first line holding it
    joined = "\n".join(text for _, text in compact)
    starts = list(itertools.accumulate((len(text) + 1 for _, text in compact), initial=0))
    out: list[int | None] = []
    for t in targets:
        sentence = _compact(t.sentence)
        found = None
        for head in (sentence, sentence[:16], sentence[:SHARED]):
            at = joined.find(head) if head else -1
            found = compact[bisect.bisect_right(starts, at) - 1][0] if at >= 0 else None
            if found is not None:
                break
        out.append(found)
    return out


def review_flags(
    targets: Sequence[Target],
    *,
    year: int | None = None,
    names: Iterable[str] = (),
    headings: Mapping[str, str] | None = None,
    lines: Iterable[str] = (),
    signals: Sequence[str] = USED,
) -> list[str]:
    """Return, for each target, the reason a clerk should check it (Chinese), or "" when none.

    ``year`` is the year the targets were taken for; ``names`` the indicator catalogue's names
    and synonyms (a name unlike all of them is doubtful); ``lines`` the plan's text line by line
    as ``plain_lines`` gives it (the headline and a target's paragraph are read there).
    """
    ctx = Context(year, list(targets), tuple(names), dict(headings or {}), tuple(lines))
    return [flag_of(given) for given in signal_reasons(ctx, signals)]


def signal_reasons(ctx: Context, signals: Sequence[str] = USED) -> list[dict[str, str]]:
    """Return, for each of ``ctx.targets``, every signal of ``signals`` with its reason ("" when it
    does not fire): ``flag_of`` makes the 核对提示 of it, the row scorer reads which fired."""
    return [{s: SIGNALS[s](t, ctx) for s in signals} for t in ctx.targets]


def flag_of(given: Mapping[str, str]) -> str:
    """Return the 核对提示 of one row from its signals' reasons (``signal_reasons``): the first two,
    leaving out one that another signal already says more precisely (``SAID_BY``)."""
    reasons = [r for s, r in given.items() if r and not given.get(SAID_BY.get(s, ""))]
    return "；".join(dict.fromkeys(reasons[:2]))


# --- possible misses ------------------------------------------------------------------------------

# a word that makes a number in its clause a target
TARGET_CUE = re.compile(
    r"力争|争取|确保|达到|突破|新增|净增|新认定|新培育|新建|增长\s*\d|提高到|提升到|超过|不低于|不少于"
    r"|以上|左右|控制在|以内|目标"
)
QUANTITY = re.compile(
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<m>万|亿)?\s*"
    r"(?P<u>个百分点|万人次|人次|亿元|万元|元|家|个|项|件|人|名|%|所|座|次|场|台|套|户|亩|吨)"
)
TABLE_VALUE = re.compile(r"[≥≤>＞<＜]?\s*" + QUANTITY.pattern + r"\s*(?:以上|以内|左右)?")
SHARED = 8  # characters a sentence shares with a target's 原文 to count as the one it was read from


def noted_lines(notes: Iterable[str], unit_word: str = "行") -> set[int]:
    """Return the line numbers the parser's notes name ("「高新技术企业」在第3行为 ≥260家，第8行又
    写作 ≥2212家"): what they say is not repeated as a possible miss."""
    return {int(n) for note in notes for n in re.findall(rf"第(\d+){unit_word}", note)}


def plain_lines(lines: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return the plan's lines as the parser reads them (ASCII digits, Chinese punctuation,
    simplified characters), so they can be compared with the targets' 原文."""
    from kjreport.plan.text import is_traditional, normalize, to_simplified

    numbered = [(n, normalize(text)) for n, text in lines]
    if is_traditional("".join(text for _, text in numbered[:200])):
        converted = to_simplified([text for _, text in numbered])
        if converted:
            numbered = [(n, text) for (n, _), text in zip(numbered, converted, strict=True)]
    return numbered


def possible_misses(
    lines: Iterable[tuple[int, str]],
    targets: Sequence[Target],
    listed: Iterable[int] = (),
    *,
    year: int | None = None,
) -> list[Miss]:
    """Return the sentences with a number and a target word in one clause (力争、达到、新增、
    增长N% …) whose number no target was read from; lines in ``listed`` (those the parser already
    lists: not understood, other years, past results, not targets) are left out. ``lines`` are
    ``plain_lines``."""
    skip = set(listed)
    numbered = [(n, text) for n, text in lines if n not in skip]
    read = [(_compact(t.sentence), t) for t in targets if t.sentence]
    sharing = _Sharing(read)
    naming = _Naming(targets)
    out: list[Miss] = []
    for number, text in numbered:
        for sentence in re.split(r"(?<=[。；！？])", text):
            s = sentence.strip()
            if not s:
                continue
            compact = _compact(s)
            near = sharing.near(compact)
            # a row of a target table ("科普宣传活动次数|…| 3次|"): a cell that is just a quantity
            table_row = s.count("|") >= 2 and any(TABLE_VALUE.fullmatch(c.strip()) for c in s.split("|"))
            for clause in CLAUSE_SPLIT.split(s):
                if not (table_row or TARGET_CUE.search(clause)) or (year is not None and _other_year_clause(clause, year)):
                    continue
                # a target restated elsewhere (a title, a table row) was read where it was stated
                named = naming.named(clause)
                unread = [m for m in QUANTITY.finditer(clause) if not _was_read(m, near + named)]
                if unread:
                    out.append(Miss(number, s, unread[0].group(0)))
                    break
            else:
                if relative := relative_growth(s):
                    out.append(Miss(number, s, relative))
    return out


# a goal of the year with no number, beside the numbered ones: "争取获省科技创新鼎。" — nothing to
# import as a figure, but a summary silent on it misses one of the year's goals (qa12b F38)
NUMBERLESS_GOAL = re.compile(
    r"^(?:同时|并|全年)?(?:争取|力争|确保|努力)(?:再次|首次)?"
    r"(?:获评|获得|获|荣获|夺得|捧得|创成|成功创建|创建|争创|入选|跻身|列入|通过)"
    r"[^\d，；。、]{2,20}[。；！]?$"
)


def numberless_goals(lines: Iterable[tuple[int, str]], targets: Sequence[Target]) -> list[Miss]:
    """Return the short sentences stating a goal without a number ("争取获省科技创新鼎。") in the
    paragraphs targets were read from (the 主要目标 paragraph), each as a ``Miss`` whose
    ``quantity`` is the goal's words. ``lines`` are ``plain_lines``."""
    sharing = _Sharing([(_compact(t.sentence), t) for t in targets if t.sentence])
    out: list[Miss] = []
    for number, text in lines:
        sentences = [x.strip() for x in re.split(r"(?<=[。；！？])", text) if x.strip()]
        if not any(sharing.near(_compact(x)) for x in sentences):
            continue
        for x in sentences:
            if NUMBERLESS_GOAL.match(x) and not sharing.near(_compact(x)):
                out.append(Miss(number, x, x.rstrip("。；！")))
    return out


# a growth target stated against another growth, with no number: "高新产业投资增速快于面上",
# "研发投入增幅高于GDP增速" — nothing to import as a figure, but the clerk should see it
RELATIVE_GROWTH = re.compile(
    r"(?:增速|增幅|增长|增长速度)(?:要|将|继续|保持|始终)?(?:快于|高于|超过|领先于?|不低于|明显高于)"
    r"(?:面上|全市|全省|全国|全县|全区|地区生产总值|GDP|全部|平均|同期|经济|工业|规上|固定资产)[^，；。]{0,10}"
)


def relative_growth(sentence: str) -> str:
    """Return the words of a growth target stated against another growth ("增速快于面上"), "" when
    the sentence has none."""
    m = RELATIVE_GROWTH.search(sentence)
    return m.group(0) if m else ""


def _compact(text: str) -> str:
    # (a table row's cells apart by bars in its 原文, run together in its line: the same text, qa22 F2)
    return re.sub(r"[\s|｜]", "", text)


def same_sentence(a: str, b: str) -> bool:
    """True when texts ``a`` and ``b`` (as written, spaces aside) share a run of ``SHARED``
    characters, or the shorter is inside the longer: one sentence quoted twice."""
    a, b = _compact(a), _compact(b)
    return _shares(a, b) if len(a) <= len(b) else _shares(b, a)


def _shares(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if len(a) < SHARED:
        return a in b
    return any(a[i : i + SHARED] in b for i in range(0, len(a) - SHARED + 1, 2))


_NAME_LEAD = re.compile(r"^(?:新增|净增|新认定|全市|全县|全区|全社会)")


def _names_in(name: str, clause: str) -> bool:
    core = _NAME_LEAD.sub("", name)
    return len(core) >= 4 and any(core[i : i + 4] in clause for i in range(len(core) - 3))


class _Sharing:
    """``[t for r, t in read if _shares(a, r)]`` for many sentences ``a``, by an index of every
    ``SHARED``-character run of each ``r``: a sentence is compared with the targets it shares a
    run with instead of with every target (the plan's sentences × its targets)."""

    def __init__(self, read: Sequence[tuple[str, Target]]) -> None:
        self.read = read
        self.runs: dict[str, list[int]] = {}
        for k, (r, _) in enumerate(read):
            for run in {r[i : i + SHARED] for i in range(len(r) - SHARED + 1)}:
                self.runs.setdefault(run, []).append(k)
        # every ``r`` joined by "\n" (no compacted sentence holds one), and where each starts
        self.joined = "\n".join(r for r, _ in read)
        self.starts = list(itertools.accumulate((len(r) + 1 for r, _ in read[:-1]), initial=0))

    def near(self, a: str) -> list[Target]:
        if not a:
            return []
        if len(a) < SHARED:  # ``a in r``: a short sentence is looked for in every target's
            found: list[Target] = []
            at = self.joined.find(a)
            while at >= 0:  # the next target holding it, then on from the one after
                k = bisect.bisect_right(self.starts, at) - 1
                found.append(self.read[k][1])
                if k + 1 == len(self.starts):
                    break
                at = self.joined.find(a, self.starts[k + 1])
            return found
        hits: set[int] = set()
        for i in range(0, len(a) - SHARED + 1, 2):
            hits.update(self.runs.get(a[i : i + SHARED], ()))
        return [self.read[k][1] for k in sorted(hits)]


class _Naming:
    """``[t for t in targets if _names_in(t.indicator, clause)]`` for many clauses, by an index of
    every 4-character run of each target's name (its 新增/全市… lead cut off)."""

    def __init__(self, targets: Sequence[Target]) -> None:
        self.targets = targets
        self.runs: dict[str, list[int]] = {}
        for k, t in enumerate(targets):
            core = _NAME_LEAD.sub("", t.indicator)
            for run in {core[i : i + 4] for i in range(len(core) - 3)}:
                self.runs.setdefault(run, []).append(k)

    def named(self, clause: str) -> list[Target]:
        hits: set[int] = set()
        for i in range(len(clause) - 3):
            hits.update(self.runs.get(clause[i : i + 4], ()))
        return [self.targets[k] for k in sorted(hits)]


def _was_read(m: re.Match, near: Sequence[Target]) -> bool:
    n = float(m.group("n"))
    scale = {"万": 1e4, "亿": 1e8}.get(m.group("m") or "", 1.0)
    for t in near:
        for v in (t.value, t.stretch, t.upper):
            if v is not None and any(abs(v - n * f) <= 1e-6 * max(1.0, abs(v)) for f in (1.0, scale, 1e-4)):
                return True
    return False


def _other_year_clause(clause: str, year: int) -> bool:
    years = {int(y) for y in YEAR.findall(clause)}
    return bool(years) and year not in years


# --- a table pasted one cell a line ---------------------------------------------------------------

# a line that is one cell holding a quantity: "≥60条 |", "| 2.2%", "| 4200"
CELL_VALUE = re.compile(
    r"^[|｜\s]*(?P<cmp>[≥≤>＞<＜]|不低于|不少于|不超过)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<m>万|亿)?\s*"
    r"(?P<u>个百分点|万人次|人次|千人|亿元|万元|元|家|个|项|件|人|名|%|所|座|次|场|台|套|户|亩|吨|条|篇|期|部|册|批)?"
    r"\s*(?P<bound>以上|以内|左右)?[|｜\s]*$"
)
# a name cell that gives the unit in brackets: "拥有发明专利(件)", "R&D经费支出占GDP比重(%)"
BRACKET_UNIT = re.compile(
    r"[（(](?:个百分点|万人次|人次|千人|亿元|万元|元|家|个|项|件|人|名|%|所|座|次|场|台|套|户|亩|吨|条|篇)[)）]"
)
CELL_LOOKBACK = 4  # the name cell of a value is at most this many lines above it


def table_cells(lines: Sequence[tuple[int, str]]) -> list[Miss]:
    """Return the quantities of a table pasted one cell a line (a 绩效目标表 or 任务分解表 copied from a
    web page): a line that is one cell holding a number with a comparator or a unit ("≥60条",
    "| 2.2%"), or a bare number in a table cell ("| 4200") under a name cell that gives the unit in
    brackets ("| 拥有发明专利(件)"). Each comes with the cells from its name cell down to it, so
    the clerk sees what the number is. ``lines`` are ``plain_lines``; a bare number outside a
    table ("1" alone: a row's 序号) is no value."""
    out: list[Miss] = []
    for k, (number, text) in enumerate(lines):
        m = CELL_VALUE.match(text)
        if not m:
            continue
        above = [t for _, t in lines[max(0, k - CELL_LOOKBACK) : k]]
        has_bar = "|" in text or "｜" in text
        if not (m["cmp"] or m["u"] or m["bound"] or (has_bar and any(BRACKET_UNIT.search(t) for t in above))):
            continue
        # the name: the nearest cell above that gives a unit, else the nearest that is no value
        start = next((j for j in range(k - 1, max(-1, k - CELL_LOOKBACK - 1), -1) if BRACKET_UNIT.search(lines[j][1])), None)
        if start is None:
            start = next(
                (j for j in range(k - 1, max(-1, k - CELL_LOOKBACK - 1), -1)
                 if _cell(lines[j][1]) and not CELL_VALUE.match(lines[j][1])),
                k,
            )
        cells = [_cell(t) for _, t in lines[start : k + 1]]
        out.append(Miss(number, " | ".join(c for c in cells if c), _cell(text)))
    return out


def _cell(text: str) -> str:
    return text.strip().strip("|｜").strip()


def lines_to_type(lines: Sequence[tuple[int, str]], year: int | None = None) -> list[tuple[Miss, bool]]:
    """Return what a clerk is pointed at when nothing is imported from a text (the parser refused
    it): every sentence with a number and a target word (``possible_misses`` with no target read)
    and every quantity of a table pasted one cell a line (``table_cells``), in line order, each
    with True for a table cell. ``lines`` are ``plain_lines``."""
    found = [(m, False) for m in possible_misses(lines, [], (), year=year)]
    said = {m.line for m, _ in found}
    found += [(m, True) for m in table_cells(lines) if m.line not in said]
    return sorted(found, key=lambda x: x[0].line)
