"""Reading the master and the copies for ``collect``: the year, and the mergeable sheets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kjreport.dataset import settings_values
from kjreport.errors import Problem
from kjreport.workbook import schema, unitsheets
from kjreport.workbook.schema import SETTINGS_SHEET, canonical
from kjreport.workbook.tables import Table, read_table
from kjreport.workbook.xlsx import XlsxFile, split_ref

# the sheets collect merges → the columns that identify a row in them
KEYS: dict[str, tuple[str, ...]] = {
    unitsheets.COUNTY: ("县区",),
    unitsheets.COUNTY_PREVIOUS: ("县区",),
    "科室数据": ("指标",),
    "工作进展": ("条目编号", "科室"),
    "项目台账": ("年度", "项目名称", "承担单位"),
    "企业台账": ("企业名称",),
    "平台台账": ("平台名称",),
}
COUNTY_SHEETS = unitsheets.UNIT_SHEETS
DEPARTMENT_SHEETS = ("科室数据", "工作进展")
LEDGERS = ("项目台账", "企业台账", "平台台账")


@dataclass
class Workbook:
    """One workbook read for merging: its year and its mergeable sheets.

    ``blanks`` keeps the "为空" problems by (sheet, row number): a copy is partial by nature, so
    an empty cell only matters in a row the copy contributes."""

    path: Path
    year: int | None = None
    year_cell: str | None = None
    year_text: str = ""
    has_settings: bool = False
    city: str = ""  # 设置 城市名称 and 单位名称: the level the messages speak at (全省/市州 …)
    organization: str = ""
    label: str = ""  # how messages name the file: its name, or its path when names repeat
    tables: dict[str, Table] = field(default_factory=dict)
    blanks: dict[tuple[str, int], list[Problem]] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)  # sheets of names kjreport does not know
    targets: dict[str, float] = field(default_factory=dict)  # 目标任务: % indicator → 目标值
    names: set[str] = field(default_factory=set)  # every sheet's name, folded (``canonical``)

    @property
    def name(self) -> str:
        return self.label or self.path.name


def read_workbook(path: Path, problems: list[Problem]) -> Workbook:
    """Return the year and mergeable sheets of ``path``; append bad cells to ``problems``.

    Raises ``WorkbookError`` when the file cannot be opened at all (same messages as check)."""
    book = Workbook(Path(path))
    source = XlsxFile(path)
    try:
        present = {canonical(n): n for n in source.sheet_names()}
        units, clashes = unitsheets.resolve(source.sheet_names())  # 乡镇数据 is 县区数据 here too
        problems += unitsheets.clash_problems(str(path), clashes)
        present.update({canonical(key): n for key, n in units.items()})
        for key in clashes:
            present.pop(canonical(key), None)
        book.names = set(present)
        settings = present.get(canonical(SETTINGS_SHEET))
        book.has_settings = settings is not None
        if settings:
            values = settings_values(source.read_sheet(settings))
            value, cell = values.get("年度", (None, None))
            book.city = str(values.get("城市名称", (None, None))[0] or "").strip()
            book.organization = str(values.get("单位名称", (None, None))[0] or "").strip()
            book.year, book.year_cell = _year(value), cell
            book.year_text = "" if value is None else str(value).strip()
        used = {settings}
        for name in KEYS:
            actual = present.get(canonical(name))
            if actual is None:
                continue
            used.add(actual)
            found: list[Problem] = []
            data = source.read_sheet(actual)
            book.tables[name] = read_table(str(path), data, schema.sheet_spec(name), found)
            for p in found:
                if p.severity == "错误" and p.cell and p.found.endswith("为空"):
                    book.blanks.setdefault((actual, split_ref(p.cell)[0]), []).append(p)
                else:
                    problems.append(p)
        problems += _percent_formats(book, source)
        from kjreport.workbook.renamed import OWN_SHEETS

        known = {canonical(s.name) for s in schema.DATA_SHEETS} | {canonical(n) for n in OWN_SHEETS}
        book.unknown = [n for n in source.sheet_names() if n not in used and canonical(n) not in known]
    finally:
        source.close()
    return book


def _percent_formats(book: Workbook, source: XlsxFile) -> list[Problem]:
    """Read %-formatted cells of % rows in 科室数据 as shown (0.0276 shown as 2.76% → 2.76), as
    ``kjreport check`` does; return its 提示."""
    from kjreport.checks.percent import read_formats

    tables = {k: v for k, v in book.tables.items() if k == "科室数据"}
    return read_formats(str(book.path), source, tables) if tables else []


def lookalikes(path: Path, names: list[str]) -> dict[str, list[str]]:
    """Return sheet → the mergeable sheets it reads as (its header has their key and required
    columns), for the sheets ``names`` of the workbook at ``path``: a unit that renamed 县区数据
    to 「德清县数据」 (qa11 F4). Read only when a copy lacks a sheet of the master."""
    out: dict[str, list[str]] = {}
    source = XlsxFile(path)
    try:
        for name in names:
            data = source.read_sheet(name)
            for sheet, keys in KEYS.items():
                spec = schema.sheet_spec(sheet)
                table = read_table(str(path), data, spec, [])
                required = [c.name for c in spec.columns if c.required]
                if all(k in table.columns for k in keys) and all(c in table.columns for c in required):
                    out.setdefault(name, []).append(sheet)
    finally:
        source.close()
    return out


def percent_targets(path: Path) -> dict[str, float]:
    """Return indicator → 目标值 of the % targets of the master's 目标任务 (what a copy's %
    figures are checked against); empty when there is no such sheet."""
    source = XlsxFile(path)
    try:
        sheet = {canonical(n): n for n in source.sheet_names()}.get(canonical("目标任务"))
        if sheet is None:
            return {}
        table = read_table(str(path), source.read_sheet(sheet), schema.sheet_spec("目标任务"), [])
    finally:
        source.close()
    out: dict[str, float] = {}
    for row in table.rows:
        name, unit, value = row.values.get("指标"), row.values.get("单位"), row.values.get("目标值")
        if name and str(unit or "").strip() in ("%", "％") and isinstance(value, (int, float)):
            out.setdefault(str(name).strip(), float(value))
    return out


def is_lock_file(path: Path) -> bool:
    """Return True for the lock file Excel/WPS (``~$NAME``) or LibreOffice (``.~lock.NAME#``)
    leaves beside an open workbook: picked up by ``*.xlsx``, never a copy (qa11 F8)."""
    name = Path(path).name
    return name.startswith("~$") or (name.startswith(".~lock.") and name.endswith("#"))


def _year(value: object) -> int | None:
    """Return the 4-digit year in a 设置 年度 cell (2012, 2012.0, "2012", "2012年"), or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() else None
    m = re.fullmatch(r"\s*(\d{4})\s*年?(度)?\s*", str(value))
    return int(m.group(1)) if m else None
