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

A page that compiles several plans (范文站 "整理/汇编") opens with its own header and a 目录:

    整理科学技术局2024年度工作计划                       ← the page's header, never the title
    目录：
    1.市科学技术局2024年度工作计划
    2.市科学技术局2024年度普法工作计划
    市科学技术局2024年度工作计划1：                      ← the first plan's heading: the title
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
_GOVERNMENT_LINE = re.compile(r"^(?:中共)?[^。，；：、\s]{2,16}?(?:人民政府办公室|人民政府办公厅|人民政府|委办公室|委员会办公室)$")
_TITLE_HEAD = re.compile(r"(?:计划|要点|意见|方案|规划|安排|打算|思路)(?:（[^（）]{2,12}）)?$")


# "关于印发《新乡市…工作方案》的通知": the notice a plan is issued with, and the plan it names
PROMULGATION = re.compile(r"^\s*关于(?:印发|转发|下达)\s*[《“\"]?")
_HEADLINE = re.compile(PROMULGATION.pattern + r"(?P<name>[^《》]{4,}?)[》”\"]?的通知$")


def plan_title(title: str, preamble: list[str]) -> str:
    """Return the plan's title: ``title`` as the parser took it, unless it is a salutation,
    a 印发通知's headline or a compilation page's header; then the name in 《》 of the notice,
    the first plan's heading after the page's 目录, or a title line among ``preamble`` (the
    lines before part 一)."""
    compiled = _compiled_title(title, preamble)
    if compiled:
        return compiled
    # "关于印发新乡市创新型城市建设三年行动 / 工作方案(2022—2024年)的通知": a notice's headline
    # run over two lines names the plan between 关于印发 and 的通知 (qa17 F1)
    rest = next((line for line in preamble if line.strip()), "")
    if title and PROMULGATION.match(title) and not title.endswith("通知") and rest.endswith("的通知"):
        headline = _HEADLINE.match(title + rest.strip())
        if headline:
            return headline["name"]
    if title and _NOT_A_TITLE.search(title):
        return _title_line(preamble)
    named = _issued_name([title, *preamble])
    if title and _ISSUED.search(title) and named:
        return named  # 关于印发《环县强科技行动实施方案（2023—2025）》的通知
    if title and not _SALUTATION.match(title):
        return title
    if named:
        return named
    return _title_line(preamble) or ("" if title and _SALUTATION.match(title) else title)


def _title_line(preamble: list[str]) -> str:
    """Return the first line among ``preamble`` that reads as a plan's title, or ""."""
    for line in preamble:
        if "。" not in line and len(line) <= 50 and _TITLE_HEAD.search(line):
            return line
    return ""


# a compilation page's own header: "整理…计划", "…计划汇编（5篇）", "5篇…计划整理"
_COMPILATION = re.compile(
    r"^(?:整理|汇编|精选|合集)|(?:整理|汇编|精选|合集|大全|范文)(?:（\d+篇）)?$|^\d+篇|（?\d+篇）?$"
)
_CONTENTS = re.compile(r"^目\s*录\s*[：:]?$")
_ENTRY = re.compile(r"^\d{1,2}[.．、]\s*(?P<name>\S.{1,48})$")
# "市科学技术局2024年度工作计划1：", "科技年度工作计划 篇1": the page's anchor after a heading
_ANCHOR = re.compile(r"\s*(?:篇\s*\d{1,2}|\d{0,2}\s*[：:])$")
# a document-sharing page's furniture taken for the first line: "- 5", "本篇文章586字，读完约1分钟"
_NOT_A_TITLE = re.compile(r"^[^\u4e00-\u9fff]*$|^本篇文章|读完约|^[-\s]*约\s*[\d.]+\s*(?:万?字|页)$")


def _compiled_title(title: str, preamble: list[str]) -> str:
    """Return the heading of the first plan on a page that compiles several (a 目录 of "1.…"
    entries, or a "整理/汇编" header): the first title line after the 目录 (its first entry,
    maybe with the place before it) that is not the page's header, else the 目录's first entry;
    "" for any other document."""
    lines = _unjoined([line.strip() for line in [title, *preamble][:40]])
    title = lines[0]
    at = next((i for i, line in enumerate(lines) if _CONTENTS.match(line)), None)
    entries: list[str] = []
    i = 1
    if at is not None:
        i = at + 1
        while i < len(lines) and (m := _ENTRY.match(lines[i])):
            entries.append(_PAGE.sub("", _ANCHOR.sub("", m["name"])).strip())
            i += 1
    if not entries and not _COMPILATION.search(title or ""):
        return ""
    for line in lines[i:]:
        head = _ANCHOR.sub("", line)
        if "。" in head or len(head) > 50:
            continue  # the page's blurb ("下面是小编收集整理的…，欢迎阅读。")
        if (entries and head.endswith(entries[0])) or (
            _TITLE_HEAD.search(head) and not _COMPILATION.search(head)
        ):
            return head
    return entries[0] if entries else ""


# the page number a 目录 entry ends with: "市科学技术局2025年度工作计划2"
_PAGE = re.compile(r"(?<=[划点见案排算路）)])\d{1,3}$")


def _unjoined(lines: list[str]) -> list[str]:
    """Return a compilation page's opening ``lines`` as the page set them when a reader joined
    them (qa11 F21: "…计划汇编（3篇）…计划汇编（3篇）目录" = the header twice and 目录 on one
    line), and each "1." on a line of its own joined to the entry after it."""
    head = lines[0] if lines else ""
    out = lines[1:]
    if head.endswith("目录") and len(head) > 2:
        head, out = head[:-2].strip(), ["目录", *out]
    half = len(head) // 2
    if half and len(head) % 2 == 0 and head[:half] == head[half:]:
        head = head[:half]
    merged: list[str] = [head]
    for line in out:
        if merged and re.fullmatch(r"\d{1,2}[.．、]", merged[-1]) and len(merged) > 1:
            merged[-1] += line
        else:
            merged.append(line)
    return merged


def plan_issuer(title: str, preamble: list[str]) -> str:
    """Return the issuing unit named on a line of its own before part 一 ("东营市科学技术局"),
    or ""."""
    lines = [line.strip() for line in [title, *preamble][:12]]
    # a bureau's own line first; else the government office that signs the notice ("新乡市人民政府办公室",
    # qa17 F2): its place is the plan's place
    return next((line for line in lines if _UNIT_LINE.match(line)), "") or next(
        (line for line in lines if _GOVERNMENT_LINE.match(line)), "")


def _issued_name(lines: list[str]) -> str:
    for line in lines[:12]:
        m = _ISSUED.search(line or "")
        if m:
            return (m.group("name") or m.group("name2")).strip()
    return ""
