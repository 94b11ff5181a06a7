"""Masks of a ledger's text column compared with values: coded once, the same as numpy's."""

from __future__ import annotations

import numpy as np
import pytest

from kjreport.indicators.masks import _cells_among


def _objects(values):
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


@pytest.mark.parametrize("values", [
    ("科技计划项目",), ("没有这一类",), (None,), ("国家级", "省级"), ("省级", "没有"), ("",),
])
def test_same_as_numpy(values):
    rng = np.random.default_rng(7)
    pool = ["科技计划项目", "国家级", "省级", None, "", "市级"]
    column = _objects([pool[i] for i in rng.integers(0, len(pool), 500)])
    expected = np.isin(column, values) if len(values) > 1 else column == values[0]
    assert np.array_equal(_cells_among(column, values), np.asarray(expected, dtype=bool))
    assert np.array_equal(_cells_among(column, values), np.asarray(expected, dtype=bool))  # coded


def test_numbers_and_unhashable_values():
    years = np.array([2010.0, np.nan, 2011.0])
    assert _cells_among(years, (2011.0,)).tolist() == [False, False, True]
    odd = _objects([["列表"], "甲", None])
    assert _cells_among(odd, ("甲",)).tolist() == [False, True, False]
    assert _cells_among(_objects([]), ("甲",)).tolist() == []
