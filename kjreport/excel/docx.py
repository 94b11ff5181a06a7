"""Ribbon button 生成总结: write the year-end summary (.docx) next to the workbook and open it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import xlwings as xw

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


def save_versioned(out: Path, write_to: Callable[[Path], object], what: str) -> tuple[Path, str]:
    """Write a document through ``write_to(temporary path)`` and move it to ``out`` or, when a
    different (edited) document is already there, to its next version name (see
    ``choose_target``); return (where it went, a note for the user or "")."""
    folder = out.parent
    fd, tmp_name = tempfile.mkstemp(prefix=".~kjreport-", suffix=".docx", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            write_to(tmp)
        except PermissionError as exc:
            raise KjreportError(f"无法在 {folder} 中写入{what}：没有写入权限。") from exc
        target, note = choose_target(out, read_content(tmp).key, what)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise KjreportError(
                f"无法写入 {target}：该文件可能正在 Word 中打开，请关闭后再生成{what}。"
            ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    os.chmod(target, 0o666 & ~_umask())  # as a plain save would (mkstemp made it 0600)
    return target, note


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def versions(out: Path) -> list[Path]:
    """Return ``out`` and its numbered versions (``标题（第N版）.docx``) that exist, oldest first."""
    found = [(1, out)] if out.exists() else []
    for path in out.parent.glob(f"{out.stem}（第*版）{out.suffix}"):
        number = path.stem[len(out.stem) + 2 : -2]
        if number.isdigit():
            found.append((int(number), path))
    return [p for _, p in sorted(found)]


def choose_target(out: Path, key: str, what: str = "总结") -> tuple[Path, str]:
    """Return where the new summary (content ``key``) goes and a note for the user ("" if none).

    The newest existing version is replaced only when its content is the same; otherwise the
    next version number is used and nothing existing is touched.
    """
    existing = versions(out)
    if not existing:
        return out, ""
    latest = existing[-1]
    try:
        same = read_content(latest).key == key
    except KjreportError:
        same = False  # not readable as a Word document: certainly not ours to overwrite
    if same:
        return latest, ""
    number = max([1] + [int(p.stem[len(out.stem) + 2 : -2]) for p in existing if p != out]) + 1
    target = out.with_name(f"{out.stem}（第{number}版）{out.suffix}")
    return target, (
        f"「{latest.name}」已存在且内容与本次生成的不同（可能已有人修改过），没有覆盖它；"
        f"新{what}另存为「{target.name}」。"
    )


def open_document(path: Path) -> None:
    """Open ``path`` with the program the system associates with .docx (Word)."""
    if sys.platform.startswith("win"):
        os.startfile(path)  # type: ignore[attr-defined]
    elif sys.platform == "darwin":
        subprocess.run(["open", str(path)], check=False)
