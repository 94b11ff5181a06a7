"""Where the plan reader's catalog (``plan.catalog``) and the indicator catalogue
(``indicators/catalogue.csv``) disagree: the default 责任科室 and the unit of one indicator.

The indicator catalogue is the source of truth for both (data staff can read and extend); the plan
reader's entries must say the same wherever the catalogue knows the indicator, so that a target
read from a plan and a 目标任务 row typed by hand get the same department. Run
``python -m kjreport.plan.catalog_agreement`` to list the disagreements (none is the goal).
"""

from __future__ import annotations

from dataclasses import dataclass

from kjreport.indicators.catalogue import Catalogue, default_department, load_catalogue
from kjreport.plan.catalog import CATALOG, CatalogEntry


@dataclass(frozen=True)
class Disagreement:
    """One fact the two catalogues state differently."""

    name: str  # the plan reader's entry
    what: str  # 责任科室 | 单位
    plan: str
    catalogue: str
    entry: str  # the catalogue's entry name ("" when found only by the name's stem)

    def __str__(self) -> str:
        where = f"指标库「{self.entry}」" if self.entry else "指标库（按名称词尾）"
        return f"{self.name}：{self.what} 工作意见导入为「{self.plan}」，{where}为「{self.catalogue}」"


def disagreements(entries: tuple[CatalogEntry, ...] = CATALOG,
                  catalogue: Catalogue | None = None) -> list[Disagreement]:
    """Return every department or unit the plan reader's ``entries`` state differently from the
    indicator catalogue (looked up by name and synonyms, the department also by the name's stem)."""
    catalogue = catalogue or load_catalogue()
    out = []
    for e in entries:
        found = catalogue.find(e.name)
        department = found.department if found else default_department(e.name)
        if department and department != e.department:
            out.append(Disagreement(e.name, "责任科室", e.department, department, found.name if found else ""))
        if found is not None and found.unit and found.unit != e.unit:
            out.append(Disagreement(e.name, "单位", e.unit, found.unit, found.name))
    return out


if __name__ == "__main__":
    found = disagreements()
    print("\n".join(map(str, found)) or "两个指标目录一致")
