"""County columns that reach no document: figures typed for every county (a yearbook's 技术合同成交额,
专利授权量) that no target tracks.

附件2 of the summary and the county notices compare the counties on what the bureau tracks — the
targets with county figures (``summary.compared``) — and rank a county last only against a target.
A column the clerk typed with no target beside it is therefore left out of both, which surprises
a clerk who typed the whole table (qa9 F8). Ranking counties on indicators nobody set a target for
would judge them on something they were never asked for, so the documents stay as they are; check
says which columns are left out and how to bring one in (a target in 「目标任务」).
"""

from __future__ import annotations

from kjreport.errors import Problem
from kjreport.workbook import unitsheets


def untracked_columns(file: str, results, known: list[Problem] = ()) -> list[Problem]:
    """Return one 提示 naming the 县区数据 columns no target tracks while others are (none when no
    target reads 县区数据: the documents then compare the reported columns themselves). Works on
    the results of ``check`` (no per-county breakdown): a result's county columns are its sources.

    Not said while a 目标任务 cell has an error (``known``): a target that cannot be read («2.02%
    以上») leaves its columns untracked, and the error on that cell is the one message (qa12 F12)."""
    from kjreport.summary.compared import denominators

    if any(p.severity == "错误" and p.sheet == "目标任务" for p in known):
        return []

    by_county = [r for r in results if _county_sources(r)]
    tracked = [r for r in by_county if r.target is not None and r.target.kind not in ("新增", "净增")]
    if not tracked:
        return []
    inputs = {s for r in tracked for s in r.sources}
    wholes = denominators(list(results))
    left = [
        f"「{r.name}」（{'、'.join(_county_sources(r))}）"
        for r in by_county
        # tracked, the whole of a share, or the figures a tracked share is made of
        # (this year's columns: a share reported by 科室数据 names the county columns of this year only,
        # its R&D and GDP columns' results name last year's too — still its inputs, qa24 F8)
        if r.target is None and r.name not in wholes
        and not {s for s in r.sources if unitsheets.on_sheet(s, unitsheets.COUNTY)} <= inputs
    ]
    if not left:
        return []
    shown = "、".join(f"「{r.name}」" for r in tracked[:4])
    sheet = next(s.partition("!")[0] for r in by_county for s in r.sources
                 if unitsheets.on_sheet(s, unitsheets.COUNTY))
    return [Problem(
        file, sheet, None,
        f"以下各列有各县区的数，但没有对应的年度目标，不进入总结附件2和县区通报：{'、'.join(left)}"
        f"（县区之间比较的是有目标的指标：{shown}）",
        "如需在附件2和通报中比较，请在「目标任务」中为其添加目标；只作参考的可不处理",
        "提示",
    )]


def _county_sources(r) -> list[str]:
    return [s.partition("!")[2] for s in r.sources if unitsheets.on_sheet(s, unitsheets.COUNTY)]
