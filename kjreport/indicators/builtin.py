"""The built-in indicators: one for every quantitative target of the bureau's annual plan.

Each function is pure: numpy arrays (county columns), ``Frame`` ledgers and floats in, a number
out (or None when undefined).
Counts come from the ledgers (台账), never typed: project counts are the year's rows (flows),
enterprise and platform counts are those recognised by the end of the year (stocks).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import count

import numpy as np

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
# They work on numpy arrays rather than pandas operations: the engine calls every indicator once
# per county, on small slices, where pandas' per-call overhead would dominate.

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


def _equals(frame: Frame, name: str, value) -> np.ndarray:
    """Return the (read-only) mask of ``frame[name] == value``."""
    return _frame_mask(frame, name, ("==", value), lambda c: _is_one_of(c, (value,)))


def _among(frame: Frame, name: str, values) -> np.ndarray:
    """Return the (read-only) mask of the rows whose ``frame[name]`` is one of ``values``."""
    values = tuple(values)
    return _frame_mask(frame, name, ("in", values), lambda c: _is_one_of(c, values))


# A text column (项目类别, 级别 …) is compared with several values, each a Python-level
# comparison per row; coded once (each row's code is the row where its value first appears),
# every comparison is one of integers.
_COLUMN_CODES: dict[int, tuple[np.ndarray, np.ndarray, dict]] = {}


def _is_one_of(column: np.ndarray, values: tuple) -> np.ndarray:
    """Return the mask of ``column == v`` for any ``v`` of ``values`` (as ``np.isin``)."""
    if column.dtype != object:
        return np.isin(column, values) if len(values) > 1 else column == values[0]
    hit = _COLUMN_CODES.get(id(column))
    if hit is None or hit[0] is not column:
        first: dict = {}
        try:
            codes = np.fromiter(map(first.setdefault, column.tolist(), count()), dtype=np.intp,
                                count=len(column))
        except TypeError:  # a value that cannot be a dict key: compare row by row
            return np.isin(column, values) if len(values) > 1 else column == values[0]
        if len(_COLUMN_CODES) >= _MAX_MASKS:
            _COLUMN_CODES.clear()
        hit = _COLUMN_CODES[id(column)] = (column, codes, first)
    _, codes, first = hit
    try:
        wanted = [first[v] for v in values if v in first]
    except TypeError:
        return np.isin(column, values) if len(values) > 1 else column == values[0]
    if not wanted:
        return np.zeros(len(column), dtype=bool)
    return codes == wanted[0] if len(wanted) == 1 else np.isin(codes, wanted)


def project_mask(ledger: Frame, year: int, category: str, levels=None) -> np.ndarray:
    """Return a mask of the project-ledger rows of ``year`` in ``category`` (and ``levels``)."""
    def compute(frame: Frame) -> np.ndarray:
        mask = (_col(frame, "年度") == year) & _equals(frame, "项目类别", category)
        if levels is not None:
            mask &= _among(frame, "级别", levels)
        return mask

    key = ("project", year, category, tuple(levels) if levels is not None else None)
    return _mask(ledger, key, compute)


def projects(ledger: Frame, year: int, category: str, levels=None) -> int:
    """Return how many project-ledger rows of ``year`` are in ``category`` (and ``levels``)."""
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


def _types(frame: Frame, types: tuple[str, ...]) -> np.ndarray:
    """Return the (read-only) ``has_type`` mask of a ledger's 企业类型 column, made once."""
    return _frame_mask(frame, "企业类型", ("types", frozenset(types)), lambda c: has_type(c, types))


def platforms(ledger: Frame, year: int, kind: str, levels=None) -> int:
    """Return how many platforms of ``kind`` (and ``levels``) exist by the end of ``year``."""
    def compute(frame: Frame) -> np.ndarray:
        mask = (_col(frame, "认定年份") <= year) & _equals(frame, "平台类型", kind)
        if levels is not None:
            mask &= _among(frame, "级别", levels)
        return mask

    key = ("platform", year, kind, tuple(levels) if levels is not None else None)
    return int(_mask(ledger, key, compute).sum())


def _float(x) -> float | None:
    return None if x is None else float(x)


def rd_intensity(ledger: Frame, mask: np.ndarray) -> float | None:
    """Return Σ R&D经费支出 ÷ Σ 主营业务收入 × 100 (%) of the enterprises in ``mask``."""
    return share(np.nansum(_col(ledger, "R&D经费支出")[mask]), np.nansum(_col(ledger, "主营业务收入")[mask]))


def below(ledger: Frame, mask: np.ndarray, threshold: float) -> list[dict]:
    """Return the enterprises in ``mask`` whose own R&D intensity is below ``threshold`` %."""
    out = []
    rows = zip(_col(ledger, "企业名称")[mask], _col(ledger, "县区")[mask],
               _col(ledger, "R&D经费支出")[mask], _col(ledger, "主营业务收入")[mask], strict=True)
    for name, county, rd, revenue in rows:
        ratio = share(rd, revenue)
        if ratio is not None and ratio < threshold:
            out.append({"企业名称": name, "县区": county, "比重": float(ratio)})
    return sorted(out, key=lambda e: e["比重"])


# --- 主要任务目标 -----------------------------------------------------------------------------

@indicator("高新技术产业产值", unit="亿元", inputs={"v": HITECH}, formula="Σ各县区高新技术产业产值")
def hitech_output(v):
    return v.sum()


@indicator("高新技术产业产值占规模以上工业总产值比重", unit="%",
           inputs={"hitech": HITECH, "industry": INDUSTRY},
           formula="Σ高新技术产业产值 ÷ Σ规模以上工业总产值 × 100%")
def hitech_share(hitech, industry):
    return share(hitech.sum(), industry.sum())


@indicator("规模以上工业总产值", unit="亿元", inputs={"v": INDUSTRY}, formula="Σ各县区规模以上工业总产值")
def industry_output(v):
    return v.sum()


@indicator("全社会R&D经费投入", unit="亿元", inputs={"v": RD}, formula="Σ各县区全社会R&D经费支出")
def rd_spending(v):
    return v.sum()


@indicator("全社会R&D经费投入占GDP比重", unit="%", inputs={"rd": RD, "gdp": GDP},
           formula="ΣR&D经费支出 ÷ Σ地区生产总值（现价）× 100%")
def rd_to_gdp(rd, gdp):
    return share(rd.sum(), gdp.sum())


@indicator("省级以上科技计划项目", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度、项目类别为科技计划项目、级别为国家级或省级的项目数")
def provincial_plans(p, year):
    return projects(p, year, "科技计划项目", PROVINCIAL)


@indicator("技术创新提升工程重大专项", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度市级技术创新提升工程重大专项数")
def major_projects(p, year):
    return projects(p, year, "技术创新提升工程重大专项", ("市级",))


@indicator("重要科技成果", unit="项", inputs={"p": "项目台账"}, formula="项目台账中本年度科技成果数")
def achievements(p, year):
    return projects(p, year, "科技成果")


@indicator("省科技成果重点推广计划项目", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度级别为省级及以上的成果推广计划项目数")
def promoted_achievements(p, year):
    return projects(p, year, "成果推广计划", PROVINCIAL)


@indicator("高新技术企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末认定的高新技术企业数")
def hitech_enterprises(e, year):
    return int(enterprise_mask(e, year, "高新技术企业").sum())


@indicator("市级创新型试点企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末的市级创新型试点企业数")
def pilot_enterprises(e, year):
    return int(enterprise_mask(e, year, "市级创新型试点企业").sum())


@indicator("创新型企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末验收认定的创新型企业数")
def innovative_enterprises(e, year):
    return int(enterprise_mask(e, year, "创新型企业").sum())


@indicator("市级工程技术研究中心", unit="家", inputs={"p": "平台台账"}, formula="平台台账中截至年末的市级工程技术研究中心数")
def city_eng_centres(p, year):
    return platforms(p, year, "工程技术研究中心", ("市级",))


@indicator("科技特派员", unit="人", inputs={"v": "县区.科技特派员"}, formula="Σ各县区科技特派员人数")
def commissioners(v):
    return v.sum()


@indicator("利益共同体", unit="个", inputs={"v": "县区.利益共同体"}, formula="Σ各县区组建利益共同体数")
def communities(v):
    return v.sum()


@indicator("培训农民", unit="万人次", inputs={"v": "县区.培训农民"}, formula="Σ各县区培训农民人次")
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

@indicator("重点企业产值", unit="亿元", inputs={"e": "企业台账"},
           formula="企业台账中重点企业（纳入高新技术产业统计）的本年工业总产值合计")
def key_enterprise_output(e, year, settings):
    if year != settings.year:
        return None  # the ledger holds this year's output only: no 上年 figure
    key = np.array([v is not None and v == v and bool(v) for v in _col(e, "重点企业")], dtype=bool)
    return float(np.nansum(_col(e, "工业总产值")[key]))


@indicator("重点企业产值占高新技术产业产值比重", unit="%", inputs={"e": "企业台账", "hitech": HITECH},
           formula="重点企业工业总产值 ÷ 全市高新技术产业产值 × 100%")
def key_enterprise_share(e, hitech, year, settings):
    output = key_enterprise_output(e, year, settings)
    return None if output is None else share(output, hitech.sum())


@indicator("一区五园高新技术产业产值", unit="亿元", inputs={"v": "科室.一区五园高新技术产业产值"},
           formula="科室数据：高新科报送")
def parks_output(v):
    return v


@indicator("列入国家和省科技重大专项", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度级别为国家级或省级的技术创新提升工程重大专项数")
def national_major_projects(p, year):
    return projects(p, year, "技术创新提升工程重大专项", PROVINCIAL)


@indicator("产学研合作企业", unit="家", inputs={"p": "项目台账"},
           formula="项目台账中本年度产学研合作项目的承担单位数（去重）")
def cooperating_enterprises(p, year):
    return len(set(_col(p, "承担单位")[project_mask(p, year, "产学研合作")]))


@indicator("来市指导院士", unit="名", inputs={"v": "科室.来市指导院士"}, formula="科室数据：合作科报送")
def academicians(v):
    return v


@indicator("来市指导专家", unit="名", inputs={"v": "科室.来市指导专家"}, formula="科室数据：合作科报送")
def experts(v):
    return v


@indicator("省级工程技术研究中心", unit="家", inputs={"p": "平台台账"},
           formula="平台台账中截至年末省级及以上工程技术研究中心数")
def provincial_eng_centres(p, year):
    return platforms(p, year, "工程技术研究中心", PROVINCIAL)


@indicator("产业技术创新战略联盟", unit="家", inputs={"p": "平台台账"}, formula="平台台账中截至年末的产业技术创新战略联盟数")
def alliances(p, year):
    return platforms(p, year, "产业技术创新战略联盟")


@indicator("院士工作站", unit="个", inputs={"p": "平台台账"}, formula="平台台账中截至年末的院士工作站数")
def academician_stations(p, year):
    return platforms(p, year, "院士工作站")


@indicator("农业科技示范园区", unit="处", inputs={"p": "平台台账"}, formula="平台台账中截至年末的农业科技示范园区数")
def agri_parks(p, year):
    return platforms(p, year, "农业科技示范园区")


@indicator("重大节能降耗减排科技项目", unit="项", inputs={"p": "项目台账"}, formula="项目台账中本年度节能减排项目数")
def energy_projects(p, year):
    return projects(p, year, "节能减排项目")


@indicator("节能新技术新装备推广", unit="项", inputs={"p": "项目台账"}, formula="项目台账中本年度节能新技术推广项目数")
def energy_technologies(p, year):
    return projects(p, year, "节能新技术推广")


@indicator("民生科技关键技术研发及成果转化", unit="项", inputs={"p": "项目台账"}, formula="项目台账中本年度民生科技项目数")
def livelihood_projects(p, year):
    return projects(p, year, "民生科技项目")


@indicator("省级创新型试点企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末的省级创新型试点企业数")
def provincial_pilots(e, year):
    return int(enterprise_mask(e, year, "省级创新型试点企业").sum())


@indicator("企业R&D经费投入", unit="亿元", inputs={"v": ENTERPRISE_RD}, formula="Σ各县区企业R&D经费支出")
def enterprise_rd(v):
    return v.sum()


@indicator("创新型企业R&D经费占销售收入比重", unit="%", inputs={"e": "企业台账"},
           formula="创新型企业ΣR&D经费支出 ÷ Σ主营业务收入 × 100%（每家应≥5%）")
def innovative_rd_intensity(e, year):
    mask = enterprise_mask(e, year, "创新型企业")
    return rd_intensity(e, mask), {"低于标准的企业": below(e, mask, 5.0), "标准": 5.0,
                                   "企业数": int(mask.sum())}


@indicator("高新技术企业和试点企业R&D经费占销售收入比重", unit="%", inputs={"e": "企业台账"},
           formula="高新技术企业和市级试点企业（不含创新型企业）ΣR&D经费支出 ÷ Σ主营业务收入 × 100%（每家应≥3%）")
def other_rd_intensity(e, year):
    mask = enterprise_mask(e, year, "高新技术企业", "市级创新型试点企业")
    mask &= _mask(e, ("not types", "创新型企业"), lambda f: ~_types(f, ("创新型企业",)))
    return rd_intensity(e, mask), {"低于标准的企业": below(e, mask, 3.0), "标准": 3.0,
                                   "企业数": int(mask.sum())}


@indicator("地区生产总值", unit="亿元", inputs={"v": GDP}, formula="Σ各县区地区生产总值（现价）")
def gdp_total(v):
    return v.sum()
