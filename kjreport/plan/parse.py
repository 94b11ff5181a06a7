"""Parse a plan document (工作意见) into its tree (总/部分/节/条) and quantitative targets.

``parse_plan(lines)`` is pure: lines in, ``PlanImportResult`` out. Structure first (every line
is placed in a node, or reported), then targets (every quantity is mapped to a known indicator
through the catalog, or listed as unmapped — never guessed).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kjreport.model import PlanNode, Target
from kjreport.plan import resultparts, wording
from kjreport.plan.columns import split_columns
from kjreport.plan.completion import task_lines
from kjreport.plan.cover import plan_issuer, plan_title
from kjreport.plan.parallel import clause_title, parallel_clauses
from kjreport.plan.performance import performance_rows
from kjreport.plan.reader import PlanLine, TaskRow
from kjreport.plan.tables import ROW_MARK, rows_as_sentences, verbatim
from kjreport.plan.targets import Segment as _Segment
from kjreport.plan.targets import Unmapped, extract, tasks_set_codes
from kjreport.plan.text import (
    bullets_apart,
    cn_number,
    cn_value,
    dateline_apart,
    is_traditional,
    normalize,
    review_headings_apart,
    spaced_numbers,
    to_simplified,
    without_jammer,
)
from kjreport.plan.year import plan_year
from kjreport.plan.yearwords import WITHIN_YEAR, YEAR_NUM
from kjreport.text.width import display_width

CN = "[一二三四五六七八九十]{1,3}"
PART_RE = re.compile(rf"^(?P<n>{CN})[、．.](?P<rest>.*)$")
SECTION_RE = re.compile(rf"^（(?P<n>{CN})）(?P<rest>.*)$")
ITEM_STYLES = {
    "是": re.compile(rf"^(?P<n>{CN})是(?!否|指|说)[，、：]?(?P<rest>.*)$"),
    "1.": re.compile(r"^(?P<n>\d{1,2})[.．、](?!\d)(?P<rest>.*)$"),
    "（1）": re.compile(r"^（(?P<n>\d{1,2})）(?P<rest>.*)$"),
}
# "工业工作，全县规模工业总产值达到240亿元；…": a paragraph of a news report led by its topic
# "创新主体培育工程。开展…": a paragraph of a news report led by the name of one of the announced
# engineering projects or actions ("今年将实施五大科技创新工程")
TOPIC_RE = re.compile(
    r"^(?P<topic>[\u4e00-\u9fff、]{2,10}工作|[\u4e00-\u9fff“”、]{2,14}(?:工程|行动)"
    # a short heading phrase closed by a colon: "高新技术企业量级取得突破：力争到2025年，…"
    r"|[\u4e00-\u9fff“”、]{4,20}(?=：))[，：。](?P<rest>.+)$"
)
NOT_TOPIC = re.compile(
    r"^(?:今年|明年|全年|本年|年度|各项|重点|主要|总体|下步|下一步|具体|日常|整体|全局|当前|目前)"
    # what introduces speech or an address, not a heading: "会议强调：", "各县区科技局："; a
    # page's labels: "核心提示：", "编报时间：", "您现在所在的位置："
    r"|^[^，：。]*(?:指出|强调|表示|要求|提出|认为|说|说道|介绍|获悉|明确|透露|称|显示|如下|是|为|有|包括"
    r"|局|委|办|厅|单位|部门|政府|公司|同志|同志们"
    r"|提示|时间|日期|位置|名称|电话|地址|编号|来源|作者|分类|机构|文号|附件|索引号|关键词|按|语|摘要|提要|说明|备注)："
)
BULLET_RE = re.compile(r"^(?:——|—|－－|--|·|•|●|◆|■|\*)\s*")
JUNK_RES = (
    re.compile(
        r"^(?:时间|日期|发布时间|发布日期|发表时间|发表日期|更新时间|来源|信息来源|作者|导语|摘要|编辑|责任编辑"
        r"|浏览|浏览次数|浏览量|点击|点击数|点击量|阅读|阅读量|阅读数|访问量|访问次数|关键词|标签"
        r"|索引号|组配分类|主题分类|发布机构|发文机关|生成日期|成文日期|公开方式|公开范围|信息类别"
        r"|生效日期|废止日期|失效日期|有效性|文号|文件编号|发文字号|所属主题|主题词|公文种类|发布单位"
        # a repost's credit and disclaimer: "文章转载自:界面新闻网 非本站原创", "免责声明:本文由用户上传"
        r"|文章转载自|转载自|本文转载自|文章来源|本文来源|原文链接|免责声明|版权声明"
        # a repost's note of the source's own headline: "来源标题：明年绿化将添28个“奥森公园”" (北京 2019)
        r"|来源标题|原标题)[：:]"
    ),
    # a news page's credit line in brackets: "（来源：长春日报）" "（编辑：王思博）"
    re.compile(r"^[（(【\[](?:来源|信息来源|稿件来源|编辑|责任编辑|作者|记者|通讯员|供稿|审核|校对)[：:][^（）()]{0,40}[）)】\]]$"),
    re.compile(r"^[-–—·•\s]*(?:上一篇|下一篇|上一条|下一条|相关阅读|相关文章|推荐阅读)"),
    re.compile(
        r"^(?:返回顶部|打印本页|关闭窗口|【?打印】?|【?关闭】?|分享到|收藏|版权所有|Copyright|©)"
    ),
    re.compile(r"^【?字体[：]?\s*大\s*中\s*小】?$"),
    # a paywall's line: "订阅后可查看全文(剩余80%)", "登录后阅读全文", "展开全文"
    re.compile(r"^(?:订阅|登录|注册|付费|开通会员)后(?:可)?(?:查看|阅读)(?:全文|更多)|^(?:展开|阅读|查看)全文\s*[（(]?"),
    # a page's breadcrumb: "当前位置：首页 > 新闻中心 > 工作动态"
    re.compile(r"^[^，。；]{0,8}位置[：:]|^[^，。；]{0,12}首页\s*[>＞»]"),
    # "首页 新闻 > 科技 > 正文": a breadcrumb with its separators spaced out
    re.compile(r"^\s*首页[^，。；]{0,20}[>＞»]|^[^，。；]{0,20}[>＞»][^，。；]{0,20}[>＞»][^，。；]{0,20}$"),
    # "首页" alone on its line: the first step of a breadcrumb broken over lines
    re.compile(r"^(?:网站|返回)?首页$"),
    # a related-reading list's counts and the comment box: "13569人浏览   2025-05-25", "条评论"
    re.compile(r"^\d[\d,]*\s*(?:人|次)(?:浏览|阅读|观看|点击|点赞)|^\d*\s*条评论$|^(?:查看|加载)更多评论$"),
)
# the heading of a news page's list of other articles, alone on its line
RELATED_READING = re.compile(r"[-–—·•【\[]*(?:推荐阅读|相关阅读|相关新闻|相关文章|相关链接|延伸阅读|热点推荐|猜你喜欢|热门推荐)[】\]]*[：:]?")
# the unit a page header names as publisher: "文件编号：|发布机构：|湖州市科学技术局|"
PUBLISHED_BY = re.compile(r"(?:发布机构|发文机关|发布单位)[：:。|｜]*([^：:。|｜]{2,30}?(?:局|委员会|委|厅|人民政府|办公室))")
DATE_LINE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
SIGNATURE_RE = re.compile(r"^[^。，；：]{2,30}(?:局|委员会|办公室|人民政府|领导小组)$")
COVER_CLOSE = re.compile(r"^特此(?:通知|函告|印发)[。！!]?$")
MARKER_RE = re.compile(r"主要(?:任务|工作|预期)?目标|总体目标|工作目标|目标任务")
TITLE_WORDS = re.compile(r"意见|要点|计划|安排|打算|思路")
# words that look forward: a sentence with one states what is to be done
FORWARD_WORDS = re.compile(r"力争|确保|目标|计划|将(?!近)|预期|有望|拟")
# the head word of a title ("…年度工作计划", "…工作总结")
TITLE_HEAD = re.compile(r"(?:计划|要点|意见|方案|规划|安排|打算|思路|总结|述职|完成情况|落实情况)$")
YEAR_RE = re.compile(rf"({YEAR_NUM})年")
# a site's header line: a government's or a bureau's name alone, no year ("北京市西城区人民政府")
SITE_HEADER = re.compile(r"^[^。，；：、\s\d]{2,20}?(?:人民政府|科学技术局|科技局|政府网|门户网站)$")


@dataclass(frozen=True)
class LineNote:
    """A line that was set aside or could not be placed, with the reason (in Chinese)."""

    line: int
    text: str
    reason: str


@dataclass
class PlanImportResult:
    """Everything ``plan import`` found in one plan document."""

    source: Path
    title: str
    year: int | None
    plan: PlanNode  # root 总 (主要任务目标), children = parts
    targets: list[Target]
    unmapped: list[Unmapped] = field(default_factory=list)  # quantities not understood
    other_years: list[Unmapped] = field(default_factory=list)  # targets of other years, listed
    past: list[Unmapped] = field(default_factory=list)  # past results, not targets
    # what would have been targets, read from parts that report results (回顾、成效、实绩报道):
    # listed under a heading of their own, not imported (``resultparts``)
    results: list[Unmapped] = field(default_factory=list)
    results_only: bool = False  # the whole text reports results: nothing in it looks ahead
    not_targets: list[Unmapped] = field(default_factory=list)  # "30家重点企业": scope, not target
    # rows the learned scorer is sure are no target of the year (``checklist.set_aside_unlikely``):
    # listed with their line and 原文, not imported
    unlikely: list[Unmapped] = field(default_factory=list)
    unplaced: list[LineNote] = field(default_factory=list)  # structure it could not place
    ignored: list[LineNote] = field(default_factory=list)  # web-page junk, signature, date
    notes: list[str] = field(default_factory=list)  # conversions, conflicting restatements
    unit_word: str = "行"  # "行" for text files, "段" for .docx paragraphs
    target_year: int | None = None  # the year the targets were taken for
    issuer: str = ""  # the issuing unit on a line of its own before part 一 ("东营市科学技术局")
    # a target's 原文 → the 牵头单位 of its task-table row when another department leads it
    leads: dict[str, str] = field(default_factory=dict)
    # a target's 原文 → last year's figure its table row gives beside it ("72亿元": a 上年完成 column)
    previous: dict[str, str] = field(default_factory=dict)
    # line → where the clerk finds it when not by its number alone (「县区分解」第5行: a plan kept in
    # Excel with several sheets, ``reader.PlanLine.place``)
    places: dict[int, str] = field(default_factory=dict)

    def at(self, line: int) -> str:
        """Return where line ``line`` is, as a message says it: 第6行 (第6段), or 「县区分解」第5行."""
        return self.places.get(line) or f"第{line}{self.unit_word}"

    def node(self, code: str) -> PlanNode | None:
        """Return the plan node with 编号 ``code``, or None."""
        return next((n for n in self.plan.walk() if n.code == code), None)


@dataclass
class _Builder:
    """Mutable state while walking the lines."""

    root: PlanNode
    unit_word: str
    title: str = ""
    current: PlanNode | None = None
    part: PlanNode | None = None
    section: PlanNode | None = None
    item_style: str | None = None
    # the labels of the top level: "part" 一、, "section" （一）, "1." 1., "topic" 科技工作，
    top: str = "part"
    marker_seen: bool = False
    task_parts: bool = False  # the parts are the rows of a table of tasks (``_open_task``)
    preamble: list[str] = field(default_factory=list)
    segments: list[_Segment] = field(default_factory=list)
    unplaced: list[LineNote] = field(default_factory=list)
    ignored: list[LineNote] = field(default_factory=list)
    texts: dict[str, list[str]] = field(default_factory=dict)
    published_by: str = ""  # a page header's "发布机构：湖州市科学技术局"
    related_reading: bool = False  # past a "推荐阅读" line: other articles' titles and counts

    def add_text(self, node: PlanNode, line: int, text: str) -> None:
        if text:
            self.texts.setdefault(node.code, []).append(text)
            self.segments.append(_Segment(node.code, line, text))


def parse_plan(
    lines: list[PlanLine],
    source: Path | str = "",
    unit_word: str = "行",
    year: int | None = None,
    results_parts: bool = True,
) -> PlanImportResult:
    """Return the plan tree and targets found in ``lines`` (see ``PlanImportResult``).

    ``year`` is the year the targets are wanted for (the workbook's 年度); by default the plan's
    own year (title or first paragraphs). Targets of other years are listed, not imported.
    With ``results_parts`` (the default), targets read from parts of the text that report
    results (``resultparts.judge``) are listed in ``results`` instead of imported.
    """
    root = PlanNode("总", "总", "", "主要任务目标")
    b = _Builder(root=root, unit_word=unit_word)
    places = {line.number: line.place for line in lines if line.place}
    read_notes = [note for line in lines for note in line.notes]  # a formula without its result
    lines = [dataclasses.replace(line, text=without_jammer(line.text)) for line in lines]
    lines, script_note = _simplified(lines)
    script_note = [*read_notes, *script_note]
    lines = _page_numbers(lines, b)  # "— 2 —" between two pages of a PDF, often mid-sentence
    lines, column_note = split_columns(lines)  # a page of two columns copied line by line
    lines, wrap_note = reflow(lines)  # text copied from a PDF: lines broken at a fixed width
    lines = _open_quotes_joined(lines)  # "“" alone on a line, "十一五”期间……" on the next
    lines = [  # "…提出意见。 一、2017年工作回顾2017年是…": a heading run into its paragraph
        dataclasses.replace(line, text=bullets_apart(piece))
        for line in lines
        for run in dateline_apart(line.text)
        for piece in review_headings_apart(run)
    ]
    plain = [(line.number, normalize(line.text)) for line in lines]  # as ``part_lines`` gives them
    script_note = [*script_note, *column_note, *wrap_note, *_spaced_digits_note(lines)]
    lines, table_cells = performance_rows(lines)  # 绩效目标表: 一级指标 | … | 指标值
    # a 完成情况 report: "高新技术企业：年度目标净增50家，实际净增62家，完成率124%"
    lines, task_cells = task_lines(lines)
    table_cells = {**table_cells, **task_cells}
    # "指标名称 | 单位 | 2024年目标" tables
    lines, rows = rows_as_sentences(lines, year)
    offices, leads = rows.offices, rows.leads
    script_note = [*script_note, *rows.area_notes()]
    table_cells = {**table_cells, **rows.sources}
    b.top = _top_level(lines)
    for raw in lines:
        text = normalize(raw.text)
        if not text:
            continue
        if raw.task is not None:
            _open_task(b, raw.number, raw.task, text)
            continue
        _place_line(b, raw.number, text, raw.heading)
    if not root.children:
        _inline_parts(b)
    if not root.children:
        _parallel_parts(b)
    if not root.children:
        _subhead_parts(b)
    for node in root.walk():
        node.text = "\n".join(b.texts.get(node.code, []))
    date = wording.document_date([normalize(line.text) for line in lines[:40]])
    decision = plan_year(b.title, [s.text for s in b.segments], date)
    found_year = decision.year
    if found_year is None:  # no year is supported: the first one named frames the text (weak)
        found_year = _find_year(b.title, [s.text for s in b.segments])
        if found_year in decision.against:  # …unless it is named only for results
            found_year = None
    found_year = _untransposed(found_year, [s.text for s in b.segments], date)
    wanted = year or found_year
    heading = plan_title(b.title, b.preamble)
    # "2017年工作回顾" on a line of its own, then 一、… 二、…: the parts review that year
    # (the review's opening paragraph may come between the line and part 一)
    bare = [line for line in b.preamble if len(line) <= 20 and not re.search(r"[。，；！？]", line)]
    review_opening = bool(root.children and bare and REVIEW_LINE.match(bare[-1]))
    typo_notes = _transposed_years(b, wanted)
    got = extract(b.segments, root, wanted, found_year, b.title, date, heading, review_opening)
    if wanted is None and len(got.years) > 1:
        # several years side by side and none named: the nearest one is this year's plan
        wanted = min(got.years)
        got = extract(b.segments, root, wanted, found_year, b.title, date, heading, review_opening)
    _headline_targets(b.title, lines, root, wanted, found_year, date, got, "\n".join(seg.text for seg in b.segments))
    year_notes: list[str] = []
    if year is not None and found_year not in (None, year) and not decision.strong:
        # the document's own year rests on a bare mention: rather than set aside every sentence
        # that names no year, read them as the workbook's year when that keeps more targets
        kept = extract(b.segments, root, year, year, b.title, date, heading)
        # ("《赣南脐橙产业高质量发展行动计划(2021-2025年)》出台" (赣州 2025): a plan whose period ends in
        # the workbook's year, its goals stated with no year)
        period_end = bool(re.search(rf"\d{{4}}\s*[-—–~至到]\s*{year}\s*年", b.title or ""))
        if _forward(kept.targets) > _forward(got.targets) or (period_end and kept.targets and not got.targets):
            got = kept
            year_notes.append(
                f"原文的年度难以判断（{decision.evidence}，均无“计划、目标”等用语佐证），"
                f"没有写年份的句子已按工作簿的{year}年读取；请核对「目标任务」中的"
                f"{len(kept.targets)}条目标是否确为{year}年的。"
            )
    elif year is not None and found_year not in (None, year) and got.targets:
        year_notes.append(
            f"原文看起来是{found_year}年的（{decision.evidence}），工作簿的年度是{year}年；"
            f"只导入了写明{year}年或“今年”的目标，请核对。"
        )
    results: list[Unmapped] = []
    results_only = False
    if results_parts and got.targets:
        got.targets, results, results_only, withdrawn = _without_results(
            got.targets, plain, wanted or found_year, date, got.conflicts, tasks_set_codes(root)
        )
        got.notes = [n for n in got.notes if n not in withdrawn]
        if results_only:
            year_notes.append(results_only_note(len(results), unit_word))
        elif results:
            lines_said = "、".join(str(n) for n in sorted({u.line for u in results}))
            year_notes.append(
                f"第 {lines_said} {unit_word}所在的段落看来是往年实绩（总结、回顾或成效），"
                f"其中 {len(results)} 处数字没有作为目标导入，已另行列出；如有误请手工加入。"
            )
    targets = [
        dataclasses.replace(
            t,
            sentence=verbatim(t.sentence, table_cells),
            department=offices.get(t.sentence) or _restated_office(t, got.restated, offices),
        )
        for t in got.targets
    ]
    if b.task_parts:
        # the rows of a task table (a 政府工作报告 list) are the bureau's headline tasks: their
        # targets stay 主要任务目标 (总) and also belong to their task
        tasks = {n.code for n in root.children}
        targets = [
            dataclasses.replace(t, plan_items=("总", *t.plan_items))
            if t.plan_items and "总" not in t.plan_items and set(t.plan_items) <= tasks
            else t
            for t in targets
        ]
    led = {
        shown.sentence: lead
        for t, shown in zip(got.targets, targets, strict=True)
        if (lead := leads.get(t.sentence.strip().rstrip("。；")))
    }
    previous = {  # the table's 上年 figure beside a target, by the target's 原文 as shown
        shown.sentence: figure
        for t, shown in zip(got.targets, targets, strict=True)
        if (figure := rows.previous.get(t.sentence) or rows.previous.get(t.sentence.strip().rstrip("。；") + "。"))
    }
    return PlanImportResult(
        source=Path(source),
        title=plan_title(b.title, b.preamble),
        issuer=plan_issuer(b.title, b.preamble) or b.published_by,
        year=found_year,
        plan=root,
        # a target read from a 绩效目标表 or a 任务分解表 shows the cells it came from, not the
        # sentence made of them, and the 科室 its 牵头部门 cell names
        targets=targets,
        unmapped=_shown(got.unmapped, table_cells),
        other_years=_shown(got.other_years, table_cells),
        past=_shown(got.past, table_cells),
        results=_shown(results, table_cells),
        results_only=results_only,
        not_targets=_shown(got.not_targets, table_cells),
        unplaced=b.unplaced,
        ignored=b.ignored,
        notes=[
            _placed(n, places)
            for n in (*script_note, *typo_notes, *year_notes, *got.notes, *_lead_notes(got.targets, leads))
        ],
        unit_word=unit_word,
        target_year=wanted,
        leads=led,
        previous=previous,
        places=places,
    )


_LINE_SAID = re.compile(r"第(\d+)行")


def _placed(note: str, places: dict[int, str]) -> str:
    """Return ``note`` with each 「第N行」 of a line a later sheet holds said as that sheet's row
    (「县区分解」第5行): the notes of ``targets`` name lines by number (qa23 F8)."""
    if not places:
        return note
    return _LINE_SAID.sub(lambda m: places.get(int(m.group(1)), m.group()), note)


def part_lines(lines: list[PlanLine]) -> list[tuple[int, str]]:
    """Return the numbered lines as ``resultparts.judge`` reads them (simplified, lines broken at a
    fixed width joined back, normalised)."""
    simple, _ = reflow(split_columns(_simplified(lines)[0])[0])
    return [(line.number, normalize(line.text)) for line in simple]


def results_only_note(count: int, unit_word: str = "行") -> str:
    """Return what a clerk is told of a text that only reports results."""
    return (
        f"全文看来是往年实绩的报道或总结（回顾已完成的工作，没有“力争、目标、今年将”等计划用语），"
        f"不是工作意见：其中 {count} 处数字是已完成的数，没有作为目标导入，已另行列出（注明第几{unit_word}）。"
        "如其中确有本年度要跟踪的目标，请在工作簿「目标任务」表中手工填写。"
    )


def _without_results(
    targets: list[Target],
    plain: list[tuple[int, str]],
    year: int | None,
    date: tuple[int, int] | None = None,
    conflicts: Sequence[tuple[Target, Target, str]] = (),
    tasks_set: set[str] = frozenset(),
) -> tuple[list[Target], list[Unmapped], bool, set[str]]:
    """Return ``targets`` without those read from parts that report results, those rows as
    ``Unmapped`` (line, item, quantity, 原文), whether the whole text reports results, and the
    conflict notes withdrawn: a target kept over a later value ("上半年…完成28亿元" before "下半年…
    突破60亿元") that is set aside as a result leaves the later value in its place."""
    judged = resultparts.judge(plain, year=year, date=date)
    kept: list[Target] = []
    listed: list[Unmapped] = []
    for t in targets:
        part = judged.results_part_of(t.sentence)
        # (an item under "报告中确定的……任务完成情况" states its task before the progress: 咸宁 2021)
        set_task = bool(t.plan_items) and t.plan_items[0] in tasks_set and not wording.reports_results(t.sentence)
        if part is None or _states_intent(t) or states_task(t) or set_task:
            kept.append(t)
            continue
        listed.append(
            Unmapped(
                part.line,
                t.plan_items[0] if t.plan_items else "总",
                f"{t.indicator} {_quantity(t)}",
                t.sentence,
                "所在段落看来是往年实绩",
            )
        )
    withdrawn: set[str] = set()
    set_aside = {(t.indicator, t.kind) for t in targets if t not in kept}
    for first, later, note in conflicts:
        key = (first.indicator, first.kind)
        if key in set_aside and judged.results_part_of(later.sentence) is None:
            kept.append(later)
            set_aside.discard(key)
            withdrawn.add(note)
    return kept, listed, bool(listed) and not kept and judged.whole, withdrawn


def _states_intent(t: Target) -> bool:
    """True when the target's own sentence states an intent before its number (``wording.states_intent``):
    kept even in a part judged to report results."""
    value = f"{t.value:g}"
    # the number itself, not one inside a longer ("200" in "2008年")
    found = re.search(rf"(?<![\d.]){re.escape(value)}(?![\d.])", t.sentence)
    at = found.start() if found else -1
    return at > 0 and wording.states_intent(t.sentence, at, t.sentence[at : at + len(value) + 2])


def states_task(t: Target) -> bool:
    """True when the target is the year's task a result is measured against ("完成全年任务（1000件）
    的120%", "高于区下达指标任务(2.5%)3.3个百分点", ``wording.task_in_ratio``): a report states it
    among its results, and it is kept in a part judged to report results."""
    value = f"{t.value:g}"
    return any(
        q["value"].replace(",", "") == value and wording.task_in_ratio(t.sentence, q) is not None
        for q in wording.QUANTITY_RE.finditer(t.sentence)
    )


def _quantity(t: Target) -> str:
    value = f"{t.value:g}" if abs(t.value) < 1e15 else str(t.value)
    return f"{value}{t.unit}"


SENTENCE_END = "。！？；：…!?;:"


def _starts_unit(text: str) -> bool:
    """True for a line that opens a part, section, item or bullet (never a continuation)."""
    return bool(
        PART_RE.match(text)
        or SECTION_RE.match(text)
        or any(rx.match(text) for rx in ITEM_STYLES.values())
        or BULLET_RE.match(text)
        or re.match(r"^[（(]?\d{1,2}(?:[)）．、]|\.(?!\d))", text)  # (not "4.2件。": a decimal)
    )


_TABLE_ROW = re.compile(r"[|｜\t]")
# a row of a table copied out of a PDF, its cells apart by spaces ("1 高新技术企业数 家 156 180 高新科"):
# rows of one table are equally wide, so they look like a paragraph's full lines
# (no sentence marks in it: "200 亿元、640 亿元、160 亿元," is prose with spaced units)
_SPACED_ROW = re.compile(r"^\s*[^\s，。、；,;]+(?:[ \u3000]+[^\s，。、；,;]+){2,}\s*$")


# a page's number on a line of its own, as a PDF's text gives it: "— 3 —", "- 3 -", "第3页"
PAGE_NUMBER = re.compile(r"^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)$")


# the issuing body a PDF's running header names at the top of each page: "邯郸市科学技术局"
RUNNING_BODY = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,24}?(?:科学技术局|科技局|科学技术委员会|科技委员会|科学技术厅|科技厅"
    r"|人民政府(?:办公室|办公厅)?|委员会|办公室)(?:文件)?$"
)


def _running_header(text: str, texts: list[str]) -> bool:
    """True for the line under a page number that is the PDF's running header, not the page's first
    line of text: a short line with no punctuation that names the issuing body or stands on two
    pages or more (a heading at the top of a page, "培育壮大科创企业群体", is neither)."""
    return (
        0 < len(text) <= 30
        and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 4  # (not a table's "|" standing alone)
        and not re.search(r"[。，,；;：:、！？!?|｜\t]", text)
        and not _starts_unit(text)
        and (bool(RUNNING_BODY.match(text)) or texts.count(text) >= 2)
    )


def _page_numbers(lines: list[PlanLine], b: _Builder) -> list[PlanLine]:
    """Return ``lines`` without the page numbers a PDF's text keeps on lines of their own, and the
    running header under each (listed as ignored), so that a sentence or a table the page broke
    reads on."""
    texts = [line.text.strip() for line in lines]
    kept = []
    after_page = False
    for line, text in zip(lines, texts, strict=True):
        if PAGE_NUMBER.match(text):
            b.ignored.append(LineNote(line.number, text, "页码，已忽略"))
            after_page = True
            continue
        if after_page and _running_header(text, texts):
            b.ignored.append(LineNote(line.number, text, "PDF 页眉，已忽略"))
            continue
        after_page = after_page and not text  # (a blank line may stand between the two)
        kept.append(line)
    return kept


def _open_quotes_joined(lines: list[PlanLine]) -> list[PlanLine]:
    """Join a line that holds only an opening quote to the next line with text: a copy that broke
    "“十一五”期间" after its quote (云南 2006) still opens that paragraph with its period."""
    out: list[PlanLine] = []
    held: str = ""
    for line in lines:
        if line.text.strip() in ("“", '"', "「"):
            held = line.text.strip()
            continue
        if held and line.text.strip():
            line = dataclasses.replace(line, text=line.text.replace(line.text.strip(), held + line.text.strip(), 1))
            held = ""
        out.append(line)
    return out


def _display_width(text: str) -> int:
    """Return the width of ``text`` in half-width columns (a PDF sets digits and Latin letters in half
    the width of a Chinese character, so its full lines hold as many columns, not characters; the
    quotation marks “”‘’, — and …, ①② and ○□ are as wide as a character in a Chinese font; a
    pinyin letter "ǎ" is not)."""
    return display_width(text, chinese_font=True)



def _wrap_width(long: list[str], measure: Callable[[str], int], slack: int) -> tuple[int, int]:
    """Return (the width most long lines not ending a sentence are broken at, how many are) by
    ``measure``, counting lengths within ``slack`` of it as the same."""
    lengths: dict[int, int] = {}
    for t in long:
        if t[-1] not in SENTENCE_END:
            lengths[measure(t)] = lengths.get(measure(t), 0) + 1
    if not lengths:
        return 0, 0

    def near(n: int) -> int:
        return sum(lengths.get(m, 0) for m in range(n - slack, n + slack + 1))

    width = max(lengths, key=near)
    return width, near(width)


def _indent(line: str) -> int:
    """Return the width of a line's leading blanks in half-width columns."""
    return _display_width(line[: len(line) - len(line.lstrip())])


def _indented_width(line: str, margin: int, measure: Callable[[str], int]) -> int:
    """Return the width of one line as the page set it, its first-line indent ("　　" or spaces, as
    a PDF's text keeps it) beyond the ``margin`` every line has counted in: a paragraph's first line
    fills the measure with its indent."""
    indent = max(0, _indent(line) - margin)
    return measure(line.strip()) + (indent if measure is _display_width else (indent + 1) // 2)


def reflow(lines: list[PlanLine]) -> tuple[list[PlanLine], list[str]]:
    """Return the lines with hard line breaks joined: text copied from a PDF or a narrow page breaks
    every line at about the same width, mid-sentence. A document is taken as wrapped when at least
    three lines, and a third of its long lines, have the same length (±1 character, or ±2 half-width
    columns: a PDF's digits are narrow) and do not end a sentence; such a line (as the page set it:
    a paragraph's first-line indent counted, never the lines joined to it) is joined with the next
    unless the next opens a part or an item (page numbers are gone by then: ``_page_numbers``)."""
    texts = [line.text.strip() for line in lines]
    # (a table's row, its cells split by bars or tabs, is no wrapped line)
    long = [t for t in texts if len(t) >= 20 and not _TABLE_ROW.search(t)]
    if len(long) < 3:
        return lines, []
    by_letters = _wrap_width(long, len, 1)
    by_columns = _wrap_width(long, _display_width, 2)
    # (by columns only when lines stop at that width: a PDF's page holds no wider line, while a list
    # of short points without stops may share a width by chance)
    wider = sum(_display_width(t) > by_columns[0] + 2 for t in long)
    measure, slack, (width, wrapped) = (
        (_display_width, 2, by_columns)
        if by_columns[1] > by_letters[1] and 10 * wider <= len(long)
        else (len, 1, by_letters)
    )
    if wrapped < 3 or 3 * wrapped < len(long):
        return lines, []
    out: list[PlanLine] = []
    joined = 0
    above = ""  # the line above as the page set it: its indent counts toward the width it fills
    margin = min(_indent(line.text) for line in lines if len(line.text.strip()) >= 20)
    # a paragraph's first line copied without its indent ("　　" lost) is two characters short
    lost_indent = 4 if measure is _display_width else 2
    # the line above opens a paragraph: the one before it ended a sentence or was blank, or was the
    # title's last line (a short line alone says nothing: a list of targets, one a line, has many)
    opens = True
    # a PDF read directly marks each paragraph's first line by its indent: there a full line goes
    # on into the next one, a sentence ended or not, unless the next is indented
    marked = _marks_paragraphs(lines, texts, margin, lambda t: measure(t) < width - slack - lost_indent)
    for line, text in zip(lines, texts, strict=True):
        prev = out[-1].text.strip() if out else ""
        # (not a heading "（一）……" of 26 characters, nor a table's row of cells apart by spaces; an
        # item whose text runs on after its first sentence, "1.深入实施……行动。对已", is no heading)
        allowance = lost_indent if (
            opens and _indent(above) <= margin and not re.search(r"\s", above.strip())
            and (not _starts_unit(above.strip()) or re.search(r"[。；！？]", above.strip()[:-1]))
        ) else 0
        # (where paragraphs are marked, a line up to two characters short still runs on: digits and
        # Latin letters are narrower than half a character in some fonts, so a full line measures less)
        full = _indented_width(above, margin, measure) + allowance >= width - slack - (4 if marked else 0)
        opens = not above.strip() or above.strip()[-1] in SENTENCE_END or (len(out) <= 1 and not full)
        above = line.text.rstrip()
        if (
            out
            and text
            and full
            and (prev[-1] not in SENTENCE_END or marked)
            and not (marked and _indent(line.text) > margin)  # an indented line opens a paragraph
            and not _TABLE_ROW.search(prev)
            and not (_SPACED_ROW.match(prev) and _SPACED_ROW.match(text))
            and "\t" not in text  # a row of tab-separated cells (a wrapped cell ends with "|": joined)
            and not _starts_unit(text)
            and not ROW_MARK.match(text)  # "|" alone opens a row of a table copied cell by cell
        ):
            out[-1] = PlanLine(out[-1].number, prev + text, out[-1].heading)
            joined += 1
            continue
        out.append(line)
    note = (
        f"原文每行约{width // 2 if measure is _display_width else width}字处断行（从 PDF 或窄网页复制），"
        f"已把断开的{joined}处接回整句后读取。"
    )
    return out, [note] if joined else []


def _marks_paragraphs(
    lines: list[PlanLine], texts: list[str], margin: int, short: Callable[[str], bool]
) -> bool:
    """Return True when the text marks its paragraphs' first lines by an indent: of the lines after a
    short line that ends a sentence (each the first line of a paragraph), at least three, and nine in
    ten, are indented beyond ``margin``."""
    firsts = [
        _indent(line.text) > margin
        for above, line, text in zip(texts, lines[1:], texts[1:], strict=False)
        if above and text and above[-1] in SENTENCE_END and short(above) and not _starts_unit(text)
    ]
    return len(firsts) >= 3 and sum(firsts) >= 0.9 * len(firsts)


def _spaced_digits_note(lines: list[PlanLine]) -> list[str]:
    """Return a note when numbers had a space between their digits (text copied from a PDF)."""
    found = [run for line in lines for run in spaced_numbers(line.text)]
    if not found:
        return []
    joined = found[0].replace(" ", "")
    return [
        f"原文有{len(found)}处数字的各位之间夹着空格（从 PDF 复制的文字常见，如“{found[0]}”），"
        f"已连成一个数读取（“{joined}”）；请核对这些目标的数值。"
    ]


def _forward(targets: list[Target]) -> int:
    """Return how many targets are stated with a forward-looking word (力争、将、目标…, or 要/计划 before
    a verb: ``wording.OWN_INTENT``)."""
    return sum(1 for t in targets if FORWARD_WORDS.search(t.sentence) or wording.OWN_INTENT.search(t.sentence))


def _simplified(lines: list[PlanLine]) -> tuple[list[PlanLine], list[str]]:
    """Return the lines in simplified characters (a 繁體 plan is converted), with a note."""
    if not is_traditional("".join(line.text for line in lines[:200])):
        return lines, []
    converted = to_simplified([line.text for line in lines])
    if converted is None:
        return lines, [
            "原文是繁体字，但没有安装繁简转换组件（opencc-python-reimplemented），"
            "数字和指标名称可能读不全；请安装后重新导入，或先把原文转为简体。"
        ]
    out = [
        PlanLine(line.number, text, line.heading)
        for line, text in zip(lines, converted, strict=True)
    ]
    return out, ["原文是繁体字，已转为简体后读取（指标名称、原句均为简体）。"]


# ---------------------------------------------------------------------------------------------
# structure


def _place_line(b: _Builder, number: int, text: str, heading: int | None) -> None:
    """Put one normalised line into the tree (or into the ignored / unplaced lists)."""
    # "索  引  号: YT0006/…": a page's label spaced out to line up its column
    unspaced = re.sub(r"\s+", "", text)
    if b.related_reading or RELATED_READING.fullmatch(unspaced):
        # "推荐阅读" alone on its line: what follows is the page's list of other articles
        b.related_reading = True
        b.ignored.append(LineNote(number, text, "网页末尾的相关文章列表，已忽略"))
        return
    if any(r.search(text) or r.search(unspaced) for r in JUNK_RES) and not _runs_on(text):
        b.ignored.append(LineNote(number, text, "网页页眉页脚，已忽略"))
        # "原标题:山南市2017年经济社会发展综述:……" (山南 2017) as a page's first line: the headline itself
        if not b.title and b.part is None and not b.preamble and (m := re.match(r"\s*原标题[：:]\s*(.{4,50})$", text)):
            b.title = m.group(1).strip()
        if not b.published_by and (m := PUBLISHED_BY.search(unspaced)):
            b.published_by = m.group(1)
        return
    if b.part is not None and (DATE_LINE_RE.match(text) or SIGNATURE_RE.match(text)):
        b.ignored.append(LineNote(number, text, "署名或日期，已忽略"))
        return
    kind, n, label, rest = _classify(b, text, heading)
    if kind == "part":
        _open_part(b, number, n, label, rest)
    elif kind == "topic":
        _open_topic(b, number, n, rest)
    elif kind == "section":
        _open_section(b, number, n, label, rest)
    elif kind == "item":
        _open_item(b, number, n, label, rest)
    else:
        _add_body(b, number, text)


def _runs_on(text: str) -> bool:
    """True for a long line that only starts like page furniture ("来源：…日报 记者…。今年全市…"):
    a page that lost its line breaks; its text is read, not ignored. A row of a page header's
    cells ("索引号：|002564651/2024-00026|成文日期：|2024-02-23") has no sentence in it."""
    return len(text) > 40 and text.count("。") >= 2 and any("，" in p or len(p) > 30 for p in text.split("。"))


def _top_level(lines: list[PlanLine]) -> str:
    """Return the labels of the plan's top level: "part" (一、, the usual style, or Word
    headings), else "section" when the plan is headed （一）（二）… with no 一、 level at all, else
    "1." when its headings are 1. 2. …, else "topic" for a news report whose paragraphs open
    with their topic ("工业工作，…" "科技工作，…", two or more, none repeated); the top level
    always makes the 部分.

    Such a level counts only when its lines open with a title ("（一）基本思路",
    "1、全力争取科技项目资金。…") — a list of the targets themselves ("（一）高新技术企业达到
    300家；") stays text of 主要任务目标."""
    texts = [normalize(line.text) for line in lines]
    if any(line.heading == 1 for line in lines) or any(
        (m := PART_RE.match(t)) and not t.startswith(m["n"] + "是") for t in texts
    ):
        return "part"
    for top, regex in (("section", SECTION_RE), ("1.", ITEM_STYLES["1."])):
        rests = [m["rest"] for t in texts if (m := regex.match(t))]
        if len(rests) < (1 if top == "section" else 2):
            continue
        titled = sum(1 for rest in rests if _opens_with_title(rest))
        if 2 * titled >= len(rests):
            return top
    topics = [m["topic"] for t in texts if (m := TOPIC_RE.match(t)) and not NOT_TOPIC.match(t)]
    if len(set(topics)) >= 2 and len(set(topics)) == len(topics):
        return "topic"
    return "part"


def _untransposed(found: int | None, texts: list[str], date: tuple[int, int] | None) -> int | None:
    """Return the plan year ``found`` was mistyped for: in an undated text, a year earlier than one the
    text named before it (not as a horizon, "到2020年"), whose digits are that year's successor's
    transposed ("会议总结了2009年……2001年招商引资工作的总体目标是" plans 2010); otherwise ``found``."""
    if found is None or (date is not None and abs(date[0] - found) <= 1):
        return found
    whole = "\n".join(texts)
    first = re.search(rf"(?<!\d){found}\s*年", whole)
    head = whole[: first.start()] if first else ""
    before = [int(m.group(1)) for m in re.finditer(rf"(?<![\d到至])({YEAR_NUM})\s*年", head)]
    if not before or found >= max(before):
        return found
    following = max(before) + 1
    return following if sorted(str(following)) == sorted(str(found)) else found


def _transposed_years(b: _Builder, year: int | None) -> list[str]:
    """Read a goal's year written with the plan year's digits transposed, earlier than a year the
    text already reported on ("会议总结了2009年……。2001年招商引资工作的总体目标是：…" in a 2010
    text), as the plan year, in ``b.segments``; return a note for each."""
    if year is None:
        return []
    notes, seen = [], []
    for k, seg in enumerate(b.segments):
        for m in re.finditer(rf"(?<!\d)({YEAR_NUM})(?=\s*年[^。；]{{0,30}}?(?:目标|任务))", seg.text):
            typo = int(m.group(1))
            before = seen + [int(y) for y in re.findall(rf"(?<!\d)({YEAR_NUM})\s*年", seg.text[: m.start()])]
            if (
                typo < year - 1
                and sorted(m.group(1)) == sorted(str(year))
                and any(typo < earlier < year for earlier in before)
            ):
                b.segments[k] = seg = dataclasses.replace(seg, text=seg.text[: m.start()] + str(year) + seg.text[m.end() :])
                notes.append(f"第 {seg.line} 行的“{typo}年”看来是“{year}年”的笔误（前文已在说 {max(before)} 年），已按 {year} 年读取，请核对原文")
        seen += [int(y) for y in re.findall(rf"(?<!\d)({YEAR_NUM})\s*年", seg.text)]
    return notes


# a bare line heading a review: "2017年工作回顾", "过去五年工作回顾", "2019年工作总结"
REVIEW_LINE = re.compile(r"^[^，。；：:、！？]{0,12}?(?:工作)?(?:回顾|总结)[：:]?$")
# a news headline that states this year's target: "河南擘画科技创新“路线图”：今年研发投入强度2.2%以上"
HEADLINE_TARGET = re.compile(
    rf"(?:今年|{WITHIN_YEAR}|全年)[^，。；！？]{{0,20}}?\d+(?:\.\d+)?[^，。；！？\d]{{0,4}}?(?:以上|以内|左右)"
    rf"|(?:今年|{WITHIN_YEAR}|全年)[^，。；！？]{{0,20}}?(?:力争|确保|要|将|达到|突破|超过|新增|净增)[^，。；！？]{{0,20}}?\d"
)


# a headline that sets a target in so many words: "广东出台文件……，全社会研发投入占比力争达到4%"
# ("西高新今年计划引进10家以上世界500强企业": this year's plan, the count bounded)
HEADLINE_STRIVES = re.compile(rf"(?:力争|确保|争取)[^，。；！？:：\d]{{0,8}}?\d|(?:今年|{WITHIN_YEAR}|全年)计划[^，。；！？:：\d]{{0,6}}?\d+[^，。；！？\d]{{0,2}}以上")


def _headline_targets(title, lines, root, year, own_year, date, got, body: str = "") -> None:
    """Add to ``got`` the targets a news headline states for this year ("……：今年研发投入强度2.2%以上")
    when the body quoted reads none (it stops before its targets) — or, when it reads others, a
    target the headline sets with 力争/确保 whose indicator and figure the body does not state (a
    repost that lost the figure: "比重达0%左右"). Any other headline target the body leaves out stays
    a possible miss (review lists it)."""
    headline = normalize(title or "")
    if wording.RESULT_HEADLINE.search(headline):
        return
    if got.targets and not HEADLINE_STRIVES.search(headline):
        return
    if not got.targets and not HEADLINE_TARGET.search(headline):
        return
    line = next((k for k, pl in enumerate(lines, 1) if headline and headline in normalize(pl.text)), 1)
    head = extract([_Segment(root.code, line, headline)], root, year, own_year, "", date)
    stated = {(t.value, t.unit) for t in got.targets}
    named = {t.indicator for t in got.targets}
    body = normalize(body)
    got.targets += [
        t for t in head.targets
        if (t.value, t.unit) not in stated
        and (not got.targets or (t.indicator not in named and f"{t.value:g}{t.unit}" not in body))
    ]


def _opens_with_title(rest: str) -> bool:
    """True for "基本思路", "全力争取科技项目资金。…": a short heading without a quantity."""
    title = re.split(r"[。；：]", rest, maxsplit=1)[0]
    return 0 < len(title) <= 40 and not re.search(r"\d", title)


def _classify(b: _Builder, text: str, heading: int | None) -> tuple[str, int, str, str]:
    """Return (kind, number, label, rest) for a line: part / section / item / text."""
    if b.top == "section" and (m := SECTION_RE.match(text)):
        n = cn_value(m["n"])
        if n is not None:
            return "part", n, f"（{m['n']}）", m["rest"]
    if b.top == "1." and (m := ITEM_STYLES["1."].match(text)) and int(m["n"]) > 0:
        return "part", int(m["n"]), f"{int(m['n'])}.", m["rest"]
    if b.top == "topic" and (m := TOPIC_RE.match(text)) and not NOT_TOPIC.match(text):
        return "topic", len(b.root.children) + 1, "", text
    if m := PART_RE.match(text):
        n = cn_value(m["n"])
        if n is not None and not text.startswith(m["n"] + "是"):
            return "part", n, m["n"] + "、", m["rest"]
    if m := SECTION_RE.match(text):
        n = cn_value(m["n"])
        if n is not None:
            return "section", n, f"（{m['n']}）", m["rest"]
    if m := _item_before_number(b, text):
        return "item", int(m["n"]), f"{int(m['n'])}.", m["rest"]
    for style, regex in ITEM_STYLES.items():
        m = regex.match(text)
        if not m:
            continue
        n = cn_value(m["n"]) if style == "是" else int(m["n"])
        if n is None or n == 0 or (style == "1." and b.top == "1."):
            continue
        if b.item_style in (None, style) and b.part is not None:
            label = {"是": f"{m['n']}是", "1.": f"{n}.", "（1）": f"（{n}）"}[style]
            return "item", n, label, m["rest"]
    if heading == 1 or (heading and b.part is not None):
        # A Word heading without its number in the text (automatic numbering).
        if heading == 1:
            n = len(b.root.children) + 1
            return "part", n, cn_number(n) + "、", text
        if heading == 2:
            n = len(b.part.children) + 1
            return "section", n, f"（{cn_number(n)}）", text
        container = b.section or b.part
        n = len(container.children) + 1
        return "item", n, f"{cn_number(n)}是", text
    return "text", 0, "", text


# "2.3亿元以上新入库工业项目中高新产业占比达到90%" after item 1.: the item number "2." runs into
# an amount that opens the item ("3亿元以上…" is a threshold inside the name), not 2.3亿元
ITEM_BEFORE_NUMBER = re.compile(r"^(?P<n>\d{1,2})\.(?P<rest>\d.*)$")


def _item_before_number(b: _Builder, text: str) -> re.Match | None:
    """Return the match of "N.<number>…" when items 1. … N-1. came just before it, so "N." is the
    next item's number; a lone "2.3亿元…" without that run of items stays a decimal."""
    m = ITEM_BEFORE_NUMBER.match(text)
    container = b.section or b.part
    if not m or b.item_style != "1." or container is None or b.top == "1.":
        return None
    items = container.children
    if len(items) + 1 != int(m["n"]) or not items or items[-1].label != f"{len(items)}.":
        return None
    return m


def _split_title(rest: str) -> tuple[str, str]:
    """Return (title, body): the title runs to the first 。 (or the whole line)."""
    head, sep, body = rest.partition("。")
    title = head.strip().rstrip("：；，")
    return title, body.strip()


def _part_label(b: _Builder, n: int) -> str:
    """Return the label of part ``n`` in the plan's own top-level style."""
    return {"section": f"（{cn_number(n)}）", "1.": f"{n}."}.get(b.top, cn_number(n) + "、")


def _open_part(b: _Builder, number: int, n: int, label: str, rest: str) -> None:
    expected = len(b.root.children) + 1
    if n < expected:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"编号「{label}」在「{_part_label(b, expected - 1)}」之后重复出现，"
                "无法作为新的部分，已并入上一条正文",
            )
        )
        _add_body(b, number, label + rest)
        return
    if n > expected:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"部分编号不连续：应为「{_part_label(b, expected)}」，实际为「{label}」，"
                f"已按顺序编为第{expected}部分",
            )
        )
    title, body = _split_title(rest)
    node = PlanNode(cn_number(expected), "部分", label, title)
    b.root.children.append(node)
    b.part, b.section, b.current = node, None, node
    b.segments.append(_Segment(node.code, number, rest))
    if body:
        b.texts.setdefault(node.code, []).append(body)


# a task's title: its first sentence, or its first phrase when that sentence is long
TASK_TITLE_CHARS = 24


def _open_task(b: _Builder, number: int, row: TaskRow, text: str) -> None:
    """A row of a numbered table of tasks (序号 | 具体任务与要求 | 进展情况 | 牵头单位, a 政府工作报告
    task list) is a part of its own, labelled with the row's 序号 and titled by the task's first
    sentence or phrase; its 正文 is the task as written, then its 牵头单位. The sentence the row
    was rewritten into (``text``: the task, then its progress as results) is read for targets."""
    task = normalize(row.task)
    if b.part is not None and not b.task_parts:
        # a table of tasks inside a part of the plan: its rows are that part's (or section's) items
        container = b.section or b.part
        k = len(container.children) + 1
        node = PlanNode(f"{container.code}.{k}", "条", f"{row.number}.", _task_title(task))
        container.children.append(node)
    else:
        node = PlanNode(cn_number(len(b.root.children) + 1), "部分", f"{row.number}.", _task_title(task))
        b.root.children.append(node)
        b.part, b.section, b.task_parts = node, None, True
    b.current = node
    b.segments.append(_Segment(node.code, number, text))
    b.texts.setdefault(node.code, []).append(task)
    if row.lead:
        b.texts[node.code].append(f"牵头单位：{row.lead}")


def _task_title(task: str) -> str:
    """Return a task's title: its first sentence, else its first phrase (a comma outside
    quotes), else its first ``TASK_TITLE_CHARS`` characters and "…"."""
    title = re.split(r"[。；]", task, maxsplit=1)[0].strip()
    if len(title) > TASK_TITLE_CHARS:
        depth = 0
        for i, c in enumerate(title):
            depth += {"“": 1, "”": -1, "《": 1, "》": -1, "（": 1, "）": -1}.get(c, 0)
            if c in "，：" and depth <= 0:
                title = title[:i]
                break
    return title if len(title) <= TASK_TITLE_CHARS else title[:TASK_TITLE_CHARS] + "…"


def _open_topic(b: _Builder, number: int, n: int, text: str) -> None:
    """A paragraph led by its topic ("科技工作，引进2-3个高端研发团队…") is a part titled by
    the topic; the whole paragraph, lead included, is its text."""
    topic = TOPIC_RE.match(text)["topic"]
    node = PlanNode(cn_number(n), "部分", cn_number(n) + "、", topic)
    b.root.children.append(node)
    b.part, b.section, b.current = node, None, node
    b.add_text(node, number, text[len(topic) + 1 :])
    b.segments[-1] = _Segment(node.code, number, text)


def _open_section(b: _Builder, number: int, n: int, label: str, rest: str) -> None:
    if b.part is None:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"「{label}」出现在第一部分「一、」之前，无法归入某一部分，已并入主要任务目标",
            )
        )
        _add_body(b, number, label + rest)
        return
    expected = len(b.part.children) + 1
    if n != expected:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"节编号不连续：在「{b.part.label}」下应为「（{cn_number(expected)}）」，"
                f"实际为「{label}」，已按顺序编号",
            )
        )
    title, body = _split_title(rest)
    node = PlanNode(f"{b.part.code}.{expected}", "节", label, title)
    b.part.children.append(node)
    b.section, b.current = node, node
    b.segments.append(_Segment(node.code, number, rest))
    if body:
        b.texts.setdefault(node.code, []).append(body)


def _open_item(b: _Builder, number: int, n: int, label: str, rest: str) -> None:
    container = b.section or b.part
    style = "是" if label.endswith("是") else ("1." if label.endswith(".") else "（1）")
    b.item_style = b.item_style or style
    expected = len(container.children) + 1
    # items numbered 1–6 straight through the sections of a part are the usual style
    through = (
        b.section is not None
        and b.part is not None
        and n == sum(len(sec.children) for sec in b.part.children) + 1
    )
    if n != expected and not through:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"条目编号不连续：在「{container.label}{container.title}」下应为第{expected}条，"
                f"实际为「{label}」，已按顺序编号",
            )
        )
    # "…100项以上。四是加强科技成果推广。…": a following item inside the same line.
    pieces = _split_inline_items(rest, expected, style)
    for offset, (piece_label, piece) in enumerate(pieces):
        idx = expected + offset
        title, body = _split_title(piece)
        node = PlanNode(f"{container.code}.{idx}", "条", piece_label or label, title)
        container.children.append(node)
        b.current = node
        b.segments.append(_Segment(node.code, number, piece))
        if body:
            b.texts.setdefault(node.code, []).append(body)


def _split_inline_items(rest: str, first: int, style: str) -> list[tuple[str, str]]:
    """Return [(label, text)] for an item line that holds the next items after a 。."""
    pieces: list[tuple[str, str]] = [("", rest)]
    if style != "是":
        return pieces
    n = first + 1
    while True:
        label = f"{cn_number(n)}是"
        label_text = pieces[-1][1]
        m = re.search(rf"(?<=[。；]){label}(?!否|指|说)", label_text)
        if not m:
            return pieces
        pieces[-1] = (pieces[-1][0], label_text[: m.start()])
        pieces.append((label, label_text[m.end() :].lstrip("，、：")))
        n += 1


def _add_body(b: _Builder, number: int, text: str) -> None:
    """Add a line without a structural label to the current node (or to the preamble)."""
    text = BULLET_RE.sub("", text) if BULLET_RE.match(text) else text
    if b.part is None:
        _add_preamble(b, number, text)
        return
    b.add_text(b.current, number, text)


def _add_preamble(b: _Builder, number: int, text: str) -> None:
    """Lines before part 一: the document title, the general requirements, 主要任务目标."""
    if not b.title and "。" not in text and len(text) <= 50 and (
        not b.preamble
        # "市科学技术局2022年度工作计划" after a line pasted above it: still the title
        or (len(b.preamble) <= 2 and YEAR_RE.search(text) and TITLE_HEAD.search(text))
    ):
        b.title = text
        return
    if (
        b.title
        and len(b.preamble) <= 2
        and SITE_HEADER.match(b.title)
        and "。" not in text
        and len(text) <= 50
        and YEAR_RE.search(text)
        and TITLE_HEAD.search(text)
    ):
        # "北京市西城区人民政府" / "信息详情" / "2020年西城区政府工作报告重点工作全年完成情况": the
        # site's header above the page's own title
        b.preamble.insert(0, b.title)
        b.title = text
        return
    b.preamble.append(text)
    if COVER_CLOSE.match(text):
        # "特此通知。": a letter issuing the plan (印发通知) ends here; what it said, its 附件说明,
        # 署名 and date are not the plan's 主要任务目标 ("…确保顺利完成全年工作目标" is no heading)
        b.texts.pop("总", None)
        b.marker_seen = False
        b.segments.append(_Segment("总", number, text))
        return
    if b.marker_seen:
        b.add_text(b.root, number, text)
        return
    m = MARKER_RE.search(text)
    if m:
        b.marker_seen = True
        start = text.rfind("。", 0, m.start()) + 1
        b.texts.setdefault("总", []).append(text[start:])
        b.segments.append(_Segment("总", number, text))
    else:
        # general requirements: not 正文 of 总, but a target stated here is still a headline one
        b.segments.append(_Segment("总", number, text))


INLINE_ITEM = re.compile(rf"(?:^|(?<=[。；！？]))(?P<n>{CN})是(?!否|指|说|要|在)[，、：]?")


def _inline_parts(b: _Builder) -> None:
    """Make parts of "一是…。二是…。" written inline in a plan without 一、 headings (a news
    report of the plan), when the items open with a title ("一是突出企业技术创新主体地位。"):
    each becomes a part with its own targets. Items that are the targets themselves
    ("一是高新技术企业达到300家；二是…") stay text of 主要任务目标."""
    total = [seg for seg in b.segments if seg.code == "总"]
    marks = [(seg, m) for seg in total for m in INLINE_ITEM.finditer(seg.text)]
    numbers = [cn_value(m["n"]) for _, m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return
    first_seg, first = marks[0]
    lead = "".join(seg.text for seg in total[: total.index(first_seg)]) + first_seg.text[: first.start()]
    # "今年以来，……一是帮助企业谋划科技项目，积极争取…": what was done, told as a list
    reported = bool(REPORT_LEAD.search(lead[-300:]))
    titled = sum(1 for seg, m in marks if _item_title(seg.text[m.end() :], two_phrases=not reported))
    if titled < 2:
        return
    _cut_parts(b, [(seg, m.start(), m.end()) for seg, m in marks], _split_title)


# an inline item's title: "突出企业技术创新主体地位。", or two phrases "聚焦创新引领主题，全面推进示范区
# 建设。" — no number, and (two phrases) no result ("科技实力明显增强，创新成果丰硕。")
ITEM_TITLE = re.compile(r"[^。；，\d]{2,30}。|(?P<two>[^。；，\d]{2,20}，[^。；，\d]{2,20})。")
TITLE_REPORTS = re.compile(r"了|取得|得到|成效|显著|明显|稳步|不断|成果丰")
REPORT_LEAD = re.compile(r"以来|近年来|过去一年|回顾|总结")


def _item_title(rest: str, two_phrases: bool = True) -> bool:
    """True when an inline 一是 item opens with a title (see ``ITEM_TITLE``); a two-phrase title
    only when ``two_phrases`` (the text leading into the list does not report results)."""
    m = ITEM_TITLE.match(rest)
    return bool(m) and not (m["two"] and (not two_phrases or TITLE_REPORTS.search(m["two"])))


def _parallel_parts(b: _Builder) -> None:
    """Make parts of a run of parallel task clauses in a plan without any heading ("在A上奋力突破。
    在B上奋力突破。…", "一要…二要…", "着力…；着力…", see ``parallel``): each clause is a part
    titled by its first phrase."""
    total = [seg for seg in b.segments if seg.code == "总"]
    clauses = parallel_clauses([seg.text for seg in total])
    if clauses:
        _cut_parts(b, [(total[c.index], c.start, c.title) for c in clauses], clause_title)


# a news report's subhead: a short line of words only ("培育壮大科创企业群体"), no number, no mark
SUBHEAD = re.compile(rf"(?:{YEAR_NUM}年)?[\u4e00-\u9fff“”]{{4,16}}")
SUBHEAD_BODY = 40  # the paragraph under a subhead is body text, at least this long


def _subhead_parts(b: _Builder) -> None:
    """Make parts of the subheads of a plan told as a news report, with no 一、 headings: short
    stand-alone lines, each followed by a paragraph of body text (qa10 F25, 泉州 2024)."""
    total = [seg for seg in b.segments if seg.code == "总"]
    heads = [
        seg
        for seg, after in zip(total, total[1:], strict=False)
        if SUBHEAD.fullmatch(seg.text.strip())
        and after.line == seg.line + 1
        # (or a list of items, one a line: "地区生产总值突破3000亿元；" (湖州 2017))
        and (len(after.text) >= SUBHEAD_BODY or after.text.rstrip().endswith(("；", ";", "：", ":")))
        and not REPORT_LEAD.search(seg.text)
    ]
    if len(heads) >= 2:
        _cut_parts(b, [(seg, 0, 0) for seg in heads], lambda piece: (piece.strip(), ""))


def _cut_parts(b: _Builder, marks: list[tuple[_Segment, int, int]], split) -> None:
    """Cut the 总 segments into parts at ``marks`` (segment, where the part starts, where its
    title starts); ``split`` returns a piece's (title, body). What comes before the first mark
    stays with 主要任务目标; whatever follows a part's piece belongs to that part."""
    first_seg = marks[0][0]
    new_segments: list[_Segment] = []
    current: PlanNode | None = None
    root_texts = b.texts.get("总", [])
    for seg in b.segments:
        if seg.code != "总" or (current is None and seg is not first_seg):
            new_segments.append(seg)
            continue
        cuts = [(start, title) for s2, start, title in marks if s2 is seg]
        head = seg.text[: cuts[0][0]] if cuts else seg.text
        if head.strip():
            if current is None:
                new_segments.append(_Segment("总", seg.line, head))
            else:
                new_segments.append(_Segment(current.code, seg.line, head))
                b.texts.setdefault(current.code, []).append(head)
        if seg.text in root_texts:
            root_texts[root_texts.index(seg.text)] = head if current is None else ""
        for k, (_, title_at) in enumerate(cuts):
            end = cuts[k + 1][0] if k + 1 < len(cuts) else len(seg.text)
            piece = seg.text[title_at:end]
            n = len(b.root.children) + 1
            title, body = split(piece)
            current = PlanNode(cn_number(n), "部分", cn_number(n) + "、", title)
            b.root.children.append(current)
            new_segments.append(_Segment(current.code, seg.line, piece))
            if body:
                b.texts.setdefault(current.code, []).append(body)
    b.texts["总"] = [t for t in root_texts if t]
    b.segments = new_segments
    b.part = current


def _find_year(title: str, texts: list[str]) -> int | None:
    """Return the plan year named in the title or first paragraphs (None when dropped); a year
    named for results ("截至2022年底，全市共有…") is not the plan's."""
    # "2023年工作总结和2024年工作计划": the year of the plan, not of the summary
    if m := re.search(
        rf"({YEAR_NUM})年(?:度)?[^，。年]{{0,12}}?(?:计划|打算|要点|安排|意见|思路)", title or ""
    ):
        return int(m.group(1))
    for text in [title, *texts[:3]]:
        for m in YEAR_RE.finditer(text or ""):
            # "截至2022年底…", "总结2020年全市科技工作": a year reported on, not planned
            if re.search(r"(?:截至|截止|总结|回顾|盘点)\s*$", text[: m.start()]):
                continue
            # "对2012年工作进行了全面总结，……对2013年度科技工作进行了全面谋划": the year whose
            # work is summed up in its own clause is not the plan's
            clause = re.match(r"[^，,。；！？]*", text[m.end() :]).group(0)
            if re.search(r"(?:总结|回顾|盘点)", clause) and not re.search(
                r"谋划|部署|安排|计划|打算", clause
            ):
                continue
            return int(m.group(1))
    return None


def _lead_notes(targets: list, leads: dict[str, str]) -> list[str]:
    """Return a note for each target of a task table led by another department (牵头单位
    “县发改局、县科技局…”): is it the bureau's own target, and who in the bureau reports it."""
    notes: dict[str, list[str]] = {}
    for t in targets:
        lead = leads.get(t.sentence.strip().rstrip("。；"))
        if lead:
            notes.setdefault(lead, []).append(t.indicator)
    return [
        f"「{'」「'.join(dict.fromkeys(names))}」的牵头单位是「{lead}」，不是本局牵头；"
        f"请确认是否作为本局的目标任务（不是的请从「目标任务」中删去），是的请在「责任科室」中填写报送数据的科室。"
        for lead, names in notes.items()
    ]


def _shown(listed: list, table_cells: dict[str, str]) -> list:
    """Return quantities set aside with the cells of a 绩效目标表 they came from as their 原文."""
    return [dataclasses.replace(u, sentence=verbatim(u.sentence, table_cells)) for u in listed]


def _restated_office(t, restated: dict[tuple[str, str], list[str]], offices: dict[str, str]) -> str:
    """Return the 科室 a table row gives ``t`` when the row states again a target first read from a
    paragraph (主要目标 “……达到2.6%”, then the row ``1 | …比重 | % | 2.6 | 发展规划科``), else its own
    (the catalogue's default): the office's own table names who answers for it (qa24 F3)."""
    return next((offices[s] for s in restated.get((t.indicator, t.kind), ()) if s in offices), t.department)
