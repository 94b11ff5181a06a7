"""Which parts of a text report what was done (实绩、总结、成效), not what is to be done.

Plan import reads targets sentence by sentence with hand-written rules; on texts nobody tuned them
on, the largest block of wrong rows has always been a whole results page (a 数据包 of last year's
counts, a 总结 without its 计划 half) or the 回顾 section of a plan read as targets. This module
makes that decision once, for each part of a text, from general cues rather than phrases:

- the part's own words: perfective and comparative forms (完成/实现/达到 + 了, 同比, 比上年, 共, 累计,
  首次, 获批, 位列, 截至…) against forward ones (力争, 确保, 目标, 将, 今年, 明年, 下一步…), the
  years it states against the plan's year, how round its numbers are (1594家 is a count, 200家 a
  target);
- its place: the heading above it (总结, 回顾, 成效, 主要做法 vs 目标, 任务, 安排, 要点, 打算), and
  whether the text turns to its plans (今年/明年/下半年/2024年工作安排/主要目标) before or after it;
- the whole text, as a prior: the headline, and the share of parts that look ahead or back.

A part is a paragraph, cut again where a sentence turns to the plans ("……。今年，全市将……"): a
政府工作报告 or a 上半年总结和下半年打算 keeps its plan half. A small logistic model scores each part
that holds a quantity; its weights and threshold are data (``data/resultparts.json``), written by
``benchmarks/train_resultparts.py`` from the corpus (a part holding a hand-checked target is a plan
part, a part with quantities and none is not), with the threshold set so that no part holding a
target of the corpus is judged results-only. Plan import does not import targets from the parts
judged results-only: it lists their numbers under a heading of their own, so nothing is dropped
silently.

Pure: lines in, judgement out. Reading the bundled weights is the only I/O, once, on first use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kjreport.plan import wording
from kjreport.plan.completion import PLAN_AND_PROGRESS
from kjreport.plan.logistic import Model, read_model
from kjreport.plan.yearwords import WITHIN_YEAR

DATA = Path(__file__).with_name("data") / "resultparts.json"

# a quantity: a number with a unit or a percentage ("1594家", "3.69%", "102.54亿元")
QUANTITY = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|‰|个百分点|[万亿千百]*(?:元|美元|家|个|项|件|人|名|所|座|台|套|户|支|次|亩|吨|辆|位|平方米|公顷|条|篇|部|批|期|场|天|人次|人年|倍))"
)
# (not a base the goals grow from: "比重在2012年1.09%的基础上，年均增长10.9%")
YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*年(?![代度]?\s*[—\-－~至到]\s*\d)(?![^，；。]{0,16}?的?基础上)"
)
SENTENCE = re.compile(r"[^。！？；]*(?:[。！？；]|$)")
# a sentence that turns to the plans: what follows it is planned until the text turns back
SWITCH = re.compile(
    r"^[\s（(]*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])?\s*"
    # a meeting's or a speaker's turn to the plans: "会议强调，2020年要……", "他要求，今年……"
    r"(?:(?:会议|大会|[他她]|[\u4e00-\u9fff]{1,3}(?:书记|市长|县长|区长|局长|主任))(?:强调|要求|提出|指出|明确)[，,：:]?)?"
    r"(?:今年|明年|下一步|下一阶段|下阶段|下半年|新的一年|接下来|今后|展望|(?:(?:19|20)\d\d年)?(?:全年)?(?:的)?"
    r"(?:工作|主要|总体|奋斗|预期|发展)?(?:目标|任务|安排|打算|思路|计划|重点|要点)"
    r"|(?:19|20)\d\d年[，,]?(?:全[市县区省])?(?:要|将|力争|计划)"
    # a news report's turn: "据悉，2012年，自治区将继续……" (广西 2012)
    r"|(?:据悉|据了解|另悉)[，,](?:19|20)\d\d年[，,]?[\u4e00-\u9fff]{2,4}?(?:要|将|力争|计划))"
)
HEAD_REPORT = re.compile(
    r"总结|回顾|成效|成绩|成就|完成情况|工作情况|进展|主要做法|基本情况|发展基础|现状|亮点|盘点|综述|述职|数据包|巡礼|纪实|经验"
)
HEAD_PLAN = re.compile(r"目标|任务|安排|要点|打算|思路|计划|部署|举措|措施|意见|方案|规划|重点工作|工作重点|展望")
NUMBERED = re.compile(r"^[\s（(]*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[部分章节条]|[（(][一二三四五六七八九十]+[)）])")
HEADING_CHARS = 36  # a line this short without a full stop inside is a heading

# the part's own words
STRONG_FORWARD = re.compile(
    # (not the noun: "科技项目的争取创历史新高", "通过多方争取和努力" (楚雄 2012))
    r"力争|确保|(?<!项目)(?<!的)(?<!多方)争取(?!的|工作|到|和)|(?<!超过)(?<!超出)(?<!完成)(?<!实现)预期目标|目标是|目标为|奋斗目标|主要目标|工作目标|目标任务|力求|务必"
    r"|计划(?:将|要)?(?:重点)?(?:扶持|新增|实现|完成|培育|认定|建设|新建|新改建|改建|改造|推广|种植|引进|实施|造林|新开工|开工|收购|开发)"  # ("全年计划开发房地产面积近160万平方米" (农安 2014))
    # "本市计划每万人口发明专利拥有量达到18件" (天津 2020): the plan names its measure, then the level
    r"|计划(?=[^，。；：\d]{2,20}?(?:增长|达到|突破|提高|实现)\d)"
    # "市定任务新签约亿元以上项目5个" "2022市级下达年度目标3100万元" (金牛 2022): the year's task issued
    r"|(?:[省市县区州](?:级)?(?:下达|定)的?)(?:年度|全年)?(?:目标任务|目标|任务)(?=[^，。；\d]{0,16}\d)"
    # "有望全年实现净增600户以上": what the whole year is to reach (the corpus counts it a target)
    r"|有望全年(?:实现|达到|突破|完成|超过)"
    # "今年以来，我市锚定全年543亿元招商引资目标" (辽阳 2025): the year's goal a progress report works to
    r"|(?:锚定|紧盯|盯紧|瞄准|对标)(?:全年|年度|今年)"
    # "根据报告计划，2014年陕西省重新确定30个粮食主产县" (陕西 2014): what the plan sets out
    r"|根据[^，。；]{0,12}?(?:计划|规划|安排|部署)[，,]"
    # "到今年年底，全市将认定260家高新技术企业" (沧州 2018): the year's end ahead
    r"|(?:到|至)今年(?:年)?底[，,]?[^。；]{0,12}?将"
    # "今年，二十一团投资人民币4500万元，建设高标高效节能温室650座，目前，……" (二十一团 2011): the year's
    # investment set out before how far it has come
    r"|(?:^|[。\n])今年[，,][^，。；]{0,8}?投资(?:人民币)?\d"
    # a horizon ahead: "到2020年，天津市科技型中小企业总量达到10万家" (not "截至2019年底")
    rf"|{wording.HORIZON_AHEAD}"
    # ("……年均增长10.9%，到2020年达到2.5%以上": the level the horizon is to bring)
    rf"|(?<![截止])(?:到|至)\s*{wording.YEAR_NUM}\s*年(?:底|末)?(?:要|将|力争)?(?:达到|突破|超过)"
    # a goal a report quotes: "……形成后，将达到年主营业务收入总额7000亿元、利税920亿元的目标"
    # (江西 2010), "《规划》提出，“十四五”期间，……年均增幅7.5%以上" (河南 2025)
    r"|将(?:达到|实现)[^。；]{0,40}?的(?:奋斗|发展|总体)?目标|》(?:提出|明确)[，,：:]"
    # the year's task stated inside a completion ratio ("完成全年170家任务的71.8%"): a mid-year
    # report's part that states what the whole year is to reach
    + "|" + wording.TASK_IN_RATIO.pattern
    # "我省今年造林绿化目标420万亩" (河北 2017, a headline): the goal stated with its figure
    + "|" + wording.TARGET_NUMBER
    # a progress table's row run together: "募集青年就业见习岗位325个完成330个，完成率101.54%" (寿县 2023):
    # the year's task figure, then how far it has come
    + r"|\d+(?:\.\d+)?\s*[^\d，。；：\s]{1,3}(?=完成\d[^，。；]{0,10}[，,]\s*完成率)"
    # (and a row whose task is met already: "3.90%的二级综合医院单独设置口腔科已完成")
    + r"|^\*?\d{1,2}[.．、]\d+(?:\.\d+)?%(?:以上)?的[^，。；]{2,30}?已完成"
)
# (not 要素、要求…, nor "大项目、好项目推动，": a verb that ends its clause is no intent)
# (nor 主要, 重要, 需要 …: "主要出口商品中" (海南 2018) plans nothing)
# (nor "开发进程不断加快": a pace that grew is told, not set)
WILL = re.compile(r"将|(?<![主重需只必纲提摘])要(?![素求点件闻害])|拟|需|必须|着力|推动(?![，；。,])|(?<!不断)(?<!明显)加快|进一步")
FORECAST = re.compile(r"预计|预测|有望|可望")
PLAIN_TARGET = re.compile(r"(?:新增|净增|达到|突破|超过|培育|认定|建成|引进|实施|增长|提高|增加|上升|不低于|控制在)(?:到|至)?\s*\d")
PERFECTIVE = re.compile(
    r"(?:完成|实现|达到|新增|增长|突破|获批|认定|建成|引进|培育|获得|取得|超过|提高|下降|增加|减少|组织|举办|开展|签约|落地|争取到|兑现|拨付|发放)了"
)
COMPARED = re.compile(r"同比|比上年|较上年|比去年|较去年|比增|增长了|增幅为|年均增长\d+\.\d+%")
TOTALLED = re.compile(r"共计|共有|共[争获认引建培实签组举申完]|总数达|总量达|累计|合计|总计")
DISTINCTION = re.compile(r"创历史新高|创历史最好|历史最高|首次|首获|首个|(?<![争创要将])成为[^，；。]{0,16}?第一个|荣获|获评|获批|入选|位列|位居|列全省|居全省|排名第|名列|第[一二三四五六七八九十\d]+位|跻身")
# ("督促已建的16家工作站": 已建 before what was built names the existing ones, no report; 已建成 reports)
AS_OF = re.compile(
    r"截至|截止|至目前|目前|现有|现已|已经|已有|已于|已[经完实达获认引培赴]|已建(?:成|立)|(?<![到至\d])年底[，,]"
    # the months so far: "1月到6月，……实现工业总产值595.85亿元", "1-9月，全区新增…"
    r"|(?<!\d)1\s*月?\s*(?:到|至|-|—|～)\s*\d{1,2}\s*月[份]?[，,]"
)
LOOK_BACK = re.compile(
    r"(?<![比较同在])(?:去年|上年)(?!基础|水平)|过去|以来|五年来|一年来|近年来|回顾|期间[，,]|取得了|成效(?!明显提升|显著提升|进一步|更加|不断|持续)|成绩"
    # the state the year ended in: "县域经济总体呈现“缓中趋稳、稳中有进”的发展态势", "发展势头强劲" (府谷 2012)
    r"|呈现[^，。；]{0,20}态势|势头强劲"
)
ANY_PERFECTIVE = re.compile(r"[\u4e00-\u9fff](?<![为除到])了(?!解|如指掌)")  # "申报了", not "为了"
DONE_GOAL = re.compile(r"(?:完成|实现|达到|超过)[^，。；,;]{0,8}目标(?:任务)?")
THIS_YEAR = re.compile(rf"(?<!截至)(?<!截止)(?<!至)今年(?!以来|[上前]|[1-9一二三四]|\d)|本年度|{WITHIN_YEAR}")
NEXT = re.compile(r"明年|下一步|下阶段|下一阶段|下半年|今后|新的一年|接下来|未来")
# a bound after the number ("50家以上") or before it ("比例不低于16%", "控制在3%")
BOUND = re.compile(r"\d(?:%|[^\d，。；,;]{0,4})(?:以上|以内|左右)|(?:不低于|不少于|不超过|不高于|控制在)\s*\d")
ADVANCE = {
    "strong": STRONG_FORWARD,
    "bound": BOUND,
    "will": WILL,
    "forecast": FORECAST,
    "plain": PLAIN_TARGET,
    "this_year": THIS_YEAR,
    "next": NEXT,
}
BACK = {
    "perfective": PERFECTIVE,
    "compared": COMPARED,
    "totalled": TOTALLED,
    "distinction": DISTINCTION,
    "as_of": AS_OF,
    "look_back": LOOK_BACK,
}
# the headline: a report or a plan
TITLE_REPORT = re.compile(
    r"总结|回顾|成效|成绩|成就|综述|盘点|亮点|数据包|完成情况|工作情况|进展|述职|巡礼|纪实|硕果|丰收|喜获|荣获|再创|新高|跃升"
)
TITLE_PLAN = re.compile(r"要点|计划|意见|方案|安排|目标|任务|思路|打算|部署|规划|力争|将|今年|明年")


@dataclass(frozen=True)
class Part:
    """A paragraph, or the piece of one from a sentence that turns to the plans on."""

    line: int
    text: str
    heading: str  # the heading above it ("" when none)
    is_heading: bool = False
    # the text is dated in the last two months of the plan's year: its 今年 is the year ending
    # ("2013-12-18 … 今年，桑植县申报科技计划项目10项"), no plan unless 将/要… says so
    late: bool = False


@dataclass
class Judgement:
    """Which parts report results: their lines and texts, each part's score, and whether the whole
    text is a results-only text (every part holding a quantity is judged results-only)."""

    parts: list[Part] = field(default_factory=list)
    scores: list[float | None] = field(default_factory=list)  # None: not judged (``scored``)
    results: list[bool] = field(default_factory=list)
    whole: bool = False
    _text: tuple[str, list[int]] | None = field(default=None, init=False, repr=False, compare=False)

    def results_part_of(self, sentence: str) -> Part | None:
        """Return the results-only part ``sentence`` (a target's 原文) is in, or None."""
        joined, starts = self._joined()
        key = _compact(sentence)
        for head in (key, key[:16], key[:8]):
            if not head:
                continue
            # the first part holding ``head``: no compacted part holds "\n", so no match spans two
            at = joined.find(head)
            if at >= 0:
                i = bisect_right(starts, at) - 1
                return self.parts[i] if self.results[i] else None
        return None

    def _joined(self) -> tuple[str, list[int]]:
        """Return the parts' texts without white space joined by "\n", and where each starts
        (made once: a plan's every target asks)."""
        if self._text is None:
            texts = [_compact(part.text) for part in self.parts]
            starts, at = [], 0
            for text in texts:
                starts.append(at)
                at += len(text) + 1
            self._text = ("\n".join(texts), starts)
        return self._text


@lru_cache(maxsize=1)
def load_model(path: Path = DATA) -> Model:
    """Return the bundled model (``benchmarks/train_resultparts.py`` writes it)."""
    return read_model(path)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def _heading_line(text: str) -> bool:
    body = _compact(text)
    if body.endswith(("：", ":")) and len(body) <= 2 * HEADING_CHARS:
        return True  # a label over the lines after it: "明确11项主要指标："
    if not body or len(body) > HEADING_CHARS:
        return False
    inner = body.rstrip("。：:；")
    return "。" not in inner and not QUANTITY.search(inner) or bool(NUMBERED.match(text)) and len(body) <= 24


def split_parts(lines: Sequence[tuple[int, str]], late: bool = False) -> list[Part]:
    """Return the parts of a text: its paragraphs, each cut again where its sentences turn from
    looking back to looking ahead or back again ("……。今年，全市将……"), with the heading above;
    ``late``: the text is dated at the end of the plan's year (``dated_late``)."""
    parts: list[Part] = []
    heading = ""
    for number, text in lines:
        text = text.strip()
        if not text:
            continue
        if _heading_line(text):
            heading = text
            parts.append(Part(number, text, heading, is_heading=True, late=late))
            continue
        piece: list[str] = []
        mode = ""
        for sentence in SENTENCE.findall(text):
            if not sentence:
                continue
            now = _mode(sentence, late)
            if piece and now and mode and now != mode:
                parts.append(Part(number, "".join(piece), heading, late=late))
                piece = []
            mode = now or mode
            piece.append(sentence)
        if piece:
            parts.append(Part(number, "".join(piece), heading, late=late))
        if wording.GOALS_FOLLOW.search(text):
            # "……明年全镇经济社会发展的主要预期目标是：" (徐泾 2012): the next paragraph lists them
            heading = SENTENCE.findall(text)[-2] if text.endswith(("：", ":")) else heading
    return parts


def dated_late(date: tuple[int, int] | None, year: int | None) -> bool:
    """True for a text dated (``wording.document_date``) in November or December of ``year``, or
    in the year after it ("2022-03-08 …：2021年，我市……" (平凉 2021): the year is told looking back)."""
    return date is not None and year is not None and (date[0] == year and date[1] >= 11 or date[0] == year + 1)


def _mode(sentence: str, late: bool = False) -> str:
    """Return "ahead" for a sentence that looks ahead, "back" for one that reports, "" else."""
    if looks_ahead(sentence, late):
        return "ahead"
    if any(rx.search(sentence) for rx in BACK.values()):
        return "back"
    return ""


TASK_THEN_PROGRESS = re.compile(
    r"^[^。]*?(?:不少于|不低于|以上|达到|达)[^。]*?\d[^。]*。\s*(?:上半年|前三季度|一季度|截至[^，。]{0,10}?)[，,]"
)
TASK_STATED = re.compile(
    r"(?:目标)?任务(?:数)?(?:是|为)[^，。；\d]{0,4}\d"
    # "今年全区建设任务2.4万亩，截至目前，……" (武清 2009)
    r"|(?:^|[，；：。])\s*(?:今年|全年|本年度?)[^，。；\d]{0,12}?(?<!完成)(?<!下达)任务(?:数|量)?\s*\d"
)


def looks_ahead(text: str, late: bool = False) -> bool:
    """True when ``text`` says it plans: 力争、确保、目标、明年、下一步…, or 今年 in a part that
    reports nothing done (“今年，我局组织申报了14个”, “截至今年”, “今年以来” report) — in a text
    dated at the year's end (``late``) only with a word of intent (将、要…).
    Such a part is never judged results-only."""
    if wording.TASK_IN_RATIO.search(text):  # "完成年度目标任务60家的75%": states the year's task
        return True
    # "2012年，宁明县的甘蔗扩种任务是4.5万亩": the year's task stated
    if TASK_STATED.search(text):
        return True
    # "——全年地区生产总值计划增长9%。上半年完成……": a progress report states the year's plan
    if any(PLAN_AND_PROGRESS.match(line) for line in text.split("\n")):
        return True
    # "引进……投资项目不少于3个；……。上半年，引进……" (咸宁 2021): the task set, then its progress
    if TASK_THEN_PROGRESS.match(text):
        return True
    text = DONE_GOAL.sub("", text)  # "超额完成年度目标任务": a goal reached, no plan
    switch = SWITCH.match(text)
    if STRONG_FORWARD.search(text) or NEXT.search(text) or (switch and not switch.group().endswith("今年")):
        return True
    if wording.TARGET_SETTING.search(text):  # "行动方案设定了2019年高新区发展指标。主要包括：…"
        return True
    if late and not WILL.search(text):
        return False
    return bool(THIS_YEAR.search(text)) and not (ANY_PERFECTIVE.search(text) or AS_OF.search(text))


def _bucket(x: float, edges: Sequence[float]) -> int:
    return sum(x >= e for e in edges)


def _unround(number: str) -> bool:
    """A figure counted, not set: two decimals (102.54), or a whole number ≥ 100 that is no
    multiple of 10 (1594)."""
    if "." in number:
        return len(number.split(".")[1]) >= 2
    return int(number) >= 100 and int(number) % 10 != 0


def _cues(text: str) -> tuple[set[str], set[str]]:
    ahead = {k for k, rx in ADVANCE.items() if rx.search(text)}
    back = {k for k, rx in BACK.items() if rx.search(text)}
    return ahead, back


def features(parts: Sequence[Part], title: str, year: int | None) -> list[list[str]]:
    """Return the features of each part (see the module's docstring)."""
    body = [p for p in parts if not p.is_heading]
    cues = [_cues(p.text) for p in parts]
    doc: list[str] = []
    # a first line that is body text is no headline (a subtitle under it is judged apart)
    head = "".join(_compact(line)[:60] for line in title.split("\n") if _heading_line(line))
    if TITLE_REPORT.search(head):
        doc.append("T:report")
    if TITLE_PLAN.search(head):
        doc.append("T:plan")
    if any(p.late for p in parts):
        doc.append("D:late")
    if body:
        n = len(body)
        ahead_share = sum(bool(a & {"strong", "this_year", "next"}) for p, (a, _) in zip(parts, cues, strict=True) if not p.is_heading) / n
        back_share = sum(bool(b) and not a & {"strong"} for p, (a, b) in zip(parts, cues, strict=True) if not p.is_heading) / n
        doc.append(f"D:ahead={_bucket(ahead_share, (0.01, 0.25, 0.5))}")
        doc.append(f"D:back={_bucket(back_share, (0.25, 0.5, 0.75))}")
    if year is not None:
        years = [int(y) for p in parts for y in YEAR.findall(p.text)]
        if years and all(y < year for y in years):
            doc.append("D:years_all_before")
        if year not in years and "今年" not in "".join(p.text for p in parts):
            doc.append("D:no_this_year")
    switches = [i for i, p in enumerate(parts) if SWITCH.match(p.text) or (p.is_heading and HEAD_PLAN.search(p.text))]
    out: list[list[str]] = []
    for i, (part, (ahead, back)) in enumerate(zip(parts, cues, strict=True)):
        f = list(doc)
        f += [f"A:{k}" for k in ahead]
        f += [f"B:{k}" for k in back]
        if not ahead:
            f.append("A:none")
        if not back:
            f.append("B:none")
        if back and not ahead & {"strong", "will", "this_year", "next", "plain"}:
            f.append("X:back_only")
        if ahead & {"strong", "this_year", "next"} and not back:
            f.append("X:ahead_only")
        if year is not None:
            years = [int(y) for y in YEAR.findall(part.text)]
            if years:
                if all(y < year for y in years):
                    f.append("Y:all_before")
                elif year in years:
                    f.append("Y:this")
                elif all(y > year for y in years):
                    f.append("Y:after")
        numbers = QUANTITY.findall(part.text)
        if numbers:
            share = sum(_unround(x) for x in numbers) / len(numbers)
            f.append(f"N:unround={_bucket(share, (0.01, 0.5))}")
            f.append(f"N:count={_bucket(len(numbers), (2, 5, 10))}")
        if part.heading:
            if HEAD_REPORT.search(part.heading):
                f.append("H:report")
            if HEAD_PLAN.search(part.heading):
                f.append("H:plan")
        else:
            f.append("H:none")
        if switches and switches[0] < i:
            f.append("S:after_switch")
        elif switches and switches[-1] > i:
            f.append("S:before_switch")
        else:
            f.append("S:none")
        if SWITCH.match(part.text):
            f.append("S:opens")
        out.append(f)
    return out


def scored(part: Part) -> bool:
    """True for a part the model judges: it holds a quantity, does not say it plans, and no
    heading above it says it plans (目标、任务、安排… without 总结、回顾、完成情况…)."""
    planned_head = bool(HEAD_PLAN.search(part.heading)) and not HEAD_REPORT.search(part.heading)
    return (
        not part.is_heading
        and bool(QUANTITY.search(part.text))
        and not looks_ahead(part.text, part.late)
        and not planned_head
        and not _run_together(part.text)
    )


# a part this long is a page that lost its paragraph breaks (a news story run into one block)
RUN_TOGETHER_CHARS = 400


def _run_together(text: str) -> bool:
    """True for a part long enough to be several paragraphs run together that also speaks of what
    is to come (将/要, a bound, a plain target): one judgement for the whole block would drop its
    plans with its results, so its sentences are left to the sentence rules."""
    ahead, _ = _cues(text)
    return len(text) >= RUN_TOGETHER_CHARS and len(ahead & {"will", "bound", "plain", "this_year"}) >= 2


# a sign of looking back; 同比/比上年, 累计 and 位列 alone are not one ("比上年提高0.2个百分点",
# "累计建成院士工作站12个" and "跃居全省前40位" are plans' words too)
EVIDENCE = frozenset({"B:perfective", "B:as_of", "B:look_back", "H:report", "T:report", "Y:all_before", "D:late"})
# figures counted, not set ("全年完成生产总值1003.89亿元，增长15%" (神木 2012)): a sign of looking back
# in a part that says nothing of what it will do ("市科协将抓好……1336个" (绥化 2009) plans)
COUNTED_FIGURES = "N:unround=2"
INTENT = frozenset({"A:will", "A:strong", "A:bound", "A:next", "A:this_year"})
MANY_FIGURES = frozenset({"N:count=2", "N:count=3"})


def judgeable(part: Part, feats: Sequence[str]) -> bool:
    """True for a part the model judges (``scored``) that shows some sign of looking back: a
    perfective or as-of word, 去年/以来, a year before the plan's, a 总结/回顾 heading or a headline
    that reports. A bare "请50家企业参加" is never judged results-only."""
    # (five figures or more: one "技术合同成交额达到525亿元" is a target however it is rounded)
    counted = COUNTED_FIGURES in feats and bool(MANY_FIGURES.intersection(feats)) and not INTENT.intersection(feats)
    return scored(part) and (counted or any(f in EVIDENCE for f in feats))


def _headline(lines: Sequence[tuple[int, str]]) -> str:
    """Return the first line, with the subtitle under it ("——2013年平果县各乡镇工作亮点扫描")."""
    first, *rest = [t.strip() for _, t in lines if t.strip()][:2] or [""]
    if rest and re.match(r"^(?:——|--|—)", rest[0]):
        return first + "\n" + rest[0]
    return first


def _this_years_results(parts: Sequence[Part], feats: Sequence[Sequence[str]], results: list[bool]) -> list[bool]:
    """A text that reports this year's results (a part judged results says 今年 or names the year:
    "今年，该镇成功拍卖……，目前已完成主体工程建设") reads a part whose only look ahead is a bare 今年
    ("今年，完成涉农建设项目5.64万亩，其中：……" (乌敦套海 2014)), or 今年 beside a plain verb and counts
    totalled or compared with last year, as results too; a part with a word of intent or a bound is left
    as it was, and so is every part of a text whose results are last year's."""
    # ("2012年组织申报省科学技术奖6项，获奖3项" judged results: the year itself named (楚雄 2012))
    telling = any(
        r and ("A:this_year" in f or "Y:this" in f) and not p.is_heading for r, f, p in zip(results, feats, parts, strict=True)
    )
    if not telling:
        return results
    out = list(results)
    for i, (part, f) in enumerate(zip(parts, feats, strict=True)):
        ahead = {x for x in f if x.startswith("A:")}
        # ("全年共组织申报……55项，获得立项34项，……较去年增长26%": a plain verb beside counts totalled or
        # compared with last year)
        counted = ahead == {"A:this_year", "A:plain"} and bool({"B:compared", "B:totalled", "B:perfective"} & set(f))
        if out[i] or part.is_heading or not QUANTITY.search(part.text) or (ahead != {"A:this_year"} and not counted):
            continue
        planned_head = bool(HEAD_PLAN.search(part.heading)) and not HEAD_REPORT.search(part.heading)
        if not planned_head and not looks_ahead(THIS_YEAR.sub("", part.text), part.late):
            out[i] = True
    return out


def judge(
    lines: Sequence[tuple[int, str]],
    title: str = "",
    year: int | None = None,
    model: Model | None = None,
    date: tuple[int, int] | None = None,
) -> Judgement:
    """Return which parts of the text (``lines``: numbered plain lines, as the parser reads them)
    report results; ``title`` is the headline, ``year`` the year targets are wanted for, ``date``
    the (year, month) the text is dated (``wording.document_date``)."""
    model = model or load_model()
    parts = split_parts(lines, dated_late(date, year))
    feats = features(parts, title or _headline(lines), year)
    scores: list[float | None] = []
    for part, f in zip(parts, feats, strict=True):
        scores.append(model.probability(f) if judgeable(part, f) else None)
    results = [s is not None and s >= model.threshold for s in scores]
    results = _this_years_results(parts, feats, results)
    # the whole text reports results when every part with a quantity does (none looks ahead)
    counted = [r for r, p in zip(results, parts, strict=True) if not p.is_heading and QUANTITY.search(p.text)]
    return Judgement(parts, scores, results, whole=bool(counted) and all(counted))
