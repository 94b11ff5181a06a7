"""元 typed where 亿元/万元 is expected — the commonest slip when a figure is copied from a 财务
report (2460000000 in an 亿元 row for 24.6亿元): one error per cell that says so and gives the
figure read in the row's unit ("是否按元填写？按亿元应为 24.6"), instead of "超出合理范围".

Pure: numbers in, a reading or None out.
"""

from __future__ import annotations

YUAN_FACTORS = {"亿元": 1e8, "万元": 1e4}
NEAR = 5.0  # the figure read in the row's unit is within this factor of a known figure


def yuan_reading(value, unit: str, references=(), *, oversized: bool = False) -> float | None:
    """Return ``value`` (typed in 元) read in ``unit`` (亿元/万元) when that reading lands near one
    of ``references`` (上年数, 年度目标, the column's median) — or, with no reference known,
    when ``oversized`` (the value is beyond any plausible size in ``unit``); else None."""
    factor = YUAN_FACTORS.get(unit)
    if factor is None or type(value) not in (int, float) or value != value or value <= 0:
        return None
    fixed = value / factor
    known = [r for r in references if type(r) in (int, float) and r == r and r > 0]
    if known:
        return fixed if any(r / NEAR <= fixed <= r * NEAR for r in known) else None
    return fixed if oversized else None


def yuan_fix(fixed: float, unit: str) -> str:
    """Return the suggestion for a figure typed in 元: "是否按元填写？按亿元应为 24.6；请核对"."""
    return f"是否按元填写？按{unit}应为 {_short(fixed)}；请改正后重新运行"


def _short(x: float) -> str:
    """Return ``x`` with at most 4 decimals, trailing zeros dropped (24.6, 0.0123)."""
    return f"{x:.4f}".rstrip("0").rstrip(".") if abs(x) < 1e6 else f"{x:.0f}"
