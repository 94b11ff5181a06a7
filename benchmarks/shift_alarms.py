"""False alarms and catches of the 县区数据 column-shift check on random realistic columns (not a test).

Each trial draws one county column the way bureaus' figures look: 6–150 units; sizes log-normal
(spread ×1.2 to ×5); a usual growth of −10 % … +35 %; growth noise from ±1 % to ±50 %, half the
columns heavy-tailed, 6 % of units with a real jump (×1.5 … ×4 either way); listed in random
order, sorted by this or last year's size, or in sorted groups (街道, 镇, 开发区); whole counts
or one/two decimals. The clean column must raise nothing; the same column pasted one row low (top
cell typed near the old value, last one dropped) or one row high should be caught.

Both rules run in the same trials: ``before`` without the smooth-column rule
(``offset.SMOOTH_TIGHTER`` infinite: a shift was told only when 30 % of the units changed
abnormally or the neighbours fitted 8× more tightly), ``after`` with it.

Usage:  python benchmarks/shift_alarms.py --trials 50000 --seed 1
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kjreport.checks import offset  # noqa: E402
from kjreport.checks.smallcounts import _small_column  # noqa: E402

SIZES = (6, 7, 8, 10, 12, 14, 15, 18, 25, 40, 80, 150)
NOISE = (0.01, 0.02, 0.04, 0.08, 0.15, 0.3, 0.5)


def clean_column(rng: random.Random) -> tuple[list[float], list[float]]:
    """Return (this year, last year) for one random realistic column, rows in listing order."""
    n = rng.choice(SIZES)
    centre, sizes = rng.uniform(0, 7), rng.uniform(0.2, 1.6)
    before = [math.exp(rng.gauss(centre, sizes)) for _ in range(n)]
    usual, noise, heavy = rng.uniform(-0.1, 0.35), rng.choice(NOISE), rng.random() < 0.5
    growth = []
    for _ in range(n):
        e = noise * rng.gauss(0, 1)
        if heavy:  # Student's t, 3 degrees of freedom
            e /= math.sqrt(max(rng.gammavariate(1.5, 2) / 3, 1e-3))
        if rng.random() < 0.06:
            e += rng.choice((-1, 1)) * rng.uniform(0.4, 1.4)
        growth.append(usual + e)
    now = [b * math.exp(g) for b, g in zip(before, growth, strict=True)]
    order = list(range(n))
    listing = rng.choice(("random", "now", "before", "groups"))
    if listing == "now":
        order.sort(key=lambda i: -now[i])
    elif listing == "before":
        order.sort(key=lambda i: -before[i])
    elif listing == "groups":
        groups = [rng.randrange(rng.randint(2, 4)) for _ in range(n)]
        order.sort(key=lambda i: (groups[i], -before[i]))
    whole = centre > 2.5 and rng.random() < 0.6
    typed = (lambda v: float(round(v))) if whole else (lambda v: round(v, 1 if v > 5 else 2))
    return [typed(now[i]) for i in order], [typed(before[i]) for i in order]


def pasted_off(now: list[float], rng: random.Random) -> list[float]:
    """Return ``now`` pasted one row low (the top cell typed near its old value) or one row high."""
    if rng.random() < 0.5:
        return [now[0] * rng.uniform(0.95, 1.05), *now[:-1]]
    return [*now[1:], now[-1] * rng.uniform(0.95, 1.05)]


def told(now: list[float], before: list[float]) -> bool | None:
    """Return None when the check says nothing on the column, else whether it says 错误."""
    n = len(now)
    if _small_column(now) and _small_column(before):
        return None  # small whole counts: the check stays quiet (smallcounts)
    verdict = offset.judge(offset._positives(now), offset._positives(before), list(range(n)),
                           [i + 1 if i + 1 < n else None for i in range(n)], [i - 1 if i else None for i in range(n)])
    return None if verdict is None else verdict[5]


def trials(count: int, seed: int) -> dict[str, list[int]]:
    """Return, for ``before`` and ``after``: [clean alarms, of them errors, shifts caught, of them errors]."""
    rng = random.Random(seed)
    smooth = offset.SMOOTH_TIGHTER
    out = {"before": [0, 0, 0, 0], "after": [0, 0, 0, 0]}
    try:
        for _ in range(count):
            now, before = clean_column(rng)
            off = pasted_off(now, rng)
            for rule, tighter in (("before", math.inf), ("after", smooth)):
                offset.SMOOTH_TIGHTER = tighter
                tally = out[rule]
                for k, column in ((0, now), (2, off)):
                    said = told(column, before)
                    if said is not None:
                        tally[k] += 1
                        tally[k + 1] += said
    finally:
        offset.SMOOTH_TIGHTER = smooth
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--trials", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    out = trials(args.trials, args.seed)
    n = args.trials
    print(f"{n} random realistic columns, seed {args.seed}")
    print("rule     clean alarms (errors)      shifted columns caught (errors)")
    for rule, (fa, fa_err, hit, hit_err) in out.items():
        print(f"{rule:7}  {fa:6} = {fa / n:7.3%} ({fa_err})   {hit:6} = {hit / n:6.1%} ({hit_err})")
    b, a = out["before"], out["after"]
    print(f"after/before: alarms {a[0] / max(b[0], 1):.2f}×, catches {a[2] / max(b[2], 1):.3f}×")


if __name__ == "__main__":
    main()
