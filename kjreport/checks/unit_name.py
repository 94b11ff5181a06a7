"""「设置」's 单位名称 and 城市名称 that name different places (qa12 F17, F37).

Offices start from the sample book or a neighbour's book of last year: 单位名称 left at
「鲁泽市科学技术局」 in a 宜春市 book makes every document issued by 鲁泽市; 城市名称 left at a
neighbour's 「萍乡市」 makes the counties look misspelt. The counties of 县区数据 say which is
right: when the official list (``gazetteer``) puts most of them in one city, that city is the
book's. One 须核对, at the cell that is wrong:

- 城市名称 whose official list holds few of the counties, while another city's holds most
  (the per-name 「是否为笔误」 hints are then dropped: renaming a right county would corrupt it);
- 单位名称 naming a place that is not 城市名称 (and not the counties' city): at 单位名称;
- 单位名称 naming the counties' city while 城市名称 names another: at 城市名称.

Pure: the settings and county names in, ``Problem``s out; the city list is read only when the
two names differ or the city's list is known.
"""

from __future__ import annotations

import re
from collections import Counter

from kjreport.errors import VERIFY, Problem

MOST = 0.6  # this share of the counties in one city's list: the book's city
_PLACE = re.compile(r"^(.{2,12}?(?:自治州|地区|省|市|州|盟|县|区|旗))")
_ZONE = re.compile(r"(园区|开发区|高新区|经开区|示范区|试验区|实验区|合作区)$")
_SUFFIX = re.compile(r"(自治州|地区|省|市|州|盟|县|区|旗)$")


def _stem(name: str) -> str:
    s = _SUFFIX.sub("", name)
    return s if len(s) >= 2 else name


def same_place(a: str, b: str) -> bool:
    """Return True when ``a`` and ``b`` name the same place (宜春市 / 宜春, 江西省宜春市)."""
    sa, sb = _stem(a), _stem(b)
    return bool(sa and sb) and (sa in b or sb in a)


def organization_place(organization: str) -> str:
    """Return the place 单位名称 begins with (鲁泽市科学技术局 → 鲁泽市), or ""."""
    head = organization.split("科", 1)[0] if "科" in organization else organization
    m = _PLACE.match(head.strip())
    return m.group(1) if m else ""


def counties_city(counties: list[str]) -> tuple[str, int]:
    """Return (the city whose official list holds most of ``counties``, how many), or ("", 0)."""
    from kjreport.checks.gazetteer import _divisions

    cities, known = _divisions()
    if not cities or not counties:
        return "", 0
    votes = Counter(p for c in counties for p in set(known.get(c, ())))
    if not votes:
        return "", 0
    prefix, n = votes.most_common(1)[0]
    name = next((c for c, p in cities.items() if p == prefix), "")
    return (name if name.endswith(("市", "州", "盟", "地区")) else f"{name}市") if name else "", n


def mismatched(file: str, settings, counties: list[str], city_cell: str | None,
               organization_cell: str | None) -> list[Problem]:
    """Return a 须核对 when 城市名称, 单位名称 and the counties do not name the same city."""
    from kjreport.checks.gazetteer import city_counties

    if settings is None:
        return []
    city, organization = (settings.city or "").strip(), (settings.organization or "").strip()
    place = organization_place(organization)
    head = organization.split("科", 1)[0] if "科" in organization else organization  # 温州市洞头区
    listed = city_counties(city) if city else None
    outside = [c for c in counties if listed is not None and c not in listed]
    # a zone's own unit (九龙园区管委会 in 重庆市九龙坡区, 宁东能源化工基地管委会 in 银川市) is named by its
    # zone, not by the city it lies in: a different name there is no sign of a copied book
    org_differs = bool(place and city and not same_place(head, city) and not _ZONE.search(place))
    if not org_differs and (listed is None or len(counties) < 3 or len(outside) < MOST * len(counties)):
        return []
    theirs, n = counties_city(counties)
    sure = bool(theirs) and len(counties) >= 3 and n >= MOST * len(counties)
    if sure and not same_place(theirs, city) and (listed is not None or (place and same_place(place, theirs))):
        said = f"，「单位名称」也是「{organization}」" if place and same_place(place, theirs) else ""
        return [Problem(
            file, "设置", city_cell,
            f"城市名称为「{city}」，而「县区数据」的 {len(counties)} 个县区中有 {n} 个属于{theirs}"
            f"（如{'、'.join(counties[:3])}）{said}",
            f"城市名称是否应为「{theirs}」？请改正（总结、通报的标题和落款都用这个名称）；"
            f"如确为{city}，请在「核对记录」中确认",
            VERIFY)]
    if org_differs:
        return [Problem(
            file, "设置", organization_cell,
            f"单位名称「{organization}」与城市名称「{city}」不一致（单位名称是{place}的）",
            f"单位名称是否是从示例或其他地方的工作簿复制来的？请改为本单位名称，如「{city}科学技术局」"
            "（总结、通报的标题、正文和落款都用这个名称）；如确无误，请在「核对记录」中确认",
            VERIFY)]
    return []
