"""How plans write a calendar year: the one definition every plan-reading pattern builds on.

Each reader of the plan (document year, sentence frames, tables, names, dates) has its own
context around a year — "到2025年", "2024年度工作要点", "2019-2021年" — but what counts as a year
is the same everywhere: 19xx or 20xx, written with 年 (a number such as 2000家 is no year).
Patterns elsewhere are built from ``YEAR_NUM`` (``rf"(?:到|至)\\s*{YEAR_NUM}\\s*年"``) so that a
change — another century, a year written with spaces — is made once, here.
"""

from __future__ import annotations

import re

YEAR_NUM = r"(?:19|20)\d{2}"  # the digits of a year
# the year works began, naming them, not the year of a target: "基本完成2017年开工建设的……6条" (马鞍山 2018)
WORKS_BEGUN_YEAR = rf"{YEAR_NUM}\s*年(?:度)?(?:新)?(?:开工建设|开工|动工|开建|启动|立项|批复|下达)的"
# a year named on its own, not one end of a span ("2019-2021年", "2020年12月" is a date)
YEAR_MENTION = re.compile(
    rf"(?<![\d\-—–~～至])({YEAR_NUM})\s*年(?![\-—–~～至]\d|\d{{1,2}}\s*月)"
)
YEAR_IN_TEXT = re.compile(rf"(?<!\d)({YEAR_NUM})\s*年(?!\d)")  # any year with 年
IS_YEAR = re.compile(rf"{YEAR_NUM}")  # fullmatch: a number that is a year
# "within this year": 年内, but not the 年内 of "去年内蒙古" (last year, Inner Mongolia)
WITHIN_YEAR = r"年内(?!蒙)"
# a plan's period in its title: "工作方案(2024-2026)", "2021—2025年规划"
PLAN_PERIOD = re.compile(rf"({YEAR_NUM})\s*年?\s*[-—–~～至到]\s*({YEAR_NUM})")


def period_of(title: str) -> tuple[int, int] | None:
    """Return the (first, last) year of the plan period ``title`` names, or None."""
    m = PLAN_PERIOD.search(title or "")
    return (int(m.group(1)), int(m.group(2))) if m and m.group(1) < m.group(2) else None


def years_named(text: str) -> list[int]:
    """Return the years ``text`` names with 年, in order (``2000家`` and ``12年`` are none)."""
    return [int(y) for y in YEAR_IN_TEXT.findall(text)]
