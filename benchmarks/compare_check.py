"""Compare ``check`` on one workbook between two checkouts of kjreport (not a test).

Each run is a fresh interpreter importing kjreport from the given tree and calling
``check_source``; runs alternate between the trees so machine noise hits both alike; the
children's CPU time (user + system) is reported, medians and the ratio head ÷ base.

Usage (issue 10's "check within 10 % of its time before"):
  git worktree add /tmp/base c48e663
  PYTHONPATH=/tmp/base python /tmp/base/benchmarks/make_province.py /tmp/province.xlsx
  python benchmarks/compare_check.py /tmp/province.xlsx --base /tmp/base --head . --reps 5
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

CODE = "import sys; from kjreport.report import check_source; print(len(check_source(sys.argv[1])))"


def cpu_of(tree: Path, book: Path) -> float:
    """Return the CPU seconds of one ``check_source`` run importing kjreport from ``tree``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", CODE, str(book)], cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"check failed in {tree}:\n{done.stderr[-800:]}")
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbook", type=Path)
    parser.add_argument("--base", type=Path, required=True, help="the checkout to compare against")
    parser.add_argument("--head", type=Path, default=Path("."), help="this checkout (default .)")
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    trees = {"base": args.base.resolve(), "head": args.head.resolve()}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.reps):
        for name, tree in trees.items():
            cpu[name].append(cpu_of(tree, args.workbook.resolve()))
    med = {name: statistics.median(times) for name, times in cpu.items()}
    for name, tree in trees.items():
        runs = ", ".join(f"{t:.2f}" for t in cpu[name])
        print(f"{name} ({tree}): median CPU {med[name]:.2f} s  ({runs})")
    print(f"head ÷ base = {med['head'] / med['base']:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
