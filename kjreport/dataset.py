"""Reading a whole workbook into plain data: settings, plan, targets, and the indicators' inputs.

``read_dataset`` reads every sheet of the workbook format through a ``WorkbookSource`` and
collects every problem (never stopping at the first). The result holds only plain Python and
pandas data, each input with the cells it came from.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass, field

from kjreport import checks
from kjreport.checks import confirm, datayear, onebase, percent, rolled
from kjreport.checks.notapplicable import marks_outside_the_sum
from kjreport.errors import Problem
from kjreport.indicators import groups
from kjreport.indicators.fields import Field
from kjreport.indicators.frame import Frame
from kjreport.model import AVERAGE_GROWTH, NextYearItem, PlanNode, ProgressNote, Settings, Target
from kjreport.workbook import schema, unitsheets
from kjreport.workbook.numbers import (
    cell_span,
    is_blank,
    month_with_suffix,
    number_example,
    parse_number,
    year_with_suffix,
)
from kjreport.workbook.open import open_source
from kjreport.workbook.schema import canonical
from kjreport.workbook.source import SheetData, WorkbookSource
from kjreport.workbook.tables import (
    OUTSIDE_MARK,
    Table,
    outside_total,
    read_table,
    used_column_problems,
)
from kjreport.workbook.xlsx import column_letter, split_ref

__all__ = ["Dataset", "Field", "read_dataset", "read_settings_table", "settings_values"]

LEVEL_DEPTH = {"部分": 1, "节": 2, "条": (2, 3)}
SPLIT_LIST = re.compile(r"[、,，;；\s]+")


@dataclass
class Dataset:
    """Everything read from one workbook."""

    label: str
    location: str
    settings: Settings | None = None
    plan: PlanNode | None = None
    targets: list[Target] = field(default_factory=list)
    fields: dict[str, Field] = field(default_factory=dict)
    counties: list[str] = field(default_factory=list)
    county_types: dict[str, str] = field(default_factory=dict)  # 县区数据 类型 column (optional)
    outside_total: list[str] = field(default_factory=list)  # units whose 类型 says 不计入合计
    notes: list[ProgressNote] = field(default_factory=list)
    next_year: list[NextYearItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    tables: dict[str, Table] = field(default_factory=dict)
    sheets: dict[str, SheetData] = field(default_factory=dict)  # small sheets as typed (checks.RAW_SHEETS)
    hidden_rows: dict[str, list[int]] = field(default_factory=dict)  # sheet → hidden rows holding data
    hidden_text: dict[str, str] = field(default_factory=dict)  # sheet → first text of its first hidden row
    filtered: dict[str, str] = field(default_factory=dict)  # sheet → its 筛选 hiding rows: "A1:D11，「类型」"
    unreadable: list[str] = field(default_factory=list)  # required sheets missing or with a header not read

    def used_column_problems(self, keys, needed_by: dict[str, str] | None = None,
                             year_on_year: set[str] | None = None) -> list[Problem]:
        """Return the problems of the 县区数据 / 县区上年数据 columns that targets use (``县区.X``
        field keys; ``needed_by``: key → the target's indicator, named where a cell says 不适用):
        such a column must exist and be filled; columns no target uses may be deleted or left
        blank. A 县区上年数据 column that no target compares with last year (``year_on_year``:
        the keys of 增速/提高/新增 targets) may be missing: a 提示 (a yearbook table of one year
        has no last-year column)."""
        out: list[Problem] = []
        names = dict.fromkeys(k.partition(".")[2] for k in keys if k.startswith("县区."))
        one_base = set(onebase.one_sided(self.tables.get(schema.COUNTY.name), self.tables.get(schema.COUNTY_PREVIOUS.name)))
        now = self.tables.get(schema.COUNTY.name)
        # a column absent from 县区数据 itself: the target's own error names it and the two ways to
        # give the data (a 科室数据 row, or the column) — one error, not one per sheet (qa13 F22)
        absent = {n for n in names if now is not None and now.columns
                  and n not in now.columns and n not in now.extra}
        for sheet in (schema.COUNTY.name, schema.COUNTY_PREVIOUS.name):
            table = self.tables.get(sheet)
            if table is None:
                continue
            pending = sheet == schema.COUNTY.name and nothing_reported(table)
            for name in names:
                if name in absent:
                    continue
                found = used_column_problems(self.location, table, name, (needed_by or {}).get(f"县区.{name}", ""))
                found = marks_outside_the_sum(table, name, found, totalled=name not in one_base)
                if (sheet == schema.COUNTY_PREVIOUS.name and year_on_year is not None
                        and f"县区.{name}" not in year_on_year):
                    found = [_without_last_year(p, name) if p.found.startswith("缺少列") else p for p in found]
                if pending and found and all("为空" in p.found for p in found):
                    # a workbook just made by init lists the counties, none has reported yet
                    found = [Problem(self.location, table.sheet, cell_span([p.cell for p in found]),
                                     f"「{name}」尚未报送（{len(found)} 个县区）",
                                     "各县区报送后在此填写；未填写前该指标暂不计算", "提示")]
                out += found
        return out

    def is_fresh(self) -> bool:
        """Return True for a workbook just rolled over by init: last year's figures are in and
        nothing of this year is reported yet (县区数据 and 科室数据 本年数 empty)."""
        current = self.tables.get(schema.COUNTY.name)
        if current is not None and current.columns and current.rows and not nothing_reported(current):
            return False
        departments = self.tables.get(schema.DEPARTMENT.name)
        if departments is not None and "本年数" in departments.columns and any(
                v is not None for v in departments.column("本年数")):
            return False
        return self.has_last_year_figures()

    def has_last_year_figures(self) -> bool:
        """Return True when last year's figures are in (县区上年数据, 科室数据 上年数): a workbook
        rolled over by init, whose empty 本年 cells are 尚未报送 rather than a data sheet lost."""
        previous = self.tables.get(schema.COUNTY_PREVIOUS.name)
        if previous is not None and previous.columns and previous.rows and not nothing_reported(previous):
            return True
        departments = self.tables.get(schema.DEPARTMENT.name)
        return departments is not None and "上年数" in departments.columns and any(
            v is not None for v in departments.column("上年数"))

    @property
    def errors(self) -> list[Problem]:
        """Return the problems that block computing (severity 错误)."""
        return [p for p in self.problems if p.severity == "错误"]


def read_dataset(source: WorkbookSource) -> Dataset:
    """Return the dataset of ``source``, with every problem found listed in ``problems``."""
    ds = Dataset(source.label, source.location)
    names = source.sheet_names()
    present = {canonical(n): n for n in names}
    units, clashes = unitsheets.resolve(names)  # 乡镇数据 read as 县区数据, under its own name
    ds.problems += unitsheets.clash_problems(source.location, clashes)

    def problem(sheet, cell, found, expected, severity="错误"):
        ds.problems.append(Problem(source.location, sheet, cell, found, expected, severity))

    def sheet(name: str) -> SheetData | None:
        if name in unitsheets.UNIT_SHEETS:
            actual = units.get(name)
            if actual is None and name in clashes:
                ds.unreadable.append(name)
        else:
            actual = present.get(canonical(name))
        return source.read_sheet(actual) if actual else None

    data = sheet(schema.SETTINGS_SHEET)
    if data is None:
        problem(None, None, f"缺少工作表「{schema.SETTINGS_SHEET}」", "请添加「设置」表（项目 | 值 两列）")
    else:
        ds.sheets[schema.SETTINGS_SHEET] = data
        ds.settings = _read_settings(data, problem)

    grids: dict[str, SheetData] = {}
    known = {canonical(n) for n in (schema.SETTINGS_SHEET, *(s.name for s in schema.DATA_SHEETS))} & set(present)
    known |= {canonical(n) for n in units.values()}
    for spec in schema.DATA_SHEETS:
        data = sheet(spec.name)
        if data is None:
            if spec.name in clashes:
                continue  # told once above: two sheets stand for it
            if spec.required:
                ds.unreadable.append(spec.name)
                _missing_sheet(spec, names, known, problem)
            continue
        ds.tables[spec.name] = read_table(source.location, data, spec, ds.problems,
                                           ds.settings.year if ds.settings else None)
        grids[spec.name] = data
        if spec.required and any(c.required and c.name not in ds.tables[spec.name].columns for c in spec.columns):
            ds.unreadable += dict.fromkeys((spec.name, data.name))  # also as the book calls it (乡镇数据)
        if data.hidden_rows:
            _hidden(ds, data, ds.tables[spec.name])
        if spec.name in checks.RAW_SHEETS:
            ds.sheets[spec.name] = data

    ds.problems += _copied_sheets(source.location, names, [data.name for data in grids.values()])
    if (data := sheet(rolled.SHEET)) is not None:  # what init --from carried (checks.rolled)
        ds.sheets[rolled.SHEET] = data
    if (data := sheet(confirm.SHEET)) is not None:  # the office's marks on 须核对 items
        ds.sheets[confirm.SHEET] = data
    tables = ds.tables
    ds.problems += percent.read_formats(source.location, source, tables, ds.sheets)  # 0.0286 shown as 2.86%
    ds.problems += checks.prepare(source.location, tables, ds.settings.city if ds.settings else "",
                                  grids, ds.problems)
    del grids  # the big grids (ledgers) are not kept once read
    if "工作意见" in tables:
        ds.plan = _read_plan(tables["工作意见"], problem)
    if "目标任务" in tables:
        ds.targets = _read_targets(tables["目标任务"], ds.plan, problem)
    if unitsheets.COUNTY in tables:
        _county_fields(ds, tables[unitsheets.COUNTY], tables.get(unitsheets.COUNTY_PREVIOUS), problem)
    if "科室数据" in tables:
        _department_fields(ds, tables["科室数据"], problem)
    for name in ("项目台账", "企业台账", "平台台账", "增长核算"):
        if name in tables and tables[name].columns:
            t = tables[name]
            frame = _frame(t)
            ds.fields[name] = Field(frame, frame, t.area, t.area)
    if "工作进展" in tables:
        ds.notes = _read_notes(tables["工作进展"], ds.plan, problem)
    if "下年工作打算" in tables:
        ds.next_year = [
            NextYearItem(r.values["工作打算"], r.values.get("指标") or "", r.values.get("目标值"),
                         r.values.get("单位") or "", f"下年工作打算!{r.cells['工作打算']}")
            for r in tables["下年工作打算"].rows if r.values.get("工作打算")
        ]
    if ds.settings is not None and "增长核算" in tables and ds.is_fresh():
        ds.problems = _growth_row_pending(ds.problems, tables["增长核算"], ds.settings.year)
    return ds


_COPY = re.compile(r"^(?P<base>.+?)\s*(?:\(\d+\)|（\d+）|[(（](?:旧|原|副本|备份|复制|新|copy|Copy)[)）]|[-_－]?(?:副本|备份|复制))$")


def _copied_sheets(file: str, names: list[str], read: list[str]) -> list[Problem]:
    """Return a 提示 for each sheet that is a copy of a sheet read (Excel's 「县区数据 (2)」, a kept
    「县区数据（旧）」): the office may have edited the copy, which is never read (qa12 F27)."""
    read_keys = {canonical(n): n for n in read}
    out = []
    for name in names:
        m = _COPY.match(name.strip())
        if m is None or name in read or (base := read_keys.get(canonical(m["base"]))) is None:
            continue
        out.append(Problem(
            file, name, None, f"工作簿中还有「{name}」，程序只读取「{base}」，不读取「{name}」",
            f"如数据改在了「{name}」中，请改到「{base}」，再删除「{name}」（或把它移出本工作簿）", "提示"))
    return out


def _missing_sheet(spec: schema.SheetSpec, names: list[str], known: set[str], problem) -> None:
    """Report a required sheet that is missing, naming the sheet that is obviously it renamed."""
    from kjreport.workbook.renamed import renamed_sheet

    renamed = renamed_sheet(spec.name, names, known)
    name = _unit_sheet_named(spec.name, names, renamed)
    if renamed is not None:
        problem(None, None, f"缺少工作表「{name}」：工作簿中的「{renamed}」是否就是它",
                f"请把「{renamed}」改回原名「{name}」（程序按表名读取数据）")
        return
    problem(None, None, f"缺少工作表「{name}」",
            f"请添加该表（{spec.purpose}），表头：" + "、".join(c.header for c in spec.columns if c.required))


def _unit_sheet_named(name: str, names: list[str], renamed: str | None) -> str:
    """Return the name a missing unit sheet has in this book: after its other unit sheet
    (乡镇上年数据 → 乡镇数据, qa11b F15), else after the word the renamed sheet starts with
    (乡镇本年数据 → 乡镇数据); ``name`` itself for any other sheet or when nothing tells."""
    if name not in unitsheets.UNIT_SHEETS:
        return name
    words = [unitsheets.word_of(n) for n in names if unitsheets.key_of(n) not in (None, name)]
    if not words and renamed:
        words = [w for w in unitsheets.ALIAS_WORDS if schema.canonical(renamed).lstrip("0123456789年").startswith(w)]
    return unitsheets.named_for(words[0])[name] if words else name


def _hidden(ds: Dataset, data: SheetData, table: Table) -> None:
    """Note the hidden rows of a data sheet that hold data, and the name the first of them
    holds (its key column, e.g. 指标 or 县区; else its first text), as typed."""
    from kjreport.checks.hidden import filled_rows

    rows = filled_rows(data, table.header_row)
    if rows:
        ds.hidden_rows[data.name] = rows
        first = data.rows[rows[0] - data.first_row]
        at = table.columns.get(table.spec.key or "")
        j = at.index if at is not None else -1  # 0-based within the grid's rows
        key = first[j] if 0 <= j < len(first) else None
        text = key if isinstance(key, str) and key.strip() else next(
            (v for v in first if isinstance(v, str) and v.strip()), None)
        if text:
            ds.hidden_text[data.name] = text.strip()
        if data.autofilter:
            head = data.rows[table.header_row - data.first_row] if 0 <= table.header_row - data.first_row < len(
                data.rows) else []
            names = [head[c - data.first_col] for c in data.filtered_columns if 0 <= c - data.first_col < len(head)]
            names = [f"「{str(n).strip()}」" for n in names if n is not None and str(n).strip()]
            ds.filtered[data.name] = data.autofilter + (f"，按{'、'.join(names)}筛选" if names else "")


def _growth_row_pending(problems: list[Problem], growth: Table, year: int) -> list[Problem]:
    """Return ``problems`` with the blank cells of 增长核算's row for ``year`` — the row init
    adds to a rolled-over workbook, filled when the statistics come out — said as one 提示."""
    row = next((r for r in growth.rows if r.values.get("年份") == year), None)
    if row is None or any(v is not None for k, v in row.values.items() if k != "年份"):
        return problems
    number = str(row.number)
    blank = [p for p in problems if p.sheet == growth.sheet and p.cell and "为空" in p.found
             and re.fullmatch(r"[A-Z]+" + number, p.cell)]
    if not blank:
        return problems
    kept = [p for p in problems if p not in blank]
    kept.append(Problem(blank[0].file, growth.sheet, row.cells.get("年份"), f"{year} 年一行尚未填写",
                        "统计数据发布后填写；填写前不测算本年科技进步贡献率", "提示"))
    return kept


# --- 设置 -----------------------------------------------------------------------------------

def settings_values(data: SheetData) -> dict[str, tuple[object, str]]:
    """Return key → (value, cell of the value) of a 设置 sheet (two columns: 项目 | 值)."""
    values: dict[str, tuple[object, str]] = {}
    for i, row in enumerate(data.rows):
        cells = [v for v in row[:2]] + [None] * (2 - len(row[:2]))
        key, value = cells[0], cells[1]
        if is_blank(key):
            continue
        name = canonical(key)
        if name in ("项目", "设置项"):
            continue
        cell = f"{column_letter(data.first_col + 1)}{data.first_row + i}"
        values[name] = (value, cell)
    return values


def read_settings_table(workbook) -> dict[str, str]:
    """Return the 设置 sheet of a workbook (path or source) as key → text, without checking it."""
    source = open_source(workbook)
    present = {canonical(n): n for n in source.sheet_names()}
    name = present.get(canonical(schema.SETTINGS_SHEET))
    if name is None:
        return {}
    return {k: "" if is_blank(v) else str(v).strip()
            for k, (v, _) in settings_values(source.read_sheet(name)).items()}


INTEGER_SETTINGS = {"年度": "4位年份，如 2011", "报送月份": "1–12 的整数，如 12", "测算起始年份": "4位年份，如 2006"}
YEAR_SETTINGS = ("年度", "测算起始年份")


def _read_settings(data: SheetData, problem) -> Settings | None:
    values = settings_values(data)
    sheet = data.name
    uncached = set(data.uncached)
    last_col = data.first_col + 1
    hidden: set[str] = set()  # value cells under a merge (not its top-left): blank because of it
    for rng in data.merged:
        first, _, last = rng.partition(":")
        r0, c0 = split_ref(first)
        r1, c1 = split_ref(last or first)
        if c0 <= last_col:
            under = [(name, cell) for name, (_, cell) in values.items()
                     if cell and cell != first and r0 <= split_ref(cell)[0] <= r1
                     and c0 <= split_ref(cell)[1] <= c1]
            hidden.update(cell for _, cell in under)
            lost = "、".join(f"「{name}」" for name, _ in under)
            found = f"，{lost}的值因此为空" if lost else ""
            problem(sheet, first, f"「设置」表中有合并单元格 {rng}{found}",
                    "请取消合并（开始 › 合并后居中 › 取消合并单元格）：每个设置项占一行，项目、值各占一格")

    def get(key, default=None):
        return values.get(canonical(key), (default, None))

    def formula_without_result(key) -> bool:
        value, cell = get(key)
        if is_blank(value) and cell in uncached:
            problem(sheet, cell, f"设置项「{key}」是公式，但文件中没有保存计算结果",
                    "请在 Excel 中打开并保存一次（让公式算出结果），或直接填写值")
            return True
        return False

    for key in ("成文日期", "资本口径", "上年数按新口径调整的指标", "自定义指标文件"):
        formula_without_result(key)
    for key in schema.REQUIRED_SETTINGS:
        value, cell = get(key)
        if is_blank(value) and cell not in hidden:  # a merge already said why it is blank
            if not formula_without_result(key):
                problem(sheet, cell, f"缺少设置项「{key}」", f"请在「设置」表中填写（{_setting_example(key, get)}）")

    def number(key, default, lo=None, hi=None):
        value, cell = get(key)
        if is_blank(value):
            if key not in schema.REQUIRED_SETTINGS:
                formula_without_result(key)
            return default
        typed_year = year_with_suffix(value) if key in YEAR_SETTINGS else None
        if typed_year is not None:  # 「2023年」: read as 2023, like a ledger year typed so
            problem(sheet, cell, f"设置项「{key}」的值「{str(value).strip()}」按 {typed_year} 年读取",
                    f"无需修改；建议只填{INTEGER_SETTINGS[key]}", "提示")
            value = typed_year
        typed_month = month_with_suffix(value) if key == "报送月份" else None
        if typed_month is not None:  # 「6月」 (qa12 F28)
            problem(sheet, cell, f"设置项「{key}」的值「{str(value).strip()}」按 {typed_month} 月读取",
                    f"无需修改；建议只填数字 {typed_month}", "提示")
            value = typed_month
        parsed = parse_number(value, "%" if isinstance(value, str) and "%" in value else "")
        x = parsed.value
        if key in INTEGER_SETTINGS and x is not None and not parsed.error:
            if isinstance(value, str) and value.strip().endswith(("%", "％")):
                problem(sheet, cell, f"设置项「{key}」的值「{value}」带百分号", f"应为整数：{INTEGER_SETTINGS[key]}")
                return default
            if x != int(x):
                problem(sheet, cell, f"设置项「{key}」的值「{value}」带小数", f"应为整数：{INTEGER_SETTINGS[key]}")
                return default
        if parsed.error or x is None or (lo is not None and x < lo) or (hi is not None and x > hi):
            rng = f"，范围 {lo}–{hi}" if lo is not None else ""
            problem(sheet, cell, f"设置项「{key}」的值「{value}」无效",
                    f"应为数字{rng}" + ("，如 6" if key == "报送月份" else ""))
            return default
        if isinstance(value, str) and value.strip().endswith("%"):
            x = x / 100 if key == "折旧率" else x
        return x

    year = number("年度", None, 1990, 2100)
    month = number("报送月份", 12, 1, 12)
    alpha = number("资本产出弹性α", None, 0, 1)
    beta = number("劳动产出弹性β", None, 0, 1)
    if alpha is not None and beta is not None and abs(alpha + beta - 1) > 1e-6:
        problem(sheet, get("劳动产出弹性β")[1], f"α + β = {alpha + beta:g}", "资本和劳动产出弹性之和应为 1")
    start = number("测算起始年份", None, 1900, 2100)
    date_value, date_cell = get("成文日期")
    report_date = _date(date_value)
    if not is_blank(date_value) and report_date is None:
        problem(sheet, date_cell, f"成文日期「{date_value}」无法识别", "应为日期，如 2011年12月20日")
    priority_value, priority_cell = get("指标来源优先", "内置计算")
    priority = canonical(priority_value or "内置计算")
    if priority not in schema.SOURCE_PRIORITIES:
        problem(sheet, priority_cell, f"设置项「指标来源优先」的值「{priority_value}」无效",
                "应为：" + " 或 ".join(schema.SOURCE_PRIORITIES))
        priority = "内置计算"
    grouping, grouping_cell = get(groups.OPTION)
    if (typed := groups.unknown_option(grouping)) is not None:
        problem(sheet, grouping_cell, f"设置项「{groups.OPTION}」的值「{typed}」无法识别，已按「{groups.GROUPED}」处理",
                f"可填「{groups.GROUPED}」（县（市）区与开发区、高新区等按「类型」分开排名）或「{groups.UNGROUPED}」"
                f"（所有单位统一排名）；留空即「{groups.GROUPED}」", "提示")
    from kjreport.summary import redhead

    head, head_cell = get(redhead.HEAD_SETTING)
    if (typed := redhead.unknown_head(head)) is not None:
        problem(sheet, head_cell, f"设置项「{redhead.HEAD_SETTING}」的值「{typed}」无法识别，已按「{redhead.PRINTED}」处理",
                f"可填「{redhead.PRINTED}」（通报印红色版头和版记）、「{redhead.PREPRINTED}」（用印好红头的公文纸："
                f"留出版头位置，只印发文字号）或「{redhead.NONE}」（不要版头和版记）；留空即「{redhead.PRINTED}」", "提示")
    if year is None:
        return None  # without a year nothing can be computed; other missing settings are listed
    known = {canonical(k) for k in schema.SETTING_KEYS}
    extra = {k: "" if is_blank(v) else str(v).strip() for k, (v, _) in values.items() if k not in known}
    return Settings(
        city=str(get("城市名称", "")[0] or "").strip(),
        organization=str(get("单位名称", "")[0] or "").strip(),
        year=int(year),
        month=int(month),
        report_date=report_date,
        exceed_threshold=number("超额完成线", 100.0, 0, 1000),
        basic_threshold=number("基本完成线", 90.0, 0, 100),
        basic_gap_pp=number("百分比目标基本完成差距", 1.0, 0, 100),
        alpha=alpha,
        beta=beta,
        growth_start_year=int(start) if start else None,
        capital_basis=str(get("资本口径", "资本存量")[0] or "资本存量").strip(),
        depreciation=number("折旧率", 0.096, 0, 1),
        adjusted_base=tuple(_split(get("上年数按新口径调整的指标")[0])),
        plugin_files=tuple(_split(get("自定义指标文件")[0], spaces=False)),
        source_priority=priority,
        band=number("左右目标幅度", 5.0, 0, 100),
        extra=extra,
    )


def _split(value: object, *, spaces: bool = True) -> list[str]:
    if is_blank(value):
        return []
    pattern = SPLIT_LIST if spaces else re.compile(r"[、,，;；]+")
    return [canonical(s) if spaces else s.strip() for s in pattern.split(str(value)) if s.strip()]


def parse_date(value: object) -> dt.date | None:
    """Return the date of a cell or a typed text (2018年7月10日, 2018-07-10), or None."""
    return _date(value)


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*$", value)
        if m:
            try:
                return dt.date(*map(int, m.groups()))
            except ValueError:
                return None
    return None


# --- 工作意见 / 目标任务 / 工作进展 --------------------------------------------------------------

def _read_plan(table: Table, problem) -> PlanNode:
    root = PlanNode("总", "总", "", "主要任务目标")
    nodes: dict[str, PlanNode] = {"总": root}
    for row in table.rows:
        v = row.values
        code = canonical(v.get("编号") or "").replace("。", ".").replace("．", ".")
        if not code:
            continue
        if code == "总":
            root.title = v.get("标题") or root.title
            root.text = v.get("正文") or ""
            root.label = v.get("标号") or ""
            continue
        parts = code.split(".")
        level = v.get("层级")
        depth = LEVEL_DEPTH.get(level)
        if level and depth and len(parts) not in (depth if isinstance(depth, tuple) else (depth,)):
            problem(table.sheet, row.cells["编号"], f"编号「{code}」与层级「{level}」不符",
                    "部分如 一，节如 二.1，条如 一.1 或 二.1.2")
            continue
        parent_code = ".".join(parts[:-1]) if len(parts) > 1 else "总"
        parent = nodes.get(parent_code)
        if parent is None:
            problem(table.sheet, row.cells["编号"], f"编号「{code}」的上级「{parent_code}」不存在",
                    "请先列出上级条目，并按原文顺序排列")
            continue
        node = PlanNode(code, level or "条", v.get("标号") or "", v.get("标题") or "", v.get("正文") or "")
        parent.children.append(node)
        nodes[code] = node
    return root


def _plan_codes(plan: PlanNode | None) -> set[str]:
    return {n.code for n in plan.walk()} if plan else set()


def _read_targets(table: Table, plan: PlanNode | None, problem) -> list[Target]:
    codes = _plan_codes(plan)
    targets = []
    seen: dict[tuple[str, str], str] = {}
    for row in table.rows:
        v = row.values
        if not v.get("指标") or v.get("目标值") is None:
            continue
        items = tuple(_split(v.get("所属条目"), spaces=True))
        for item in items:
            if codes and item not in codes:
                problem(table.sheet, row.cells["所属条目"], f"所属条目「{item}」在「工作意见」中不存在",
                        "应为工作意见的编号，如 总、一.4、二.1.1")
        name, kind = canonical(v["指标"]), v.get("目标类型") or "总量"
        average = kind == AVERAGE_GROWTH  # a plan period's 年均增长: assessed as this year's 增速
        if average:
            kind = "增速"
        cell = row.cells["指标"]
        if (name, kind) in seen:
            problem(table.sheet, cell, f"「{name}」的{kind}目标重复出现（另见 {seen[name, kind]}）",
                    "每个指标的每种目标类型只能有一行")
            continue
        seen[name, kind] = cell
        unit = unicodedata.normalize("NFKC", str(v.get("单位") or "")).strip()  # ％ is % (qa13 F21)
        if kind == "增速" and unit not in ("", "%") and row.cells.get("目标类型"):
            # 「增长」 typed on 转移转化科技成果 15 项: “增长15%” would be judged (qa13 F23)
            problem(table.sheet, row.cells["目标类型"], f"「{name}」的目标类型为增速，单位为「{unit}」",
                    f"增速目标的单位应为 %；如目标是 {v['目标值']:g}{unit}，请把目标类型改为「总量」（或新增、累计）")
            continue
        comparison = v.get("比较") or "≥"
        upper = v.get("区间上限")
        if comparison == "区间" and (upper is None or upper < v["目标值"]):
            problem(table.sheet, row.cells.get("区间上限", row.cells["目标值"]),
                    f"比较为“区间”，区间上限为「{'空' if upper is None else f'{upper:g}'}」",
                    "请填写不小于目标值（下限）的区间上限")
            continue
        stretch = v.get("争取值")
        if stretch is not None and comparison == "≥" and stretch < v["目标值"]:
            problem(table.sheet, row.cells["争取值"], f"争取值 {stretch:g} 小于目标值 {v['目标值']:g}",
                    "争取值应不低于目标值", "提示")
        targets.append(Target(
            indicator=name, value=float(v["目标值"]), unit=unit,
            comparison=comparison, plan_items=items, department=v.get("责任科室") or "",
            sentence=v.get("原文") or "", cell=f"{table.sheet}!{row.cells['目标值']}",
            kind=kind, stretch=None if stretch is None else float(stretch),
            upper=None if upper is None else float(upper),
            name_cell=f"{table.sheet}!{row.cells['指标']}" if row.cells.get("指标") else "",
            unit_cell=f"{table.sheet}!{row.cells['单位']}" if row.cells.get("单位") else "",
            period_average=average,
        ))
    return targets


def _read_notes(table: Table, plan: PlanNode | None, problem) -> list[ProgressNote]:
    codes = _plan_codes(plan)
    notes = []
    for row in table.rows:
        v = row.values
        item = canonical(v.get("条目编号") or "")
        if not item or not v.get("进展情况"):
            continue
        if codes and item not in codes:
            problem(table.sheet, row.cells["条目编号"], f"条目编号「{item}」在「工作意见」中不存在",
                    "这条进展已写入总结的总体情况；如属工作意见的某一条，请改为该条的编号，如 一.1",
                    "提示")
            item = "总"  # said in the general part rather than lost
        notes.append(ProgressNote(item, v.get("科室") or "", v["进展情况"],
                                  f"{table.sheet}!{row.cells['进展情况']}"))
    return notes


# --- 县区 / 科室 / 台账 -------------------------------------------------------------------------

def _county_fields(ds: Dataset, current: Table, previous: Table | None, problem) -> None:
    counties = [r.values["县区"] for r in current.rows if r.values.get("县区")]
    ds.counties = counties
    kinds = {r.values["县区"]: r.values["类型"] for r in current.rows if r.values.get("县区") and r.values.get("类型")}
    outside = frozenset(i for i, c in enumerate(counties) if outside_total(kinds.get(c)))
    ds.outside_total = [counties[i] for i in sorted(outside)]
    # 「区（不计入合计）」: the type is 区; the mark only keeps the unit out of the total
    ds.county_types = {c: k.removesuffix(OUTSIDE_MARK) for c, k in kinds.items()
                       if k.removesuffix(OUTSIDE_MARK)}
    prev_rows = {r.values["县区"]: r for r in previous.rows if r.values.get("县区")} if previous else {}
    if previous is not None and previous.columns:
        missing = [c for c in counties if c not in prev_rows]
        if missing:  # a county whose name is already reported as a slip: one message, not two
            from kjreport.checks.names import counties_named

            named = counties_named(ds.problems, (current.sheet, previous.sheet))
            missing = [c for c in missing if c not in named]
        if missing:
            problem(previous.sheet, None, f"缺少{'、'.join(missing)}的上年数据",
                    "这些县区的同比增长将显示为不可比", "提示")
    columns = [c.name for c in schema.COUNTY_COLUMNS[1:] if c.kind != "choice"] + list(current.extra)
    one_base = set(onebase.one_sided(current, previous))  # a typed total in one year only: sums both years
    own = _last_years_own_units(counties, prev_rows, kinds)
    for name in columns:
        if name not in current.columns and name not in current.extra:
            continue
        cur = _floats(r.values.get(name) for r in current.rows if r.values.get("县区"))
        prev = _floats(prev_rows[c].values.get(name) if c in prev_rows else None for c in counties)
        prev_source = previous.range_of(name) if previous is not None and prev_rows else ""
        at = current.columns.get(name) or current.extra.get(name)
        marked = {number for number, _ in current.marks.get(name, ())}
        county_marks = frozenset(r.values["县区"] for r in current.rows
                                 if r.number in marked and r.values.get("县区")) if marked else frozenset()
        total = current.total.get(name) if name not in one_base else None
        before = previous.total.get(name) if previous is not None and name not in one_base else None
        ds.fields[f"县区.{name}"] = Field(cur, prev, current.range_of(name), prev_source,
                                        unit=at.column.unit if at else "", county_marks=county_marks,
                                        total=total[0] if total else None,
                                        previous_total=before[0] if before else None, outside=outside,
                                        previous_units=None if own is None else _floats(
                                            prev_rows[c].values.get(name) for c in own))


def _last_years_own_units(counties: list[str], prev_rows: dict, kinds: dict) -> list[str] | None:
    """Return last year's units counted in the city's total (in their order) when a name of either
    table does not pair (「磁」 typed for 「磁县」, a new county): the city's 上年数 is 不可比 until
    the names are corrected, but its size is known from 县区上年数据 itself (qa21 F5); None when
    every name pairs."""
    if not prev_rows or (all(c in prev_rows for c in counties) and len(prev_rows) == len(set(counties))):
        return None
    return [c for c, r in prev_rows.items()
            if not outside_total(kinds.get(c) if c in kinds else r.values.get("类型"))]


def _department_fields(ds: Dataset, table: Table, problem) -> None:
    years: dict[int, int] = {}
    if ds.settings is not None:  # 数据年度: figures of an earlier year (statistics that lag)
        years = datayear.data_years(ds.location, table, ds.settings.year, ds.problems)
        if years or ds.settings.month >= datayear.NEAR_YEAR_END:
            from kjreport.indicators.catalogue import load_catalogue

            ds.problems += datayear.lag_hints(ds.location, table, ds.settings.year, ds.settings.month,
                                              load_catalogue(), ds.problems)
            ds.problems += datayear.unexpected_lag_hints(ds.location, table, ds.settings.year, years,
                                                         load_catalogue())
    blank = set(table.blanks.get("本年数", ()))
    marked = dict(table.marks.get("本年数", ()))  # 「/」: not applicable, told once for the sheet
    marked_before = dict(table.marks.get("上年数", ()))
    # nothing reported yet (a workbook just rolled over by init carries 上年数 on every row):
    # the empty 本年数 are 尚未报送, said once as a hint; once any figure is in, a row with last
    # year's figure and none for this year is a slip
    reported = any(r.values.get("本年数") is not None for r in table.rows)
    pending: list[str] = []
    for row in table.rows:
        v = row.values
        name = canonical(v.get("指标") or "")
        if not name:
            continue
        if v.get("本年数") is None and row.number in blank and v.get("上年数") is not None \
                and row.number not in marked:
            if not reported:
                pending.append(row.cells["本年数"])
            else:
                # a row listed but not reported yet (init lists the plan's indicators) has no
                # figure (its target says 没有本年数据); last year's figure alone is a slip
                unit = (v.get("单位") or "").strip()
                problem(table.sheet, row.cells["本年数"], f"「{v.get('指标')}」的「本年数」为空",
                        f"应填写数值{f'（单位：{unit}）' if unit else ''}，{number_example(unit)}")
        ds.fields[f"科室.{name}"] = Field(
            v.get("本年数"), v.get("上年数"), f"{table.sheet}!{row.cells['本年数']}",
            f"{table.sheet}!{row.cells['上年数']}", v.get("口径") or "可比", v.get("备注") or "",
            unicodedata.normalize("NFKC", str(v.get("单位") or "")).strip(), v.get("科室") or "",
            marked.get(row.number, ""),
            marked_before.get(row.number, ""), data_year=years.get(row.number),
        )
    if pending:
        problem(table.sheet, cell_span(pending),
                f"「本年数」尚未报送（共 {len(pending)} 行，上年数已填）",
                "各科室报送后在此填写本年数；未填写的指标暂不参与计算", "提示")


def nothing_reported(table: Table) -> bool:
    """Return True when ``table`` lists rows but holds no figure in any number column yet."""
    numeric = [name for name, at in [*table.columns.items(), *table.extra.items()]
               if at.column.kind in ("number", "int")]
    return bool(table.rows) and all(v is None for name in numeric for v in table.column(name))


def _floats(values) -> list[float]:
    """Return county values as floats in county order (a missing value is NaN)."""
    return [math.nan if v is None else float(v) for v in values]


def _frame(table: Table) -> Frame:
    names = list(table.columns) + list(table.extra)
    numeric = [name for name, at in [*table.columns.items(), *table.extra.items()]
               if at.column.kind in ("number", "int", "year")]
    return Frame.from_columns({name: table.column(name) for name in names}, numeric)


def _without_last_year(p: Problem, name: str) -> Problem:
    """Return the 提示 for a 县区上年数据 column missing that only a 总量 target uses."""
    return Problem(p.file, p.sheet, p.cell, f"没有「{name}」列（上年数）",
                   f"「{name}」的年度目标只比总量，照常计算；同比增长暂不计算，总结和通报中不写同比；"
                   "有上年数时请在这张表加上这一列", "提示")


def _setting_example(key: str, get) -> str:
    """Return the example for a missing setting: 单位名称 from the workbook's own 城市名称
    (如：同心县科学技术局), not the sample city's (qa13 F32)."""
    if key == "单位名称":
        city = get("城市名称")[0]
        if not is_blank(city):
            from kjreport.plan.init import bureau_name

            return f"如：{bureau_name(str(city).strip())}"
    return schema.SETTING_KEYS[key]
