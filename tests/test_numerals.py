"""Chinese numerals (kjreport/numerals.py), read by the plan reader and by number cells."""

from __future__ import annotations

import pytest

from kjreport.numerals import cn_int, cn_number


@pytest.mark.parametrize(("numeral", "value"), [
    ("一百", 100), ("一百二十", 120), ("三点五", 3.5), ("两千", 2000), ("十二", 12), ("一万五千", 15000),
    ("一千零五", 1005), ("零点八", 0.8), ("四点六", 4.6),
])
def test_numerals_with_and_without_a_decimal_part(numeral, value):
    assert cn_number(numeral) == pytest.approx(value)


@pytest.mark.parametrize("numeral", ["", "二三", "点五", "三点", "三点十", "百分"])
def test_what_is_no_numeral(numeral):
    assert cn_number(numeral) is None


def test_whole_numerals_keep_their_reading():
    assert cn_int("两万五千") == 25000 and cn_int("二三") is None
