"""The formulas of Chinese S&T statistics, as pure functions of plain numbers.

完成率, 同比增长, 个百分点, 序时进度, 科技进步贡献率 (Solow residual). No rounding here: results keep
full precision; the text layer rounds when it writes. ``None`` means 不可比 / not defined.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


def completion_rate(actual: float | None, target: float | None) -> float | None:
    """Return 完成率 = actual ÷ target × 100 (%), or None when the target is ≤ 0 (不可比)."""
    if actual is None or target is None or target <= 0:
        return None
    return actual / target * 100


def yoy_growth(current: float | None, previous: float | None) -> float | None:
    """Return 同比增长 = (本期 − 上年同期) ÷ 上年同期 × 100 (%); None when the base is ≤ 0."""
    if current is None or previous is None or previous <= 0:
        return None
    return (current - previous) / previous * 100


def pp_change(current: float | None, previous: float | None) -> float | None:
    """Return the change of a rate in 个百分点 (a difference, never a ratio)."""
    if current is None or previous is None:
        return None
    return current - previous


def time_progress(month: int) -> float:
    """Return 序时进度 = months elapsed ÷ 12 × 100 (%)."""
    return month / 12 * 100


def share(part: float, whole: float) -> float | None:
    """Return part ÷ whole × 100 (%), or None when the whole is ≤ 0."""
    if whole is None or part is None or whole <= 0:
        return None
    return part / whole * 100


def average_growth(start: float, end: float, years: int) -> float | None:
    """Return the average annual growth rate by the level method, (end/start)^(1/n) − 1."""
    if start is None or end is None or start <= 0 or end <= 0 or years <= 0:
        return None
    return (end / start) ** (1 / years) - 1


def perpetual_inventory(investment: list[float], price_index: list[float] | None,
                        depreciation: float) -> list[float]:
    """Return capital stock K_t = K_(t−1)(1−δ) + I_t/P_t for each year (永续盘存法).

    The initial stock is I_0 / (g + δ), g the average growth of real investment (Harberger).
    ``price_index`` is a fixed-base index (any base); None means investment is already real.
    """
    prices = price_index or [1.0] * len(investment)
    real = [i / p for i, p in zip(investment, prices, strict=True)]
    g = average_growth(real[0], real[-1], len(real) - 1) if len(real) > 1 else 0.0
    g = g if g is not None and g > -depreciation else 0.0
    stock = [real[0] / (g + depreciation)]
    for value in real[1:]:
        stock.append(stock[-1] * (1 - depreciation) + value)
    return stock


@dataclass(frozen=True)
class Solow:
    """Growth accounting over one period (增长核算): rates are fractions, shares are %."""

    y: float  # output (GDP, comparable prices) average growth
    k: float  # capital
    l: float  # labour  # noqa: E741
    alpha: float
    beta: float
    years: int

    @property
    def residual(self) -> float:
        """Return a = y − αk − βl (科技进步速度)."""
        return self.y - self.alpha * self.k - self.beta * self.l

    @property
    def contribution(self) -> float | None:
        """Return E_A = a ÷ y × 100 (科技进步贡献率, %); None when y ≤ 0 (不可比)."""
        return None if self.y <= 0 else self.residual / self.y * 100

    @property
    def capital_share(self) -> float | None:
        """Return E_K = αk ÷ y × 100 (资本贡献率, %)."""
        return None if self.y <= 0 else self.alpha * self.k / self.y * 100

    @property
    def labour_share(self) -> float | None:
        """Return E_L = βl ÷ y × 100 (劳动贡献率, %)."""
        return None if self.y <= 0 else self.beta * self.l / self.y * 100


def solow(output: tuple[float, float], capital: tuple[float, float], labour: tuple[float, float],
          years: int, alpha: float, beta: float) -> Solow | None:
    """Return the growth accounting of (start, end) levels over ``years``, or None if undefined."""
    rates = [average_growth(a, b, years) for a, b in (output, capital, labour)]
    if any(r is None or math.isnan(r) for r in rates):
        return None
    return Solow(*rates, alpha=alpha, beta=beta, years=years)
