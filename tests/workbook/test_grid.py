"""``holds``: does a sheet (as read back) already hold a table written from A1?"""

from __future__ import annotations

import datetime as dt
import math

from kjreport.workbook.grid import holds
from kjreport.workbook.source import SheetData

TABLE = [["指标", "本年", "位次"], ["专利", 310.5, 2], ["备注", "", None], [], ["县区", math.nan, True]]


def test_the_same_values_as_excel_keeps_them():
    # read back: blanks are None, ints are floats, the blank bottom row and right edge are gone
    read = SheetData("指标结果", [["指标", "本年", "位次"], ["专利", 310.5, 2.0], ["备注", None, None],
                                  [None, None, None], ["县区", None, True]])
    assert holds(read, TABLE)


def test_any_difference_is_not_held():
    base = [["指标", "本年", "位次"], ["专利", 310.5, 2.0], ["备注", None, None], [None, None, None],
            ["县区", None, True]]
    assert not holds(SheetData("s", [*base[:4], ["县区", None, 1.0]]), TABLE)  # True is not 1
    assert not holds(SheetData("s", [["指标", "本年", "位次"], ["专利", 310.6, 2.0]]), TABLE)
    assert not holds(SheetData("s", [*base, ["另加的备注", None, None]]), TABLE)  # a note below
    assert not holds(SheetData("s", [row + ["x"] for row in base]), TABLE)  # a column beside
    assert not holds(SheetData("s", base, first_row=2), TABLE)  # the same, one row lower
    assert not holds(SheetData("s", [], 1, 1), TABLE)  # an empty sheet


def test_offsets_and_kinds_never_compared():
    assert holds(SheetData("s", [["甲"]], first_row=2, first_col=2), [[], [None, "甲"]])
    assert holds(SheetData("s", [], 1, 1), [[]])
    when = dt.date(2011, 12, 31)
    assert not holds(SheetData("s", [[when]]), [[when]])  # a date is always written
