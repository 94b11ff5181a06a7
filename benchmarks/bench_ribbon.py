"""Benchmark: the Python side of the ribbon buttons 校验数据 and 计算指标 on the sample workbook,
through xlwings' remote engine (the same ``Book`` API the buttons use in Excel).

Run: ``XLWINGS_LICENSE_KEY=noncommercial python benchmarks/bench_ribbon.py [--repeat 5]``.

Measured from the entry function (``kjreport.excel.check.main(book)``) to its last write (the
returned actions), with the remote ``Book`` already built. The baseline in the same run is
building that ``Book`` from the Office.js payload, so the ratio holds on a noisy machine.
"cold" is one button click as Excel makes it: a fresh interpreter that imports kjreport and
runs the entry function once. Goal (issue 4): ≤ 1 s for each button (warm, entry to last write).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
GOAL_SECONDS = 1.0

COLD = """
import json, sys, time
t0 = time.perf_counter()
import xlwings as xw
from kjreport.excel import {module}
payload = json.load(open(sys.argv[1], encoding="utf-8"))
book = xw.Book(json=payload)
outcome = {module}.main(book)
assert outcome is not None and outcome.ok, book.json()["actions"][-1]
print(json.dumps({{"seconds": time.perf_counter() - t0}}))
"""


def timed(func, repeat: int) -> list[float]:
    """Return the wall times of ``repeat`` calls of ``func``."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not os.environ.get("XLWINGS_LICENSE_KEY"):
        print("需要 XLWINGS_LICENSE_KEY=noncommercial（xlwings 远程引擎）才能运行本基准。")
        return 2
    if not SAMPLE.exists():
        print("缺少 samples/sample2011.xlsx：请先运行 python samples/make_sample.py")
        return 2
    sys.path.insert(0, str(ROOT))
    import copy

    import xlwings as xw

    from kjreport.excel import check, fill
    from tests.excel.remote import payload_from_xlsx

    payload = payload_from_xlsx(SAMPLE)
    cells = sum(len(r) for s in payload["sheets"] for r in s["values"])
    print(f"样例工作簿：{SAMPLE.name}，{len(payload['sheets'])} 个工作表，{cells} 个单元格")

    def build() -> xw.Book:
        return xw.Book(json=copy.deepcopy(payload))

    def button(module):
        def run() -> None:
            book = build()
            outcome = module.main(book)
            assert outcome is not None and outcome.ok, book.json()["actions"][-1]

        return run

    build()  # warm imports and caches once
    baseline = statistics.median(timed(build, args.repeat))
    rows = [("基线：由 payload 建立 Book", baseline, None)]
    ok = True
    for label, module in (("校验数据", check), ("计算指标", fill)):
        warm = statistics.median(timed(button(module), args.repeat)) - baseline
        ok &= warm <= GOAL_SECONDS
        rows.append((f"{label}（入口到最后写入）", warm, warm / baseline if baseline else None))

    tmp = ROOT / ".bench_ribbon_payload.json"
    tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    try:
        for label, name in (("校验数据", "check"), ("计算指标", "fill")):
            out = subprocess.run(
                [sys.executable, "-c", COLD.format(module=name), str(tmp)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            cold = json.loads(out.stdout.strip().splitlines()[-1])["seconds"]
            rows.append((f"{label}（冷启动：导入 + 运行一次）", cold, None))
    finally:
        tmp.unlink(missing_ok=True)

    for label, seconds, ratio in rows:
        extra = f"  （基线的 {ratio:.0f} 倍）" if ratio else ""
        print(f"{label:<28}{seconds * 1000:9.1f} ms{extra}")
    print(f"目标：每个按钮 ≤ {GOAL_SECONDS:.0f} s —— {'达到' if ok else '未达到'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
