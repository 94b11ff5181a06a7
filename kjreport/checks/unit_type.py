"""类型 picked wrong in the dropdown (qa12 F32): a 县 marked 开发区, a 开发区 marked 县.

县区数据's 类型 splits the counties into the ranking groups (县（市）区 / 开发区) and decides which
indicators apply: 靖安县 marked 开发区 is ranked among the zones and leaves 丰城市 末位 among the
counties. A unit whose name says what it is — ends with 县 or 旗, is a 县级市 or a district on
the official list — marked as a zone, or a name with 开发区/高新区/新区/园区 marked 县 or 市,
contradicts itself: one 须核对 per row, at the 类型 cell.

Pure: the 县区数据 ``Table`` in, ``Problem``s out; one pass over its rows.
"""

from __future__ import annotations

from kjreport.errors import VERIFY, Problem

ZONE_TYPES = ("开发区", "高新区", "功能区", "新区", "管理区", "风景名胜区")
ADMIN_TYPES = ("县", "市")
ZONE_WORDS = ("开发区", "高新区", "新区", "园区", "管委会", "试验区", "示范区", "功能区", "管理区", "风景区", "景区",
              "合作区", "保税区", "港区")


def _is_county(name: str) -> str:
    """Return what ``name`` says it is (县, 县级市, 区) when it is an administrative unit, else ""."""
    from kjreport.checks.gazetteer import county_level_city, official_county

    if any(w in name for w in ZONE_WORDS):
        return ""
    if name.endswith(("县", "旗")):
        return "县"
    if name.endswith("市") and county_level_city(name):
        return "县级市"
    if name.endswith("区") and official_county(name):
        return "区"
    return ""


def contradicting_types(file: str, table) -> list[Problem]:
    """Return a 须核对 for each row whose 类型 contradicts its name."""
    if table is None or "类型" not in table.columns:
        return []
    key = table.spec.key or "县区"
    problems = []
    for r in table.rows:
        name, kind = str(r.values.get(key) or "").strip(), str(r.values.get("类型") or "").strip()
        kind = kind.split("（", 1)[0]
        if not name or not kind:
            continue
        said = _is_county(name) if kind in ZONE_TYPES else ""
        if said:
            expected = "县" if said in ("县", "县级市") else "区"
            found = f"「{name}」的类型为{kind}，而名称是{said}"
        elif kind in ADMIN_TYPES and any(w in name for w in ZONE_WORDS):
            word = next(w for w in ZONE_WORDS if w in name)
            expected = "开发区" if word != "高新区" else "高新区"
            found = f"「{name}」的类型为{kind}，而名称是{word}"
        else:
            continue
        problems.append(Problem(
            file, table.sheet, r.cells.get("类型"), found,
            f"类型是否选错了？请改为「{expected}」（类型决定排名分组和适用的指标）；如确无误，请在「核对记录」中确认",
            VERIFY))
    return problems
