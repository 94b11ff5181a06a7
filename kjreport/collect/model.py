"""What ``collect`` finds and plans: owners, offers, conflicts, contributions, the cell changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kjreport.errors import CheckFailed, KjreportError, Problem

COUNTY = "县区"
DEPARTMENT = "科室"
MASTER_LABEL = "汇总表"


class CollectError(KjreportError):
    """The copies cannot be merged as they are (conflicts, unknown owner, bad ``--as``).

    ``plan`` holds what was found so far (for the summary table) when there is one."""

    def __init__(self, message: str, plan: CollectPlan | None = None):
        super().__init__(message)
        self.plan = plan


class CollectRefused(CheckFailed, CollectError):
    """Returned files with errors (and perhaps conflicts as well): nothing is merged.

    Every file's errors and every conflict of the same run are in one message (qa12 F18): an
    error in one file no longer hides the others' conflicts. A ``CheckFailed`` for callers that
    look at ``problems``, a ``CollectError`` carrying the ``plan`` for those that show it."""

    def __init__(self, problems: list[Problem], plan: CollectPlan, prefer_hint: str):
        self.problems = problems
        self.plan = plan
        errors = [p for p in problems if p.severity == "错误"]
        counts = [f"{len(errors)} 处错误"] if errors else []
        if plan.conflicts:
            counts.append(f"{len(plan.conflicts)} 处数值不一致")
        wrong = {(Path(p.file).name, p.sheet, p.cell) for p in errors}
        lines = [f"报送文件有 {'、'.join(counts)}，汇总表 {plan.master.name} 未合并任何数据；"
                 "请改正报送文件后重新合并：", *(str(p) for p in problems)]
        if plan.conflicts:
            lines.append(f"数值不一致（请核实后改正报送文件，或{prefer_hint}）：")
            for i, c in enumerate(plan.conflicts, 1):
                said = [f"{o.file} 单元格 {o.cell}" for o in c.offers
                        if (Path(o.file).name, c.sheet, o.cell) in wrong]
                note = f"（{'、'.join(said)} 已在上面报错）" if said else ""
                lines.append(f"{i}. {c}{note}")
        KjreportError.__init__(self, "\n".join(lines))


@dataclass(frozen=True)
class Owner:
    """Whose copy a file is: one county (县区) or one department (科室)."""

    kind: str  # COUNTY | DEPARTMENT
    name: str
    how: str = "内容"  # 内容 | 文件名 | --as: how it was identified

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Offer:
    """One value a copy gives for a master cell, and where it is in that copy."""

    file: str  # the copy's file name
    cell: str  # the cell in the copy, e.g. "C5"
    value: object  # in the schema's unit, comparable across files
    shown: object = None  # as the copy's cell holds it (its header's unit)


@dataclass
class Conflict:
    """One master cell the sources disagree on (两个文件数值不一致，或与汇总表不一致)."""

    sheet: str
    row: str  # what the row is, e.g. "西山县" or "2012/鲁泽项目/鲁泽公司"
    column: str
    master_cell: str | None  # None for a row that is not in the master yet
    held: object | None  # the master's value (None when empty)
    offers: list[Offer]

    def __str__(self) -> str:
        if self.master_cell is None:
            parts = []
            where = "（汇总表中尚无此行）"
        else:
            held = "为空" if self.held is None else f"为 {show(self.held)}"
            parts = [f"汇总表 {self.master_cell} {held}"]
            where = ""
        parts += [f"{o.file} 单元格 {o.cell} 为 {show(o.shown)}" for o in self.offers]
        return f"工作表「{self.sheet}」{self.row} 的「{self.column}」{where}不一致：" + "，".join(
            parts
        )


@dataclass(frozen=True)
class CellChange:
    """One master cell that ``collect`` writes."""

    sheet: str
    cell: str
    old: object | None
    new: object
    files: tuple[str, ...]  # the copies that gave this value


@dataclass
class Contribution:
    """What one copy contributes to one sheet of the master."""

    file: str
    sheet: str
    rows: int = 0  # master rows updated or added
    added: int = 0  # of which new rows
    cells: int = 0


@dataclass
class CopySummary:
    """One copy: whose it is, and the rows it changed that are not its own (ignored)."""

    path: Path
    owner: Owner | None = None
    ignored: list[str] = field(default_factory=list)
    label: str = ""  # how messages name it (the file name, or its path when names repeat)


@dataclass
class CollectPlan:
    """What ``collect`` writes (or would write under ``--dry-run``) and where it came from."""

    master: Path
    copies: list[CopySummary] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    changes: list[CellChange] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)  # the returned files' errors: nothing merged
    hints: list[Problem] = field(default_factory=list)  # 提示: conversions made while reading
    backup: Path | None = None
    written: bool = False
    recalc: list[str] = field(default_factory=list)  # sheets whose formulas now await recalculation
    unit_word: str = COUNTY  # what the master calls its units (县区, 乡镇, 镇街 …: its unit sheet's word)

    @property
    def cells(self) -> int:
        """Return how many master cells change."""
        return len(self.changes)

    def by_sheet(self) -> dict[str, dict[str, object]]:
        """Return sheet → {cell: value}, the shape the workbook writer takes."""
        out: dict[str, dict[str, object]] = {}
        for c in self.changes:
            out.setdefault(c.sheet, {})[c.cell] = c.new
        return out


def show(value: object) -> str:
    """Return a value as the messages show it (numbers without float noise)."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return f"{value:.10g}"
    return f"「{value}」" if isinstance(value, str) else str(value)
