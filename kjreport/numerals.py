"""Chinese numerals as a clerk or a plan writes them: 二十 → 20, 两千 → 2000, 三点五 → 3.5.

Pure functions, no imports of the rest of kjreport: the plan reader and the number cells
(``kjreport.workbook.numbers``) both read them.
"""

from __future__ import annotations

_CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_int(numeral: str) -> int | None:
    """Return the integer a Chinese numeral stands for (二十 → 20, 一百二十 → 120, 两千 → 2000,
    三万 → 30000), or None when it is not one."""
    if not numeral:
        return None
    total, section, digit = 0, 0, None
    for ch in numeral:
        if ch in _CN_DIGIT:
            if digit is not None and digit != 0:
                return None  # "二三" is not a numeral
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            section += (1 if digit is None else digit) * _CN_UNIT[ch]
            digit = None
        elif ch == "万":
            section += digit or 0
            total += (section or 1) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def cn_number(numeral: str) -> float | None:
    """Return the number a Chinese numeral stands for, with a decimal part after 点 (三点五 → 3.5,
    一百二十 → 120, 零点八 → 0.8), or None when it is not one."""
    whole, dot, tail = numeral.partition("点")
    if dot and (not tail or any(ch not in _CN_DIGIT for ch in tail)):
        return None
    head = 0 if whole in ("零", "〇") else cn_int(whole)
    if head is None:
        return None
    return float(f"{head}.{''.join(str(_CN_DIGIT[ch]) for ch in tail)}") if dot else float(head)
