"""Benchmark of ``kjreport docx`` (not a test): cold end-to-end time against a floor, and the batch.

In one run:
  (a) floor — a fresh interpreter that only loads the sample workbook with openpyxl and saves a
      python-docx document with the same paragraphs as the summary;
  (b) ``kjreport docx SAMPLE --no-charts``, cold, in a fresh interpreter;
  each repeated, median reported, and the ratio b ÷ a (goal ≤ 1.5×);
  (c) the 150-county batch ``kjreport docx PROVINCE --by 县区`` (goal ≤ 60 s on 2 cores).

Usage: python benchmarks/bench_docx.py [--reps 5] [--counties 150] [--skip-batch]
"""

from __future__ import annotations

import argparse
import json
import os
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


class Failed(Exception):
    """A benchmarked command exited non-zero."""


def run(cmd: list[str]) -> float:
    """Return the wall time of ``cmd`` in seconds; raise Failed if it fails."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise Failed(f"command failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def median_time(cmd: list[str], reps: int) -> tuple[float, list[float]]:
    times = [run(cmd) for _ in range(reps)]
    return statistics.median(times), times


def summary_paragraphs(docx_path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(docx_path)).paragraphs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--counties", type=int, default=150)
    parser.add_argument("--skip-batch", action="store_true")
    args = parser.parse_args()
    py = sys.executable

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        out = tmp_path / "summary.docx"
        kj = [py, "-m", "kjreport", "docx", str(SAMPLE), "--no-charts", "-o", str(out)]
        run(kj)  # warm the OS file cache once (the interpreter stays cold in every timed run)
        paragraphs = tmp_path / "paragraphs.json"
        paragraphs.write_text(
            json.dumps(summary_paragraphs(out), ensure_ascii=False), encoding="utf-8"
        )
        floor = [py, "-c", FLOOR, str(SAMPLE), str(paragraphs), str(tmp_path / "floor.docx")]

        floor_med, floor_all = median_time(floor, args.reps)
        kj_med, kj_all = median_time(kj, args.reps)
        print(f"cores: {os.cpu_count()}  python: {sys.version.split()[0]}  reps: {args.reps}")
        print(
            f"(a) floor  openpyxl load + python-docx save : median {floor_med:.2f} s  "
            f"{[round(t, 2) for t in floor_all]}"
        )
        print(
            f"(b) kjreport docx --no-charts (cold)       : median {kj_med:.2f} s  "
            f"{[round(t, 2) for t in kj_all]}"
        )
        print(f"    ratio b/a = {kj_med / floor_med:.2f}x  (goal <= 1.5x)")

        kj_charts = [py, "-m", "kjreport", "docx", str(SAMPLE), "-o", str(out)]
        try:
            charts_med, _ = median_time(kj_charts, max(1, args.reps // 2))
            print(f"    with charts                            : median {charts_med:.2f} s")
        except Failed as exc:
            print(f"    with charts: failed — {exc}")

        if args.skip_batch:
            return
        province = tmp_path / "province.xlsx"
        gen = ROOT / "benchmarks" / "make_province.py"
        if not gen.exists():
            print("(c) skipped: benchmarks/make_province.py is missing")
            return
        t_gen = run([py, str(gen), str(province), "--counties", str(args.counties)])
        print(f"(c) province workbook generated in {t_gen:.1f} s")
        batch = [
            py,
            "-m",
            "kjreport",
            "docx",
            str(province),
            "--by",
            "县区",
            "-o",
            str(tmp_path / "bulletins"),
        ]
        t_batch = run(batch)
        n = len(list((tmp_path / "bulletins").glob("*.docx")))
        print(
            f"    --by 县区: {n} bulletins in {t_batch:.1f} s on {os.cpu_count()} cores "
            f"(goal <= 60 s)"
        )


if __name__ == "__main__":
    main()
