"""Speed of plan import on long plans, as a ratio to a baseline measured in the same run.

The long plan is every corpus text (tests/plan/corpus, or ``--corpus DIR``) one after another
(~40,000 characters when this was written; 277,632 characters with 419 texts in round 13,
simplified and traditional); the short one is the seed plan when it is present. Each
is imported with ``import_plan`` (what ``plan import`` runs) and, as the baseline, read and
normalised only (``read_plan`` + ``normalize``: the work any parser must do). ``--against DIR``
also times another checkout's ``import_plan`` on the same files (e.g. main's parser) in a
subprocess, interleaved with this one.

    python benchmarks/plan_speed.py                   # this checkout, ratio to reading
    python benchmarks/plan_speed.py --against /work/main
    python benchmarks/plan_speed.py --corpus DIR --reps 1   # a few texts (tests/benchmarks)
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

TIMER = """
import sys, time
from pathlib import Path
from kjreport.plan import import_plan
from kjreport.plan.reader import read_plan
from kjreport.plan.text import normalize
path, mode, reps = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
times = []
for _ in range(reps):
    t = time.perf_counter()
    if mode == "import":
        try:
            import_plan(path, require_targets=False)
        except Exception:  # an old parser may refuse a plan; the time still counts
            pass
    else:
        lines, _ = read_plan(path)
        [normalize(line.text) for line in lines]
    times.append(time.perf_counter() - t)
print(min(times))
"""


def run(checkout: Path, path: Path, mode: str, reps: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run(
        [sys.executable, "-c", TIMER, str(path), mode, str(reps)],
        capture_output=True,
        text=True,
        env=env,
        cwd=checkout,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, help="another checkout to time on the same files")
    ap.add_argument("--reps", type=int, default=5, help="runs per measurement (the best counts)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of plan texts (*.txt) to join")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        long_plan = Path(tmp) / "long_plan.txt"
        texts = [p.read_text("utf-8") for p in sorted(args.corpus.glob("*.txt"))]
        long_plan.write_text("\n".join(texts), "utf-8")
        plans = [("long plan", long_plan)] + ([("seed plan", SEED)] if SEED.exists() else [])
        for label, path in plans:
            size = len(path.read_text("utf-8"))
            read = run(ROOT, path, "read", args.reps)
            mine = run(ROOT, path, "import", args.reps)
            line = (
                f"{label:<10} {size:>6} chars: import {mine * 1000:7.1f} ms, "
                f"read+normalise {read * 1000:6.1f} ms, ratio {mine / read:5.1f}x"
            )
            if args.against:
                other = run(args.against, path, "import", args.reps)
                line += (
                    f"; {args.against} import {other * 1000:7.1f} ms, ratio {mine / other:4.2f}x"
                )
            print(line)
    print("goal: a long plan imports well under 1 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
