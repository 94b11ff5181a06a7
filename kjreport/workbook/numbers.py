"""Turning what people type into a number cell into a number — or saying why not.

Pure functions: no workbook library here. Accepted: numbers; text that is unambiguously a
number (``1,200``, ``８００``, ``26.5%``, ``800亿元`` with unit conversion). Rejected with a
reason: Excel error values, words (``八百左右``), text with two numbers, booleans.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from kjreport.numerals import cn_number
from kjreport.workbook.schema import UNIT_CONVERSIONS

# counted things a clerk may type after the figure (「374件」): read like 「26.8亿元」
COUNT_UNITS = ("个", "项", "家", "名", "处", "件", "期", "次", "场", "篇", "套", "台", "座", "所", "户",
               "种", "批", "株", "亩", "吨", "位")
RANK_UNITS = ("位", "名", "")  # 「第25位」「第3名」「第25」「居第5」「全国第25位」: a rank typed as written in a report
EXCEL_ERRORS = (
    "#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!",
    "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!",
)
_NUMBER = re.compile(
    r"^(?:(?P<ordinal>(?:位?居|排名|排|列)?\s*(?:全[国省市州区县盟]|全自治区)?\s*第)\s*)?(?P<sign>[-+−])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"\s*(?P<unit>%|亿元|万元|元|万人次|人次|万人|人|" + "|".join(COUNT_UNITS) + r")?$"
)


@dataclass(frozen=True)
class Parsed:
    """The outcome of reading one number cell."""

    value: float | None  # None: empty, or an error (see ``error``)
    error: str = ""  # why the cell is not a number, in Chinese ("" when fine)
    note: str = ""  # what was converted, in Chinese ("" when the cell was a plain number)
    guess: float | None = None  # the number an estimate note holds (「约30」「30（预计）」 → 30)
    aside: str = ""  # the remark typed after it in brackets (「4（含1家筹建）」 → 含1家筹建)
    plain: bool = False  # the guess is the figure itself with a stray mark (「1 935」「212*」「16.8亿」): nothing for 备注


# what a clerk types for "not applicable / none" in a number cell: read as a blank (不适用)
NOT_APPLICABLE = frozenset({"/", "//", "\\", "—", "——", "-", "--", "−", "―", "~", "无", "不适用", "暂无", "n/a", "na"})


def not_applicable_mark(value: object) -> str:
    """Return the text of a cell that says "not applicable" (「/」「—」「－」「——」「无」「不适用」),
    stripped as typed; "" for any other value."""
    if type(value) is not str or len(value) > 8:
        return ""
    raw = value.strip()
    folded = unicodedata.normalize("NFKC", raw).replace("－", "-").replace(" ", "").lower()
    return raw if folded in NOT_APPLICABLE else ""


def is_excel_error(value: object) -> bool:
    """Return True when ``value`` is an Excel error value such as ``#DIV/0!``."""
    return isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS


def is_blank(value: object) -> bool:
    """Return True for an empty cell (None, or text of only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _typed_in_date_cell(value) -> int | None:
    """Return the number a date of Excel's first year stands for (6 for 1900-01-06: a figure typed
    into a cell whose format is a date), else None."""
    import datetime as dt

    day = value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(day, dt.date) or day.year != 1900:
        return None
    # Excel counts 1900-02-29, a day that never was: from March on its serial is one more
    return (day - dt.date(1899, 12, 31)).days + (1 if day >= dt.date(1900, 3, 1) else 0)


def parse_number(value: object, unit: str = "") -> Parsed:
    """Return the number in a cell, converted into ``unit`` when the text names another unit.

    ``unit`` is the unit the column holds (e.g. 亿元). A text ``8000万元`` in an 亿元 column
    becomes 0.8 with a note; ``26.5%`` becomes 26.5 (a percentage number) in a % column or a
    column without a unit.
    """
    if is_blank(value):
        return Parsed(None)
    if isinstance(value, bool):
        return Parsed(None, error=f"是逻辑值 {'TRUE' if value else 'FALSE'}")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return Parsed(None, error="不是有限的数字")
        return Parsed(float(value))
    if not isinstance(value, str):
        kind = _kind_of(value)
        if hasattr(value, "strftime") and kind == "日期":
            typed = _typed_in_date_cell(value)
            if typed is not None:  # 6 typed into a cell formatted as a date shows 1900/1/6 (qa23 F2)
                return Parsed(None, error=(
                    f"填的是日期 {value.strftime('%Y-%m-%d')}（单元格设成了日期格式，填入的数字 {typed} 被显示成日期；"
                    f"请把单元格格式改为“常规”或“数值”后重填 {typed}）"))
            return Parsed(None, error=f"填的是日期 {value.strftime('%Y-%m-%d')}")
        return Parsed(None, error=f"是{kind}")
    raw = value.strip()
    if is_excel_error(raw):
        return Parsed(None, error=f"是 Excel 错误值 {raw.upper()}（公式出错）")
    text = unicodedata.normalize("NFKC", raw).replace("，", ",")
    text = _APOSTROPHE.sub("", text)  # 「'28」: Excel's text mark, kept by a paste (qa23 F4)
    m = _NUMBER.match(text)
    if not m:
        estimate = _ESTIMATE.match(text)
        guess = None if not estimate else float(estimate["num"]) if estimate["num"] else cn_number(estimate["cn"])
        if guess is not None:  # still an error: a figure is never read from words (qafix11a)
            return Parsed(None, error=f"「{raw}」不是数字", guess=guess)
        remark = _REMARK.match(text)  # 「4（含1家筹建）」: the figure, and what belongs in 备注 (qa11 F33)
        if remark:
            aside = remark["aside"].strip()
            unit_only = aside in UNIT_CONVERSIONS or aside in COUNT_UNITS or aside == unit
            return Parsed(None, error=f"「{raw}」不是数字", guess=float(remark["num"]),
                          aside="" if unit_only else aside)
        slip = _slip_guess(text, unit)
        if slip is not None:  # 「1 935」「212*」「16.8亿」: the figure is there (qa12 F20)
            return Parsed(None, error=f"「{raw}」不是数字", guess=slip, plain=True)
        return Parsed(None, error=f"「{raw}」不是数字")
    found_unit = m.group("unit") or ""
    if m.group("ordinal") and (m.group("sign") or found_unit not in RANK_UNITS):
        return Parsed(None, error=f"「{raw}」不是数字")  # 第3批, 第-2: an ordinal only of a rank
    if m.group("ordinal"):
        if unit not in RANK_UNITS:
            return Parsed(None, error=f"「{raw}」是位次，而本列单位是{unit}")
        found_unit = ""  # 第3名 in a 位 row: both are a rank
    number = float(m.group("num").replace(",", ""))
    if m.group("sign") in ("-", "−"):
        number = -number
    converted, error = _convert(number, found_unit, unit)
    if error:
        return Parsed(None, error=f"「{raw}」{error}")
    shown = _plain(converted)
    typed = value  # quoted as typed, a trailing space and all (「758 」, qa12 F13)
    note = f"文本「{typed}」已按数字 {shown}{unit} 读取"
    if m.group("ordinal"):
        note = f"文本「{typed}」已按位次 {shown} 读取"
    if found_unit == "%" and unit != "%":
        note = f"文本「{typed}」已按百分数 {shown} 读取"
    return Parsed(converted, note=note)


_APOSTROPHE = re.compile(r"^['‘’`](?=\s*[-+−]?[\d.])")  # a leading apostrophe before a figure
_SPACED = re.compile(r"^(?P<sign>[-+−])?(?P<num>\d{1,3}(?:[ \u00a0\u2009\u202f']\d{3})+(?:\.\d+)?)$")  # 1 935, 1'935
_MARKED = re.compile(r"^(?P<num>\d+(?:\.\d+)?)\s*[*＊※#△▲☆★]+$")  # 212* (a footnote mark)
_BARE_UNIT = re.compile(r"^(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>亿|万)$")  # 16.8亿 for 16.8亿元


def _slip_guess(text: str, unit: str) -> float | None:
    """Return the figure a number cell holds with a stray mark around it — thousands split by a
    space, a footnote star, 亿/万 without 元 in a 元 row — else None (「(3)」「212/186」: no one reading)."""
    if (m := _SPACED.match(text)) is not None:
        number = float(re.sub(r"[^\d.]", "", m["num"]))
        return -number if m["sign"] in ("-", "−") else number
    if (m := _MARKED.match(text)) is not None:
        return float(m["num"])
    if (m := _BARE_UNIT.match(text)) is not None and unit.endswith("元"):
        converted, error = _convert(float(m["num"]), m["unit"] + "元", unit)
        return None if error else converted
    return None


def _convert(number: float, found: str, wanted: str) -> tuple[float, str]:
    """Return ``number`` in the ``wanted`` unit, or an error when the units do not fit."""
    if not found or found == wanted or not wanted:
        return number, ""
    if found == "%":
        return number, f"是百分数，而本列单位是{wanted}"
    fc, ff = UNIT_CONVERSIONS.get(found, (found, 1.0))
    wc, wf = UNIT_CONVERSIONS.get(wanted, (wanted, 1.0))
    if fc != wc:
        return number, f"的单位「{found}」与本列单位「{wanted}」不一致"
    return number * ff / wf, ""


def _plain(x: float) -> str:
    """Return ``x`` without a trailing .0 and without float noise."""
    return f"{x:.10g}"


# a figure with an estimate's words around it: 约30, 30左右, 30（预计）, 近30; or typed in Chinese
# numerals, with or without them: 约一百, 一百二十, 三点五, 两千, 百分之四点六, 七个
_ESTIMATE = re.compile(r"^(?:约为?|大约|大概|近|预计|估计)?\s*"
                       r"(?:(?P<num>\d+(?:\.\d+)?)|(?:百分之)?(?P<cn>[零〇一二两三四五六七八九十百千万点]+)"
                       r"(?:" + "|".join(COUNT_UNITS) + r")?)"  # 七个, 一百家
                       r"\s*(?:左右|上下|余|多)?\s*(?:[(（](?:预计|预估|估计|暂估|初步|约数)[)）])?$")


# a figure with a remark in brackets (NFKC has made them ASCII): 4（含1家筹建）, 12(其中省级3个)
_REMARK = re.compile(r"^(?P<num>\d+(?:\.\d+)?)\s*\((?P<aside>[^()]*[^\W\d_][^()]*)\)$")


def _kind_of(value: object) -> str:
    name = type(value).__name__
    return {"datetime": "日期", "date": "日期", "time": "时间"}.get(name, name)


def number_example(unit: str, whole: bool = False) -> str:
    """Return an example figure for a cell of ``unit``: 如 1200 for counts, 如 26.5 for a share
    (a % figure is never 1200), 如 1200 或 26.5 otherwise."""
    if whole or unit in COUNT_UNITS:
        return "如 1200"  # no 26.5家
    if unit in ("%", "个百分点", "‰"):
        return "如 26.5"
    return "如 1200 或 26.5"


def cell_span(cells: list[str]) -> str:
    """Return cells of one column as one address: D2:D5 when they follow each other, else D2、D4."""
    import re

    parts = [re.match(r"([A-Z]+)(\d+)$", c) for c in cells]
    if len(cells) > 1 and all(parts) and len({p.group(1) for p in parts}) == 1:
        rows = [int(p.group(2)) for p in parts]
        if rows == list(range(rows[0], rows[0] + len(rows))):
            return f"{cells[0]}:{cells[-1]}"
    return "、".join(cells)


# 「2023年」「2023年度」, and the documents' own 「2023年数据」 in a 数据年度 cell (qa11b F22)
_YEAR_TEXT = re.compile(r"^((?:19|20)\d{2})(?:年度?(?:的?数据|的?数)?)$")


_MONTH_TEXT = re.compile(r"(\d{1,2})月(?:份|底|末)?")


def month_with_suffix(value: object) -> int | None:
    """Return the month of a month cell typed with its unit (「6月」「6月份」「１２月底」), 1–12, else None."""
    if not isinstance(value, str):
        return None
    m = _MONTH_TEXT.fullmatch(re.sub(r"\s+", "", unicodedata.normalize("NFKC", value)))
    return int(m[1]) if m and 1 <= int(m[1]) <= 12 else None


def year_with_suffix(value: object) -> int | None:
    """Return the year of a year cell typed with its unit (「2023年」「２０２３年度」「2023年数据」), else None."""
    if not isinstance(value, str):
        return None
    m = _YEAR_TEXT.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", value)))
    return int(m[1]) if m else None
