"""Brackets around Chinese, printed full-width (GB/T 15834) wherever a user reads a name.

Names are folded to ASCII brackets to be matched (NFKC: 「高新技术企业（有效）」 and
「高新技术企业(有效)」 are one indicator); everything shown to a user — Word documents, CLI
messages, the 指标结果 sheet — prints them back full-width. No kjreport imports: the error
classes use it too.
"""

from __future__ import annotations

import re

_ASCII_BRACKETS = re.compile(r"\(([^()（）]*[\u3400-\u9fff][^()（）]*)\)")


def cjk_brackets(text: str) -> str:
    """Return ``text`` with each pair of ASCII brackets around Chinese made full-width:
    「新增市级技术创新中心(实验室)」 → 「新增市级技术创新中心（实验室）」. Names are folded to ASCII
    brackets to be matched (NFKC); a 公文 prints brackets around Chinese full-width (GB/T 15834).
    Brackets around no Chinese — a formula's (y − αk − βl) — stay as they are."""
    return _ASCII_BRACKETS.sub(r"（\1）", text) if "(" in text else text
