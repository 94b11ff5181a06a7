"""Shares above 100 % (比重超过 100%): a share computed from ledgers or county columns — the
city's, or one county's — whose part is larger than its whole.

A share is a result in % named as a part of a whole (「A占B比重」「…占比」, not a growth) or
whose catalogue entry is a 比重; the city's figure is also judged when its name only says
比重/比例/强度 (as before). Its part and whole are the results named in 「A占B比重」
(through the catalogue's synonyms: GDP is 地区生产总值); the error names both figures and where
they come from. Counties are computed only for the shares (one vectorised call each) and their
parts and wholes only when a county is over: cheap on a 50,000-row ledger and 150 counties.
"""

from __future__ import annotations

import re

from kjreport.checks.plausibility import GROWTH_WORDS, SHARE_WORDS, _columns_of
from kjreport.errors import Problem
from kjreport.workbook import unitsheets

LIMIT = 100.0
TOLERANCE = 0.05  # 100.04 % is rounding, not a slip
SHOWN = 3  # counties named in one message before 「等」
_PART_WHOLE = re.compile(r"^(?P<part>.+?)占(?P<whole>.+?)的?(?:比重|比例|占比)$")
_RANGE = re.compile(r"^(?P<sheet>[^!]+)!(?P<col>[A-Z]+)\d+(?::(?P<end>[A-Z]+)\d+)?$")


def over_hundred(file: str, registry, ds, results, known: list[Problem] = ()) -> list[Problem]:
    """Return one error per share above 100 %: the city's figure (naming its part and whole),
    or the counties' (naming each county's two figures and their cells) — unless an error of
    ``known`` already names a column the share is computed from."""
    from kjreport.indicators.catalogue import load_catalogue

    if registry is None:
        return []
    catalogue = load_catalogue()
    by_name = {r.name: r for r in results}
    flagged = {(p.sheet, re.sub(r"\d", "", p.cell.partition(":")[0])) for p in known
               if p.severity == "错误" and p.cell}
    problems: list[Problem] = []
    slicer = None
    for r in results:
        if r.unit != "%" or GROWTH_WORDS.search(r.name) or any(
                (sheet, c) in flagged for sheet, cols in map(_columns_of, r.sources) for c in cols):
            continue
        share = _is_share(r.name, catalogue)
        part, whole = _parts(r.name, by_name, catalogue)
        if r.value is not None and r.value > LIMIT + TOLERANCE and (share or SHARE_WORDS.search(r.name)):
            problems.append(_city_problem(file, r, part, whole))
            continue
        if not share:  # 「高新技术产业产值相当于GDP的比例」: a ratio, a 高新区's may pass 100 %
            continue
        spec = registry.get(r.name)
        if spec is None or not spec.by_county or not ds.counties or ds.settings is None:
            continue  # (no 年度: the city's figures only)
        if not r.counties and any(f not in ds.fields for f in spec.inputs.values()):
            continue  # the city's figure is reported (科室数据) and 县区数据 lacks the built-in's columns
        slicer = slicer or PlainSlicer(ds)
        if r.counties:
            values = {c.county: c.value for c in r.counties}
        else:
            values = dict(zip(ds.counties, slicer.figures(spec), strict=True))
        over = [(c, v) for c, v in values.items() if v is not None and v > LIMIT + TOLERANCE]
        if over:
            problems.append(_county_problem(file, r, over, part, whole, registry, ds, slicer))
    return problems


class PlainSlicer:
    """Every county's value of an indicator from its plain function on per-county slices made
    of Python lists (a ledger grouped by 县区 once): no numpy for ``check``."""

    def __init__(self, ds):
        self.ds = ds
        self.position = {c: i for i, c in enumerate(ds.counties)}
        self._frames: dict[int, list] = {}  # a ledger's per-county frames, by id (the dataset keeps it)
        self._ledgers: dict[int, object] = {}  # a ledger's ``PlainCountyLedger``, by id

    def figures(self, spec) -> list[float | None]:
        from kjreport.indicators.engine import call_plain

        ds = self.ds
        n = len(ds.counties)
        at_once = self._at_once(spec, n)
        if at_once is not None:
            return at_once
        parts = {p: self._slices(_current(ds, f), n) for p, f in spec.inputs.items()}
        return [call_plain(spec, {p: s[i] for p, s in parts.items()}, ds.settings) for i in range(n)]

    def _at_once(self, spec, n: int) -> list[float | None] | None:
        """Return every county's value from a built-in's per-county form in one call — county
        columns as lists, a ledger as a ``PlainCountyLedger`` (no numpy) — as the engine computes
        them for the documents; None when there is no such form or it needs more than a plain
        ledger gives (then county by county)."""
        from kjreport.indicators.engine import PLAIN_MODULES, clean, parameters
        from kjreport.indicators.fields import is_column
        from kjreport.indicators.frame import Frame

        form = spec.per_county
        if form is None or getattr(form, "__module__", None) not in PLAIN_MODULES \
                or spec.func.__module__ not in PLAIN_MODULES:
            return None
        inputs = {}
        for p, f in spec.inputs.items():
            data = _current(self.ds, f)
            if data is None:
                return [None] * n  # as each county's call gives
            if isinstance(data, Frame) and "县区" in data:
                data = self._ledger(data)
            elif not is_column(data) or len(data) != n:
                return None
            inputs[p] = data
        params = parameters(form)
        if "year" in params:
            inputs["year"] = self.ds.settings.year
        if "settings" in params:
            inputs["settings"] = self.ds.settings
        try:
            values = list(form(**inputs))
        except Exception:  # noqa: BLE001 — the plain calls decide, quietly, as the engine does
            return None
        return [clean(v) for v in values] if len(values) == n else None

    def _ledger(self, data):
        from kjreport.indicators.plaincounties import PlainCountyLedger

        ledger = self._ledgers.get(id(data))
        if ledger is None:
            ledger = self._ledgers[id(data)] = PlainCountyLedger(data, self.ds.counties)
        return ledger

    def _slices(self, data, n: int) -> list:
        from kjreport.indicators.fields import is_column
        from kjreport.indicators.frame import Frame
        from kjreport.indicators.plain import values

        if data is None:
            return [None] * n
        if is_column(data):
            column = values(data)
            return [column[i:i + 1] for i in range(n)] if len(column) == n else [None] * n
        if isinstance(data, Frame) and "县区" in data:
            frames = self._frames.get(id(data))
            if frames is None:
                rows: list[list[int]] = [[] for _ in range(n)]
                position = self.position
                for j, county in enumerate(data.plain("县区")):
                    i = position.get(county)
                    if i is not None:
                        rows[i].append(j)
                frames = self._frames[id(data)] = [data.pick(r) for r in rows]
            return frames
        return [data] * n


def _current(ds, key: str):
    """Return the current data of input ``key``, or None when the workbook has no such field (a
    built-in's county column missing because the city's figure is reported in 科室数据)."""
    field = ds.fields.get(key)
    return field.current if field is not None else None


def _is_share(name: str, catalogue) -> bool:
    """Return True for a part of a whole: 「A占B比重」「…占比」, or a catalogue 比重."""
    if _PART_WHOLE.match(name) or "占比" in name:
        return True
    entry = catalogue.find(name)
    return entry is not None and entry.kind == "比重"


def _sheet(source: str) -> str:
    return source.partition("!")[0]


def _parts(name: str, by_name: dict, catalogue):
    """Return the results that are the part and the whole of share ``name`` (None if unknown)."""
    m = _PART_WHOLE.match(name)
    if not m:
        return None, None
    return _result(m["part"], by_name, catalogue), _result(m["whole"], by_name, catalogue)


def _result(name: str, by_name: dict, catalogue):
    if name in by_name:
        return by_name[name]
    entry = catalogue.find(name)
    if entry is None:
        return None
    return next((by_name[n] for n in entry.names if n in by_name), None)


def _figure(value, unit: str) -> str:
    return f"{value:,.4g}{unit}".replace(",", "") if abs(value) < 1e4 else f"{value:.0f}{unit}"


def _city_problem(file: str, r, part, whole) -> Problem:
    sheet, _, cell = (r.sources[0] if r.sources else "").partition("!")
    named = ""
    if part is not None and whole is not None and part.value is not None and whole.value is not None:
        named = (f"（{part.name} {_figure(part.value, part.unit)}，见 {_where(part.sources)}；"
                 f"{whole.name} {_figure(whole.value, whole.unit)}，见 {_where(whole.sources)}）")
    return Problem(file, sheet or None, cell.split(":")[0] or None,
                   f"指标「{r.name}」计算为 {r.value:.1f}%，比重超过 100%{named}",
                   "比重的分子是分母的一部分，不能超过 100%：请核对这两个数的数据和单位（如表头漏写「（万元）」）")


def _where(sources: list[str]) -> str:
    return "、".join(dict.fromkeys(sources[:1])) or "工作簿"


def _county_problem(file: str, r, over, part, whole, registry, ds, slicer) -> Problem:
    rows = _county_rows(ds)
    figures = {}
    for x in (part, whole):
        spec = registry.get(x.name) if x is not None else None
        if spec is not None and spec.by_county:
            figures[x.name] = dict(zip(ds.counties, slicer.figures(spec), strict=True))
    listed = []
    first_cell = None
    for county, value in over[:SHOWN]:
        named = []
        for x in (part, whole):
            if x is None or figures.get(x.name, {}).get(county) is None:
                continue
            where, cell = _county_cell(x.sources, county, rows)
            first_cell = first_cell or cell
            named.append(f"{x.name} {_figure(figures[x.name][county], x.unit)}，见{where}")
        listed.append(f"{county} {value:.1f}%" + (f"（{'；'.join(named)}）" if named else ""))
    more = f"等 {len(over)} 个县区" if len(over) > SHOWN else ""
    sheet, cell = first_cell or (None, None)
    if sheet is None:
        sheet, _, at = (r.sources[0] if r.sources else "").partition("!")
        cell = at.split(":")[0] or None
    return Problem(file, sheet or None, cell,
                   f"指标「{r.name}」有 {len(over)} 个县区的比重超过 100%：{'；'.join(listed)}{more}",
                   "比重的分子是分母的一部分，不能超过 100%：请核对这些县区的两个数（单位是否一致、"
                   "是否填到了别的县区、台账中的县区和标记是否正确）")


def _county_rows(ds) -> dict[str, int]:
    table = ds.tables.get(unitsheets.COUNTY)
    if table is None or not table.rows:
        return {}
    return {r.values.get("县区"): r.number for r in table.rows if r.values.get("县区")}


def _county_cell(sources: list[str], county: str, rows: dict[str, int]):
    """Return (how to say where, (sheet, cell) or None) of ``county``'s figure from ``sources``."""
    for s in sources:
        m = _RANGE.match(s)
        if m and unitsheets.key_of(m["sheet"]) == unitsheets.COUNTY and m["end"] in (None, m["col"]):
            number = rows.get(county)
            if number is not None:
                cell = f"{m['col']}{number}"
                return f"{m['sheet']} {cell}", (m["sheet"], cell)
    sheet = _sheet(sources[0]) if sources else "工作簿"
    return f"{sheet}中{county}的行", None
