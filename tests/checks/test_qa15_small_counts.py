"""qa15 F4: two 科室数据 rows of small counts (平台 2→3 against a target of 2; 高层次人才 2 against
a target of 3) are not hinted as swapped: with single-digit counts every figure fits another row."""

from __future__ import annotations

from tests.helpers import cli
from tests.qa15_book import tongren_book


def test_small_counts_are_not_called_swapped(tmp_path):
    out = cli("check", tongren_book(tmp_path)).output
    assert "校验通过" in out, out
    assert "可能填反了" not in out, out
