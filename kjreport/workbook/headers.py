"""Other spellings of a header (表头的常见写法): 「县（市）区」 for 县区, 「指标名称」 for 指标,
「2023年」「2022年」 for 本年数 and 上年数.

A sheet headed the way a bureau's own tables are headed is read as the workbook format with one
提示 per header cell read so; a header cell that still cannot be read is named in the error for
the column it most likely is. Pure functions over the header row and the cells below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kjreport.units.words import is_unit_word
from kjreport.workbook.numbers import is_blank, parse_number
from kjreport.workbook.schema import Column, SheetSpec, normalize_header

# the unit-name column of the county sheets: headers made only of these words (县（市）区、开发区,
# 区县, 乡镇（街道）, 单位名称 …); brackets and separators are dropped first
_PLACE_WORDS = ("开发区", "高新区", "功能区", "园区", "街道", "乡镇", "镇街", "街镇", "县", "市", "区", "旗", "乡", "镇",
                "州", "盟", "名称", "名", "单位", "填报", "报送", "地区", "区域", "地市", "各")
# longest first: 「区域」「地区」 are taken whole before 「区」 would leave 「域」「地」 behind
_PLACE_WORDS_LONGEST_FIRST = tuple(sorted(_PLACE_WORDS, key=len, reverse=True))
_SEPARATORS = re.compile(r"[()\[\]、,，/和及与]")
_COUNTY_WORD = re.compile(r"[县区旗]")  # a ledger's place column names the county level (not 单位名称)

# fixed spellings of the other columns, as folded by normalize_header
SPELLINGS: dict[str, tuple[str, ...]] = {
    "指标": ("指标名称", "指标项目", "指标项", "指标内容", "主要指标", "考核指标", "统计指标", "目标指标", "名称",
           "项目", "项目名称"),
    "科室": ("责任科室", "科室名称", "报送科室", "填报科室", "处室", "责任处室", "责任单位"),
    "单位": ("计量单位", "单位名称"),
    "本年数": ("本年", "本年完成", "本年完成数", "本年实际", "本年实际完成", "本年累计", "本年值", "本年度",
            "今年", "当年", "当年数", "本期", "本期数", "完成数", "实际完成", "完成值"),
    "上年数": ("上年", "上年完成", "上年完成数", "上年实际", "上年同期", "上年同期数", "上年累计", "上年值",
            "上年度", "去年", "去年同期", "上期", "上期数"),
    # optional, but a column the office added under its own words must not be ignored (qa11b F21)
    "数据年度": ("数据年份", "数据所属年度", "数据所属年份", "所属年度", "所属年份", "统计年度", "统计年份", "数据年",
             "年度", "年份", "数据年度(年份)", "数据年度(年)", "数据所属年度(年份)"),
}
_YEAR_HEADER = re.compile(r"^(?P<year>(?:19|20)\d{2})(?:\.0)?年?度?(?:完成|实际|实际完成|累计|数据|数|值|全年|同期)*数?$")
YEAR_COLUMNS = ("本年数", "上年数")


@dataclass(frozen=True)
class Reading:
    """A header cell read as a column of the spec under another spelling."""

    index: int  # 0-based within the header row
    column: Column
    raw: object  # the header as typed


def header_year(raw: object) -> int | None:
    """Return the year a header such as 「2023年」「2022年完成」「2023」 names, else None."""
    m = _YEAR_HEADER.match(normalize_header(raw)[0])
    return int(m["year"]) if m else None


def is_place_header(name: str) -> bool:
    """Return True for a header naming the unit-name column: 县（市）区、县市区、区县、单位名称 …"""
    rest = _SEPARATORS.sub("", name)
    if not rest:
        return False
    for word in _PLACE_WORDS_LONGEST_FIRST:
        rest = rest.replace(word, "")
    return not rest


def readings(spec: SheetSpec, header: list[object], body: list[list[object]], year: int | None,
             matched: set[str]) -> list[Reading]:
    """Return the header cells of ``header`` to read as a required column of ``spec`` that no
    cell names exactly (``matched``: the columns already found), each at most once."""
    missing = [c for c in spec.columns if (c.required or c.name in SPELLINGS) and c.name not in matched]
    if not missing:
        return []
    free = {j: normalize_header(raw)[0] for j, raw in enumerate(header)
            if not is_blank(raw) and normalize_header(raw)[0] not in {c.name for c in spec.columns}}
    out: list[Reading] = []

    def take(j: int, column: Column) -> None:
        out.append(Reading(j, column, header[j]))
        free.pop(j, None)

    for column in missing:
        if column.name == "县区" and spec.key == "县区":
            j = _unit_name_column(free, body)
            if j is not None:
                take(j, column)
        elif column.name == "县区":  # a ledger's 县区 column headed 县（市）区、区县 …
            j = next((j for j, name in sorted(free.items())
                      if _COUNTY_WORD.search(name) and is_place_header(name) and _holds_text(body, j)), None)
            if j is not None:
                take(j, column)
        elif column.name in YEAR_COLUMNS:
            j = _year_column(column.name, free, header, year)
            if j is None:
                j = next((j for j, name in free.items() if name in SPELLINGS[column.name]), None)
            if j is not None:
                take(j, column)
        elif column.name in SPELLINGS:
            j = next((j for j, name in free.items() if name in SPELLINGS[column.name]), None)
            if j is not None and (column.kind != "text" or _holds_text(body, j)):
                take(j, column)
    return out


def spelled_like(spec: SheetSpec):
    """Return a test telling whether a cell is another spelling of a column of ``spec`` (for
    finding the header row; a title row above it names none)."""
    names = {c.name for c in spec.columns}
    other = {s for name in names & SPELLINGS.keys() for s in SPELLINGS[name]}
    years = bool(names & set(YEAR_COLUMNS))
    places = spec.key == "县区"
    ledger_places = not places and "县区" in names

    def test(raw: object) -> bool:
        if is_blank(raw):
            return False
        name = normalize_header(raw)[0]
        return (name in other or (years and header_year(raw) is not None)
                or (places and len(name) <= 12 and is_place_header(name))
                or (ledger_places and len(name) <= 12 and bool(_COUNTY_WORD.search(name))
                    and is_place_header(name)))
    return test


def likely_cell(column: Column, header: list[object], taken: set[int]) -> int | None:
    """Return the header cell most likely meant as ``column`` among those not read as any
    column (``taken``): the one sharing most characters with its name, else None."""
    best, best_score = None, 0
    wanted = set(column.name) - {"数"}
    for j, raw in enumerate(header):
        if j in taken or is_blank(raw):
            continue
        name = normalize_header(raw)[0]
        score = len(wanted & set(name))
        if column.name in YEAR_COLUMNS and header_year(raw) is not None:
            score += 1
        if score > best_score:
            best, best_score = j, score
    return best


_SERIAL_HEADERS = {"序号", "编号", "no", "no.", "number"}


def is_serial_column(name: str, body: list[list[object]], j: int) -> bool:
    """Return True for a 序号 / 编号 / No. column numbering the rows 1, 2, 3 … (blank rows such
    as a 合计 or 注 line, or the label 「合计」 itself, may sit between): row numbers, not a
    figure of the units."""
    if name.lower() not in _SERIAL_HEADERS:
        return False
    expected = 1
    for row in body:
        v = row[j] if j < len(row) else None
        if is_blank(v):
            continue
        if isinstance(v, bool):
            return False
        x = v if isinstance(v, (int, float)) else parse_number(v).value
        if x is None and isinstance(v, str):  # the label of a 合计 row merged over 序号 and 区域
            continue
        if x != expected:
            return False
        expected += 1
    return expected > 1


def _unit_name_column(free: dict[int, str], body: list[list[object]]) -> int | None:
    """Return the column holding the unit names: a header made of place words (县（市）区), or
    else the first unrecognised column whose cells are names rather than numbers (a 序号
    column before it is passed over)."""
    for j, name in sorted(free.items()):
        if is_place_header(name) and _holds_text(body, j):
            return j
    for j, name in sorted(free.items()):
        if is_unit_word(name):  # 乡镇, 镇街 …: the units' own word, even over no rows yet (init)
            return j
    return next((j for j in sorted(free) if _holds_text(body, j)), None)


def _year_column(name: str, free: dict[int, str], header: list[object], year: int | None) -> int | None:
    years = {j: y for j in free if (y := header_year(header[j])) is not None}
    if year is None:  # no 年度 to go by: two adjacent years, the later one is this year's
        distinct = sorted(set(years.values()))
        if len(distinct) != 2 or distinct[1] - distinct[0] != 1 or len(years) != 2:
            return None
        year = distinct[1]
    wanted = year if name == "本年数" else year - 1
    found = [j for j, y in years.items() if y == wanted]
    return found[0] if len(found) == 1 else None


def _holds_text(body: list[list[object]], j: int) -> bool:
    """Return True when most filled cells of column ``j`` are text that is not a number."""
    filled = text = 0
    for row in body[:200]:  # the caller passes the first rows only
        v = row[j] if j < len(row) else None
        if is_blank(v):
            continue
        filled += 1
        if isinstance(v, str) and parse_number(v).value is None:
            text += 1
    return filled > 0 and text >= 0.8 * filled
