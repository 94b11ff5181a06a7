"""No follow-on messages while a data sheet cannot be read (缺少工作表、表头读不出).

With 科室数据 missing or its header unreadable, every target looks as if it had no data: the
hints "请在「科室数据」中添加名为…的一行" and "本年尚未报送任何目标任务的数据" would send the
clerk after rows that exist. The error about the sheet is the one thing to fix first.
"""

from __future__ import annotations

from kjreport.errors import Problem

NO_DATA_AT_ALL = "工作簿中没有任何一项目标任务的数据"


def without_follow_ons(problems: list[Problem], unreadable: list[str]) -> list[Problem]:
    """Return the problems the computed indicators gave (``problems``), without those that
    follow from the sheets in ``unreadable`` being unread: every 提示, the error that the
    workbook has no data at all, and errors asking to add a row or column to such a sheet."""
    if not unreadable:
        return problems
    add = tuple(f"「{sheet}」中添加" for sheet in unreadable)
    return [p for p in problems if p.severity != "提示" and not p.found.startswith(NO_DATA_AT_ALL)
            and not any(a in (p.expected or "") for a in add)]
