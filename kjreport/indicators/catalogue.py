"""The indicator catalogue (指标库): what bureaus' plans and monitoring systems track, as data.

``catalogue.csv`` beside this module holds one indicator a row — name, synonyms, unit, kind,
direction, how county figures add up, default 责任科室, the built-in indicator it is (if any), a
definition, the public source of that definition and a short name (简称) the summary uses once the
full name has been said. ``catalogue_sources.csv`` beside it says,
for each entry, whether that source was checked against a public page (已核实 / 部分核实 / 未核实),
the document, its issuer and number, and the addresses where it was read. Staff can read and
extend both in Excel or WPS; nothing in them is Python. They are read once, when first asked for.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from kjreport.errors import RegistryError
from kjreport.indicators.names import clean, name_key

CATALOGUE_FILE = Path(__file__).with_name("catalogue.csv")
SOURCES_FILE = Path(__file__).with_name("catalogue_sources.csv")
CHECKS = ("已核实", "部分核实", "未核实")
KINDS = ("存量", "流量", "比重", "强度", "指数", "位次")
AGGREGATIONS = ("求和", "平均", "加权", "不汇总")
HEADER = ("名称", "同义词", "单位", "类型", "方向", "县区汇总", "责任科室", "内置指标", "定义", "来源", "滞后年数", "简称")


@dataclass(frozen=True)
class SourceCheck:
    """How an entry's source was checked (a row of ``catalogue_sources.csv``)."""

    status: str  # 已核实 | 部分核实 | 未核实
    document: str = ""
    issuer: str = ""
    number: str = ""  # 文号或年份
    addresses: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class CatalogueEntry:
    """One indicator of the catalogue."""

    name: str
    synonyms: tuple[str, ...]
    unit: str
    kind: str  # 存量 | 流量 | 比重 (a % compared in 个百分点) | 强度 (per head) | 指数 | 位次
    lower_is_better: bool
    aggregation: str  # 求和 | 平均 | 加权 | 不汇总 (how county figures make the city's)
    weight: str  # for 加权: the 县区数据 column the shares are weighted by
    department: str
    builtin: str  # the built-in indicator this is, or ""
    definition: str
    source: str
    check: SourceCheck | None = None  # from catalogue_sources.csv
    lag_years: int = 0  # 滞后年数: the statistics of year Y are published in Y + this (R&D经费: 1)
    short: str = ""  # 简称: how a text names it again after the first mention (全社会R&D经费支出 → 研发投入)

    @property
    def names(self) -> tuple[str, ...]:
        """Return every name this indicator goes by: its name, the built-in's, the synonyms."""
        out = [self.name, *([self.builtin] if self.builtin else []), *self.synonyms]
        return tuple(dict.fromkeys(out))

    @property
    def is_ratio(self) -> bool:
        """Return True when the indicator is a percentage compared in 个百分点."""
        return self.kind == "比重" or self.unit == "%"


class Catalogue:
    """The catalogue's entries, looked up by any of their names (tolerantly, see ``name_key``)."""

    def __init__(self, entries: list[CatalogueEntry]):
        self.entries = list(entries)
        self._keyed: list[tuple[str, CatalogueEntry]] | None = None
        self._by_tail: dict[str, list[tuple[str, CatalogueEntry]]] | None = None
        self._by_key: dict[str, CatalogueEntry] = {}
        for entry in self.entries:
            for name in entry.names:
                self._by_key.setdefault(name_key(name), entry)

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def keyed_names(self) -> list[tuple[str, CatalogueEntry]]:
        """Return (``name_key`` of the name, entry) of every name of every entry, in catalogue order
        (made once: a plan's every target is looked up by its stem)."""
        if self._keyed is None:
            self._keyed = [(name_key(n), entry) for entry in self.entries for n in entry.names]
        return self._keyed

    def stems_ending(self, key: str) -> list[tuple[str, CatalogueEntry]]:
        """Return the (key, entry) of ``keyed_names`` whose key is at least ``_MIN_STEM`` long and
        ends as ``key`` does in its last ``_MIN_STEM`` characters, in catalogue order: the only
        names ``key`` can end with."""
        if self._by_tail is None:
            self._by_tail = {}
            for stem, entry in self.keyed_names():
                if len(stem) >= _MIN_STEM:
                    self._by_tail.setdefault(stem[-_MIN_STEM:], []).append((stem, entry))
        return self._by_tail.get(key[-_MIN_STEM:], []) if len(key) >= _MIN_STEM else []

    def find(self, name: str) -> CatalogueEntry | None:
        """Return the entry ``name`` (or one of its synonyms) belongs to, or None."""
        return self._by_key.get(name_key(name))

    def same(self, a: str, b: str) -> bool:
        """Return True when names ``a`` and ``b`` mean the same indicator."""
        if name_key(a) == name_key(b):
            return True
        ea = self.find(a)
        return ea is not None and ea is self.find(b)


def parse_catalogue(rows: list[dict[str, str]], where: str = "catalogue.csv") -> Catalogue:
    """Return the catalogue of CSV ``rows`` (dicts by header); raise RegistryError naming the row."""
    entries = []
    for i, row in enumerate(rows, 2):
        name = clean(row.get("名称"))
        if not name:
            continue
        kind = (row.get("类型") or "流量").strip()
        aggregation = (row.get("县区汇总") or "求和").strip()
        weight = ""
        if aggregation.startswith("加权"):
            aggregation, _, weight = aggregation.partition(":")
            weight = clean(weight.replace("：", ""))
        lag = (row.get("滞后年数") or "").strip()
        if lag not in ("", "0", "1", "2"):
            raise RegistryError(f"{where} 第{i}行「{name}」：滞后年数应为空、0、1 或 2，现为「{lag}」。")
        if kind not in KINDS or aggregation not in AGGREGATIONS or (aggregation == "加权" and not weight):
            raise RegistryError(f"{where} 第{i}行「{name}」：类型应为{'、'.join(KINDS)}之一，县区汇总应为"
                                f"求和、平均、不汇总或“加权:权重列名”。")
        synonyms = tuple(clean(s) for s in (row.get("同义词") or "").replace("，", "、").split("、")
                         if s.strip())
        short = clean(row.get("简称"))
        if short and len(short) >= len(name):
            raise RegistryError(f"{where} 第{i}行「{name}」：简称应比名称短，现为「{short}」。")
        entries.append(CatalogueEntry(
            name=name, synonyms=synonyms, unit=(row.get("单位") or "").strip(), kind=kind,
            lower_is_better=(row.get("方向") or "").strip() == "越小越好", aggregation=aggregation,
            weight=weight, department=(row.get("责任科室") or "").strip(),
            builtin=clean(row.get("内置指标")), definition=(row.get("定义") or "").strip(),
            source=(row.get("来源") or "").strip(), lag_years=int(lag or 0), short=short,
        ))
    return Catalogue(entries)


def parse_sources(rows: list[dict[str, str]], where: str = "catalogue_sources.csv") -> dict[str, SourceCheck]:
    """Return the source checks of CSV ``rows`` by indicator name; raise RegistryError naming the row."""
    checks = {}
    for i, row in enumerate(rows, 2):
        name = clean(row.get("名称"))
        if not name:
            continue
        status = (row.get("核实") or "").strip()
        addresses = tuple(a.strip() for a in (row.get("地址") or "").split("；") if a.strip())
        if status not in CHECKS or (status != "未核实" and not addresses):
            raise RegistryError(f"{where} 第{i}行「{name}」：核实应为{'、'.join(CHECKS)}之一，"
                                f"已核实或部分核实的须填写地址（多个用“；”分隔）。")
        checks[name] = SourceCheck(status, (row.get("文件") or "").strip(), (row.get("发布机关") or "").strip(),
                                   (row.get("文号或年份") or "").strip(), addresses, (row.get("说明") or "").strip())
    return checks


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """Return the catalogue shipped with kjreport, with its source checks (read once, then cached)."""
    with CATALOGUE_FILE.open(encoding="utf-8-sig", newline="") as f:
        catalogue = parse_catalogue(list(csv.DictReader(f)), CATALOGUE_FILE.name)
    with SOURCES_FILE.open(encoding="utf-8-sig", newline="") as f:
        checks = parse_sources(list(csv.DictReader(f)), SOURCES_FILE.name)
    return Catalogue([replace(e, check=checks.get(e.name)) for e in catalogue])


def short_names() -> dict[str, str]:
    """Return {name as a summary writes it: 简称} for the entries that have one: the entry's name
    and its built-in indicator's name (synonyms are left out: one may be part of another name)."""
    shorts: dict[str, str] = {}
    for e in load_catalogue():
        if e.short:
            for name in (e.name, e.builtin):
                if name and len(name) > len(e.short):
                    shorts.setdefault(name, e.short)
    return shorts


def default_department(name: str) -> str:
    """Return the catalogue's 责任科室 for indicator ``name`` (or a synonym), or "" when unknown.

    A plan's name often wraps the catalogue's in what is done to it: 优化重组市级重点实验室,
    争创省级重点实验室 are 重点实验室. Failing an exact match, the longest catalogue name or
    synonym the name ends with gives the department (only the department: which indicator
    computes a target is matched exactly, see ``indicators.resolve``). Failing that too, a name spelt
    nearly as a catalogue name (科技公共财政支出占公共财政支出比重 beside the synonym 科技财政支出占公共
    财政支出比重) takes that entry's department, when all such entries agree (qa18 L4)."""
    catalogue = load_catalogue()
    entry = catalogue.find(name) or _entry_by_stem(catalogue, name)
    if entry:
        return entry.department
    return (_agreed(_longer_forms(catalogue, name), "department")
            or _agreed(_near_spellings(catalogue, name), "department"))


def default_unit(name: str) -> str:
    """Return the unit the catalogue gives indicator ``name`` (or a synonym), or "" when unknown.

    A plan often names an indicator by its last words only: 研发投入 is 全社会研发投入 or
    规上工业企业研发投入. When no entry is named so, the unit every entry with a name ending in
    ``name`` agrees on (亿元 for both) is the unit its figure is reported in."""
    catalogue = load_catalogue()
    entry = catalogue.find(name)
    return entry.unit if entry else _agreed(_longer_forms(catalogue, name), "unit")


# what a plan leaves out before an indicator's name when the scope goes without saying: 全社会
# 研发投入 → 研发投入 (not 科技型 of 科技型中小企业, nor 高新技术产业 of …增加值: those change what
# is counted)
_SCOPES = ("全社会", "全市", "全县", "全区", "全省", "规上工业企业", "规模以上工业企业", "规上", "规模以上",
           "工业企业", "企业", "每")


def _longer_forms(catalogue: Catalogue, name: str) -> list[CatalogueEntry]:
    """Return the entries named ``name`` (at least four characters) with a scope before it
    (全社会研发投入, 规上工业企业研发投入 for 研发投入): the indicators a plan's short name may
    stand for."""
    key = name_key(name)
    if len(key) < _MIN_STEM:
        return []
    longer = {name_key(scope) + key for scope in _SCOPES}
    found: list[CatalogueEntry] = []
    for other, entry in catalogue.stems_ending(key):  # an entry's names come one after another
        if other in longer and (not found or found[-1] is not entry):
            found.append(entry)
    return found


# how alike two names must be spelt (difflib's ratio) for one to take the other's department: no two
# catalogue names of different departments are this alike (the closest pair is below 0.85), and
# 省级及以上企业研发机构 (0.78 to 省级以上新型研发机构, another thing) stays with the clerk
NEAR_SPELLING = 0.85


def _near_spellings(catalogue: Catalogue, name: str) -> list[CatalogueEntry]:
    """Return the entries with a name spelt nearly as ``name`` (at least ``NEAR_SPELLING`` alike)."""
    import difflib

    key = name_key(name)
    if len(key) < _MIN_STEM:
        return []
    found: list[CatalogueEntry] = []
    for other, entry in catalogue.keyed_names():
        if abs(len(other) - len(key)) <= len(key) // 4 and entry not in found and \
                difflib.SequenceMatcher(None, key, other).ratio() >= NEAR_SPELLING:
            found.append(entry)
    return found


def _agreed(entries: list[CatalogueEntry], attribute: str) -> str:
    """Return the value of ``attribute`` all ``entries`` share, or "" when they differ or none."""
    values = {getattr(e, attribute) for e in entries}
    return values.pop() if len(values) == 1 else ""


_MIN_STEM = 4  # "实验室", "平台" alone are too vague to name an indicator


def _entry_by_stem(catalogue: Catalogue, name: str) -> CatalogueEntry | None:
    key = name_key(name)
    best: tuple[int, CatalogueEntry] | None = None
    for stem, entry in catalogue.stems_ending(key):
        if key.endswith(stem) and (best is None or len(stem) > best[0]):
            best = (len(stem), entry)
    return best[1] if best else None
