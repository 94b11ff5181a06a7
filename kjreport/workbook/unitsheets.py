"""The unit sheets' names (县区数据 / 县区上年数据) and the names a bureau may give them instead.

A county bureau reports by 乡镇 (a 区 by 街镇): its clerk calls the sheets 乡镇数据 / 乡镇上年数据.
Reading resolves such a name once (``resolve``): the tables are keyed by the canonical name
(``COUNTY``, ``COUNTY_PREVIOUS``) everywhere downstream, and every message names the sheet as the
user's workbook calls it (``called``). The workbook is never renamed. Pure data and functions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from kjreport.errors import Problem
from kjreport.units.words import COUNTIES, STREET_TOWNS, TOWNS

COUNTY = "县区数据"  # this year's (year-to-date) figures of each unit
COUNTY_PREVIOUS = "县区上年数据"  # the same period of last year
UNIT_SHEETS = (COUNTY, COUNTY_PREVIOUS)

# the other words a bureau puts in place of 县区 (乡镇数据, 街镇上年数据 …)
ALIAS_WORDS = (TOWNS, STREET_TOWNS, "镇街", "县市区", "区县")
ALIASES: dict[str, tuple[str, ...]] = {
    key: tuple(key.replace(COUNTIES, w, 1) for w in ALIAS_WORDS) for key in UNIT_SHEETS
}


def _fold(name: object) -> str:
    from kjreport.workbook.schema import normalize_header  # schema takes its names from here

    return normalize_header(name)[0]


@functools.cache
def _keys() -> dict[str, str]:
    return {_fold(n): key for key in UNIT_SHEETS for n in (key, *ALIASES[key])}


def key_of(name: object) -> str | None:
    """Return the canonical unit sheet a typed sheet name stands for (「乡镇数据」 → 县区数据), else None."""
    return _keys().get(_fold(name))


def resolve(names: Iterable[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Return canonical unit sheet → its name in the workbook, and the clashes: canonical → the
    two (or more) sheets of the workbook that both stand for it (县区数据 beside 乡镇数据)."""
    found: dict[str, list[str]] = {}
    for n in names:
        key = key_of(n)
        if key is not None:
            found.setdefault(key, []).append(n)
    named = {key: ns[0] for key, ns in found.items() if len(ns) == 1}
    return named, {key: ns for key, ns in found.items() if len(ns) > 1}


def clash_problems(file: str, clashes: Mapping[str, list[str]]) -> list[Problem]:
    """Return one error per unit sheet the workbook holds twice under two names."""
    return [
        Problem(file, None, None,
                f"工作簿中同时有「{'」「'.join(ns)}」两张表，都是各单位的"
                f"{'上年同期' if key == COUNTY_PREVIOUS else '本年'}数据",
                f"只保留其中一张（把另一张删除或改名，如改为「{ns[-1]}（旧）」），再运行")
        for key, ns in clashes.items()
    ]


def called(tables: Mapping[str, object] | None, key: str) -> str:
    """Return the name the user's workbook gives the sheet ``key`` (a Table's ``sheet``, or a
    name itself), else the canonical name."""
    got = (tables or {}).get(key)
    if got is None:
        return key
    return got if isinstance(got, str) else getattr(got, "sheet", key) or key


def unit_names(tables: Mapping[str, object] | None) -> tuple[str, str]:
    """Return (this year's, last year's) unit sheet as the workbook calls them."""
    return called(tables, COUNTY), called(tables, COUNTY_PREVIOUS)


def named_for(word: str) -> dict[str, str]:
    """Return canonical → the name a new workbook gives the unit sheets of units called ``word``
    (乡镇 → 乡镇数据, 乡镇上年数据; a word that is no alias → the canonical names)."""
    if word not in ALIAS_WORDS:
        word = COUNTIES
    return {key: key.replace(COUNTIES, word, 1) for key in UNIT_SHEETS}


def word_of(sheet: str) -> str:
    """Return the units' word of a unit sheet's name (乡镇上年数据 → 乡镇; 县区数据 → 县区)."""
    folded = _fold(sheet)
    if key_of(sheet) is None:
        return COUNTIES
    return next((w for w in (*ALIAS_WORDS, COUNTIES) if folded.startswith(w)), COUNTIES)


def in_text(text: str, tables: Mapping[str, object] | None) -> str:
    """Return ``text`` with the canonical unit sheet names replaced by the workbook's (for
    wording written once for both sheets, such as a template's)."""
    current, previous = unit_names(tables)
    if (current, previous) == UNIT_SHEETS or not text:
        return text
    return text.replace(COUNTY_PREVIOUS, "\0").replace(COUNTY, current).replace("\0", previous)


def is_unit_sheet(name: object) -> bool:
    """Return True when a sheet name (as typed) is one of the unit sheets under any of its names."""
    return key_of(name) is not None


def keyed(sheet: str) -> str:
    """Return the canonical name of a sheet as typed (乡镇数据 → 县区数据; other sheets unchanged)."""
    return key_of(sheet) or sheet


def on_sheet(source: str, key: str) -> bool:
    """Return True when a source range (「乡镇数据!B3:B12」) lies on the unit sheet ``key``."""
    sheet, bang, _ = str(source).partition("!")
    return bool(bang) and key_of(sheet) == key


def pair(sheet: str) -> tuple[str, str]:
    """Return (this year's, last year's) unit sheet named like ``sheet`` (乡镇数据 → 乡镇数据,
    乡镇上年数据), for a message about one sheet that names both."""
    key = key_of(sheet)
    if key is None:
        return UNIT_SHEETS
    word = word_of(sheet)
    other = COUNTY_PREVIOUS if key == COUNTY else COUNTY
    named = {key: sheet, other: other.replace(COUNTIES, word, 1)}
    return named[COUNTY], named[COUNTY_PREVIOUS]
