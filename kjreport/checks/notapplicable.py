"""A unit's cell marked not applicable (「/」) in a county column a target adds up: no error when
the unit's figure is never added — the sheet has a typed 全市 row for that column (the city's
figure is the row's: 湖州统计年鉴 prints no 高新技术企业 for 南太湖新区), or the unit's 类型 says
不计入合计 (宜春's 经开区 and 风景名胜区 are counted inside 袁州区). A total typed for one year
only is not used (``onebase``: both years by the units' sums), so it excuses nothing. The cell is then told once
with the sheet's other marked cells (``checks.marks``: 提示). Without such a row the error stays
and names the 全市 row from the 统计公报 as the way out."""

from __future__ import annotations

from kjreport.errors import Problem
from kjreport.workbook import unitsheets
from kjreport.workbook.tables import outside_total

ADVICE = "表末都加「全市」合计行"  # the phrase of ``advice``, which names the workbook's sheets


def advice(sheet: str) -> str:
    """Return the advice added to a 「/」 error of ``sheet``: a 全市 row in both unit sheets."""
    current, previous = unitsheets.pair(sheet)
    return (f"；若该县区的数确未公布，也可在「{current}」和「{previous}」{ADVICE}（按统计公报填写），"
            "全市数以合计行为准，此格可保留「/」")


def marks_outside_the_sum(table, name: str, problems: list[Problem], *, totalled: bool = True) -> list[Problem]:
    """Return ``problems`` (of column ``name`` of county ``table``) without the errors on its
    「/」 cells that no sum needs; the other 「/」 errors name the 全市 row as an alternative.
    ``totalled``: False when the sheet's total row is not used (the other year has none:
    ``onebase``), so the units' sum needs every unit."""
    marks = getattr(table, "marks", {}).get(name, ())
    at = table.columns.get(name) or table.extra.get(name)
    if not marks or at is None or not problems:
        return problems
    total = totalled and name in getattr(table, "total", {})
    outside = {r.number for r in table.rows if outside_total(r.values.get("类型"))} if not total else set()
    excused = {f"{at.letter}{number}" for number, _ in marks if total or number in outside}
    marked = {f"{at.letter}{number}" for number, _ in marks}
    out = []
    for p in problems:
        if p.cell in excused:
            continue
        if p.cell in marked and p.severity == "错误" and ADVICE not in p.expected:
            p = Problem(p.file, p.sheet, p.cell, p.found, p.expected + advice(table.sheet), p.severity)
        out.append(p)
    return out
