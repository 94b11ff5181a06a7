"""The review of one imported plan: which targets to check first and which lines may hold a
missed target (``review.py`` decides; this module gathers its inputs from the plan file and the
indicator catalogue)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kjreport.model import Target
from kjreport.plan.parse import PlanImportResult
from kjreport.plan.review import (
    Context,
    Miss,
    flag_of,
    lines_to_type,
    noted_lines,
    numberless_goals,
    plain_lines,
    plan_headings,
    possible_misses,
    same_sentence,
    signal_reasons,
    target_lines,
)


@dataclass
class PlanReview:
    """Per target a reason to check it ("" when none) and its line; lines that may hold a miss."""

    targets: list[Target]
    flags: list[str]
    lines: list[int | None]
    misses: list[Miss] = field(default_factory=list)
    goals: list[Miss] = field(default_factory=list)  # goals without a number ("争取获省科技创新鼎")

    def flagged(self) -> list[tuple[int, Target, int | None, str]]:
        """Return (row in 目标任务 from 1, target, line, reason) of every flagged target."""
        return [
            (i + 1, t, line, flag)
            for i, (t, line, flag) in enumerate(zip(self.targets, self.lines, self.flags, strict=True))
            if flag
        ]


# the last review inputs worked out (key, lines, context, signals): plan import's set-aside and the
# review that follows it read the same rows of the same file, and the signals are the costly part
_LAST: list[tuple] = []


def _inputs(result: PlanImportResult) -> tuple[list[tuple[int, str]], Context, list[dict[str, str]]]:
    """Return the plain lines of ``result``'s plan file (read again, a few ms; [] when unreadable),
    the review context of its targets and the review signals' reasons per target."""
    from kjreport.plan.reader import read_plan
    from kjreport.plan.sources import catalogue_names

    year = result.target_year or result.year
    try:
        stamp = Path(result.source).stat().st_mtime_ns
    except OSError:
        stamp = None
    try:
        key = (str(result.source), stamp, year, tuple(result.targets), tuple(n.title for n in result.plan.walk()))
        hash(key)
    except TypeError:  # a target holding a list: not cached
        key = None
    if key is not None and _LAST and _LAST[0][0] == key:
        return _LAST[0][1:]
    try:
        lines = plain_lines((ln.number, ln.text) for ln in read_plan(result.source)[0])
    except Exception:  # noqa: BLE001 — it was read a moment ago; without lines flags still work
        lines = []
    texts = [text for _, text in lines]
    ctx = Context(year, list(result.targets), tuple(catalogue_names()), plan_headings(result.plan), tuple(texts))
    given = signal_reasons(ctx)
    if key is not None:
        _LAST[:] = [(key, lines, ctx, given)]
    return lines, ctx, given


def review_plan(result: PlanImportResult) -> PlanReview:
    """Return the review of ``result``, reading its plan file's lines again (a few ms)."""
    lines, ctx, given = _inputs(result)
    year = ctx.year
    flags = with_scores([flag_of(g) for g in given], ctx, given)
    flags = [_with_lead(flag, result.leads.get(t.sentence, "")) for flag, t in zip(flags, result.targets, strict=True)]
    listed = {
        u.line
        for items in (
            result.unmapped, result.other_years, result.past, result.results, result.not_targets, result.unlikely
        )
        for u in items
    }
    # the notes name lines too ("「高新技术企业」在第3行为 ≥260家，第8行又写作 ≥2212家"): not repeated
    listed |= noted_lines(result.notes, result.unit_word)
    return PlanReview(
        list(result.targets),
        flags,
        target_lines(lines, result.targets),
        possible_misses(lines, result.targets, listed, year=year),
        numberless_goals(lines, result.targets),
    )


def set_aside_unlikely(result: PlanImportResult) -> PlanImportResult:
    """Return ``result`` with the rows the learned scorer is sure are no target of the year
    (``scoring.unlikely_reasons``) moved from ``targets`` to ``unlikely``, each with its line, item,
    quantity, 原文 and the reason: listed for the clerk, never imported, nothing dropped silently.
    When the plan file cannot be read again (its lines give the scorer's context), nothing is set
    aside. Only plan import sets rows aside: rows in a workbook (typed by a clerk) never are."""
    from kjreport.plan.parse import Unmapped, states_task
    from kjreport.plan.scoring import set_aside_threshold, unlikely_reasons

    if not result.targets or set_aside_threshold() <= 0:
        return result
    lines, ctx, given = _inputs(result)
    if not lines:
        return result
    fired = [{s for s, reason in g.items() if reason} for g in given]
    reasons = unlikely_reasons(ctx, fired)
    if not any(reasons):
        return result
    at = target_lines(lines, result.targets)
    kept, unlikely = [], list(result.unlikely)
    for t, line, reason in zip(result.targets, at, reasons, strict=True):
        # (the year's task a report measures its result against is the plan's, whatever the
        # report's words: "完成市局下达我县全年专利授权任务380件的110.5%")
        if not reason or states_task(t):
            kept.append(t)
            continue
        value = f"{t.value:g}" if abs(t.value) < 1e15 else str(t.value)
        unlikely.append(
            Unmapped(line or 0, t.plan_items[0] if t.plan_items else "总", f"{t.indicator} {value}{t.unit}",
                     t.sentence, f"（{reason}）")
        )
    result.targets = kept
    result.unlikely = unlikely
    return result


UNLIKELY_TITLE = "以下 {n} 处数字看来不是本年度目标任务（机器判读），未导入；如有误请手工加入「目标任务」："


def with_scores(flags: list[str], ctx: Context, given: list[dict[str, str]]) -> list[str]:
    """Return ``flags`` with the learned scorer's doubt (``scoring.low_reasons``) given to the rows
    no review signal flags: the scorer is one more signal beside them, its threshold chosen so that
    it adds few right rows (``benchmarks/train_scorer.py``). ``given`` are the signals' reasons per
    row (``review.signal_reasons``): the scorer reads which fired."""
    from kjreport.plan.scoring import low_reasons

    if not ctx.targets:
        return flags
    fired = [{s for s, reason in g.items() if reason} for g in given]
    return [flag or doubt for flag, doubt in zip(flags, low_reasons(ctx, fired), strict=True)]


def _with_lead(flag: str, lead: str) -> str:
    """Return ``flag`` with, for a task-table row led by another department (牵头单位
    "县发改局、县工信局"), the question whether the target is the bureau's own."""
    if not lead:
        return flag
    said = f"牵头单位为「{lead}」：请确认是否本局的目标任务，是的请填写「责任科室」"
    return "；".join(x for x in (flag, said) if x)


# what the parser itself made of a line, said beside it when a refused text's lines are listed
LIST_REMARKS = (
    ("past", "像是往年实绩"),
    ("results", "所在段落像是往年实绩"),
    ("other_years", "是其他年度的"),
    ("not_targets", "像是说明或统计范围"),
    ("unmapped", "数字未能读懂"),
)
SHOWN_LINES = 30  # a refusal lists at most this many lines, then says how many more


def refused_lines(lines: list, result: PlanImportResult) -> list[tuple[Miss, str]]:
    """Return the lines of a text the parser refuses that may hold targets (``review.lines_to_type``:
    a number with a target word, or a quantity in a table cell), each with what the parser made of
    it ("像是往年实绩", "表格中的数值", or ""). ``lines`` are the ``PlanLine``s read from the file."""
    plain = plain_lines((ln.number, ln.text) for ln in lines)
    year = result.target_year or result.year
    said_of: dict[int, list[tuple[str, str, str]]] = {}  # line → (number, sentence, remark) listed
    for key, said in LIST_REMARKS:
        for u in getattr(result, key):
            said_of.setdefault(u.line, []).append((u.quantity, u.sentence, said))

    def remark(m: Miss, cell: bool) -> str:
        if cell:
            return "表格中的数值"
        # what the parser said of this sentence or number (a line may hold several sentences)
        return next(
            (said for quantity, sentence, said in said_of.get(m.line, [])
             if quantity == m.quantity or same_sentence(sentence, m.text)),
            "",
        )

    # nothing is imported from a refused text, so a line is listed even when a target was read
    # from it ("新增10家" in a text with no plan words); a table pasted one cell a line states its
    # targets without a target word
    return [(m, remark(m, cell)) for m, cell in lines_to_type(plain, year)]


def refused_lines_text(found: list[tuple[Miss, str]], unit_word: str = "行",
                       places: dict[int, str] | None = None) -> str:
    """Return the Chinese paragraph a refusal ends with: the lines a clerk may type targets from
    ("" when there are none); ``places``: where a line of a workbook's later sheet is (「县区分解」第5行)."""
    if not found:
        return ""
    cells = "，或是表格中的数值" if any(remark == "表格中的数值" for _, remark in found) else ""
    shown = []
    for miss, remark in found[:SHOWN_LINES]:
        said = f"（{remark}）" if remark else ""
        text = miss.text if len(miss.text) <= 60 else miss.text[:60] + "…"
        at = (places or {}).get(miss.line) or f"第{miss.line}{unit_word}"
        shown.append(f"  {at}「{miss.quantity}」{said}。原文：{text}")
    more = f"\n  ……另有 {len(found) - SHOWN_LINES} 处" if len(found) > SHOWN_LINES else ""
    return (
        f"\n没有导入任何内容。原文中以下 {len(found)} 处有数字和“力争”“达到”“新增”等目标用语{cells}，"
        "如其中有本年度要跟踪的目标，请对照原文在工作簿「目标任务」表中逐条手工填写（指标、目标值、单位、比较方式）：\n"
        + "\n".join(shown)
        + more
    )
