"""The text layer's numbers: rounding per unit, trimming, percentages, 个百分点, missing values."""

from __future__ import annotations

import math

import pytest

from kjreport import text as tx
from kjreport.text.numbers import NumberStyle

MISSING_VALUES = [None, math.nan, math.inf, -math.inf, "abc", True]


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (812.0, "亿元", "812亿元"),
        (9.4, "亿元", "9.4亿元"),
        (9.40001, "亿元", "9.4亿元"),
        (144.575, "亿元", "144.6亿元"),  # one decimal for 亿元
        (0.14549, "亿元", "0.15亿元"),  # computed: below 1 keeps two
        (0.12501, "亿元", "0.13亿元"),
        (0.145, "亿元", "0.145亿元"),  # typed below 1 with three digits: as typed (QA7 F12)
        (0.031, "亿元", "310万元"),  # below 0.1亿元 the text says 万元; not 300万元 (beside a county's 0.030)
        (0.03, "亿元", "300万元"),
        (0.12, "亿元", "0.12亿元"),
        (0.121 + 0.052 + 0.041 + 0.063 + 0.031 + 0.082 + 0.03 + 0.092, "亿元", "0.512亿元"),  # a sum
        (1260, "人", "1260人"),
        (1259.6, "人", "1260人"),
        (158, "家", "158家"),
        (32.6, "万人次", "32.6万人次"),
        (30, "万人次", "30万人次"),
        (27.1, "%", "27.1%"),
        (0.76412, "%", "0.76%"),  # a computed share below 1% keeps two decimals
        (0.764, "%", "0.764%"),  # a typed one as typed
        (94000, "万元", "9.4亿元"),  # 8.6亿元, not 86000万元
        (5200, "万元", "5200万元"),
        (-0.00001, "亿元", "0亿元"),  # never "-0"
    ],
)
def test_amount_rounds_per_unit(value, unit, expected):
    assert tx.amount(value, unit) == expected


def test_style_is_configurable():
    style = NumberStyle(decimals={"亿元": 1, "万人次": 2}, trim_units=())
    assert tx.amount(812.04, "亿元", style) == "812.0亿元"
    assert tx.amount(32.6, "万人次", style) == "32.60万人次"
    assert tx.amount(5, "项", style) == "5项"


@pytest.mark.parametrize("bad", MISSING_VALUES)
def test_missing_numbers_become_the_staff_marker(bad):
    for out in (
        tx.amount(bad, "亿元"),
        tx.pct(bad),
        tx.pp(bad),
        tx.plain(bad, "项"),
        tx.number(bad),
    ):
        assert out == tx.MISSING
        assert "None" not in out and "nan" not in out.lower() and "inf" not in out


@pytest.mark.parametrize(
    ("value", "expected"),
    # QA5 F16: one decimal kept (8.0% beside 10.8%, 100.0% beside 102.5%)
    [(15.04, "15.0%"), (15.05, "15.1%"), (101.456, "101.5%"), (100.0, "100.0%"), (0, "0.0%"), (-3.25, "-3.3%")],
)
def test_pct_one_decimal(value, expected):
    assert tx.pct(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.36, "1.4个百分点"),
        (-0.6, "0.6个百分点"),
        (0.04, "0.04个百分点"),
        (-0.036, "0.04个百分点"),
        (0.004, "0个百分点"),  # below 0.005: the text says 持平
        (0, "0个百分点"),
        (1.0, "1个百分点"),
        (0.06, "0.06个百分点"),  # QA2 R10: below 0.1 keeps two decimals (was 0.1)
        (0.096, "0.1个百分点"),
        (0.14, "0.14个百分点"),  # qa12b F1: a change below one point keeps its own two decimals (was 0.1)
        (0.2976, "0.3个百分点"),  # a computed change: two significant digits
    ],
)
def test_pp_is_unsigned_and_never_hides_a_small_change(value, expected):
    assert tx.pp(value) == expected


def test_an_index_and_person_years_drop_trailing_zeros():
    assert tx.amount(163.5, "") == "163.5" and tx.amount(212.0, "人年") == "212人年"  # not 163.50, 212.00人年


@pytest.mark.parametrize(
    ("value", "near", "expected"),
    [
        (0.96, (1,), "0.96个百分点"),  # 1 would read as the target reached
        (1.04, (1,), "1.04个百分点"),
        (0.14, (0.2,), "0.14个百分点"),  # QA2 R10: 0.1 and a gap of 0.06 would not add up to 0.2
        (0.3, (0.2,), "0.3个百分点"),
        (1.24, (1,), "1.2个百分点"),
        (0.16, (0.2,), "0.16个百分点"),  # 0.2 would read as the target reached
        (1.36, (0.5,), "1.4个百分点"),
    ],
)
def test_pp_is_not_rounded_onto_or_across_its_target(value, near, expected):
    assert tx.pp(value, near=near) == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (("x", 1, "家", "区间", 2), "1—2"),
        (("x", 5, "家", "≤", None), "≤5"),
        (("x", 900, "家", "≥", None), "900"),
        (("x", 1.5, "%", "区间", 2.25), "1.5—2.25"),
    ],
)
def test_target_value_shows_a_range_with_both_bounds(target, expected):
    from kjreport.model import Target

    name, value, unit, comparison, upper = target
    assert tx.target_value(Target(name, value, unit, comparison, upper=upper)) == expected


def test_number_rounds_half_up_not_to_even():
    assert tx.number(0.145, 2) == "0.15" and tx.number(0.125, 2) == "0.13" and tx.number(2.5, 0) == "3"
