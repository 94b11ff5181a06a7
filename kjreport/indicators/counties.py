"""Per-county inputs: each county's slice of an input, or every county's at once.

An indicator is defined on one area's inputs (the whole city, or one county's slice of each
county column and ledger). The engine asks for every county's value: the plain way calls the
indicator once per county and year on the slices (``CountySlicer.slice``). An indicator may also
have a *per-county form* (``@indicator(per_county=…)``) that gets every county's inputs at once —
county columns whole (one value per county, in the dataset's county order), ledgers as a
``CountyLedger`` — and returns one value per county; each must equal what the plain call on that
county's slices gives (the tests compare them on the sample and province workbooks). A batch
skips the per-call overhead of 30 indicators × every county × two years.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat

import numpy as np

from kjreport.indicators.fields import Field, is_column
from kjreport.indicators.frame import Frame

UNSPLIT = object()  # ``CountySlicer.every``: this input cannot be given for every county at once


class CountyLedger:
    """A ledger (台账) with each row's county: ``frame`` is the ledger as it is, and
    ``codes[r]`` the position of row r's 县区 among the dataset's ``size`` counties (``size``
    for a row of no listed county)."""

    def __init__(self, frame: Frame, codes: np.ndarray, size: int):
        self.frame = frame
        self.codes = codes
        self.size = size
        self._rows: list[np.ndarray] | None = None

    @property
    def masks(self):
        """Return the module of the ledger's row masks (``kjreport.indicators.masks``)."""
        from kjreport.indicators import masks

        return masks

    def column(self, name: str) -> np.ndarray:
        """Return column ``name`` of the ledger as ``sums`` adds it (a float array)."""
        return self.frame[name]

    def counts(self, mask: np.ndarray) -> list[int]:
        """Return, per county, how many of its rows ``mask`` (over ``frame``) selects."""
        return np.bincount(self.codes[mask], minlength=self.size + 1)[: self.size].tolist()

    def distinct(self, cells: list, mask: np.ndarray) -> list[int]:
        """Return, per county, how many distinct values of ``cells`` (a column of ``frame`` as
        a list) its rows that ``mask`` selects hold — ``len(set(...))`` of each county's part,
        the same objects compared the same way, in one pass over the selected rows."""
        rows = np.flatnonzero(mask)
        pairs = set(zip(self.codes[rows].tolist(), map(cells.__getitem__, rows.tolist()), strict=True))
        counts = [0] * (self.size + 1)
        for code, _ in pairs:
            counts[code] += 1
        return counts[: self.size]

    def sums(self, column: np.ndarray, mask: np.ndarray) -> list[float]:
        """Return, per county, ``np.nansum`` of ``column`` over its rows that ``mask`` selects
        — the same sum, added in the same order, as on that county's own rows."""
        values = np.where(np.isnan(column), 0.0, column)  # what np.nansum adds for a blank
        return [values[rows[mask[rows]]].sum() for rows in self._county_rows()]

    def _county_rows(self) -> list[np.ndarray]:
        if self._rows is None:
            order = np.argsort(self.codes, kind="stable")  # each county's rows, in row order
            bounds = np.cumsum(np.bincount(self.codes, minlength=self.size + 1)).tolist()
            starts = [0, *bounds[: self.size - 1]] if self.size else []
            self._rows = [order[a:b] for a, b in zip(starts, bounds[: self.size], strict=True)]
        return self._rows


class CountySlicer:
    """Per-county views of county columns and ledgers, computed once per input.

    A ledger is reordered by county once (a stable sort, so each county keeps its rows in
    workbook order); a county's slice is then a contiguous range, and its columns are numpy
    views of that range — no copy per county and per indicator.
    """

    def __init__(self, counties: Sequence[str]):
        self.counties = list(counties)
        self.position = {c: i for i, c in enumerate(self.counties)}
        self._groups: dict[tuple[str, bool], tuple[Frame, dict[object, tuple[int, int]]]] = {}
        self._slices: dict[tuple[str, bool, str], Frame] = {}
        self._ledgers: dict[tuple[str, bool], CountyLedger] = {}

    def slice(self, f: Field, county: str, *, previous: bool):
        """Return ``county``'s part of field ``f`` (this year's, or last year's)."""
        data = f.previous if previous else f.current
        if is_column(data):
            i = self.position[county]
            return data[i:i + 1]
        if isinstance(data, Frame) and "县区" in data:
            key = self._key(f, data, previous)
            cached = self._slices.get((*key, county))
            if cached is not None:
                return cached
            ordered, ranges = self._grouped(key, data)
            start, stop = ranges.get(county, (0, 0))
            part = ordered.window(start, stop)
            self._slices[(*key, county)] = part
            return part
        return data

    def every(self, f: Field, *, previous: bool):
        """Return field ``f`` for every county at once — a county column whole, a ledger as a
        ``CountyLedger``, None when the field has no figures for the year — or ``UNSPLIT``
        when it cannot be split that way (then the engine slices county by county)."""
        data = f.previous if previous else f.current
        if data is None:
            return None
        if is_column(data):
            return data if len(data) == len(self.counties) else UNSPLIT
        if isinstance(data, Frame) and "县区" in data:
            key = self._key(f, data, previous)
            ledger = self._ledgers.get(key)
            if ledger is None:
                size = len(self.counties)
                codes = np.fromiter(map(self.position.get, data.plain("县区"), repeat(size)),
                                    dtype=np.intp, count=len(data))
                ledger = self._ledgers[key] = CountyLedger(data, codes, size)
            return ledger
        return UNSPLIT

    def _key(self, f: Field, data: Frame, previous: bool) -> tuple[str, bool]:
        # a ledger is its own last year (one Frame for both): grouped once, masks made once
        return f.source, previous if data is not f.current else False

    def _grouped(self, key: tuple[str, bool], data: Frame):
        grouped = self._groups.get(key)
        if grouped is None:
            grouped = self._groups[key] = _by_county(data)
        return grouped


def _by_county(frame: Frame) -> tuple[Frame, dict[object, tuple[int, int]]]:
    """Return ``frame`` with its rows grouped by 县区 (stable) and county → (start, stop)."""
    positions = frame.group_positions("县区")
    if not positions:
        return frame, {}
    order = np.concatenate(list(positions.values()))
    ranges, start = {}, 0
    for county, rows in positions.items():
        ranges[county] = (start, start + len(rows))
        start += len(rows)
    return frame.take(order), ranges
