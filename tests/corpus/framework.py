"""The adversarial corpus: spoiled copies of the sample workbook, each with its expected outcome.

A *case* says how to spoil a copy of ``samples/sample2011.xlsx`` and what ``kjreport check``
(and ``fill``) must then say: which problems (severity, sheet, cell, words of the message), the
exit code, the file byte-identical afterwards, never a traceback.

Cases live in modules ``tests/corpus/spoil_*.py``, each with a module-level list ``CASES``; the
test (``test_corpus.py``) and the script (``make_corpus.py``) collect every such module, so
another module can add cases without touching this one. A case edits the workbook with openpyxl
(``spoil``), or builds the file itself from the sample's path (``build``) for file-level cases.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[1] / "samples" / "sample2011.xlsx"


@dataclass(frozen=True)
class Expect:
    """One problem the CLI must print: severity, sheet, cell and words of the message."""

    severity: str  # 错误 | 须核对 | 提示
    sheet: str | None = None
    cell: str | None = None
    words: tuple[str, ...] = ()

    def matches(self, line: str) -> bool:
        """Return True when a printed problem line is this problem."""
        if not line.startswith(f"[{self.severity}]"):
            return False
        if self.sheet and f"工作表「{self.sheet}」" not in line:
            return False
        if self.cell and not re.search(rf"单元格 {re.escape(self.cell)}(?![0-9])", line):
            return False
        return all(w in line for w in self.words)

    def __str__(self) -> str:
        where = f"{self.sheet or ''}!{self.cell or ''}"
        return f"[{self.severity}] {where} {' '.join(self.words)}"


@dataclass(frozen=True)
class Case:
    """One spoiled workbook and what kjreport must say about it."""

    name: str  # file stem and test id
    slip: str  # what the office got wrong, in a few words
    expect: tuple[Expect, ...]
    spoil: Callable[[openpyxl.Workbook], None] | None = None  # edit a loaded copy of the sample
    build: Callable[[Path, Path], None] | None = None  # or: (sample, destination) → write the file
    exit_code: int = 1  # of ``check``; 1 = errors, 0 = only 提示
    commands: tuple[str, ...] = ("check", "fill")  # fill must refuse (exit 1) when there are errors
    filename: str = ""  # default ``<name>.xlsx``
    forbid: tuple[str, ...] = ()  # words that must NOT appear in the output
    extra: dict = field(default_factory=dict)  # free for other modules' needs

    @property
    def file_name(self) -> str:
        return self.filename or f"{self.name}.xlsx"

    def make(self, directory: Path, sample: Path = SAMPLE) -> Path:
        """Write the spoiled workbook into ``directory`` and return its path."""
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / self.file_name
        if self.build is not None:
            self.build(sample, path)
            return path
        copy = directory / f".{self.name}.source.xlsx"
        shutil.copy(sample, copy)  # openpyxl reads a copy: the sample itself is never opened for writing
        wb = openpyxl.load_workbook(copy)
        if self.spoil is not None:
            self.spoil(wb)
        wb.save(path)
        copy.unlink()
        return path


def all_cases() -> list[Case]:
    """Return the cases of every ``tests/corpus/spoil_*.py`` module (names must be unique)."""
    cases: list[Case] = []
    for info in sorted(pkgutil.iter_modules([str(HERE)]), key=lambda m: m.name):
        if info.name.startswith("spoil_"):
            module = importlib.import_module(f"tests.corpus.{info.name}")
            cases.extend(getattr(module, "CASES", []))
    names = [c.name for c in cases]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate corpus case names: {sorted(duplicates)}")
    return cases


# --- helpers for spoil functions ----------------------------------------------------------------

def column(ws, header: str) -> str:
    """Return the letter of the column whose header starts with ``header``."""
    for cell in ws[1]:
        if cell.value is not None and str(cell.value).startswith(header):
            return cell.column_letter
    raise KeyError(header)


def row_of(ws, first_column_value: str) -> int:
    """Return the row whose column A holds ``first_column_value``."""
    for cell in ws["A"]:
        if cell.value == first_column_value:
            return cell.row
    raise KeyError(first_column_value)


def setting(ws, key: str) -> str:
    """Return the value cell (column B) of ``key`` in the 设置 sheet."""
    return f"B{row_of(ws, key)}"


def append_total(ws, name: str, factor: float = 1.0, skip: tuple[str, ...] = ()) -> int:
    """Append a total row named ``name`` to a county sheet (sum × ``factor``); return its row."""
    last = ws.max_row
    row = last + 1
    ws.cell(row, 1, name)
    for c in range(2, ws.max_column + 1):
        letter = ws.cell(1, c).column_letter
        values = [ws.cell(r, c).value for r in range(2, last + 1)]
        numeric = all(v is None or isinstance(v, (int, float)) for v in values)
        if numeric and ws.cell(1, c).value and not any(str(ws.cell(1, c).value).startswith(s) for s in skip):
            ws[f"{letter}{row}"] = round(sum(v or 0 for v in values) * factor, 4)
    return row
