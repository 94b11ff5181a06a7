"""``Frame``: a ledger (台账) as named columns — what indicator functions receive.

Indicator functions are called once per year, and (without a per-county form) once per county
on small slices, where pandas' per-call overhead (and its 0.3 s import) would dominate a
report's run time. A ``Frame`` holds equal-length columns with the few operations indicators
need: ``frame["年度"]`` is a numpy array (what a user indicator gets), ``frame.plain("年度")`` the
same column as a Python list (what the built-ins read, so that ``check`` never imports numpy);
``to_pandas()`` gives a DataFrame to a user indicator that prefers pandas.

A frame read from a workbook keeps its columns as lists and makes a column's array the first
time one is asked for; a frame made from arrays (a county's window, a test's ledger) gives their
``tolist()`` as its lists. Numeric columns are floats either way, a blank being NaN.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from itertools import count
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


class Frame:
    """Named columns of equal length; ``frame["年度"]`` is a numpy array, ``frame.plain("年度")``
    a list."""

    __slots__ = ("_arrays", "_lists", "_numeric", "_length", "_order", "memo", "origin", "taken")

    def __init__(self, columns: dict[str, np.ndarray | list], numeric: Iterable[str] = ()):
        self.origin: tuple[Frame, int, int] | None = None  # (whole frame, start, stop) of a window
        self.taken: tuple[Frame, np.ndarray] | None = None  # (frame, row positions) of a ``take``
        self.memo: dict = {}  # what the built-ins derive from the columns, made once per frame
        self._arrays: dict[str, np.ndarray] = {}
        self._lists: dict[str, list] = {}
        self._numeric = frozenset(numeric)  # list columns that become float arrays
        for name, column in columns.items():
            if type(column) is list:
                self._lists[name] = column
            else:
                self._arrays[name] = column
        lengths = {len(v) for v in columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        self._length = lengths.pop() if lengths else 0
        self._order = list(columns)

    @classmethod
    def from_rows(cls, rows: Iterable[dict], names: list[str], numeric: Iterable[str] = ()) -> Frame:
        """Return a frame of ``rows`` (dicts); ``numeric`` columns become floats (None → NaN)."""
        rows = list(rows)
        return cls.from_columns({name: [r.get(name) for r in rows] for name in names}, numeric)

    @classmethod
    def from_columns(cls, columns: dict[str, list], numeric: Iterable[str] = ()) -> Frame:
        """Return a frame of value lists by name; ``numeric`` ones become floats (None → NaN).
        The lists are kept as they are (not copied) when nothing needs converting."""
        numeric = set(numeric)
        lists = {}
        for name, values in columns.items():
            values = values if type(values) is list else list(values)
            if name in numeric and (None in values or not set(map(type, values)) <= {float}):
                # as numpy reads a value into a float array: None is NaN
                values = ([math.nan if v is None else float(v) for v in values] if None in values
                          else list(map(float, values)))
            lists[name] = values
        return cls(lists, numeric & set(lists))

    def __getitem__(self, name: str) -> np.ndarray:
        array = self._arrays.get(name)
        if array is None:
            values = self._lists[name]  # KeyError for an unknown column, as a dict gives
            import numpy as np

            if name in self._numeric:  # fromiter skips np.array's type survey
                array = np.fromiter(values, dtype=float, count=len(values))
            else:
                array = _objects(values)
            self._arrays[name] = array
        return array

    def is_numeric(self, name: str) -> bool:
        """Return True when column ``name`` is a float column (else its array holds objects)."""
        array = self._arrays.get(name)
        if array is not None:
            return array.dtype != object
        if name not in self._lists:
            raise KeyError(name)
        return name in self._numeric

    def plain(self, name: str) -> list:
        """Return column ``name`` as a Python list (floats for a numeric column, NaN blank)."""
        values = self._lists.get(name)
        if values is None:
            values = self._lists[name] = self._arrays[name].tolist()
        return values

    def __contains__(self, name: object) -> bool:
        return name in self._lists or name in self._arrays

    def __len__(self) -> int:
        return self._length

    @property
    def columns(self) -> list[str]:
        """Return the column names."""
        return list(self._order)

    @property
    def empty(self) -> bool:
        """Return True when the frame has no rows."""
        return self._length == 0

    def take(self, rows: np.ndarray) -> Frame:
        """Return the frame of the given row positions or boolean mask."""
        part = Frame({k: self[k][rows] for k in self.columns})
        part.taken = (self, rows)
        return part

    def pick(self, rows: list[int]) -> Frame:
        """Return the frame of the given row positions, built from plain lists (no numpy: for
        checks, which compute a few per-county figures only)."""
        return Frame({k: [values[i] for i in rows] for k in self.columns for values in (self.plain(k),)},
                     [k for k in self.columns if self.is_numeric(k)])

    def window(self, start: int, stop: int) -> Frame:
        """Return rows ``start:stop`` as views (no copy), remembering where they came from."""
        part = Frame({k: self[k][start:stop] for k in self.columns})
        part.origin = (self, start, stop)
        return part

    def group_positions(self, column: str) -> dict[object, np.ndarray]:
        """Return value → row positions for ``column`` (e.g. the rows of each 县区)."""
        import numpy as np

        values = self.plain(column)  # Python objects once, not one numpy access each
        if not values:
            return {}
        # each value's code is the row number where it first appears (C-level, no Python loop):
        # codes rise in order of first appearance, and a stable sort keeps rows in row order
        first: dict[object, int] = {}
        codes = np.fromiter(map(first.setdefault, values, count()), dtype=np.intp, count=len(values))
        order = np.argsort(codes, kind="stable")
        starts = np.flatnonzero(np.diff(codes[order], prepend=-1)).tolist()
        ends = [*starts[1:], len(values)]
        return {value: order[start:end] for value, start, end in zip(first, starts, ends, strict=True)}

    def to_pandas(self):
        """Return the frame as a pandas DataFrame (imported only when asked for)."""
        import pandas as pd

        return pd.DataFrame({k: self[k] for k in self.columns})

    def __repr__(self) -> str:
        return f"Frame({self._length} rows: {', '.join(self.columns)})"


def _objects(values: list) -> np.ndarray:
    """Return ``values`` as a one-dimensional object array (a tuple or list stays one element:
    ``np.array`` would make it a second dimension)."""
    import numpy as np

    try:
        return np.fromiter(values, dtype=object, count=len(values))  # 4× faster than a[:] = v
    except (TypeError, ValueError):  # numpy < 1.23 cannot build object arrays from iterators
        array = np.empty(len(values), dtype=object)
        array[:] = values
        return array
