"""Benchmark: CPU that ``check`` / ``fill`` spend beyond calamine's own calls, per checkout.

Run: ``python benchmarks/bench_beyond.py WORKBOOK --trees . /tmp/base [--task check|fill] [--runs 5]``

``bench_fill.py`` compares whole processes with a separate calamine process; on a shared machine
its ratio swings by ±0.2× between runs. This script splits ONE cold process instead: the calls
into python-calamine (``get_sheet_by_name`` + ``to_python``, the yardstick's own work) are timed
where kjreport makes them, and the rest is what kjreport adds — start-up, imports, and the work
beyond calamine (typing, checks, indicators, the XML scan, writing). Runs alternate between the
trees; minimum and median of each part are printed. Figures for deciding what to optimise, not
the issue's goal (which ``bench_fill.py`` measures).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import sys, time, resource, shutil
T = time.process_time
start = T()
task, path, work = sys.argv[1], sys.argv[2], sys.argv[3]
if task == "fill":
    from kjreport.fill import fill_source
else:
    from kjreport.report import check_source
imported = T()
from kjreport.workbook import xlsx

calamine = [0.0]
read_sheet = xlsx.XlsxFile.read_sheet


class _Timed:  # the workbook as read_sheet sees it, its calamine calls timed
    def __init__(self, book):
        self.book = book

    def get_sheet_by_name(self, name):
        t = T()
        sheet = self.book.get_sheet_by_name(name)
        rows = sheet.to_python()
        calamine[0] += T() - t
        return _Sheet(sheet, rows)


class _Sheet:
    def __init__(self, sheet, rows):
        self.start, self.merged_cell_ranges, self._rows = sheet.start, sheet.merged_cell_ranges, rows

    def to_python(self):
        return self._rows


def timed_read_sheet(self, name):
    book, self._book = self._book, _Timed(self._book)
    try:
        return read_sheet(self, name)
    finally:
        self._book = book


xlsx.XlsxFile.read_sheet = timed_read_sheet
t = T()
if task == "fill":
    copy = work + "/fill.xlsx"
    shutil.copy(path, copy)
    fill_source(copy)
else:
    check_source(path)
done = T()
print(start, imported - start, done - t - calamine[0], calamine[0])
"""

PARTS = ("start-up", "imports", "beyond calamine", "calamine calls")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbook", type=Path)
    parser.add_argument("--trees", nargs="+", type=Path, default=[Path(".")],
                        help="checkouts of kjreport to compare (e.g. . and a worktree of main)")
    parser.add_argument("--task", choices=("check", "fill"), default="check")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kjreport-beyond-"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")  # bytecode as installed (see bench_fill)
    results: dict[Path, list[list[float]]] = {tree.resolve(): [] for tree in args.trees}
    try:
        for i in range(-1, args.runs):  # one unmeasured round fills the bytecode cache
            for tree in results:
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, args.task, str(args.workbook.resolve()), str(work)],
                    cwd=tree, env={**env, "PYTHONPATH": str(tree)}, capture_output=True, text=True)
                if out.returncode != 0:
                    raise SystemExit(f"{tree}: {out.stderr[-1500:]}")
                if i >= 0:
                    results[tree].append([float(x) for x in out.stdout.split()[-4:]])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.task} on {args.workbook.name}, {args.runs} cold runs per tree (CPU seconds)")
    print(f"{'tree':<40} " + " ".join(f"{p:>22}" for p in PARTS))
    for tree, runs in results.items():
        cells = []
        for column in zip(*runs, strict=True):
            cells.append(f"{min(column):>8.3f} (med {statistics.median(column):.3f})")
        print(f"{str(tree)[-40:]:<40} " + " ".join(f"{c:>22}" for c in cells))


if __name__ == "__main__":
    main()
