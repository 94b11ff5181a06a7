"""Whose copy a file is (县区 or 科室), and which of its rows are its own.

A file is identified, in this order, by ``--as 文件名=单位``; by its content — the counties
whose 县区数据/县区上年数据 row it changed, the departments whose 科室数据/工作进展 rows or
项目台账 责任科室 it changed — when that names exactly one unit; by its file name when the name
contains exactly one county or department (and, if the content names several, one of them);
and last by the 县区 of the ledger rows it changed when that is one county. A file that changed
rows of several units and names none of them is refused with a request for ``--as``.

Own rows: a county's copy owns its county's rows in 县区数据 and 县区上年数据 and the ledger
rows whose 县区 is that county; a department's copy owns its 科室's rows in 科室数据 and
工作进展, the 项目台账 rows whose 责任科室 is that department or empty, and the rows of the
ledgers that have no 责任科室 column (企业台账, 平台台账). Changes to other rows are ignored and
listed for the user.
"""

from __future__ import annotations

from pathlib import Path

from kjreport.collect.model import COUNTY, DEPARTMENT, Owner
from kjreport.collect.read import COUNTY_SHEETS, DEPARTMENT_SHEETS
from kjreport.collect.rows import Change
from kjreport.workbook import schema, unitsheets
from kjreport.workbook.numbers import is_blank


class Units:
    """The counties and departments a copy may belong to (from the master and the schema)."""

    def __init__(self, counties: list[str], departments: list[str]):
        self.counties = counties
        self.departments = departments

    def lookup(self, name: str, how: str) -> Owner | None:
        """Return the owner called ``name``, or None when it is neither a county nor a 科室."""
        name = name.strip()
        if name in self.counties:
            return Owner(COUNTY, name, how)
        if name in self.departments:
            return Owner(DEPARTMENT, name, how)
        return None

    def named_in(self, path: Path) -> list[Owner]:
        """Return the units named in the file's name, else in its folder's name (longest
        names win: 西山县 over 西山)."""
        for text in (path.stem, path.parent.name):
            found = [n for n in [*self.counties, *self.departments] if n and n in text]
            found = [n for n in found if not any(n != m and n in m for m in found)]
            if found:
                return [o for n in found if (o := self.lookup(n, "文件名")) is not None]
        return []


def units_of(master_tables: dict) -> Units:
    """Return the units of the master: its counties, and the schema's and master's 科室."""
    counties: list[str] = []
    for sheet in COUNTY_SHEETS:
        table = master_tables.get(sheet)
        for row in table.rows if table else []:
            name = row.values.get("县区")
            if not is_blank(name) and name not in counties:
                counties.append(str(name))
    departments = list(schema.DEPARTMENTS)
    table = master_tables.get("科室数据")
    for row in table.rows if table else []:
        name = row.values.get("科室")
        if not is_blank(name) and name not in departments:
            departments.append(str(name))
    return Units(counties, departments)


def _claims(change: Change) -> tuple[Owner | None, Owner | None]:
    """Return (strong, weak) evidence of whose row a change is."""
    if unitsheets.is_unit_sheet(change.sheet):
        return Owner(COUNTY, str(change.get("县区"))), None
    if schema.canonical(change.sheet) in DEPARTMENT_SHEETS:
        name = change.get("科室")
        return (Owner(DEPARTMENT, str(name)) if not is_blank(name) else None), None
    dept, county = change.get("责任科室"), change.get("县区")
    strong = Owner(DEPARTMENT, str(dept)) if not is_blank(dept) else None
    return strong, (Owner(COUNTY, str(county)) if not is_blank(county) else None)


def identify(path: Path, changes: list[Change], units: Units) -> tuple[Owner | None, str]:
    """Return (the owner of a copy, "") or (None, why it cannot be told) from its changes.

    (None, "") means the copy changed nothing, so whose it is does not matter."""
    strong: list[Owner] = []
    weak: list[Owner] = []
    for change in changes:
        s, w = _claims(change)
        if s is not None and all((s.kind, s.name) != (o.kind, o.name) for o in strong):
            strong.append(s)
        if w is not None and all(w.name != o.name for o in weak):
            weak.append(w)
    if len(strong) == 1:
        return strong[0], ""
    named = units.named_in(path)
    if len(named) == 1 and (not strong or any(o.name == named[0].name for o in strong)):
        return named[0], ""
    if not strong and len(weak) == 1:
        return weak[0], ""
    if not changes:
        return None, ""
    seen = strong or weak
    if seen:
        names = "、".join(o.name for o in seen)
        return None, f"其中有 {names} 等多个单位的数据，无法判断是哪个县区或科室报送的"
    return None, "无法判断是哪个县区或科室报送的（修改的行没有填写县区或科室）"


def owns(owner: Owner, change: Change) -> bool:
    """Return True when ``change`` is a row that ``owner`` reports."""
    if unitsheets.is_unit_sheet(change.sheet):
        return owner.kind == COUNTY and change.get("县区") == owner.name
    if schema.canonical(change.sheet) in DEPARTMENT_SHEETS:
        return owner.kind == DEPARTMENT and change.get("科室") == owner.name
    if owner.kind == COUNTY:
        return change.get("县区") == owner.name
    return change.get("责任科室") in (None, "", owner.name)


def describe(change: Change) -> str:
    """Return how a change is named in messages, e.g. 「县区数据」第 6 行（东城区）."""
    label = "/".join(str(k) for k in change.key[:-1])
    return f"「{change.sheet}」第 {change.row.number} 行（{label}）"
