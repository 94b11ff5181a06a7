"""A .xlsx/.xlsm workbook on disk as a ``WorkbookSource``.

Reading uses calamine (Rust, several times faster than openpyxl) for the values, plus a light
scan of the raw sheet XML for what calamine hides: Excel error values and formula cells saved
without a cached value. Writing goes through the lossless package writer.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from kjreport.errors import Problem, WorkbookError
from kjreport.workbook.filekind import lock_files, not_a_workbook, open_elsewhere
from kjreport.workbook.inflate import open_member
from kjreport.workbook.source import SheetData

OLD_FORMATS = {".xls": "Excel 97-2003 工作簿（.xls）", ".et": "WPS 表格（.et）",
               ".ett": "WPS 表格模板（.ett）", ".csv": "CSV 文本", ".ods": "OpenDocument 表格（.ods）"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# A formula cell: <c r="B7" ...><f>…</f><v>…</v></c>, <f .../> for shared formulas.
_FORMULA_CELL = re.compile(
    rb'<c r="([A-Z]+[0-9]+)"[^>]*>(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)(?:<v>([^<]*)</v>|<v/>)?'
)
# An error value cached by Excel: <c r="B7" ... t="e" ...>…<v>#DIV/0!</v></c>
_ERROR_CELL = re.compile(rb'<c r="([A-Z]+[0-9]+)"[^>]*\bt="e"[^>]*>(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)?<v>([^<]*)</v>')
_EXTERNAL = re.compile(rb"<f\b[^>]*>[^<]*\[\d+\][^<]*</f>")  # a formula reading [1]Sheet!B3 of another book
_DIMENSION = re.compile(rb'<dimension ref="([A-Z0-9:]+)"')
_SCAN_CHUNK = 1 << 20  # bytes of a big sheet's XML scanned at a time (never the whole sheet at once)
_HEAD = 4096  # bytes at the start of a sheet's XML that hold its <dimension>


def lock_file(path: Path) -> Path:
    """Return the path of the lock file Excel/WPS keep beside an open workbook."""
    return path.with_name("~$" + path.name)


_WORD_MARK = "WordDocument".encode("utf-16-le")


def unreadable(path: Path, found: str, expected: str) -> WorkbookError:
    """Return the error for a workbook file that cannot be opened at all."""
    return WorkbookError(Problem(str(path), None, None, found, expected))


def open_problem(path: Path) -> WorkbookError | None:
    """Return why ``path`` cannot be read as a .xlsx/.xlsm package, or None when it can."""
    if not path.exists():
        return unreadable(path, "找不到该文件", "请检查文件名和所在文件夹")
    if path.is_dir():
        return unreadable(path, "这是一个文件夹", "请给出工作簿文件")
    suffix = path.suffix.lower()
    if suffix in OLD_FORMATS:
        return unreadable(path, f"是 {OLD_FORMATS[suffix]} 格式，不是 .xlsx 工作簿",
                          "请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再运行")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            if head == _OLE_MAGIC:
                body = head + fh.read(1 << 20)
                if _ENCRYPTED_MARK in body:
                    return unreadable(path, "设置了打开密码（文件已加密）",
                                      "请在 Excel 中取消“用密码进行加密”后另存为 .xlsx 再运行")
                if _WORD_MARK in body:
                    return unreadable(path, "是 Word 97-2003 文档（.doc），不是 Excel 工作簿",
                                      "请给出 Excel 工作簿（.xlsx 或 .xlsm）")
                return unreadable(path, "实际是旧版 .xls 格式（只是扩展名为 .xlsx）",
                                  "请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）")
    except OSError as exc:
        return unreadable(path, f"无法读取（{exc.strerror}）", "请检查文件权限")
    kind = not_a_workbook(path)
    if kind:
        return unreadable(path, *kind)
    if not zipfile.is_zipfile(path):
        return unreadable(path, "文件已损坏或不是 Excel 工作簿",
                          "请用 Excel 打开确认后另存为 .xlsx，或从备份恢复")
    return None


class XlsxFile:
    """A workbook file on disk (``WorkbookSource``)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        problem = open_problem(self.path)
        if problem:
            raise problem
        from python_calamine import CalamineWorkbook

        from kjreport.workbook.guard import Fingerprint

        self.fingerprint = Fingerprint.quick(self.path)  # what was read: the writer checks it

        try:
            self._book = CalamineWorkbook.from_path(str(self.path))
            self._names = list(self._book.sheet_names)
            self._zip = zipfile.ZipFile(self.path)
            self._parts = _sheet_parts(self._zip)
        except Exception as exc:  # calamine raises assorted errors on a broken package
            from kjreport.workbook.filekind import package_problem

            known = package_problem(self.path)
            if known:
                raise unreadable(self.path, *known) from exc
            raise unreadable(self.path, f"文件已损坏，无法读取（{type(exc).__name__}）",
                             "请用 Excel 打开确认后另存为 .xlsx，或从备份恢复") from exc

    @property
    def label(self) -> str:
        return self.path.name

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def is_open_elsewhere(self) -> bool:
        """Return True when Excel, WPS or LibreOffice holds the workbook open (a lock file)."""
        return bool(lock_files(self.path))

    @property
    def open_note(self) -> str | None:
        """Return "正在 … 中打开（…）" when another program holds the workbook open."""
        return open_elsewhere(self.path)

    def sheet_names(self) -> list[str]:
        return list(self._names)

    def read_sheet(self, name: str) -> SheetData:
        sheet = self._book.get_sheet_by_name(name)
        rows = sheet.to_python()
        blank = False  # calamine reads an empty cell, an error value and an uncached formula as ""
        for i, row in enumerate(rows):
            if "" in row:
                blank = True
                rows[i] = [None if v == "" else v for v in row]
        first_row, first_col = (sheet.start or (0, 0))
        data = SheetData(name, rows, first_row + 1, first_col + 1)
        data.merged = [
            f"{_col(c0 + 1)}{r0 + 1}:{_col(c1 + 1)}{r1 + 1}"
            for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or [])
        ]
        part = self._parts.get(name)
        if not part:
            return data
        # A small sheet's XML is decompressed once for every look at it; a big one (a ledger)
        # is streamed once, and only when what calamine hides may be in it.
        xml = self._small_sheet(part)
        if xml is not None:
            data.hidden_rows = _hidden_rows(xml)
            data.hidden_columns = _hidden_columns(xml)
            if data.hidden_rows and (m := _AUTOFILTER.search(xml)) is not None:
                data.autofilter = m.group(1).decode().replace("$", "")
                start = _split(data.autofilter.split(":")[0])[1] if re.fullmatch(r"[A-Z]+[0-9]+(:[A-Z]+[0-9]+)?",
                                                                                  data.autofilter) else 1
                data.filtered_columns = [start + int(c) for c in _FILTER_COLUMN.findall(xml[m.start():])]
        # An error value or an uncached formula reads as "" inside calamine's grid, or lies
        # beyond it (a valueless cell at the edge is trimmed): scan when either may be the case.
        if blank or _beyond_grid(xml[:_HEAD] if xml is not None else self._head(part), data):
            if xml is not None:
                self._scan_formulas(data, xml)
            else:
                self._scan_stream(data, part)
        return data

    def _small_sheet(self, part: str) -> bytes | None:
        """Return the whole XML of sheet ``part`` when it is at most ``HIDDEN_SCAN_BYTES``
        compressed (every sheet but a big ledger), else None."""
        if self._zip.getinfo(part).compress_size > HIDDEN_SCAN_BYTES:
            return None
        with open_member(self._zip, part) as stream:
            return b"".join(iter(lambda: stream.read(_SCAN_CHUNK), b""))

    def _head(self, part: str) -> bytes:
        """Return the first bytes of sheet ``part``'s XML (where ``<dimension>`` is)."""
        with open_member(self._zip, part) as stream:
            return stream.read(_HEAD)

    def _scan_stream(self, data: SheetData, part: str) -> None:
        """Scan a big sheet for error values and uncached formulas in one streamed pass.

        Each read is cut just before its last ``<c `` so that no cell element is split between
        two pieces (the rest waits for the next read). A piece goes to the regexes only when a
        fast search finds ``t="e"`` or ``<f`` in it, so a big sheet without either (the usual
        ledger) is decompressed once and never cut into cells, and one with a few is
        decompressed once too (it used to be twice: a search, then the scan)."""
        tail = b""  # the cell element cut off at the end of the previous read
        with open_member(self._zip, part) as stream:
            while chunk := stream.read(_SCAN_CHUNK):
                cut = chunk.rfind(b"<c ")
                if cut == -1:  # the whole read lies inside one cell (a long inline text)
                    tail += chunk
                    continue
                # a mark in the tail, across the seam, or in this read (if only after ``cut``,
                # this piece is matched in vain and the mark found again with the next one)
                if _marked(tail) or _marked(tail[-8:] + chunk[:8]) or _marked(chunk):
                    self._scan_formulas(data, tail + chunk[:cut])
                tail = chunk[cut:]
        if _marked(tail):
            self._scan_formulas(data, tail)

    def write_sheet(self, name: str, rows: list[list[object]]) -> str | None:
        from kjreport.workbook.source import SheetOut

        return self.write_sheets([SheetOut(name, rows)])

    def write_sheets(self, sheets: list) -> str | None:
        """Write ``sheets`` in one atomic replacement, refusing if the file changed since it
        was read; return the note for the user (backup, hidden sheets)."""
        from kjreport.workbook.writer import hidden_note, sheet_state, write_sheets

        self._zip.close()
        backup = write_sheets(self.path, sheets, expect=self.fingerprint)
        notes = [f"原文件已备份到 {backup}" if backup else None]
        notes += [hidden_note(s.name, sheet_state(self.path, s.name)) for s in sheets]
        return "\n".join(n for n in notes if n) or None

    def ensure_writable(self) -> None:
        """Raise ``WorkbookError`` now when the workbook could not be written later."""
        from kjreport.workbook.writer import ensure_writable

        ensure_writable(self.path)

    def close(self) -> None:
        """Release the file handle."""
        self._zip.close()

    @staticmethod
    def _scan_formulas(data: SheetData, xml: bytes) -> None:
        """Put Excel error values into ``data.rows`` and list uncached formula cells.

        Each ``t="e"`` and ``<f`` is found by a fast search and only the cell element around it
        is matched by the regex (the same matches as running the regex over every cell, which
        cost ~0.3 s on a 50,000-row ledger with a mark every thousand rows)."""
        for start in _cells_around(xml, b't="e"') if _has_error(xml) else ():
            m = _ERROR_CELL.match(xml, start)
            if m:
                r, c = _split(m.group(1).decode())
                i, j = r - data.first_row, c - data.first_col
                if 0 <= i < len(data.rows) and 0 <= j < len(data.rows[i]):
                    data.rows[i][j] = m.group(2).decode()
                    if _EXTERNAL.search(m.group(0)):  # =[1]县区数据!B3: a link to another workbook
                        data.linked.append(m.group(1).decode())
        for start in _cells_around(xml, b"<f") if _has_formula(xml) else ():
            m = _FORMULA_CELL.match(xml, start)
            if m and not m.group(2):
                data.uncached.append(m.group(1).decode())


def _cells_around(xml: bytes, mark: bytes) -> Iterator[int]:
    """Yield, in order and once each, where the cell elements (``<c ``) holding ``mark`` start:
    a regex can match a cell only from its start, and its start tag holds no ``<``."""
    last = -1
    i = xml.find(mark)
    while i != -1:
        start = xml.rfind(b"<c ", 0, i)
        if start > last:
            yield start
            last = start
        i = xml.find(mark, i + len(mark))


HIDDEN_SCAN_BYTES = 512 * 1024  # a sheet this big compressed (a ledger of ~10,000 rows) is streamed, its hidden rows not looked for
_HIDDEN_MARK = re.compile(rb'hidden="(?:1|true)"')
_AUTOFILTER = re.compile(rb'<(?:\w+:)?autoFilter\b[^>]*?\bref="([A-Z0-9:$]+)"')
_FILTER_COLUMN = re.compile(rb'<(?:\w+:)?filterColumn\b[^>]*?\bcolId="(\d+)"')
_HIDDEN_ROW = re.compile(rb'<row\b[^>]*?\br="(\d+)"[^>]*?\bhidden="(?:1|true)"|<row\b[^>]*?\bhidden="(?:1|true)"[^>]*?\br="(\d+)"')
_ERROR_MARK = re.compile(rb't="e"')  # a compiled literal search beats ``in`` on sheet XML


def _has_error(xml: bytes) -> bool:
    """Return True when ``xml`` holds a cell of type error (``t="e"``)."""
    return _ERROR_MARK.search(xml) is not None


def _has_formula(xml: bytes) -> bool:
    """Return True when ``xml`` holds a formula element ``<f>``/``<f …>``/``<f/>`` (one pass;
    ``<formula1>`` of a data validation does not count).

    The letter f is rare in sheet XML (cells are ``<c r=… s=… t=…><v>…</v></c>``), so each f
    is found with a single-byte search and its neighbours looked at; text full of f's goes
    back to searching for ``<f``."""
    i, looked = xml.find(b"f"), 0
    while i != -1 and looked < 64:
        if xml[i - 1 : i] == b"<" and xml[i + 1 : i + 2] in (b">", b" ", b"/"):
            return True
        i, looked = xml.find(b"f", i + 1), looked + 1
    if i == -1:
        return False
    i = xml.find(b"<f", max(i - 1, 0))
    while i != -1:
        if xml[i + 2 : i + 3] in (b">", b" ", b"/"):
            return True
        i = xml.find(b"<f", i + 2)
    return False


def _marked(xml: bytes) -> bool:
    """Return True when ``xml`` holds an error value or a formula element."""
    return _has_error(xml) or _has_formula(xml)


def _hidden_rows(xml: bytes) -> list[int]:
    """Return the numbers of the rows hidden in a sheet's XML (``<row r="5" hidden="1">``):
    one fast search, the regex only when the word is there."""
    if _HIDDEN_MARK.search(xml) is None:
        return []
    return [int(m.group(1) or m.group(2)) for m in _HIDDEN_ROW.finditer(xml)]


_HIDDEN_COL = re.compile(rb'<(?:\w+:)?col\b[^>]*>')
_COL_SPAN = re.compile(rb'\bmin="(\d+)"[^>]*?\bmax="(\d+)"|\bmax="(\d+)"[^>]*?\bmin="(\d+)"')


def _hidden_columns(xml: bytes) -> list[int]:
    """Return the numbers of the columns hidden in a sheet's XML (``<col min="2" max="2" hidden="1"/>``)."""
    if _HIDDEN_MARK.search(xml) is None:
        return []
    out: list[int] = []
    for m in _HIDDEN_COL.finditer(xml[: xml.find(b"<sheetData")] if b"<sheetData" in xml else xml):
        tag = m.group(0)
        if _HIDDEN_MARK.search(tag) is None or (span := _COL_SPAN.search(tag)) is None:
            continue
        lo, hi = (span.group(1), span.group(2)) if span.group(1) else (span.group(4), span.group(3))
        out += range(int(lo), min(int(hi), 16384) + 1) if int(hi) - int(lo) < 200 else []
    return out


def _beyond_grid(head: bytes, data: SheetData) -> bool:
    """Return True when the sheet's ``<dimension>`` (in ``head``, the start of its XML) reaches
    past the grid calamine returned (or names no range), i.e. some cell there holds no value
    calamine could show."""
    m = _DIMENSION.search(head)
    if m is None:
        return True
    last = m.group(1).decode().split(":")[-1]
    if not re.fullmatch(r"[A-Z]+[0-9]+", last):
        return True
    row, col = _split(last)
    width = max(map(len, data.rows), default=0)
    return row > data.first_row + len(data.rows) - 1 or col > data.first_col + width - 1


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Return sheet name → zip member of its worksheet XML."""
    workbook = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG_REL}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"), "")
        parts[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    return parts


def _col(n: int) -> str:
    """Return the column letters of 1-based column ``n``."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _split(cell: str) -> tuple[int, int]:
    """Return (row, column), both 1-based, of an A1-style reference."""
    m = re.match(r"([A-Z]+)(\d+)", cell)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


column_letter = _col
split_ref = _split
