"""The year a plan document is about, decided by weighing evidence rather than by its first year.

A news report of a work meeting names the year it sums up before the year it plans ("对2012年工作
进行了全面总结……对2013年度科技工作进行了全面谋划"); a report of 2021-03 reviews 2020 and says
"今年". Taking the first year named loses every target of such a document, so each year named in
the title and the opening paragraphs, and the publication date, is scored by its context:

- a year named with planning words (谋划、部署、安排、计划、目标、任务、力争…) counts for it;
- a year named with summing-up or result words (总结、回顾、截至、以来、完成了、同比…) counts against it;
- the title counts most; the publication date counts when the text says 今年 (or 明年 late in a year).

``plan_year`` returns the best-supported year with how sure it is, so that a decision on weak
evidence can be kept from discarding targets (see ``parse.parse_plan``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kjreport.plan.yearwords import WITHIN_YEAR, YEAR_MENTION

YEAR = YEAR_MENTION  # a year named on its own (kjreport.plan.yearwords)
# a base year's figure, what the goals grow from: "比重在2012年1.09%的基础上"
BASE_AFTER = re.compile(r"(?:底|末)?的?[^，；。\d]{0,4}\d[^，；。]{0,16}?的?基础上")
# what follows a year in its clause (before the next mark) or stands just before it
PLAN_NOUN = re.compile(r"谋划|部署|安排|计划|打算|要点|目标|任务|思路|意见|方案|展望")
PAST_NOUN = re.compile(r"总结|回顾|盘点|成绩|成效|成就|完成情况|执行情况|圆满完成|工作报告|述职|进展|奖")
PAST_MARK = re.compile(r"截至|截止|以来|同比|比上年|较上年|比去年|已|了(?!解)|实现跃升")
# (not the 要 of 重要、主要、需要: "2019年亲临我区考察并发表重要讲话")
FORWARD_MARK = re.compile(r"力争|确保|争取|将|(?<![重主需必])要(?!求)|预期")
PAST_BEFORE = re.compile(
    r"(?:总结|回顾|盘点|截至|截止|继|比|较|是|与|从|由|获得|表彰|兑现|兑付|预计)\s*$|获(?!悉)[^，。；]{0,8}$"
)
PLAN_BEFORE = re.compile(r"(?:展望|谋划|部署|安排|计划|打算)\s*$")
HORIZON_BEFORE = re.compile(r"(?:到|至|力争|争取|确保)\s*$")
THIS_YEAR = re.compile(rf"今年(?!以?来|上半年|前[一二三]|1-|一季度|截至|的[^，。；]{{0,8}}期间)|本年度|{WITHIN_YEAR}")
NEXT_YEAR = re.compile(r"明年")
# the year the text is dated spoken of, planned or reported ("今年上半年", "前三季度")
SO_FAR = re.compile(rf"今年|本年度|{WITHIN_YEAR}|上半年|前三季度|1-\d{{1,2}}月|1—\d{{1,2}}月")
TITLE_PLAN = re.compile(r"计划|打算|要点|安排|意见|思路|目标|任务|方案|规划|部署|谋划")
TITLE_PAST = re.compile(r"总结|回顾|成绩|述职|完成情况|落实情况|进展")
CLAUSE_END = re.compile(r"[，。；！？,;\n]")
MEETING_DAY = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日(?=[^。；\n]{0,40}?(?:会议|大会|报告|会上))")


@dataclass(frozen=True)
class YearDecision:
    """The plan year with its score and the runner-up, for notes on a doubtful decision."""

    year: int | None
    strong: bool  # title, a planning word or the date: not only a bare mention
    runner_up: int | None = None
    evidence: str = ""  # Chinese, for the import notes
    against: frozenset[int] = frozenset()  # years named only for results (summed up, reported)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Return (text before the year in its clause, text after it to the next mark)."""
    begin = max((m.end() for m in CLAUSE_END.finditer(text, 0, start)), default=0)
    stop = CLAUSE_END.search(text, end)
    return text[begin:start], text[end : stop.start() if stop else len(text)]


def _mention_score(before: str, after: str) -> tuple[float, str]:
    """Return (score, kind) of one mention: plan +3, past −3, horizon/neutral +1."""
    if BASE_AFTER.match(after):
        return -1.0, "past"  # "在2012年1.09%的基础上，年均增长10.9%": the base a goal grows from
    # ("2015年国民经济和社会发展计划执行情况及2016年……计划草案": that year's plan carried out, a past;
    # the words after the next year are that year's)
    if "执行情况" in (head := YEAR.split(after, maxsplit=1)[0]):
        after = head.replace("计划执行情况", "执行情况")
    if PAST_BEFORE.search(before) or (PAST_NOUN.search(after) and not PLAN_NOUN.search(after)):
        return -3.0, "past"
    if PLAN_NOUN.search(after) or PLAN_BEFORE.search(before):
        return 3.0, "plan"
    if PAST_MARK.search(after):
        return -2.0, "past"
    if HORIZON_BEFORE.search(before):
        return 1.0, "horizon"
    if FORWARD_MARK.search(after):
        return 2.0, "plan"
    return 1.0, "neutral"


def _inside_quotation(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] sits inside a quotation that closes soon after it (a stray
    “ — "《上海市现代农业“十二五“规划》" — opens nothing for the rest of the text)."""
    opened, closed = text.rfind("“", 0, start), text.rfind("”", 0, start)
    if opened <= closed:
        return False
    close = text.find("”", end)
    return close >= 0 and close - end <= _QUOTE_SPAN and "“" not in text[end:close]


_QUOTE_SPAN = 120  # the longest quoted slogan a year is read inside of
# a later year the same sentence reaches to ("……达到13746元，到2015年要求达到22000元")
_LATER_YEAR = re.compile(r"(?:到|至)\s*((?:19|20)\d\d)\s*年")


def _base_of_later_year(text: str, m: re.Match) -> bool:
    """Return whether the year of ``m`` states a figure its sentence then carries on to a later year."""
    stop = re.search(r"[。！？\n]", text[m.end() :])
    rest = text[m.end() : m.end() + stop.start() if stop else len(text)]
    later = _LATER_YEAR.search(rest)
    return bool(later and int(later.group(1)) > int(m.group(1)) and re.search(r"\d", rest[: later.start()]))


def plan_year(
    title: str,
    texts: list[str],
    date: tuple[int, int] | None = None,
    opening_chars: int = 1500,
) -> YearDecision:
    """Return the year the document plans, weighing the title, the opening text and the date."""
    scores: dict[int, float] = {}
    first_seen: dict[int, int] = {}
    strong: set[int] = set()
    order = 0

    def add(year: int, score: float, is_strong: bool = False) -> None:
        nonlocal order
        scores[year] = scores.get(year, 0.0) + score
        if year not in first_seen:
            first_seen[year] = order
            order += 1
        if is_strong and score > 0:
            strong.add(year)

    if title:
        for m in YEAR.finditer(title):
            # up to the next year: "2023年工作总结和2024年工作计划" plans 2024, sums up 2023
            after = YEAR.search(title, m.end())
            tail = title[m.end() : min(m.end() + 14, after.start() if after else len(title))]
            if TITLE_PLAN.search(tail):
                add(int(m.group(1)), 8.0, True)
            elif TITLE_PAST.search(tail):
                add(int(m.group(1)), 2.0)
            else:
                add(int(m.group(1)), 4.0, True)
    opening = "\n".join(texts)[:opening_chars]
    for m in YEAR.finditer(opening):
        before, after = _context(opening, m.start(), m.end())
        if not re.sub(r"[底末前内初]", "", after).strip():
            # "2019年，全市新增…，同比增长…。": a year that opens a sentence is judged by it
            stop = re.search(r"[。；！？\n]", opening[m.end() :])
            after = opening[m.end() : m.end() + stop.start() if stop else len(opening)]
        quoted = _inside_quotation(opening, m.start(), m.end())
        if quoted and (close := after.find("”")) >= 0:
            after = after[:close]  # the quotation's own words, not what the text calls it after
        score, kind = _mention_score(before, after)
        if score > 0 and _base_of_later_year(opening, m):
            # "2010年本市农村居民可支配收入达到13746元，到2015年要求达到22000元" (上海 2015): the base
            # the plan's change starts from
            score, kind = -1.0, "past"
        if quoted and score > 0:
            # a year inside a slogan the text cites ("聚焦“2029年前后……突破1000亿元，2035年城市规模达到50平方
            # 公里”的……目标" (忠县 2025)): a long-range aim named in passing, not the year planned
            score /= 2
        add(int(m.group(1)), score, kind == "plan")
    # the day of the meeting or report the text tells of ("2023年1月12日在……会议上，……作了政府工作报告"):
    # its year counts as one named (a date is no mention above)
    for m in MEETING_DAY.finditer(opening):
        add(int(m.group(1)), 1.0)
    # the date counts beside a year the text names (a re-posted page's date alone says nothing)
    # (and beside deadlines ahead of it alone: "今年上半年……即到2020年，力争……" dated 2018 is 2018's)
    whole = "\n".join(texts)
    ahead_only = bool(scores) and all(y > date[0] for y in scores) and SO_FAR.search(whole) if date else False
    if date is not None and (any(abs(y - date[0]) <= 1 for y in scores) or ahead_only):
        if THIS_YEAR.search(whole) or ahead_only:
            add(date[0], 3.0, True)
        if date[1] >= 10 and NEXT_YEAR.search(whole):
            add(date[0] + 1, 3.0, True)
    if not scores:
        return YearDecision(None, False)
    against = frozenset(y for y, v in scores.items() if v < 0)
    ranked = sorted(scores, key=lambda y: (-scores[y], first_seen[y]))
    best = ranked[0]
    if scores[best] <= 0:
        return YearDecision(None, False, against=against)
    runner = ranked[1] if len(ranked) > 1 and scores[ranked[1]] > 0 else None
    evidence = "、".join(f"{y}年（{scores[y]:+g}）" for y in ranked[:3])
    return YearDecision(best, best in strong, runner, evidence, against)
