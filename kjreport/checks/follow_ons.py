"""No follow-on messages while a data sheet cannot be read (缺少工作表、表头读不出), and messages that
follow from a whole sheet copied from the other year said to follow from it.

With 科室数据 missing or its header unreadable, every target looks as if it had no data: the
hints "请在「科室数据」中添加名为…的一行" and "本年尚未报送任何目标任务的数据" would send the
clerk after rows that exist. The error about the sheet is the one thing to fix first.
"""

from __future__ import annotations

from dataclasses import replace

from kjreport.errors import Problem

NO_DATA_AT_ALL = "工作簿中没有任何一项目标任务的数据"


def without_follow_ons(problems: list[Problem], unreadable: list[str]) -> list[Problem]:
    """Return the problems the computed indicators gave (``problems``), without those that
    follow from the sheets in ``unreadable`` being unread: every 提示, the error that the
    workbook has no data at all, and errors asking to add a row or column to such a sheet."""
    if not unreadable:
        return problems
    add = tuple(f"「{sheet}」中添加" for sheet in unreadable)
    return [p for p in problems if p.severity == "错误" and not p.found.startswith(NO_DATA_AT_ALL)
            and not any(a in (p.expected or "") for a in add)]


# --- after a sheet copied from the other year ------------------------------------------------

#: The whole-sheet errors of ``checks.consistency`` (every county / every 科室数据 row equal to last
#: year): one of the two years' figures is the other's copy.
COPIED_YEAR = "完全相同（"
#: Messages that compare figures across years or across sheets, and so are expected to follow
#: from such a copy: a share over 100 % (this year's ledger over last year's output column), a
#: year figure below an earlier month's cumulative (last year's figure in this year's place).
FOLLOWS_COPY = ("比重超过 100%", "月累计数")


def _copied_year(p: Problem) -> bool:
    return p.severity == "错误" and p.cell is None and p.found.startswith("全部 ") and COPIED_YEAR in p.found


def after_copied_year(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` with the messages that follow from a whole sheet copied from the other
    year (``COPIED_YEAR``) turned into 提示 that say so: the copy is the one error to fix first
    (it already blocks fill/docx); fixed, the follow-on either goes away or comes back as its own
    error on the next check. Nothing is dropped, so a real slip still shows its cells."""
    first = [p for p in problems if _copied_year(p)]
    if not first:
        return problems
    sheets = "」「".join(dict.fromkeys(p.sheet for p in first if p.sheet))
    note = (f"（可能是上面「{sheets}」整表与上年数相同的后果：若本年的位置填的是上年的数，"
            "改正后此处会随之变化）")
    return [replace(p, severity="提示", found=p.found + note,
                    expected=p.expected + "；请先改正整表与上年数相同的错误，再运行校验，仍有此问题时再核对")
            if p not in first and any(m in p.found for m in FOLLOWS_COPY) else p
            for p in problems]
