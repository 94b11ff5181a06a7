"""Footnotes under a county table: 「注：功能区数据单列……」, 「填报人：张三  联系电话：……」.

Offices close a reporting table with a note, the name of the person who filled it in and a phone
number, typed in the first column below the counties. Such a row is no county: it is taken out
of the county rows (never matched, summed or asked for figures) and told once, as a 提示.
A row is a footnote when its first text starts with one of the usual words and it holds no number,
and only rows after the last county row count (a county is never called 注……).
Pure: a ``Table`` in, the table changed in place and ``Problem``s out.
"""

from __future__ import annotations

import re

from kjreport.errors import Problem

_WORDS = ("说明", "备注", "填报人", "填表人", "填报单位", "填报日期", "联系人", "联系电话", "电话", "审核人",
          "审核", "制表", "单位负责人", "负责人", "数据来源", "资料来源")
_NOTE = re.compile(r"^\s*(注(?=[\s:：、,，.．0-9０-９（(]|$)|(?:" + "|".join(_WORDS) + r")(?=[\s:：、,，（(]|$))")


# a note naming where a column's figures come from, whatever word it opens with:
# 「常住人口：数据来自于湖南省统计局2024年全省及各市州统计公报」 (no unit is named so)
_SOURCE = re.compile(r"(?:数据|资料)(?:来自|来源|取自)|来源于|来自于")


def is_footnote(text: object) -> bool:
    """Return True for a cell that opens a footnote (注：…, 说明：…, 填报人：…, 联系电话：…) or
    says where figures come from (常住人口：数据来自于……统计公报)."""
    return isinstance(text, str) and bool(_NOTE.match(text) or _SOURCE.search(text))


def trailing_rows(table, key: str, typed) -> list[tuple[int, str]]:
    """Return (row number, the first cell as typed) of the footnote rows that close ``table``:
    rows after its last other row whose ``key`` cell opens a note and that hold no number.
    ``typed(cell)`` gives a cell as typed (names in ``table`` are already folded)."""
    rows = list(table.rows)
    out: list[tuple[int, str]] = []
    for r in reversed(rows):
        text = typed(r.cells.get(key)) if typed else r.values.get(key)
        if not isinstance(text, str):
            text = r.values.get(key)
        if not is_footnote(text):
            break
        if any(isinstance(v, (int, float)) and not isinstance(v, bool) for k, v in r.values.items() if k != key):
            break
        out.append((r.number, text))
    return out[::-1]


def footnote_problem(file: str, sheet: str, key_letter: str, found: list[tuple[int, str]]) -> Problem:
    """Return the one 提示 of a sheet's footnote rows, quoting the first as typed."""
    first, text = found[0]
    rows = f"第 {first} 行" if len(found) == 1 else f"第 {first}–{found[-1][0]} 行"
    more = f"等 {len(found)} 行" if len(found) > 1 else ""
    return Problem(file, sheet, f"{key_letter}{first}", f"{rows}（「{text}」{more}）是表注",
                   "已按表注处理，不计入县区、不参加汇总和排名；无需修改", "提示")


# a yearbook's group heading inside a table: 「按地区分」「分县（市、区）」「按区域分：」 — no unit
_HEADING = re.compile(r"^\s*(?:按(?:地区|区域|县区|县（市、区）|县\(市、区\)|县市区|行政区划?|市州|乡镇)分组?|"
                      r"分(?:地区|区域|县区|县（市、区）|县\(市、区\)|县市区|市州|乡镇))\s*[:：]?\s*$")


def heading_rows(table, key: str) -> list[tuple[int, str]]:
    """Return (row number, text) of the group-heading rows of ``table`` (按地区分 …) that hold no
    number: a line of the printed table, never a unit."""
    out = []
    for r in table.rows:
        text = r.values.get(key)
        if isinstance(text, str) and _HEADING.match(text) and not any(
                isinstance(v, (int, float)) and not isinstance(v, bool) for k, v in r.values.items() if k != key):
            out.append((r.number, text))
    return out


def heading_problem(file: str, sheet: str, key_letter: str, found: list[tuple[int, str]]) -> Problem:
    """Return the one 提示 of a sheet's group-heading rows."""
    first, text = found[0]
    rows = "、".join(f"第 {n} 行" for n, _ in found)
    return Problem(file, sheet, f"{key_letter}{first}", f"{rows}（「{text}」）是统计表中的分组标题行",
                   "已跳过，不计入县区、不参加汇总和排名；无需修改", "提示")
