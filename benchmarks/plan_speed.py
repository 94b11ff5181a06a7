"""Speed of plan import on long plans, as a ratio to a baseline measured in the same run.

The long plan is every corpus text (tests/plan/corpus, or ``--corpus DIR``) one after another
(~40,000 characters when this was written; 290,041 characters with 439 texts in round 14,
simplified and traditional; ``--chars 41000`` takes the first texts up to the size the goal
"well under 1 s" was set at); the short one is the seed plan when it is present. Each
is imported with ``import_plan`` (what ``plan import`` runs) and, as the baseline, read and
normalised only (``read_plan`` + ``normalize``: the work any parser must do). ``--against DIR``
also times another checkout's ``import_plan`` on the same files (e.g. main's parser), interleaved
with this one. Each run is one import in a fresh interpreter after a warm-up import of another
text (so the models are loaded, and no cache holds the timed text); the best of ``--reps`` counts.

    python benchmarks/plan_speed.py                   # this checkout, ratio to reading
    python benchmarks/plan_speed.py --against /work/main
    python benchmarks/plan_speed.py --corpus DIR --reps 1   # a few texts (tests/benchmarks)
    python benchmarks/plan_speed.py --chars 41000     # only the first texts, up to 41,000 characters
    python benchmarks/plan_speed.py --scaling         # how the cost grows with the plan's length
    python benchmarks/plan_speed.py --cpu …           # CPU time instead of the clock (a busy machine)

``--scaling`` imports the first 1/8, 1/4, 1/2 and all of the corpus texts joined, and prints for
each size its time and its time per character as ratios to the smallest size's (ratios, not
times: they say whether the cost grows faster than the text — a time per character ratio of
1.0 is linear; the goal is at most 1.3 at full size).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "plan" / "corpus"
SEED = ROOT.parent / "shared" / "seeds" / "市科技局全年工作意见.txt"

# one timed run in a fresh interpreter, after a warm-up import of another small text (simplified
# and traditional) that loads what every import loads once (models, catalogue, the 繁简 table);
# nothing the timed text leaves in a cache can help a later run
TIMER = """
import sys, time, tempfile
from pathlib import Path
from kjreport.plan import import_plan
from kjreport.plan.reader import read_plan
from kjreport.plan.text import normalize
path, mode, clock = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
clock = time.process_time if clock == "cpu" else time.perf_counter
with tempfile.TemporaryDirectory() as tmp:
    warm = Path(tmp) / "warm.txt"
    warm.write_text("一、主要目標\\n全年新增高新技術企業10家，技術合同成交額達到5億元。\\n", "utf-8")
    try:
        import_plan(warm, require_targets=False)
    except Exception:
        pass
t = clock()
if mode == "import":
    try:
        import_plan(path, require_targets=False)
    except Exception:  # an old parser may refuse a plan; the time still counts
        pass
else:
    lines, _ = read_plan(path)
    [normalize(line.text) for line in lines]
print(clock() - t)
"""
CLOCK = ["wall"]  # "cpu" with --cpu: the process's CPU time, steadier on a loaded machine


def run(checkout: Path, path: Path, mode: str) -> float:
    """Return the time of one run of ``mode`` on ``path`` with ``checkout``'s code, in a fresh
    interpreter after a warm-up (``TIMER``)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run(
        [sys.executable, "-c", TIMER, str(path), mode, CLOCK[0]],
        capture_output=True,
        text=True,
        env=env,
        cwd=checkout,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def best(jobs: list[tuple[Path, Path, str]], reps: int) -> list[float]:
    """Return the best of ``reps`` times of each (checkout, path, mode) job, the jobs taking turns
    so that a slower spell of a busy machine falls on all of them."""
    times = [float("inf")] * len(jobs)
    for _ in range(reps):
        for k, (checkout, path, mode) in enumerate(jobs):
            times[k] = min(times[k], run(checkout, path, mode))
    return times


def joined(texts: list[str], chars: int | None = None) -> str:
    """Return ``texts`` one after another, only the first ones up to ``chars`` characters."""
    if chars is None:
        return "\n".join(texts)
    taken: list[str] = []
    size = 0
    for text in texts:
        if taken and size + len(text) + 1 > chars:
            break
        taken.append(text)
        size += len(text) + 1
    return "\n".join(taken)


SCALES = (8, 4, 2, 1)  # the first 1/8, 1/4, 1/2 and all of the texts


def scaling(texts: list[str], folder: Path, reps: int, checkouts: list[Path]) -> None:
    """Print, for the first 1/8 … all of ``texts`` joined, each checkout's import time and time per
    character as ratios to its own time on the smallest size."""
    sizes = []
    for part in SCALES:
        path = folder / f"first_1_{part}.txt"
        path.write_text(joined(texts[: max(1, len(texts) // part)]), "utf-8")
        sizes.append((part, path, len(path.read_text("utf-8"))))
    print(
        f"scaling: {len(texts)} texts, best of {reps} runs per size ({CLOCK[0]} time), "
        f"ratios to the first 1/{SCALES[0]}"
    )
    jobs = [(checkout, path, "import") for checkout in checkouts for _, path, _ in sizes]
    times = best(jobs, reps)
    for n, checkout in enumerate(checkouts):
        mine = times[n * len(sizes) : (n + 1) * len(sizes)]
        print(f"{checkout}:")
        base_time, base_size = mine[0], sizes[0][2]
        for (part, _, size), seconds in zip(sizes, mine, strict=True):
            share = "all" if part == 1 else f"1/{part}"
            print(
                f"  {share:>4} {size:>7} chars ({size / base_size:5.2f}x): time {seconds / base_time:6.2f}x, "
                f"per character {(seconds / size) / (base_time / base_size):5.2f}x"
            )
    print("goal: time per character at full size within 1.3x of the smallest size's")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, help="another checkout to time on the same files")
    ap.add_argument("--reps", type=int, default=5, help="runs per measurement (the best counts)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of plan texts (*.txt) to join")
    ap.add_argument("--chars", type=int, help="join only the first texts, up to this many characters")
    ap.add_argument("--scaling", action="store_true", help="time ratios of 1/8, 1/4, 1/2 and all the texts")
    ap.add_argument("--cpu", action="store_true", help="time the CPU the import uses, not the clock")
    args = ap.parse_args(argv)
    CLOCK[0] = "cpu" if args.cpu else "wall"
    texts = [p.read_text("utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    if not texts:
        print(f"no plan texts (*.txt) in {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        if args.scaling:
            scaling(texts, Path(tmp), args.reps, [ROOT] + ([args.against] if args.against else []))
            return 0
        long_plan = Path(tmp) / "long_plan.txt"
        long_plan.write_text(joined(texts, args.chars), "utf-8")
        plans = [("long plan", long_plan)] + ([("seed plan", SEED)] if SEED.exists() else [])
        for label, path in plans:
            size = len(path.read_text("utf-8"))
            jobs = [(ROOT, path, "read"), (ROOT, path, "import")]
            if args.against:
                jobs.append((args.against, path, "import"))
            read, mine, *other = best(jobs, args.reps)
            line = (
                f"{label:<10} {size:>6} chars: import {mine * 1000:7.1f} ms{' CPU' if args.cpu else ''}, "
                f"read+normalise {read * 1000:6.1f} ms, ratio {mine / read:5.1f}x"
            )
            if args.against:
                line += f"; {args.against} import {other[0] * 1000:7.1f} ms, ratio {mine / other[0]:4.2f}x"
            print(line)
    print("goal: a long plan imports well under 1 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
