"""Progress that reads well in a terminal and in a log file.

On a terminal (stderr is a TTY) a rich progress bar redraws in place; when the output goes to a
log (a scheduled task, ``> log.txt``, CI) a bar would write thousands of control sequences, so
one plain line is written every ``every`` items instead (about every 10 %, and the last one):

    生成县区通报：30/150（20%），已用 12 秒，预计还需 48 秒

``loading`` says that a big workbook is being read, with a spinner on a terminal and a line
before and after in a log.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

BIG_WORKBOOK_BYTES = 2_000_000  # from about 20,000 ledger rows reading takes a noticeable while


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def _seconds(s: float) -> str:
    s = round(s)
    return f"{s // 60} 分 {s % 60} 秒" if s >= 60 else f"{s} 秒"


class LineProgress:
    """The ``rich.progress.Progress`` interface used here, as plain lines for a log."""

    def __init__(self, stream: TextIO | None = None, every: int | None = None):
        self.stream = stream or sys.stderr
        self.every = every
        self._tasks: dict[int, dict[str, Any]] = {}

    def __enter__(self) -> LineProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: int) -> int:
        task = len(self._tasks)
        every = self.every or max(1, -(-total // 10))  # about every 10 %
        self._tasks[task] = {"label": description, "total": total, "done": 0, "every": every,
                             "start": time.monotonic()}
        return task

    def advance(self, task: int, advance: int = 1) -> None:
        t = self._tasks[task]
        before, t["done"] = t["done"], t["done"] + advance
        done, total = t["done"], t["total"]
        if done // t["every"] == before // t["every"] and done != total:
            return
        elapsed = time.monotonic() - t["start"]
        line = f"{t['label']}：{done}/{total}（{done * 100 // max(total, 1)}%），已用 {_seconds(elapsed)}"
        if 0 < done < total:
            line += f"，预计还需 {_seconds(elapsed / done * (total - done))}"
        print(line, file=self.stream, flush=True)


class _Silent:
    def __enter__(self) -> _Silent:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: int) -> int:
        return 0

    def advance(self, task: int, advance: int = 1) -> None:
        return None


def make_progress(enabled: bool = True, stream: TextIO | None = None) -> Any:
    """Return a progress reporter (``add_task``/``advance``, a context manager): a rich bar on a
    terminal, a line every ~10 % in a log, nothing when not ``enabled``."""
    if not enabled:
        return _Silent()
    stream = stream or sys.stderr
    if not _is_tty(stream):
        return LineProgress(stream)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(file=stream),
        transient=False,
    )


@contextmanager
def loading(path: Path | str, stream: TextIO | None = None,
            threshold: int = BIG_WORKBOOK_BYTES) -> Iterator[None]:
    """Say that a big workbook is being read and checked (nothing for a small one)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size < threshold:
        yield
        return
    stream = stream or sys.stderr
    text = f"正在读取并校验 {path.name}（{size / 1e6:.1f} MB），请稍候……"
    start = time.monotonic()
    if _is_tty(stream):
        from rich.console import Console

        with Console(file=stream).status(text):
            yield
    else:
        print(text, file=stream, flush=True)
        yield
    print(f"已读取 {path.name}，用时 {_seconds(time.monotonic() - start)}。", file=stream, flush=True)
