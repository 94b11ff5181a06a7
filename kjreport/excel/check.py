"""Ribbon button 校验数据: check the workbook open in Excel and list every problem."""

from __future__ import annotations

import xlwings as xw

from kjreport.checks import confirm
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
    record = source.read_sheet(confirm.SHEET) if confirm.SHEET in source.sheet_names() else None
    open_items = confirm.unconfirmed(problems, record)
    hints = sum(p.severity == "提示" for p in problems)
    tail = f"（{hints} 条提示）" if hints else ""
    lines = [str(p) for p in sorted(problems, key=lambda p: p.severity != "须核对")]
    if open_items:
        return Outcome(f"校验通过，但有 {len(open_items)} 处须核对：请改正，或核对无误后在「{confirm.SHEET}」表中确认"
                       f"（点「计算指标」列入该表，在「核对结果」栏填「已核对」）{tail}。", lines)
    return Outcome(f"校验通过：{source.label} 没有错误{tail}。", lines)
