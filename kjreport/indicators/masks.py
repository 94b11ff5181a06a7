"""Row masks of a whole ledger (numpy), for the built-ins' per-county forms.

A per-county form counts or adds up every county's rows in one call (``CountyLedger``); its
mask over the ledger is computed once per ledger and kept in the frame's ``memo``, since the
same comparison recurs for this year, last year and several indicators. The city figure and a
single county's come from the plain functions of ``kjreport.indicators.builtin`` (no numpy);
the tests compare the two, county by county, exactly.
"""

from __future__ import annotations

from itertools import count

import numpy as np

from kjreport.indicators.builtin import names_type
from kjreport.indicators.frame import Frame

# A text column's distinct values, numbered once: comparing the column with a value is then a
# comparison of integers, not a Python comparison per row (项目类别, 级别 and 平台类型 are each
# compared with several values, for several indicators).
_CODES: dict[int, tuple[np.ndarray, np.ndarray, dict]] = {}


def _codes(column: np.ndarray) -> tuple[np.ndarray, dict]:
    """Return (codes, index) of an object column: equal cells share a code, index[value] is
    the code of ``value`` (the row where it first appears)."""
    hit = _CODES.get(id(column))
    if hit is None or hit[0] is not column:
        if len(_CODES) >= 64:
            _CODES.clear()
        index: dict = {}
        codes = np.fromiter(map(index.setdefault, column.tolist(), count()), dtype=np.intp,
                            count=len(column))
        hit = _CODES[id(column)] = (column, codes, index)
    return hit[1], hit[2]


def _cells_equal(column: np.ndarray, value) -> np.ndarray:
    """Return the mask of ``column == value``."""
    if column.dtype != object:
        return column == value
    try:
        codes, index = _codes(column)
        code = index.get(value)
    except TypeError:  # an unhashable cell (not from a workbook)
        return column == value
    return codes == code if code is not None else np.zeros(len(column), dtype=bool)


def _cells_among(column: np.ndarray, values: tuple) -> np.ndarray:
    """Return the mask of the cells of ``column`` equal to one of ``values``."""
    if column.dtype != object:
        return np.isin(column, values)
    try:
        codes, index = _codes(column)
        wanted = [index[v] for v in values if v in index]
    except TypeError:
        return np.isin(column, values)
    return np.isin(codes, wanted)


def _memo(frame: Frame, key: tuple, compute) -> np.ndarray:
    """Return ``compute()``, made once per frame and ``key`` (read-only)."""
    mask = frame.memo.get(key)
    if mask is None:
        mask = np.asarray(compute(), dtype=bool)
        mask.flags.writeable = False
        frame.memo[key] = mask
    return mask


def _equals(frame: Frame, name: str, value) -> np.ndarray:
    return _memo(frame, ("==", name, value), lambda: _among_cells(frame, name, (value,)))


def _among(frame: Frame, name: str, values: tuple) -> np.ndarray:
    return _memo(frame, ("in", name, values), lambda: _among_cells(frame, name, values))


def _among_cells(frame: Frame, name: str, values: tuple) -> np.ndarray:
    """Return the mask of the cells of column ``name`` equal to one of ``values``: a text
    column is coded from its list (no object array made for it), once per frame."""
    if frame.is_numeric(name):
        return _cells_among(frame[name], values) if len(values) > 1 else frame[name] == values[0]
    hit = frame.memo.get(("codes", name))
    if hit is None:
        cells = frame.plain(name)
        index: dict = {}
        try:
            codes = np.fromiter(map(index.setdefault, cells, count()), dtype=np.intp, count=len(cells))
        except TypeError:  # an unhashable cell (not from a workbook)
            return _cells_among(frame[name], values)
        hit = frame.memo["codes", name] = (codes, index)
    codes, index = hit
    try:
        wanted = [index[v] for v in values if v in index]
    except TypeError:
        return _cells_among(frame[name], values)
    if not wanted:
        return np.zeros(len(codes), dtype=bool)
    return codes == wanted[0] if len(wanted) == 1 else np.isin(codes, wanted)


def has_type(types, wanted: tuple[str, ...]) -> np.ndarray:
    """Return a mask of rows whose 企业类型 list (separated by 、,;) names one of ``wanted``."""
    wanted_set = frozenset(wanted)
    cells = types.tolist() if isinstance(types, np.ndarray) else list(types)
    try:
        verdict = {v: names_type(v, wanted_set) for v in set(cells)}  # once per distinct text
    except TypeError:  # an unhashable cell (not from a workbook): judged one by one
        return np.fromiter((names_type(v, wanted_set) for v in cells), dtype=bool, count=len(cells))
    return np.fromiter(map(verdict.__getitem__, cells), dtype=bool, count=len(cells))


def _types(frame: Frame, types: tuple[str, ...]) -> np.ndarray:
    return _memo(frame, ("types", frozenset(types)), lambda: has_type(frame.plain("企业类型"), types))


def project_mask(frame: Frame, year: int, category: str, levels=None) -> np.ndarray:
    """Return a mask of the project-ledger rows of ``year`` in ``category`` (and ``levels``)."""
    def compute() -> np.ndarray:
        mask = (frame["年度"] == year) & _equals(frame, "项目类别", category)
        if levels is not None:
            mask &= _among(frame, "级别", tuple(levels))
        return mask

    return _memo(frame, ("project", year, category, tuple(levels) if levels is not None else None), compute)


def enterprise_mask(frame: Frame, year: int, types: tuple[str, ...], unless: tuple[str, ...] = ()) -> np.ndarray:
    """Return a mask of the enterprises of any of ``types`` (and none of ``unless``) recognised
    by the end of ``year``."""
    def compute() -> np.ndarray:
        mask = (frame["认定年份"] <= year) & _types(frame, types)
        if unless:
            mask &= ~_types(frame, unless)
        return mask

    return _memo(frame, ("enterprise", year, frozenset(types), frozenset(unless)), compute)


def platform_mask(frame: Frame, year: int, kind: str, levels=None) -> np.ndarray:
    """Return a mask of the platforms of ``kind`` (and ``levels``) existing by the end of ``year``."""
    def compute() -> np.ndarray:
        mask = (frame["认定年份"] <= year) & _equals(frame, "平台类型", kind)
        if levels is not None:
            mask &= _among(frame, "级别", tuple(levels))
        return mask

    return _memo(frame, ("platform", year, kind, tuple(levels) if levels is not None else None), compute)


def key_enterprise_mask(frame: Frame) -> np.ndarray:
    """Return the mask of the enterprises marked 重点企业."""
    return _memo(frame, ("key",), lambda: [v is not None and v == v and bool(v) for v in frame.plain("重点企业")])
