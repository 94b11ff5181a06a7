"""``collect``: merge the copies departments (科室) and counties (县区) filled in back into the
master workbook (汇总).

What a file contributes: in 县区数据 / 县区上年数据 the county rows it filled (any number in
them), in 科室数据 the rows with a 本年数, in 工作进展 the rows with text, in the ledgers (项目台账,
企业台账, 平台台账) the rows it has — rows the master already holds as they are are skipped, a row
whose key (项目: 年度+项目名称+承担单位; 企业名称; 平台名称) matches exactly one master row updates
it, any other row is appended. A
cell is a *conflict* when two files give different values for it, or a file gives a value
different from one the master already holds; then nothing is merged unless ``prefer`` decides:
"newest" (the most recently modified file wins, files over the master), "master" (the master
keeps its values), or a file name (that file wins). A file for another year, or with a bad
cell, stops the merge with the same messages as ``kjreport check``. All changes are written in
one atomic replacement of the master with one backup; nothing else in the package changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kjreport.errors import CheckFailed, KjreportError, Problem
from kjreport.workbook import schema
from kjreport.workbook.schema import canonical
from kjreport.workbook.tables import Table, read_table

# sheet → (key columns, columns to merge, does a row count as filled?)
RULES: dict[str, tuple[tuple[str, ...], str]] = {
    "县区数据": (("县区",), "numbers"),
    "县区上年数据": (("县区",), "numbers"),
    "科室数据": (("指标",), "本年数"),
    "工作进展": (("条目编号", "科室"), "进展情况"),
    "项目台账": (("年度", "项目名称", "承担单位"), "all"),
    "企业台账": (("企业名称",), "all"),
    "平台台账": (("平台名称",), "all"),
}


class CollectError(KjreportError):
    """Files cannot be merged as they are (conflicts, wrong year)."""


@dataclass
class Conflict:
    """One master cell that the sources disagree on."""

    sheet: str
    key: str
    column: str
    values: list[tuple[str, object]]  # (file name or "汇总表", value)

    def __str__(self) -> str:
        shown = "；".join(f"{who}：{_show(v)}" for who, v in self.values)
        return f"「{self.sheet}」{self.key} 的「{self.column}」不一致（{shown}）"


@dataclass
class Plan:
    """What ``collect`` would write: cell values per master sheet, and what each file gave."""

    changes: dict[str, dict[str, object]] = field(default_factory=dict)
    contributions: list[tuple[str, str, int, int]] = field(default_factory=list)  # file, sheet, rows, cells
    conflicts: list[Conflict] = field(default_factory=list)
    backup: Path | None = None

    @property
    def cells(self) -> int:
        """Return how many master cells change."""
        return sum(len(v) for v in self.changes.values())


def collect(master: Path, files: list[Path], *, prefer: str | None = None, dry_run: bool = False) -> Plan:
    """Merge ``files`` into ``master``; return the plan (written unless ``dry_run``).

    Raise CheckFailed for bad cells or wrong-year files, CollectError for unresolved conflicts.
    """
    from kjreport.dataset import read_settings_table
    from kjreport.report import open_source
    from kjreport.workbook.writer import ensure_writable, set_cells_in_sheets

    master = Path(master)
    problems: list[Problem] = []
    master_source = open_source(master)
    master_tables = _tables(master_source, problems)
    year = str(read_settings_table(master_source).get("年度", "")).split(".")[0]
    sources = []
    for path in files:
        source = open_source(path)
        file_year = str(read_settings_table(source).get("年度", "")).split(".")[0]
        if year and file_year and file_year != year:
            problems.append(Problem(str(path), "设置", None, f"是{file_year}年度的文件",
                                    f"汇总表是{year}年度，请确认是否发错了文件"))
            continue
        sources.append((Path(path), _tables(source, problems)))
    errors = [p for p in problems if p.severity == "错误"]
    if errors:
        raise CheckFailed(errors)
    if prefer not in (None, "newest", "master") and prefer not in {p.name for p, _ in sources}:
        raise CollectError(f"--prefer 的取值「{prefer}」无效：应为 newest、master 或参与合并的文件名之一。")

    order = sorted(sources, key=lambda s: s[0].stat().st_mtime) if prefer == "newest" else sources
    plan = Plan()
    for sheet, (keys, rule) in RULES.items():
        target = master_tables.get(sheet)
        if target is None:
            continue
        _merge_sheet(plan, sheet, keys, rule, target, order, prefer)
    if plan.conflicts:
        raise CollectError("以下单元格各方数值不一致，未合并任何数据（可用 --prefer newest / master / 文件名 指定取舍）：\n"
                           + "\n".join(str(c) for c in plan.conflicts))
    if not dry_run and plan.changes:
        ensure_writable(master)
        plan.backup = set_cells_in_sheets(master, plan.changes)
    return plan


def _tables(source, problems: list[Problem]) -> dict[str, Table]:
    """Return the mergeable sheets of ``source``; blank cells are fine here (copies are partial)."""
    present = {canonical(n): n for n in source.sheet_names()}
    tables = {}
    for name in RULES:
        actual = present.get(canonical(name))
        if actual:
            found: list[Problem] = []
            tables[name] = read_table(source.location, source.read_sheet(actual), schema.sheet_spec(name), found)
            problems += [p for p in found if not p.found.endswith("为空")]
    return tables


def _key(row, keys) -> tuple:
    return tuple(row.values.get(k) for k in keys)


def _filled(row, table: Table, keys, rule) -> dict[str, object]:
    """Return column → value of what a source row contributes (empty when it contributes nothing)."""
    values = {c: v for c, v in row.values.items() if v not in (None, "") and c in table.columns}
    if rule == "numbers":
        numbers = {c: v for c, v in values.items() if c not in keys and isinstance(v, float)}
        return values if numbers else {}
    if rule == "all":
        return values
    return values if values.get(rule) not in (None, "") else {}


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def _merge_sheet(plan: Plan, sheet, keys, rule, master: Table, sources, prefer) -> None:
    by_key: dict[tuple, list] = {}
    for r in master.rows:
        by_key.setdefault(_key(r, keys), []).append(r)
    rows = {k: v[0] for k, v in by_key.items() if len(v) == 1}  # ambiguous keys match no row
    proposals: dict[tuple, dict[str, list[tuple[str, object]]]] = {}
    for path, tables in sources:
        table = tables.get(sheet)
        if table is None:
            continue
        n_rows = n_cells = 0
        for row in table.rows:
            key = _key(row, keys)
            values = _filled(row, table, keys, rule)
            if not values or any(k in (None, "") for k in key):
                continue
            if any(all(_same(m.values.get(c), v) for c, v in values.items() if c in master.columns)
                   for m in by_key.get(key, ())):
                continue  # the master already has this row as it is
            if len(by_key.get(key, ())) > 1:
                key = (*key, row.number, path.name)  # several master rows share the key: a new row
            current = rows.get(key)
            new = {c: v for c, v in values.items() if c in master.columns
                   and not (current is not None and _same(current.values.get(c), v))}
            for column, value in new.items():
                proposals.setdefault(key, {}).setdefault(column, []).append((path.name, value))
            if new:
                n_rows, n_cells = n_rows + 1, n_cells + len(new)
        if n_rows:
            plan.contributions.append((path.name, sheet, n_rows, n_cells))

    next_row = master.last_row + 1
    cells: dict[str, object] = {}
    for key, columns in proposals.items():
        row = rows.get(key)
        chosen: dict[str, object] = {}
        for column, offers in columns.items():
            held = row.values.get(column) if row is not None else None
            value = _resolve(sheet, key, column, held, offers, prefer, plan)
            if value is not None:
                chosen[column] = value
        if not chosen:
            continue
        if row is None:
            number, next_row = next_row, next_row + 1
            chosen = {**dict(zip(keys, key[: len(keys)], strict=True)), **chosen}
        else:
            number = row.number
        for column, value in chosen.items():
            at = master.columns[column]
            if isinstance(value, float) and at.factor != 1.0:
                value = value / at.factor  # back into the unit the master's header states
            if isinstance(value, bool):
                value = "是" if value else "否"
            cells[f"{at.letter}{number}"] = value
    if cells:
        plan.changes[master.sheet] = cells


def _resolve(sheet, key, column, held, offers, prefer, plan: Plan) -> object | None:
    """Return the value to write for one cell, None to leave it; record a conflict if unresolved."""
    distinct = []
    for who, value in offers:
        if not any(_same(value, v) for _, v in distinct):
            distinct.append((who, value))
    master_has = held not in (None, "")
    if len(distinct) == 1 and not master_has:
        return distinct[0][1]
    if prefer == "master" and master_has:
        return None
    if prefer == "newest":
        return offers[-1][1]  # sources are in modification-time order
    chosen = [v for who, v in offers if who == prefer]
    if chosen:
        return chosen[-1]
    everyone = ([("汇总表", held)] if master_has else []) + distinct
    plan.conflicts.append(Conflict(sheet, _show_key(key), column, everyone))
    return None


def _show_key(key: tuple) -> str:
    return "/".join(str(k) for k in key)


def _show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value)
