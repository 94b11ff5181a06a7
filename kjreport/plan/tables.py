"""Tables in a plan: rows of cells (``|``/tab separated text, a .docx table row) as sentences.

A plan's 主要指标 table (``指标名称 | 单位 | 2024年目标``) or a task table
(``序号 | 工作任务 | 完成情况``) means nothing to the sentence reader cell by cell. Each data row is
rewritten as the sentence a plan would write — ``高新技术企业达到120家。`` — with the year of its
column (``2025年目标`` → ``2025年，…``); figures of a column of results (上年、实际、完成情况)
are written as results (``截至上年，…为…``) so that they are listed, not read as targets. Pure text
in, text out; ``parse`` calls it before reading the lines.

A 目标任务分解表 of a multi-year plan (``目标 | 任务内容 | 牵头部门 | 配合部门 | 前三年目标任务 |
五年目标任务``) is read the same way: the unit is in brackets after the name (``拥有发明专利(件)``),
the columns count years from the start of the plan's period in the caption (``(2011-2015年)``:
前三年 → 2013, 五年 → 2015), a row of a group that opens with the group's cell (merged over its
rows: ``一、企业自主创新能力提升工程``) is one cell longer than the others, and the 牵头部门 is the
target's 责任科室 when it names one (``高新科``; a bureau, ``市科技局``, is not a 科室).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kjreport.plan.reader import PlanLine, TaskRow
from kjreport.plan.text import cn_value
from kjreport.plan.yearwords import YEAR_NUM

# spaces around a separator go with it, a tab does not: "名称\t\t160" is an empty cell between
CELL_SPLIT = re.compile(r"[^\S\t]*(?:\||｜|\t)[^\S\t]*")
NAME_HEADER = re.compile(r"指标|名称|内容|项目|工作任务|任务")
UNIT_HEADER = re.compile(r"^(?:计量)?单位$")
TARGET_HEADER = re.compile(r"目标|预期|计划|任务值|考核值|指标值")
LEAD_HEADER = re.compile(r"牵头|责任(?:单位|部门|[科处股]室)|承办(?:单位|[科处股]室)")  # 配合部门 only helps
# a column counted from the start of the plan's period: "前三年目标任务", "五年目标任务"
PERIOD_COLUMN = re.compile(r"^(?:前|第)?([一二三四五六七八九十\d]{1,2})年")
PERIOD_SPAN = re.compile(rf"({YEAR_NUM})\s*年?\s*[-—–~～至到]+\s*({YEAR_NUM})\s*年")
# "拥有发明专利(件)" (not a scope: "规模以上工业总产值(区属)" (嘉定 2021), "(全市)", "(市本级)")
UNIT_IN_NAME = re.compile(r"\s*[（(]\s*((?![区市县省全本]|其中)[^（）()\d]{1,4})\s*[)）]\s*$")
# a 科室 of the bureau, not a bureau or an office of the government ("市科技局", "市工信委")
OFFICE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:科|室|处|股)$")
# a 备注 column: a word alone there qualifies the row's bare figure ("左右" → ≈, "以内" → ≤)
NOTE_HEADER = re.compile(r"^(?:备注|说明)$")
NOTE_WORD = re.compile(r"^(?:(以上|以内|以下|左右)|(不低于|不少于|不超过|超过|约))$")
# a column of the change from one year to the next: "同比增长%", "比上年增减(%)"
GROWTH_HEADER = re.compile(r"同比|比上年|比去年|增[长减]\s*[(（]?\s*[%％]")
PAST_HEADER = re.compile(r"上年|去年|实际|完成|基期|基数|现状|落实|进展|实绩")
REPORT_CAPTION = re.compile(r"完成情况|完成表|落实情况|进展情况|进度表")
SO_FAR_CAPTION = re.compile(r"上半年|一季度|前三季度|\d{1,2}\s*[-—至到]\s*\d{1,2}\s*月")
YEAR = re.compile(rf"({YEAR_NUM})\s*年")
NUMBER_CELL = re.compile(
    r"^(?:[≥≤><]=?|不低于|不少于|不超过|达到|约)?\s*-?\d+(?:\.\d+)?\s*(?:%|以上|以内|左右)?$"
    r"|^\d{1,3}[.．、]$"  # a row's 序号 typed "2." or "2、": no header has it
)


@dataclass
class _Header:
    name: int
    unit: int | None
    targets: list[tuple[int, str]] = field(default_factory=list)  # (column, year prefix)
    past: list[int] = field(default_factory=list)
    lead: int | None = None  # 牵头部门
    note: int | None = None  # 备注
    numbered: bool = False  # the first column is the rows' 序号
    # the 序号 column after a column of groups ("项目 | 序号 | 内容及要求 | …"): a row past a group's
    # first has no cell of its own there (the group's cell is merged over its rows)
    number_after_group: bool = False
    width: int = 0  # how many cells the header has
    # a table of areas (县市区 | 08年产值(万元) | 09年产值(万元) | 增幅): each column is one
    # indicator (its name and unit), and only the whole area's row (全市) is the plan's target
    columns: dict[int, tuple[str, str]] = field(default_factory=dict)
    caption: str = ""  # the lines above a table of areas: the row naming its place is the whole's
    line: int = 0  # the header's line number
    # a target column of growth in percent ("预期增长(%)", 淮南 2025): its bare figures are rates of growth
    growth: set[int] = field(default_factory=set)


def cells_of(text: str) -> list[str]:
    """Return the cells of a table row written as text ("a | b | c", tab separated), or []."""
    if not re.search(r"[|｜\t]", text):
        return []
    # a tab opening the line is an empty first cell (a Word row whose 序号 is blank), not a margin
    cells = [c.strip() for c in CELL_SPLIT.split(text.rstrip().lstrip(" \u3000").strip("|｜"))]
    return cells if len([c for c in cells if c]) >= 2 else []


ROW_MARK = re.compile(r"^\s*[|｜]\s*$")  # a line that is only "|": a row copied one cell a line
CELL_LINE = re.compile(r"[|｜]\s*$")
LEAD_CELL = re.compile(r"^\s*[|｜]\s*[^|｜\s][^|｜]*$")  # "| 任务内容": one cell a line, bar first
ORDINAL_LINE = re.compile(r"^\s*\d{1,3}\s*$")  # "12": a row's 序号 on its own line
# a row's name (or a piece of a broken cell) on a line of its own: "潍城", "(开发区)", "产值增幅"
LABEL_LINE = re.compile(r"^\s*[^\d|｜，。；：、,.;:！？!?\s]{1,10}\s*$")


def barred_cells(lines: list[PlanLine]) -> list[PlanLine]:
    """Return ``lines`` with a table copied one cell a line, a ``|`` alone on the line after each
    cell (``序号`` / ``|`` / ``工作任务`` / ``|`` / ``完成情况`` / ``|`` / ``1`` / ``|`` / …), put back
    as rows ``1 | 任务 | 完成情况`` on the line of each row's 序号 (the header likewise). The
    header is the run of short cells opened by 序号 up to the first row's 序号; every row has as
    many cells as the header and opens with its 序号, else the lines are left as they are."""
    out: list[PlanLine] = []
    k = 0
    while k < len(lines):
        cells, j = [], k
        if NUMBER_HEADER.match(lines[k].text.strip()):
            while (
                j + 1 < len(lines)
                and lines[j].text.strip()
                and not ROW_MARK.match(lines[j].text)
                and ROW_MARK.match(lines[j + 1].text)
            ):
                cells.append(lines[j])
                j += 2
        rows = _barred_rows(cells)
        if rows is None:
            out.append(lines[k])
            k += 1
            continue
        for row in rows:
            out.append(PlanLine(row[0].number, " | ".join(c.text.strip() for c in row), row[0].heading))
        k = j
    return out


# a cell copied on a line of its own with the bar after it: "地区生产总值 |"
BAR_ENDED_CELL = re.compile(r"^\s*([^|｜]+?)\s*[|｜]\s*$")


def bar_ended_cells(lines: list[PlanLine]) -> list[PlanLine]:
    """Return ``lines`` with a table copied a cell a line, each cell followed by a bar and each row
    opened by a line of a bar alone (``|`` / ``指标名称 |`` / ``预期增长(%) |`` / ``|`` / ``地区生产总值 |`` /
    ``6左右 |`` / …, 淮南 2025), put back as rows ``地区生产总值 | 6左右 | 4``. Every row has as many
    cells as the header, which names its rows (指标、名称…); else the lines are left as they are."""
    return _tables_put_back(lines, _bar_ended_table)


def _bar_ended_table(lines: list[PlanLine], k: int) -> tuple[list[PlanLine], int] | None:
    rows: list[list[PlanLine]] = []
    j = k
    while j < len(lines) and ROW_MARK.match(lines[j].text):
        row, j = [], j + 1
        while j < len(lines) and (m := BAR_ENDED_CELL.match(lines[j].text)) and not ROW_MARK.match(lines[j].text):
            row.append(PlanLine(lines[j].number, m.group(1), lines[j].heading))
            j += 1
        if not row:
            break
        rows.append(row)
    width = len(rows[0]) if rows else 0
    if len(rows) < 3 or width < 2 or not NAME_HEADER.search(rows[0][0].text) or any(len(r) != width for r in rows):
        return None
    return [PlanLine(row[0].number, " | ".join(c.text for c in row), row[0].heading) for row in rows], j


def _barred_rows(cells: list[PlanLine]) -> list[list[PlanLine]] | None:
    """Return the header and rows of a table read one cell a line (``barred_cells``), or None."""
    width = next((i for i, c in enumerate(cells) if ORDINAL_LINE.match(c.text)), 0)
    header = [c.text.strip() for c in cells[:width]]
    if (
        width < 3
        or len(cells) < 2 * width
        or len(cells) % width
        or not all(HEADER_CELL.match(c) for c in header[1:])
        or not any(NAME_HEADER.search(c) for c in header[1:])
    ):
        return None
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    numbers = [r[0].text.strip() for r in rows[1:]]
    if numbers != [str(n) for n in range(1, len(rows))]:
        return None
    return rows


# A table copied out of a PDF: its cells stand on one line apart by spaces, no bars or tabs
# ("序号 指标名称 单位 2015年完成 2016年目标 责任单位" / "1 高新技术企业数 家 12 15 高新科").
SPACE_SPLIT = re.compile(r"[ \u3000]+")
SPACED_HEADER_CELL = re.compile(r"^[^，。；：,.;:|｜]{1,12}$")


def spaced_cells(lines: list[PlanLine]) -> list[PlanLine]:
    """Return ``lines`` with a table whose cells are set apart by spaces put back as rows
    ``a | b | c``. The header is a line of three or more short cells naming the indicator column
    (指标名称) and a column of targets (2016年目标) or results; each following line with as many
    cells (or one fewer: a blank 责任单位 at the end) is a row, up to the first line that is not."""
    out: list[PlanLine] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        cells = SPACE_SPLIT.split(line.text.strip())
        header = (
            len(cells) >= 3
            and not re.search(r"[|｜\t]", line.text)
            and all(SPACED_HEADER_CELL.match(c) for c in cells)
            and any(NAME_HEADER.search(c) for c in cells)
            and any(TARGET_HEADER.search(c) or PAST_HEADER.search(c) for c in cells)
            and not any(NUMBER_CELL.match(c) for c in cells if not YEAR.search(c))
        )
        rows: list[PlanLine] = []
        j = k + 1
        while header and j < len(lines):
            row = SPACE_SPLIT.split(lines[j].text.strip())
            if len(row) not in (len(cells), len(cells) - 1) or not any(
                NUMBER_CELL.match(c) for c in row[1:]
            ):
                break
            rows.append(PlanLine(lines[j].number, " | ".join(row), lines[j].heading))
            j += 1
        if not rows:
            out.append(line)
            k += 1
            continue
        out.append(PlanLine(line.number, " | ".join(cells), line.heading))
        out.extend(rows)
        k = j
    return out


def joined_cells(lines: list[PlanLine]) -> list[PlanLine]:
    """Return ``lines`` with rows copied one cell a line put back on one line.

    A web table copied as text may arrive as ``|`` alone on a line, then each cell on its own
    line ending in ``|`` (``序号 |`` / ``任务目标 |`` / …); such a run becomes one row
    ``序号 | 任务目标 | …`` on the line of its first cell. The other copy puts the bar first
    (``| 任务内容`` / ``| 牵头部门`` / …) and closes the row with a ``|`` alone; the row's 序号
    stands on the line before its first cell and becomes the row's first cell.
    """
    out: list[PlanLine] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        run = []
        j = k + 1
        if ROW_MARK.match(line.text):
            while j < len(lines) and CELL_LINE.search(lines[j].text) and not ROW_MARK.match(
                lines[j].text
            ):
                run.append(lines[j])
                j += 1
        if len(run) >= 2:
            text = " | ".join(CELL_LINE.sub("", c.text).strip() for c in run)
            out.append(PlanLine(run[0].number, text, run[0].heading))
            k = j
            continue
        j = k
        cells = []
        while j < len(lines) and LEAD_CELL.match(lines[j].text) and not CELL_LINE.search(
            lines[j].text
        ):
            cells.append(re.sub(r"^\s*[|｜]", "", lines[j].text).strip())
            j += 1
            # "| 高新技术产业" / "产值增幅" / "|": a cell broken over two lines goes on
            if (
                j + 1 < len(lines)
                and LABEL_LINE.match(lines[j].text)
                and (LEAD_CELL.match(lines[j + 1].text) or ROW_MARK.match(lines[j + 1].text))
            ):
                cells[-1] += lines[j].text.strip()
                j += 1
        if len(cells) >= 2:
            first = line
            closed = j < len(lines) and ROW_MARK.match(lines[j].text)
            if out and ORDINAL_LINE.match(out[-1].text):
                first = out.pop()
                cells.insert(0, first.text.strip())
            elif closed and out and LABEL_LINE.match(out[-1].text):
                # "潍城" / "| 474696" / "| 579129.1" / "| 22%" / "|": the row's name stands on
                # the line(s) before its first bar ("峡山生态" / "发展区"), the header's too
                labels = [out.pop()]
                if out and LABEL_LINE.match(out[-1].text) and len(out[-1].text.strip()) <= 6:
                    labels.insert(0, out.pop())
                first = labels[0]
                cells.insert(0, "".join(x.text.strip() for x in labels))
            out.append(PlanLine(first.number, " | ".join(cells), first.heading))
            k = j + 1 if closed else j
            continue
        out.append(line)
        k += 1
    return out


# A header of two rows (泸州 2010): the groups over the first ("项目区县 | 小春粮食 | 小 麦 | …"),
# the same measures under each group in the second ("面积 | 亩产 | 总产 | 面积 | …"); a line above
# may give the measures' units in their order ("单位:万亩、公斤/亩、万吨").
UNITS_LINE = re.compile(r"^\s*单位\s*[:：]\s*([^:：]+?)\s*$")


def stacked_headers(lines: list[PlanLine]) -> list[PlanLine]:
    """Return ``lines`` with a header of two rows made one: each column named by its group and
    its measure ("小春粮食面积(万亩)"), the measure's unit taken from a 单位 line above."""
    out: list[PlanLine] = []
    k = 0
    while k < len(lines):
        merged = _stacked(lines[k : k + 3], out[-3:]) if k + 2 < len(lines) else None
        if merged is None:
            out.append(lines[k])
            k += 1
            continue
        out.append(PlanLine(lines[k].number, merged, lines[k].heading))
        k += 2  # the row of measures is now in the header
    return out


def _stacked(three: list[PlanLine], above: list[PlanLine]) -> str | None:
    """Return the one header row that a header of groups over measures stands for, or None."""
    groups, measures, row = (cells_of(unicodedata.normalize("NFKC", x.text)) for x in three)
    n = len(groups) - 1
    if n < 2 or not measures or len(measures) % n or len(measures) == n:
        return None
    per = len(measures) // n
    if (
        len(row) != len(measures) + 1
        or measures != measures[:per] * n
        or any(re.search(r"\d", c) or not c for c in [*groups[1:], *measures])
        or not all(NUMBER_CELL.match(c) for c in row[1:] if c)
    ):
        return None
    units: list[str] = []
    for line in above:
        if m := UNITS_LINE.match(unicodedata.normalize("NFKC", line.text)):
            units = re.split(r"\s*[、，,；;]\s*", m.group(1))
    if len(units) != per:
        units = [""] * per
    names = [
        re.sub(r"\s+", "", g + m) + (f"({u})" if u else "")
        for g in groups[1:]
        for m, u in zip(measures[:per], units, strict=True)
    ]
    return " | ".join([groups[0], *names])


# A web table copied one cell a line with no bars at all: a header of short cells opened by 序号
# ("序号" / "具体任务与要求" / "进展情况" / "牵头单位" / "牵头领导"), then each row opened by its
# 序号 on a line of its own, its cells one a line (blank lines between them).
NUMBER_HEADER = re.compile(r"^(?:序号|编号)$")
HEADER_CELL = re.compile(r"^[^\d，。；：,.;:|｜]{2,16}$")
ROW_TAIL_CELL = re.compile(r"^[^。；;]{1,20}$")  # a short cell after the prose (单位, 领导)


def bare_cells(lines: list[PlanLine]) -> list[PlanLine]:
    """Return ``lines`` with a table copied one cell a line, without bars, put back as rows
    ``1 | 任务 | 进展 | 单位…`` on the line of each row's 序号 (the header likewise). A row's cells
    fill the header's columns in order up to the last column of text (名称, 目标, 进展); the short
    lines after them (牵头单位, 牵头领导) share the next column. The table ends at a line that
    fits no cell (prose after the text columns are filled)."""
    return _tables_put_back(lines, _bare_table)


def _bare_table(lines: list[PlanLine], k: int) -> tuple[list[PlanLine], int] | None:
    """Return the header and rows of a bare table opening at ``k`` (``bare_cells``) and the index
    after it, or None."""
    header = _bare_header(lines, k)
    if header is None:
        return None
    names, k = header
    out = [PlanLine(_first_number(lines, k, names), " | ".join(names), None)]
    text_columns = 1 + max(i for i, c in enumerate(names) if NAME_HEADER.search(c) or PAST_HEADER.search(c))
    while k < len(lines) and ORDINAL_LINE.match(lines[k].text):
        row, k = _bare_row(lines, k, text_columns)
        out.append(row)
    return out, k


# A table of indicators copied one cell a line with no 序号, its rows grouped under "一、经济增长" lines
# (镇江 2015: "类别" / "指标" / "2010年实绩" / "2015年目标" / "一、经济增长" / "农业增加值(亿元)" / "81.53" / "163" / …)
GROUP_HEADER = re.compile(r"^(?:类别|类型|分类|领域|项目类别|指标类别)$")
GROUP_LINE = re.compile(r"^[一二三四五六七八九十]{1,2}[、.．]\s*[^\d，。；]{2,16}$")
GROUPED_HEADER_CELL = re.compile(rf"^(?:{YEAR_NUM}\s*年)?[^\d，。；：,.;:|｜]{{2,16}}$")  # "2015年目标"
VALUE_CELL = re.compile(r"^[≥≤><]?\s*-?\d+(?:\.\d+)?\s*[%％]?(?:\s*[:：]\s*\d+(?:\.\d+)?)?$")


def grouped_cells(lines: list[PlanLine]) -> list[PlanLine]:
    """Return ``lines`` with a table of indicators copied one cell a line (no 序号, no bars) put back
    as rows ``农业增加值(亿元) | 81.53 | 163`` under its header (``指标 | 2010年实绩 | 2015年目标``): a
    header of short cells naming the indicator and a target or year column, each row a name then one
    figure per column; group lines ("一、经济增长") between rows are left out, as is the header's
    column for them (类别). The table ends at the first line that fits neither."""
    return _tables_put_back(lines, _grouped_table)


def _tables_put_back(lines: list[PlanLine], table_at) -> list[PlanLine]:
    """Return ``lines`` with each table ``table_at(lines, k)`` finds at ``k`` (its rows as lines and
    the index after it, or None) put in place of the lines it was read from."""
    out: list[PlanLine] = []
    k = 0
    while k < len(lines):
        found = table_at(lines, k)
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        rows, k = found
        out.extend(rows)
    return out


def _grouped_table(lines: list[PlanLine], k: int) -> tuple[list[PlanLine], int] | None:
    names, j = [], k
    while j < len(lines) and len(names) < 6:
        text = lines[j].text.strip()
        if not text:
            j += 1
            continue
        if not GROUPED_HEADER_CELL.match(text) or VALUE_CELL.match(text) or GROUP_LINE.match(text):
            break
        names.append(text)
        j += 1
    if names and GROUP_HEADER.match(names[0]):
        names = names[1:]
    if (
        len(names) < 3
        or not NAME_HEADER.search(names[0])
        or not any(TARGET_HEADER.search(c) for c in names[1:])
    ):
        return None
    width = len(names) - 1
    rows: list[PlanLine] = []
    while j < len(lines):
        j = _next_filled(lines, j)
        if j >= len(lines):
            break
        text = lines[j].text.strip()
        if GROUP_LINE.match(text):
            j += 1
            continue
        if VALUE_CELL.match(text) or len(text) > 30 or re.search(r"[，。；]", text):
            break
        values, m = [], _next_filled(lines, j + 1)
        while m < len(lines) and len(values) < width and VALUE_CELL.match(lines[m].text.strip()):
            values.append(lines[m].text.strip())
            m = _next_filled(lines, m + 1)
        if len(values) != width:
            break
        rows.append(PlanLine(lines[j].number, " | ".join([text, *values]), lines[j].heading))
        j = m
    if len(rows) < 3:
        return None
    return [PlanLine(lines[k].number, " | ".join(names), lines[k].heading), *rows], j


def _first_number(lines: list[PlanLine], end: int, names: list[str]) -> int:
    """Return the line number of the header's first cell (序号) before ``end``."""
    for line in reversed(lines[:end]):
        if line.text.strip() == names[0]:
            return line.number
    return lines[end - 1].number


def _next_filled(lines: list[PlanLine], j: int) -> int:
    """Return the index of the first non-blank line from ``j`` on (``len(lines)`` when none)."""
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j


def _bare_header(lines: list[PlanLine], k: int) -> tuple[list[str], int] | None:
    """Return (the header's cells, the index of its first row's 序号) when a bare header opens
    at ``k``: 序号, then at least two short cells, one naming the task and one its progress or
    target, then a 序号 line."""
    if not NUMBER_HEADER.match(lines[k].text.strip()):
        return None
    names = [lines[k].text.strip()]
    j = _next_filled(lines, k + 1)
    while j < len(lines):
        text = lines[j].text.strip()
        if ORDINAL_LINE.match(text) or not HEADER_CELL.match(text):
            break
        names.append(text)
        j = _next_filled(lines, j + 1)
    if (
        len(names) < 3
        or j >= len(lines)
        or not ORDINAL_LINE.match(lines[j].text)
        or not any(NAME_HEADER.search(c) for c in names[1:])
        or not any(PAST_HEADER.search(c) or TARGET_HEADER.search(c) for c in names[1:])
    ):
        return None
    return names, j


def _bare_row(lines: list[PlanLine], k: int, text_columns: int) -> tuple[PlanLine, int]:
    """Return one bare row opened by the 序号 at ``k`` as a line of cells, and where it ends."""
    number = int(lines[k].text)
    cells, tail = [lines[k].text.strip()], []
    j = _next_filled(lines, k + 1)
    while j < len(lines):
        text = lines[j].text.strip()
        if ORDINAL_LINE.match(text) and int(text) > number:
            break
        if len(cells) < text_columns:
            cells.append(text)
        elif ROW_TAIL_CELL.match(text) and not re.search(r"\d", text):
            tail.append(text)
        else:
            break  # prose after the table
        j = _next_filled(lines, j + 1)
    if tail:
        cells.append("、".join(tail))
    return PlanLine(lines[k].number, " | ".join(cells), lines[k].heading), j


# A progress table copied one cell a line with no 序号 at all (拱墅 2020: "项目名称" / "项目内容" /
# "责任单位" / "进展情况"): rows cannot be counted, but each 进展 cell follows its row's 责任单位
# cell, a list of organs ("区发改经信局、区科技工业区管委会、各街道").
_ORGAN = r"[\u4e00-\u9fff]{1,16}(?:局|委|办|院|部|厅|中心|政府|管委会|公司|集团|街道|乡镇|镇)"
ORGANS = re.compile(rf"^{_ORGAN}(?:[、，,；;\s]+{_ORGAN})*[、，,；;\s]*$")


def progress_cells(lines: list[PlanLine]) -> list[PlanLine]:
    """Return ``lines`` with each 进展情况 cell of a bare progress table with no 序号 written as
    a result ("截至目前，…"): the cell after each 责任单位 cell, when the header ends with a
    责任单位 column and then a 进展 column."""
    out: list[PlanLine] = []
    progress = False
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not progress:
            progress = _progress_header(lines, k)
        elif (
            text
            and out
            and (j := _filled_before(out)) is not None
            and ORGANS.match(out[j].text.strip())
            and not ORGANS.match(text)
        ):
            line = PlanLine(line.number, _each_sentence(text, "截至目前，"), line.heading, line.task)
        out.append(line)
    return out


def _filled_before(out: list[PlanLine]) -> int | None:
    """Return the index of the last non-blank line of ``out``, or None."""
    return next((i for i in range(len(out) - 1, -1, -1) if out[i].text.strip()), None)


def _progress_header(lines: list[PlanLine], k: int) -> bool:
    """True when a bare header with no 序号 ends at ``k``: short cells naming the task, then a
    责任单位 column, then a 进展 column (the cell at ``k``)."""
    names = []
    j = k
    while j >= 0 and len(names) < 6:
        text = lines[j].text.strip()
        if text:
            if not HEADER_CELL.match(text):
                break
            names.insert(0, text)
        j -= 1
    return (
        len(names) >= 3
        and re.search(r"进展|进度", names[-1]) is not None
        and LEAD_HEADER.search(names[-2]) is not None
        and any(NAME_HEADER.search(c) for c in names[:-2])
        and not NUMBER_HEADER.match(names[0])
    )


@dataclass
class TableSentences:
    """What ``rows_as_sentences`` gives besides the lines, each keyed by a sentence made of a row."""

    sources: dict[str, str] = field(default_factory=dict)  # → the cells it was read from (原文)
    offices: dict[str, str] = field(default_factory=dict)  # → the 科室 its 牵头部门 cell names
    leads: dict[str, str] = field(default_factory=dict)  # → its 牵头单位 when another department leads it
    # a row's target sentence → the figure of its one 上年/实际/完成 column ("72亿元"): last year's
    # result the office typed beside the target (qa23 F5: ``init`` puts it in 科室数据's 上年数)
    previous: dict[str, str] = field(default_factory=dict)
    # what a table of areas gives other areas than the whole (泸州 2010's 江阳区, 纳溪区 …): listed, not
    # imported — the header's line number → the areas' names
    areas: dict[int, list[str]] = field(default_factory=dict)

    def area_notes(self) -> list[str]:
        """Return one note per table of areas on the rows of other areas than the whole."""
        return [
            f"第{line}行起的地区表中，{'、'.join(names[:5])}{'等' if len(names) > 5 else ''} {len(names)} 行"
            "是分解到各地的数，没有作为本地目标导入（只导入全市、合计或表题所说地方的一行）"
            for line, names in self.areas.items()
            if names
        ]


def rows_as_sentences(lines: list[PlanLine], year: int | None = None) -> tuple[list[PlanLine], TableSentences]:
    """Return ``lines`` with table rows rewritten as sentences (other lines unchanged) and, for the
    sentences made of rows (``TableSentences``): for each sentence of a 任务分解表 the cells it was
    read from (shown as the target's 原文 instead of the sentence made up here), for each the 科室
    its 牵头部门 cell names, for each whose 牵头单位 cell first names another department than the
    science bureau (县发改局、县科技局) that cell, and for a row's target the figure of its 上年
    column. ``year`` (the workbook's) dates the columns of a 任务分解表 whose plan period is not above it."""
    lines = stacked_headers(
        progress_cells(bare_cells(grouped_cells(joined_cells(barred_cells(bar_ended_cells(spaced_cells(lines)))))))
    )
    out: list[PlanLine] = []
    found_in = TableSentences()
    sources, offices, leads = found_in.sources, found_in.offices, found_in.leads
    header: _Header | None = None
    recent: list[str] = []  # the lines just before a table: its caption
    for line in lines:
        cells = cells_of(unicodedata.normalize("NFKC", line.text))  # "１．８％", "２０１５年"
        if not cells:
            header = None
            out.append(line)
            recent = [*recent[-2:], unicodedata.normalize("NFKC", line.text)]
            continue
        found = None if _prose_cell(cells) else _header(cells, "".join(recent), year)
        if found is not None:
            header = found
            header.line = line.number
            header.numbered = bool(NUMBER_HEADER.match(cells[0]))
            # (not a report of the year so far: "2025年上半年……主要预期目标完成情况" (淮南 2025) sets the
            # year's goals beside the half-year's results)
            if (
                any(REPORT_CAPTION.search(t) for t in [*recent, *cells])
                and not any(SO_FAR_CAPTION.search(t) for t in [*recent, *cells])
                and not _reports_the_year(recent, year)
            ):
                # "主要指标完成情况表": its 目标 column is the year reported on, not a plan
                header.past += [i for i, _ in header.targets]
                header.targets = []
            out.append(PlanLine(line.number, "", line.heading))  # the header says nothing
            continue
        text = _row(cells, header) if header is not None else "。".join(c for c in cells if c)
        if header is not None and header.columns and not _is_whole_row(cells[0], header):
            found_in.areas.setdefault(header.line, []).append(cells[0])
        if header is not None:
            _note_verbatim(_aligned(cells, header), header, sources)
            _note_previous(text, _aligned(cells, header), header, found_in.previous)
        if header is not None and header.lead is not None:
            # a 任务分解表: the target shows its row as copied, and its 牵头部门 when that is a 科室
            shown = "｜".join(c for c in cells if c)
            cells = _aligned(cells, header)
            office = cells[header.lead] if header.lead < len(cells) else ""
            for sentence in re.findall(r"[^。]+。", text):
                sources[sentence] = f"任务分解表：{shown}"
                if OFFICE.match(office):
                    offices[sentence] = office
            office = "、".join(u for u in re.split(r"[、，,；;\s]+", office) if _ORGAN_END.search(u))
            if office and not OFFICE.match(office) and not _LEAD_SCIENCE.match(office):
                # "县发改局、县科技局…": led by another department; said once per row
                from kjreport.plan.text import normalize

                for piece in re.findall(r"[^。；]+", normalize(text)):
                    leads[piece.strip()] = office
        out.append(PlanLine(line.number, text, line.heading, _task_row(cells, header)))
    return out, found_in


def _reports_the_year(caption: list[str], year: int | None) -> bool:
    """True when the caption over a 完成情况 table names the workbook's year and no other ("表1
    2017年长宁区国民经济和社会发展主要目标完成情况" read for 2017 (长宁 2017)): its 目标 column is
    that year's targets, set at its start, the other column how far they were met."""
    years = {int(y) for t in caption for y in YEAR.findall(t)}
    return year is not None and years == {year}


def _prose_cell(cells: list[str]) -> bool:
    """True when a "cell" is running text, sentences long: no table's header has one (a page that
    lost its line breaks, its toolbar's bars "【字号: | | 【背景色 …" splitting it, was read as a
    header and its whole text dropped)."""
    return any(len(c) > 100 and len(re.findall(r"[。！？]", c)) >= 2 for c in cells)


def _note_previous(text: str, cells: list[str], h: _Header, previous: dict[str, str]) -> None:
    """Record, for the one target sentence a row of one target column and one 上年 column says
    ("力争…达到90亿元。截至上年，…为72亿元。"), that column's figure with its unit ("72亿元")."""
    if h.columns or len(h.targets) != 1 or len(h.past) != 1:
        return
    i = h.past[0]
    if i >= len(cells) or not NUMBER_CELL.match(cells[i]):
        return
    said = [x for x in re.findall(r"[^。]+。", text) if not x.startswith("截至")]
    past = [x for x in re.findall(r"[^。]+。", text) if x.startswith("截至上年，")]
    if len(said) == 1 and len(past) == 1:
        previous[said[0]] = past[0].partition("为")[2].rstrip("。")


def _task_row(cells: list[str], h: _Header | None) -> TaskRow | None:
    """Return the row of a numbered table of tasks (序号 | 具体任务与要求 | 进展情况 | 牵头单位 —
    the task is the target, no column of target values) as a ``TaskRow``, else None."""
    if h is None or not h.numbered or h.targets or h.columns:
        return None
    cells = _aligned(cells, h)
    task = cells[h.name].strip() if h.name < len(cells) else ""
    if not task or not ORDINAL_LINE.match(cells[0]):
        return None
    lead = cells[h.lead] if h.lead is not None and h.lead < len(cells) else ""
    lead = "、".join(u for u in re.split(r"[、，,；;\s]+", lead) if _ORGAN_END.search(u))
    return TaskRow(int(cells[0]), task, lead)


# a 牵头单位 cell led by the science bureau itself: 县科技局, 市科学技术局, 科技局（牵头）
_LEAD_SCIENCE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:科技|科学技术)")
# a unit's name in a 牵头单位 cell (县发改局, 市人社局, 县政府办), not a leader's name beside it
_ORGAN_END = re.compile(r"(?:局|委|办|院|部|厅|中心|政府|管委会|公司|集团|科|室|处)$")


def _note_verbatim(cells: list[str], h: _Header, sources: dict[str, str]) -> None:
    """Record, for each sentence a task table's prose cell was rewritten into ("力争…",
    "截至目前，…"), the cell as written: the 原文 a clerk checks a target against is the task
    ("放大人才集聚力。实施…"), never the words added here to read it."""
    from kjreport.plan.text import normalize

    prose = [h.name] if not h.targets else []
    prose += [i for i in h.past if i < len(cells) and not NUMBER_CELL.match(cells[i])]
    for i in prose:
        if i >= len(cells) or not re.search(r"\d", cells[i]):
            continue
        lead = "力争" if i == h.name else "截至目前，"
        shown = normalize(cells[i])
        for piece in re.findall(r"[^。；]+", normalize(_each_sentence(cells[i], lead))):
            sources.setdefault(piece.strip(), shown)


def verbatim(sentence: str, sources: dict[str, str]) -> str:
    """Return what ``sources`` records for ``sentence`` (a table row's cells, or the prose cell a
    sentence was made from), else ``sentence`` itself."""
    return sources.get(sentence) or sources.get(sentence.strip().rstrip("。；;")) or sentence


def _header(cells: list[str], caption: str = "", year: int | None = None) -> _Header | None:
    """Return the column roles of a header row, or None when ``cells`` is not a header.
    ``caption`` (the lines above the table) may name the plan's period ("(2011-2015年)"), from
    which columns of a 任务分解表 ("前三年目标任务", "五年目标任务") take their years; without it
    the longest column is ``year``'s (the workbook's) and a shorter one as many years earlier."""
    if any(NUMBER_CELL.match(c) for c in cells if c and not YEAR.search(c)):
        return None
    if AREA_HEADER.match(cells[0]):
        return _area_header(cells, caption, year)
    names = [i for i, c in enumerate(cells) if NAME_HEADER.search(c)]
    if not names:
        return None
    name = names[0]
    grouped = len(cells) > 1 and NUMBER_HEADER.match(cells[1]) is not None
    if grouped and name == 0 and len(names) > 1:
        name = names[1]  # "项目 | 序号 | 内容及要求 | …" (滨江 2025): 项目 groups the rows, 内容 is each
    unit = next((i for i, c in enumerate(cells) if UNIT_HEADER.match(c)), None)
    h = _Header(name, unit, width=len(cells), number_after_group=grouped)
    counted: dict[int, int] = {}  # column → how many years of the period it counts
    for i, c in enumerate(cells):
        if i in (name, unit):
            continue
        named = YEAR.search(c)
        years = PERIOD_COLUMN.match(c)
        if LEAD_HEADER.search(c) and h.lead is None:
            h.lead = i
        elif NOTE_HEADER.match(c) and h.note is None:
            h.note = i
        elif PAST_HEADER.search(c):
            h.past.append(i)
        elif i < name:
            continue  # a column before the names groups them ("目标": 综合指标, 一、…工程)
        elif years and TARGET_HEADER.search(c) and (n := _count(years.group(1))):
            counted[i] = n
            h.targets.append((i, ""))
        elif TARGET_HEADER.search(c) or named:
            h.targets.append((i, f"{named.group(1)}年，" if named else ""))
            if re.search(r"增长|增速|增幅", c) and re.search(r"[(（]\s*[%％]\s*[)）]", c):
                h.growth.add(i)
    if (
        any(GROWTH_HEADER.search(c) for c in cells)
        and not any(TARGET_HEADER.search(c) for c in cells)
        and len([c for c in cells if YEAR.search(c)]) >= 2
    ):
        # "指标 | 单位 | 2016年 | 2015年 | 同比增长%" (伊吾 2016): two years side by side and the
        # change between them is a statistics table, every figure a result
        h.past = sorted(h.past + [i for i, _ in h.targets])
        h.targets = []
    span = PERIOD_SPAN.search(caption)
    if counted and (span or year is not None):
        longest = max(counted.values())
        dated = {
            i: int(span.group(1)) + n - 1 if span else year - (longest - n)
            for i, n in counted.items()
        }
        last = max(dated.values())
        # the columns before the last are milestones on the way: "前三年" is 到2013年
        h.targets = [
            (i, f"{dated[i]}年，" if dated[i] == last else f"到{dated[i]}年，") if i in dated else (i, y)
            for i, y in h.targets
        ]
    return h if h.targets or h.past else None


# the first column of a table of areas: "县市区(开发区)", "县（市、区）", "地区"
# a corner cell split by a diagonal ("项目区县": 项目 over the columns, 区县 down the rows)
AREA_HEADER = re.compile(r"^(?:项目|指标)?(?:各?县市区|县[（(]市、?区[）)]|县区|区县|县市|地区|区域|各地)")
# a column's year written short or in full: "09年高新技术产业产值(万元)", "2009年…"
COLUMN_YEAR = re.compile(rf"^\s*(?:({YEAR_NUM})|(\d{{2}}))\s*年(?:度)?")
# the row of the whole area: "全市", "合计"
TOTAL_ROW = re.compile(r"^(?:全市|全县|全区|全省|全州|全盟|合计|总计)(?:合计|总计)?$")


def _area_header(cells: list[str], caption: str, year: int | None) -> _Header | None:
    """Return the columns of a table of areas: each column after the first is an indicator, the
    year in its header ("08年…", "09年…") says whether it is the plan's year or an earlier one."""
    named = YEAR.search(caption)
    plan_year = int(named.group(1)) if named else year
    h = _Header(0, None, width=len(cells), caption=caption)
    for i, c in enumerate(cells[1:], start=1):
        m = COLUMN_YEAR.match(c)
        when = None
        if m:
            when = int(m.group(1)) if m.group(1) else 2000 + int(m.group(2))
        name = c[m.end() :] if m else c
        unit = ""
        if u := UNIT_IN_NAME.search(name):
            name, unit = name[: u.start()], u.group(1).strip()
        if len(name) < 2:
            continue
        h.columns[i] = (name, unit)
        if when is not None and plan_year is not None and when < plan_year:
            h.past.append(i)
        else:
            h.targets.append((i, f"{when}年，" if when else ""))
    return h if h.targets else None


def _area_row(cells: list[str], h: _Header) -> str:
    """Return the sentences of a row of a table of areas: the whole area's figures (全市) as
    targets and results; another area's row as written (a target of that area, not the plan's)."""
    if not _is_whole_row(cells[0], h):
        return "。".join(c for c in cells if c)
    parts = []
    for i, year in h.targets:
        if i < len(cells) and cells[i]:
            name, unit = h.columns[i]
            parts.append(f"{year}力争{name}{_value(cells[i], unit)}。")
    for i in h.past:
        if i < len(cells) and NUMBER_CELL.match(cells[i]):
            name, unit = h.columns[i]
            parts.append(f"截至上年，{name}为{_value(cells[i], unit).removeprefix('达到')}。")
    return "".join(parts)


def _is_whole_row(name: str, h: _Header) -> bool:
    """True for the row of the whole area (全市, 合计, the caption's place)."""
    return bool(TOTAL_ROW.match(name)) or _whole_place(name, h.caption)


def _whole_place(name: str, caption: str) -> bool:
    """True when a row names the place the table's caption is about ("泸州市" under
    "泸州市2010年小春粮油生产任务分解表"): that row is the whole's, like a row 全市."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}[省市县区州盟旗]", name)) and name in caption


def _count(numeral: str) -> int | None:
    """Return the number of years "三" or "3" stands for."""
    return int(numeral) if numeral.isdigit() else cn_value(numeral)


def _aligned(cells: list[str], h: _Header) -> list[str]:
    """Return a row's cells lined up with its header. A row that opens a group carries the
    group's merged cell first, the rows after it do not, and a 序号 the header lost adds one
    more: when the values stand at the right end, a row of another length is aligned there."""
    if h.number_after_group and cells and ORDINAL_LINE.match(cells[0]):
        return ["", *cells]  # a row under a group's merged cell
    last = max([i for i, _ in h.targets] + h.past, default=-1)
    if len(cells) == h.width or last != h.width - 1 or not NUMBER_CELL.match(cells[-1]):
        return cells
    if len(cells) > h.width:
        return cells[len(cells) - h.width :]
    return [""] * (h.width - len(cells)) + cells


def _row(cells: list[str], h: _Header) -> str:
    """Return the sentence(s) one data row says."""
    if h.columns:
        return _area_row(cells, h)
    cells = _aligned(cells, h)
    name = cells[h.name] if h.name < len(cells) else ""
    unit = cells[h.unit] if h.unit is not None and h.unit < len(cells) else ""
    unit = re.sub(r"[（()）]", "", unit)
    if not unit and (m := UNIT_IN_NAME.search(name)):  # "拥有发明专利(件)"
        name, unit = name[: m.start()], m.group(1).strip()
    note = cells[h.note].strip() if h.note is not None and h.note < len(cells) else ""
    parts = []
    if not h.targets and re.search(r"\d", name):
        parts.append(_each_sentence(name, "力争"))  # a task table: the task is the target
    for i, year in h.targets:
        if i < len(cells) and cells[i] and i in h.growth and re.match(r"^-?\d+(?:\.\d+)?(?:以上|以内|左右)?$", cells[i]):
            # "地区生产总值 | 6左右" under "预期增长(%)": 增长6%左右
            parts.append(f"{year}力争{name}增长{_value(cells[i], '%', note).removeprefix('达到')}。")
        elif i < len(cells) and cells[i]:
            parts.append(f"{year}力争{name}{_value(cells[i], unit, note)}。")
    for i in h.past:
        if i < len(cells) and cells[i]:
            value = cells[i]
            if NUMBER_CELL.match(value):
                parts.append(f"截至上年，{name}为{_value(value, unit).removeprefix('达到')}。")
            else:
                parts.append(_each_sentence(value, "截至目前，"))
    return "".join(parts) or "。".join(c for c in cells if c)


def _each_sentence(text: str, lead: str) -> str:
    """Return ``text`` with ``lead`` before each of its sentences that has a number."""
    sentences = re.findall(r"[^。；]+[。；]?", text)
    return "".join(lead + x if re.search(r"\d", x) else x for x in sentences).rstrip("；") + (
        "" if text.endswith("。") else "。"
    )


def _value(cell: str, unit: str, note: str = "") -> str:
    """Return a target cell as the words a sentence would use ("≥120" + 家 → "不低于120家"); a
    bare figure takes the word its row's 备注 cell holds alone ("6" + % + 左右 → "达到6%左右")."""
    cell = cell.replace(">=", "≥").replace("<=", "≤")
    words = {"≥": "不低于", "≤": "不超过", ">": "超过", "<": "低于"}
    m = re.match(r"^([≥≤><])\s*", cell)
    lead = words[m.group(1)] if m else ("" if re.match(r"^\D", cell) else "达到")
    rest = cell[m.end() :] if m else cell
    word = NOTE_WORD.match(note) if not m and re.fullmatch(r"-?\d+(?:\.\d+)?%?", rest) else None
    if word and word.group(2):
        lead = word.group(2)
    elif word:
        rest = f"{rest}{unit}{word.group(1)}" if unit and not rest.endswith("%") else f"{rest}{word.group(1)}"
    if unit and re.fullmatch(r"-?\d+(?:\.\d+)?(?:以上|以内|左右)?", rest):
        number, qual = re.match(r"(-?\d+(?:\.\d+)?)(.*)", rest).groups()
        rest = f"{number}{unit}{qual}"
    return lead + rest
