"""Ribbon button 进度通报: write the in-year 进度通报 (.docx) next to the workbook and open it."""

from __future__ import annotations

from pathlib import Path

import xlwings as xw

from kjreport.errors import KjreportError
from kjreport.excel.book import ExcelBook
from kjreport.excel.docx import run_and_open, save_versioned
from kjreport.excel.messages import Outcome, calling_book
from kjreport.mail.content import read_content
from kjreport.progress import build_progress
from kjreport.progress.document import build_bulletin, file_name
from kjreport.report import load_report

BUTTON = "进度通报"


def main(book: xw.Book | None = None) -> Outcome | None:
    """Run 进度通报 on the calling book (or ``book``); return the outcome, None on failure."""
    book = book or calling_book(BUTTON)
    if book is None:
        return None
    return run_and_open(book, BUTTON, write, "通报")


def write(source: ExcelBook) -> Outcome:
    """Write the 进度通报 of the workbook's 报送月份 beside it; an edited 通报 already there is
    kept and the new one gets the next version name. Return the outcome naming the .docx."""
    if not Path(source.location).is_absolute():
        raise KjreportError(
            f"工作簿「{source.label}」还没有保存过，无法确定通报的保存位置，请先保存工作簿再生成通报。"
        )
    progress = build_progress(load_report(source))
    out = Path(source.location).parent / file_name(progress)
    target, note = save_versioned(out, lambda tmp: build_bulletin(progress).save(tmp), "通报")
    lines = [note] if note else []
    lines += [str(p) for p in progress.report.problems + progress.problems]
    marks = read_content(target).placeholders
    if marks:
        lines.append(f"通报中还有 {len(marks)} 处【待补充】（如未填写的下步措施），补全后请重新生成：")
        lines += [f"  {m}" for m in marks]
    summary = (
        f"已生成{progress.period}进度通报：{target}（截至{progress.month}月底："
        f"{progress.standing() or '没有可判断的目标任务'}）。"
    )
    return Outcome(summary, lines, path=target)
