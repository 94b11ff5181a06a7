"""The plan (工作意见): read a plan document, find its tree and targets, write them to a workbook.

``import_plan(path)`` is the entry point the CLI calls; it refuses a file that is not a plan or
that states no target it can recognise.
"""

from __future__ import annotations

import re
from pathlib import Path

from kjreport.errors import KjreportError
from kjreport.plan.parse import LineNote, PlanImportResult, Unmapped, parse_plan
from kjreport.plan.reader import PlanFileError, read_plan
from kjreport.plan.text import is_traditional, normalize, to_simplified
from kjreport.plan.wording import STRONG_TARGET, TASK_ISSUED_TO
from kjreport.plan.yearwords import WITHIN_YEAR, YEAR_NUM, period_of

__all__ = [
    "LineNote",
    "NotAPlanError",
    "PlanFileError",
    "PlanImportResult",
    "Unmapped",
    "import_plan",
    "no_targets_note",
    "parse_plan",
    "read_plan",
]


# Words a plan without parts 一、二、 (a 主要目标 paragraph, a news report of the plan) uses
PLAN_WORDS = re.compile(
    r"目标|力争|争取|确保|达到|突破|新增|净增|增长|提高到|工作意见|工作要点|工作计划|工作思路"
    rf"|达\s*\d|(?:到|至)\s*{YEAR_NUM}\s*年|方案|规划|任务(?:数)?(?:是|为)\s*\d"
    rf"|(?:今年|{WITHIN_YEAR}|全年)[^。！？]{{0,40}}?(?:将|要)(?:重点|全力|着力|大力)?(?:建设|实施|推广|推进|培育|建立|完成)"
    # a task list that names what to build up, and how many: "重点扶持10户科技创新示范企业"
    r"|(?:培育|扶持|组建|推荐申报)[^。；，\d]{0,8}\d+\s*(?:户|家|个|项)"
    # a programme's yearly numbers: "2014-2020年，……每年选派440名科技人员"
    r"|每年(?:为[^。；，\d]{0,12})?(?:选派|培养|培训|安排|资助|扶持|支持|引进)\d+\s*(?:名|人|个|家|项|万元|亿元)"
    # what a bureau plans to do in the year: "2024年省科技厅计划选派1800名科技人员" (云南 2024)
    r"|(?:计划|拟)(?:选派|培养|培训|安排|资助|扶持|支持|引进|实施|建设|认定|组织|举办)\d+\s*(?:名|人|个|家|项|场|期|万元|亿元)"
    # "木棠镇计划今年在……5个自然村造林1200亩" (木棠 2012): what the place plans for the year, with a number
    r"|计划(?:在)?(?:今年|明年|年内|全年)[^。！？]{0,40}?\d"
)


def _speaks_of_targets(lines) -> bool:
    texts = [normalize(line.text) for line in lines]  # full-width digits: "到２０２０年"
    if is_traditional("".join(texts[:200])):
        texts = to_simplified(texts) or texts
    # or any word the parser itself takes to set a target ("2019年，……人数要在1000名以上")
    # ("崇左市下达该县2016年“双高”任务6.8万亩，截至目前，……": the year's task issued to the place)
    return any(PLAN_WORDS.search(text) or STRONG_TARGET.search(text) or TASK_ISSUED_TO.search(text) for text in texts)


class NotAPlanError(KjreportError):
    """The file has no plan structure (no 一、 parts) or states no recognisable target.

    ``lines`` are the (``review.Miss``, remark) of its lines that state a number with a target
    word, which the message lists so the clerk can type those targets in."""

    def __init__(self, message: str, lines: list | None = None) -> None:
        super().__init__(message)
        self.lines = list(lines or [])


def _refuse(message: str, lines, result: PlanImportResult) -> NotAPlanError:
    """Return the refusal of ``result`` with ``message`` and the lines that may hold targets."""
    from kjreport.plan.checklist import refused_lines, refused_lines_text

    found = refused_lines(lines, result)
    return NotAPlanError(message + refused_lines_text(found, result.unit_word, result.places), found)


def import_plan(
    path: Path,
    *,
    require_targets: bool = True,
    year: int | None = None,
    structure_only: bool = False,
    set_aside: bool = True,
) -> PlanImportResult:
    """Return the plan tree and targets read from ``path`` (.txt or .docx).

    ``year`` is the year the targets are wanted for (the workbook's 年度); targets the plan
    states for other years are listed in ``other_years``. A plan without parts 一、二、… (a
    主要目标 paragraph, a news report) is read as one 主要任务目标 text.

    Raises ``PlanFileError`` when the file cannot be read and ``NotAPlanError`` when it has
    neither parts nor targets, or (with ``require_targets``) no target at all — unless
    ``structure_only`` accepts a plan with parts but no number target (a 实施方案 of tasks):
    its structure is imported and ``no_targets_note`` says so.

    With ``set_aside`` (the default), the rows the learned scorer is sure are no target of the
    year are moved to ``unlikely`` (listed, not imported; ``checklist.set_aside_unlikely``).
    """
    path = Path(path)
    lines, unit_word = read_plan(path)
    result = parse_plan(lines, path, unit_word, year=year)
    # a year inside a multi-year plan's period (2025 of a 方案(2024-2026)) with only period-end
    # targets: the structure is imported and the end targets listed (never "nothing imported")
    in_period = year is not None and not result.targets and _period_contains(result.title, year)
    structure_only = structure_only or in_period
    if require_targets and not result.targets and result.other_years and year is not None and not in_period:
        stated = sorted({u.reason[:4] for u in result.other_years})
        raise _refuse(
            f"{path.name} 中的目标是{'、'.join(stated)}年的，而要导入的年度是{year}年"
            f"（工作簿「设置」中的年度或 --year），没有{year}年的目标；"
            f"请用 --year {stated[0]} 指定年度，或核对工作簿「设置」中的年度。",
            lines,
            result,
        )
    if require_targets and not result.targets and result.results_only:
        # a results page (a 总结, a 数据包 of last year's counts): one clear message, its numbers listed
        raise NotAPlanError(results_only_message(result), [])
    # plan show of a text whose targets are all of other years ("到2025年……" in a 2021 news
    # report): shown, with those targets listed and --year to take them
    other_years_only = not require_targets and not result.targets and bool(result.other_years)
    # plan show of a results page: shown, its numbers listed as results (nothing imported)
    results_only = not result.targets and result.results_only
    if not result.plan.children and not other_years_only and not results_only and (
        not result.targets or not _speaks_of_targets(lines)
    ):
        raise _refuse(
            f"{path.name} 中既没有「一、」「二、」这样的部分标题，也没有「达到800亿元」「新增30家」这样的量化目标，"
            "看起来不是工作意见；请确认文件内容。",
            lines,
            result,
        )
    if require_targets and not result.targets and not (structure_only and result.plan.children):
        hint = (
            f"另有 {len(result.unmapped)} 处数字未能读懂（如{result.at(result.unmapped[0].line)}"
            f"「{result.unmapped[0].quantity}」）"
            if result.unmapped
            else "全文没有「达到800亿元」「35项」这样带单位的目标数字"
        )
        raise _refuse(
            f"{path.name} 中没有识别出任何量化目标（{hint}），请核对工作意见，或在工作簿「目标任务」表中手工填写目标。",
            lines,
            result,
        )
    if set_aside:
        from kjreport.plan.checklist import set_aside_unlikely

        result = set_aside_unlikely(result)
    return result


def results_only_message(result: PlanImportResult) -> str:
    """Return the message for a text that only reports results, its numbers listed by line."""
    from kjreport.plan.parse import results_only_note

    where = result.unit_word
    groups: dict[tuple[int, str], list[str]] = {}  # one line per sentence: 「…」「…」
    for u in result.results:
        groups.setdefault((u.line, u.sentence), []).append(u.quantity)
    shown = []
    for (line, sentence), quantities in list(groups.items())[:SHOWN_RESULTS]:
        text = sentence if len(sentence) <= 60 else sentence[:60] + "…"
        shown.append(f"  {result.at(line)}{''.join(f'「{q}」' for q in quantities)}。原文：{text}")
    more = f"\n  ……另有 {len(groups) - SHOWN_RESULTS} 句" if len(groups) > SHOWN_RESULTS else ""
    return (
        f"{result.source.name}：{results_only_note(len(result.results), where)}\n"
        "以下数字看来是往年实绩，未作为目标导入（如有误请手工加入）：\n" + "\n".join(shown) + more
    )


SHOWN_RESULTS = 30


def _period_contains(title: str, year: int) -> bool:
    """Return whether the plan period named in ``title`` ("(2024-2026)") contains ``year``."""
    period = period_of(title)
    return period is not None and period[0] <= year <= period[1]


def no_targets_note(result: PlanImportResult) -> str:
    """Return the 提示 for a plan whose structure was read but no number target: what was
    written and what the clerk does next ("" when it has targets)."""
    if result.targets:
        return ""
    unread = (
        f"；另有 {len(result.unmapped)} 处数字未能读懂，已在上面列出" if result.unmapped else ""
    )
    if result.unlikely:
        unread += f"；另有 {len(result.unlikely)} 处数字看来不是本年度目标任务（机器判读），已在上面列出"

    year = result.target_year
    if result.other_years and year is not None and _period_contains(result.title, year):
        start, end = period_of(result.title)
        return (
            f"提示：{result.source.name} 是{start}—{end}年的多年方案，其中没有每年、年均的目标；"
            f"上面列出的是规划期末的目标，不是{year}年的，未导入。已写入「工作意见」的结构，「目标任务」表为空："
            f"请在其中填写{year}年的目标（可参照期末目标分解），或在「科室数据」中直接报送各项指标。"
        )
    return (
        f"提示：{result.source.name} 中没有识别出量化目标（“达到800亿元”“新增30家”这样带单位的目标数字）{unread}。"
        "已写入「工作意见」的结构，「目标任务」表为空：请在其中手工填写目标（指标、目标值、单位），"
        "或在「科室数据」中直接报送各项指标。"
    )
