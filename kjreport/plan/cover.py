"""The plan's own name and issuer, read past what is wrapped around it.

A plan copied from a government site often opens with its 印发通知 rather than its title:

    各县区（市属功能区）科技管理部门，各有关单位：          ← salutation
    现将《2025年全市科技工作要点》印发你们，请……。        ← the plan's name in 《》
    东营市科学技术局                                      ← the issuing unit
    2025年3月3日
    2025年全市科技工作要点                                ← the title line

or with a notice headline "中共××县委办公室 ××县人民政府办公室关于印发《××实施方案（2023—2025）》的
通知". The title is then the name in 《》 (or the title line), never the salutation or the
headline; the issuing unit line gives 城市名称/单位名称 when the title names no place.
"""

from __future__ import annotations

import re

# "关于印发《X》的通知", "现将《X》印发给你们": the plan's name
_ISSUED = re.compile(r"《(?P<name>[^《》]{4,60})》[^《》。]{0,6}?(?:印发|下发|转发|发给|予以印发)"
                     r"|(?:印发|下发|转发)[^《》。]{0,4}《(?P<name2>[^《》]{4,60})》")
# "各县区科技管理部门，各有关单位：": whom the notice is addressed to
_SALUTATION = re.compile(r"^各[^。；]{1,60}[：:]$")
# a line that is only a unit's name: "东营市科学技术局", "××县科技局"
_UNIT_LINE = re.compile(r"^[^。，；：、\s]{2,24}(?:科学技术局|科技局|科学技术委员会|科技委员会|科学技术厅|科技厅)$")
_TITLE_HEAD = re.compile(r"(?:计划|要点|意见|方案|规划|安排|打算|思路)(?:（[^（）]{2,12}）)?$")


def plan_title(title: str, preamble: list[str]) -> str:
    """Return the plan's title: ``title`` as the parser took it, unless it is a salutation or
    a 印发通知's headline; then the name in 《》 of the notice, or a title line among
    ``preamble`` (the lines before part 一)."""
    named = _issued_name([title, *preamble])
    if title and _ISSUED.search(title) and named:
        return named  # 关于印发《环县强科技行动实施方案（2023—2025）》的通知
    if title and not _SALUTATION.match(title):
        return title
    if named:
        return named
    for line in preamble:
        if "。" not in line and len(line) <= 50 and _TITLE_HEAD.search(line):
            return line
    return "" if title and _SALUTATION.match(title) else title


def plan_issuer(title: str, preamble: list[str]) -> str:
    """Return the issuing unit named on a line of its own before part 一 ("东营市科学技术局"),
    or ""."""
    for line in [title, *preamble][:12]:
        if _UNIT_LINE.match(line.strip()):
            return line.strip()
    return ""


def _issued_name(lines: list[str]) -> str:
    for line in lines[:12]:
        m = _ISSUED.search(line or "")
        if m:
            return (m.group("name") or m.group("name2")).strip()
    return ""
