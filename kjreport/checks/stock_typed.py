"""A year-end total typed into a 科室数据 row that a 新增/净增 target reads as the increment.

The office that reports 「新增高新技术企业」 often types the year-end count it knows best (215家)
instead of the year's increment (62家). Read as 新增, the summary then says "新增高新技术企业215家，
为年度目标的4.3倍" (qa10 F10). An increment several times both its annual target and last year's
increment is almost always such a total: an error at the cell, asking whether the total was typed.
When the office confirms the figure by a word in the row's 备注 cell (如“含迁入企业”), it is a 提示.
A 新增 figure not below the same indicator's year-end total (758 new of 758, 602 last year) is
须核对 whatever the ratio (qa12 F3).

Pure: computed results and the 科室数据 table in, ``Problem``s out.
"""

from __future__ import annotations

from kjreport.errors import Problem

FACTOR = 4.0  # the increment this many times its target and last year's increment
MIN_GAP = 10  # …and at least this much above the target (新增 5 家 against 1 is no sign)
SHEET = "科室数据"


def _rows_by_cell(tables: dict | None) -> dict:
    """Return the 科室数据 rows keyed by their 本年数 cell ("D7"), {} without the sheet."""
    table = (tables or {}).get(SHEET)
    if table is None or not table.rows:
        return {}
    return {r.cells.get("本年数"): r for r in table.rows if r.cells.get("本年数")}


def _increments(results):
    """Yield (result, target) for each result whose target is a 新增/净增 of a stated amount."""
    for r in results:
        t = r.target
        if t is not None and t.kind in ("新增", "净增") and t.value:
            yield r, t


def _reported_row(result, rows: dict, value: float | None = None):
    """Return (cell, row) of the 科室数据 row a result's figure was read from, row None if none.

    A 新增 result may also cite the 总数 row it was checked against: the row holding ``value``
    (the figure itself) is the one meant (qa13 F10).
    """
    cells = [s.partition("!")[2] for s in result.sources if s.startswith(SHEET + "!")]
    if value is not None:
        for cell in cells:
            row = rows.get(cell)
            got = row.values.get("本年数") if row is not None else None
            if isinstance(got, (int, float)) and not isinstance(got, bool) and abs(got - value) < 1e-9:
                return cell, row
    cell = cells[0] if cells else ""
    return cell, rows.get(cell)


def totals_typed(file: str, results, tables: dict | None) -> list[Problem]:
    """Return one problem per 新增/净增 result whose reported increment looks like a total."""
    rows = _rows_by_cell(tables)
    if not rows:
        return []
    out = []
    for r, t in _increments(results):
        got, before = r.achieved, r.achieved_previous
        if got is None or got < FACTOR * t.value or got - t.value < MIN_GAP:
            continue
        if before is not None and before > 0 and got < FACTOR * before:
            continue
        cell, row = _reported_row(r, rows, got)
        if row is None:
            continue
        name = row.values.get("指标") or r.plain_name
        unit = t.unit or r.unit
        last = f"、上年{t.kind}数 {before:g}{unit} 的 {got / before:.1f} 倍" if before else ""
        confirmed = str(row.values.get("备注") or "").strip()
        out.append(Problem(
            file, SHEET, cell,
            f"「{name}」本年数 {got:g}{unit} 是年度目标（{t.kind}{t.value:g}{unit}）的 {got / t.value:.1f} 倍{last}，"
            "可能填的是年末总数",
            f"此行应填写本年{t.kind}的数量（本年年末总数减上年年末总数）" + (
                f"；备注已注明「{confirmed}」，请再核对一次" if confirmed else
                "；若本年确实" + t.kind + f"这么多，请在本行「备注」列注明原因（如“{_reason(name, unit)}”），本条即改为提示"),
            "提示" if confirmed else "错误"))
    return out


def _reason(name: str, unit: str) -> str:
    """Return an example of a reason for a large 新增 that fits the indicator: firms move in, a
    loan or an amount has a one-off large item (not 「含迁入企业」 for 科贷通贷款: qa12 F24)."""
    if unit.endswith("元"):
        return "含一笔大额项目"
    if unit == "家" or "企业" in name:
        return "含迁入企业"
    return "统计范围扩大"


def previous_totals_typed(file: str, results, tables: dict | None) -> list[Problem]:
    """Return one problem per 新增/净增 result whose 上年数 looks like last year's year-end total:
    several times both this year's increment and the annual target (1853 beside 326 and 300,
    qa11 F30) — the mirror of ``totals_typed``; the summary would report a false 82% fall."""
    rows = _rows_by_cell(tables)
    if not rows:
        return []
    out = []
    for r, t in _increments(results):
        if t.value < 0:
            continue
        got, before = r.achieved, r.achieved_previous
        if got is None or got <= 0 or before is None or before < FACTOR * t.value or before - t.value < MIN_GAP:
            continue
        if before < FACTOR * got:
            continue
        _, row = _reported_row(r, rows)
        if row is None or "上年数" not in row.cells:
            continue
        name = row.values.get("指标") or r.plain_name
        unit = t.unit or r.unit
        confirmed = str(row.values.get("备注") or "").strip()
        out.append(Problem(
            file, SHEET, row.cells["上年数"],
            f"「{name}」上年数 {before:g}{unit} 是本年{t.kind}数 {got:g}{unit} 的 {before / got:.1f} 倍、"
            f"年度目标（{t.kind}{t.value:g}{unit}）的 {before / t.value:.1f} 倍，可能填的是上年年末总数",
            f"上年数是否填了年末总数？{t.kind}行的上年数应为上年{t.kind}的数量（上年年末总数减前年年末总数）" + (
                f"；备注已注明「{confirmed}」，请再核对一次" if confirmed else
                f"；若上年确实{t.kind}这么多，请在本行「备注」列注明原因，本条即改为提示"),
            "提示" if confirmed else "错误"))
    return out


def increments_against_stocks(file: str, tables: dict | None) -> list[Problem]:
    """Return an error for each 科室数据 row 「净增X」 whose 本年数 is not X's 本年数 − 上年数 of the
    row 「X」, and each 「新增X」 below that difference (what is added is never less than the net
    increase); the summary would print both figures in one sentence (qa10 F21)."""
    table = (tables or {}).get(SHEET)
    if table is None or not table.rows or "指标" not in table.columns:
        return []
    stocks = {}
    for r in table.rows:
        name = str(r.values.get("指标") or "").strip()
        if name and not name.startswith(("新增", "净增")):
            stocks.setdefault(name, r)
    out = []
    for r in table.rows:
        name = str(r.values.get("指标") or "").strip()
        kind, base = name[:2], name[2:]
        stock = stocks.get(base) if kind in ("新增", "净增") else None
        if stock is None:
            continue
        got, now, before = r.values.get("本年数"), stock.values.get("本年数"), stock.values.get("上年数")
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (got, now, before)):
            continue
        net = now - before
        unit = str(r.values.get("单位") or stock.values.get("单位") or "")
        if kind == "新增" and before > 0 and got >= now > 0:
            # as many added as there are at year end: the year-end total typed (qa12 F3)
            out.append(Problem(
                file, SHEET, r.cells.get("本年数"),
                f"「{name}」本年数 {got:g}{unit} 不小于「{base}」本年年末总数 {now:g}{unit}"
                f"（{stock.cells.get('本年数')}），即上年年末的 {before:g}{unit} 全部不再计入",
                f"是否填了年末总数？新增数应为本年新增的数量（年末总数的增加为 {net:g}{unit}）；"
                "如数据确实如此，请核对后确认", "须核对"))
            continue
        wrong = abs(got - net) > 1e-6 * max(1.0, abs(net)) if kind == "净增" else got < net - 1e-6
        if not wrong:
            continue
        cells = f"{stock.cells.get('本年数')}、{stock.cells.get('上年数')}"
        rule = "应等于" if kind == "净增" else "不应小于"
        out.append(Problem(
            file, SHEET, r.cells.get("本年数"),
            f"「{name}」本年数 {got:g}{unit}，而「{base}」本年数 {now:g}、上年数 {before:g}（{cells}）之差为 {net:g}{unit}",
            f"{kind}数{rule}本年年末总数减上年年末总数（{net:g}{unit}）；请核对这三个数"))
    return out
