"""What the reporting units are called, by the level of the bureau and of its units.

- a city's counties: 县区 (各县区, 县区主要指标对比表, 根据各县区报送的统计数据);
- a county bureau's townships: 乡镇 (镇、乡、街道; QA5 F8), or 街镇 when they are 街道 and 镇 with
  no 乡 (a 区's units: 各街镇, 街镇主要指标对比表; QA8 F2);
- a province's (省/自治区) 市、州、盟: 市州, or 盟市 when a 盟 is among them (QA7 F3);
- an autonomous prefecture's (自治州/州/盟) counties with no 区 among them: 县市, or 旗县市 when a 旗 is
  among them (QA7 F11: 甘南藏族自治州 has 7 县 and 合作市, locally "8县市");
- a city's units with a 旗 among them: 旗 and the other kinds present, in the order 旗县市区
  (qa16 F2: 鄂尔多斯 has 7 旗 and 2 区, "各旗区"; 包头 旗县区, 呼伦贝尔 旗市区, 通辽 旗县市区).

A unit's kind follows the 县区数据 类型 column, the 设置 option 县区类型, else the name's ending.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from kjreport.indicators.groups import CITY_TYPES, COUNTIES_LABEL, STREET_OFFICE
from kjreport.model import Settings, YearReport
from kjreport.units.words import (  # the words themselves: one table (kjreport.units.words)
    BANNER_COUNTY_CITIES,
    BANNER_WORDS,
    CITIES,
    COUNTIES,
    COUNTY_CITIES,
    LEAGUE_CITIES,
    STREET_TOWNS,
    TOWNS,
)

TOWN_TYPES = ("乡镇", "街道", "镇", "乡")  # 类型 values (and name endings) of a township
TOWN_STREETS = "镇街"  # the same units as 街镇, in the order some bureaus write it (临清: 镇街数据)
TOWN_WORDS = (TOWNS, STREET_TOWNS, TOWN_STREETS)
ZONE_KINDS = ("开发区", "高新区", "工业区", "功能区", "园区", "新区", "管理区", "风景名胜区", "风景区", "度假区")  # 管委会
COUNTY_KINDS = ("县", "区", "开发区", "高新区")  # kinds of a city's units
_PREFECTURE_ENDS = ("市", "州", "盟", "地区")  # names of a province's units (兰州新区 aside)
COUNTY_TYPES = ("高新区", "开发区", "街道", "县", "区", "镇", "乡")  # name endings, longest first
# names of a zone that do not end in 开发区/高新区: 莘庄工业区, ××经开区, ××产业园区 (all 开发区)
ZONE_ENDINGS = ("工业区", "工业园区", "产业园区", "经开区", "高新园区")
# 功能区 told by their name alone (a 新区 may be a city's district, 浦东新区: only its 类型 says)
NAMED_ZONES = ("风景名胜区", "管理区", "度假区")

# 主送 of a 进度通报 sent to the units' bureaus, by the units' word (templates/progress/captions.j2)
ADDRESSEES = {CITIES: "各市（州）科技局", LEAGUE_CITIES: "各盟市科技局"}


def unit_word(report: YearReport) -> str:
    """Return the word for the report's reporting units: 县区, 乡镇, 市州, 盟市, 县市, 旗县市 or 旗区 …"""
    names = list(report.counties) or sorted({c.county for r in report.results for c in r.counties})
    word = units_word(report.settings, names, lambda name: county_type(report, name))
    return book_word(word, report.unit_sheets[0])


def document_word(report: YearReport) -> str:
    """Return the word a document's text uses for the units: ``unit_word``, but 县（市）区 for a
    city's 县区 with a 县级市 among them (qa21 F11: 武安市 among 邯郸's units) — the word of their
    ranking group (``indicators.groups``: 「在18个县（市）区中居末位」), so 附件2's title and first
    column, 图2 and the notices' 「根据各县（市）区、开发区报送的统计数据」 say the same; file and
    folder names and ``--by`` keep ``unit_word`` (县区)."""
    word = unit_word(report)
    if word != COUNTIES:
        return word
    kinds = {name: county_type(report, name) for name in report.counties}
    # as ``indicators.groups.rank_groups`` tells a 县级市 among the units beside the 开发区
    cities = any(k in CITY_TYPES or n.endswith("市") for n, k in kinds.items() if not is_zone(k))
    return COUNTIES_LABEL if cities else word


def dataset_unit_word(ds: Any) -> str:
    """Return ``unit_word`` for a dataset being checked (same 设置, 县区数据 and 类型)."""
    from kjreport.workbook.unitsheets import COUNTY, called

    if ds.settings is None:
        return COUNTIES
    word = units_word(ds.settings, list(ds.counties), lambda name: county_type(ds, name))
    return book_word(word, called(getattr(ds, "tables", None), COUNTY))


def book_word(word: str, sheet: str) -> str:
    """Return a township word as the book writes it (qa11b F6): its unit sheet's own word when that
    is one too — 镇街 in a book of 镇街数据 (a clerk searching it for 街镇 finds nothing), 乡镇 in a
    book of 乡镇数据 unless its units are 镇 and 街道 with no 乡 —; the word by the units' kinds
    otherwise (县区数据: 街镇 for 街道 and 镇)."""
    from kjreport.workbook.unitsheets import word_of

    own = word_of(sheet or "")
    if own == TOWNS and word == STREET_TOWNS:
        # 乡镇数据 is init's name before any unit is known: with 镇 and 街道 and no 乡 the units are
        # 街镇, as the 主送 「各镇人民政府、街道办事处」 says (qa12b F21)
        return word
    return own if word in TOWN_WORDS and own in TOWN_WORDS else word


def units_word(settings: Any, names: Iterable[str], kind_of: Callable[[str], str]) -> str:
    """Return the word for units ``names`` of the bureau in ``settings`` (城市名称, 单位名称).

    乡镇 when at least half the units are townships (街镇 when they are 街道 and 镇, no 乡); a province's units are 市州 (盟市 with a 盟)
    unless most of them are 县 and 区,
    as are units most of which are named ××市/××州/××盟/××地区 with a 州/盟/地区 among them when the
    bureau's level is unknown; a 州's or 盟's units with no 区 are 县市 (旗县市 with a 旗); a city's
    units with a 旗 are ``banner_word``; else 县区.
    """
    from kjreport.text.phrases import place_level

    names = [str(n) for n in names if n]
    if not names:
        return COUNTIES
    kinds = [kind_of(n) for n in names]
    towns = [k for k in kinds if k in TOWN_TYPES]
    if len(towns) * 2 >= len(names):
        return STREET_TOWNS if "街道" in towns and not {"乡", "乡镇"} & set(towns) else TOWNS
    level = place_level(getattr(settings, "organization", ""), getattr(settings, "city", "")) if settings else ""
    league = any(n.endswith("盟") for n in names)
    counties = sum(k in COUNTY_KINDS for k in kinds)
    if level in ("省", "自治区") and counties * 2 <= len(names):  # a province reporting by 县 keeps 县区
        return LEAGUE_CITIES if league else CITIES
    prefectures = [n for n, k in zip(names, kinds, strict=True)
                   if k in ("州", "盟") or (k in ("", "市") and n.endswith(_PREFECTURE_ENDS))]
    if not level and len(prefectures) * 2 > len(names) and any(n.endswith(("州", "盟", "地区")) for n in prefectures):
        return LEAGUE_CITIES if league else CITIES
    if level in ("州", "盟") and "区" not in kinds:
        return BANNER_COUNTY_CITIES if any(n.endswith("旗") for n in names) else COUNTY_CITIES
    if any(k == "旗" or n.endswith("旗") for n, k in zip(names, kinds, strict=True)):
        return banner_word(names, kinds)
    return COUNTIES


def banner_word(names: list[str], kinds: list[str]) -> str:
    """Return the word for a city's units with a 旗 among them: 旗, then 县, 市 (a 县级市) and 区
    where one of that kind is among them (旗区, 旗县区, 旗市区, 旗县市区); a 开发区 or 高新区 is a
    功能区, named beside them, not one of them."""
    def has(kind: str) -> bool:
        return any(k == kind or (not k and n.endswith(kind)) for n, k in zip(names, kinds, strict=True))

    word = "旗" + "".join(kind for kind in ("县", "市", "区") if has(kind))
    return word if word in BANNER_WORDS else COUNTIES  # (no city has 旗 and no 区)


def unit_words(settings: Settings) -> dict[str, str]:
    """Return the words that follow what the unit is: ``domain`` (科技, or nothing for a unit that is
    no science unit), ``unit_bureau`` (科技主管部门 / 人民政府) and ``offices`` (各科室 / 各有关部门)."""
    return {"domain": settings.domain, "unit_bureau": settings.unit_bureau, "offices": settings.offices}


def addressee(word: str, bureau: str = "科技主管部门") -> str:
    """Return how a notice addresses the units' ``bureau``: 各市（州）科技局, 各县区科技主管部门 …;
    各县区人民政府 (a 人民政府's own notice: ``bureau`` 人民政府)."""
    if bureau != "科技主管部门":
        return f"各{word}{bureau}"
    return ADDRESSEES.get(word, f"各{word}{bureau}")


def has_streets(report: YearReport) -> bool:
    """Return whether a reporting unit is a 街道 (addressed as 街道办事处, not 人民政府)."""
    return any(county_type(report, name) == "街道" for name in report.counties)


def county_type(report: YearReport, county: str) -> str:
    """Return the county's type (县/区/开发区/高新区/乡镇/镇/乡/街道): the 县区数据 类型 column, else the 设置
    option 县区类型 ("高新区：高新区；经济开发区：开发区"), else its name's ending; "" if none."""
    return unit_type(report.county_types, report.settings.extra, county)


def not_applicable_table(folder: Path | None = None) -> dict[str, list[str]]:
    """Return unit type → the indicators not evaluated on it (``not_applicable`` of county_types.j2):
    the table of the template folder ``folder`` (``--template``), or of the default summary set when
    no folder is given or it has none (templates/progress). The texts and the ranking read this one
    table, so a bulletin never says 不参与考核 of an indicator 附件2 ranks the unit on."""
    from kjreport.templating import TemplateSet

    if folder is None or not (Path(folder) / "county_types.j2").is_file():
        folder = None  # the default summary set
    return TemplateSet(folder).module("county_types.j2").not_applicable


def unit_type(county_types: Mapping[str, str], extra: Mapping[str, str] | None, county: str) -> str:
    """Return the unit's type as ``county_type`` does, from the workbook's 类型 column
    (``county_types``) and 设置 (``extra``): the report layer asks it before the report exists."""
    if kind := county_types.get(county, ""):
        return kind
    option = extra.get("县区类型", "") if extra else ""
    for pair in re.split(r"[；;，,、\n]+", str(option)):
        name, _, kind = pair.partition("：") if "：" in pair else pair.partition(":")
        if name.strip() == county and kind.strip():
            return kind.strip()
    if county.endswith(ZONE_ENDINGS):
        return "开发区"
    if kind := next((z for z in NAMED_ZONES if county.endswith(z)), ""):
        return kind  # 西洞庭管理区: a 功能区 run by its 管委会, never a 区 of the city
    if county.endswith(STREET_OFFICE):
        return "街道"  # 园林办事处 (潜江): a 街道 typed by its office's name alone
    return next((t for t in COUNTY_TYPES if county.endswith(t)), "")


def is_zone(kind: str) -> bool:
    """Return True for a 开发区/高新区/工业区/园区 type (a 管委会, not a 乡镇 or a 县区)."""
    return any(kind.endswith(z) for z in ZONE_KINDS)


def zones_under_committee(report: YearReport) -> bool:
    """Return True when the report's 开发区/工业区/新区/风景名胜区 units (by their 类型) are addressed as
    their 管委会 (莘庄工业区管委会, 明月山温泉风景名胜区管委会): at every level — a 功能区 is run by its
    管委会, which is who a bureau's notice goes to (QA8 F3, QA9 F7)."""
    return True


def zone_committees(report: YearReport) -> list[str]:
    """Return the units typed as a 功能区 (开发区, 新区, 风景名胜区 …) in workbook order."""
    return [name for name in report.counties if is_zone(county_type(report, name))]


def city_addressee(report: YearReport, word: str) -> str:
    """Return the 主送 of a notice to the units' bureaus (``addressee``), with the 功能区 typed
    beside the 县区 addressed as their 管委会 (两个以内 by name, more: 各功能区管委会): "各县区科技主管部门，
    宜春经济技术开发区管委会、明月山温泉风景名胜区管委会"."""
    text = addressee(word, report.settings.unit_bureau)
    if word in TOWN_WORDS:
        return text
    zones = zone_committees(report)
    if not zones or len(zones) == len(report.counties):
        return text
    named = [z if z.endswith("管委会") else z + "管委会" for z in zones]
    return text + "，" + ("、".join(named) if len(named) <= 2 else "各功能区管委会")


def town_addressee(report: YearReport) -> str:
    """Return the 主送 of a county-level bureau's notice to its units, by their kinds: 各乡镇人民政府、
    街道办事处 (乡 and 镇), 各镇人民政府、街道办事处 (no 乡), and its 开发区 by name as 管委会 (两个以内;
    more: 各开发区管委会): “各镇人民政府、街道办事处，莘庄工业区管委会”."""
    kinds = {name: county_type(report, name) for name in report.counties}
    have = set(kinds.values())
    xiang, zhen = bool({"乡", "乡镇"} & have), bool({"镇", "乡镇"} & have)
    parts = []
    if xiang or zhen:
        parts.append(("各乡镇" if xiang and zhen else "各乡" if xiang else "各镇") + "人民政府")
    if "街道" in have:
        parts.append("街道办事处" if parts else "各街道办事处")
    text = "、".join(parts) or "各乡镇人民政府"
    zones = [name for name, kind in kinds.items() if is_zone(kind)]
    if zones:
        text += "，" + ("、".join(z + "管委会" for z in zones) if len(zones) <= 2 else "各开发区管委会")
    return text
