"""The list ``kjreport fill --list`` prints: built-ins, the catalogue with synonyms, user indicators."""

from __future__ import annotations

from dataclasses import dataclass

from kjreport.indicators.catalogue import Catalogue
from kjreport.indicators.names import name_key
from kjreport.indicators.registry import Registry

BUILTIN_MODULE = "kjreport.indicators.builtin"


@dataclass(frozen=True)
class Listed:
    """One line of the list."""

    group: str  # 内置指标 | 指标库 | 自定义指标 | 本工作簿报送
    name: str
    unit: str
    how: str  # formula or 县区汇总 rule
    synonyms: tuple[str, ...] = ()
    department: str = ""
    source: str = ""
    checked: str = ""  # 已核实 | 部分核实 | 未核实 (catalogue_sources.csv)
    lag_years: int = 0  # 滞后年数 (catalogue.csv): the statistics of year Y come out in Y + this


def indicator_list(registry: Registry, catalogue: Catalogue, reported: dict[str, str] | None = None) -> list[Listed]:
    """Return every indicator a target may name, grouped; ``reported`` maps workbook names → where."""
    out: list[Listed] = []
    linked = {name_key(e.builtin): e for e in catalogue if e.builtin}
    for spec in registry:
        entry = linked.get(name_key(spec.name))
        group = "内置指标" if spec.func.__module__ == BUILTIN_MODULE else "自定义指标"
        synonyms = tuple(n for n in entry.names if n != spec.name) if entry else ()
        out.append(Listed(group, spec.name, spec.unit, spec.formula or spec.origin, synonyms,
                          entry.department if entry else "", entry.source if entry else "", _checked(entry),
                          entry.lag_years if entry else 0))
    for entry in catalogue:
        if entry.builtin:
            continue
        rule = f"加权:{entry.weight}" if entry.aggregation == "加权" else entry.aggregation
        out.append(Listed("指标库", entry.name, entry.unit, f"{entry.kind}；县区汇总：{rule}",
                          entry.synonyms, entry.department, entry.source, _checked(entry), entry.lag_years))
    for name, where in (reported or {}).items():
        entry = catalogue.find(name)
        meant = (entry.builtin or entry.name) if entry is not None else ""
        if meant and name_key(meant) != name_key(name):  # 高企数量 is 高新技术企业 (qa13 F2)
            where = f"{where}（即{'内置指标' if entry.builtin else '指标库'}「{meant}」）"
        out.append(Listed("本工作簿报送", name, "", where))
    return out


def _checked(entry) -> str:
    return entry.check.status if entry is not None and entry.check is not None else ""
