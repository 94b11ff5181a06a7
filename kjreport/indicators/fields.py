"""``Field``: one input indicators can ask for, and what the engine needs from a dataset.

Plain data only: the workbook layer (``kjreport.dataset``) fills these in; the indicator layer
reads them. Keeping them here lets the engine run without importing the workbook readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kjreport.indicators.frame import Frame
from kjreport.indicators.plain import all_nan, values
from kjreport.model import Settings, Target


@dataclass
class Field:
    """One input indicators can ask for, this year and last year, with its source cells.

    County columns (``县区.X``) are lists of floats in the order of the dataset's counties, NaN
    for a blank (a user indicator gets them as numpy arrays); ledgers are ``Frame``s;
    department figures (``科室.X``) are floats.
    """

    current: object
    previous: object
    source: str
    previous_source: str = ""
    comparability: str = "可比"  # 科室数据 口径: 可比 | 上年按新口径调整 | 不可比
    note: str = ""  # 科室数据 备注
    unit: str = ""
    department: str = ""  # 科室数据 科室
    mark: str = ""  # this year's cell says not applicable (「/」「—」「无」) instead of a figure
    previous_mark: str = ""  # … last year's cell does
    county_marks: frozenset[str] = frozenset()  # 县区.X: the counties whose cell says not applicable
    # 县区.X: the official city figure typed in the sheet's 全市/全省/合计 row (this year, last
    # year), used instead of the units' sum; and the positions of the units whose 类型 says
    # 不计入合计 (listed and ranked, never added into the city's figure)
    total: float | None = None
    previous_total: float | None = None
    outside: frozenset[int] = frozenset()
    # 县区.X: last year's column over 县区上年数据's own units (those counted in the total), set
    # when a name of either table does not pair (「磁」 beside 「磁县」): the city's 上年数 is then
    # 不可比 (``previous`` has a gap), but checks that only need its size read this sum (qa21 F5)
    previous_units: list[float] | None = None
    # 科室数据 数据年度: the year 本年数 belongs to when the statistics lag (上年数 is the year
    # before it); None for this year's figures
    data_year: int | None = None

    @property
    def has_data(self) -> bool:
        """Return True when this year's figure exists (a value, a non-empty ledger, a county value)."""
        data = self.current
        if data is None:
            return False
        if isinstance(data, Frame):
            return not data.empty
        if is_column(data):
            return not all_nan(values(data))
        return True


def is_column(data: object) -> bool:
    """Return True for a county column: a list of floats, or a one-dimensional numpy array."""
    return type(data) is list or getattr(data, "ndim", 0) == 1


class IndicatorInputs(Protocol):
    """What the engine reads from a dataset (``kjreport.dataset.Dataset`` is one)."""

    location: str
    settings: Settings | None
    targets: list[Target]
    fields: dict[str, Field]
    counties: list[str]
