"""Ribbon button 校验数据: check the workbook open in Excel and list every problem."""

from __future__ import annotations

import xlwings as xw

from kjreport.errors import CheckFailed
from kjreport.excel.book import ExcelBook
from kjreport.excel.messages import Outcome, run_button
from kjreport.report import check_source

BUTTON = "校验数据"


def main(book: xw.Book | None = None) -> Outcome | None:
    """Run 校验数据 on the calling book (or ``book``); return the outcome, None on failure."""
    return run_button(BUTTON, book, check)


def check(source: ExcelBook) -> Outcome:
    """Return the check's outcome; raise CheckFailed when the workbook has errors."""
    problems = check_source(source)
    if any(p.severity == "错误" for p in problems):
        raise CheckFailed(problems)
    hints = f"（{len(problems)} 条提示）" if problems else ""
    return Outcome(f"校验通过：{source.label} 没有错误{hints}。", [str(p) for p in problems])
