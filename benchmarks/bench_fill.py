"""Benchmark: ``check`` and ``fill`` on province-scale workbooks against python-calamine's full read.

Run: ``python benchmarks/bench_fill.py [--repeat 3] [--ledger-rows 50000,500000] [--base DIR]``
(``--base``: a checkout of another version, e.g. ``git worktree add /tmp/base main``, whose
check and fill run in the same interleaved rounds — before/after figures from one run).

The yardstick is the practical limit of reading: python-calamine (the Rust reader kjreport itself
uses) reading every cell of every sheet into Python lists, nothing else. Each measurement runs in
a fresh interpreter (cold imports, its own peak memory), the tasks interleaved round-robin, so the
printed ratios hold on a noisy shared machine even when absolute times drift.

  calamine  ``CalamineWorkbook.from_path(p)`` then ``sheet.to_python()`` for every sheet
  check     ``check_source(p)`` — what ``kjreport check`` runs
  fill      ``fill_source(p)`` — what ``kjreport fill`` runs: ONE read of the workbook, checking
            included (a failed check stops it), then the 指标结果 sheet written

Time is measured from the task's first import to its end (imports are part of a cold command),
both as wall time and as the child's CPU time (user + system): on a machine shared with other
work the CPU ratio is the steadier of the two.

Imports are timed as an installed kjreport runs them: from compiled bytecode. ``pip install``
compiles every module, but a source checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (as on the
development machine) compiles all of kjreport's ~50 modules from source in every process — about
0.1 s of CPU for ``check`` and more for ``fill``, which no user pays. So the children get a
private ``PYTHONPYCACHEPREFIX`` (a temporary folder, nothing is written into the tree) and one
unmeasured warm-up round of every task fills it; ``--compile-each-run`` measures the old way.

Peak memory is the process's peak resident set size (``ru_maxrss`` of the child), not tracemalloc:
tracemalloc sees only Python-heap allocations, and calamine's Rust buffers (the decompressed
sheet XML, the cell grid before conversion) are exactly what the yardstick spends — RSS is the
number the user's PC feels. It includes the interpreter itself (~10 MB), the same for every task.

Goals (issue 14): check ≤ 1.5×, fill ≤ 2.0× the calamine read; peak memory ≤ 1.5× calamine's;
linear in ledger rows (time and memory per row at 500,000 rows ≈ at 50,000).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

TASKS = {
    "calamine": """
from python_calamine import CalamineWorkbook
book = CalamineWorkbook.from_path(PATH)
cells = 0
for name in book.sheet_names:
    rows = book.get_sheet_by_name(name).to_python()
    cells += sum(len(r) for r in rows)
""",
    "check": """
from kjreport.report import check_source
problems = check_source(PATH)
assert not [p for p in problems if p.severity == "错误"], problems[:5]
""",
    "fill": """
from kjreport.fill import fill_source
fill_source(PATH)
""",
}

WRAPPER = """
import json, resource, sys, time
t0 = time.perf_counter()
PATH = sys.argv[1]
{body}
elapsed = time.perf_counter() - t0
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{"seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime,
                  "peak_mb": usage.ru_maxrss / 1024}}))
"""


def child_env(work: Path, compile_each_run: bool, tree: Path = HERE.parent) -> dict[str, str]:
    """Return the children's environment: kjreport from ``tree``, and (unless
    ``compile_each_run``) bytecode cached under ``work`` as an installed package has it."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(tree), os.environ.get("PYTHONPATH")) if p)}
    if not compile_each_run:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def run(task: str, path: Path, env: dict[str, str] | None = None, tree: Path = HERE.parent) -> dict:
    code = WRAPPER.format(body=TASKS[task.removesuffix(BASE_SUFFIX)])
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         cwd=tree, env=env)
    if out.returncode != 0:
        raise SystemExit(f"{task} failed:\n{out.stdout}\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


BASE_SUFFIX = "@base"  # a task run on the ``--base`` checkout


def measure(source: Path, work: Path, repeat: int, env: dict[str, str] | None = None,
            warm_up: bool = True, base: tuple[Path, dict[str, str]] | None = None
            ) -> dict[str, list[dict]]:
    """Return every run of every task on ``source``, interleaved (after one unmeasured round
    that fills the bytecode cache and the file cache, when ``warm_up``); with ``base`` (a
    checkout and its environment) check and fill of that checkout run in the same rounds."""
    names = list(TASKS) + ([f"check{BASE_SUFFIX}", f"fill{BASE_SUFFIX}"] if base else [])
    results: dict[str, list[dict]] = {t: [] for t in names}
    for i in range(-1 if warm_up else 0, repeat):
        for task in names[i % len(names):] + names[: i % len(names)]:  # rotating round-robin
            copy = work / f"run-{task}.xlsx"
            shutil.copy(source, copy)  # fill writes into the workbook: a fresh copy each time
            if base is not None and task.endswith(BASE_SUFFIX):
                tree, base_env = base
                result = run(task, copy, base_env, tree)
            else:
                result = run(task, copy, env)
            if i >= 0:
                results[task].append(result)
            copy.unlink()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ledger-rows", default="50000",
                        help="comma-separated 项目台账 sizes, e.g. 50000,500000 (linearity)")
    parser.add_argument("--workbook", type=Path, help="use this workbook instead of generating one")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) generated workbooks")
    parser.add_argument("--base", type=Path,
                        help="another checkout (e.g. of main) whose check and fill run in the same "
                             "interleaved rounds: before/after figures from one run")
    parser.add_argument("--compile-each-run", action="store_true",
                        help="no bytecode cache: every run compiles kjreport from source (the "
                             "measurement before the cache; not what an installed kjreport does)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kjreport-bench-"))
    keep = args.keep or work
    keep.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.ledger_rows.split(",")]
    try:
        books: list[tuple[int | None, Path]] = []
        if args.workbook:
            books.append((None, args.workbook))
        else:
            for rows in sizes:
                path = keep / f"province-150-{rows}.xlsx"
                if not path.exists():
                    subprocess.run([sys.executable, str(HERE / "make_province.py"), str(path),
                                    "--ledger-rows", str(rows)], check=True,
                                   env=child_env(work, compile_each_run=True))
                books.append((rows, path))
        base_tree = (args.base.resolve(), child_env(work, args.compile_each_run, args.base.resolve())
                     ) if args.base else None
        per_row: dict[str, list[tuple[int, float, float]]] = {}
        for n, (rows, source) in enumerate(books):
            print(f"\nworkbook: {source.name} ({source.stat().st_size / 1e6:.1f} MB"
                  + (f", {rows} ledger rows" if rows else "") + f"), {args.repeat} interleaved runs")
            results = measure(source, work, args.repeat, child_env(work, args.compile_each_run),
                              warm_up=n == 0 and not args.compile_each_run,  # one cache for all
                              base=base_tree)
            base = statistics.median(r["seconds"] for r in results["calamine"])
            base_mb = max(r["peak_mb"] for r in results["calamine"])
            base_cpu = statistics.median(r["cpu"] for r in results["calamine"])
            print(f"{'task':<11} {'wall s':>7} {'ratio':>7} {'CPU s':>6} {'ratio':>7} "
                  f"{'peak MB':>8} {'ratio':>7}  wall runs")
            for task, runs in results.items():
                med = statistics.median(r["seconds"] for r in runs)
                cpu = statistics.median(r["cpu"] for r in runs)
                peak = max(r["peak_mb"] for r in runs)
                print(f"{task:<11} {med:>7.2f} {med / base:>6.2f}× {cpu:>6.2f} {cpu / base_cpu:>6.2f}× "
                      f"{peak:>8.0f} {peak / base_mb:>6.2f}×  {[round(r['seconds'], 2) for r in runs]}")
                if rows:
                    per_row.setdefault(task, []).append((rows, cpu, peak))
            check = statistics.median(r["seconds"] for r in results["check"])
            fill = statistics.median(r["seconds"] for r in results["fill"])
            check_cpu = statistics.median(r["cpu"] for r in results["check"])
            fill_cpu = statistics.median(r["cpu"] for r in results["fill"])
            peak = max(r["peak_mb"] for r in [*results["check"], *results["fill"]])
            print(f"goals (wall / CPU): check ≤ 1.5× → {check / base:.2f}× / "
                  f"{check_cpu / base_cpu:.2f}×; fill ≤ 2.0× → {fill / base:.2f}× / "
                  f"{fill_cpu / base_cpu:.2f}×; peak ≤ 1.5× → {peak / base_mb:.2f}×")
            if base_tree:
                for task in ("check", "fill"):
                    before = [*results[task + BASE_SUFFIX]]
                    print(f"{task}: --base {statistics.median(r['cpu'] for r in before) / base_cpu:.2f}× → "
                          f"this tree {statistics.median(r['cpu'] for r in results[task]) / base_cpu:.2f}× "
                          f"of calamine's CPU; peak {max(r['peak_mb'] for r in before) / base_mb:.2f}× → "
                          f"{max(r['peak_mb'] for r in results[task]) / base_mb:.2f}×")
        if len(sizes) > 1 and not args.workbook:
            print("\nscaling (ratio of the largest to the smallest workbook; rows ratio "
                  f"{sizes[-1] / sizes[0]:.0f}×)")
            for task, points in per_row.items():
                (r0, t0, m0), (r1, t1, m1) = points[0], points[-1]
                print(f"{task:<11} CPU time {t1 / t0:>5.1f}×  peak memory {m1 / m0:>5.1f}×  "
                      f"({(m1 - m0) * 1024 / (r1 - r0):.2f} KB per added ledger row)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
