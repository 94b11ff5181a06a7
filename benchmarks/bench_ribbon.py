"""Benchmark: the Python side of the ribbon buttons 校验数据 and 计算指标, through xlwings' remote
engine (the same ``Book`` API the buttons use in Excel), on the sample and on a province workbook.

Run: ``XLWINGS_LICENSE_KEY=noncommercial python benchmarks/bench_ribbon.py [--repeat 5]
[--province PATH | --counties 150]``.

Warm: measured from the entry function (``kjreport.excel.check.main(book)``) to its last write,
with the remote ``Book`` already built. The baseline in the same run is the floor of any button:
reading every sheet's used range through the same ``Book`` API (``ExcelBook.read_sheet``), i.e.
only getting the values out of Excel — so the ratio says how much the button adds to that, and
holds on a noisy machine. Runs are interleaved (baseline, 校验数据, 计算指标, baseline, …).
Cold is one click as Excel makes it: a fresh interpreter that imports xlwings and kjreport and
runs the entry function once; its import of xlwings alone is timed too.
Goals (issue 14): warm click on the province workbook ≤ 0.5 s; cold click as small as the
import path allows.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
GOAL_WARM = 0.5  # s, warm click on the province workbook

COLD = """
import json, sys, time
t0 = time.perf_counter()
import kjreport.excel  # what the add-in's RunPython call imports first
import xlwings as xw
t1 = time.perf_counter()
from kjreport.excel import {module}
payload = json.load(open(sys.argv[1], encoding="utf-8"))
t2 = time.perf_counter()
book = xw.Book(json=payload)
outcome = {module}.main(book)
assert outcome is not None and outcome.ok, book.json()["actions"][-1]
t3 = time.perf_counter()
print(json.dumps({{"seconds": (t1 - t0) + (t3 - t2), "xlwings": t1 - t0,
                  "pandas": "pandas" in sys.modules, "matplotlib": "matplotlib" in sys.modules}}))
"""


def warm_runs(payload: dict, repeat: int) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Return warm (wall, CPU) times of the baseline and both buttons, interleaved, the Book
    built untimed. CPU time is the steadier figure on a machine shared with other work."""
    import xlwings as xw

    from kjreport.excel import check, fill
    from kjreport.excel.book import ExcelBook

    def baseline(book) -> None:
        source = ExcelBook(book)
        for name in source.sheet_names():
            source.read_sheet(name)

    def button(module):
        def run(book) -> None:
            outcome = module.main(book)
            assert outcome is not None and outcome.ok, book.json()["actions"][-1]

        return run

    tasks = {"baseline": baseline, "校验数据": button(check), "计算指标": button(fill)}
    times: dict[str, list[float]] = {name: [] for name in tasks}
    cpu: dict[str, list[float]] = {name: [] for name in tasks}
    names = list(tasks)
    for task in tasks.values():  # warm imports and caches once
        task(xw.Book(json=copy.deepcopy(payload)))
    for i in range(repeat):
        for name in names[i % 3:] + names[: i % 3]:
            book = xw.Book(json=copy.deepcopy(payload))
            t0, c0 = time.perf_counter(), time.process_time()
            tasks[name](book)
            times[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
    return times, cpu


def cold_runs(payload: dict, repeat: int) -> dict[str, list[dict]]:
    """Return cold clicks (fresh interpreters), interleaved between the two buttons."""
    out: dict[str, list[dict]] = {"校验数据": [], "计算指标": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "payload.json"
        path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        for _ in range(repeat):
            for label, name in (("校验数据", "check"), ("计算指标", "fill")):
                proc = subprocess.run(
                    [sys.executable, "-c", COLD.format(module=name), str(path)],
                    capture_output=True, text=True, check=True, cwd=ROOT,
                )
                out[label].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def report(title: str, payload: dict, repeat: int, cold: bool) -> bool:
    """Print one workbook's table; return True when the warm goal is met (province only)."""
    cells = sum(len(r) for s in payload["sheets"] for r in s["values"])
    print(f"\n{title}：{len(payload['sheets'])} 个工作表，{cells} 个单元格，交替运行 {repeat} 次")
    times, cpu = warm_runs(payload, repeat)
    base = statistics.median(times["baseline"])
    base_cpu = statistics.median(cpu["baseline"])
    print(f"{'':<26}{'墙钟':>10}{'CPU':>12}")
    print(f"{'基线：经 Book 读取全部工作表':<26}{base * 1000:7.0f} ms{base_cpu * 1000:9.0f} ms")
    worst = 0.0
    for label in ("校验数据", "计算指标"):
        med = statistics.median(times[label])
        med_cpu = statistics.median(cpu[label])
        worst = max(worst, med_cpu)
        print(f"{label + '（热，入口到最后写入）':<26}{med * 1000:7.0f} ms{med_cpu * 1000:9.0f} ms"
              f"  （CPU 为基线的 {med_cpu / base_cpu:.1f} 倍）")
    if cold:
        for label, runs in cold_runs(payload, max(1, repeat // 2)).items():
            med = statistics.median(r["seconds"] for r in runs)
            imp = statistics.median(r["xlwings"] for r in runs)
            heavy = [m for m in ("pandas", "matplotlib") if runs[0][m]]
            print(f"{label + '（冷：导入 + 一次）':<26}{med * 1000:9.1f} ms  "
                  f"（其中导入 xlwings {imp * 1000:.0f} ms；载入了 {'、'.join(heavy) or '无 pandas/matplotlib'}）")
    return worst <= GOAL_WARM


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--province", type=Path, help="province workbook (default: generate one)")
    parser.add_argument("--counties", type=int, default=150)
    parser.add_argument("--ledger-rows", type=int, default=50000)
    parser.add_argument("--skip-province", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("XLWINGS_LICENSE_KEY"):
        print("需要 XLWINGS_LICENSE_KEY=noncommercial（xlwings 远程引擎）才能运行本基准。")
        return 2
    if not SAMPLE.exists():
        print("缺少 samples/sample2011.xlsx：请先运行 python samples/make_sample.py")
        return 2
    sys.path.insert(0, str(ROOT))
    from tests.excel.remote import payload_from_xlsx

    report(f"样例工作簿 {SAMPLE.name}", payload_from_xlsx(SAMPLE), args.repeat, cold=True)
    if args.skip_province:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        province = args.province
        if province is None:
            province = Path(tmp) / "province.xlsx"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_province.py"),
                            str(province), "--counties", str(args.counties),
                            "--ledger-rows", str(args.ledger_rows)], check=True)
        ok = report(f"省级工作簿 {province.name}", payload_from_xlsx(province), args.repeat,
                    cold=True)
    print(f"目标：省级工作簿热点击 ≤ {GOAL_WARM} s（CPU）—— {'达到' if ok else '未达到'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
