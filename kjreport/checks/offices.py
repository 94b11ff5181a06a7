"""目标任务 rows without a 责任科室 while the others have one (qa18 L4): ``init --plan`` leaves the
科室 blank for a target the catalogue does not know (科技公共财政支出占比, 拥有发明专利的企业), and the
进度通报's 附件1 then shows 「—」 in its 责任科室 column. One 提示 names the cells to fill.

A workbook whose targets have no 科室 at all does not use the column: nothing is said then.
"""

from __future__ import annotations

from kjreport.errors import Problem

COLUMN = "责任科室"
NAMED = 5  # targets named in the hint; the cells are all listed


def unassigned_targets(file: str, table, departments=None) -> list[Problem]:
    """Return one 提示 naming the 目标任务 cells whose 责任科室 is blank, when other rows have one.
    A target whose same-named 科室数据 row (``departments``) names its 科室 has one: the 附件1
    takes it from there."""
    if table is None or COLUMN not in getattr(table, "columns", ()):
        return []
    reported = {str(r.values.get("指标")).strip() for r in getattr(departments, "rows", ())
                if r.values.get("指标") is not None and str(r.values.get("科室") or "").strip()}
    blank, assigned = [], False
    for row in table.rows:
        name = row.values.get("指标")
        if name is None or not str(name).strip():
            continue
        if str(row.values.get(COLUMN) or "").strip() or str(name).strip() in reported:
            assigned = True
        else:
            blank.append((row.cells.get(COLUMN, ""), str(name).strip()))
    if not blank or not assigned:
        return []
    cells = "、".join(c for c, _ in blank)
    names = "、".join(f"「{n}」" for _, n in blank[:NAMED])
    if len(blank) > NAMED:
        names += f"等 {len(blank)} 项"
    return [Problem(
        file, table.sheet, blank[0][0], f"{cells} 的责任科室为空（{names}），其他目标都已写明科室",
        "请填写负责这几项目标的科室（可从下拉列表选择）；进度通报附件1的「责任科室」一栏取自此列"
        "（或「科室数据」中同名一行的科室），都空着时显示为“—”", "提示")]
