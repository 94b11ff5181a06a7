"""Which indicator computes each target: a built-in, a reported row or column, or nothing yet.

``plan_indicators`` matches every 目标任务 name tolerantly (``names.name_key``) and through the
catalogue's synonyms against the built-in indicators and the workbook's 科室数据 rows and
县区数据 columns, settles a built-in/reported clash by the 设置 option 指标来源优先, and
lists the remaining reported figures after the targets. Pure: names and fields in, a plan out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kjreport.indicators.catalogue import Catalogue, CatalogueEntry
from kjreport.indicators.fields import IndicatorInputs
from kjreport.indicators.names import clean, closest, name_key
from kjreport.indicators.registry import IndicatorSpec, Registry
from kjreport.indicators.reported import (
    COUNTY_PREFIX,
    DEPARTMENT_PREFIX,
    field_name,
    is_reported,
    reported_spec,
)
from kjreport.model import Target
from kjreport.workbook import unitsheets

BUILTIN_FIRST = "内置计算"
REPORTED_FIRST = "科室报送"
_INCREMENT_PREFIX = re.compile(r"^(新增|净增|新认定|新通过认定|新培育|新引进|新进|新建|新备案)")
# how an office names its 新增 row (the plan conventions: 新增、新认定、新培育、新引进、新进、新建…)
_INCREMENT_WORDS = ("新增", "净增", "新认定", "新培育", "新引进", "新进", "新建", "新备案")

# the level a name is of (省级重点实验室, 市级研发平台): the catalogue counts one indicator at
# every level, but two targets of one indicator at two levels are two figures (qa13 F7)
_LEVEL = re.compile(r"^(国家级|省级及以上|省级以上|省级|市级及以上|市级以上|市级|县级|区级)")

NOT_IN_WORKBOOK = "中没有该指标"  # the end of the note of a target whose indicator has no figure anywhere


@dataclass
class Planned:
    """One indicator to compute, with its target (if any) and where its figures come from."""

    spec: IndicatorSpec | None  # None: nothing in the workbook matches the target
    target: Target | None
    name: str  # the result's name
    origin: str = "内置"  # 内置 | 科室报送 | 县区报送 | 自定义 | 无数据
    increment: str = ""  # field key of a reported 新增 figure for a 新增/净增 target
    spec_is_increment: bool = False  # the spec itself computes the 新增 figure
    note: str = ""  # shown as the result's 说明 when there is no data
    department: str = ""  # the catalogue's default 责任科室
    county_spec: IndicatorSpec | None = None  # 县区数据 column giving county values beside a 科室 row
    no_counties: bool = False  # a 新增 target whose counties report only their totals: no breakdown
    county_increments: bool = False  # a 新增/净增 target's counties: stock − last year's stock


@dataclass
class Notice:
    """A problem found while matching names (the engine turns it into a ``Problem``)."""

    target: Target | None
    found: str
    expected: str
    severity: str = "提示"
    cell: str = ""  # for problems not about a target: the sheet!cell concerned


@dataclass
class IndicatorPlan:
    """The indicators of one run, targets first, and what matching found."""

    items: list[Planned] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


def name_group(name: str, catalogue: Catalogue) -> tuple[CatalogueEntry | None, list[str]]:
    """Return the catalogue entry of ``name`` and every key it is matched by (its own, the
    entry's name, built-in and synonyms)."""
    entry = catalogue.find(name)
    names = [name, *(entry.names if entry else ())]
    return entry, list(dict.fromkeys(name_key(n) for n in names))


def level_of(name: str) -> str:
    """Return the level 省级/市级/… a name (or its 新增/净增 stock) starts with, or ""."""
    stock = _INCREMENT_PREFIX.sub("", clean(name)) or clean(name)
    m = _LEVEL.match(stock)
    return m.group(1) if m else ""


def builtin_for(name: str, registry: Registry, catalogue: Catalogue) -> IndicatorSpec | None:
    """Return the built-in indicator a target called ``name`` is computed by — the match
    ``plan_indicators`` makes (so ``plan show`` and ``init`` say what check and fill will do) —
    or None: the target is a reported indicator (上报指标). A 新增/新认定… name is matched by
    its stock."""
    stock = _INCREMENT_PREFIX.sub("", name) or name
    builtins = {name_key(s.name): s for s in registry}
    keys = name_group(name, catalogue)[1] + name_group(stock, catalogue)[1]
    return next((builtins[k] for k in keys if k in builtins), None)


class _Matcher:
    def __init__(self, registry: Registry, inputs: IndicatorInputs, catalogue: Catalogue):
        self.registry = registry
        self.fields = inputs.fields
        self.catalogue = catalogue
        self.builtins = {name_key(s.name): s for s in registry}
        reported: dict[str, list[str]] = {}
        # 科室数据 rows before 县区数据 columns: a department's city figure is the reported total
        for prefix in (DEPARTMENT_PREFIX, COUNTY_PREFIX):
            for key in self.fields:
                if key.startswith(prefix):
                    reported.setdefault(name_key(field_name(key)), []).append(key)
        self.reported = reported
        # the unit sheets as the workbook calls them (乡镇数据 …), for messages
        source = next((f.source for k, f in self.fields.items() if k.startswith(COUNTY_PREFIX) and f.source), "")
        self.unit_sheets = unitsheets.pair(source.partition("!")[0])

    def group(self, name: str) -> tuple[CatalogueEntry | None, list[str]]:
        return name_group(name, self.catalogue)

    def builtin(self, keys: list[str]) -> IndicatorSpec | None:
        return next((self.builtins[k] for k in keys if k in self.builtins), None)

    def reported_keys(self, keys: list[str], builtin: IndicatorSpec | None) -> list[str]:
        inputs = set(builtin.inputs.values()) if builtin else set()
        found = list(dict.fromkeys(f for k in keys for f in self.reported.get(k, []) if f not in inputs))
        # a row init listed and nobody filled must not hide a synonym row that holds the figures
        return sorted(found, key=lambda f: not (f in self.fields and self.fields[f].has_data))

    def has_data(self, spec: IndicatorSpec) -> bool:
        return all(f in self.fields and self.fields[f].has_data for f in spec.inputs.values())

    def spec_for(self, name: str, key: str, entry, unit: str = "") -> tuple[IndicatorSpec, str, str]:
        spec, note = reported_spec(name, key, self.fields[key], entry, self.fields, unit)
        origin = "科室报送" if key.startswith(DEPARTMENT_PREFIX) else "县区报送"
        return spec, origin, note

    def candidates(self) -> list[str]:
        names = [s.name for s in self.registry] + [field_name(k) for k in self.fields if is_reported(k)]
        return list(dict.fromkeys(names + [e.name for e in self.catalogue]))


def _cell_order(source: str) -> tuple[int, str, int]:
    """Return a sort key of a field's first cell in sheet order: 科室数据!D6 before D7, K before L before AA."""
    cell = source.partition("!")[2].partition(":")[0]
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell if ch.isdigit())
    return len(letters), letters, int(digits or 0)


def _column(source: str) -> str:
    """Return the column of a county field's cells: 县区数据!K2:K11 → K列 (K2:K11)."""
    cells = source.partition("!")[2]
    letter = "".join(ch for ch in cells.partition(":")[0] if ch.isalpha())
    return f"{letter}列，{cells}" if letter else cells


def plan_indicators(registry: Registry, inputs: IndicatorInputs, catalogue: Catalogue,
                    *, user: frozenset[str] = frozenset()) -> IndicatorPlan:
    """Return what to compute for ``inputs``: one item per target, then the untargeted indicators.

    ``user`` names the indicators of user files (they keep priority over reported figures).
    """
    m = _Matcher(registry, inputs, catalogue)
    priority = inputs.settings.source_priority if inputs.settings else BUILTIN_FIRST
    plan = IndicatorPlan()
    used_builtins: set[str] = set()
    used_fields: set[str] = set()

    def choose(name: str, target: Target | None) -> Planned:
        item = _choose(name, target)
        entry = m.catalogue.find(name)
        item.department = entry.department if entry else ""
        return item

    def _choose(name: str, target: Target | None) -> Planned:
        entry, keys = m.group(name)
        builtin = m.builtin(keys)
        reported = _by_level(name, target, entry, m.reported_keys(keys, builtin))
        _two_rows(name, entry, reported)
        if builtin is not None and (not reported or builtin.name in user):
            return Planned(builtin, target, builtin.name, "自定义" if builtin.name in user else "内置")
        if not reported:
            return Planned(None, target, name, "无数据")
        key = reported[0]
        # a growth target's % is the growth's, not the row's: a row without a unit under "增长5%"
        # holds a quantity (186 件), never a percentage (qa10 F14: "达到186%，比上年提高21个百分点")
        row_unit = target.unit if target is not None and target.kind != "增速" else ""
        spec, origin, note = m.spec_for(name, key, entry, row_unit)
        county = next((r for r in reported if r.startswith(COUNTY_PREFIX)), None) \
            if key.startswith(DEPARTMENT_PREFIX) else None
        county_spec = m.spec_for(name, county, entry, row_unit)[0] if county else None
        if county:
            used_fields.add(county)
        if note:
            plan.notices.append(Notice(target, note, f"可在{m.unit_sheets[0]}中增加该列，或在科室数据中报送全市数"
                                       if entry is not None or "人口" in note else
                                       "如有全市数，请在科室数据中报送；只作参考的可不处理",
                                       cell=m.fields[key].source))
        if builtin is not None and m.has_data(builtin):
            where = f"「{field_name(key)}」，{m.fields[key].source}"
            if key.startswith(DEPARTMENT_PREFIX) and m.fields[key].has_data and builtin.name not in user \
                    and _sums_counties(builtin):
                # a built-in that only adds up 县区数据 columns is no 台账 computation (指标来源优先 is
                # about those): as for a reported column, the 科室's figure is the city's — the
                # counties' sum may leave out units no county reports — and the columns give
                # each county's figure and rank (研发投入 of 临清: 12.6 亿元 reported, towns 10.6);
                # a row left blank (listed by init, never filled) does not hide the counties' sum
                # a ratio (R&D强度) is ΣR&D ÷ ΣGDP over the counties, no sum (qa10 F40); 县区 is
                # reworded 乡镇 … by the bureau's level, so it is said once, not "县区（乡镇）"
                expected = ("科室报送的全市数与按各县区数据计算的结果不同时以科室报送数为准；如要按各县区数据计算，"
                            "请删除科室数据中的这一行" if builtin.kind == "ratio" else
                            "科室报送的全市数与各县区之和不同时以科室报送数为准；如要采用各县区之和，请删除科室数据中的这一行")
                found = (f"「{name}」的全市数取科室报送数（{where}），各县区的数值和排名取「{m.unit_sheets[0]}」"
                         f"（内置指标「{builtin.name}」）")
                if not any(n.found == found for n in plan.notices):  # one indicator's two targets: said once
                    plan.notices.append(Notice(target, found, expected))
                used_fields.add(key)
                used_builtins.add(builtin.name)
                # named as the 科室's row whose figure it prints (研发投入 of 临清; 全社会R&D经费投入
                # beside 全社会R&D经费投入占GDP比重, not the plan's 全社会研发经费投入: qa12 F30)
                return Planned(spec, target, builtin.name if target is None else field_name(key), origin,
                               county_spec=builtin)
            # one indicator, one 提示: a 新增 target whose stock has its own target is said there, at
            # the row the 提示 names (qa13 F13)
            said = f"「{name}」既可由内置指标「{builtin.name}」计算，又有报送数（{where}）"
            at = next((t for t in inputs.targets if not t.is_increment
                       and name_key(t.indicator) == name_key(name)), target)
            quiet = any(n.found == said for n in plan.notices)
            if priority == REPORTED_FIRST:
                if not quiet:
                    plan.notices.append(Notice(at, said, f"按设置「指标来源优先」= {REPORTED_FIRST}，采用报送数"))
                used_fields.add(key)
                # the office chose its own figure: the built-in is not listed again beside it as an
                # untargeted row (a ledger just begun: 6 家 under the reported 375 — qa13 F3)
                used_builtins.add(builtin.name)
                return Planned(spec, target, builtin.name if target is None else name, origin,
                               county_spec=county_spec)
            if not quiet:
                plan.notices.append(Notice(
                    at, said,
                    f"按设置「指标来源优先」= {BUILTIN_FIRST}，采用内置计算；如要采用报送数，请把该设置改为 {REPORTED_FIRST}"))
            used_fields.add(key)
            return Planned(builtin, target, builtin.name, "内置")
        used_fields.add(key)
        return Planned(spec, target, name, origin, county_spec=county_spec)

    ambiguous: set[str] = set()  # generic rows and columns said to fit two leveled targets

    def _by_level(name: str, target: Target | None, entry, reported: list[str]) -> list[str]:
        """Return the rows and columns of ``reported`` a target named ``name`` may take: a
        leveled target (省级…) those of its level, or a generic one (重点实验室) when no target
        of the same indicator at another level could take it as well (then 提示, none)."""
        level = level_of(name)
        if not level:  # a generic target: a generic row or column before a leveled one
            return sorted(reported, key=lambda f: (not m.fields[f].has_data, bool(level_of(field_name(f)))))
        same = [f for f in reported if level_of(field_name(f)) == level]
        if entry is None:
            return same
        generic = [f for f in reported if not level_of(field_name(f))]
        leveled = list(dict.fromkeys(t.indicator for t in inputs.targets if level_of(t.indicator)
                                     and m.catalogue.find(_INCREMENT_PREFIX.sub("", t.indicator)) is entry))
        rivals = [n for n in leveled if level_of(n) != level]
        if generic and rivals:
            for f in generic:
                if f in ambiguous:
                    continue
                ambiguous.add(f)
                plan.notices.append(Notice(
                    None, f"「{field_name(f)}」（{m.fields[f].source}）没有写明级别，"
                    + "和".join(f"「{r}」" for r in leveled) + "都可能取这一"
                    + ("行" if f.startswith(DEPARTMENT_PREFIX) else "列") + "，未采用",
                    "请按级别分别报送，名称写明级别，如「" + leveled[0] + "」", cell=m.fields[f].source))
            used_fields.update(generic)  # said here, not again as a column without a target
        return same or ([] if rivals else generic)

    def _two_rows(name: str, entry, reported: list[str]) -> None:
        """Add an error when two 科室数据 rows (qa13 F2), or two columns of a county sheet (qa14b
        F15), of one level are one indicator (a name and its synonym): only one would be used, the
        other dropped without a word."""
        for prefix in (DEPARTMENT_PREFIX, COUNTY_PREFIX):
            rows = sorted((f for f in reported if f.startswith(prefix) and m.fields[f].has_data),
                          key=lambda f: _cell_order(m.fields[f].source))  # said once, in sheet order
            for i, a in enumerate(rows):
                for b in rows[i + 1:]:
                    if level_of(field_name(a)) != level_of(field_name(b)):
                        continue
                    fa, fb = m.fields[a], m.fields[b]
                    meant = (entry.builtin or entry.name) if entry is not None else name
                    if prefix == DEPARTMENT_PREFIX:
                        found = (f"「{field_name(a)}」（{fa.source.partition('!')[2]}）和「{field_name(b)}」"
                                 f"（{fb.source.partition('!')[2]}）是同一指标「{meant}」（同义词），"
                                 f"数值分别为 {_shown(fa.current)}、{_shown(fb.current)}")
                        expected = "每个指标只能有一行；请删去其中一行"
                    else:
                        found = (f"「{field_name(a)}」列（{_column(fa.source)}）和「{field_name(b)}」列"
                                 f"（{_column(fb.source)}）是同一指标「{meant}」（同义词），只会用其中一列")
                        expected = "每个指标只能有一列；请删去其中一列，或把另一列改为别的指标名称"
                    if not any(n.found == found for n in plan.notices):
                        plan.notices.append(Notice(None, found, expected, "错误", fb.source))

    # --- targets, in target order
    for t in inputs.targets:
        name = t.indicator
        if t.is_increment:
            item = _increment(m, t, choose, used_fields)
        else:
            item = choose(name, t)
        if item.spec is None:
            entry = m.catalogue.find(name)
            add = (f"请在「科室数据」中添加名为「{row_name(t)}」的一行（本年数、上年数），"
                   f"或在「{'」「'.join(m.unit_sheets)}」中添加该列")
            if entry is not None:
                unit = f"，单位{entry.unit}" if entry.unit else ""
                # a row or column typed a little differently (技术合同成交（亿元）, qa13 F20)
                near = _near_fields(m, entry.names, used_fields)
                plan.notices.append(Notice(
                    t, f"指标「{name}」（指标目录：{entry.name}{unit}）还没有数据",
                    ("是否应为：" + "、".join(near) + "；" if near else "") + add))
            else:
                near = [c for c in closest(name, m.candidates()) if name_key(c) != name_key(name)]
                plan.notices.append(Notice(
                    t, f"指标「{name}」在工作簿中没有数据（不是内置指标，科室数据和{m.unit_sheets[0]}中也没有同名的行或列）",
                    ("是否应为：" + "、".join(f"「{c}」" for c in near) + "；" if near else "") + add))
            item.note = f"科室数据和{m.unit_sheets[0]}{NOT_IN_WORKBOOK}"
        if item.spec is not None and item.origin in ("内置", "自定义"):
            used_builtins.add(item.spec.name)
        for f in item.spec.inputs.values() if item.spec else ():
            used_fields.add(f)
        plan.items.append(item)

    # --- untargeted: built-ins with data, then reported figures nobody used
    builtin_inputs = {f for s in registry for f in s.inputs.values()}
    for spec in registry:
        if spec.name in used_builtins or not m.has_data(spec):
            continue
        plan.items.append(Planned(spec, None, spec.name, "自定义" if spec.name in user else "内置"))
        used_builtins.add(spec.name)
    seen = {name_key(i.name) for i in plan.items}
    for key, f in inputs.fields.items():
        if not is_reported(key) or key in used_fields or key in builtin_inputs or not f.has_data:
            continue
        name = field_name(key)
        entry, keys = m.group(name)
        if any(k in seen for k in keys):
            _two_rows(name, entry, m.reported_keys(keys, m.builtin(keys)))  # a synonym's row or column
            continue
        builtin = m.builtin(keys)
        if builtin is not None and builtin.name in used_builtins:
            plan.notices.append(Notice(
                None, f"「{name}」既可由内置指标「{builtin.name}」计算，又有报送数（{f.source}）",
                f"按设置「指标来源优先」= {priority}，"
                + ("采用内置计算" if priority == BUILTIN_FIRST else "采用报送数"), cell=f.source))
            if priority == REPORTED_FIRST and builtin.name not in user:
                spec, origin, _ = m.spec_for(builtin.name, key, entry)
                for i, item in enumerate(plan.items):
                    if item.spec is builtin and item.target is None:
                        plan.items[i] = Planned(spec, None, builtin.name, origin)
            seen.update(keys)
            continue
        spec, origin, _ = m.spec_for(name, key, entry)
        plan.items.append(Planned(spec, None, name, origin))
        seen.update(keys)
    _unique_names(plan.items)
    return plan


def _near_fields(m: _Matcher, names: tuple[str, ...], used: set[str]) -> list[str]:
    """Return the unused 科室数据 rows and 县区数据 columns whose names are close to one of
    ``names``, each with where it is: 「技术合同成交」（乡镇数据!D2:D12）."""
    fields = {field_name(k): k for k in m.fields if is_reported(k) and k not in used and m.fields[k].has_data}
    near = dict.fromkeys(c for n in names for c in closest(n, list(fields), n=2))
    return [f"「{c}」（{m.fields[fields[c]].source}）" for c in list(near)[:3]]


def _shown(v) -> str:
    return f"{v:g}" if isinstance(v, (int, float)) else str(v)


def _sums_counties(spec: IndicatorSpec) -> bool:
    """Return True when ``spec`` is computed from 县区数据 columns only (Σ各县区…, a share of two
    sums), not from a 台账."""
    return bool(spec.inputs) and all(f.startswith(COUNTY_PREFIX) for f in spec.inputs.values())


def _increment(m: _Matcher, t: Target, choose, used_fields: set[str]) -> Planned:
    """Plan a 新增/净增 target: the stock indicator, plus a reported 新增 figure if there is one."""
    stock_name = _INCREMENT_PREFIX.sub("", t.indicator) or t.indicator
    _, keys = m.group(stock_name)
    wanted = [name_key(t.indicator)] if stock_name != t.indicator else []
    # 净增 (年末数 − 上年末数) and 新增 (新认定…) are different figures: a 净增 target never takes
    # the 新增 row, nor a 新增 target the 净增 row (qa13 F9)
    net = t.kind == "净增" or t.indicator.startswith("净增")
    words = ("净增",) if net else tuple(w for w in _INCREMENT_WORDS if w != "净增")
    for k in keys:
        wanted += [name_key(w + k) for w in words] + ([] if net else [name_key(k + "新增")])
    entry_new = m.catalogue.find(("净增" if net else "新增") + stock_name)
    if entry_new is not None:
        wanted += [name_key(n) for n in entry_new.names]
    level = level_of(t.indicator)
    found = [f for k in dict.fromkeys(wanted) for f in m.reported.get(k, [])
             if not level or level_of(field_name(f)) in ("", level)]
    increment = found[0] if found else ""
    # the counties' own 新增 column (县区数据 「新增高新技术企业（家）」) gives their breakdown
    county_new = next((f for f in found if f.startswith(COUNTY_PREFIX)), "")
    stock = choose(stock_name, t)
    # an empty ledger (a new bureau keeps none) and a reported 新增 figure: the figure is used
    stock_empty = stock.spec is not None and increment and not m.has_data(stock.spec)
    if stock.spec is not None and not stock_empty:
        if increment:
            used_fields.add(increment)
        if stock_name != t.indicator:
            stock.name = t.indicator
        stock.increment = increment
        _new_by_county(m, t, stock, county_new, entry_new, used_fields)
        return stock
    if increment:
        spec, origin, _ = m.spec_for(t.indicator, increment, entry_new)
        used_fields.add(increment)
        item = Planned(spec, t, t.indicator, origin, spec_is_increment=True)
        if county_new and county_new != increment:
            _new_by_county(m, t, item, county_new, entry_new, used_fields)
        return item
    return stock


def _new_by_county(m: _Matcher, t: Target, item: Planned, county_new: str, entry,
                   used_fields: set[str]) -> None:
    """Give a 新增/净增 target its counties' 新增 figures, never their totals.

    A 县区数据 column of totals (「科技型中小企业（家）」) says nothing about each county's new
    firms: without a 新增 column a 新增 target has no county breakdown (no rank, no notice
    line); a 净增 target takes the difference of the totals. A ledger counted by 认定年份 gives
    each county's 新增 exactly as this year's count − last year's.
    """
    if county_new:
        item.county_spec = m.spec_for(t.indicator, county_new, entry, t.unit)[0]
        used_fields.add(county_new)
        return
    by_county = item.county_spec or item.spec
    if by_county is None or not by_county.inputs:
        return
    if all(f.startswith(COUNTY_PREFIX) for f in by_county.inputs.values()) and t.kind == "新增":
        item.no_counties = True
    else:
        item.county_increments = True


def row_name(t: Target) -> str:
    """Return the 科室数据 row a target's figure goes in: 新增科技型中小企业 for a 新增 target."""
    if t.kind in ("新增", "净增") and not _INCREMENT_PREFIX.match(t.indicator):
        return t.kind + t.indicator
    return t.indicator


def fill_hint(item: Planned, fields: dict) -> str:
    """Return what to do about a target with no figure this year: the cells of its 科室数据 row
    when the row is there but blank (init lists the plan's indicators), else the row to add."""
    keys = [k for k in (item.increment, *(item.spec.inputs.values() if item.spec else ())) if k]
    for key in keys:
        f = fields.get(key)
        if key.startswith(DEPARTMENT_PREFIX) and f is not None and not f.has_data:
            sheet, _, cell = f.source.partition("!")
            before = f.previous_source.partition("!")[2] if f.previous_source else ""
            return (f"请在「{sheet}」{cell} 填写「{field_name(key)}」的本年数"
                    + (f"（上年数填在 {before}）" if before else ""))
    target = item.target
    name = row_name(target) if target is not None else item.name
    add = f"在「科室数据」中添加名为「{name}」的一行（本年数、上年数）"
    ledgers = [k for k in keys if not is_reported(k) and k in fields and not fields[k].has_data]
    if ledgers:  # a new bureau keeps no 企业台账: the department's figure is the usual way
        return f"请{add}，或在「{'」「'.join(ledgers)}」中登记"
    county = [field_name(k) for k in keys if k.startswith(COUNTY_PREFIX)]
    if county and item.spec is not None and item.origin == "内置":
        # a built-in computed from county columns (plan show / init said so): name the columns
        sheet = next((fields[k].source.partition("!")[0] for k in keys if k.startswith(COUNTY_PREFIX) and k in fields
                      and fields[k].source), unitsheets.COUNTY)
        return (f"由内置指标「{item.spec.name}」按「{sheet}」{'、'.join(county)}列计算，请填写各县区数据；"
                f"不按县区报送时，也可{add}")
    return f"请补齐数据，或{add}"


def _unique_names(items: list[Planned]) -> None:
    """Give every result its own name: when one indicator has several targets, those that are
    not 总量 say their kind (净增高新技术企业, 高新技术产业投资（增速）)."""
    count: dict[str, int] = {}
    for item in items:
        count[item.name] = count.get(item.name, 0) + 1
    for item in items:
        if count[item.name] > 1 and item.target is not None and item.target.kind not in ("总量", "累计"):
            kind = item.target.kind
            item.name = f"{kind}{item.name}" if kind in ("新增", "净增") else f"{item.name}（{kind}）"
