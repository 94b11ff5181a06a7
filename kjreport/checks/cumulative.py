"""A cumulative figure that falls: the year's (or the 报送月份's) figure of a flow below what
月度数据 already showed for an earlier month.

技术合同成交额 cannot fall from 3.1亿元 (1—6月) to 2.83亿元 for the year: one of the two is wrong
(a slip in 本年数, or 月度数据 typed for another indicator). Only flows are judged — money
amounts (成交额, 产值, 经费支出) and reported 新增 figures; a stock (高新技术企业, 科技特派员,
贷款余额) may really end the year below its June count.

When the 科室数据 figure also equals its own 上年数 (qa24 F1: 技术合同成交额 7.12亿元 for the year, as
last year, while 月度数据 had 7.63 by November and 8.65 in December), the two facts together leave no doubt
that last year's figure was left in 本年数: one 须核对 on the cell instead of two 提示, so that the summary
is not written with a target “未完成” on last year's figure (``without_equal_hint`` drops the 提示 of
``consistency.same_as_last_year`` on that cell).

Pure: computed results and the progress inputs in, ``Problem``s out; one pass over the results.
"""

from __future__ import annotations

import math

from kjreport.errors import HINT, VERIFY, Problem
from kjreport.workbook import unitsheets

TOLERANCE = 0.005  # relative: 月度数据 rounded to one decimal still fits
FLOW_WORDS = ("成交额", "产值", "收入", "支出", "投入", "经费", "申请", "授权", "登记", "销售额", "营业额")
STOCK_WORDS = ("余额", "存量", "总数", "保有", "累计")
LEFT_OVER = "与上年数相同，又小于"  # the 须核对 of a 本年数 that is last year's figure left in the cell


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _g(x: float) -> str:
    return f"{x:,.6g}".replace(",", "") if abs(x) < 1e5 else f"{x:.2f}".rstrip("0").rstrip(".")


def _judged_from_stock(result) -> bool:
    """Return True for a 新增/净增 target whose figure is the stock's row (本年数 − 上年数): its
    value is a year-end total, whatever the result is named (新增高新技术企业 or, alone, 高新技术企业)."""
    target = result.target
    return target is not None and target.kind in ("新增", "净增") and not result.value_is_increment


def is_flow(result) -> bool:
    """Return True for an indicator whose figure adds up over the year (a 流量): a money amount
    or a reported 新增 figure — not a rate, a rank or a stock."""
    name, unit = result.plain_name or result.name, result.unit or ""
    if result.kind != "amount" or unit in ("%", "个百分点", "位") or any(w in name for w in STOCK_WORDS):
        return False
    if result.value_is_increment or name.startswith("新增") or _judged_from_stock(result):
        return True
    return unit.endswith("元") or any(w in name for w in FLOW_WORDS)


def year_below_month(file: str, results, inputs, month: int) -> list[Problem]:
    """Return a 提示 for each flow whose figure for the year (1—``month``月) is below its 月度数据
    figure of an earlier month, naming both cells."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for r in results:
        if r.name in seen or not _number(r.value) or not r.sources or not is_flow(r):
            continue
        figures = inputs.monthly_of_result(r)
        if figures is None:
            continue
        if r.value_is_increment and not inputs.monthly_name(r).startswith(("新增", "净增")):
            continue  # a reported 新增 figure (212) is no part of the stock's row (602 … 758): qa12 F12
        earlier = [(m, v) for m, v in figures.values.items() if m < month and _number(v)]
        if not earlier:
            continue
        seen.add(r.name)
        m, v = max(earlier, key=lambda x: (x[1], -x[0]))
        if v <= r.value or v - r.value <= TOLERANCE * v:
            continue
        sheet, _, cell = r.sources[0].partition("!")
        at, _, where = figures.cells.get(m, "").partition("!")
        at = at or "月度数据"
        what = {"科室数据": "本年数", unitsheets.COUNTY: "各县区之和"}.get(unitsheets.keyed(sheet), "计算结果")
        shown = f"{what} {_g(r.value)}{r.unit}" + (f"（{cell}）" if unitsheets.keyed(sheet) == unitsheets.COUNTY else "")
        span = "全年" if month == 12 else f"1—{month}月"
        stock = _judged_from_stock(r)  # a 新增 target judged from the stock's row: a total, not a sum
        if (unitsheets.keyed(sheet) == "科室数据" and not stock and not r.data_lag
                and _number(r.previous) and r.previous == r.value):
            now = figures.values.get(month)
            said = (f"（{month} 月为 {_g(now)}{r.unit}）" if _number(now) and now != r.value else "")
            problems.append(Problem(
                file, sheet, cell or None,
                f"「{r.value_name}」本年数 {_g(r.value)}{r.unit} {LEFT_OVER}「{at}」{where} 的 {m} 月累计数 "
                f"{_g(v)}{r.unit}{said}",
                f"多半是沿用上年的表时留下了上年数：请把「{sheet}」{cell} 改为{span}的数；"
                "如确实如此，请核对后在「核对记录」中确认", VERIFY))
            continue
        problems.append(Problem(
            file, sheet or None, cell or None,
            f"「{r.value_name}」{shown} 小于「{at}」{where} 的 {m} {'月数' if stock else '月累计数'} {_g(v)}{r.unit}",
            (f"{'年末' if month == 12 else f'{month}月'}总数比 {m} 月少 {_g(v - r.value)}{r.unit}，若不是真的减少（资格到期、注销），" if stock else
             f"累计数不会越报越少，{span}的数应不小于 {m} 月的累计数：")
            + f"请核对「{sheet or at}」{cell if sheet else where} "
            f"和「{at}」{where} 哪一处填错（若月度数据这一行填的是其他指标的数，请改到对应的行）", "提示"))
    return problems


def without_equal_hint(problems: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the 提示 “本年数与上年数完全相同” on a cell whose 须核对 of
    ``year_below_month`` already says so (one message for the cell)."""
    left = {(p.sheet, p.cell) for p in problems if p.severity == VERIFY and LEFT_OVER in p.found}
    if not left:
        return problems
    return [p for p in problems if not (p.severity == HINT and (p.sheet, p.cell) in left
                                         and "本年数与上年数完全相同" in p.found)]
