"""Ribbon button 计算指标: compute the indicators and write the 指标结果 sheet through Excel."""

from __future__ import annotations

from collections import Counter

import xlwings as xw

from kjreport.excel.book import ExcelBook
from kjreport.excel.messages import Outcome, run_button
from kjreport.fill import fill_source

BUTTON = "计算指标"


def main(book: xw.Book | None = None) -> Outcome | None:
    """Run 计算指标 on the calling book (or ``book``); return the outcome, None on failure."""
    return run_button(BUTTON, book, fill)


def fill(source: ExcelBook) -> Outcome:
    """Return the outcome of computing and writing the indicators."""
    done = fill_source(source)
    results = done.report.results
    counts = Counter(r.status for r in results)
    tally = "，".join(f"{status} {n} 项" for status, n in counts.items())
    sheets = "和".join(f"「{name}」" for name in done.sheets)
    summary = f"已计算 {len(results)} 项指标，写入{sheets}工作表（{tally}）。"
    lines = [str(p) for p in done.report.problems]
    if done.note:
        lines.append(done.note)
    return Outcome(summary, lines)
