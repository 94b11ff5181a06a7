"""Ribbon button 生成总结: write the year-end summary (.docx) next to the workbook and open it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import xlwings as xw

from kjreport.docx.versions import choose_target, save_versioned, versions  # noqa: F401 (re-exported)
from kjreport.errors import KjreportError
from kjreport.excel.book import ExcelBook
from kjreport.excel.messages import Outcome, calling_book, run_button, status
from kjreport.mail.content import read_content
from kjreport.report import load_report
from kjreport.summary import write_summary

BUTTON = "生成总结"


def main(book: xw.Book | None = None) -> Outcome | None:
    """Run 生成总结 on the calling book (or ``book``); return the outcome, None on failure."""
    book = book or calling_book(BUTTON)
    if book is None:
        return None
    return run_and_open(book, BUTTON, write, "总结")


def run_and_open(book: xw.Book, button: str, write: Callable, what: str) -> Outcome | None:
    """Run ``button`` (a document-writing ``write``) and open the document it wrote; return the
    outcome, None on failure."""
    outcome = run_button(button, book, write)
    # opened after the message box was closed, so Word cannot hide the box behind it
    if outcome is not None and outcome.path and book.app.engine.name != "remote":
        try:
            open_document(outcome.path)
        except OSError:
            status(book, f"{what}已保存为 {outcome.path}，但无法自动打开，请在文件夹中双击打开。")
    return outcome


def write(source: ExcelBook) -> Outcome:
    """Write the summary beside the workbook; return the outcome naming the .docx.

    A summary already there is never overwritten unless its text and tables are exactly what
    is written now: a document someone edited (or one from other figures) stays as it is and
    the new summary gets the next free version name, ``标题（第2版）.docx``.
    """
    folder = Path(source.location).parent
    if not Path(source.location).is_absolute():
        raise KjreportError(
            f"工作簿「{source.label}」还没有保存过，无法确定总结的保存位置，请先保存工作簿再生成总结。"
        )
    report = load_report(source)
    out = folder / f"{report.settings.title}.docx"
    target, note = save_versioned(out, lambda tmp: write_summary(report, tmp), "总结")
    lines = [note] if note else []
    lines += [str(p) for p in report.problems]
    marks = read_content(target).placeholders
    if marks:
        lines.append(
            f"总结中还有 {len(marks)} 处【待补充】，补全数据后请重新生成；含【待补充】的总结不会被发送："
        )
        lines += [f"  {m}" for m in marks]
    return Outcome(f"已生成工作总结：{target}。", lines, path=target)


def open_document(path: Path) -> None:
    """Open ``path`` with the program the system associates with .docx (Word)."""
    if sys.platform.startswith("win"):
        os.startfile(path)  # type: ignore[attr-defined]
    elif sys.platform == "darwin":
        subprocess.run(["open", str(path)], check=False)
