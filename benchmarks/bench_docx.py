"""Benchmark of ``kjreport docx`` (not a test): cold runs against a floor, county scaling, the batch.

In one run, every group of commands interleaved (floor, kjreport, kjreport, floor, … so drift on
a shared machine hits each alike), medians and ratios printed:
  (a) floor — a fresh interpreter that only loads the sample workbook with openpyxl and saves a
      python-docx document with the same paragraphs as the summary;
  (b) ``kjreport docx SAMPLE --no-charts``, cold — ratio b ÷ a (goal ≤ 1.5×);
  (c) ``kjreport docx SAMPLE`` with its two charts, cold — ratio c ÷ a (goal ≤ 2×);
  (d) county scaling: province workbooks of 150 / 800 / 1500 counties; in a fresh interpreter
      per size (sizes interleaved, the order rotating each round), the report is loaded once,
      then CPU time (``time.process_time``) is measured for each of ``--bulletins`` bulletins on
      its own, through the batch worker's functions (what every process of ``--by 县区`` runs
      per county; the one-off load and the per-report "setup" a worker computes once are timed
      apart), and for the single summary (``--no-charts``). Ratios against 150 counties (goal:
      per bulletin ≤ 1.3× at 1500, the summary linear: ≤ 10× at 1500, ≤ 1× per county);
  (e) the 150-county batch ``kjreport docx PROVINCE --by 县区`` (``--batch-counties``): wall time
      and CPU of all its processes (``RUSAGE_CHILDREN``; goal ≤ 10 s CPU). With ``--batch-base DIR`` (a checkout
      of an earlier version, e.g. ``git archive <commit> | tar -x -C DIR``) the batch runs
      ``--batch-reps`` times alternately from that tree and from this one, and the medians and
      their ratio are printed (CPU on a shared machine drifts with its load: compare in one run).

Usage: python benchmarks/bench_docx.py [--reps 5] [--sizes 150,800,1500] [--bulletins 5]
       [--scaling-reps 5] [--scaling-base DIR] [--skip-scaling] [--skip-batch]
       [--keep DIR (reuse generated province workbooks)] [--batch-base DIR --batch-reps 3]
       [--ledger-rows 50000] [--batch-counties 150]
Smoke run (tests/benchmarks): --reps 1 --sizes 3,6 --bulletins 1 --ledger-rows 200 --batch-counties 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "sample2011.xlsx"

FLOOR = r"""
import json, sys
import openpyxl, docx
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        pass
paragraphs = json.load(open(sys.argv[2], encoding="utf-8"))
d = docx.Document()
for text in paragraphs:
    d.add_paragraph(text)
d.save(sys.argv[3])
"""

# One size of the county-scaling run, in a fresh interpreter: load once, then CPU per bulletin
# through the batch worker's own functions (``_init_worker`` + ``_write_one``: exactly what each
# process of ``kjreport docx --by 县区`` runs per county — build, save, the check that no edited
# bulletin is overwritten), each bulletin timed on its own, and the single summary.
SCALING = r"""
import gc, inspect, json, sys, tempfile, time
from pathlib import Path
from kjreport.report import load_report
from kjreport.summary import build_summary
from kjreport.summary import bulletin as worker

path, k = sys.argv[1], int(sys.argv[2])
t0 = time.process_time()
report = load_report(path)
load_cpu = time.process_time() - t0
names = worker.county_names(report)
step = max(1, len(names) // k)
pick = names[::step][:k]
out = Path(tempfile.mkdtemp())
# a worker given what it needs per county besides the name (this tree's batch passes the folder's
# earlier versions of that bulletin: none here, the folder is new)
extra = [()] * (len(inspect.signature(worker._write_one).parameters) - 1)

def start():
    gc.unfreeze()
    worker._init_worker(report, out, None, None)

def one(county, earlier=None):
    t = time.process_time()
    worker._write_one(county, *([earlier.get(county, ())] if earlier is not None else extra))
    return time.process_time() - t

start()
one(names[-1])  # warm-up: imports, template compilation, the reference package
start()
first = one(names[0])  # the per-report part a worker builds once (views, facts) + one bulletin
each = [one(county) for county in pick]
# again into the folder now holding these bulletins (a rerun: each is compared with the one
# there before it is replaced), given the folder's listing as the batch gives it
earlier = None
if hasattr(worker, "_earlier_files"):
    year = report.settings.year
    earlier = worker._earlier_files(out, {c: worker.bulletin_file_name(c, year) for c in pick})
again = [one(county, earlier) for county in pick]
gc.unfreeze()
per = sum(each) / len(each)  # the marginal cost of a bulletin
t = time.process_time()
build_summary(report, charts=False).save(out / "summary.docx")
summary_cpu = time.process_time() - t
print(json.dumps({"counties": len(names), "load": load_cpu, "bulletin": per, "setup": first - per,
                  "again": sum(again) / len(again),
                  "spread": [min(each), max(each)], "summary": summary_cpu}))
"""


# Both ends of the scaling run in ONE interpreter: the smallest and the largest workbook loaded
# side by side, a worker's state built for each, then their bulletins alternated (small, large,
# small, …) so that whatever the shared machine does hits both sizes alike; prints the mean CPU
# per bulletin of each and their ratio.
ALTERNATING = r"""
import gc, inspect, json, sys, tempfile, time
from pathlib import Path
from kjreport.report import load_report
from kjreport.summary import bulletin as worker

k = int(sys.argv[3])
extra = [()] * (len(inspect.signature(worker._write_one).parameters) - 1)
states, picks = [], []
for path in sys.argv[1:3]:
    report = load_report(path)
    names = worker.county_names(report)
    worker._init_worker(report, Path(tempfile.mkdtemp()), None, None)
    worker._write_one(names[-1], *extra)  # warm-up and the per-report part, once per "worker"
    states.append(dict(worker._WORKER))
    picks.append(names[:: max(1, len(names) // k)][:k])
times = [[], []]
for i in range(k):
    for side in (0, 1) if i % 2 == 0 else (1, 0):
        worker._WORKER.clear()
        worker._WORKER.update(states[side])
        t = time.process_time()
        worker._write_one(picks[side][i], *extra)
        times[side].append(time.process_time() - t)
gc.unfreeze()
print(json.dumps({"small": sum(times[0]) / k, "large": sum(times[1]) / k}))
"""


def alternating(args: argparse.Namespace, py: str, keep: Path) -> None:
    """Run and print (d'): per-bulletin CPU at the smallest and largest size, alternated
    bulletin by bulletin within each of ``--scaling-reps`` fresh interpreters."""
    sizes = [int(s) for s in args.sizes.split(",")]
    small, large = sizes[0], sizes[-1]
    books = [province(keep, small), province(keep, large)]
    got = []
    for _ in range(args.scaling_reps):
        _, _, stdout = run([py, "-c", ALTERNATING, str(books[0]), str(books[1]), str(args.bulletins)])
        got.append(json.loads(stdout.strip().splitlines()[-1]))
    ratios = [r["large"] / r["small"] for r in got]
    print(f"(d') per bulletin, {small} and {large} counties alternated in one process "
          f"({args.bulletins} bulletins each, {args.scaling_reps} runs): {large} / {small} = "
          f"median {statistics.median(ratios):.2f}x {[round(x, 2) for x in ratios]}; CPU "
          f"{statistics.median(r['small'] for r in got):.4f} / "
          f"{statistics.median(r['large'] for r in got):.4f} s (goal <= 1.3x)")


class Failed(Exception):
    """A benchmarked command exited non-zero."""


def run(cmd: list[str], tree: Path = ROOT) -> tuple[float, float, str]:
    """Return (wall s, CPU s of the command and its children, stdout); raise Failed on failure.
    ``tree``: the checkout whose kjreport runs (default: this one)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tree, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise Failed(f"command failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, proc.stdout


def interleaved(cmds: dict[str, list[str]], reps: int) -> dict[str, list[float]]:
    """Run every command ``reps`` times, round-robin (the order rotates each round)."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    names = list(cmds)
    for i in range(reps):
        order = names[i % len(names):] + names[: i % len(names)]
        for name in order:
            times[name].append(run(cmds[name])[0])
    return times


def summary_paragraphs(docx_path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(docx_path)).paragraphs]


def fmt(times: list[float]) -> str:
    return f"median {statistics.median(times):5.2f} s  {[round(t, 2) for t in times]}"


LEDGER_ROWS = 50000  # make_province's default


def province(folder: Path, counties: int, ledger_rows: int = LEDGER_ROWS) -> Path:
    """Return a province workbook of ``counties`` counties (and ``ledger_rows`` 项目台账 rows) in
    ``folder``, generating it if absent."""
    rows = "" if ledger_rows == LEDGER_ROWS else f"-{ledger_rows}"
    path = folder / f"province-{counties}{rows}.xlsx"
    if not path.exists():
        gen = ROOT / "benchmarks" / "make_province.py"
        wall, _, _ = run([sys.executable, str(gen), str(path), "--counties", str(counties),
                          "--ledger-rows", str(ledger_rows)])
        print(f"    generated {path.name} in {wall:.1f} s")
    return path


def scaling(args: argparse.Namespace, py: str, keep: Path) -> None:
    """Run and print (d): CPU per bulletin and of the summary at each size, from this tree (and
    from ``--scaling-base`` in the same interleaved rounds when given)."""
    sizes = [int(s) for s in args.sizes.split(",")]
    books = {n: province(keep, n, args.ledger_rows) for n in sizes}
    trees = {"head": ROOT}
    if args.scaling_base is not None:
        trees = {"base": args.scaling_base.resolve(), "head": ROOT}
    per: dict[tuple[str, int], list[dict]] = {(t, n): [] for t in trees for n in sizes}
    for i in range(args.scaling_reps):
        for n in sizes[i % len(sizes):] + sizes[: i % len(sizes)]:  # interleaved, rotating
            for tree in list(trees)[:: 1 if i % 2 == 0 else -1]:
                _, _, stdout = run(
                    [py, "-c", SCALING, str(books[n]), str(args.bulletins)], trees[tree]
                )
                per[tree, n].append(json.loads(stdout.strip().splitlines()[-1]))
    base_n = sizes[0]

    def med(tree: str, n: int, key: str) -> float:
        return statistics.median(r[key] for r in per[tree, n])

    def paired(tree: str, n: int, key: str) -> float:
        """The median over rounds of the ratio to the smallest size in the same round."""
        return statistics.median(
            a[key] / b[key] for a, b in zip(per[tree, n], per[tree, base_n], strict=True)
        )

    print(f"(d) county scaling, CPU seconds (median of {args.scaling_reps} interleaved run(s); "
          f"bulletin = mean of {args.bulletins} bulletins, each timed on its own)")
    for tree in trees:
        print(f"    [{tree}: {trees[tree]}]")
        print(f"    {'counties':>8} {'load':>6} {'setup':>6} {'bulletin':>9} {'ratio':>6} "
              f"{'paired':>6} {'rerun':>7} {'summary':>8} {'ratio':>6} {'per county':>11} {'ratio':>6}")
        for n in sizes:
            s_per = med(tree, n, "summary") / n
            s_base = med(tree, base_n, "summary") / base_n
            print(f"    {n:>8} {med(tree, n, 'load'):>6.2f} {med(tree, n, 'setup'):>6.2f} "
                  f"{med(tree, n, 'bulletin'):>9.4f} "
                  f"{med(tree, n, 'bulletin') / med(tree, base_n, 'bulletin'):>5.2f}x "
                  f"{paired(tree, n, 'bulletin'):>5.2f}x "
                  f"{med(tree, n, 'again'):>7.4f} "
                  f"{med(tree, n, 'summary'):>8.2f} "
                  f"{med(tree, n, 'summary') / med(tree, base_n, 'summary'):>5.2f}x "
                  f"{s_per * 1000:>8.2f} ms {s_per / s_base:>5.2f}x")
        for n in sizes:
            runs = ", ".join(f"{r['bulletin']:.4f}" for r in per[tree, n])
            print(f"    per bulletin at {n}: [{runs}]")
    if "base" in trees:
        for n in sizes:
            print(f"    head / base at {n}: bulletin "
                  f"{med('head', n, 'bulletin') / med('base', n, 'bulletin'):.2f}x, rerun "
                  f"{med('head', n, 'again') / med('base', n, 'again'):.2f}x, summary "
                  f"{med('head', n, 'summary') / med('base', n, 'summary'):.2f}x")
    print(f"    goal: bulletin at {sizes[-1]} <= 1.3x of {base_n} (ratio: of the medians; paired: "
          f"median of each round's ratio); summary linear (<= {sizes[-1] / base_n:.0f}x, "
          f"i.e. per county <= 1x); rerun: a bulletin written again into the folder holding "
          f"the last run's (compared with it first)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--sizes", default="150,800,1500", help="county counts of the scaling run")
    parser.add_argument("--bulletins", type=int, default=5, help="bulletins timed per size")
    parser.add_argument("--scaling-reps", type=int, default=1)
    parser.add_argument("--scaling-base", type=Path,
                        help="checkout of an earlier version: the scaling run from it too, interleaved")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) province workbooks")
    parser.add_argument("--ledger-rows", type=int, default=LEDGER_ROWS,
                        help="项目台账 rows of the province workbooks (a small number: a quick smoke run)")
    parser.add_argument("--batch-counties", type=int, default=150, help="county count of the batch (e)")
    parser.add_argument("--batch-base", type=Path,
                        help="checkout of an earlier version: run the batch alternately from it and from here")
    parser.add_argument("--batch-reps", type=int, default=3)
    args = parser.parse_args()
    py = sys.executable
    print(f"cores: {os.cpu_count()}  python: {sys.version.split()[0]}  reps: {args.reps}")

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        keep = args.keep or tmp_path
        keep.mkdir(parents=True, exist_ok=True)
        out = tmp_path / "summary.docx"
        kj = [py, "-m", "kjreport", "docx", str(SAMPLE), "--no-charts", "-o", str(out)]
        run(kj)  # warm the OS file cache once (the interpreter stays cold in every timed run)
        paragraphs = tmp_path / "paragraphs.json"
        paragraphs.write_text(
            json.dumps(summary_paragraphs(out), ensure_ascii=False), encoding="utf-8"
        )
        floor = [py, "-c", FLOOR, str(SAMPLE), str(paragraphs), str(tmp_path / "floor.docx")]
        charts = [py, "-m", "kjreport", "docx", str(SAMPLE), "-o", str(tmp_path / "c.docx")]
        run(charts)  # warm matplotlib's font cache
        if args.reps:
            t = interleaved({"floor": floor, "no-charts": kj, "charts": charts}, args.reps)
            base = statistics.median(t["floor"])
            print(f"(a) floor  openpyxl load + python-docx save : {fmt(t['floor'])}")
            print(f"(b) kjreport docx --no-charts (cold)       : {fmt(t['no-charts'])}")
            print(f"    ratio b/a = {statistics.median(t['no-charts']) / base:.2f}x  (goal <= 1.5x)")
            print(f"(c) kjreport docx with charts (cold)       : {fmt(t['charts'])}")
            print(f"    ratio c/a = {statistics.median(t['charts']) / base:.2f}x  (goal <= 2x)")

        if not args.skip_scaling:
            scaling(args, py, keep)
            alternating(args, py, keep)

        if args.skip_batch:
            return
        book = province(keep, args.batch_counties, args.ledger_rows)

        def batch(tree: Path = ROOT) -> tuple[float, float, int]:
            """Run the batch once into a new folder: (wall s, CPU s of all its processes,
            bulletins written by this run)."""
            folder = Path(tempfile.mkdtemp(prefix="bulletins-", dir=tmp_path))
            wall, cpu, _ = run([py, "-m", "kjreport", "docx", str(book), "--by", "县区",
                                "-o", str(folder)], tree)
            return wall, cpu, len(list(folder.glob("*.docx")))

        if args.batch_base is None:
            wall, cpu, n = batch()
            print(f"(e) --by 县区: {n} bulletins in {wall:.1f} s wall, {cpu:.1f} s CPU "
                  f"(user+sys of all its processes) on {os.cpu_count()} cores (goal <= 10 s CPU)")
            return
        trees = {"base": args.batch_base.resolve(), "head": ROOT}
        got: dict[str, list[tuple[float, float, int]]] = {name: [] for name in trees}
        for i in range(args.batch_reps):
            for name in (list(trees) if i % 2 == 0 else list(trees)[::-1]):
                got[name].append(batch(trees[name]))
        med = {name: (statistics.median(w for w, _, _ in v), statistics.median(c for _, c, _ in v))
               for name, v in got.items()}
        for name, (wall, cpu) in med.items():
            counts = sorted({n for _, _, n in got[name]})
            print(f"(e) --by 县区 ({name} {trees[name]}): {'/'.join(map(str, counts))} bulletins "
                  f"per run, median {wall:.1f} s wall, {cpu:.1f} s CPU (user+sys of all its "
                  f"processes) {[round(c, 1) for _, c, _ in got[name]]}")
        print(f"    CPU head / base = {med['head'][1] / med['base'][1]:.2f}x; head "
              f"{'meets' if med['head'][1] <= 10 else 'misses'} the goal <= 10 s CPU "
              f"on {os.cpu_count()} cores")

if __name__ == "__main__":
    main()
