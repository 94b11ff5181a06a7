"""What the user sees inside Excel: a message box, the status bar and the 运行日志 sheet.

``run_button`` is the one place a ribbon button's outcome becomes messages: a
``KjreportError`` becomes a Chinese message box naming the sheet and cell plus lines in the
运行日志 sheet; any other exception becomes one Chinese sentence, with the traceback kept in a
log file. Nothing ever escapes to xlwings, which would show a Python traceback window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kjreport.checks.confirm import HOW, NotConfirmed
from kjreport.errors import CheckFailed, KjreportError
from kjreport.excel.book import ExcelBook

if TYPE_CHECKING:
    import xlwings as xw

TITLE = "科技报告"
LOG_SHEET = "运行日志"
LOG_HEADER = ["时间", "按钮", "结果", "说明"]
MAX_BOX_LINES = 12  # more lines than this go to the 运行日志 sheet only


@dataclass
class Outcome:
    """The result of one button: a headline, detail lines, and whether all went well."""

    summary: str
    lines: list[str] = field(default_factory=list)
    ok: bool = True
    path: Path | None = None  # a file the button wrote (the .docx)

    @property
    def result(self) -> str:
        """Return the word written in the 结果 column: 完成 or 有问题."""
        return "完成" if self.ok else "有问题"


def box_text(summary: str, lines: list[str]) -> str:
    """Return the message box text: the summary and at most MAX_BOX_LINES detail lines."""
    shown = lines[:MAX_BOX_LINES]
    text = "\n".join([summary, *shown])
    if len(lines) > len(shown):
        text += f"\n……其余 {len(lines) - len(shown)} 条见「{LOG_SHEET}」工作表。"
    return text


def alert(book: xw.Book, text: str, critical: bool = False) -> None:
    """Show ``text`` in a message box titled 科技报告."""
    book.app.alert(text, title=TITLE, mode="critical" if critical else "info")


def status(book: xw.Book, text: str | bool) -> None:
    """Show ``text`` in Excel's status bar (False gives it back to Excel); ignored where the
    engine has no status bar (the remote engine)."""
    try:
        book.app.status_bar = text
    except Exception:  # noqa: BLE001 — NotImplementedError remotely; a busy Excel on COM
        pass


def log(book: xw.Book, button: str, result: str, summary: str, lines: list[str]) -> None:
    """Append one row per line (the summary first) to the 运行日志 sheet, creating it at the end
    of the workbook; the sheet the user was looking at stays active."""
    now = f"{dt.datetime.now():%Y-%m-%d %H:%M:%S}"
    rows = [[now, button, result, summary], *([None, None, None, line] for line in lines)]
    sheets = book.sheets
    if LOG_SHEET in [s.name for s in sheets]:
        sheet = sheets[LOG_SHEET]
        used = sheet.used_range
        values = used.options(ndim=2).value or [[None]]
        empty = len(values) == 1 and all(v in (None, "") for v in values[0])
        start = 1 if empty else used.last_cell.row + 1
    else:
        active = sheets.active
        sheet = sheets.add(LOG_SHEET, after=sheets[len(sheets) - 1])
        if active is not None:
            active.activate()
        empty, start = True, 1
    if empty:
        rows.insert(0, LOG_HEADER)
    sheet.range((start, 1)).value = rows


NO_BOOK = "请先打开（或新建并保存）要处理的工作簿，再点击「{button}」。"


def calling_book(button: str) -> xw.Book | None:
    """Return the workbook the ribbon button was clicked in, or None after telling the user
    (in a message box when Excel can be reached, else on stderr, which xlwings shows) that no
    workbook is open. Never raises."""
    import xlwings as xw

    try:
        return xw.Book.caller()
    except Exception:  # noqa: BLE001 — no workbook open, or not started from Excel at all
        sentence = f"{button}未运行：" + NO_BOOK.format(button=button)
        try:
            xw.apps.active.alert(sentence, title=TITLE, mode="info")
        except Exception:  # noqa: BLE001 — no Excel to show a box in
            import sys

            print(sentence, file=sys.stderr)
        return None


def confirm(book: xw.Book, text: str) -> bool:
    """Ask ``text`` with 确定/取消 and return True only for 确定.

    xlwings' remote engine cannot wait for an answer (its message box only queues an action),
    so there the answer is always "no": nothing irreversible happens unasked.
    """
    try:
        answer = book.app.alert(text, title=TITLE, buttons="ok_cancel", mode="info")
    except Exception:  # noqa: BLE001 — Excel busy or gone: treat as not confirmed
        return False
    return answer == "ok"


def run_button(
    button: str, book: xw.Book | None, action: Callable[[ExcelBook], Outcome]
) -> Outcome | None:
    """Run ``action`` on ``book`` (default: the workbook the button was clicked in) for the
    ribbon button labelled ``button`` and tell the user how it went; return the outcome, or
    None when it failed. Never raises — finding the calling workbook included."""
    if book is None:
        book = calling_book(button)
        if book is None:
            return None
    try:
        status(book, f"{TITLE}：正在{button}……")
        try:
            outcome = action(ExcelBook(book))
        except CheckFailed as exc:
            # every error before the hints: the box shows 12 lines, an error must not be the one
            # cut off into 运行日志 behind hints (qa10b F6); the order within each kept
            ordered = sorted(exc.problems, key=lambda p: {"错误": 0, "须核对": 1}.get(p.severity, 2))
            errors = [str(p) for p in ordered]
            count = sum(p.severity == "错误" for p in exc.problems)
            head = f"{button}未完成：工作簿有 {count} 处错误，请修改后再运行。"
            _tell(book, button, Outcome(head, errors, ok=False))
            return None
        except NotConfirmed as exc:
            # each 须核对 item on its own line, then how to confirm it in 「核对记录」
            head = f"{button}未完成：工作簿有 {len(exc.problems)} 处数据须核对，尚未确认。"
            _tell(book, button, Outcome(head, [*(str(p) for p in exc.problems), HOW + "。"], ok=False))
            return None
        except KjreportError as exc:
            _tell(book, button, Outcome(f"{button}未完成：{exc}", ok=False))
            return None
        _tell(book, button, outcome)
        return outcome
    except Exception as exc:  # noqa: BLE001 — last line of defence: never a traceback window
        from kjreport.cli.app import report_unexpected

        sentence = f"{button}失败：{report_unexpected(exc)}"
        try:
            alert(book, sentence, critical=True)
            log(book, button, "失败", sentence, [])
        except Exception:  # noqa: BLE001 — Excel itself is unreachable; the log file has it
            pass
        return None
    finally:
        status(book, False)


def _tell(book: xw.Book, button: str, outcome: Outcome) -> None:
    """Log ``outcome`` in the 运行日志 sheet, then show it in a message box."""
    text = box_text(outcome.summary, outcome.lines)
    try:
        log(book, button, outcome.result, outcome.summary, outcome.lines)
    except Exception:  # noqa: BLE001 — e.g. a protected workbook structure; the box still shows
        text = "\n".join([outcome.summary, *outcome.lines[:MAX_BOX_LINES]])
        text += f"\n（未能写入「{LOG_SHEET}」工作表：工作簿结构可能受保护。）"
    alert(book, text, critical=not outcome.ok)
