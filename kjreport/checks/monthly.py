"""月度数据 of the 报送月份 against the department's own figures (科室数据).

- the 报送月份's cumulative figure is this year's 本年数: when it differs, the 进度通报's 附件1
  (月度数据) and its rank table and 指标结果 (科室数据) print two figures — a 提示 naming both cells;
- when it equals the row's 上年数 instead, or the units' sum in 县区数据 exceeds a 本年数 that
  fell while the units grew, 本年数 and 上年数 were likely typed the wrong way round — a 提示;
- a 累计增速 row in % holding 0.108 where the figures give +10.8 % (a growth typed as a fraction)
  is an error naming the likely value; beside the growth target only, a 提示.

Pure: computed results, the progress inputs and the county tables in, ``Problem``s out; one pass
over the results, a column sum per indicator at most.
"""

from __future__ import annotations

import math

from kjreport.errors import Problem
from kjreport.workbook import unitsheets

GROWTH_AGREES = 0.6  # 个百分点: a fraction × 100 this close to the computed growth is that growth
FIT_LOW, FIT_HIGH = 0.5, 2.0  # × 100 within this ratio of the growth target: it fits


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _g(x: float) -> str:
    return f"{x:,.6g}".replace(",", "") if abs(x) < 1e5 else f"{x:.2f}".rstrip("0").rstrip(".")


def _decimals(x: float) -> int:
    text = f"{x:.6f}".rstrip("0")
    return len(text.partition(".")[2])


def _same(a: float, b: float) -> bool:
    """Return True when ``a`` and ``b`` are one figure, the one rounded as the other is typed
    (158.43 and 158.4 agree; 158.4 and 158.9 do not)."""
    places = min(_decimals(a), _decimals(b))
    return abs(a - b) <= 0.5 * 10 ** -places + 1e-9 * max(abs(a), abs(b), 1)


def _row(cell: str) -> str:
    return cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _cell(source: str, sheet: str) -> str | None:
    s, _, cell = source.partition("!")
    return cell if s == sheet and cell and ":" not in cell else None


def _figures(inputs, r, book: str = "monthly_of"):
    get = getattr(inputs, book)
    if r.value_is_increment and r.target is not None and not r.target.indicator.startswith(("新增", "净增")):
        return get(r.plain_name)  # a reported 新增 figure (212) is not the stock's row (758): qa12 F12
    return get(r.plain_name) or (get(r.target.indicator) if r.target else None)


def against_department(file: str, results, inputs, month: int, tables: dict | None = None,
                       told: set[str] = frozenset(), known: list[Problem] = ()) -> list[Problem]:
    """Return a 提示 for each 科室数据 figure whose 月度数据 of ``month`` differs (or equals its
    上年数: the two swapped), and for a 本年数 below 上年数 that the units' sums contradict.
    ``told``: indicators (plain names) already said to differ from 月度数据."""
    problems: list[Problem] = []
    seen: set[str] = set()
    wrong_rows = {_row(p.cell) for p in known if p.sheet == "科室数据" and p.cell and p.severity == "错误"}
    for r in results:
        if r.name in seen or r.origin != "科室报送" or not r.sources or not _number(r.value):
            continue
        now = _cell(r.sources[0], "科室数据")
        if now is None or now in seen or _row(now) in wrong_rows:
            continue  # a row already said to be wrong (万元 for 亿元, listed twice): one message
        seen.update((r.name, now))
        last = _cell(r.sources[1], "科室数据") if len(r.sources) > 1 else None
        figures = _figures(inputs, r)
        v = figures.values.get(month) if figures is not None else None
        at = figures.cells.get(month, "") if figures is not None else ""
        sheet, _, where = at.partition("!")
        swapped = _swap_evidence(r, v, where, month, tables) if last and _number(r.previous) else ""
        if swapped:
            problems.append(Problem(
                file, "科室数据", now,
                f"「{r.value_name}」本年数 {_g(r.value)}{r.unit}（{now}）小于上年数 {_g(r.previous)}{r.unit}（{last}），"
                f"而{swapped}",
                f"本年数与上年数是否填反了；若填反，请对调「科室数据」{now} 和 {last} 后再生成报告", "提示"))
            continue
        if not _number(v) or _same(v, r.value) or r.plain_name in told or r.kind == "ratio" or r.unit == "%":
            continue
        problems.append(Problem(
            file, sheet or "月度数据", where or None,
            f"「{r.value_name}」{month}月（报送月份）为 {_g(v)}{r.unit}，而「科室数据」{now} 的本年数为 {_g(r.value)}{r.unit}",
            "两处应为同一时期的数；进度通报的附件1用月度数据，指标结果和排名表用科室数据，请核对后改为一致", "提示"))
    return problems


def _swap_evidence(r, v, where: str, month: int, tables: dict | None) -> str:
    """Return why a 本年数 below its 上年数 looks swapped ("" when nothing says so)."""
    if not r.value < r.previous or _same(r.value, r.previous):
        return ""
    if _number(v) and _same(v, r.previous) and not _same(v, r.value):
        return f"「月度数据」{where} 的 {month} 月累计数为 {_g(v)}{r.unit}，与上年数相同"
    now, before = _county_sums(r, tables)
    # the units' sums sit by the other year's figure: this year's by 上年数, last year's by 本年数
    if now is not None and before is not None and now > r.value and not _same(now, r.value) and now > before > 0 \
            and abs(now - r.previous) < abs(now - r.value) and abs(before - r.value) < abs(before - r.previous):
        return (f"「{unitsheets.called(tables, unitsheets.COUNTY)}」各单位之和 {_g(now)}{r.unit} 大于本年数，且比上年（{_g(before)}{r.unit}）增长 "
                f"{(now / before - 1) * 100:.1f}%")
    return ""


def _county_sums(r, tables: dict | None) -> tuple[float | None, float | None]:
    """Return Σ of the 县区数据 and 县区上年数据 columns named as ``r`` (amounts only), or Nones."""
    if not tables or r.kind == "ratio" or r.unit in ("%", "个百分点", "位"):
        return None, None
    sums = []
    for sheet in unitsheets.UNIT_SHEETS:
        t = tables.get(sheet)
        values = None
        if t is not None:
            for name in (r.plain_name, r.target.indicator if r.target else None):
                if name and (values := t.column(name)) is not None:
                    break
        numbers = [x for x in values or () if _number(x)]
        sums.append(math.fsum(numbers) if numbers else None)
    return sums[0], sums[1]


def growth_fractions(file: str, results, inputs, month: int, known: list[Problem] = ()) -> list[Problem]:
    """Return a problem for each 月度数据 累计增速 figure that is a growth typed as a fraction:
    0.108 (meaning 10.8 %) where 本年数 and 上年数 give +10.8 % (error), or beside a growth target
    of 12 % only (提示)."""
    named = {(p.sheet, p.cell) for p in known if p.cell}
    problems: list[Problem] = []
    seen: set[str] = set()
    for r in results:
        if r.name in seen:
            continue
        figures = _figures(inputs, r, "growth_of")
        if figures is None:
            continue
        seen.add(r.name)
        t = r.target
        target = t.value if t is not None and t.kind == "增速" and _number(t.value) and t.value > 0 else None
        computed = r.yoy if _number(r.yoy) else None
        for m, x in sorted(figures.values.items()):
            sheet, _, cell = figures.cells.get(m, "").partition("!")
            if not _number(x) or not 0 < abs(x) < 1 or (sheet, cell) in named:
                continue
            y = x * 100
            sure = computed is not None and m == month and abs(y - computed) <= GROWTH_AGREES
            near_target = target is not None and FIT_LOW <= y / target <= FIT_HIGH
            if not (sure or near_target):
                continue
            named.add((sheet, cell))
            why = (f"本年数与上年数算得同比增长 {computed:.1f}%" if sure else f"年度目标为增长 {_g(target)}%")
            problems.append(Problem(
                file, sheet or "月度数据", cell or None,
                f"「{r.plain_name}」{m}月的累计增速为 {_g(x)}（单位 %，即增长 {_g(x)}%），而{why}",
                f"是否应为 {_g(round(y, 6))}（单元格设为百分比格式时，{_g(round(y, 6))}% 存为 {_g(x)}）；本行单位为 %，"
                f"请填写 {_g(round(y, 6))}，或把单元格格式设为百分比后输入 {_g(round(y, 6))}%",
                "错误" if sure else "提示"))
    return problems
