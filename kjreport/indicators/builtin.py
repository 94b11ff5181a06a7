"""The built-in indicators: one for every quantitative target of the bureau's annual plan.

Each function is pure: numpy arrays (county columns), ``Frame`` ledgers and floats in, a number
out (or None when undefined). Most also give every county's value in one call (``per_county``, see
``kjreport.indicators.counties``): the counts take a ``CountyLedger`` as well as a ledger.
Counts come from the ledgers (台账), never typed: project counts are the year's rows (flows),
enterprise and platform counts are those recognised by the end of the year (stocks).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import count

import numpy as np

from kjreport.indicators.counties import CountyLedger
from kjreport.indicators.formulas import perpetual_inventory, share, solow
from kjreport.indicators.frame import Frame
from kjreport.indicators.registry import indicator

HITECH = "县区.高新技术产业产值"
INDUSTRY = "县区.规模以上工业总产值"
RD = "县区.全社会R&D经费支出"
ENTERPRISE_RD = "县区.企业R&D经费支出"
GDP = "县区.地区生产总值"
PROVINCIAL = ("国家级", "省级")


# --- helpers (not indicators) -----------------------------------------------------------------
# They work on numpy arrays rather than pandas operations: without a per-county form the engine
# calls an indicator once per county, on small slices, where pandas' per-call overhead would
# dominate.

_TYPE_SEPARATORS = re.compile(r"[、,，;；/\s]+")


def _col(frame: Frame, name: str) -> np.ndarray:
    return frame[name]


# A county's ledger is a window (numpy views) of one ledger grouped by county (see the engine):
# a mask is computed once over the whole grouped ledger and each county gets its part of it, so
# the comparisons run once per ledger rather than once per county (300 calls on small slices).
_MASKS: dict[tuple, tuple[Frame, np.ndarray]] = {}
_MAX_MASKS = 256


def _mask(ledger: Frame, key: tuple, compute) -> np.ndarray:
    """Return ``compute(ledger)``, taken from the mask of the whole ledger for a window of it."""
    origin = getattr(ledger, "origin", None)
    if origin is None:
        return compute(ledger)
    whole, start, stop = origin
    cache_key = (id(whole), *key)
    hit = _MASKS.get(cache_key)
    if hit is None or hit[0] is not whole:
        if len(_MASKS) >= _MAX_MASKS:
            _MASKS.clear()
        hit = _MASKS[cache_key] = (whole, compute(whole))
    return hit[1][start:stop].copy()


# Comparing a text column (a numpy object array) with a value is a Python-level comparison per
# row; the same comparison recurs for every year an indicator is computed for (this year, last
# year and the history), so it is made once per column array and kept, read-only.
_COLUMN_MASKS: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}


def _column_mask(column: np.ndarray, key: tuple, compute) -> np.ndarray:
    """Return ``compute(column)``, computed once per column array and ``key`` (read-only)."""
    cache_key = (id(column), *key)
    hit = _COLUMN_MASKS.get(cache_key)
    if hit is None or hit[0] is not column:
        if len(_COLUMN_MASKS) >= _MAX_MASKS:
            _COLUMN_MASKS.clear()
        mask = np.asarray(compute(column), dtype=bool)
        mask.flags.writeable = False
        hit = _COLUMN_MASKS[cache_key] = (column, mask)
    return hit[1]


def _frame_mask(frame: Frame, name: str, key: tuple, compute) -> np.ndarray:
    """Return ``compute(frame[name])`` (read-only), made once per column; for a frame taken from
    another (a ledger grouped by county) it is the other's mask, reordered."""
    taken = getattr(frame, "taken", None)
    if taken is not None:
        parent, rows = taken
        return _column_mask(_col(frame, name), key, lambda _: _frame_mask(parent, name, key, compute)[rows])
    return _column_mask(_col(frame, name), key, compute)


# A text column's distinct values, numbered once: comparing the column with a value is then a
# comparison of integers, not a Python comparison per row (项目类别, 级别 and 平台类型 are each
# compared with several values, for several indicators).
_CODES: dict[int, tuple[np.ndarray, np.ndarray, dict]] = {}


def _codes(column: np.ndarray) -> tuple[np.ndarray, dict]:
    """Return (codes, index) of an object column: equal cells share a code, index[value] is
    the code of ``value`` (the row where it first appears)."""
    hit = _CODES.get(id(column))
    if hit is None or hit[0] is not column:
        if len(_CODES) >= 64:
            _CODES.clear()
        index: dict = {}
        codes = np.fromiter(map(index.setdefault, column.tolist(), count()), dtype=np.intp,
                            count=len(column))
        hit = _CODES[id(column)] = (column, codes, index)
    return hit[1], hit[2]


def _cells_equal(column: np.ndarray, value) -> np.ndarray:
    """Return the mask of ``column == value``."""
    if column.dtype != object:
        return column == value
    try:
        codes, index = _codes(column)
        code = index.get(value)
    except TypeError:  # an unhashable cell (not from a workbook)
        return column == value
    return codes == code if code is not None else np.zeros(len(column), dtype=bool)


def _cells_among(column: np.ndarray, values: tuple) -> np.ndarray:
    """Return the mask of the cells of ``column`` equal to one of ``values``."""
    if column.dtype != object:
        return np.isin(column, values)
    try:
        codes, index = _codes(column)
        wanted = [index[v] for v in values if v in index]
    except TypeError:
        return np.isin(column, values)
    return np.isin(codes, wanted)


def _equals(frame: Frame, name: str, value) -> np.ndarray:
    """Return the (read-only) mask of ``frame[name] == value``."""
    return _frame_mask(frame, name, ("==", value), lambda c: _cells_equal(c, value))


def _among(frame: Frame, name: str, values) -> np.ndarray:
    """Return the (read-only) mask of the rows whose ``frame[name]`` is one of ``values``."""
    values = tuple(values)
    return _frame_mask(frame, name, ("in", values), lambda c: _cells_among(c, values))


def project_mask(ledger: Frame, year: int, category: str, levels=None) -> np.ndarray:
    """Return a mask of the project-ledger rows of ``year`` in ``category`` (and ``levels``)."""
    def compute(frame: Frame) -> np.ndarray:
        mask = (_col(frame, "年度") == year) & _equals(frame, "项目类别", category)
        if levels is not None:
            mask &= _among(frame, "级别", levels)
        return mask

    key = ("project", year, category, tuple(levels) if levels is not None else None)
    return _mask(ledger, key, compute)


def projects(ledger: Frame | CountyLedger, year: int, category: str, levels=None) -> int | list[int]:
    """Return how many project-ledger rows of ``year`` are in ``category`` (and ``levels``); for
    a ``CountyLedger``, how many each county has."""
    if isinstance(ledger, CountyLedger):
        return ledger.counts(project_mask(ledger.frame, year, category, levels))
    return int(project_mask(ledger, year, category, levels).sum())


@lru_cache(maxsize=4096)
def _type_names(text: str) -> frozenset[str]:
    """Return the names in one 企业类型 cell (split once per distinct text, not per call)."""
    return frozenset(_TYPE_SEPARATORS.split(text))


def has_type(types, wanted: tuple[str, ...]) -> np.ndarray:
    """Return a mask of rows whose 企业类型 list (separated by 、,;) names one of ``wanted``."""
    wanted_set = frozenset(wanted)
    cells = types.tolist() if isinstance(types, np.ndarray) else list(types)

    def named(v) -> bool:
        return isinstance(v, str) and not _type_names(v).isdisjoint(wanted_set)

    try:
        verdict = {v: named(v) for v in set(cells)}  # once per distinct text, then a lookup per row
    except TypeError:  # an unhashable cell (not from a workbook): judged one by one
        return np.fromiter(map(named, cells), dtype=bool, count=len(cells))
    return np.fromiter(map(verdict.__getitem__, cells), dtype=bool, count=len(cells))


def enterprise_mask(ledger: Frame, year: int, *types: str) -> np.ndarray:
    """Return a mask of the enterprises of any of ``types`` recognised by the end of ``year``."""
    def compute(frame: Frame) -> np.ndarray:
        return (_col(frame, "认定年份") <= year) & _types(frame, types)

    return _mask(ledger, ("enterprise", year, frozenset(types)), compute)


def enterprises(ledger: Frame | CountyLedger, year: int, *types: str) -> int | list[int]:
    """Return how many enterprises of any of ``types`` are recognised by the end of ``year``;
    for a ``CountyLedger``, how many each county has."""
    if isinstance(ledger, CountyLedger):
        return ledger.counts(enterprise_mask(ledger.frame, year, *types))
    return int(enterprise_mask(ledger, year, *types).sum())


def _types(frame: Frame, types: tuple[str, ...]) -> np.ndarray:
    """Return the (read-only) ``has_type`` mask of a ledger's 企业类型 column, made once."""
    return _frame_mask(frame, "企业类型", ("types", frozenset(types)), lambda c: has_type(c, types))


def platforms(ledger: Frame | CountyLedger, year: int, kind: str, levels=None) -> int | list[int]:
    """Return how many platforms of ``kind`` (and ``levels``) exist by the end of ``year``; for a
    ``CountyLedger``, how many each county has."""
    def compute(frame: Frame) -> np.ndarray:
        mask = (_col(frame, "认定年份") <= year) & _equals(frame, "平台类型", kind)
        if levels is not None:
            mask &= _among(frame, "级别", levels)
        return mask

    key = ("platform", year, kind, tuple(levels) if levels is not None else None)
    if isinstance(ledger, CountyLedger):
        return ledger.counts(_mask(ledger.frame, key, compute))
    return int(_mask(ledger, key, compute).sum())


def _float(x) -> float | None:
    return None if x is None else float(x)


def rd_intensity(ledger: Frame, mask: np.ndarray) -> float | None:
    """Return Σ R&D经费支出 ÷ Σ 主营业务收入 × 100 (%) of the enterprises in ``mask``."""
    return share(np.nansum(_col(ledger, "R&D经费支出")[mask]), np.nansum(_col(ledger, "主营业务收入")[mask]))


def county_rd_intensities(ledger: CountyLedger, mask: np.ndarray) -> list[float | None]:
    """Return ``rd_intensity`` of each county's enterprises in ``mask`` (over ``ledger.frame``)."""
    rd, revenue = ledger.sums(_col(ledger.frame, "R&D经费支出"), mask), ledger.sums(_col(ledger.frame, "主营业务收入"), mask)
    return [share(r, v) for r, v in zip(rd, revenue, strict=True)]


def below(ledger: Frame, mask: np.ndarray, threshold: float) -> list[dict]:
    """Return the enterprises in ``mask`` whose own R&D intensity is below ``threshold`` %."""
    rd, revenue = _col(ledger, "R&D经费支出")[mask], _col(ledger, "主营业务收入")[mask]
    if rd.dtype.kind == "f" and revenue.dtype.kind == "f":  # ``share`` of each row, at once
        with np.errstate(divide="ignore", invalid="ignore"):
            ratios = rd / revenue * 100
        low = np.flatnonzero((revenue > 0) & (ratios < threshold))
        rows = zip(_col(ledger, "企业名称")[mask][low].tolist(), _col(ledger, "县区")[mask][low].tolist(),
                   ratios[low].tolist(), strict=True)
        return sorted(({"企业名称": name, "县区": county, "比重": ratio} for name, county, ratio in rows),
                      key=lambda e: e["比重"])
    out = []
    rows = zip(_col(ledger, "企业名称")[mask], _col(ledger, "县区")[mask],
               _col(ledger, "R&D经费支出")[mask], _col(ledger, "主营业务收入")[mask], strict=True)
    for name, county, rd, revenue in rows:
        ratio = share(rd, revenue)
        if ratio is not None and ratio < threshold:
            out.append({"企业名称": name, "县区": county, "比重": float(ratio)})
    return sorted(out, key=lambda e: e["比重"])


# --- every county at once (per_county forms) ---------------------------------------------------

def _own_figures(v):
    """Return each county's figure: the Σ of one county's column is its own cell."""
    return v


def _shares(part: np.ndarray, whole: np.ndarray) -> list[float | None]:
    """Return ``share`` of each county's two figures."""
    return [share(a, b) for a, b in zip(part.tolist(), whole.tolist(), strict=True)]


# --- 主要任务目标 -----------------------------------------------------------------------------

@indicator("高新技术产业产值", unit="亿元", inputs={"v": HITECH}, formula="Σ各县区高新技术产业产值",
           per_county=_own_figures)
def hitech_output(v):
    return v.sum()


@indicator("高新技术产业产值占规模以上工业总产值比重", unit="%",
           inputs={"hitech": HITECH, "industry": INDUSTRY},
           formula="Σ高新技术产业产值 ÷ Σ规模以上工业总产值 × 100%",
           per_county=lambda hitech, industry: _shares(hitech, industry))
def hitech_share(hitech, industry):
    return share(hitech.sum(), industry.sum())


@indicator("规模以上工业总产值", unit="亿元", inputs={"v": INDUSTRY}, formula="Σ各县区规模以上工业总产值",
           per_county=_own_figures)
def industry_output(v):
    return v.sum()


@indicator("全社会R&D经费投入", unit="亿元", inputs={"v": RD}, formula="Σ各县区全社会R&D经费支出",
           per_county=_own_figures)
def rd_spending(v):
    return v.sum()


@indicator("全社会R&D经费投入占GDP比重", unit="%", inputs={"rd": RD, "gdp": GDP},
           formula="ΣR&D经费支出 ÷ Σ地区生产总值（现价）× 100%",
           per_county=lambda rd, gdp: _shares(rd, gdp))
def rd_to_gdp(rd, gdp):
    return share(rd.sum(), gdp.sum())


@indicator("省级以上科技计划项目", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度、项目类别为科技计划项目、级别为国家级或省级的项目数", per_county=True)
def provincial_plans(p, year):
    return projects(p, year, "科技计划项目", PROVINCIAL)


@indicator("技术创新提升工程重大专项", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度市级技术创新提升工程重大专项数", per_county=True)
def major_projects(p, year):
    return projects(p, year, "技术创新提升工程重大专项", ("市级",))


@indicator("重要科技成果", unit="项", inputs={"p": "项目台账"}, formula="项目台账中本年度科技成果数", per_county=True)
def achievements(p, year):
    return projects(p, year, "科技成果")


@indicator("省科技成果重点推广计划项目", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度级别为省级及以上的成果推广计划项目数", per_county=True)
def promoted_achievements(p, year):
    return projects(p, year, "成果推广计划", PROVINCIAL)


@indicator("高新技术企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末认定的高新技术企业数", per_county=True)
def hitech_enterprises(e, year):
    return enterprises(e, year, "高新技术企业")


@indicator("市级创新型试点企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末的市级创新型试点企业数", per_county=True)
def pilot_enterprises(e, year):
    return enterprises(e, year, "市级创新型试点企业")


@indicator("创新型企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末验收认定的创新型企业数", per_county=True)
def innovative_enterprises(e, year):
    return enterprises(e, year, "创新型企业")


@indicator("市级工程技术研究中心", unit="家", inputs={"p": "平台台账"}, formula="平台台账中截至年末的市级工程技术研究中心数", per_county=True)
def city_eng_centres(p, year):
    return platforms(p, year, "工程技术研究中心", ("市级",))


@indicator("科技特派员", unit="人", inputs={"v": "县区.科技特派员"}, formula="Σ各县区科技特派员人数",
           per_county=_own_figures)
def commissioners(v):
    return v.sum()


@indicator("利益共同体", unit="个", inputs={"v": "县区.利益共同体"}, formula="Σ各县区组建利益共同体数",
           per_county=_own_figures)
def communities(v):
    return v.sum()


@indicator("培训农民", unit="万人次", inputs={"v": "县区.培训农民"}, formula="Σ各县区培训农民人次",
           per_county=_own_figures)
def farmer_training(v):
    return v.sum()


@indicator("科技进步贡献率", unit="%", inputs={"g": "增长核算"},
           formula="索洛余值法：E_A = (y − αk − βl) ÷ y × 100%，y、k、l 为测算期水平法年均增长率")
def tech_progress_contribution(g, year, settings):
    """Return (E_A, details) over [start, year]; start defaults to year − 5."""
    if settings.alpha is None or settings.beta is None:
        return None, {"说明": "设置中缺少资本产出弹性α或劳动产出弹性β"}
    span = settings.year - settings.growth_start_year if settings.growth_start_year else 5
    start = year - span
    years = [int(y) for y in g["年份"] if y == y]
    row = {int(y): i for i, y in enumerate(g["年份"]) if y == y}
    if start not in row or year not in row:
        return None, {"说明": f"增长核算表缺少{start}年或{year}年数据"}
    if settings.capital_basis.startswith("固定资产投资"):
        window = sorted(y for y in years if y <= year)
        investment = [g["固定资产投资"][row[y]] for y in window]
        prices = [g["投资价格指数"][row[y]] for y in window] if "投资价格指数" in g else None
        if prices is not None and any(p != p for p in prices):
            prices = None
        stock = perpetual_inventory(investment, prices, settings.depreciation)
        capital = dict(zip(window, stock, strict=True))
    else:
        capital = {y: g["资本存量"][row[y]] for y in years}
    out = g["地区生产总值（可比价）"]
    labour = g["从业人员"]
    result = solow((out[row[start]], out[row[year]]), (capital[start], capital[year]),
                   (labour[row[start]], labour[row[year]]), year - start, settings.alpha, settings.beta)
    if result is None:
        return None, {"说明": "增长核算数据不完整或为零"}
    details = {"测算期": f"{start}—{year}年", "y": float(result.y * 100), "k": float(result.k * 100),
               "l": float(result.l * 100), "α": result.alpha, "β": result.beta,
               "资本贡献率": _float(result.capital_share), "劳动贡献率": _float(result.labour_share)}
    if result.contribution is None:
        details["说明"] = "测算期经济增长率不大于零，贡献率不可比"
    return result.contribution, details


# --- 正文中的目标 -------------------------------------------------------------------------------

def _key_enterprises(frame: Frame) -> np.ndarray:
    """Return the mask of the enterprises marked 重点企业."""
    return np.array([v is not None and v == v and bool(v) for v in _col(frame, "重点企业")], dtype=bool)


def _county_key_outputs(e: CountyLedger, year, settings) -> list[float | None]:
    """Return each county's ``key_enterprise_output``."""
    if year != settings.year:
        return [None] * e.size
    return [float(x) for x in e.sums(_col(e.frame, "工业总产值"), _key_enterprises(e.frame))]


def _county_key_shares(e: CountyLedger, hitech, year, settings) -> list[float | None]:
    """Return each county's ``key_enterprise_share``."""
    outputs = _county_key_outputs(e, year, settings)
    return [None if o is None else share(o, h) for o, h in zip(outputs, hitech.tolist(), strict=True)]


@indicator("重点企业产值", unit="亿元", inputs={"e": "企业台账"},
           formula="企业台账中重点企业（纳入高新技术产业统计）的本年工业总产值合计",
           per_county=_county_key_outputs)
def key_enterprise_output(e, year, settings):
    if year != settings.year:
        return None  # the ledger holds this year's output only: no 上年 figure
    return float(np.nansum(_col(e, "工业总产值")[_key_enterprises(e)]))


@indicator("重点企业产值占高新技术产业产值比重", unit="%", inputs={"e": "企业台账", "hitech": HITECH},
           formula="重点企业工业总产值 ÷ 全市高新技术产业产值 × 100%", per_county=_county_key_shares)
def key_enterprise_share(e, hitech, year, settings):
    output = key_enterprise_output(e, year, settings)
    return None if output is None else share(output, hitech.sum())


@indicator("一区五园高新技术产业产值", unit="亿元", inputs={"v": "科室.一区五园高新技术产业产值"},
           formula="科室数据：高新科报送")
def parks_output(v):
    return v


@indicator("列入国家和省科技重大专项", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度级别为国家级或省级的技术创新提升工程重大专项数", per_county=True)
def national_major_projects(p, year):
    return projects(p, year, "技术创新提升工程重大专项", PROVINCIAL)


def _county_cooperating(p: CountyLedger, year) -> list[int]:
    """Return each county's ``cooperating_enterprises``."""
    units, mask = p.parts(_col(p.frame, "承担单位")), p.parts(project_mask(p.frame, year, "产学研合作"))
    return [len(set(u[m])) for u, m in zip(units, mask, strict=True)]


@indicator("产学研合作企业", unit="家", inputs={"p": "项目台账"},
           formula="项目台账中本年度产学研合作项目的承担单位数（去重）", per_county=_county_cooperating)
def cooperating_enterprises(p, year):
    return len(set(_col(p, "承担单位")[project_mask(p, year, "产学研合作")]))


@indicator("来市指导院士", unit="名", inputs={"v": "科室.来市指导院士"}, formula="科室数据：合作科报送")
def academicians(v):
    return v


@indicator("来市指导专家", unit="名", inputs={"v": "科室.来市指导专家"}, formula="科室数据：合作科报送")
def experts(v):
    return v


@indicator("省级工程技术研究中心", unit="家", inputs={"p": "平台台账"},
           formula="平台台账中截至年末省级及以上工程技术研究中心数", per_county=True)
def provincial_eng_centres(p, year):
    return platforms(p, year, "工程技术研究中心", PROVINCIAL)


@indicator("产业技术创新战略联盟", unit="家", inputs={"p": "平台台账"}, formula="平台台账中截至年末的产业技术创新战略联盟数", per_county=True)
def alliances(p, year):
    return platforms(p, year, "产业技术创新战略联盟")


@indicator("院士工作站", unit="个", inputs={"p": "平台台账"}, formula="平台台账中截至年末的院士工作站数", per_county=True)
def academician_stations(p, year):
    return platforms(p, year, "院士工作站")


@indicator("农业科技示范园区", unit="处", inputs={"p": "平台台账"}, formula="平台台账中截至年末的农业科技示范园区数", per_county=True)
def agri_parks(p, year):
    return platforms(p, year, "农业科技示范园区")


@indicator("重大节能降耗减排科技项目", unit="项", inputs={"p": "项目台账"}, formula="项目台账中本年度节能减排项目数", per_county=True)
def energy_projects(p, year):
    return projects(p, year, "节能减排项目")


@indicator("节能新技术新装备推广", unit="项", inputs={"p": "项目台账"}, formula="项目台账中本年度节能新技术推广项目数", per_county=True)
def energy_technologies(p, year):
    return projects(p, year, "节能新技术推广")


@indicator("民生科技关键技术研发及成果转化", unit="项", inputs={"p": "项目台账"}, formula="项目台账中本年度民生科技项目数", per_county=True)
def livelihood_projects(p, year):
    return projects(p, year, "民生科技项目")


@indicator("省级创新型试点企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末的省级创新型试点企业数", per_county=True)
def provincial_pilots(e, year):
    return enterprises(e, year, "省级创新型试点企业")


@indicator("企业R&D经费投入", unit="亿元", inputs={"v": ENTERPRISE_RD}, formula="Σ各县区企业R&D经费支出",
           per_county=_own_figures)
def enterprise_rd(v):
    return v.sum()


def _other_enterprises(e: Frame, year: int) -> np.ndarray:
    """Return the mask of the 高新技术企业 and 市级创新型试点企业 that are not 创新型企业."""
    mask = enterprise_mask(e, year, "高新技术企业", "市级创新型试点企业")
    mask &= _mask(e, ("not types", "创新型企业"), lambda f: ~_types(f, ("创新型企业",)))
    return mask


@indicator("创新型企业R&D经费占销售收入比重", unit="%", inputs={"e": "企业台账"},
           formula="创新型企业ΣR&D经费支出 ÷ Σ主营业务收入 × 100%（每家应≥5%）",
           per_county=lambda e, year: county_rd_intensities(e, enterprise_mask(e.frame, year, "创新型企业")))
def innovative_rd_intensity(e, year):
    mask = enterprise_mask(e, year, "创新型企业")
    return rd_intensity(e, mask), {"低于标准的企业": below(e, mask, 5.0), "标准": 5.0,
                                   "企业数": int(mask.sum())}


@indicator("高新技术企业和试点企业R&D经费占销售收入比重", unit="%", inputs={"e": "企业台账"},
           formula="高新技术企业和市级试点企业（不含创新型企业）ΣR&D经费支出 ÷ Σ主营业务收入 × 100%（每家应≥3%）",
           per_county=lambda e, year: county_rd_intensities(e, _other_enterprises(e.frame, year)))
def other_rd_intensity(e, year):
    mask = _other_enterprises(e, year)
    return rd_intensity(e, mask), {"低于标准的企业": below(e, mask, 3.0), "标准": 3.0,
                                   "企业数": int(mask.sum())}


@indicator("地区生产总值", unit="亿元", inputs={"v": GDP}, formula="Σ各县区地区生产总值（现价）",
           per_county=_own_figures)
def gdp_total(v):
    return v.sum()
