"""A learned score for each target plan import reads: how likely the row is a real target of the year.

Plan import and its review flags (``review.py``) are hand-written rules; each blind batch of plans
brings numbers they misread (a subsidy's ceiling, last year's result, a forecast, a programme's
count). This module scores a row with a small logistic regression over features of the row's
原文 (character pairs around the number and in its clause, cue words), of the row itself (unit,
kind, comparator, name, and whether the name's measure — a share, money, a count — fits the unit),
of its document (headline, share of sentences that report results, the years it speaks of, the share
of its rows review doubts or reads as results) and the review signals that fire on it. The weights are data
(``data/scorer.json``), produced by ``benchmarks/train_scorer.py`` from the blind batches' first-run
rows (and today's parser's rows over the corpus); that script also measures the scorer leave one
batch out.

Pure: targets and line texts in, probabilities and Chinese reasons out. Reading the bundled
weights is the only I/O, once, on first use.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from kjreport.model import Target
from kjreport.plan import review as rv
from kjreport.plan.logistic import Model, read_model
from kjreport.plan.yearwords import YEAR_NUM

DATA = Path(__file__).with_name("data") / "scorer.json"

WINDOW = 6  # characters before the number (and after it) whose pairs are features
NEAR = 16  # characters of the clause before the number whose pairs are features too
YEAR = re.compile(rf"(?<!\d)({YEAR_NUM})\s*年")
DIGITS = re.compile(r"\d+(?:\.\d+)?")
SENTENCE_END = re.compile(r"(?<=[。；！？])")
# words of a report of what was done, and of what is planned
PAST_WORD = re.compile(r"已|完成了|实现了|达到了|获批|同比|比上年|较上年|位列|位居|共计|累计|截至|截止|去年|上年")
FORECAST = re.compile(r"预计|预测|有望")
HEAD_REPORT = re.compile(r"总结|回顾|成效|完成情况|工作情况|一季度|上半年|前三季度|今年以来|截至")
HEAD_PLAN = re.compile(r"要点|意见|计划|安排|目标|任务|部署|方案|打算")
CJK = re.compile(r"[\u4e00-\u9fff]")
HEADLINE_LINES = 2  # the title and the line under it (a plan's own opening often looks back)
TERM_PLAN = re.compile(rf"十[一二三四五六七八九]五|规划|纲要|到\s*{YEAR_NUM}\s*年")


@lru_cache(maxsize=1)
def load_model(path: Path = DATA) -> Model:
    """Return the bundled model (``benchmarks/train_scorer.py`` writes it)."""
    return read_model(path)


@lru_cache(maxsize=1)
def set_aside_threshold(path: Path = DATA) -> float:
    """Return the score below which plan import sets a row aside as surely no target of the year
    (listed, not imported; 0 sets nothing aside). ``benchmarks/train_scorer.py`` chooses it leave
    one batch out so that (almost) no right row falls below it, and below every row of the corpus
    the parser reads right."""
    return float(json.loads(path.read_text(encoding="utf-8")).get("set_aside", 0.0))


def _norm(text: str) -> str:
    """Digits as 0 and no spaces: features speak of the form of a sentence, not of its numbers."""
    return re.sub(r"\d", "0", re.sub(r"\s+", "", text))


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _bucket(n: float, edges: Sequence[float]) -> int:
    return sum(n >= e for e in edges)


def document_features(
    ctx: rv.Context, worded: Sequence[bool] | None = None, fired: Sequence[Iterable[str]] | None = None
) -> list[str]:
    """Return the features of the whole text: its headline, how much of it reports results, which
    years it speaks of, how many rows were read from it, how many of them have a target word
    (``worded``, per row) and how many of them review signals doubt (``fired``: the signals that fire
    on each row); both computed when None."""
    out = []
    heads = [x.strip() for x in ctx.lines if x.strip()][:HEADLINE_LINES]
    heads = [h for h in heads if len(h) <= rv.HEADLINE_CHARS]
    if any(HEAD_REPORT.search(h) for h in heads):
        out.append("D:head_report")
    if any(HEAD_PLAN.search(h) for h in heads):
        out.append("D:head_plan")
    if any(TERM_PLAN.search(h) for h in heads):
        out.append("D:head_term")
    sentences = [s for line in ctx.lines for s in SENTENCE_END.split(line) if DIGITS.search(s)]
    if sentences:
        past = sum(bool(PAST_WORD.search(s)) and not rv._forward(s) for s in sentences)
        forward = sum(rv._forward(s) for s in sentences)
        out.append(f"D:past_share={_bucket(past / len(sentences), (0.15, 0.35, 0.6))}")
        out.append(f"D:forward_share={_bucket(forward / len(sentences), (0.2, 0.4, 0.6))}")
    if ctx.year is not None:
        years = [int(y) for line in ctx.lines for y in YEAR.findall(line)]
        this = sum(y == ctx.year for y in years)
        before = sum(y < ctx.year for y in years)
        after = sum(y > ctx.year for y in years)
        out.append(f"D:earlier_years={'more' if before > this else 'some' if before else 'none'}")
        if after > this:
            out.append("D:later_years_more")
        if not this:
            out.append("D:no_year_word")
        if "今年" in "".join(ctx.lines):
            out.append("D:this_year_word")
    out.append(f"D:rows={_bucket(len(ctx.targets), (3, 10, 30))}")
    if ctx.targets:
        if worded is None:
            worded = [rv._has_target_word(t) for t in ctx.targets]
        out.append(f"D:target_words={_bucket(sum(worded) / len(ctx.targets), (0.3, 0.6, 0.9))}")
        # how many of the text's rows review doubts, and how many look like results: a row among
        # many doubted ones is doubtful too (a report whose few plan-like sentences are results too)
        if fired is None:
            fired = [fired_signals(t, ctx) for t in ctx.targets]
        sets = [set(f) & SCORED for f in fired]
        n = len(sets)
        out.append(f"D:flagged={_bucket(sum(bool(f) for f in sets) / n, (0.2, 0.4, 0.7))}")
        out.append(f"D:past_rows={_bucket(sum(bool(f & PAST_SIGNALS) for f in sets) / n, (0.1, 0.3, 0.6))}")
    return out


# the review signals that say a row reports results or the present state rather than a target
PAST_SIGNALS = frozenset(
    ("as_of", "past_para", "narrated", "done_words", "result", "report_doc", "reported", "roughly", "past_heading",
     "results_doc")
)


def row_features(
    t: Target, ctx: rv.Context, doc: Sequence[str] = (), fired: set[str] | None = None
) -> list[str]:
    """Return the features of one row (its 原文, its fields, the review signals that fire on it:
    ``fired``, computed when None) and of its document (``doc``, from ``document_features``)."""
    out = list(doc)
    clause = rv.clause_of(t)
    before = rv._before_number(clause, t)
    after = rv._after_number(clause, t)
    out += [f"L:{p}" for p in _pairs(_norm(before)[-WINDOW:])]
    if after is None:
        out.append("R:none")
    else:
        out += [f"R:{p}" for p in _pairs(_norm(after)[:WINDOW])]
    # the clause near the number only: a long list ("新建10个…、建设20个…、50个…") says little of one item
    out += [f"C:{p}" for p in _pairs(_norm(before)[-NEAR:] + "0" + _norm(after or "")[:WINDOW])]
    out += [f"N:{p}" for p in _pairs(_norm(t.indicator)[-4:])]
    sentence = (t.sentence or "").replace(t.indicator, "")
    lead = _lead_in(t, before) + clause
    cues = {
        "forward": rv._forward(lead),
        "forward_sentence": rv._forward(sentence),
        "result": bool(rv.RESULT_CUE.search(clause)),
        "past_word": bool(PAST_WORD.search(lead)),
        "forecast": bool(FORECAST.search(lead)),
        "per_unit": bool(rv.PER_UNIT.search(before)),
        "target_word": bool(rv.TARGET_WORD.search(lead)),  # review._has_target_word
        "table": sentence.count("|") >= 2,
        "this_year": "今年" in lead or "全年" in lead or "年内" in lead,
    }
    out += [f"S:{k}" for k, on in cues.items() if on]
    if ctx.year is not None:
        years = {int(y) for y in YEAR.findall(rv.BASE_YEAR.sub("", t.sentence or ""))}
        if years:
            out.append("S:year_this" if ctx.year in years else "S:year_earlier" if max(years) < ctx.year else "S:year_later")
    out += [f"U:{t.unit or '-'}", f"K:{t.kind}", f"CMP:{t.comparison}"]
    if t.stretch is not None:
        out.append("F:stretch")
    if t.upper is not None:
        out.append("F:upper")
    out.append(f"F:name_len={_bucket(len(t.indicator), (3, 6, 12, 24))}")
    out.append(f"F:value={_bucket(abs(t.value), (1, 10, 100, 1000, 1e5))}")
    titles = " ".join(ctx.headings.get(code, "") for code in t.plan_items)
    if rv.PAST_HEADING.search(titles):
        out.append("H:past")
    if rv.GOAL_WORD.search(titles):
        out.append("H:goal")
    if _in_catalogue(t.indicator, ctx.names):
        out.append("F:in_catalogue")
    if fired is None:
        fired = fired_signals(t, ctx)
    out += [f"G:{name}" for name in SCORED_SIGNALS if name in fired]
    out += [f"G:{name}" for name in CHEAP_SIGNALS if rv.SIGNALS[name](t, ctx)]
    out += _more_cues(t, ctx)
    return out


# the unit a row's value is written in, by family
UNIT_FAMILY = (
    ("money", re.compile(r"^(?:万亿|亿|万|千|百)?(?:元|美元)$")),
    ("share", re.compile(r"^(?:%|‰|个百分点)$")),
    ("count", re.compile(r"^(?:家|个|项|件|人|名|户|所|支|次|场|人次|篇|部|条|批|座|台|套|种|位|处|只|头|株|期|届)$")),
    ("none", re.compile(r"^-?$")),
)
# a name that counts things ("……企业", "……平台"): its value is a number of them, not a share
COUNT_NAME = re.compile(
    r"(?:企业|机构|平台|中心|基地|实验室|站|园区|项目|人才|团队|专利|成果|载体|空间|孵化器|院|所|户|村|乡|镇|工程|计划|标准|品种)$"
)
# a five-year plan's or a longer term's figure, not the year's: "“十三五”发展目标是……", "到“十四五”期末"
TERM = re.compile(r"十[一二三四五六七八九]五|期末|中长期|远景")
# review signals review does not use (too many right rows alone), cheap, that the scorer may weigh
MORE_SIGNALS = ("comparator", "twice", "no_word")


def _unit_family(unit: str) -> str:
    return next((name for name, pattern in UNIT_FAMILY if pattern.match(unit or "")), "other")


def _name_family(name: str) -> str:
    if rv.RATIO_NAME.search(name) or rv.GROWTH_NAME.search(name):
        return "ratio"
    if rv.MONEY_NAME.search(name):
        return "money"
    if COUNT_NAME.search(name):
        return "count"
    return "other"


def _more_cues(t: Target, ctx: rv.Context) -> list[str]:
    """Return the cues that compare the row with itself and its kind: what its name says it
    measures (a share, an amount of money, a count) against the unit its value is written in, for a
    level or for a growth ("X:count>share>level": a count named with a percentage); a sentence
    about a longer term than the year; review signals that review leaves unused."""
    kind = "grow" if t.kind in ("增速", "提高") else "level"
    out = [f"X:{_name_family(t.indicator)}>{_unit_family(t.unit)}>{kind}"]
    if TERM.search(t.sentence or ""):
        out.append("S:term")
    out += [f"G:{name}" for name in MORE_SIGNALS if rv.SIGNALS[name](t, ctx)]
    return out


def _lead_in(t: Target, before: str) -> str:
    """Return ``review._lead_in(t)`` given the clause's text before the number (computed once)."""
    sentence = re.sub(r"(?<=\d)\s+(?=\d)", "", t.sentence or "")
    at = sentence.find(before) if before else -1
    head = sentence[: at + len(before)] if at >= 0 else before
    return re.split(r"[。；！？]", head)[-1]


def _in_catalogue(name: str, names: Sequence[str]) -> bool:
    """True when ``name`` is a catalogue name or holds one (or is held by one) of 4+ characters —
    ``review._unknown`` without its slow similarity measure."""
    exact, long_names, joined = _catalogue_index(tuple(names))
    if name in exact or (name and name in joined):
        return True
    return any(name[i:j] in long_names for i in range(len(name)) for j in range(i + 4, len(name) + 1))


@lru_cache(maxsize=4)
def _catalogue_index(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], str]:
    long_names = [n for n in names if len(n) >= 4]
    return frozenset(names), frozenset(long_names), "\x00".join(long_names)


# the review signals the scorer reads: those ``review_flags`` computes anyway (so scoring costs
# little), but not the ones about how a row will be judged rather than whether it is a target
SCORED_SIGNALS = tuple(name for name in rv.USED if name not in rv.ALWAYS)
SCORED = frozenset(SCORED_SIGNALS)


def fired_signals(t: Target, ctx: rv.Context) -> set[str]:
    """Return the scored review signals that fire on ``t``."""
    return {name for name in SCORED_SIGNALS if rv.SIGNALS[name](t, ctx)}

# and two review does not use, cheap to compute
CHEAP_SIGNALS = ("short", "long")


def context(
    targets: Sequence[Target],
    *,
    year: int | None = None,
    names: Iterable[str] = (),
    headings: Mapping[str, str] | None = None,
    lines: Iterable[str] = (),
) -> rv.Context:
    """Return what the features of ``targets`` (one plan's rows) are read from."""
    return rv.Context(year, list(targets), tuple(names), dict(headings or {}), tuple(lines))


def features(ctx: rv.Context, fired: Sequence[Iterable[str]] | None = None) -> list[list[str]]:
    """Return the features of each of ``ctx.targets``; ``fired`` are the review signals that fire on
    each (``review.signal_reasons``), computed here when not given."""
    sets = [fired_signals(t, ctx) for t in ctx.targets] if fired is None else [set(f) for f in fired]
    rows = [row_features(t, ctx, (), f) for t, f in zip(ctx.targets, sets, strict=True)]
    doc = document_features(ctx, ["S:target_word" in r for r in rows], sets)
    return [doc + r for r in rows]


def scores(ctx: rv.Context, fired: Sequence[Iterable[str]] | None = None, model: Model | None = None) -> list[float]:
    """Return, for each of ``ctx.targets``, the probability that it is a real target of the year (0–1)."""
    model = model or load_model()
    return [model.probability(f) for f in features(ctx, fired)]


# what a feature says, for the reason a clerk reads: the strongest feature against a row
CUE_TEXT = {
    "S:per_unit": "数字前有资助、奖励一类的词，像补助标准",
    "S:past_word": "原文有“已”“同比”“去年”一类的词，像往年实绩",
    "S:result": "原文有实绩用语，像往年实绩",
    "S:forecast": "原文有“预计”“有望”，像预计数",
    "S:year_earlier": "原文写的是往年，像往年实绩",
    "S:year_later": "原文写的是以后的年度，像远期目标",
    "S:table": "表格中的数",
    "H:past": "所在部分是往年总结，像往年实绩",
    "D:head_report": "标题像工作报道或总结，像往年实绩",
    "D:earlier_years=more": "全文多讲往年，像往年实绩",
    "D:later_years_more": "全文多讲以后的年度，像远期规划",
    "D:no_year_word": "全文没有写本年度",
    "D:this_year_word": "全文以“今年”叙述，像新闻报道",
    "D:past_share=2": "全文实绩句较多，像往年实绩",
    "D:past_share=3": "全文多是实绩句，像往年实绩",
    "D:forward_share=0": "全文很少有“力争”“确保”等目标用语",
    "R:none": "原文中找不到这个数",
    "F:upper": "读成了区间",
    "F:stretch": "读出了争取值",
    "K:新增": "读成了新增数，请核对是否为新增",
    "K:累计": "读成了累计数，请核对",
    "U:-": "没有单位",
    "D:flagged=3": "全文读出的行大多有疑点",
    "D:past_rows=2": "全文不少行像往年实绩",
    "D:past_rows=3": "全文多数行像往年实绩",
    "S:term": "原文讲的是五年规划或更长远的目标",
}
# a row whose name and unit disagree ("X:<name family>><unit family>><level|grow>")
MISMATCH_TEXT = {
    ("count", "share", "level"): "名称像个数，数值却是百分比",
    ("count", "money", "level"): "名称像个数，单位却是金额",
    ("ratio", "count", "level"): "名称像比重，单位却是个数",
    ("ratio", "money", "level"): "名称像比重，单位却是金额",
    ("money", "count", "level"): "名称像金额，单位却是个数",
    ("money", "share", "level"): "名称像金额，数值却是百分比",
}
PREFIX_TEXT = {
    "L": "数字前“{}”一类的写法",
    "R": "数字后“{}”一类的写法",
    "C": "原文“{}”一类的写法",
    "N": "名称“{}”一类的写法",
}


def describe(feature: str) -> str:
    """Return what ``feature`` says, in Chinese, for a clerk ("" for one that says nothing a clerk
    can check, such as the number of rows read)."""
    if feature in CUE_TEXT:
        return CUE_TEXT[feature]
    prefix, _, rest = feature.partition(":")
    if prefix == "X":
        return MISMATCH_TEXT.get(tuple(rest.split(">")), "")
    if prefix == "G":
        return SIGNAL_TEXT.get(rest, "")
    if prefix in PREFIX_TEXT and CJK.search(rest):  # "00" (a number) says nothing a clerk can check
        return PREFIX_TEXT[prefix].format(rest.replace("0", "N")) + "多见于不是目标的数字"
    return ""


# a review signal named as a cue (its own reason is given by review_flags when it is used)
SIGNAL_TEXT = {
    "per_unit": "像补助标准",
    "threshold": "像划分企业类别的门槛",
    "result": "像往年实绩",
    "done_words": "像往年实绩",
    "as_of": "像已达到的现状",
    "past_para": "所在段落讲往年，像往年实绩",
    "past_heading": "所在部分是往年总结",
    "report_doc": "全文像工作报道",
    "results_doc": "全文像往年总结",
    "reported": "像报道已做的工作",
    "narrated": "像报道已做的工作",
    "programme": "像工程或计划的个数",
    "listed_count": "像所列项目的个数",
    "score": "像考核分值或权重",
    "issue": "像期号或批次",
    "start_value": "像起点数",
    "other_year": "像其他年度的数",
    "no_word": "原文没有目标用语",
    "unknown": "指标库中没有相近的指标",
    "unknown_noword": "没有目标用语，指标库中也没有相近的指标",
    "implausible": "数值与单位不相称",
    "dangling": "名称可能不完整",
    "digit": "名称中有数字，可能把数字读断了",
    "kind": "目标类型可能判断错了",
    "kind_far": "目标类型可能判断错了",
    "goal_word": "名称像是“目标”“任务”一类的词",
    "verb_start": "名称可能连带了前面的句子",
    "verb_name": "名称像是一句话",
    "place": "名称含地名或单位",
    "quarter": "像季度或月度的数",
    "half_range": "像区间的一端",
    "compare_start": "名称像是比较的说法",
    "stock_after": "后面紧接着写了总数，这个数可能是新增数",
    "new_total": "名称以“新建”“新形成”等开头，可能是新增数",
    "roughly": "像“……余家”一类的实绩",
    "staff": "像工作人员的安排",
    "explained": "像括号里的说明",
    "time_name": "名称中有“今年”一类的词",
    "duplicate": "可能与另一行重复",
    "stretch_else": "争取值可能出自另一项目标",
    "work_rate": "像工作过程的比率",
    "comparator": "原文没有比较用语，比较方式是推测的",
    "twice": "同一指标读出了不同的目标值",
}


def strongest_cue(feats: Iterable[str], model: Model) -> str:
    """Return the feature a clerk can check (``describe``) that speaks most against the row ("" when
    none does)."""
    against = sorted(
        (model.weights[f], f) for f in set(feats) if model.weights.get(f, 0.0) < 0 and describe(f)
    )
    return against[0][1] if against else ""


def unlikely_reasons(
    ctx: rv.Context,
    fired: Sequence[Iterable[str]] | None = None,
    model: Model | None = None,
    threshold: float | None = None,
) -> list[str]:
    """Return, for each of ``ctx.targets``, why the scorer is sure it is no target of the year (its
    score is below ``set_aside_threshold``), or "" for a row that is kept."""
    model = model or load_model()
    threshold = set_aside_threshold() if threshold is None else threshold
    return _doubts(ctx, fired, model, threshold, lambda p: f"机器判读是本年度目标的可能不到{max(1, math.ceil(100 * p))}%")


def low_reasons(
    ctx: rv.Context, fired: Sequence[Iterable[str]] | None = None, model: Model | None = None
) -> list[str]:
    """Return, for each of ``ctx.targets``, a Chinese 核对提示 when the scorer doubts it ("" otherwise):
    how likely it is a target of the year and the strongest cue against it."""
    model = model or load_model()
    return _doubts(ctx, fired, model, model.threshold, lambda p: f"机器判读把握不大：是本年度目标的可能约{round(100 * p)}%")


def _doubts(ctx: rv.Context, fired, model: Model, threshold: float, said) -> list[str]:
    """Return, per target, ``said(probability)`` and the strongest cue against it for a row
    scoring below ``threshold``, or "" for a row scoring at or above it."""
    out = []
    for feats in features(ctx, fired):
        p = model.probability(feats)
        if p >= threshold:
            out.append("")
            continue
        cue = strongest_cue(feats, model)
        out.append(said(p) + (f"，主要因为{describe(cue)}" if cue else ""))
    return out
