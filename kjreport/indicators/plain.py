"""Column arithmetic on plain Python lists, giving numpy's results bit for bit.

The built-in indicators read their inputs as lists (``Frame.plain``, county columns as lists of
floats), so that ``kjreport check`` runs without importing numpy (a tenth of a second, about a
tenth of a check). Counting is exact either way; a float sum is not — numpy adds pairwise
(``np.sum``, ``np.nansum``, ``ndarray.sum``), and a Python loop adding left to right can differ
in the last bit. ``total`` adds in numpy's order, so a figure is the same whichever way it was
computed (the tests compare the two on random data, and the per-county forms, still numpy,
with the plain calls on each county's rows).
"""

from __future__ import annotations

from functools import reduce
from operator import add

_BLOCK = 128  # numpy's PW_BLOCKSIZE
_UNROLL = 8  # numpy's accumulators in a block


def values(column) -> list:
    """Return a column as a list: a list as it is, a numpy array (or other sequence) converted."""
    if type(column) is list:
        return column
    tolist = getattr(column, "tolist", None)
    return tolist() if tolist is not None else list(column)


def total(numbers: list[float]) -> float:
    """Return Σ ``numbers`` exactly as numpy's ``np.sum`` of a float array gives it (a NaN
    makes it NaN): the identity 0.0 plus numpy's pairwise sum."""
    return 0.0 + _pairwise(numbers, 0, len(numbers))


def nantotal(numbers: list[float]) -> float:
    """Return ``np.nansum``: Σ of the numbers that are not NaN (0.0 when none is)."""
    return total([0.0 if x != x else x for x in numbers])


def all_nan(numbers: list[float]) -> bool:
    """Return True when every number is NaN (also for no numbers), as ``np.isnan(v).all()``."""
    return not any(x == x for x in numbers)


def _pairwise(a: list[float], lo: int, n: int) -> float:
    """Return numpy's ``pairwise_sum`` of ``a[lo:lo + n]`` (numpy/_core/src/umath/loops_utils.h):
    under 8 numbers one by one; up to 128 in 8 interleaved accumulators; above, two halves."""
    if n < _UNROLL:
        res = -0.0
        for i in range(lo, lo + n):
            res += a[i]
        return res
    if n <= _BLOCK:
        end = lo + n - n % _UNROLL
        r = [reduce(add, a[lo + j + _UNROLL:end:_UNROLL], a[lo + j]) for j in range(_UNROLL)]
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for i in range(end, lo + n):
            res += a[i]
        return res
    half = n // 2
    half -= half % _UNROLL
    return _pairwise(a, lo, half) + _pairwise(a, lo + half, n - half)
