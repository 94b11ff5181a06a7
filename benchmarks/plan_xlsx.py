"""Plan import from a plan kept as an Excel workbook (.xlsx), against the same plans read from their text.

Many bureaus keep their year's targets as a 年度目标任务分解表 in Excel. Two ways of making the
workbooks, each scored in the same run as the plans' .txt files:

* ``copy`` (the default): the plan's text laid into a sheet as an office pastes it — a line of cells
  (apart by tabs or bars) one cell a column, any other line in column A, the title merged across the
  columns, blank lines as empty rows; a cell holding only a number is stored as a number (``25%`` as
  0.25 in a percent format). The .xlsx should read what the .txt reads. By default the plans with a
  table (``序号`` in the text); ``--all`` takes every plan with a year and targets.
* ``table`` (``--table``): a 目标任务分解表 built from each plan's hand-checked targets (its JSON):
  a title merged across, 序号 | 类别 | 指标名称 | 单位 | 年度目标 | 上年完成 | 责任科室 | 备注, the 类别
  merged down over its rows, the value a number (a percent as 0.xx in a percent format) with 以上/
  以内/左右 in 备注, a made-up 上年完成 (a result, never a target). The .xlsx should give the targets.

    python benchmarks/plan_xlsx.py                 # the plans with a table, copied
    python benchmarks/plan_xlsx.py --all -v        # every plan, listing the plans read differently
    python benchmarks/plan_xlsx.py --table --all   # every plan's targets as a 分解表
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import plan_recall  # noqa: E402

from kjreport.plan.tables import CELL_SPLIT  # noqa: E402

NUMBER = re.compile(r"^-?\d{1,9}(?:\.\d{1,4})?$")
PERCENT = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?)%$")
WORDS = {"≥": "以上", "≤": "以内", "≈": "左右", ">": "超过", "<": "低于", "=": ""}


def select(corpus: Path, every: bool, limit: int | None) -> list[Path]:
    """The plans (their .json) with a year and targets; without ``every`` only those with a table."""
    chosen = []
    for sidecar in sorted(corpus.glob("*.json")):
        meta = json.loads(sidecar.read_text("utf-8"))
        if not (meta["source"].get("year") and meta["targets"]):
            continue
        if every or "序号" in sidecar.with_suffix(".txt").read_text("utf-8"):
            chosen.append(sidecar)
    return chosen[:limit] if limit else chosen


def _store(cell, text: str) -> None:
    """Put ``text`` in ``cell`` as an office types it: a number as a number, "25%" as 0.25 shown 25%."""
    if NUMBER.match(text) and not (len(text) > 1 and text.startswith("0") and "." not in text):
        cell.value = float(text) if "." in text else int(text)
    elif PERCENT.match(text):
        cell.value = float(PERCENT.match(text).group(1)) / 100
        cell.number_format = "0.00%" if "." in text else "0%"
    else:
        cell.value = text


def _cells(line: str) -> list[str]:
    """A line's cells: apart by tabs or bars when two or more are filled, else the line as it is
    (a cell copied one a line, "序号 |", stays one cell with its bar)."""
    cells = CELL_SPLIT.split(line.strip())
    return cells if sum(1 for c in cells if c) >= 2 else [line]


def copy_xlsx(text: str, path: Path) -> None:
    """Write the plan's ``text`` to ``path`` as a sheet (see the module's docstring, ``copy``)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工作意见"
    rows = [_cells(line) for line in text.splitlines()]
    width = max(len(r) for r in rows) if rows else 1
    for r, cells in enumerate(rows, 1):
        for c, value in enumerate(cells, 1):
            if value.strip():
                _store(sheet.cell(r, c), value if len(cells) == 1 else value.strip())
    if width > 1 and rows and len(rows[0]) == 1 and rows[0][0].strip():
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    book.save(path)


def table_xlsx(meta: dict, path: Path) -> None:
    """Write the plan's targets (``meta``, its JSON) to ``path`` as a 目标任务分解表 (``table``)."""
    import openpyxl

    year = meta["source"]["year"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "目标任务分解表"
    sheet.append([f"{year}年科技工作目标任务分解表"])
    sheet.merge_cells("A1:H1")
    sheet.append(["序号", "类别", "指标名称", "单位", f"{year}年目标", "上年完成", "责任科室", "备注"])
    kinds = {"新增": "新增", "增速": "增长", "总量": "", "下降": "下降"}
    groups: dict[str, list[int]] = {}
    for n, t in enumerate(meta["targets"], 1):
        kind = t.get("kind", "总量")
        name = t["name"]
        if kind == "新增" and not name.startswith(("新增", "新认定", "新培育", "引进")):
            name = "新增" + name
        elif kind in ("增速", "下降") and not name.endswith(kinds[kind]):
            name += kinds[kind]
        row = n + 2
        groups.setdefault(kind, []).append(row)
        sheet.cell(row, 1, n)
        sheet.cell(row, 2, {"新增": "增量指标", "增速": "增速指标", "下降": "增速指标"}.get(kind, "总量指标"))
        sheet.cell(row, 3, name)
        unit = t["unit"]
        sheet.cell(row, 4, unit)
        value = t["value"]
        if unit == "%":
            sheet.cell(row, 5, value / 100).number_format = "0.0%" if value != int(value) else "0%"
            sheet.cell(row, 6, value * 0.9 / 100).number_format = "0.0%"
        else:
            sheet.cell(row, 5, value)
            sheet.cell(row, 6, round(value * 0.8, 1))
        sheet.cell(row, 7, "计划科")
        sheet.cell(row, 8, WORDS.get(t.get("comparator", "="), "") or None)
    # the 类别 merged down where its rows follow each other (the targets are in the plan's order)
    row = 3
    last = 2 + len(meta["targets"])
    while row <= last:
        end = row
        while end < last and sheet.cell(end + 1, 2).value == sheet.cell(row, 2).value:
            end += 1
        if end > row:
            sheet.merge_cells(start_row=row, start_column=2, end_row=end, end_column=2)
        row = end + 1
    book.save(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=plan_recall.CORPUS)
    ap.add_argument("--all", action="store_true", help="every plan with a year and targets, not only those with a table")
    ap.add_argument("--table", action="store_true", help="a 目标任务分解表 from each plan's targets, not its text")
    ap.add_argument("--limit", type=int, help="only the first N plans")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the plans read differently")
    args = ap.parse_args(argv)
    sidecars = select(args.corpus, args.all, args.limit)
    with tempfile.TemporaryDirectory(prefix="plan_xlsx_") as tmp:
        folder = Path(tmp)
        for sidecar in sidecars:
            shutil.copy(sidecar, folder / sidecar.name)
            if args.table:
                table_xlsx(json.loads(sidecar.read_text("utf-8")), folder / f"{sidecar.stem}.xlsx")
            else:
                copy_xlsx(sidecar.with_suffix(".txt").read_text("utf-8"), folder / f"{sidecar.stem}.xlsx")
        scores = {
            "text (.txt)": {s.plan: s for s in (plan_recall.score_plan(p.with_suffix(".txt")) for p in sidecars)},
            ".xlsx": {s.plan: s for s in plan_recall.score_corpus(folder, ".xlsx")},
        }
    print(f"plans as .xlsx ({'a 分解表 of the targets' if args.table else 'the text copied'}): {len(sidecars)}")
    for label, by_plan in scores.items():
        chosen = list(by_plan.values())
        e, p, m = (sum(getattr(s, f) for s in chosen) for f in ("expected", "parsed", "matched"))
        print(f"{label:<12} {len(chosen):>4} plans  expected {e:>5}  read {p:>5}  right {m:>5}  "
              f"recall {100 * m / e if e else 0:5.1f}%  precision {100 * m / p if p else 0:5.1f}%")
    same = sum(1 for plan, s in scores[".xlsx"].items()
               if (s.matched, s.parsed) == (scores["text (.txt)"][plan].matched, scores["text (.txt)"][plan].parsed))
    print(f"the same score from the .xlsx as from the .txt: {same} of {len(sidecars)} plans")
    if args.verbose:
        for plan, s in sorted(scores[".xlsx"].items()):
            t = scores["text (.txt)"][plan]
            if (s.matched, s.parsed) != (t.matched, t.parsed) or s.error:
                print(f"  {plan}: .txt {t.matched}/{t.expected} (read {t.parsed}), "
                      f".xlsx {s.matched}/{s.expected} (read {s.parsed}) {s.error or ''}")
                for miss in s.misses:
                    print(f"      missed {miss}")
                for extra in s.extras:
                    print(f"      extra  {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
