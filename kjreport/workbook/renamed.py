"""A data sheet the clerk renamed (「科室数据（报送）」 for 科室数据): found by its name, so the
error for the missing sheet can say which sheet is obviously it."""

from __future__ import annotations

import difflib

from kjreport.workbook.schema import canonical

# sheets kjreport itself writes: never taken for a renamed data sheet
OWN_SHEETS = ("指标结果", "进度", "下拉选项")


def renamed_sheet(name: str, present: list[str], known: set[str]) -> str | None:
    """Return the sheet among ``present`` that is most likely ``name`` renamed, else None.

    ``known``: the folded names of the sheets already read as some sheet of the format (never
    offered). A name holding the wanted one (「科室数据（报送）」「2023县区数据」) or close to it
    (「科室报送数据」) qualifies; the closest wins.
    """
    wanted = canonical(name)
    best, best_ratio = None, 0.0
    for sheet in present:
        folded = canonical(sheet)
        if folded in known or folded in OWN_SHEETS or not folded:
            continue
        ratio = difflib.SequenceMatcher(None, wanted, folded).ratio()
        if wanted in folded:
            ratio = max(ratio, 0.9)
        if ratio >= 0.75 and ratio > best_ratio:
            best, best_ratio = sheet, ratio
    return best
