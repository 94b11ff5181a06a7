"""A mid-year workbook (报送月份 < 12): do its figures describe the same period?

- 月度数据 of the 报送月份 against the counties' sum in 县区数据: the progress notice's 附件1
  takes the first, the county ranking and county notices the second, so a difference is a 提示;
- every county falling by about half against 县区上年数据: last year's full-year figures were
  kept where 上年同期 (1—N月) figures belong — one 提示 for the sheet.

Pure: computed results, the progress inputs and the county tables in, ``Problem``s out.
"""

from __future__ import annotations

import math

from kjreport.errors import Problem
from kjreport.workbook import unitsheets

AMOUNT_TOLERANCE = 0.005  # relative: 月度数据 rounded to one decimal still agrees
RATIO_TOLERANCE = 0.06  # 个百分点: a figure rounded to one decimal still agrees
HALF_LOW, HALF_HIGH = 0.3, 0.7  # this year / last year in this band: a part of the year against a whole
HALF_SHARE = 0.8  # this share of the counties (at least 3) in the band → the hint


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and not math.isnan(v)


def _g(x: float) -> str:
    return f"{x:,.6g}".replace(",", "") if abs(x) < 1e5 else f"{x:.2f}".rstrip("0").rstrip(".")


def _shown(x: float, unit: str) -> str:
    """Return ``x`` as the documents show it: a percentage at two decimals at most (27.1, not
    27.1028: qa10b F13), other figures by ``_g``."""
    return f"{x:.2f}".rstrip("0").rstrip(".") if unit == "%" else _g(x)


def monthly_against_counties(file: str, results, inputs, month: int) -> list[Problem]:
    """Return a 提示 for each indicator summed from 县区数据 whose 月度数据 of ``month`` differs."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for r in results:
        if not _number(r.value) or r.name in seen:
            continue
        county = [s for s in r.sources if unitsheets.on_sheet(s, unitsheets.COUNTY)]
        if not county or r.sources[0].startswith("科室数据!"):
            continue  # a department's figure: ``monthly.against_department`` names its cell
        figures = inputs.monthly_of_result(r)
        v = figures.values.get(month) if figures is not None else None
        if not _number(v):
            continue
        seen.add(r.name)
        if r.kind == "ratio" or r.unit == "%":
            if abs(v - r.value) <= RATIO_TOLERANCE:
                continue
        elif abs(v - r.value) <= max(AMOUNT_TOLERANCE * max(abs(r.value), abs(v)), 0.05):
            continue
        sheet, _, cell = figures.cells.get(month, "").partition("!")
        how = "各县区之和" if r.kind != "ratio" and r.unit != "%" else "按各县区数据计算"
        sheet_name = county[0].partition("!")[0]
        problems.append(Problem(
            file, sheet or "月度数据", cell or None,
            f"「{r.plain_name}」{month}月（报送月份）为 {_shown(v, r.unit)}{r.unit}，而「{sheet_name}」{how}为 "
            f"{_shown(r.value, r.unit)}{r.unit}"
            f"（{'、'.join(county)}）",
            f"两处应为同一时期的数；进度通报的附件1用月度数据，县区排名和县区通报用{sheet_name}，请核对后改为一致",
            "提示"))
    return problems


def last_year_not_same_period(file: str, current, previous, month: int) -> list[Problem]:
    """Return one 提示 when, in a mid-year workbook, nearly every county's figures of some
    amount column are about half of 县区上年数据's: a full year compared with part of one."""
    if month >= 12 or current is None or previous is None:
        return []
    key = current.spec.key or "县区"
    last = {c: j for j, c in enumerate(previous.column(key) or []) if c}
    now_names = current.column(key) or []
    hit = []
    for name, at in [*current.columns.items(), *current.extra.items()]:
        if name == key or at.column.kind not in ("number", "int") or (at.column.unit or at.header_unit) == "%":
            continue
        before = previous.column(name)
        values = current.column(name)
        if before is None or values is None:
            continue
        ratios = [values[i] / before[j] for i, c in enumerate(now_names) if (j := last.get(c)) is not None
                  and _number(values[i]) and _number(before[j]) and before[j] > 0 and values[i] >= 0]
        if len(ratios) >= 3 and sum(HALF_LOW <= x <= HALF_HIGH for x in ratios) >= HALF_SHARE * len(ratios):
            hit.append((name, sorted(ratios)[len(ratios) // 2]))
    if not hit:
        return []
    shown = "、".join(f"「{n}」（中位数为上年的 {x * 100:.0f}%）" for n, x in hit[:3])
    return [Problem(file, previous.sheet, None,
                    f"报送月份为 {month} 月，而几乎所有县区的{shown}都只有「{previous.sheet}」的一半左右",
                    f"「{previous.sheet}」应填上年同期（1—{month}月）数，而不是上年全年数；否则各县区都将显示为同比大幅下降",
                    "须核对")]


FULL_YEAR_LOW, FULL_YEAR_HIGH = 0.7, 1.4  # (本年数 / 上年数) ÷ (month / 12) in this band: a part of the year
# against last year's whole (3.62 of 1—6月 against 7.12 for 2024: 0.51 ÷ 0.5)
FULL_YEAR_FALL = -25  # …and only when that reads as a fall of more than this (%)


def department_full_year(file: str, results, inputs, month: int) -> list[Problem]:
    """Return, in a mid-year workbook, a problem for each 科室数据 flow whose 上年数 is last year's
    full-year figure instead of 上年同期 (1—N月): a 须核对 when 月度数据's 「X（上年同期）」 row says
    otherwise for the month, else a 提示 when this year's figure is about month/12 of it. Left as
    it is, every such target reads as a fall of half and 未完成 — in 指标结果, and in the 增速 the
    progress notice does not compute from 月度数据 (qa24 F11)."""
    from kjreport.checks.cumulative import is_flow

    if month >= 12:
        return []
    problems: list[Problem] = []
    seen: set[str] = set()
    for r in results:
        if (r.name in seen or not _number(r.value) or not _number(r.previous) or r.previous <= 0 or r.value < 0
                or r.data_lag or r.value_is_increment or not r.sources or not r.sources[0].startswith("科室数据!")
                or not is_flow(r)):
            continue
        cells = [s.partition("!")[2] for s in r.sources if s.startswith("科室数据!")]
        if len(cells) < 2:
            continue
        seen.add(r.name)
        now, before = cells[0], cells[1]
        same = inputs.previous_of(r.plain_name) or (inputs.previous_of(r.target.indicator) if r.target else None)
        v = same.values.get(month) if same is not None else None
        if _number(v) and v > 0:
            if r.previous > v * (1 + AMOUNT_TOLERANCE) and r.previous / v >= 1.2:
                at = same.cells.get(month, "")
                problems.append(Problem(
                    file, "科室数据", before,
                    f"报送月份为 {month} 月，「{r.plain_name}」上年数 {_g(r.previous)}{r.unit} 大于「月度数据」"
                    f"{at.partition('!')[2] or ''} 的上年同期 {month} 月数 {_g(v)}{r.unit}",
                    f"年中报送时上年数应填上年同期（1—{month}月）数，多半填成了上年全年数；请把「科室数据」{before} "
                    f"改为 {_g(v)}，否则同比按上年全年数计算（{(r.value / r.previous - 1) * 100:+.0f}%，"
                    f"按上年同期为 {(r.value / v - 1) * 100:+.0f}%）", "须核对"))
            continue
        share = (r.value / r.previous) / (month / 12)
        fall = (r.value / r.previous - 1) * 100
        if FULL_YEAR_LOW <= share <= FULL_YEAR_HIGH and fall <= FULL_YEAR_FALL:
            problems.append(Problem(
                file, "科室数据", before,
                f"报送月份为 {month} 月，「{r.plain_name}」本年数 {_g(r.value)}{r.unit}（{now}）约为上年数 "
                f"{_g(r.previous)}{r.unit} 的 {month}/12，同比下降 {-fall:.0f}%",
                f"上年数是否填成了上年全年数？年中报送时应填上年同期（1—{month}月）数", "提示"))
    return problems
