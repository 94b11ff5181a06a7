"""Write a parsed plan into a workbook: the 工作意见 and 目标任务 sheets (schema.PLAN, schema.TARGETS).

An existing workbook is edited only through the lossless writer (``kjreport.workbook.writer``),
which keeps everything else in the file and leaves a backup. A workbook that does not exist yet
is created with openpyxl holding just these two sheets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kjreport.errors import KjreportError
from kjreport.model import PlanNode, Target
from kjreport.workbook.schema import PLAN, TARGETS
from kjreport.workbook.source import RowShade

PLAN_WIDTHS = {1: 10, 2: 8, 3: 8, 4: 40, 5: 80}
TARGET_WIDTHS = {1: 40, 2: 10, 3: 8, 4: 6, 5: 16, 6: 12, 7: 80, 8: 10, 9: 10, 10: 10, 11: 40}


@dataclass(frozen=True)
class ExportOutcome:
    """What writing the plan did: the workbook, whether it was created, the backup path."""

    workbook: Path
    created: bool
    backup: Path | None


def plan_rows(root: PlanNode) -> list[list[object]]:
    """Return the 工作意见 sheet as rows (header first): 编号 | 层级 | 标号 | 标题 | 正文."""
    rows: list[list[object]] = [[c.header for c in PLAN.columns]]
    for node in root.walk():
        if node is not root and not (node.title or node.text or node.children):
            continue  # a bare 「（一）」 the copied page cut off: check would stop at its empty 标题 (qa16 F1)
        rows.append([node.code, node.level, node.label, node.title, node.text])
    return rows


# Optional 目标任务 columns (the shared interface of issue 9); written after the schema's own
# columns when the schema does not list them yet, so an older reader simply ignores them.
OPTIONAL_TARGET_COLUMNS = ("比较", "目标类型", "争取值", "区间上限")
# written only when plan review flagged a target (kjreport/plan/review.py): the reason to check it;
# check reminds of it until the clerk clears it (kjreport/checks/plan_review.py)
REVIEW_COLUMN = "核对提示"
# a row whose 核对提示 is not empty is shaded pale yellow, and loses the shade when the clerk
# clears the cell: a conditional format, so it follows the cell whoever edits it
REVIEW_SHADE = "FFF2CC"
SHADED_ROWS = 1000  # rows below the targets that keep the rule (targets the clerk adds)


def review_shades(header: list[object], rows: int) -> list[RowShade]:
    """Return the conditional format of a 目标任务 sheet with ``header`` and ``rows`` rows (header
    included): every row shaded while its 核对提示 cell is not empty; none without the column."""
    if REVIEW_COLUMN not in header:
        return []
    from openpyxl.utils import get_column_letter

    review = get_column_letter(header.index(REVIEW_COLUMN) + 1)
    last = get_column_letter(len(header))
    return [RowShade(f"A2:{last}{rows + SHADED_ROWS}", f'LEN(${review}2)>0', REVIEW_SHADE)]


def add_shades(ws, shades: list[RowShade]) -> None:
    """Add ``shades`` to an openpyxl worksheet as plain formula rules (no Excel 2010 extension)."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill

    for shade in shades:
        fill = PatternFill("solid", start_color="FF" + shade.colour, end_color="FF" + shade.colour)
        ws.conditional_formatting.add(shade.sqref, FormulaRule(formula=[shade.formula], fill=fill))


def target_header(review: bool = False) -> list[str]:
    """Return the 目标任务 header: the schema's columns, then any optional one it lacks, then the
    核对提示 column when ``review``."""
    header = [c.header for c in TARGETS.columns]
    header += [name for name in OPTIONAL_TARGET_COLUMNS if name not in header]
    return header + ([REVIEW_COLUMN] if review else [])


def target_rows(targets: list[Target], notes: list[str] | None = None) -> list[list[object]]:
    """Return the 目标任务 sheet as rows (header first), values in the indicator's unit;
    ``notes`` are the 核对提示 of each target (plan review): the column is there only when one
    of them says something."""
    header = target_header(review=bool(notes and any(notes)))
    rows: list[list[object]] = [list(header)]
    for k, t in enumerate(targets):
        values = {
            "指标": t.indicator,
            "目标值": _number(t.value),
            "单位": t.unit,
            "比较": t.comparison,
            "所属条目": "、".join(t.plan_items),
            "责任科室": t.department,
            "原文": t.sentence,
            "目标类型": t.kind_label,
            "争取值": None if t.stretch is None else _number(t.stretch),
            "区间上限": None if t.upper is None else _number(t.upper),
            REVIEW_COLUMN: (notes[k] or None) if notes else None,
        }
        rows.append([values.get(name) for name in header])
    return rows


def hand_edits(workbook: Path, targets: list[Target]) -> list[str]:
    """Return the edits made by hand in ``workbook``'s 目标任务 that writing ``targets`` would undo
    (Chinese, one line each, with the cell): a 目标值 or 责任科室 changed on a row this plan wrote
    (same 指标 and 原文), and a row typed by hand (no 原文). Rows of another plan (a plan replaced by
    a new one) are no edits. [] when the workbook or its 目标任务 does not exist yet."""
    import openpyxl

    workbook = Path(workbook)
    if not workbook.exists() or workbook.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    try:
        book = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
    except Exception:  # an unreadable file is reported by the writer itself
        return []
    try:
        if TARGETS.name not in book.sheetnames:
            return []
        rows = list(book[TARGETS.name].iter_rows(values_only=True))
    finally:
        book.close()
    if not rows:
        return []
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    if "指标" not in header:
        return []
    col = {name: header.index(name) for name in ("指标", "目标值", "责任科室", "原文") if name in header}
    planned: dict[tuple[str, str], list[Target]] = {}
    for t in targets:
        planned.setdefault((t.indicator, _plain(t.sentence)), []).append(t)
    edits: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        def cell(name: str, row=row) -> object:
            at = col.get(name)
            return row[at] if at is not None and at < len(row) else None

        name = str(cell("指标") or "").strip()
        if not name:
            continue
        sentence = _plain(str(cell("原文") or ""))
        if not sentence:
            if "原文" in col:
                edits.append(f"第{number}行「{name}」是手工添加的行（没有原文），导入后将被删除")
            continue
        matches = planned.get((name, sentence))
        if not matches:
            continue  # a row of another plan, or one whose name was changed: replaced by the plan
        t = matches.pop(0)
        value = cell("目标值")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value - t.value) > 1e-9:
            edits.append(
                f"{_letter(col['目标值'])}{number}「{name}」目标值为 {_number(value)}，工作意见为 "
                f"{_number(t.value)}，导入后将改回 {_number(t.value)}"
            )
        department = str(cell("责任科室") or "").strip()
        if department and department != (t.department or "") and "责任科室" in col:
            now = f"「{t.department}」" if t.department else "空白"
            edits.append(f"{_letter(col['责任科室'])}{number}「{name}」责任科室为「{department}」，导入后将改为{now}")
    return edits


def _plain(text: str) -> str:
    return re.sub(r"\s", "", text or "")


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def write_plan(
    workbook: Path, root: PlanNode, targets: list[Target], notes: list[str] | None = None
) -> ExportOutcome:
    """Write both sheets into ``workbook`` (created when missing) and return what happened;
    ``notes`` fill the 核对提示 column."""
    workbook = Path(workbook)
    sheets = [
        (PLAN.name, plan_rows(root), PLAN_WIDTHS),
        (TARGETS.name, target_rows(targets, notes), TARGET_WIDTHS),
    ]
    if not workbook.exists():
        _create_workbook(workbook, sheets)
        return ExportOutcome(workbook, True, None)
    if workbook.suffix.lower() not in (".xlsx", ".xlsm"):
        raise KjreportError(
            f"{workbook.name} 不是 .xlsx/.xlsm 工作簿，无法写入工作意见，请指定 Excel 工作簿（.xlsx）。"
        )
    try:
        from kjreport.workbook.writer import write_sheet
    except (
        ImportError
    ) as exc:  # the lossless writer is part of the package; this is a broken install
        raise KjreportError(
            f"无法写入已有工作簿 {workbook.name}：缺少无损写入模块，请重新安装 kjreport。"
        ) from exc
    backup = None
    for index, (name, rows, widths) in enumerate(sheets):
        # one backup is enough: the first write keeps the user's original file
        shades = review_shades(rows[0], len(rows)) if name == TARGETS.name else []
        made = write_sheet(workbook, name, rows, column_widths=widths, backup=index == 0, shades=shades)
        backup = backup or made
    return ExportOutcome(workbook, False, backup)


def _create_workbook(
    path: Path, sheets: list[tuple[str, list[list[object]], dict[int, float]]]
) -> None:
    """Create a new .xlsx holding ``sheets`` with a bold, frozen header row."""
    if path.suffix.lower() != ".xlsx":
        raise KjreportError(f"新建工作簿须以 .xlsx 结尾，{path.name} 不符合，请改用 .xlsx 文件名。")
    if not path.parent.exists():
        raise KjreportError(
            f"文件夹 {path.parent} 不存在，无法新建工作簿 {path.name}，请先建立该文件夹。"
        )
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, rows, widths in sheets:
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for col, width in widths.items():
            ws.column_dimensions[get_column_letter(col)].width = width
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(
                    vertical="top", wrap_text=isinstance(cell.value, str) and len(cell.value) > 20
                )
        ws.freeze_panes = "A2"
        if name == TARGETS.name:
            add_shades(ws, review_shades(rows[0], len(rows)))
    save_new_workbook(book, path)


def save_new_workbook(book, path: Path, error: type[KjreportError] = KjreportError) -> None:
    """Save a NEW openpyxl workbook at ``path`` through a temporary file beside it, so a failed
    save never leaves half a file; raise ``error`` with a Chinese sentence naming the file."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        book.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise error(f"无法写入 {path}（{exc.strerror or exc}），请检查文件夹是否可写。") from exc


def _number(value: float) -> int | float:
    """Return ``value`` as an int when it is whole (800 rather than 800.0)."""
    return int(value) if float(value).is_integer() else value
