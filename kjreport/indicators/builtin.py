"""The built-in indicators: one for every quantitative target of the bureau's annual plan.

Each function is pure: county columns (lists of floats, or numpy arrays), ``Frame`` ledgers (read
as lists, ``Frame.plain``) and floats in, a number out (or None when undefined); no numpy, so that
``check`` never imports it. Most also give every county's value in one call (``per_county``, see
``kjreport.indicators.counties``; the ledger's masks from ``ledger.masks``: numpy ones from
``kjreport.indicators.masks``, or plain lists from ``kjreport.indicators.plaincounties`` when
``check`` needs a few shares' county figures): the counts take a ``CountyLedger`` as well as a ledger.
Counts come from the ledgers (台账), never typed: project counts are the year's rows (flows),
enterprise and platform counts are those recognised by the end of the year (stocks).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import compress, repeat
from operator import and_, eq, le
from typing import TYPE_CHECKING

from kjreport.indicators.formulas import perpetual_inventory, share, solow
from kjreport.indicators.frame import Frame
from kjreport.indicators.plain import nantotal, total, values
from kjreport.indicators.registry import DATA_YEAR, indicator

if TYPE_CHECKING:
    from kjreport.indicators.counties import CountyLedger

HITECH = "县区.高新技术产业产值"
INDUSTRY = "县区.规模以上工业总产值"
RD = "县区.全社会R&D经费支出"
ENTERPRISE_RD = "县区.企业R&D经费支出"
GDP = "县区.地区生产总值"
PROVINCIAL = ("国家级", "省级")


# --- helpers (not indicators) -----------------------------------------------------------------
# The city's figure (and one county's, on its rows) is computed on plain lists (``Frame.plain``):
# ``check`` runs without importing numpy. A count tallies the ledger's distinct combinations of
# the columns it compares, once per ledger (``Frame.memo``), then adds up the matching ones: the
# history's eight years and last year cost a look at a few hundred combinations, not a pass over
# the rows. A sum adds in numpy's order (``plain.total``). The per-county forms (every county at
# once) work on numpy masks of the whole ledger (``kjreport.indicators.masks``), imported only
# when counties are computed; the tests compare the two, county by county, exactly.


_TYPE_SEPARATORS = re.compile(r"[、,，;；/\s]+")


@lru_cache(maxsize=4096)
def _type_names(text: str) -> frozenset[str]:
    """Return the names in one 企业类型 cell (split once per distinct text, not per call)."""
    return frozenset(_TYPE_SEPARATORS.split(text))


def names_type(cell, wanted: frozenset[str]) -> bool:
    """Return True when a 企业类型 cell (names separated by 、,;) names one of ``wanted``."""
    return isinstance(cell, str) and not _type_names(cell).isdisjoint(wanted)


def _tally(ledger: Frame, names: tuple[str, ...], levels: bool = False) -> Counter:
    """Return how many rows have each combination of values of the columns ``names`` and, when
    the ledger has it (or ``levels`` asks for it), 级别: one tally serves both kinds of count."""
    if levels or "级别" in ledger:
        names = (*names, "级别")
    key = ("tally", names)
    tally = ledger.memo.get(key)
    if tally is None:
        try:
            tally = Counter(zip(*(ledger.plain(n) for n in names), strict=True))
        except TypeError:  # an unhashable cell (not from a workbook): keyed by position
            tally = Counter({(*row, i): 1 for i, row in enumerate(zip(*(ledger.plain(n) for n in names),
                                                                      strict=True))})
        ledger.memo[key] = tally
    return tally


def projects(ledger, year: int, category: str, levels=None) -> int | list[int]:
    """Return how many project-ledger rows of ``year`` are in ``category`` (and ``levels``); for
    a ``CountyLedger``, how many each county has."""
    if not isinstance(ledger, Frame):  # a CountyLedger: every county at once
        return ledger.counts(ledger.masks.project_mask(ledger.frame, year, category, levels))
    tally = _tally(ledger, ("年度", "项目类别"), levels is not None)
    if levels is None:
        return sum(n for (y, c, *_), n in tally.items() if y == year and c == category)
    levels = tuple(levels)
    return sum(n for (y, c, lv, *_), n in tally.items() if y == year and c == category and lv in levels)


def enterprises(ledger, year: int, *types: str) -> int | list[int]:
    """Return how many enterprises of any of ``types`` are recognised by the end of ``year``;
    for a ``CountyLedger``, how many each county has."""
    if not isinstance(ledger, Frame):
        return ledger.counts(ledger.masks.enterprise_mask(ledger.frame, year, types))
    wanted = frozenset(types)
    return sum(n for (y, t, *_), n in _tally(ledger, ("认定年份", "企业类型")).items()
               if y <= year and names_type(t, wanted))


def platforms(ledger, year: int, kind: str, levels=None) -> int | list[int]:
    """Return how many platforms of ``kind`` (and ``levels``) exist by the end of ``year``; for a
    ``CountyLedger``, how many each county has."""
    if not isinstance(ledger, Frame):
        return ledger.counts(ledger.masks.platform_mask(ledger.frame, year, kind, levels))
    tally = _tally(ledger, ("认定年份", "平台类型"), levels is not None)
    if levels is None:
        return sum(n for (y, k, *_), n in tally.items() if y <= year and k == kind)
    levels = tuple(levels)
    return sum(n for (y, k, lv, *_), n in tally.items() if y <= year and k == kind and lv in levels)


def _enterprise_rows(ledger: Frame, year: int, types: tuple[str, ...], unless: tuple[str, ...] = ()) -> list[int]:
    """Return the row positions of the enterprises of any of ``types`` (and none of ``unless``)
    recognised by the end of ``year``."""
    wanted, unwanted = frozenset(types), frozenset(unless)

    def named(t) -> bool:
        return names_type(t, wanted) and not (unwanted and names_type(t, unwanted))

    cells = ledger.plain("企业类型")
    try:
        verdict = {t: named(t) for t in set(cells)}  # once per distinct text
    except TypeError:  # an unhashable cell (not from a workbook)
        return [i for i, (y, t) in enumerate(zip(ledger.plain("认定年份"), cells, strict=True))
                if y <= year and named(t)]
    # C-level passes (no Python loop per row): "recognised by the end of year", then the type
    by_year = map(le, ledger.plain("认定年份"), repeat(year))
    return list(compress(range(len(cells)), map(and_, by_year, map(verdict.__getitem__, cells))))


def _rd_intensity(ledger: Frame, rows: list[int]) -> float | None:
    """Return Σ R&D经费支出 ÷ Σ 主营业务收入 × 100 (%) of the enterprises at ``rows``."""
    rd, revenue = ledger.plain("R&D经费支出"), ledger.plain("主营业务收入")
    return share(nantotal([rd[i] for i in rows]), nantotal([revenue[i] for i in rows]))


def county_rd_intensities(ledger, mask) -> list[float | None]:
    """Return each county's R&D intensity of its enterprises in ``mask`` (over ``ledger.frame``)."""
    rd, revenue = ledger.sums(ledger.column("R&D经费支出"), mask), ledger.sums(ledger.column("主营业务收入"), mask)
    return [share(r, v) for r, v in zip(rd, revenue, strict=True)]


def _below(ledger: Frame, rows: list[int], threshold: float) -> list[dict]:
    """Return the enterprises at ``rows`` whose own R&D intensity is below ``threshold`` %."""
    names, counties = ledger.plain("企业名称"), ledger.plain("县区")
    rd, revenue = ledger.plain("R&D经费支出"), ledger.plain("主营业务收入")
    out = []
    for i in rows:
        ratio = share(rd[i], revenue[i])  # a blank R&D gives NaN: never below
        if ratio is not None and ratio < threshold:
            out.append({"企业名称": names[i], "县区": counties[i], "比重": float(ratio)})
    return sorted(out, key=lambda e: e["比重"])


def _float(x) -> float | None:
    return None if x is None else float(x)


# --- every county at once (per_county forms) ---------------------------------------------------

def _own_figures(v):
    """Return each county's figure: the Σ of one county's column is its own cell."""
    return v


def _shares(part, whole) -> list[float | None]:
    """Return ``share`` of each county's two figures."""
    return [share(a, b) for a, b in zip(values(part), values(whole), strict=True)]


# --- 主要任务目标 -----------------------------------------------------------------------------

@indicator("高新技术产业产值", unit="亿元", inputs={"v": HITECH}, formula="Σ各县区高新技术产业产值",
           per_county=_own_figures)
def hitech_output(v):
    return total(values(v))


@indicator("高新技术产业产值占规模以上工业总产值比重", unit="%",
           inputs={"hitech": HITECH, "industry": INDUSTRY},
           formula="Σ高新技术产业产值 ÷ Σ规模以上工业总产值 × 100%",
           per_county=lambda hitech, industry: _shares(hitech, industry))
def hitech_share(hitech, industry):
    return share(total(values(hitech)), total(values(industry)))


@indicator("规模以上工业总产值", unit="亿元", inputs={"v": INDUSTRY}, formula="Σ各县区规模以上工业总产值",
           per_county=_own_figures)
def industry_output(v):
    return total(values(v))


@indicator("全社会R&D经费投入", unit="亿元", inputs={"v": RD}, formula="Σ各县区全社会R&D经费支出",
           per_county=_own_figures)
def rd_spending(v):
    return total(values(v))


@indicator("全社会R&D经费投入占GDP比重", unit="%", inputs={"rd": RD, "gdp": GDP},
           formula="ΣR&D经费支出 ÷ Σ地区生产总值（现价）× 100%",
           per_county=lambda rd, gdp: _shares(rd, gdp))
def rd_to_gdp(rd, gdp):
    return share(total(values(rd)), total(values(gdp)))


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


@indicator("高新技术企业", unit="家", inputs={"e": "企业台账"}, formula="企业台账中截至年末认定的高新技术企业数（资格有效期三年：认定年份填最近一次认定的年份，到期未重新认定的企业从台账删去）", per_county=True)
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
    return total(values(v))


@indicator("利益共同体", unit="个", inputs={"v": "县区.利益共同体"}, formula="Σ各县区组建利益共同体数",
           per_county=_own_figures)
def communities(v):
    return total(values(v))


@indicator("培训农民", unit="万人次", inputs={"v": "县区.培训农民"}, formula="Σ各县区培训农民人次",
           per_county=_own_figures)
def farmer_training(v):
    return total(values(v))


@indicator("科技进步贡献率", unit="%", inputs={"g": "增长核算"},
           formula="索洛余值法：E_A = (y − αk − βl) ÷ y × 100%，y、k、l 为测算期水平法年均增长率")
def tech_progress_contribution(g, year, settings):
    """Return (E_A, details) over [start, year]; start defaults to year − 5.

    The rate of a year is published only early the next year (the national one at the next
    全国科技工作会议, a province's at its next 科技工作会议, both as 预计), and the 地区生产总值、
    从业人员 it is computed from come with the next year's 统计公报: at the end of ``year`` the
    增长核算 table often ends at ``year`` − 1. The rate is then that year's, over the same span
    one year earlier, with details["数据年度"] saying so (the report writes "2010年数据，统计
    数据滞后一年", as for a 科室数据 row with 数据年度; the engine takes 上年 one year earlier too)."""
    if settings.alpha is None or settings.beta is None:
        return None, {"说明": "设置中缺少资本产出弹性α或劳动产出弹性β"}
    span = settings.year - settings.growth_start_year if settings.growth_start_year else 5
    row = {int(y): i for i, y in enumerate(g.plain("年份")) if y == y}
    if year == settings.year and year not in row and year - 1 in row and year - 1 - span in row:
        value, details = _contribution(g, year - 1, settings, span, row)
        return value, {**details, DATA_YEAR: year - 1}
    return _contribution(g, year, settings, span, row)


def _contribution(g, year, settings, span, row):
    """Return (E_A, details) over [year − span, year] (see ``tech_progress_contribution``)."""
    start = year - span
    years = [int(y) for y in g.plain("年份") if y == y]
    if start not in row or year not in row:
        return None, {"说明": f"增长核算表缺少{start}年或{year}年数据"}
    if settings.capital_basis.startswith("固定资产投资"):
        window = sorted(y for y in years if y <= year)
        investment = [g.plain("固定资产投资")[row[y]] for y in window]
        prices = [g.plain("投资价格指数")[row[y]] for y in window] if "投资价格指数" in g else None
        if prices is not None and any(p != p for p in prices):
            prices = None
        stock = perpetual_inventory(investment, prices, settings.depreciation)
        capital = dict(zip(window, stock, strict=True))
    else:
        capital = {y: g.plain("资本存量")[row[y]] for y in years}
    out = g.plain("地区生产总值（可比价）")
    labour = g.plain("从业人员")
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

def _is_key(v) -> bool:
    """Return True for a 重点企业 cell marked (是, True)."""
    return v is not None and v == v and bool(v)


def _county_key_outputs(e: CountyLedger, year, settings) -> list[float | None]:
    """Return each county's ``key_enterprise_output``."""
    if year != settings.year:
        return [None] * e.size
    return [float(x) for x in e.sums(e.column("工业总产值"), e.masks.key_enterprise_mask(e.frame))]


def _county_key_shares(e: CountyLedger, hitech, year, settings) -> list[float | None]:
    """Return each county's ``key_enterprise_share``."""
    outputs = _county_key_outputs(e, year, settings)
    return [None if o is None else share(o, h) for o, h in zip(outputs, values(hitech), strict=True)]


@indicator("重点企业产值", unit="亿元", inputs={"e": "企业台账"},
           formula="企业台账中重点企业（纳入高新技术产业统计）的本年工业总产值合计",
           per_county=_county_key_outputs)
def key_enterprise_output(e, year, settings):
    if year != settings.year:
        return None  # the ledger holds this year's output only: no 上年 figure
    return float(nantotal([o for o, k in zip(e.plain("工业总产值"), e.plain("重点企业"), strict=True) if _is_key(k)]))


@indicator("重点企业产值占高新技术产业产值比重", unit="%", inputs={"e": "企业台账", "hitech": HITECH},
           formula="重点企业工业总产值 ÷ 全市高新技术产业产值 × 100%", per_county=_county_key_shares)
def key_enterprise_share(e, hitech, year, settings):
    output = key_enterprise_output(e, year, settings)
    return None if output is None else share(output, total(values(hitech)))


@indicator("一区五园高新技术产业产值", unit="亿元", inputs={"v": "科室.一区五园高新技术产业产值"},
           formula="科室数据：高新科报送")
def parks_output(v):
    return v


@indicator("列入国家和省科技重大专项", unit="项", inputs={"p": "项目台账"},
           formula="项目台账中本年度级别为国家级或省级的技术创新提升工程重大专项数", per_county=True)
def national_major_projects(p, year):
    return projects(p, year, "技术创新提升工程重大专项", PROVINCIAL)


def _county_cooperating(p: CountyLedger, year) -> list[int]:
    """Return each county's ``cooperating_enterprises``: the distinct (county, 承担单位) pairs
    of the year's rows of the category, counted by county (one pass, not a set per county)."""
    return p.distinct(p.frame.plain("承担单位"), p.masks.project_mask(p.frame, year, "产学研合作"))


@indicator("产学研合作企业", unit="家", inputs={"p": "项目台账"},
           formula="项目台账中本年度产学研合作项目的承担单位数（去重）", per_county=_county_cooperating)
def cooperating_enterprises(p, year):
    key = ("units", "产学研合作")
    units = p.memo.get(key)
    if units is None:  # each 年度's 承担单位 of the category, in one pass for every year
        units = p.memo[key] = {}
        wanted = map(eq, p.plain("项目类别"), repeat("产学研合作"))  # (C-level: only its rows looped)
        for y, u in compress(zip(p.plain("年度"), p.plain("承担单位"), strict=True), wanted):
            if y == y:
                units.setdefault(y, set()).add(u)
    return len(units.get(year, ()))


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
    return total(values(v))


OTHERS = (("高新技术企业", "市级创新型试点企业"), ("创新型企业",))  # (types, unless): not 创新型企业


@indicator("创新型企业R&D经费占销售收入比重", unit="%", inputs={"e": "企业台账"},
           formula="创新型企业ΣR&D经费支出 ÷ Σ主营业务收入 × 100%（每家应≥5%）",
           per_county=lambda e, year: county_rd_intensities(
               e, e.masks.enterprise_mask(e.frame, year, ("创新型企业",))))
def innovative_rd_intensity(e, year):
    rows = _enterprise_rows(e, year, ("创新型企业",))
    return _rd_intensity(e, rows), {"低于标准的企业": _below(e, rows, 5.0), "标准": 5.0, "企业数": len(rows)}


@indicator("高新技术企业和试点企业R&D经费占销售收入比重", unit="%", inputs={"e": "企业台账"},
           formula="高新技术企业和市级试点企业（不含创新型企业）ΣR&D经费支出 ÷ Σ主营业务收入 × 100%（每家应≥3%）",
           per_county=lambda e, year: county_rd_intensities(
               e, e.masks.enterprise_mask(e.frame, year, *OTHERS)))
def other_rd_intensity(e, year):
    rows = _enterprise_rows(e, year, *OTHERS)
    return _rd_intensity(e, rows), {"低于标准的企业": _below(e, rows, 3.0), "标准": 3.0, "企业数": len(rows)}


@indicator("地区生产总值", unit="亿元", inputs={"v": GDP}, formula="Σ各县区地区生产总值（现价）",
           per_county=_own_figures)
def gdp_total(v):
    return total(values(v))
