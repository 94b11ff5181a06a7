"""Named exceptions. Only the CLI and the Excel ribbon turn them into messages for the user.

Every exception's ``str()`` is one complete Chinese sentence (or, for ``CheckFailed``, one
sentence per line) that names the file, the sheet and the cell where that applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kjreport.text.brackets import cjk_brackets


class KjreportError(Exception):
    """Base of every error a user can cause; ``str(e)`` is the Chinese message."""


#: 错误 blocks fill; 须核对 ("this figure is probably wrong: fix it or confirm it") lets fill run
#: but blocks documents (docx, progress, send, ribbon, WPS service) until confirmed in the
#: workbook's 「核对记录」 sheet; 提示 is a conversion or a remark that blocks nothing.
ERROR = "错误"
VERIFY = "须核对"
HINT = "提示"
SEVERITIES = (ERROR, VERIFY, HINT)


@dataclass(frozen=True)
class Problem:
    """One problem found in a workbook (数据问题): where, what was found, what is expected."""

    file: str
    sheet: str | None
    cell: str | None
    found: str
    expected: str
    severity: str = "错误"  # one of SEVERITIES

    @property
    def location(self) -> str:
        """Return "文件 › 工作表!单元格" as far as it is known."""
        where = Path(self.file).name
        if self.sheet:
            where += f" 工作表「{self.sheet}」"
            if self.cell:
                where += f" 单元格 {self.cell}"
        return where

    @property
    def sentence(self) -> str:
        """Return "where：found；expected。" without the severity tag."""
        return cjk_brackets(f"{self.location}：{self.found}；{self.expected}。")

    def __str__(self) -> str:
        return f"[{self.severity}] {self.sentence}"


class WorkbookError(KjreportError):
    """A single problem that stops reading a workbook (unreadable file, lock file, …)."""

    def __init__(self, problem: Problem):
        super().__init__(problem.sentence)
        self.problem = problem


class CheckFailed(KjreportError):
    """The workbook has one or more errors; ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "错误"]
        head = f"工作簿有 {len(errors)} 处错误，请修改后再运行："
        super().__init__("\n".join([head, *(str(p) for p in problems)]))


class RegistryError(KjreportError):
    """An indicator definition is wrong (duplicate name, unknown input, bad plugin file)."""


class TemplateError(KjreportError):
    """A template file cannot be loaded or rendered; the message names the file and line."""
