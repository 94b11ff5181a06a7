"""``Frame``: a ledger (台账) as columns of numpy arrays — what indicator functions receive.

Indicator functions are called once per year, and (without a per-county form) once per county
on small slices, where pandas' per-call overhead (and its 0.3 s import) would dominate a
report's run time. A ``Frame`` is a
dict of equal-length numpy arrays with the few operations indicators need; ``to_pandas()`` gives
a DataFrame to a user indicator that prefers pandas.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import count

import numpy as np


class Frame:
    """Named columns of equal length; ``frame["年度"]`` is a numpy array."""

    __slots__ = ("_columns", "_length", "origin", "taken")

    def __init__(self, columns: dict[str, np.ndarray]):
        self.origin: tuple[Frame, int, int] | None = None  # (whole frame, start, stop) of a window
        self.taken: tuple[Frame, np.ndarray] | None = None  # (frame, row positions) of a ``take``
        self._columns = dict(columns)
        lengths = {len(v) for v in self._columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        self._length = lengths.pop() if lengths else 0

    @classmethod
    def from_rows(cls, rows: Iterable[dict], names: list[str], numeric: Iterable[str] = ()) -> Frame:
        """Return a frame of ``rows`` (dicts); ``numeric`` columns become float arrays (None → NaN)."""
        rows = list(rows)
        numeric = set(numeric)
        columns = {}
        for name in names:
            values = [r.get(name) for r in rows]
            if name in numeric:
                columns[name] = np.array([np.nan if v is None else v for v in values], dtype=float)
            else:
                columns[name] = _objects(values)
        return cls(columns)

    @classmethod
    def from_columns(cls, columns: dict[str, list], numeric: Iterable[str] = ()) -> Frame:
        """Return a frame of value lists by name; ``numeric`` ones become float arrays (None → NaN)."""
        numeric = set(numeric)
        arrays = {}
        for name, values in columns.items():
            if name in numeric:  # numpy reads None as NaN; fromiter skips np.array's type survey
                arrays[name] = np.fromiter(values, dtype=float, count=len(values))
            else:
                arrays[name] = _objects(values)
        return cls(arrays)

    def __getitem__(self, name: str) -> np.ndarray:
        return self._columns[name]

    def __contains__(self, name: object) -> bool:
        return name in self._columns

    def __len__(self) -> int:
        return self._length

    @property
    def columns(self) -> list[str]:
        """Return the column names."""
        return list(self._columns)

    @property
    def empty(self) -> bool:
        """Return True when the frame has no rows."""
        return self._length == 0

    def take(self, rows: np.ndarray) -> Frame:
        """Return the frame of the given row positions or boolean mask."""
        part = Frame({k: v[rows] for k, v in self._columns.items()})
        part.taken = (self, rows)
        return part

    def window(self, start: int, stop: int) -> Frame:
        """Return rows ``start:stop`` as views (no copy), remembering where they came from."""
        part = Frame({k: v[start:stop] for k, v in self._columns.items()})
        part.origin = (self, start, stop)
        return part

    def group_positions(self, column: str) -> dict[object, np.ndarray]:
        """Return value → row positions for ``column`` (e.g. the rows of each 县区)."""
        values = self._columns[column].tolist()  # Python objects once, not one numpy access each
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

        return pd.DataFrame(self._columns)

    def __repr__(self) -> str:
        return f"Frame({self._length} rows: {', '.join(self._columns)})"


def _objects(values: list) -> np.ndarray:
    """Return ``values`` as a one-dimensional object array (a tuple or list stays one element:
    ``np.array`` would make it a second dimension)."""
    try:
        return np.fromiter(values, dtype=object, count=len(values))  # 4× faster than a[:] = v
    except (TypeError, ValueError):  # numpy < 1.23 cannot build object arrays from iterators
        array = np.empty(len(values), dtype=object)
        array[:] = values
        return array
