"""Percentages typed the Excel way: 2.86 % stored as 0.0286.

- ``read_formats`` (while the dataset is read): a 科室数据 or 目标任务 cell in a row whose unit is
  % and whose number format is a percentage (``0.00%``) shows the value × 100 — what the clerk
  typed and sees — so it is read as such (0.0286 → 2.86), with a 提示;
- ``hundredths`` (on the computed indicators): a % figure about one hundredth of its row's own
  上年数 and target (0.361 beside 33.8 and 35), or a % target about one hundredth of the figures
  it is set for (0.35 beside 36.1), is an error naming the cell and the likely value.

Pure apart from asking the source which cells are %-formatted; a few dozen cells at most.
"""

from __future__ import annotations

import math
import re

from kjreport.errors import Problem

DEPARTMENT_COLUMNS = ("本年数", "上年数")
TARGET_COLUMNS = ("目标值", "争取值", "区间上限")
FIT_LOW, FIT_HIGH = 0.5, 2.0  # value × 100 within this ratio of a reference: it fits
OWN_LOW = 0.2  # the value itself below this share of every reference: it does not fit


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and not math.isnan(v)


def _g(x: float) -> str:
    """Return ``x`` as a user reads it: two decimals at most from 1 up (27.1, not 27.102804 —
    qa10b F13), three significant digits below (0.265, 0.0286)."""
    text = f"{x:.2f}".rstrip("0").rstrip(".") if abs(x) >= 1 else f"{x:.3g}"
    return text if text not in ("", "-0") else "0"


def _set(table, i: int, name: str, value) -> None:
    stored = getattr(table.rows, "columns", None)
    if isinstance(stored, dict) and name in stored:
        stored[name][i] = value
    else:
        table.rows[i].values[name] = value


def read_formats(file: str, source, tables: dict, sheets: dict | None = None) -> list[Problem]:
    """Read %-formatted numbers in % rows of 科室数据 and 目标任务 as shown (value × 100);
    tables change in place. Return the 提示 for each cell so read. ``sheets`` (the grids as
    typed) keep a number typed as text (「6.3%」, already read as 6.3) from being multiplied."""
    from kjreport.checks import _raw_value
    from kjreport.workbook.formats import percent_cells

    problems: list[Problem] = []
    for sheet, columns in (("科室数据", DEPARTMENT_COLUMNS), ("目标任务", TARGET_COLUMNS)):
        table = tables.get(sheet)
        if table is None or not table.rows or "单位" not in table.columns:
            continue
        units = table.column("单位") or []
        todo = []  # (row index, column, cell, value)
        for name in columns:
            values = table.column(name)
            if values is None:
                continue
            for i, (unit, v) in enumerate(zip(units, values, strict=False)):
                if isinstance(unit, str) and unit.strip() in ("%", "％") and _number(v) and v != 0:
                    todo.append((i, name, table.rows[i].cells.get(name), v))
        if not todo:
            continue
        raw = _raw_value((sheets or {}).get(sheet))
        if sheets and sheet in sheets:
            todo = [x for x in todo if _number(raw(x[2]))]  # a number stored as such, not text
        shown = percent_cells(source, table.sheet, [c for _, _, c, _ in todo if c])
        names = table.column("指标") or [None] * len(table.rows)
        for i, name, cell, v in todo:
            if cell not in shown:
                continue
            value = round(v * 100, 10)
            if _share(names[i]) and 1 < v <= 100:
                # 31.2 typed into a 0.0% cell shows 3120%: a share never is; the number typed is
                # the figure (qa12 F10) — one error, the value kept as typed
                what = f"「{names[i]}」的{name}" if names[i] else name
                problems.append(Problem(
                    file, table.sheet, cell,
                    f"{what}单元格设为百分比格式，显示为 {_g(value)}%（存储值 {_g(v)}），比重不会超过 100%",
                    f"是否应为 {_g(v)}？若是，请把单元格格式改为“常规”，使表中显示 {_g(v)}"))
                continue
            _set(table, i, name, value)
            what = f"「{names[i]}」的{name}" if names[i] else name
            problems.append(Problem(
                file, table.sheet, cell,
                f"{what}单元格设为百分比格式，显示为 {_g(value)}%（存储值 {_g(v)}），已按 {_g(value)} 读取",
                "本行单位为 %，数值按单元格显示的百分数读取；如显示的数不对，请改正", "提示"))
    return problems


def _share(name) -> bool:
    """Return True for a share (…占比, …强度), which is never over 100 %; not a growth rate."""
    from kjreport.checks.plausibility import GROWTH_WORDS, SHARE_WORDS

    return isinstance(name, str) and bool(SHARE_WORDS.search(name)) and not GROWTH_WORDS.search(name)


def _fits(x: float, ref: float, low: float, high: float) -> bool:
    return x > 0 and ref > 0 and low <= x / ref <= high


def one_hundredth(x, refs) -> bool:
    """Return True when ``x`` looks like a percentage stored as a fraction: x × 100 fits one of
    ``refs`` (figures of the same row, in %) and x itself fits none of them."""
    refs = [r for r in refs if _number(r) and r > 0]
    if not _number(x) or not 0 < x <= 1 or not refs:
        return False
    return (any(_fits(x * 100, r, FIT_LOW, FIT_HIGH) for r in refs)
            and not any(x / r >= OWN_LOW for r in refs))


def _single_cell(source: str, sheet: str) -> str | None:
    """Return the cell of a ``科室数据!D5`` source (one cell of ``sheet``), else None."""
    s, _, cell = source.partition("!")
    return cell if s == sheet and cell and ":" not in cell else None


def _refs_text(pairs: list[tuple[str, float]]) -> str:
    return " 和".join(f"{label} {_g(v)}" for label, v in pairs) + " "


def _fix(x: float) -> str:
    y = _g(x * 100)
    return (f"是否应为 {y}（单元格设为百分比格式时，{y}% 存为 {_g(x)}）；"
            f"本行单位为 %，请填写 {y}，或把单元格格式设为百分比后输入 {y}%")


def hundredths(file: str, results, known: list[Problem] = ()) -> list[Problem]:
    """Return errors for % figures and % targets about one hundredth of the figures beside them."""
    named = {(p.sheet, p.cell) for p in known if p.cell}
    problems: list[Problem] = []
    seen_targets: set[str] = set()
    for r in results:
        t = r.target
        comparable = t is not None and t.unit == "%" and t.kind in ("总量", "累计") and r.unit == "%"
        if r.unit != "%" and not comparable:
            continue
        target = t.value if comparable else None
        if r.origin == "科室报送" and r.sources:
            figures = [("本年数", r.value, _single_cell(r.sources[0], "科室数据"))]
            if len(r.sources) > 1:
                figures.append(("上年数", r.previous, _single_cell(r.sources[1], "科室数据")))
            # both years typed as fractions (0.0066 and 0.0058 beside the target 0.62): each is
            # the other's match, so each is measured against the target alone (商丘 2025)
            both = target is not None and len(figures) > 1 and all(
                one_hundredth(x, [target]) for _, x, _ in figures)
            for label, x, cell in figures:
                if cell is None or ("科室数据", cell) in named:
                    continue
                others = [] if both else [(lb, v) for lb, v, _ in figures if lb != label and _number(v)]
                if target is not None:
                    others.append(("年度目标", target))
                if one_hundredth(x, [v for _, v in others]):
                    near = [(lb, v) for lb, v in others if _fits(x * 100, v, FIT_LOW, FIT_HIGH)]
                    problems.append(Problem(
                        file, "科室数据", cell,
                        f"「{r.plain_name}」{label}为 {_g(x)}（单位 %），约为{_refs_text(near)}的百分之一", _fix(x)))
                    named.add(("科室数据", cell))
        if not comparable or not t.cell or t.cell in seen_targets:
            continue
        seen_targets.add(t.cell)
        sheet, _, cell = t.cell.partition("!")
        if (sheet, cell) in named:
            continue
        # a county name that does not pair leaves the city 上年数 不可比, not its size (qa21 F5)
        figures = [("本年数", r.value), ("上年数", r.previous if r.previous is not None else r.unpaired_previous)]
        flagged_figure = any(p.sheet == "科室数据" and p.cell in {_single_cell(s, "科室数据") for s in r.sources}
                             for p in problems)
        if flagged_figure:
            continue  # the figure, not the target, is a hundredth
        refs = [(lb, v) for lb, v in figures if _number(v) and v > 0]
        stated = _stated_percent(t.sentence, t.value * 100) if not _stated_percent(t.sentence, t.value) else ""
        if one_hundredth(t.value, [v for _, v in refs]) or (stated and 0 < t.value <= 1):
            near = [(lb, v) for lb, v in refs if _fits(t.value * 100, v, FIT_LOW, FIT_HIGH)]
            found = f"目标「{r.plain_name}」的目标值为 {_g(t.value)}（单位 %）"
            if near:
                found += f"，约为{_refs_text(near)}的百分之一"
            if stated:
                found += f"，而原文为「{stated}」"
            problems.append(Problem(file, sheet or None, cell or None, found, _fix(t.value)))
    return problems


def _stated_percent(sentence: str, value: float) -> str:
    """Return the ``35%`` of the plan's sentence when it states ``value`` per cent, else ""."""
    if not sentence or value <= 0:
        return ""
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*[%％]", sentence):
        if abs(float(m.group(1)) - value) < 1e-6:
            return m.group(0)
    return ""


HUNDREDFOLD_LOW = 20  # the figure at least this many times every reference: it does not fit
FORMAT_HINT = "单元格设为百分比格式"


def hundredfold(file: str, results, known: list[Problem] = ()) -> list[Problem]:
    """Return errors for % figures of 科室数据 about 100 times their row's other figure and target:
    10.2 typed into a %-formatted cell shows (and is read) as 1020 %, beside 上年 9.8 and 目标 10."""
    named = {(p.sheet, p.cell) for p in known if p.cell and p.severity == "错误"}
    formatted = {(p.sheet, p.cell) for p in known if p.cell and FORMAT_HINT in p.found}
    problems: list[Problem] = []
    for r in results:
        if r.unit != "%" or r.origin != "科室报送" or not r.sources:
            continue
        t = r.target
        target = t.value if t is not None and t.unit == "%" and t.kind in ("总量", "累计") else None
        figures = [("本年数", r.value, _single_cell(r.sources[0], "科室数据"))]
        if len(r.sources) > 1:
            figures.append(("上年数", r.previous, _single_cell(r.sources[1], "科室数据")))
        for label, x, cell in figures:
            if cell is None or ("科室数据", cell) in named or not _number(x) or x <= 100:
                continue
            refs = [(lb, v) for lb, v, _ in figures if lb != label and _number(v) and v > 0]
            if _number(target) and target > 0:
                refs.append(("年度目标", target))
            near = [(lb, v) for lb, v in refs if _fits(x / 100, v, FIT_LOW, FIT_HIGH)]
            if not near or any(x / v < HUNDREDFOLD_LOW for _, v in refs):
                continue
            y = _g(x / 100)
            how = (f"（单元格设为百分比格式，输入 {y} 会显示为 {_g(x)}%）" if ("科室数据", cell) in formatted else "")
            problems.append(Problem(
                file, "科室数据", cell,
                f"「{r.plain_name}」{label}为 {_g(x)}%{how}，约为{_refs_text(near)}的 100 倍",
                f"是否应为 {y}；本行单位为 %，请把单元格格式改为「常规」后填写 {y}，或直接输入 {y}%"))
            named.add(("科室数据", cell))
    return problems


def without_format_hints(problems: list[Problem], errors: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the 百分比格式 提示 on a cell ``errors`` speak of (one cell, one message)."""
    cells = {(p.sheet, p.cell) for p in errors if p.cell}
    return [p for p in problems if not (p.severity == "提示" and FORMAT_HINT in p.found and (p.sheet, p.cell) in cells)]
