"""数据年度: 科室数据 figures that lag a year (qa10 F24).

Some statistics are published a year late (全社会R&D经费: the bulletin of year Y appears in the
autumn of Y + 1), so at year end the office has only last year's figure. The optional column
「数据年度」 of 科室数据 says so: empty is the workbook's 年度; Y − 1 or Y − 2 means 本年数 is that
year's figure and 上年数 the year before's. Anything else is an error at its cell. A row the
catalogue says usually lags, reported near year end with 数据年度 empty, gets a 提示. Pure:
a read table and the settings in, data years and Problems out.
"""

from __future__ import annotations

from kjreport.errors import Problem

COLUMN = "数据年度"
MAX_LAG = 2  # Y − 1 and Y − 2 are accepted; an older figure is no report of this year
NEAR_YEAR_END = 10  # from the 10th month the statistics of this year are not out yet
_LAG_WORDS = {1: "一", 2: "两"}


def lag_words(lag: int) -> str:
    """Return 统计数据滞后一年 / 两年 for a lag of ``lag`` years."""
    return f"统计数据滞后{_LAG_WORDS.get(lag, str(lag))}年"


def _expected(year: int) -> str:
    return (f"应为空（即本年度 {year}），或数据所属的年份 {year - 1}、{year - 2}"
            f"（统计数据滞后一年或两年时填写，如本年数是 {year - 1} 年的数）")


def data_years(location: str, table, year: int, problems: list[Problem]) -> dict[int, int]:
    """Return row number → data year for the 科室数据 rows whose 数据年度 is an earlier year,
    and add to ``problems`` an error for each 数据年度 that is not ``year``, ``year`` − 1 or
    ``year`` − 2 (a year the reader could not read is already an error there: its expected
    text is made to say what this column takes)."""
    if COLUMN not in table.columns:
        return {}
    out: dict[int, int] = {}
    cells: dict[str, str] = {}  # cell → 「指标」的「数据年度」, for the messages
    for row in table.rows:
        cell = row.cells[COLUMN]
        name = str(row.values.get("指标") or "").strip()
        what = cells[cell] = f"「{name}」的「{COLUMN}」" if name else f"「{COLUMN}」"
        value = row.values.get(COLUMN)
        if value is None or value == year:
            continue
        if year - MAX_LAG <= value < year:
            out[row.number] = int(value)
            continue
        why = "是以后的年份" if value > year else f"比本年度早 {year - value} 年，不是本年报告可用的数"
        problems.append(Problem(location, table.sheet, cell, f"{what}填的是 {value}，{why}", _expected(year)))
    for i, p in enumerate(problems):  # 「去年」「2024.5」: the reader said it is no year
        if p.sheet == table.sheet and p.cell in cells and p.severity == "错误" and "不是年份" in p.found:
            found = f"{cells[p.cell]}填的是{p.found.replace('不是年份', '，不是年份')}"
            problems[i] = Problem(p.file, p.sheet, p.cell, found, _expected(year))
    return out


def lag_hints(location: str, table, year: int, month: int, catalogue,
              problems: list[Problem] = ()) -> list[Problem]:
    """Return a 提示 for each 科室数据 row with a figure whose indicator the catalogue says
    usually lags (滞后年数) and whose 数据年度 is empty, in a report from the 10th month on (a
    数据年度 cell already in error among ``problems`` is not told again)."""
    if month < NEAR_YEAR_END:
        return []
    hints = []
    has_column = COLUMN in table.columns
    wrong = {p.cell for p in problems if p.sheet == table.sheet and p.severity == "错误"}
    for row in table.rows:
        v = row.values
        name = str(v.get("指标") or "").strip()
        if not name or v.get("本年数") is None or (has_column and (v.get(COLUMN) is not None
                                                                 or row.cells[COLUMN] in wrong)):
            continue
        entry = catalogue.find(name)
        if entry is None or not entry.lag_years:
            continue
        lag = entry.lag_years
        where = row.cells[COLUMN] if has_column else row.cells["本年数"]
        add = "" if has_column else f"（请在「科室数据」表头加一列「{COLUMN}」）"
        hints.append(Problem(
            location, table.sheet, where,
            f"「{name}」的统计数据通常滞后{_LAG_WORDS.get(lag, str(lag))}年（{year} 年的数一般次年才发布），"
            f"「{COLUMN}」为空即按 {year} 年的数写入总结",
            f"如填的是上一年数据，请在「{COLUMN}」填 {year - lag}{add}，总结中会写明“{year - lag}年数据，"
            f"{lag_words(lag)}”；如确是 {year} 年的数，请在「{COLUMN}」填 {year}，不再提示", "提示"))
    return hints


def unexpected_lag_hints(location: str, table, year: int, years: dict[int, int], catalogue) -> list[Problem]:
    """Return a 提示 for each 科室数据 row whose 数据年度 (``years``: row → data year) says its
    figure is of a year before ``year`` while the catalogue knows the indicator and says it does not lag
    (新增高新技术企业: 认定 is published in the year): most likely a fill-down slip (qa11b F14)."""
    hints = []
    for row in table.rows:
        data_year = years.get(row.number)
        name = str(row.values.get("指标") or "").strip()
        if data_year is None or not name:
            continue
        entry = catalogue.find(name)
        if entry is None or entry.lag_years:
            continue
        hints.append(Problem(
            location, table.sheet, row.cells[COLUMN],
            f"「{name}」的统计数据一般不滞后，「{COLUMN}」却填了 {data_year}（总结中会写作“{data_year}年数据，"
            f"{lag_words(year - data_year)}”，完成情况暂按该数据衡量）",
            f"请核对：如本年数是本年度的数，请清空「{COLUMN}」；如确是 {data_year} 年的数，可不修改", "提示"))
    return hints


def lags(name: str, catalogue) -> bool:
    """Return False when the catalogue knows indicator ``name`` and says it does not lag; True
    for a lagging one or one it does not know (a 数据年度 on it is then taken as typed)."""
    entry = catalogue.find(name)
    return entry is None or bool(entry.lag_years)
