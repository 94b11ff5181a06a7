"""Ranking groups (排名分组): a city's 县（市）区 and its 开发区 are ranked apart.

A city whose 县区数据 lists 开发区/高新区 beside the 县（市）区 (the 类型 column, or the 设置 option
县区类型, says which is which) does not rank 长春新区 next to 农安县: a clerk ranks each group
within itself — "在11个县（市）区中居第3位", "居开发区末位". The 设置 option 排名分组 (按类型 /
不分组, default 按类型) turns this off. Units whose type nobody stated (no 类型 column, no 县区类型)
rank in one list as before: grouping follows only what the workbook says; so does a lone 高新区
beside the 县区 (each group needs two units at least: a group of one ranks nothing).

Pure: plain dicts and strings in, a dict out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

OPTION = "排名分组"  # the 设置 key
GROUPED, UNGROUPED = "按类型", "不分组"
OFF_WORDS = ("不分组", "不分", "否", "无", "统一排名", "合并排名")
TYPE_OPTION = "县区类型"  # the 设置 key naming types: "高新区：高新区；经济开发区：开发区"
ZONE_TYPES = ("开发区", "高新区", "功能区", "新区", "园区", "管理区", "风景名胜区", "风景区", "度假区")  # 类型 of the
# units beside the 县(市)区; a group of several of these types is called 功能区
ZONE_LABEL = "功能区"
TOWN_TYPES = ("乡镇", "街道", "镇", "乡")
NAME_ENDINGS = ("高新区", "开发区", "街道", "县", "区", "镇", "乡")  # longest first
MIN_GROUP = 2  # units a group needs: a group of one has no ranking
COUNTIES_LABEL = "县（市）区"
PLAIN_COUNTIES_LABEL = "县区"  # the same units where none is a 县级市 (qa12b F22: 南昌 has none)
CITY_TYPES = ("市", "县级市")
TOWNS_LABEL = "乡镇"
STREET_TOWNS_LABEL = "街镇"  # the same word as ``summary.units.units_word`` (kjreport.units.words.STREET_TOWNS)


STREET_OFFICE = "办事处"  # a 街道 named as its 办事处 ("园林办事处")


def _name_kind(name: str) -> str:
    """Return a unit's type by its name's ending; a 街道 named as its 办事处 ("园林办事处") is a 街道."""
    if name.endswith(STREET_OFFICE):
        return "街道"
    return next((t for t in NAME_ENDINGS if name.endswith(t)), "")


def option_types(option: str) -> dict[str, str]:
    """Return the units the 设置 option 县区类型 types ("高新区：高新区；经济开发区：开发区")."""
    out: dict[str, str] = {}
    for pair in re.split(r"[；;，,、\n]+", str(option or "")):
        name, _, kind = pair.partition("：") if "：" in pair else pair.partition(":")
        if name.strip() and kind.strip():
            out.setdefault(name.strip(), kind.strip())
    return out


def stated_types(county_types: Mapping[str, str], extra: Mapping[str, str] | None) -> dict[str, str]:
    """Return unit → the type the workbook states: its 县区数据 类型 cell, else the 设置 option 县区类型."""
    out = option_types((extra or {}).get(TYPE_OPTION, ""))
    out.update({k: str(v).strip() for k, v in county_types.items() if v and str(v).strip()})
    return out


def grouping_on(extra: Mapping[str, str] | None) -> bool:
    """Return False when 设置 says 排名分组 不分组 (one list for every unit), else True."""
    value = str((extra or {}).get(OPTION, "") or "").strip()
    return not (value and any(value.startswith(w) for w in OFF_WORDS))


def unknown_option(value: object) -> str | None:
    """Return the 设置 排名分组 value as typed when it is neither 按类型 nor one of the words for
    不分组 (``OFF_WORDS``) — it is then read as 按类型, the default — else None (blank is fine)."""
    text = str(value or "").strip()
    if not text or text.startswith(GROUPED) or any(text.startswith(w) for w in OFF_WORDS):
        return None
    return text


def _is_zone(kind: str) -> bool:
    return any(kind.endswith(z) for z in ZONE_TYPES)


def rank_groups(counties: Iterable[str], county_types: Mapping[str, str],
                extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return unit → the name of the group it is ranked in (县（市）区 or 乡镇; 开发区, 高新区 …),
    or {} when every unit ranks in one list: grouping is off, or the stated types do not put
    开发区/高新区 beside other units."""
    stated = stated_types(county_types, extra)
    if sum(_is_zone(k) for k in stated.values()) < MIN_GROUP or not grouping_on(extra):
        return {}  # (cheap: every indicator asks) a lone 高新区 beside the 县区 ranks with them
    names = list(dict.fromkeys(counties))
    zones = {n for n in names if stated.get(n) and _is_zone(stated[n])}
    if len(zones) < MIN_GROUP or len(names) - len(zones) < MIN_GROUP:
        return {}
    kinds = {n: stated.get(n) or _name_kind(n) for n in names}
    zone_kinds = {kinds[n] for n in zones}
    if len(zone_kinds) == 1:
        zone_label = zone_kinds.pop()
    else:  # 高新区 + 开发区: 开发区; 经开区 + 风景名胜区: 功能区
        zone_label = "开发区" if all(k.endswith(("开发区", "高新区")) for k in zone_kinds) else ZONE_LABEL
    rest = [n for n in names if n not in zones]
    towns = sum(kinds[n] in TOWN_TYPES for n in rest)
    cities = any(kinds[n] in CITY_TYPES or n.endswith("市") for n in rest)  # a 县级市 among them
    main_label = TOWNS_LABEL if towns * 2 >= len(rest) else COUNTIES_LABEL if cities else PLAIN_COUNTIES_LABEL
    if main_label == TOWNS_LABEL and any(kinds[n] == "街道" for n in rest) and not any(
            kinds[n] in ("乡", "乡镇") for n in rest):
        main_label = STREET_TOWNS_LABEL  # 镇 and 街道, no 乡: 街镇, as the notice's headings say (qa10 F29)
    return {n: zone_label if n in zones else main_label for n in names}


def group_order(groups: Mapping[str, str], counties: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Return [(group, its units in workbook order)], groups in the order their first unit
    comes (the 县（市）区 before the 开发区 in a usual 县区数据)."""
    out: dict[str, list[str]] = {}
    for n in counties:
        out.setdefault(groups.get(n, ""), []).append(n)
    return list(out.items())
