"""A data sheet the clerk renamed (「科室数据（报送）」 for 科室数据): found by its name, so the
error for the missing sheet can say which sheet is obviously it."""

from __future__ import annotations

import difflib

from kjreport.units.words import COUNTIES, UNIT_WORDS
from kjreport.workbook.schema import canonical

# sheets kjreport itself writes: never taken for a renamed data sheet
OWN_SHEETS = ("指标结果", "进度", "下拉选项")
# what a bureau calls its reporting units in a sheet name (县区数据 → 街镇数据, 乡镇数据, 市州数据 …):
# the words of kjreport.units.words
LEVEL_WORD = COUNTIES


def renamed_sheet(name: str, present: list[str], known: set[str]) -> str | None:
    """Return the sheet among ``present`` that is most likely ``name`` renamed, else None.

    ``known``: the folded names of the sheets already read as some sheet of the format (never
    offered). A name holding the wanted one (「科室数据（报送）」「2023县区数据」) or close to it
    (「科室报送数据」) qualifies; the closest wins.
    """
    wanted = canonical(name)
    spellings = [wanted, *dict.fromkeys(canonical(wanted.replace(LEVEL_WORD, w))
                                        for w in UNIT_WORDS if LEVEL_WORD in wanted and w != LEVEL_WORD)]
    best, best_ratio = None, 0.0
    for sheet in present:
        folded = canonical(sheet)
        if folded in known or folded in OWN_SHEETS or not folded:
            continue
        ratio = max(_likeness(w, folded) for w in spellings)
        if ratio >= 0.75 and ratio > best_ratio:
            best, best_ratio = sheet, ratio
    return best


def _likeness(wanted: str, folded: str) -> float:
    ratio = difflib.SequenceMatcher(None, wanted, folded).ratio()
    return max(ratio, 0.9) if wanted in folded else ratio
