"""Benchmark: one CLI command from two checkouts, runs alternated, median CPU and wall time.

Run: ``python benchmarks/bench_alternate.py BASE_DIR [--repeat 9] [--command docx|docx-nocharts|plan-seed|plan-big]``

BASE_DIR is another checkout (e.g. ``git worktree add --detach /tmp/base <commit>``); this tree is
the other. Each run is a fresh interpreter (``python -m kjreport ...``) whose CPU time (user +
system, ``RUSAGE_CHILDREN``) and wall time are recorded; the order of the two trees flips every
round and one unmeasured warm-up run of each fills a private bytecode cache, as an installed
kjreport runs (``PYTHONDONTWRITEBYTECODE`` is dropped for the children). On a shared machine the
CPU median is the steadier figure; compare within one run only.

  docx           ``kjreport docx samples/sample2011.xlsx`` (a copy, with its charts)
  docx-nocharts  the same with ``--no-charts``
  plan-seed      ``kjreport plan show`` on the seed plan (../shared/seeds/市科技局全年工作意见.txt)
  plan-big       ``kjreport plan show`` on the largest corpus text (2021_xuancheng_gxq_renwu)
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
SEED = next((d / "shared" / "seeds" / "市科技局全年工作意见.txt" for d in (ROOT.parent, ROOT.parent.parent)
             if (d / "shared" / "seeds").is_dir()), ROOT.parent / "shared" / "seeds" / "市科技局全年工作意见.txt")
BIG = ROOT / "tests" / "plan" / "corpus" / "2021_xuancheng_gxq_renwu.txt"

COMMANDS = {
    "docx": lambda w: ["docx", str(w / "s.xlsx"), "-o", str(w / "out.docx"), "--force"],
    "docx-nocharts": lambda w: ["docx", str(w / "s.xlsx"), "-o", str(w / "out.docx"), "--force", "--no-charts"],
    "plan-seed": lambda w: ["plan", "show", str(SEED)],
    "plan-big": lambda w: ["plan", "show", str(BIG)],
}


def run(tree: Path, work: Path, command: str) -> tuple[float, float]:
    """Run ``command`` once from ``tree``; return (CPU s, wall s)."""
    work.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLE, work / "s.xlsx")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(tree), XLWINGS_LICENSE_KEY="noncommercial",
               PYTHONPYCACHEPREFIX=str(work / "pycache"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kjreport", *COMMANDS[command](work)], env=env,
                          cwd=work, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{tree}: {command} failed:\n{done.stderr.decode(errors='replace')[-2000:]}")
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="the other checkout")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--command", choices=sorted(COMMANDS), default="docx")
    args = parser.parse_args()
    trees = {"base": args.base.resolve(), "this": ROOT}
    with tempfile.TemporaryDirectory() as tmp:
        works = {name: Path(tmp) / name for name in trees}
        for name, tree in trees.items():
            run(tree, works[name], args.command)  # warm-up: fills the bytecode cache
        cpu: dict[str, list[float]] = {name: [] for name in trees}
        wall: dict[str, list[float]] = {name: [] for name in trees}
        for i in range(args.repeat):
            for name in (list(trees) if i % 2 == 0 else list(reversed(trees))):
                c, w = run(trees[name], works[name], args.command)
                cpu[name].append(c)
                wall[name].append(w)
    mc = {n: statistics.median(v) for n, v in cpu.items()}
    mw = {n: statistics.median(v) for n, v in wall.items()}
    print(f"{args.command}, {args.repeat} alternated runs each")
    print(f"  CPU s   base {mc['base']:.3f}  this {mc['this']:.3f}  ratio {mc['this'] / mc['base']:.3f}")
    print(f"  wall s  base {mw['base']:.3f}  this {mw['this']:.3f}  ratio {mw['this'] / mw['base']:.3f}")
    for name in trees:
        print(f"  CPU runs {name}: {[round(c, 2) for c in cpu[name]]}")


if __name__ == "__main__":
    main()
