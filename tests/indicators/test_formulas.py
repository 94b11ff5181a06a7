import pytest

from kjreport.indicators.formulas import (
    average_growth,
    completion_rate,
    perpetual_inventory,
    pp_change,
    share,
    solow,
    time_progress,
    yoy_growth,
)


def test_completion_rate():
    assert completion_rate(812, 800) == pytest.approx(101.5)
    assert completion_rate(35, 35) == 100
    assert completion_rate(5, 0) is None
    assert completion_rate(5, -1) is None
    assert completion_rate(None, 10) is None


def test_yoy_growth_and_decline():
    assert yoy_growth(115, 100) == pytest.approx(15.0)
    assert yoy_growth(87, 100) == pytest.approx(-13.0)
    assert yoy_growth(3, 0) is None  # base ≤ 0 → 不可比
    assert yoy_growth(3, -2) is None
    assert yoy_growth(3, None) is None


def test_percentage_point_change_is_a_difference_not_a_ratio():
    assert pp_change(27.1, 25.7) == pytest.approx(1.4)
    assert pp_change(0.76, 0.8) == pytest.approx(-0.04)


def test_time_progress():
    assert time_progress(6) == 50
    assert time_progress(12) == 100


def test_share():
    assert share(812, 2996) == pytest.approx(27.1028, abs=1e-4)
    assert share(1, 0) is None


def test_average_growth_level_method():
    assert average_growth(100, 100 * 1.12**5, 5) == pytest.approx(0.12)
    assert average_growth(0, 10, 5) is None


def test_solow_hand_computed_vector():
    # y = 12 %, k = 15 %, l = 1 % over five years, α = 0.35, β = 0.65:
    # a = 0.12 − 0.35·0.15 − 0.65·0.01 = 0.061; E_A = 0.061 / 0.12 = 50.833 %
    s = solow((100, 100 * 1.12**5), (100, 100 * 1.15**5), (100, 100 * 1.01**5), 5, 0.35, 0.65)
    assert s.y == pytest.approx(0.12)
    assert s.residual == pytest.approx(0.061)
    assert s.contribution == pytest.approx(50.8333, abs=1e-4)
    assert s.capital_share == pytest.approx(43.75)
    assert s.labour_share == pytest.approx(5.4167, abs=1e-4)
    assert s.contribution + s.capital_share + s.labour_share == pytest.approx(100)


def test_solow_negative_residual_is_legitimate():
    # y = 5 %, k = 20 %, l = 0, α = 0.4: a = 0.05 − 0.08 = −0.03 → E_A = −60 %
    s = solow((100, 100 * 1.05**4), (50, 50 * 1.2**4), (10, 10), 4, 0.4, 0.6)
    assert s.contribution == pytest.approx(-60.0)


def test_solow_undefined_when_output_does_not_grow():
    s = solow((100, 90), (100, 150), (10, 11), 5, 0.35, 0.65)
    assert s.contribution is None
    assert solow((0, 90), (100, 150), (10, 11), 5, 0.35, 0.65) is None


def test_perpetual_inventory_hand_computed():
    # g = 10 %, δ = 10 %: K0 = 10 / 0.2 = 50; K1 = 50·0.9 + 11 = 56; K2 = 56·0.9 + 12.1 = 62.5
    assert perpetual_inventory([10, 11, 12.1], None, 0.1) == pytest.approx([50, 56, 62.5])
    # deflating by a price index halves real investment
    assert perpetual_inventory([20, 22, 24.2], [2, 2, 2], 0.1) == pytest.approx([50, 56, 62.5])
