"""Benchmark of ``kjreport progress`` against ``kjreport docx`` on the province workbook (not a test).

Both commands run cold in fresh interpreters on the same workbook, interleaved (docx, progress,
docx, progress, …) so machine noise hits both alike; medians and the ratio progress ÷ docx are
printed. Goal (issue 13): progress ≤ 1.2× docx.

Usage: python benchmarks/bench_progress.py [--reps 5] [--counties 150] [--ledger-rows 50000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str]) -> float:
    """Return the wall time of ``cmd``; exit with its output if it fails."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--counties", type=int, default=150)
    parser.add_argument("--ledger-rows", type=int, default=50000)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    os.environ.update(env)
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "province.xlsx"
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "make_province.py"), str(book),
             "--counties", str(args.counties), "--ledger-rows", str(args.ledger_rows)],
            check=True, capture_output=True,
        )
        kj = [sys.executable, "-m", "kjreport"]
        commands = {
            "docx": kj + ["docx", str(book), "-o", str(Path(tmp) / "总结.docx")],
            "progress": kj + ["progress", str(book), "-o", str(Path(tmp) / "通报.docx")],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.reps):
            for name, cmd in commands.items():
                times[name].append(timed(cmd))
    med = {name: statistics.median(t) for name, t in times.items()}
    print(f"province workbook: {args.counties} counties, {args.ledger_rows} ledger rows, {args.reps} interleaved runs")
    for name in commands:
        print(f"  {name:9s} median {med[name]:.2f} s  ({', '.join(f'{t:.2f}' for t in times[name])})")
    ratio = med["progress"] / med["docx"]
    print(f"  progress ÷ docx = {ratio:.2f}×  (goal ≤ 1.2×: {'met' if ratio <= 1.2 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
