"""Every county's value of a ledger share at once, on plain lists: for ``check``, which judges
each county's share (``checks.shares``) without importing numpy and without calling the
indicator once per county.

``PlainCountyLedger`` is the ``CountyLedger`` of ``kjreport.indicators.counties`` for the few
per-county forms a share needs (a sum of a column over a mask of rows): ``sums`` adds each
county's selected cells in row order as ``np.sum`` adds them (``plain.total``), so a county's
figure is the one the documents show. A form asking for anything else (``counts``, a mask not
given here) raises AttributeError, and the caller computes county by county instead.
"""

from __future__ import annotations

from types import SimpleNamespace

from kjreport.indicators.frame import Frame
from kjreport.indicators.plain import total


def _enterprise_mask(frame: Frame, year: int, types: tuple[str, ...], unless: tuple[str, ...] = ()) -> list[bool]:
    """Return ``masks.enterprise_mask`` as a list: the plain rows of ``builtin._enterprise_rows``."""
    from kjreport.indicators.builtin import _enterprise_rows

    key = ("plain enterprise", year, frozenset(types), frozenset(unless))
    mask = frame.memo.get(key)
    if mask is None:
        mask = [False] * len(frame)
        for i in _enterprise_rows(frame, year, tuple(types), tuple(unless)):
            mask[i] = True
        frame.memo[key] = mask
    return mask


def _key_enterprise_mask(frame: Frame) -> list[bool]:
    """Return ``masks.key_enterprise_mask`` as a list."""
    from kjreport.indicators.builtin import _is_key

    return [_is_key(v) for v in frame.plain("重点企业")]


MASKS = SimpleNamespace(enterprise_mask=_enterprise_mask, key_enterprise_mask=_key_enterprise_mask)


class PlainCountyLedger:
    """A ledger with each row's county (``CountyLedger`` on lists): ``rows[c]`` holds the row
    positions of the ``size`` counties' c-th, in row order."""

    masks = MASKS

    def __init__(self, frame: Frame, counties: list[str]):
        self.frame = frame
        self.size = len(counties)
        position = {c: i for i, c in enumerate(counties)}
        self.rows: list[list[int]] = [[] for _ in range(self.size)]
        for j, county in enumerate(frame.plain("县区")):
            i = position.get(county)
            if i is not None:
                self.rows[i].append(j)

    def column(self, name: str) -> list[float]:
        """Return column ``name`` as ``sums`` adds it: floats, a blank NaN (TypeError for text)."""
        if not self.frame.is_numeric(name):
            raise TypeError(f"{name} is not a number column")
        return self.frame.plain(name)

    def sums(self, column: list[float], mask: list[bool]) -> list[float]:
        """Return, per county, the sum of ``column`` over its rows that ``mask`` selects, a blank
        adding 0 — ``CountyLedger.sums`` (``np.nansum`` of the county's rows), bit for bit."""
        cells = [0.0 if x != x else x for x in column]
        return [total([cells[j] for j in rows if mask[j]]) for rows in self.rows]
