"""Benchmark: ``check`` + ``fill`` on a province-scale workbook against a naive pandas read.

Run: ``python benchmarks/bench_fill.py [--repeat 3]``. Each measurement runs in a fresh
interpreter (cold imports, own peak memory); the baseline is
``pandas.read_excel(path, sheet_name=None, engine="openpyxl")`` on the same workbook in the same
run, so the printed ratio holds on a noisy machine even when absolute times drift.
Goal (issue 2): fill ≤ 1.0 × the naive read, peak memory ≤ 1 GB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

TASKS = {
    "pandas_read": """
import pandas as pd
pd.read_excel(PATH, sheet_name=None, engine="openpyxl")
""",
    "check": """
from kjreport.report import check_source
problems = check_source(PATH)
assert not [p for p in problems if p.severity == "错误"], problems[:5]
""",
    "check+fill": """
from kjreport.report import check_source
from kjreport.fill import fill_source
check_source(PATH)
fill_source(PATH)
""",
}

WRAPPER = """
import json, resource, sys, time
PATH = sys.argv[1]
t0 = time.perf_counter()
{body}
elapsed = time.perf_counter() - t0
print(json.dumps({{"seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run(task: str, path: Path) -> dict:
    code = WRAPPER.format(body=TASKS[task])
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workbook", type=Path, help="use this workbook instead of generating one")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kjreport-bench-"))
    try:
        if args.workbook:
            source = args.workbook
        else:
            source = work / "province.xlsx"
            subprocess.run([sys.executable, str(HERE / "make_province.py"), str(source)], check=True)
        print(f"workbook: {source} ({source.stat().st_size / 1e6:.1f} MB)")
        results: dict[str, list[dict]] = {t: [] for t in TASKS}
        for i in range(args.repeat):
            for task in TASKS:  # interleaved, so drift hits every task alike
                copy = work / f"run{i}-{task.replace('+', '_')}.xlsx"
                shutil.copy(source, copy)
                results[task].append(run(task, copy))
        base = statistics.median(r["seconds"] for r in results["pandas_read"])
        print(f"{'task':<12} {'median s':>9} {'ratio':>7} {'peak MB':>8}")
        for task, runs in results.items():
            med = statistics.median(r["seconds"] for r in runs)
            peak = max(r["peak_mb"] for r in runs)
            print(f"{task:<12} {med:>9.2f} {med / base:>6.2f}× {peak:>8.0f}")
        fill = statistics.median(r["seconds"] for r in results["check+fill"])
        print(f"goal: check+fill ≤ 1.0× pandas_read → {'met' if fill <= base else 'NOT met'} "
              f"({fill / base:.2f}×); peak ≤ 1024 MB → "
              f"{'met' if max(r['peak_mb'] for r in results['check+fill']) <= 1024 else 'NOT met'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
