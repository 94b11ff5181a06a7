"""Check messages worded for the bureau's level: 全州 and 县市 for an autonomous prefecture, 全省 and
市州 for a province (QA7 F11), as its documents say.

The checks write 全市 for the whole and 县区 for its units; this pass rewrites both, outside the
「」 that quote the workbook (a sheet, a header, a typed name), never in the sheet names 县区数据 and
县区上年数据 nor the 设置 option 县区类型.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kjreport.errors import Problem

_QUOTED = re.compile(r"(「[^」]*」)")
# (「按各县区数据计算」 is prose, not the sheet: 按各乡镇数据计算 — qa12b F25)
_UNITS = re.compile(r"县区(?!数据|上年数据|类型|通报文件夹)|(?<=各)县区(?=数据)")


def localized(problems: list[Problem], scope: str, word: str) -> list[Problem]:
    """Return ``problems`` with 全市 said as ``scope`` (全州, 全省 …) and 县区 as ``word`` (县市, 市州 …)."""
    if scope == "全市" and word == "县区":
        return problems
    return [replace(p, found=reword(p.found, scope, word), expected=reword(p.expected, scope, word))
            if "全市" in p.found + p.expected or "县区" in p.found + p.expected else p
            for p in problems]


def reword(text: str, scope: str, word: str) -> str:
    """Return ``text`` with 全市/县区 outside 「」 replaced by ``scope``/``word``."""
    parts = _QUOTED.split(text)
    for i in range(0, len(parts), 2):  # the even parts are outside 「」
        parts[i] = _UNITS.sub(word, parts[i].replace("全市", scope))
    return "".join(parts)
