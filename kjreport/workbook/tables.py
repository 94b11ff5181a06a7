"""Reading one sheet of the workbook format out of a ``SheetData`` grid, checking as it goes.

``read_table`` never raises for bad data: it appends a ``Problem`` for every bad cell (naming the
sheet and cell, what was found, what is expected) and keeps reading, so ``kjreport check`` can
list every problem at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from kjreport.errors import Problem
from kjreport.workbook import headers, unitsheets
from kjreport.workbook.numbers import (
    COUNT_UNITS,
    is_blank,
    is_excel_error,
    month_with_suffix,
    not_applicable_mark,
    number_example,
    parse_number,
    year_with_suffix,
)
from kjreport.workbook.schema import (
    UNIT_CONVERSIONS,
    Column,
    SheetSpec,
    canonical,
    normalize_header,
)
from kjreport.workbook.source import SheetData
from kjreport.workbook.xlsx import column_letter, split_ref

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


class CellAddresses(Mapping[str, str]):
    """Column name → cell address (``B7``) of one row, computed when asked for.

    Addresses are needed only to report a problem, so a row keeps just its number and the
    table's shared column letters: no per-cell string is made while reading 500,000 rows.
    """

    __slots__ = ("_letters", "_number")

    def __init__(self, letters: dict[str, str], number: int):
        self._letters = letters
        self._number = number

    def __getitem__(self, name: str) -> str:
        return f"{self._letters[name]}{self._number}"

    def __contains__(self, name: object) -> bool:
        return name in self._letters

    def __iter__(self) -> Iterator[str]:
        return iter(self._letters)

    def __len__(self) -> int:
        return len(self._letters)

    def __repr__(self) -> str:
        return repr(dict(self))


class Row:
    """One data row: typed values by column name, and the cell address of each."""

    __slots__ = ("number", "values", "_letters")

    def __init__(self, number: int, values: Mapping[str, object],
                 cells: Mapping[str, str] | None = None, *, letters: dict[str, str] | None = None):
        self.number = number
        self.values = values
        if letters is None:  # given explicit addresses: keep the letters of each
            letters = {k: v.rstrip("0123456789") for k, v in (cells or {}).items()}
        self._letters = letters

    @property
    def cells(self) -> CellAddresses:
        """Return column name → cell address of this row."""
        return CellAddresses(self._letters, self.number)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Row) and self.number == other.number
                and dict(self.values) == dict(other.values) and self._letters == other._letters)

    def __repr__(self) -> str:
        return f"Row({self.number}, {dict(self.values)!r})"


class RowValues(Mapping[str, object]):
    """Column name → typed value of one row, read from the table's columns (no dict per row)."""

    __slots__ = ("_columns", "_position")

    def __init__(self, columns: dict[str, list[object]], position: int):
        self._columns = columns
        self._position = position

    def __getitem__(self, name: str) -> object:
        return self._columns[name][self._position]

    def get(self, name: str, default: object = None) -> object:
        column = self._columns.get(name)
        return default if column is None else column[self._position]

    def __contains__(self, name: object) -> bool:
        return name in self._columns

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)

    def __repr__(self) -> str:
        return repr(dict(self))


class RowList(Sequence[Row]):
    """The rows of a table stored as columns; a ``Row`` is made only when one is looked at."""

    def __init__(self, numbers: list[int], columns: dict[str, list[object]],
                 letters: dict[str, str]):
        self.numbers = numbers
        self.columns = columns
        self._letters = letters

    def __len__(self) -> int:
        return len(self.numbers)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.numbers)))]
        if i < 0:
            i += len(self.numbers)
        if not 0 <= i < len(self.numbers):
            raise IndexError(i)
        return Row(self.numbers[i], RowValues(self.columns, i), letters=self._letters)

    def __iter__(self) -> Iterator[Row]:
        columns, letters = self.columns, self._letters
        for i, number in enumerate(self.numbers):
            yield Row(number, RowValues(columns, i), letters=letters)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def without(self, numbers: set[int]) -> RowList:
        """Return the rows whose sheet row number is not in ``numbers`` (still as columns)."""
        keep = [i for i, n in enumerate(self.numbers) if n not in numbers]
        columns = {name: [values[i] for i in keep] for name, values in self.columns.items()}
        return RowList([self.numbers[i] for i in keep], columns, self._letters)

    def __repr__(self) -> str:
        return f"RowList({len(self)} rows: {', '.join(self.columns)})"


@dataclass
class Table:
    """A sheet read according to its spec."""

    spec: SheetSpec
    sheet: str
    header_row: int = 0
    columns: dict[str, ColumnAt] = field(default_factory=dict)
    extra: dict[str, ColumnAt] = field(default_factory=dict)  # user-added number columns
    rows: Sequence[Row] = field(default_factory=list)  # a RowList once read
    last_row: int = 0
    header_cell: str = ""  # first cell of the header row (where a missing column is reported)
    serial: int | None = None  # the 序号 column passed over (0-based), if any
    blanks: dict[str, list[int]] = field(default_factory=dict)  # when_used column → blank rows
    # number column → (row number, text) of the cells marked not applicable (「/」「—」「无」): read
    # as blanks, told once per sheet (kjreport.checks.marks); an error only where a target needs them
    marks: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # the typed total row of a county sheet (全市、全省、合计 …, taken out of the units by
    # ``checks.totals``): column → (figure, cell); the official city figure (see ``dataset``)
    total: dict[str, tuple[float, str]] = field(default_factory=dict)

    def column(self, name: str) -> list[object] | None:
        """Return the typed values of column ``name`` in row order (None: no such column)."""
        if isinstance(self.rows, RowList):
            return self.rows.columns.get(name)
        if name not in self.columns and name not in self.extra:
            return None
        return [r.values.get(name) for r in self.rows]

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


def read_table(file: str, data: SheetData, spec: SheetSpec, problems: list[Problem],
               year: int | None = None) -> Table:
    """Return the rows of ``data`` read as ``spec``; append every problem found to ``problems``.

    ``year`` (设置 年度) lets a header 「2023年」 be read as 本年数 and 「2022年」 as 上年数."""
    table = Table(spec, data.name)

    def problem(cell: str | None, found: str, expected: str, severity: str = "错误") -> None:
        if cell in data.linked and found.startswith("是 Excel 错误值"):  # qa12 F24 (S102)
            found = found.replace("（公式出错）", "（公式引用了另一个工作簿，该工作簿不在或未更新）")
            expected = "请在 Excel 中打开两个工作簿更新链接，或复制这些单元格后“选择性粘贴 › 数值”，再保存"
        problems.append(Problem(file, data.name, cell, found, expected, severity))

    header_index = _find_header(data, spec)
    if header_index is None:
        first = spec.columns[0].name
        problem(None, f"找不到表头（前 {HEADER_SEARCH_ROWS} 行中没有「{first}」列）",
                "应有表头行：" + "、".join(c.header for c in spec.columns if c.required))
        return table
    table.header_row = data.first_row + header_index
    table.header_cell = f"{column_letter(data.first_col)}{table.header_row}"
    _map_columns(data, spec, table, header_index, problem, year)
    data = _without_repeated_headers(data, table, header_index, problem)
    data = _labels_in_serial_column(data, table, header_index)
    if any(c.required and c.name not in table.columns for c in spec.columns):
        if table.columns:  # still list the other columns' problems in the same check (one pass)
            _check_area(data, table, problem)
            _read_rows(data, spec, table, header_index, problem)
            if not (spec.extra_numbers and spec.key in table.columns):
                table.rows = []  # county sheets keep their other columns; other sheets are unusable
        return table
    _check_area(data, table, problem)
    _read_rows(data, spec, table, header_index, problem)
    return table


def _labels_in_serial_column(data: SheetData, table: Table, header_index: int) -> SheetData:
    """Return ``data`` with a row's label typed in the 序号 column (「合计」 of a web table merged
    over 序号 and 区域, left in 序号 when unmerged) taken as its name where the name cell is
    blank, so that the row is read as the total it is (the sheet itself is not changed)."""
    at = table.columns.get(table.spec.key)
    j = table.serial
    if j is None or at is None:
        return data
    rows = data.rows
    changed = False
    for i in range(header_index + 1, len(rows)):
        row = rows[i]
        label = row[j] if j < len(row) else None
        if (isinstance(label, str) and label.strip() and parse_number(label).value is None
                and at.index < len(row) and is_blank(row[at.index])):
            if not changed:
                rows, changed = list(rows), True
            rows[i] = [*row[:at.index], label.strip(), *row[at.index + 1:]]
    if not changed:
        return data
    return dataclasses.replace(data, rows=rows, columns=None)


def _without_repeated_headers(data: SheetData, table: Table, header_index: int, problem) -> SheetData:
    """Return ``data`` with a second header row pasted mid-sheet blanked (one 提示 for each)."""
    from kjreport.workbook import repeated

    found = repeated.repeated_headers(data, header_index, [at.index for at in table.columns.values()])
    for i in found:
        problem(repeated.row_cell(data, i),
                f"第 {data.first_row + i} 行与表头（第 {table.header_row} 行）相同，像是粘贴时带进来的第二个表头",
                "这一行已跳过，不作数据读取；请删除这一行", "提示")
    return repeated.without_rows(data, found) if found else data


def used_column_problems(file: str, table: Table, name: str, needed_by: str = "") -> list[Problem]:
    """Return the problems of a ``when_used`` column that a target needs: the column missing,
    or its blank cells (the messages a required, nonempty column gets while reading); a cell
    marked not applicable (「/」) is said to be needed for the target ``needed_by``."""
    if not table.columns:  # the sheet itself could not be read: already reported
        return []
    at = table.columns.get(name) or table.extra.get(name)
    if at is None:
        spec_column = next((c for c in table.spec.columns if c.name == name), None)
        header = spec_column.header if spec_column else name
        return [Problem(file, table.sheet, table.header_cell, f"缺少列「{header}」",
                        "请在表头行加上这一列（列的顺序不限）")]
    column = at.column
    strict = Column(column.name, column.kind, column.unit, hint=column.hint)
    marked = dict(table.marks.get(name, ()))
    need = f"年度目标「{needed_by}」" if needed_by else "年度目标"
    return [Problem(file, table.sheet, f"{at.letter}{number}", f"「{name}」为空", _expected(strict, at.header_unit))
            if number not in marked else
            Problem(file, table.sheet, f"{at.letter}{number}",
                    f"填的是「{marked[number]}」（不适用），但{need}要用「{name}」列计算全市合计",
                    "该单元格" + _expected(strict, at.header_unit))
            for number in table.blanks.get(name, ())]


def _own_word(header: str, word: str) -> bool:
    """Return True when a unit column's header is the unit sheet's own word, alone or with a note
    in brackets (「乡镇」「乡镇(街道)」 in 乡镇数据): read as meant, no 提示."""
    return header == word or (header.startswith(word + "(") and header.endswith(")"))


def _find_header(data: SheetData, spec: SheetSpec) -> int | None:
    wanted = {canonical(c.name) for c in spec.columns}
    spelled = headers.spelled_like(spec)  # 指标名称, 2023年, 县（市）区 … count too
    best, best_hits = None, 0
    for i, row in enumerate(data.rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for v in row if v is not None and (normalize_header(v)[0] in wanted or spelled(v)))
        if hits > best_hits:
            best, best_hits = i, hits
    return best


def _map_columns(data, spec, table, header_index, problem, year=None) -> None:
    header = data.rows[header_index]
    by_name = {canonical(c.name): c for c in spec.columns}
    matched = {by_name[n].name for raw in header if not is_blank(raw) and (n := normalize_header(raw)[0]) in by_name}
    spelled = {r.index: r.column for r in headers.readings(
        spec, header, data.rows[header_index + 1:header_index + 201], year, matched)} \
        if any((c.required or c.name in headers.SPELLINGS) and c.name not in matched for c in spec.columns) else {}
    seen: dict[str, str] = {}
    seen_at: dict[str, int] = {}  # the column (index in ``header``) of each header seen
    read_as: list[tuple[str, str, Column]] = []  # header cells read under another spelling
    for j, raw in enumerate(header):
        if is_blank(raw):
            continue
        name, unit = normalize_header(raw)
        letter = column_letter(data.first_col + j)
        cell = f"{letter}{table.header_row}"
        column = by_name.get(name)
        if j in spelled:
            column = spelled[j]
            name = canonical(column.name)
            if not (column.name == "县区" and unitsheets.is_unit_sheet(data.name)
                    and _own_word(canonical(raw), unitsheets.word_of(data.name))):
                read_as.append((cell, str(raw).strip(), column))  # 乡镇数据 headed 乡镇 is as meant
        if name in seen:
            hidden = set(getattr(data, "hidden_columns", ()) or ())
            first = seen[name]
            notes = [f"{column_letter(c)} 列已隐藏" for c in (data.first_col + seen_at[name], data.first_col + j) if c in hidden]
            said = f"（{'，'.join(notes)}）" if notes else ""  # the clerk sees one header only (qa12 F11)
            problem(cell, f"表头「{raw}」与 {first} 重复{said}",
                    "每一列只能出现一次" + ("；请取消隐藏（选中两侧的列 › 右键 › 取消隐藏）后删除多余的一列" if notes else ""))
            continue
        seen[name], seen_at[name] = cell, j
        if column is None:
            if spec.extra_numbers and headers.is_serial_column(name, data.rows[header_index + 1:], j):
                table.serial = j
            elif spec.extra_numbers:
                table.extra[name] = ColumnAt(
                    Column(name, unit=unit, nonempty=not (spec.extra_blank or spec.extra_when_used),
                           when_used=spec.extra_when_used), j, letter, unit
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
    if read_as:  # one 提示 for the sheet, at the first such cell
        typed = "".join(f"「{raw}」" for _, raw, _ in read_as)
        word = unitsheets.word_of(data.name) if unitsheets.is_unit_sheet(data.name) else "县区"
        # the unit column under the book's own word: 「乡镇」 in 乡镇数据 (qa11b F19)
        meant = "".join(f"「{word if c.name == '县区' else c.name}」" for _, _, c in read_as)
        problem(read_as[0][0], f"表头{typed}已{'分别' if len(read_as) > 1 else ''}按{meant}列读取",
                "无需修改；也可把表头改为" + "".join(f"「{word if c.name == '县区' else c.header}」"
                                            for _, _, c in read_as), "提示")
    taken = {at.index for at in table.columns.values()}
    for column in spec.columns:
        if column.required and column.name not in table.columns:
            j = headers.likely_cell(column, header, taken | spelled.keys())
            if j is None or spec.extra_numbers:
                problem(f"{column_letter(data.first_col)}{table.header_row}",
                        f"缺少列「{column.header}」", "请在表头行加上这一列（列的顺序不限）")
                continue
            taken.add(j)
            raw = str(header[j]).strip()
            typed_year = headers.header_year(header[j]) if column.name in headers.YEAR_COLUMNS else None
            why = (f"与「设置」年度 {year} 对不上" if typed_year and year
                   else "无法识别")
            problem(f"{column_letter(data.first_col + j)}{table.header_row}",
                    f"缺少列「{column.header}」：表头「{raw}」{why}",
                    f"是否就是「{column.name}」？请把表头改为「{column.header}」" + _year_advice(column, year))


def _year_advice(column: Column, year: int | None) -> str:
    """Return how a year may head 本年数/上年数, when 设置 年度 is known."""
    if column.name not in headers.YEAR_COLUMNS or year is None:
        return ""
    return f"（「设置」年度为 {year}，本年数也可写作「{year}年」，上年数写作「{year - 1}年」）"


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
    """Read the data rows column by column (bulk type checks, C-level list work), then build
    the rows; cells the fast path cannot decide are read carefully in row order, so problems
    come out in the same order as a cell-by-cell read would give them."""
    uncached = set(data.uncached)
    key = spec.key
    columns = list(table.columns.values()) + list(table.extra.values())
    letters = {at.column.name: at.letter for at in columns}  # shared by every row
    skip_totals = False  # total rows are kept: kjreport.checks.totals finds them (and checks their sums)
    first_index = columns[0].index
    first_row = data.first_row
    body = data.rows[header_index + 1:]
    whole = _whole_columns(body, columns, data.columns, header_index + 1, data.rows)
    if whole.grid is not None:  # transposed here: the total-row search reuses the columns
        data.columns = whole.grid
    kept: list[list[object]] = []
    numbers: list[int] = []
    for i in range(header_index + 1, len(data.rows)) if not whole.full else ():
        raw = data.rows[i]
        for v in raw:  # a row is blank when every cell is empty or only spaces
            if v is not None and (type(v) is not str or v.strip()):
                break
        else:
            continue
        if skip_totals:
            first = raw[first_index] if first_index < len(raw) else None
            if isinstance(first, str) and canonical(first) in ("合计", "总计"):
                continue  # a typed total row: the indicators add up the counties themselves
        kept.append(raw)
        numbers.append(first_row + i)
    if whole.full:  # no blank row: every row is kept, and the columns are already taken out
        kept, numbers = body, list(range(first_row + header_index + 1, first_row + len(data.rows)))
    if not kept:
        table.last_row = table.header_row
        return

    reuse = len(kept) == len(body)  # the columns taken out of ``body`` are the kept rows' columns
    narrowest = whole.narrowest if reuse and whole.narrowest is not None else min(map(len, kept))
    converted: list[list[object]] = []
    careful: dict[int, list[int]] = {}  # row position → column positions for the careful path
    for j, at in enumerate(columns):
        index = at.index
        cells, kinds = whole.columns.get(index, (None, None)) if reuse else (None, None)
        if cells is not None:
            pass
        elif index < narrowest:
            cells = list(map(itemgetter(index), kept))
        else:
            cells = [raw[index] if index < len(raw) else None for raw in kept]
        values = _bulk(at, cells, kinds)
        if values is None:
            fast = _fast_reader(at)
            values = list(map(fast, cells))
            for r, v in enumerate(values):
                if v is _SLOW:
                    careful.setdefault(r, []).append(j)
        converted.append(values)

    names = [at.column.name for at in columns]
    key_column = converted[names.index(key)] if key in names else None
    if key_column is not None and not any(names.index(key) in js for js in careful.values()) \
            and _all_distinct(key_column):
        key_column = None  # no key repeats (a C-level proof): only the careful cells need a look
    key_seen: dict[str, str] = {}
    key_at = columns[names.index(key)] if key in names else None
    unit_at = next((at for at in columns if at.column.name == "单位" and at.column.kind == "text"), None)
    # row order, then column order, duplicates after the row's cells: as a cell-by-cell read
    for r in range(len(numbers)) if key_column is not None else sorted(careful):
        number = numbers[r]
        for j in careful.get(r, ()):
            at = columns[j]
            cell = f"{at.letter}{number}"  # an address only on the careful path
            if cell in uncached:
                converted[j][r] = None
                continue
            raw = kept[r]
            value = raw[at.index] if at.index < len(raw) else None
            if at.column.when_used and is_blank(value):
                table.blanks.setdefault(at.column.name, []).append(number)
            mark = not_applicable_mark(value) if at.column.kind in ("number", "int") else ""
            if mark and not at.column.nonempty:
                table.marks.setdefault(at.column.name, []).append((number, mark))
                if at.column.when_used:
                    table.blanks.setdefault(at.column.name, []).append(number)
                converted[j][r] = None
                continue
            converted[j][r] = _typed(value, at, cell, problem, lambda raw=raw, at=at: _subject(raw, key_at, at),
                                     _row_unit(raw, unit_at))
        if key_column is not None and key_column[r] not in (None, ""):
            k = str(key_column[r])
            if k in key_seen:
                problem(f"{letters[key]}{number}", f"「{k}」重复出现（另见 {key_seen[k]}）",
                        f"每个{key}只能有一行")
            else:
                key_seen[k] = f"{letters[key]}{number}"
    data_by_name = dict(zip(names, converted, strict=True))
    table.rows = RowList(numbers, data_by_name, letters)
    table.last_row = numbers[-1]


def _all_distinct(keys: list[object]) -> bool:
    """Return True when no key (as text; empty cells aside) appears twice."""
    present = [k for k in keys if k is not None and k != ""]
    return len(set(map(str, present))) == len(present)


@dataclass
class _Columns:
    """The spec's columns of a sheet's data rows, taken out once: index → (cells, their types);
    ``full`` when a column without an empty cell proves that no row is blank."""

    columns: dict[int, tuple[list[object], set[type]]]
    full: bool
    narrowest: int | None = None  # the shortest row's length
    grid: list[tuple[object, ...]] | None = None  # the sheet transposed here (every row as wide)


_EMPTY_KINDS = {type(None), str}  # a cell of these types may be empty (None, or only spaces)


def _whole_columns(body: list[list[object]], columns: list[ColumnAt],
                   by_column: list | None = None, skip: int = 0,
                   grid: list[list[object]] | None = None) -> _Columns:
    """Return the spec's columns of ``body`` (the rows under the header) with their cell types;
    ``by_column`` holds the sheet's cells by column when the source gave them (``body`` is
    their rows from ``skip`` on). ``grid``: all the sheet's rows (``body`` is the part from
    ``skip`` on); when it is transposed, its columns come back as ``grid`` of the result."""
    if not body:
        return _Columns({}, False)
    # one pass: calamine's grid is rectangular (a single width); a sheet given by column is too
    widths = {len(by_column)} if by_column is not None else set(map(len, body))
    transposed = None
    narrowest = min(widths)
    wanted = {at.index for at in columns if at.index < narrowest}
    if by_column is not None:  # no transposition: each wanted column is there already
        taken = {j: list(by_column[j][skip:]) for j in sorted(wanted)}
    elif len(widths) == 1 and 2 * len(wanted) >= narrowest:
        # calamine's grid is rectangular: one transposition takes out every column at once
        if grid is not None and all(len(r) == narrowest for r in grid[:skip]):
            by_column = list(zip(*grid, strict=True))  # the whole sheet, kept for its other readers
            taken = {j: list(by_column[j][skip:]) for j in sorted(wanted)}
        else:
            by_column = None
            taken = {j: list(cells) for j, cells in enumerate(zip(*body, strict=True)) if j in wanted}
        transposed = by_column
    else:
        taken = {j: list(map(itemgetter(j), body)) for j in wanted}
    out: dict[int, tuple[list[object], set[type] | None]] = dict.fromkeys(taken, ([], None))
    full = False
    # The cell types of a column are looked at only where they are needed (a pass over the
    # cells each): for a column of numbers (``_bulk`` needs them; cheap, and the usual proof
    # that no row is blank), and for the others only while no such proof has been found;
    # ``_bulk`` judges a text or choice column without them.
    numeric = {at.index for at in columns if at.column.kind in ("number", "int", "year")}
    for j in sorted(taken, key=lambda j: j not in numeric):
        cells = taken[j]
        if j in numeric or not full:
            kinds = set(map(type, cells))
            out[j] = (cells, kinds)
            full = full or not (kinds & _EMPTY_KINDS)
        else:
            out[j] = (cells, None)
    return _Columns(out, full, narrowest, transposed)


def _bulk(at: ColumnAt, cells: list[object], kinds: set[type] | None = None) -> list[object] | None:
    """Return the whole column converted when every cell is of the common, clean kind (one pass
    of C-level checks instead of a call per cell); None when any cell needs a closer look."""
    kind, factor = at.column.kind, at.factor
    if kind == "text" and kinds is None:
        try:
            texts = list(map(str.strip, cells))  # a cell that is not a text raises TypeError
        except TypeError:
            return None
        return _clean_texts(texts)
    if kind == "choice":  # a set of texts holds no other type: no need to know the cells' types
        return cells if set(cells) <= set(at.column.choices) else None
    if kinds is None:
        kinds = set(map(type, cells))
    if kind == "number":
        if kinds == {float}:
            return cells if factor == 1.0 else [v * factor for v in cells]
        if kinds == {float, type(None)} and _blank_is_none(at.column):  # an optional column's blanks
            return cells if factor == 1.0 else [None if v is None else v * factor for v in cells]
        return None
    if kind in ("int", "year"):
        if kinds != {float} or not all(map(float.is_integer, cells)):
            return None
        if kind == "year" and not 1900 <= min(cells) <= max(cells) <= 2100:
            return None
        return [int(v) * factor for v in cells] if kind == "int" else list(map(int, cells))
    if kind == "text":
        return _clean_texts(list(map(str.strip, cells))) if kinds == {str} else None
    if kind == "yesno" and kinds == {str}:
        answers = {}
        for text in set(cells):
            low = text.strip().lower()
            if low not in YES and low not in NO:
                return None  # blank, an error value or an unknown answer: the careful path
            answers[text] = low in YES
        return list(map(answers.__getitem__, cells))
    return None


def _clean_texts(texts: list[str]) -> list[str] | None:
    """Return the stripped texts of a column, or None when one is empty or looks like an Excel
    error (#N/A …) and needs a closer look.

    The smallest text tells in one C-level pass: "" sorts first, and a stripped text below "$"
    starts with "#" or one of the few characters before it (!, ", controls); only then is every
    text looked at ("#" after the separator: one C-level search)."""
    if min(texts) < "$" and ("" in texts or "\x00#" in "\x00".join(texts) or texts[0][0] == "#"):
        return None
    return texts


_SLOW = object()  # the fast reader could not decide: take the careful path (with messages)


def _blank_is_none(column: Column) -> bool:
    """Return True when an empty cell of ``column`` simply reads as None: no message, and no
    note of where it is (a ``when_used`` column's blanks are listed for the dataset to judge)."""
    return not column.nonempty and not column.when_used


def _fast_reader(at: ColumnAt):
    """Return a function converting the common, unproblematic cell values of a column quickly."""
    kind, factor = at.column.kind, at.factor

    if kind == "number":
        blank = None if _blank_is_none(at.column) else _SLOW  # an optional cell may be empty

        def read(v):
            if type(v) is float or type(v) is int:
                return v * factor
            return blank if v is None else _SLOW
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


# 类型 「不计入合计」/「不计入全省」/「（不计入）」: the unit is listed and ranked but not added into the total
OUTSIDE_TOTAL = re.compile(r"[（(]?(?:不计入|不参与|不纳入)(?:合计|汇总|全[省市州区县盟]|总数|总计)?[）)]?")
OUTSIDE_MARK = "（不计入合计）"


def outside_total(kind: object) -> bool:
    """Return True when a 县区数据 类型 cell (as read) keeps its unit out of the total."""
    return type(kind) is str and kind.endswith(OUTSIDE_MARK)


def _subject(raw, key_at: ColumnAt | None, at: ColumnAt) -> str:
    """Return 「马桥镇」的「技术合同成交额」: the row's key as typed and the column, for a message."""
    key = raw[key_at.index] if key_at is not None and key_at.index < len(raw) else None
    key = str(key).strip() if key is not None and str(key).strip() else ""
    return f"「{key}」的「{at.column.name}」" if key and key_at is not at else ""


_EXCEL_EPOCH = dt.datetime(1899, 12, 30)  # serial 0 of Excel's 1900 date system (after 1900-03-01)


def _year_as_date(value: object) -> int | None:
    """Return the year a date-formatted cell holds as its serial (2023 typed into a 日期 cell
    is 1905-07-15): a whole serial that is a plausible year, else None (a real date is no year)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, dt.datetime) or (value.hour, value.minute, value.second) != (0, 0, 0):
        return None
    serial = (value - _EXCEL_EPOCH.replace(tzinfo=value.tzinfo)).days
    return serial if 1900 <= serial <= 2100 else None


NEAR_CHOICE = 0.8  # an open choice this like a listed one is probably a slip of it …
COUNTED_CHOICES = ("项目类别",)  # … where the built-in indicators count by the listed ones (not 科室 names)

# a figure typed in Chinese numerals alone (「一百二十」「百分之四点六」): no estimate to put in 备注
_NUMERAL_ONLY = re.compile(r"(?:百分之)?[零〇一二两三四五六七八九十百千万点]+(?:" + "|".join(COUNT_UNITS) + ")?")


def _row_unit(raw: list[object], unit_at: ColumnAt | None) -> str:
    """Return the unit a row's own 「单位」 cell names when numbers typed with another unit convert
    into it (亿元/万元/元, 万人/万人次/人次): 「420万元」 in a 亿元 row of 科室数据 is 0.042, not
    420 (qa14a F1); "" otherwise — a 家 row reads 「11个」 as 11, as before."""
    if unit_at is None or unit_at.index >= len(raw) or not isinstance(raw[unit_at.index], str):
        return ""
    unit = unicodedata.normalize("NFKC", raw[unit_at.index]).strip()
    return unit if unit in UNIT_CONVERSIONS or unit == "%" else ""


def _typed(value, at: ColumnAt, cell: str, problem, subject=None, row_unit: str = "") -> object:
    """Return the cell value converted to the column's kind; report what does not fit.
    ``subject``: returns what the cell is of (「马桥镇」的「技术合同成交额」), asked only for a message.
    ``row_unit``: the unit the row's 「单位」 cell names, for a column whose header names none."""
    col = at.column
    if is_blank(value):
        if col.nonempty:
            problem(cell, f"「{col.name}」为空", _expected(col, at.header_unit))
        return None
    if is_excel_error(value):
        problem(cell, f"是 Excel 错误值 {str(value).strip().upper()}（公式出错）",
                f"请改正公式或直接填写{_expected_short(col)}")
        return None
    kind = col.kind
    if kind == "int" and col.name == "月份":
        month = month_with_suffix(value)
        if month is not None:  # 「6月」: one reading only (qa12 F28)
            return month
    if kind == "number" or kind == "int":
        if row_unit and "%" in str(value):
            row_unit = ""  # 「430%」 in an 亿元 row: the 科室数据 check names the indicator (one message)
        unit = at.header_unit or col.unit or row_unit
        parsed = parse_number(value, unit)
        if parsed.error:
            expected = _expected(col, unit)
            error = parsed.error
            if unit == row_unit and not (at.header_unit or col.unit):  # the unit is the row's
                error = error.replace("本列单位", "本行「单位」")
            if parsed.guess is not None:  # 「约30」: the number is there, only the words are not
                guess = f"{parsed.guess:g}"
                aside = (f"，「{parsed.aside}」请写在本行「备注」列" if parsed.aside
                         else "" if parsed.plain or _NUMERAL_ONLY.fullmatch(str(value).strip())  # 「一百二十」: no estimate
                         else "（预计、约数可写在备注中）")
                expected = f"{expected.rsplit('，', 1)[0]}；是否为 {guess}？请只填数字 {guess}{aside}"
                if subject is not None and (what := subject()):  # which figure it is (qa11 F33)
                    error = f"{what}为「{str(value).strip()}」，不是数字"
            if error.startswith("填的是日期") and subject is not None:
                error = subject() + error
            problem(cell, error, expected)
            return None
        number = parsed.value * at.factor
        if parsed.note:
            problem(cell, parsed.note, "已自动换算，建议改为数字格式", "提示")
        if kind == "int" and abs(number - round(number)) > 1e-9:
            problem(cell, f"是 {number:g}，带小数", f"「{col.name}」应为整数")
            return None
        return number
    if kind == "year":
        serial = _year_as_date(value)
        if serial is not None:  # 2023 typed into a 日期 cell shows as 1905-07-15 (qa11b F3)
            what = (subject() if subject is not None else "") or f"「{col.name}」"
            problem(cell, f"{what}所在单元格为日期格式，所填 {serial} 显示为 {value:%Y-%m-%d}，已按 {serial} 年读取",
                    f"无需修改；建议把单元格格式改为“常规”，使表中显示 {serial}", "提示")
            return serial
        typed_year = year_with_suffix(value)
        if typed_year is not None:  # 「2023年」: read as 2023, like 「800亿元」 in a number cell
            problem(cell, f"「{str(value).strip()}」按 {typed_year} 年读取", "无需修改；建议只填4位年份，如 2011", "提示")
            return typed_year
        parsed = parse_number(value)
        if parsed.error or parsed.value is None or not 1900 <= parsed.value <= 2100 \
                or parsed.value != int(parsed.value):
            problem(cell, f"「{value}」不是年份", "应为4位年份，如 2011")
            return None
        return int(parsed.value)
    text = _text(value)
    if kind == "choice":
        folded = "".join(unicodedata.normalize("NFKC", text).split())  # 「高新 科」 is 高新科
        if col.name == "类型" and OUTSIDE_TOTAL.search(folded):
            # 「不计入合计」「区（不计入合计）」: a unit kept out of the city's sum (its figures are
            # inside another unit's: a 新区 inside its city); the rest is the type as usual
            rest = OUTSIDE_TOTAL.sub("", folded)
            kind_of = _typed(rest, at, cell, problem) if rest else None
            return f"{kind_of or ''}{OUTSIDE_MARK}"
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
                    "累计数": "累计", "提高百分点": "提高",
                    "年均增长": "年均增速", "年均增幅": "年均增速", "规划期年均": "年均增速"}.get(folded)
            if kind:
                return kind
        if "街道" in col.choices:  # 类型 as offices write it (qa10 F6: 偃师市 is a 县级市)
            kind = {"县级市": "市", "县级区": "区", "自治县": "县", "自治旗": "旗", "市辖区": "区",
                    "民族乡": "乡", "经济开发区": "开发区", "高新技术产业开发区": "高新区"}.get(folded)
            if kind:
                return kind
        if col.open_choices:  # e.g. a bureau's own 科室 names, its own 项目类别
            counted = col.name in COUNTED_CHOICES
            near = difflib.get_close_matches(folded, col.choices, n=1, cutoff=NEAR_CHOICE) if counted else []
            if near:  # 「科技计化项目」: counted as a category of its own unless corrected
                problem(cell, f"「{text}」与可选的「{near[0]}」只差一两个字",
                        f"是否为「{near[0]}」？写法不同的按另一类统计", "提示")
            return text
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


def _expected(col: Column, unit: str = "") -> str:
    """Return what a cell of ``col`` should hold; ``unit`` is the unit its header shows (经费（万元）),
    which is what the clerk types in — the column's own unit only when the header names none."""
    if col.kind == "int" and col.name == "月份":
        return "应填写月份数字 1–12，如 6"  # never 如 1200 (qa12 F28)
    if col.kind in ("number", "int"):
        unit = unit or col.unit
        example = number_example(unit, col.kind == "int")  # 26.5件 is no example for a count
        unit = f"（单位：{unit}）" if unit else ""
        return f"应填写{_expected_short(col)}{unit}，{example}"
    if col.kind == "choice":
        return "应为：" + "、".join(col.choices)
    hint = f"（{col.hint}）" if col.hint else ""
    return f"应填写「{col.name}」{hint}"
