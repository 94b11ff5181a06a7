"""绩效目标表: the performance-target forms bureaus publish with their budgets, read as sentences.

A 部门（专项）绩效目标申报表 lists its targets in a table of 一级指标 | 二级指标 | 三级指标 |
指标内容 | 指标值: ``产出指标 | 数量指标 | 新认定高新技术企业数量 | … | 6家以上``. Copied from a
web page the table arrives in one of three shapes, all read here:

- one row a line, cells split by ``|`` or tabs (``… | 15家以上 | |||``);
- one row a line, cells split by spaces (``产出指标 数量指标 科技活动周举办次数 … 1次``), a value
  sometimes pushed onto the next line (``≥8项``);
- one cell a line (``新增高新技术企业`` / ``15`` / ``质量指标`` / ``扶持标准达标率`` / ``100%``).

A form may put a mid-term column beside the annual one (``中期目标(2023年—2025年) | 年度目标``,
each row ``三级指标 | 指标值`` twice): a row's values then alternate between the two, the mid-term
one written for its last year (listed as another year's target), the annual one for the form's
year (``(2023 年度)``); a line of bars only (``||||``) starts the next row.

Each value becomes the sentence a plan would write (``力争新认定高新技术企业数量达到6家以上。``)
with the name of its row: the row's first name cell (the 三级指标), or — for a value alone on its
line — the line before it. Level labels (产出指标、数量指标、满意度指标), header words, qualitative
values (增强、健全) and durations (高企资格有效 3年) say nothing; values under 成本指标 are budget
lines, not targets: each is written as a budget (``科技三项经费预算200万元。``), which the parser lists
as set aside, with its line. The table ends at a line of prose or at 附件. Pure lines in, lines out; ``parse``
calls it before the general table reader (``tables.rows_as_sentences``).
"""

from __future__ import annotations

import re
import unicodedata

from kjreport.plan.reader import PlanLine
from kjreport.plan.yearwords import YEAR_NUM

HEADER_CELL = re.compile(
    r"^(?:[一二三四]级(?:指标)?|指标内容|指标名称|指标值(?:及单位)?|目标值|备注|计量单位|单位"
    r"|绩效指标|(?:部门整体)?(?:支出)?(?:年度)?绩效目标|部门整体|支出年度|年度指标值"
    r"|绩效标准|评分标准|评价标准)$"
)
# a form with a mid-term and an annual column side by side: "中期目标(2023年—2025年) | 年度目标"
MID_TERM = re.compile(
    rf"中期目标\s*[（(]?\s*({YEAR_NUM})\s*年?\s*[-—–~～至]+\s*({YEAR_NUM})\s*年?"
)
FORM_YEAR = re.compile(rf"[（(]\s*({YEAR_NUM})\s*年度?\s*[）)]")  # "(2023 年度)" under the form's title
ANNUAL = re.compile(r"年度目标")
ROW_RULE = re.compile(r"^\s*(?:[|｜]\s*){3,}$")  # "||||": the end of a row copied one cell a line
LABEL_CELL = re.compile(r"^[\u4e00-\u9fff]{0,8}指标$")  # 产出指标, 数量指标, 服务对象满意度指标
COST_LABEL = re.compile(r"成本")
VALUE_CELL = re.compile(
    r"^(?P<cmp>[≥≤><]=?|不低于|不少于|不超过|不高于|达到)?\s*(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>%|个亿|亿元|万元|元|人次|万人次|家|项|个|次|名|人|件|篇|场|期|户|所|处|套|台|条|份|批|支"
    r"|年|月|天)?"
    r"(?P<qual>以上|以内|左右)?$"
)
VALUE_HEAD = re.compile(
    r"^(?:[≥≤><]=?|不低于|不少于|不超过|不高于)?\s*\d+(?:\.\d+)?\s*"
    r"(?:%|个亿|亿元|万元|人次|家|项|个|次|名|人|件|篇|场|期|户|所|处|套|台|条|份|批|支)(?:以上|以内|左右)?"
)
DURATION_UNITS = ("年", "月", "天")
CELL_SPLIT = re.compile(r"\s*(?:\||｜|\t)\s*|\s+")
END = re.compile(r"^(?:附件|附表|说明[：:]|填报说明|备注[：:])")
PROSE_LENGTH = 40  # a longer line without cells is prose: the table has ended
ORG_NAME = re.compile(r"(?:企业|机构|单位|园区|基地|平台|中心|孵化器|众创空间)(?:数量?|数目)?$")
CMP_WORDS = {"≥": "不低于", ">=": "不低于", "≤": "不超过", "<=": "不超过", ">": "超过", "<": "低于"}


def performance_rows(lines: list[PlanLine]) -> tuple[list[PlanLine], dict[str, str]]:
    """Return ``lines`` with each 绩效目标表 in them rewritten as one sentence per target value,
    and for each sentence written the cells it was read from ("绩效指标表：技术交易额｜2个亿以上"),
    which the clerk is shown as the target's 原文 instead of the sentence made up here."""
    out: list[PlanLine] = []
    sources: dict[str, str] = {}
    inside = False
    names: list[str] = []  # the name cells of the last line that had no value
    cost = False  # under 成本指标: budget lines
    # a mid-term column before the annual one: (the form's year, the mid-term's last year)
    mid_term: tuple[int, int] | None = None
    column = 0  # values so far in this row, for a form with two columns side by side
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not inside:
            out.append(line)
            if _opens_table(lines, k):
                inside = True
                names, cost, column = [], False, 0
                mid_term = _mid_term(lines, k)
                # the header's own lines say nothing: blank the ones already passed
                for j in range(len(out) - 1, max(-1, len(out) - 16), -1):
                    if out[j].text.strip() and not _header_only(out[j].text):
                        break
                    out[j] = PlanLine(out[j].number, "", out[j].heading)
            continue
        if END.match(text) or (_is_prose(text)):
            inside = False
            out.append(line)
            continue
        if ROW_RULE.match(text):
            column = 0
        if LABEL_CELL.match(re.sub(r"[\s|｜]", "", text)):  # "数量 指标 |": a label split by a space
            cost = bool(COST_LABEL.search(text))
            out.append(PlanLine(line.number, "", line.heading))
            continue
        cells = [part for c in CELL_SPLIT.split(text) if c for part in _unglued(c)]
        row_names: list[str] = []
        sentences: list[str] = []
        for cell in cells:
            if HEADER_CELL.match(cell) or len(cell) == 1 and not re.match(r"\d", cell):
                continue
            if LABEL_CELL.match(cell):
                cost = bool(COST_LABEL.search(cell))
                continue
            value = VALUE_CELL.match(unicodedata.normalize("NFKC", cell))  # "１００％" too
            if value is None:
                row_names.append(cell)
                continue
            name = (row_names or names or [""])[0]
            names, row_names = [], []  # the next value on this line belongs to the next row
            # side by side, a row's values alternate: the mid-term column's, then the annual one's
            when = ""
            if mid_term is not None:
                when = f"到{mid_term[1]}年，" if column % 2 == 0 else f"{mid_term[0]}年，"
            column += 1
            if name and not cost and value["unit"] not in DURATION_UNITS:
                sentences.append(f"{when}力争{name}{_words(value, name)}。")
                column_name = ""
                if mid_term is not None:
                    column_name = "（中期目标）" if when.startswith("到") else "（年度目标）"
                sources[sentences[-1]] = f"绩效指标表{column_name}：{name}｜{cell}"
            elif name and cost and value["num"]:
                # a budget line is listed as such (set aside, with its line), never dropped unsaid
                sentences.append(f"{when}{name}预算{value['num']}{value['unit'] or ''}。")
                sources[sentences[-1]] = f"绩效指标表（成本指标）：{name}｜{cell}"
        if row_names and not sentences:
            names = row_names
        out.append(PlanLine(line.number, "".join(sentences), line.heading))
    return out, sources


def _mid_term(lines: list[PlanLine], k: int) -> tuple[int, int] | None:
    """Return (the form's year, the mid-term's last year) when the header above line ``k`` puts
    a mid-term column ("中期目标(2023年—2025年)") beside an annual one (年度目标), else None.
    The form's year is the one under its title ("(2023 年度)"), or the mid-term's first."""
    above = unicodedata.normalize("NFKC", "".join(x.text for x in lines[max(0, k - 40) : k + 1]))
    m = MID_TERM.search(above)
    if m is None or not ANNUAL.search(above[m.end() :]):
        return None
    form = FORM_YEAR.search(above[: m.start()])
    return int(form.group(1) if form else m.group(1)), int(m.group(2))


def _opens_table(lines: list[PlanLine], k: int) -> bool:
    """Return True when line ``k`` ends the header of a 绩效指标 table: the last twelve non-blank
    lines up to it name 指标值 and two of the levels (一级、二级、三级, however their cells were
    split), it is a header line, and the next non-blank line is not."""
    if not lines[k].text.strip() or not _header_only(lines[k].text):
        return False
    recent: list[str] = []  # walked back from ``k``: not the whole text before it for every line
    for i in range(k, -1, -1):
        if len(recent) == 12:
            break
        if lines[i].text.strip():
            recent.append(lines[i].text)
    recent.reverse()
    window = "".join(re.sub(r"[\s|｜]", "", t) for t in recent)
    # "一级 | 二级 指标 | 三级指标 | 指标值": the level words, however their cells were split
    if "指标值" not in window or len(set(re.findall(r"[一二三]级", window))) < 2:
        return False
    nxt = next((lines[i].text for i in range(k + 1, len(lines)) if lines[i].text.strip()), "")
    return not _header_only(nxt)


def _header_only(text: str) -> bool:
    """Return True for a line made of header cells only (一级指标 / 指标值 / 备 注 …)."""
    cells = [c for c in CELL_SPLIT.split(text.strip()) if c]
    joined = re.sub(r"[\s|｜]", "", text)
    return bool(cells) and (
        all(HEADER_CELL.match(c) or len(c) == 1 for c in cells) or bool(HEADER_CELL.match(joined))
    )


def _unglued(cell: str) -> list[str]:
    """Return a cell split where one row's value runs into the next row's name ("≥6家培育指导
    高新技术企业数量", "科技成果转化项目数量≥8项科技活动周…": rows joined back by a copy that lost
    the line breaks). Inside a name only a value with its ≥/≤ splits ("减按15%征收" stays whole)."""
    m = VALUE_HEAD.match(cell)
    if m is None:
        m = re.search(r"[≥≤]", cell)
        if m is None or m.start() == 0:
            return [cell]
        return [cell[: m.start()], *_unglued(cell[m.start() :])]
    if m.end() < len(cell) and not re.match(r"[\d.]", cell[m.end()]):
        return [m.group(), *_unglued(cell[m.end() :])]
    return [cell]


def _is_prose(text: str) -> bool:
    """Return True for a line of running text (a paragraph), which a table cell never is."""
    return len(text) > PROSE_LENGTH and not re.search(r"[|｜\t]", text) and "。" in text


def _words(value: re.Match, name: str) -> str:
    """Return a value cell as the words of a sentence ("≥6家" → "不低于6家", "2个亿" → "2亿元");
    a bare count of organisations (新增高新技术企业 | 15) is counted in 家."""
    unit = value["unit"] or ""
    if unit == "个亿":
        unit = "亿元"
    elif not unit and ORG_NAME.search(name) and "." not in value["num"]:
        unit = "家"
    lead = CMP_WORDS.get(value["cmp"] or "", value["cmp"] or "达到")
    return f"{lead}{value['num']}{unit}{value['qual'] or ''}"
