"""Ribbon button 生成总结: write the year-end summary (.docx) next to the workbook and open it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import xlwings as xw

from kjreport.errors import KjreportError
from kjreport.excel.book import ExcelBook
from kjreport.excel.messages import Outcome, run_button, status
from kjreport.report import load_report
from kjreport.summary import write_summary

BUTTON = "生成总结"


def main(book: xw.Book | None = None) -> Outcome | None:
    """Run 生成总结 on the calling book (or ``book``); return the outcome, None on failure."""
    book = book or xw.Book.caller()
    outcome = run_button(BUTTON, book, write)
    # opened after the message box was closed, so Word cannot hide the box behind it
    if outcome is not None and outcome.path and book.app.engine.name != "remote":
        try:
            open_document(outcome.path)
        except OSError:
            status(book, f"总结已保存为 {outcome.path}，但无法自动打开，请在文件夹中双击打开。")
    return outcome


def write(source: ExcelBook) -> Outcome:
    """Write the summary beside the workbook; return the outcome naming the .docx."""
    folder = Path(source.location).parent
    if not Path(source.location).is_absolute():
        raise KjreportError(
            f"工作簿「{source.label}」还没有保存过，无法确定总结的保存位置，请先保存工作簿再生成总结。"
        )
    report = load_report(source)
    out = folder / f"{report.settings.title}.docx"
    try:
        write_summary(report, out)
    except PermissionError as exc:
        raise KjreportError(
            f"无法写入 {out}：该文件可能正在 Word 中打开，请关闭后再生成总结。"
        ) from exc
    return Outcome(f"已生成工作总结：{out}。", [str(p) for p in report.problems], path=out)


def open_document(path: Path) -> None:
    """Open ``path`` with the program the system associates with .docx (Word)."""
    if sys.platform.startswith("win"):
        os.startfile(path)  # type: ignore[attr-defined]
    elif sys.platform == "darwin":
        subprocess.run(["open", str(path)], check=False)
