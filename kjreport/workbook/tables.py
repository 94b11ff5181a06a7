"""Reading one sheet of the workbook format out of a ``SheetData`` grid, checking as it goes.

``read_table`` never raises for bad data: it appends a ``Problem`` for every bad cell (naming the
sheet and cell, what was found, what is expected) and keeps reading, so ``kjreport check`` can
list every problem at once.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from kjreport.errors import Problem
from kjreport.workbook.numbers import is_blank, is_excel_error, parse_number
from kjreport.workbook.schema import (
    UNIT_CONVERSIONS,
    Column,
    SheetSpec,
    canonical,
    normalize_header,
)
from kjreport.workbook.source import SheetData
from kjreport.workbook.xlsx import column_letter, split_ref

TOTAL_ROW_NAMES = {"合计", "总计", "全市", "全市合计", "小计"}
HEADER_SEARCH_ROWS = 10
YES = {"是", "y", "yes", "√", "✓", "1", "true", "t"}
NO = {"否", "n", "no", "×", "0", "false", "f"}


@dataclass
class ColumnAt:
    """Where a column of the spec was found, and how its numbers convert."""

    column: Column
    index: int  # 0-based within SheetData.rows
    letter: str
    header_unit: str = ""  # the unit written in the header, if any
    factor: float = 1.0  # multiply by this to reach column.unit


@dataclass
class Row:
    """One data row: typed values by column name, and the cell address of each."""

    number: int
    values: dict[str, object]
    cells: dict[str, str]


@dataclass
class Table:
    """A sheet read according to its spec."""

    spec: SheetSpec
    sheet: str
    header_row: int = 0
    columns: dict[str, ColumnAt] = field(default_factory=dict)
    extra: dict[str, ColumnAt] = field(default_factory=dict)  # user-added number columns
    rows: list[Row] = field(default_factory=list)
    last_row: int = 0

    def range_of(self, column: str) -> str:
        """Return the data range of a column, e.g. ``县区数据!B3:B12``."""
        at = self.columns.get(column) or self.extra.get(column)
        if at is None or not self.rows:
            return f"{self.sheet}!"
        first, last = self.rows[0].number, self.rows[-1].number
        return f"{self.sheet}!{at.letter}{first}:{at.letter}{last}"

    @property
    def area(self) -> str:
        """Return the whole data range, e.g. ``项目台账!A2:H400``."""
        if not self.columns:
            return f"{self.sheet}!"
        letters = sorted((c.index, c.letter) for c in [*self.columns.values(), *self.extra.values()])
        last = self.rows[-1].number if self.rows else self.header_row
        return f"{self.sheet}!{letters[0][1]}{self.header_row + 1}:{letters[-1][1]}{last}"


def read_table(file: str, data: SheetData, spec: SheetSpec, problems: list[Problem]) -> Table:
    """Return the rows of ``data`` read as ``spec``; append every problem found to ``problems``."""
    table = Table(spec, data.name)

    def problem(cell: str | None, found: str, expected: str, severity: str = "错误") -> None:
        problems.append(Problem(file, data.name, cell, found, expected, severity))

    header_index = _find_header(data, spec)
    if header_index is None:
        first = spec.columns[0].name
        problem(None, f"找不到表头（前 {HEADER_SEARCH_ROWS} 行中没有「{first}」列）",
                "应有表头行：" + "、".join(c.header for c in spec.columns if c.required))
        return table
    table.header_row = data.first_row + header_index
    _map_columns(data, spec, table, header_index, problem)
    if any(c.required and c.name not in table.columns for c in spec.columns):
        return table
    _check_area(data, table, problem)
    _read_rows(data, spec, table, header_index, problem)
    return table


def _find_header(data: SheetData, spec: SheetSpec) -> int | None:
    wanted = {canonical(c.name) for c in spec.columns}
    best, best_hits = None, 0
    for i, row in enumerate(data.rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for v in row if v is not None and normalize_header(v)[0] in wanted)
        if hits > best_hits:
            best, best_hits = i, hits
    return best


def _map_columns(data, spec, table, header_index, problem) -> None:
    header = data.rows[header_index]
    by_name = {canonical(c.name): c for c in spec.columns}
    seen: dict[str, str] = {}
    for j, raw in enumerate(header):
        if is_blank(raw):
            continue
        name, unit = normalize_header(raw)
        letter = column_letter(data.first_col + j)
        cell = f"{letter}{table.header_row}"
        column = by_name.get(name)
        if name in seen:
            problem(cell, f"表头「{raw}」与 {seen[name]} 重复", "每一列只能出现一次")
            continue
        seen[name] = cell
        if column is None:
            if spec.extra_numbers:
                table.extra[name] = ColumnAt(
                    Column(name, unit=unit, nonempty=not spec.extra_blank), j, letter, unit
                )
            continue
        factor = 1.0
        if unit and column.unit and unit != column.unit:
            fc, ff = UNIT_CONVERSIONS.get(unit, (unit, 1.0))
            wc, wf = UNIT_CONVERSIONS.get(column.unit, (column.unit, 1.0))
            if fc != wc:
                problem(cell, f"表头单位是「{unit}」", f"「{column.name}」的单位应为{column.unit}")
                continue
            factor = ff / wf
        table.columns[column.name] = ColumnAt(column, j, letter, unit, factor)
    for column in spec.columns:
        if column.required and column.name not in table.columns:
            problem(f"{column_letter(data.first_col)}{table.header_row}",
                    f"缺少列「{column.header}」", "请在表头行加上这一列（列的顺序不限）")


def _check_area(data: SheetData, table: Table, problem) -> None:
    """Report merged ranges and formula cells without a cached value inside the data area."""
    cols = [c.index + data.first_col for c in [*table.columns.values(), *table.extra.values()]]
    lo, hi = min(cols), max(cols)
    for rng in data.merged:
        a, b = rng.split(":")
        (_, c0), (r1, c1) = split_ref(a), split_ref(b)
        if r1 >= table.header_row and c1 >= lo and c0 <= hi:
            problem(a, f"数据区域内有合并单元格 {rng}",
                    "请取消合并（开始 › 合并后居中 › 取消合并单元格），每个单元格单独填写")
    for cell in data.uncached:
        r, c = split_ref(cell)
        if r > table.header_row and lo <= c <= hi:
            problem(cell, "是公式但没有计算结果（kjreport 写入数据后待重新计算，或文件由其他程序保存）",
                    "请在 Excel、WPS 或 LibreOffice 中打开并保存一次，或直接填写数值")


def _read_rows(data, spec, table, header_index, problem) -> None:
    uncached = set(data.uncached)
    key_seen: dict[str, str] = {}
    key = spec.key
    columns = list(table.columns.values()) + list(table.extra.values())
    readers = [(at, at.column.name, at.index, _fast_reader(at)) for at in columns]
    skip_totals = spec.key == "县区"
    for i in range(header_index + 1, len(data.rows)):
        raw = data.rows[i]
        if all(v is None or (type(v) is str and not v.strip()) for v in raw):
            continue
        number = data.first_row + i
        width = len(raw)
        if skip_totals:
            first = raw[columns[0].index] if columns[0].index < width else None
            if isinstance(first, str) and canonical(first) in TOTAL_ROW_NAMES:
                continue  # a typed total row: the indicators add up the counties themselves
        values: dict[str, object] = {}
        cells: dict[str, str] = {}
        for at, name, index, fast in readers:
            cell = f"{at.letter}{number}"
            cells[name] = cell
            value = raw[index] if index < width else None
            converted = fast(value)
            if converted is not _SLOW:
                values[name] = converted
            elif cell in uncached:
                values[name] = None
            else:
                values[name] = _typed(value, at, cell, problem)
        table.rows.append(Row(number, values, cells))
        if key and values.get(key) not in (None, ""):
            k = str(values[key])
            if k in key_seen:
                problem(cells[key], f"「{k}」重复出现（另见 {key_seen[k]}）", f"每个{key}只能有一行")
            else:
                key_seen[k] = cells[key]
    table.last_row = table.rows[-1].number if table.rows else table.header_row


_SLOW = object()  # the fast reader could not decide: take the careful path (with messages)


def _fast_reader(at: ColumnAt):
    """Return a function converting the common, unproblematic cell values of a column quickly."""
    kind, factor = at.column.kind, at.factor

    if kind == "number":
        def read(v):
            return v * factor if type(v) is float or type(v) is int else _SLOW
    elif kind in ("int", "year"):
        def read(v):
            if (type(v) is float or type(v) is int) and v == int(v):
                if kind == "year" and not 1900 <= v <= 2100:
                    return _SLOW
                return int(v) * factor if kind == "int" else int(v)
            return _SLOW
    elif kind == "text":
        def read(v):
            if type(v) is str:
                text = v.strip()
                return text if text and not text.startswith("#") else _SLOW
            return _SLOW
    else:
        choices = set(at.column.choices)

        def read(v):
            return v if type(v) is str and v in choices else _SLOW
    return read


def _typed(value, at: ColumnAt, cell: str, problem) -> object:
    """Return the cell value converted to the column's kind; report what does not fit."""
    col = at.column
    if is_blank(value):
        if col.nonempty:
            problem(cell, f"「{col.name}」为空", _expected(col))
        return None
    if is_excel_error(value):
        problem(cell, f"是 Excel 错误值 {str(value).strip().upper()}（公式出错）",
                f"请改正公式或直接填写{_expected_short(col)}")
        return None
    kind = col.kind
    if kind == "number" or kind == "int":
        unit = at.header_unit or col.unit
        parsed = parse_number(value, unit)
        if parsed.error:
            problem(cell, parsed.error, _expected(col))
            return None
        number = parsed.value * at.factor
        if parsed.note:
            problem(cell, parsed.note, "已自动换算，建议改为数字格式", "提示")
        if kind == "int" and abs(number - round(number)) > 1e-9:
            problem(cell, f"是 {number:g}，带小数", f"「{col.name}」应为整数")
            return None
        return number
    if kind == "year":
        parsed = parse_number(value)
        if parsed.error or parsed.value is None or not 1900 <= parsed.value <= 2100 \
                or parsed.value != int(parsed.value):
            problem(cell, f"「{value}」不是年份", "应为4位年份，如 2011")
            return None
        return int(parsed.value)
    text = _text(value)
    if kind == "choice":
        folded = unicodedata.normalize("NFKC", text)
        for choice in col.choices:
            if folded == unicodedata.normalize("NFKC", choice) or folded == choice.replace("≥", ">="):
                return choice
        if "≥" in col.choices:
            if folded in (">=", "不低于", "达到", "以上", "突破", "超过"):
                return "≥"
            if folded in ("<=", "不高于", "以内", "控制在", "不超过"):
                return "≤"
            if folded in ("~", "≈", "左右", "约"):
                return "≈"
            if folded in ("范围", "-", "—", "~区间"):
                return "区间"
        if "新增" in col.choices:
            kind = {"增长": "增速", "增幅": "增速", "增长率": "增速", "总数": "总量", "年末数": "总量",
                    "累计数": "累计", "提高百分点": "提高"}.get(folded)
            if kind:
                return kind
        if col.open_choices:
            return text  # e.g. a bureau's own 科室 names
        problem(cell, f"「{text}」不在可选范围内", "应为：" + "、".join(col.choices))
        return None
    if kind == "yesno":
        low = text.lower()
        if low in YES:
            return True
        if low in NO:
            return False
        problem(cell, f"「{text}」", "应填 是 或 否")
        return None
    return text


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value).strip()


def _expected_short(col: Column) -> str:
    return {"number": "数值", "int": "整数", "year": "年份"}.get(col.kind, "内容")


def _expected(col: Column) -> str:
    if col.kind in ("number", "int"):
        unit = f"（单位：{col.unit}）" if col.unit else ""
        return f"应填写{_expected_short(col)}{unit}，如 1200 或 26.5"
    if col.kind == "choice":
        return "应为：" + "、".join(col.choices)
    hint = f"（{col.hint}）" if col.hint else ""
    return f"应填写「{col.name}」{hint}"
