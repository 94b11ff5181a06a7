"""The lossless, atomic workbook writer: edit a user's .xlsx/.xlsm at the package level.

openpyxl's load/save drops charts, pictures, pivot caches and VBA, so it never writes a user's
workbook. Here only the parts that must change are rewritten (the sheet written, and for a new
sheet: workbook.xml, its .rels and [Content_Types].xml, each by a string-level insertion); every
other zip member is copied with its compressed bytes untouched. docProps/app.xml is left alone:
its sheet list (TitlesOfParts) goes stale when a sheet is added, which Excel, WPS and LibreOffice
ignore and Excel rewrites on the next save.

The new package is written to a temporary file beside the workbook, flushed to disk and moved
over the original in one ``os.replace``; a copy of the previous version is kept in
``.kjreport-backup/`` next to the workbook (the newest 10 per workbook).
"""

from __future__ import annotations

import contextlib
import math
import numbers
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from kjreport.errors import Problem, WorkbookError
from kjreport.text.width import display_width
from kjreport.workbook.backup import BACKUP_DIR, BACKUPS_KEPT, clean_temp_files, make_backup
from kjreport.workbook.cells import (
    MAX_COL,
    MAX_ROW,
    FormulaInTheWay,
    cell_xml,
    edit_cells,
    parse_ref,
)
from kjreport.workbook.filekind import open_elsewhere
from kjreport.workbook.fills import add_dxf, add_fills, add_number_formats
from kjreport.workbook.guard import Fingerprint, WriterBusy, writer_lock
from kjreport.workbook.package import (
    WORKSHEET_REL,
    WORKSHEET_TYPE,
    Book,
    BrokenPackage,
    NewPart,
    Package,
    PackageTooLarge,
    SheetRef,
    add_override,
    add_relationship,
    add_sheet_entry,
    forget_formulas,
    formula_sheet_ids,
    locate_book,
    new_rel_id,
    new_sheet_part,
    override_names,
    rels_part_of,
    write_package,
)
from kjreport.workbook.recalc import Changes, mark_stale
from kjreport.workbook.source import RowShade, SheetOut
from kjreport.workbook.stylesheet import general_style
from kjreport.workbook.xlsx import column_letter, open_problem

__all__ = ["BACKUP_DIR", "BACKUPS_KEPT", "Fingerprint", "ensure_writable", "make_backup",
           "set_cells", "set_cells_in_sheets", "write_sheet", "write_sheets", "writing"]

SHEET_NAME_MAX = 31
MAX_TEXT = 32767  # Excel's limit for the text of one cell

_BAD_NAME_CHARS = set("[]:*?/\\")
_MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"

Edit = Callable[[Package, Book], tuple[dict[str, bytes | None], list[NewPart]]]


# --- public API ---------------------------------------------------------------------------


def ensure_writable(path: Path) -> None:
    """Return None when ``path`` can be rewritten safely; otherwise raise ``WorkbookError``
    naming the file (open in Excel/WPS, read-only, not a .xlsx/.xlsm zip package)."""
    path = Path(path)
    problem = open_problem(path)
    if problem:
        raise problem
    opened = open_elsewhere(path)
    if opened:
        raise _error(
            path,
            f"工作簿{opened}",
            "请先保存并关闭该工作簿再运行（kjreport 不会写入正在打开的工作簿）；"
            "若确已关闭，请删除该锁文件",
        )
    mode = path.stat().st_mode
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise _error(path, "文件是只读的", "请在文件属性中取消“只读”后再运行")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise _error(path, f"所在文件夹 {path.parent} 不可写", "请把工作簿放到可写的文件夹后再运行")
    try:  # a package the writer cannot edit (strict Open XML, .xlsb inside …) is named now
        with path.open("rb") as fh:
            locate_book(_open_package(path, fh))
    except BrokenPackage as exc:
        raise _error(path, exc.found, exc.expected) from exc
    except zipfile.BadZipFile as exc:
        raise _error(
            path, "文件已损坏（压缩包内容不完整）", "请用 Excel 打开确认后另存为 .xlsx，或从备份恢复"
        ) from exc


def write_sheet(
    path: Path,
    sheet_name: str,
    rows: list[list[object]],
    *,
    column_widths: dict[int, float] | None = None,
    backup: bool = True,
    freeze_header: bool = True,
    expect: Fingerprint | None = None,
    shades: list[RowShade] | None = None,
) -> Path | None:
    """Create or replace worksheet ``sheet_name`` with ``rows`` (row 0 = header); return the
    backup path (None when ``backup`` is False). ``shades``: conditional formats of the sheet.

    Values: str → inline string (sharedStrings.xml is untouched), int/float → number,
    None/"" → empty, bool → boolean, date/datetime → ISO text. NaN/inf raise ValueError.
    ``column_widths`` maps 1-based column numbers to Excel widths; without it the widths follow
    the content (a CJK character counts as two). ``expect``: the file as it was read; a
    workbook changed since then is not replaced."""
    sheet = SheetOut(
        sheet_name, rows, column_widths=column_widths, freeze_header=freeze_header, shades=list(shades or [])
    )
    return write_sheets(path, [sheet], backup=backup, expect=expect)


def write_sheets(
    path: Path,
    sheets: list[SheetOut],
    *,
    backup: bool = True,
    expect: Fingerprint | None = None,
) -> Path | None:
    """Create or replace every sheet of ``sheets`` in one atomic write (one backup); return the
    backup path. Cell colours are added to styles.xml as solid fills (reused when present);
    cells without a colour are General even where the workbook's default style is not.
    ``expect``: the file as it was read; a workbook changed since then is not replaced."""
    path = Path(path)
    for out in sheets:
        _check_sheet_name(path, out.name)

    def edit(pkg: Package, book: Book) -> tuple[dict[str, bytes | None], list[NewPart]]:
        replaced: dict[str, bytes | None] = {}
        added: list[NewPart] = []
        styles = _fill_styles(pkg, book, sheets, replaced)
        shade_ids = _shade_styles(pkg, book, sheets, replaced)
        format_ids = _format_styles(pkg, book, sheets, replaced)
        general = _general_style_into(pkg, book, replaced)
        book_xml = pkg.read(book.part)
        rels_xml = pkg.read(book.rels_part)
        types_xml = pkg.read("[Content_Types].xml")
        rel_ids = set(book.rel_ids)
        next_sheet_id = max((s.sheet_id for s in book.sheets), default=0) + 1
        taken: set[str] = set()
        folder = book.part.rpartition("/")[0]
        changes = Changes()
        for out in sheets:
            cell_styles = {rc: format_ids[f] for rc, f in out.formats.items() if f in format_ids}
            cell_styles.update({rc: styles[c] for rc, c in out.fills.items() if c in styles})
            shades = [(shade, shade_ids[shade.colour]) for shade in out.shades if shade.colour in shade_ids]
            sheet = build_sheet_xml(
                out.rows, out.column_widths, out.freeze_header, cell_styles, general, shades
            )
            found = book.find(out.name)
            if found is not None:
                part = _worksheet_part(path, found)
                if not pkg.has(part):  # listed in workbook.xml but its part is missing: add it
                    if part.encode() not in override_names(pkg):
                        types_xml = add_override(types_xml, part, WORKSHEET_TYPE)
                        replaced["[Content_Types].xml"] = types_xml
                    added.append(NewPart(part, sheet))
                    continue
                replaced[part] = sheet
                if pkg.has(rels_part_of(part)):
                    # the new sheet refers to nothing: drawings, comments, tables, pivot tables of
                    # the old sheet would otherwise be attached to it through these relationships
                    replaced[rels_part_of(part)] = None
                replaced.update(forget_formulas(pkg, book, found.sheet_id, None))
                changes.add_sheet(found.name)
                continue
            # no formula can read a sheet that did not exist (Excel stores such a reference as
            # #REF!), so adding one makes nothing stale
            part = new_sheet_part(pkg, taken)
            taken.add(part)
            rel_id = new_rel_id(rel_ids)
            rel_ids.add(rel_id)
            inside = bool(folder) and part.startswith(folder + "/")
            target = part[len(folder) + 1 :] if inside else "/" + part
            book_xml = add_sheet_entry(book_xml, out.name, next_sheet_id, rel_id)
            next_sheet_id += 1
            rels_xml = add_relationship(rels_xml, rel_id, WORKSHEET_REL, target)
            types_xml = add_override(types_xml, part, WORKSHEET_TYPE)
            added.append(NewPart(part, sheet))
        if taken:  # new sheets: workbook.xml, its rels and the content types change
            replaced.update({
                book.part: book_xml, book.rels_part: rels_xml, "[Content_Types].xml": types_xml,
            })
        return _mark_stale(pkg, book, replaced, changes), added

    return _rewrite(path, edit, backup, expect)


def sheet_state(path: Path, sheet_name: str) -> str | None:
    """Return "visible", "hidden" or "veryHidden" for sheet ``sheet_name`` (None: no such sheet)."""
    with Path(path).open("rb") as fh:
        found = locate_book(Package(fh)).find(sheet_name)
    return found.state if found else None


def hidden_note(sheet_name: str, state: str | None) -> str | None:
    """Return how to find a hidden sheet kjreport has just written (its state is kept)."""
    if state == "hidden":
        return (f"「{sheet_name}」工作表是隐藏的（kjreport 保持原样）：在 Excel/WPS 中右键任一"
                "工作表标签，选“取消隐藏”即可查看。")
    if state == "veryHidden":
        return (f"「{sheet_name}」工作表被设为深度隐藏（kjreport 保持原样）：在 Excel 中按 "
                "Alt+F11，在属性窗口把该工作表的 Visible 改为 -1 即可查看。")
    return None


def _fill_styles(
    pkg: Package, book: Book, sheets: list[SheetOut], replaced: dict[str, bytes | None]
) -> dict[str, int]:
    """Add the colours ``sheets`` use to styles.xml (into ``replaced``); return colour → ``s``.
    A workbook without a usable styles part gets no colours (the values are written all the
    same)."""
    colours = sorted({c for out in sheets for c in out.fills.values()})
    part = book.styles_part
    if not colours or part is None or not pkg.has(part):
        return {}
    try:
        xml, indexes = add_fills(pkg.read(part), colours)
    except ValueError:
        return {}
    replaced[part] = xml
    return indexes


def _shade_styles(
    pkg: Package, book: Book, sheets: list[SheetOut], replaced: dict[str, bytes | None]
) -> dict[str, int]:
    """Add a differential format per colour the sheets' conditional formats use to styles.xml
    (into ``replaced``, on top of the fills); return colour → ``dxfId``. Without a usable styles
    part the sheets are written without their shades."""
    colours = sorted({shade.colour for out in sheets for shade in out.shades})
    part = book.styles_part
    if not colours or part is None or not pkg.has(part):
        return {}
    xml = replaced.get(part) or pkg.read(part)
    ids: dict[str, int] = {}
    try:
        for colour in colours:
            xml, ids[colour] = add_dxf(xml, colour)
    except ValueError:
        return {}
    replaced[part] = xml
    return ids


def _format_styles(
    pkg: Package, book: Book, sheets: list[SheetOut], replaced: dict[str, bytes | None]
) -> dict[str, int]:
    """Add a cell format per number format code the sheets use to styles.xml (into ``replaced``,
    on top of the fills); return code → ``s``. Without a usable styles part the figures are
    written General."""
    codes = sorted({code for out in sheets for code in out.formats.values()})
    part = book.styles_part
    if not codes or part is None or not pkg.has(part):
        return {}
    try:
        xml, ids = add_number_formats(replaced.get(part) or pkg.read(part), codes)
    except ValueError:
        return {}
    replaced[part] = xml
    return ids


def set_cells(
    path: Path,
    sheet_name: str,
    values: dict[str, object],
    *,
    backup: bool = True,
    expect: Fingerprint | None = None,
) -> Path | None:
    """Set cell values ("B7" → value) in an existing worksheet; return the backup path.

    Each cell keeps its style (``s``) and everything else in the sheet stays as it was; missing
    rows and cells are added in order (taking the row's or column's style). A cell that held a
    shared string gets an inline string; a formula in a written cell is removed."""
    return set_cells_in_sheets(path, {sheet_name: values}, backup=backup, expect=expect)


def set_cells_in_sheets(
    path: Path,
    changes: dict[str, dict[str, object]],
    *,
    backup: bool = True,
    expect: Fingerprint | None = None,
    recalc: list[str] | None = None,
) -> Path | None:
    """Set cell values in several existing worksheets in ONE atomic replacement (one backup);
    ``changes`` maps sheet name → {"B7": value}. Return the backup path. When given, ``recalc``
    receives the names of the sheets whose formulas depend on the new values and so now wait
    for Excel/WPS/LibreOffice to recalculate them (their saved results were removed)."""
    path = Path(path)
    targets = {
        sheet: {parse_ref(ref): _check_value(value) for ref, value in values.items()}
        for sheet, values in changes.items()
    }

    def edit(pkg: Package, book: Book) -> tuple[dict[str, bytes | None], list[NewPart]]:
        replaced: dict[str, bytes | None] = {}
        changes = Changes()
        default_style: int | None = None
        for sheet_name, cells in targets.items():
            found = book.find(sheet_name)
            if found is None:
                names = "、".join(f"「{s.name}」" for s in book.sheets)
                raise _error(path, f"没有工作表「{sheet_name}」", f"现有工作表为 {names}")
            part = _worksheet_part(path, found)
            if default_style is None:
                default_style, styles_xml = _general_style(pkg, book)
                if styles_xml is not None:
                    replaced[book.styles_part] = styles_xml
                default_style = default_style if default_style is not None else 0
            try:
                xml, cleared = edit_cells(pkg.read(part), cells, default_style or None)
            except FormulaInTheWay as exc:
                raise WorkbookError(
                    Problem(
                        str(path),
                        found.name,
                        exc.cell,
                        "该单元格属于数组公式或共享公式的一部分",
                        "请先在 Excel 中清除该公式或改为普通公式后再运行",
                    )
                ) from exc
            replaced[part] = xml
            if cleared:
                replaced.update(forget_formulas(pkg, book, found.sheet_id, cleared))
            changes.add(found.name, cells)
        return _mark_stale(pkg, book, replaced, changes, recalc), []

    return _rewrite(path, edit, backup, expect)


def _general_style(pkg: Package, book: Book) -> tuple[int | None, bytes | None]:
    """Return the style index for new cells (None: the default is General) and the new
    styles.xml when a General style had to be added (see ``stylesheet``)."""
    if not book.styles_part or not pkg.has(book.styles_part):
        return None, None
    return general_style(pkg.read(book.styles_part))


def _general_style_into(pkg: Package, book: Book, replaced: dict[str, bytes | None]) -> int | None:
    """Return the style index for cells without a colour (None: the default is General),
    adding the style to styles.xml in ``replaced`` (on top of earlier changes) if needed."""
    part = book.styles_part
    if not part or not pkg.has(part):
        return None
    current = replaced.get(part)
    style, xml = general_style(current if current is not None else pkg.read(part))
    if xml is not None:
        replaced[part] = xml
    return style


def _mark_stale(
    pkg: Package,
    book: Book,
    replaced: dict[str, bytes | None],
    changes: Changes,
    stale_sheets: list[str] | None = None,
) -> dict[str, bytes | None]:
    """Return ``replaced`` plus the parts that drop the saved results of formulas depending on
    ``changes`` and ask Excel to recalculate on open (see ``recalc``); the names of the sheets
    with such formulas go into ``stale_sheets`` when given."""

    def read(part: str) -> bytes:
        data = replaced.get(part)
        return data if data is not None else pkg.read(part)

    with_formulas = formula_sheet_ids(pkg, book)
    sheets = [
        (s.name, s.part)
        for s in book.sheets
        if s.is_worksheet
        and s.part
        and (replaced.get(s.part) is not None or pkg.has(s.part))
        and (with_formulas is None or s.sheet_id in with_formulas or s.part in replaced)
    ]
    parts, workbook_xml = mark_stale(sheets, read, read(book.part), changes)
    if workbook_xml is None:
        return replaced
    if stale_sheets is not None:
        stale_sheets[:] = [name for name, part in sheets if part in parts]
    return {**replaced, **parts, book.part: workbook_xml}


# --- the package rewrite: temp file, fsync, backup, replace -------------------------------


@contextlib.contextmanager
def writing(path: Path) -> Iterator[Path]:
    """Hold kjreport's own lock on workbook ``path`` (see ``guard.writer_lock``) for a whole
    read-compute-write operation; raise ``WorkbookError`` when another kjreport is writing it."""
    path = Path(path)
    try:
        with writer_lock(path.resolve() if path.is_symlink() else path) as lock:
            yield lock
    except WriterBusy as exc:
        raise _error(
            path,
            f"另一个 kjreport 正在写入该工作簿（{exc.holder}）",
            "请等它完成后再运行；若确认没有其他 kjreport 在运行，请删除锁文件 "
            + f".~kjreport.{path.name}.lock",
        ) from None


def _changed(path: Path) -> WorkbookError:
    return _error(
        path,
        "工作簿在 kjreport 读取之后被修改过（有人保存了它，或另一个程序正在写入）",
        "kjreport 没有写入，以免覆盖这些修改；请确认后重新运行",
    )


def _rewrite(path: Path, edit: Edit, backup: bool, expect: Fingerprint | None = None) -> Path | None:
    """Apply ``edit`` to the package at ``path`` atomically; return the backup path.

    Refuses when the file is not what ``expect`` says was read, or changes while the new
    package is being written."""
    path = path.resolve() if path.is_symlink() else path
    ensure_writable(path)
    with writing(path):
        made = _rewrite_locked(path, edit, backup, expect)
    _sync_dir(path.parent)
    return made


def _rewrite_locked(path: Path, edit: Edit, backup: bool, expect: Fingerprint | None) -> Path | None:
    clean_temp_files(path.parent, f".{path.stem}.")
    mode = stat.S_IMODE(path.stat().st_mode)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    created = False
    try:
        before = Fingerprint.of(path)
        if expect is not None and not expect.same_content(before):
            raise _changed(path)
        with path.open("rb") as fh:
            pkg = _open_package(path, fh)
            try:
                replaced, added = edit(pkg, locate_book(pkg))
            except BrokenPackage as exc:
                raise _error(path, exc.found, exc.expected) from exc
            tmp.unlink(missing_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            created = True
            with os.fdopen(fd, "wb") as out:
                write_package(pkg, out, replaced, added)
                out.flush()
                os.fsync(out.fileno())
            expected = [i.filename for i in pkg.infos if replaced.get(i.filename, b"") is not None]
        _verify(tmp, expected + [p.name for p in added])
        os.chmod(tmp, mode)
        if not Fingerprint.of(path).same_content(before):
            raise _changed(path)
        made = make_backup(path) if backup else None
        os.replace(tmp, path)
        created = False
    except zipfile.BadZipFile as exc:
        raise _error(
            path,
            "文件已损坏（压缩包内容不完整）",
            "请用 Excel 打开确认后另存为 .xlsx，或从备份恢复",
        ) from exc
    except PackageTooLarge as exc:
        raise _error(path, "工作簿超过 4 GB", "请拆分工作簿后再运行") from exc
    except PermissionError as exc:
        raise _error(
            path, "无法写入（文件被其他程序占用或没有权限）", "请关闭正在使用它的程序后再运行"
        ) from exc
    except OSError as exc:
        raise _error(
            path, f"写入失败（{exc.strerror or exc}）", "请检查磁盘空间和权限后再运行"
        ) from exc
    finally:
        if created:
            tmp.unlink(missing_ok=True)
    return made


def _open_package(path: Path, fh) -> Package:
    try:
        pkg = Package(fh)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _error(
            path, "文件已损坏或不是 Excel 工作簿", "请用 Excel 打开确认后另存为 .xlsx"
        ) from exc
    if pkg.encrypted():
        raise _error(path, "压缩包设置了密码", "请给出未加密的 Excel 工作簿（.xlsx）")
    return pkg


def _verify(tmp: Path, names: list[str]) -> None:
    """Raise OSError unless ``tmp`` is a zip holding exactly ``names``."""
    with zipfile.ZipFile(tmp) as zf:
        if zf.namelist() != names:
            raise OSError("written package does not list the expected parts")


def _sync_dir(folder: Path) -> None:
    """Flush the directory entry of the replaced file to disk where the OS allows it."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- the written sheet --------------------------------------------------------------------


def build_sheet_xml(
    rows: list[list[object]],
    column_widths: dict[int, float] | None,
    freeze_header: bool,
    cell_styles: dict[tuple[int, int], int] | None = None,
    style: int | None = None,
    shades: list[tuple[RowShade, int]] | None = None,
) -> bytes:
    """Return the XML of a worksheet holding ``rows`` (inline strings); ``cell_styles`` maps
    0-based (row, column) to a cell format index of styles.xml; every other cell carries
    ``style`` when given, else the workbook's default style. ``shades`` are conditional formats
    with the ``dxfId`` of their colour: one plain expression rule each."""
    cell_styles = cell_styles or {}
    if len(rows) > MAX_ROW or any(len(row) > MAX_COL for row in rows):
        raise ValueError("table too large for one worksheet")
    body: list[str] = []
    last_row = last_col = 0
    letters = [""] + [column_letter(c) for c in range(1, max(map(len, rows), default=0) + 1)]
    plain = f' s="{style}"' if style else ""  # the attributes of a cell without its own style
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row, start=1):
            if cell_styles:
                own = cell_styles.get((r - 1, c - 1), style)
                attrs = f' s="{own}"' if own else ""
            else:
                attrs = plain
            cell = cell_xml(f"{letters[c]}{r}", _check_value(value), attrs)
            if cell:
                cells.append(cell)
                last_row, last_col = r, max(last_col, c)
        if cells:
            body.append(f'<row r="{r}">{"".join(cells)}</row>')
    dimension = f"A1:{column_letter(last_col)}{last_row}" if last_row else "A1"
    if freeze_header and len(rows) > 1:
        view = (
            '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
            'activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
        )
    else:
        view = '<sheetView workbookViewId="0"/>'
    widths = column_widths if column_widths is not None else content_widths(rows)
    cols = "".join(
        f'<col min="{c}" max="{c}" width="{_width(w)}" customWidth="1"/>'
        for c, w in sorted(widths.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN_NS.decode()}" xmlns:r="{_REL_NS.decode()}">'
        f'<dimension ref="{dimension}"/><sheetViews>{view}</sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + f"<sheetData>{''.join(body)}</sheetData>"
        + _conditional_xml(shades or [])
        + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        "</worksheet>"
    ).encode("utf-8")


def _conditional_xml(shades: list[tuple[RowShade, int]]) -> str:
    """Return the ``<conditionalFormatting>`` elements of ``shades`` (between sheetData and
    pageMargins in the schema's order)."""
    return "".join(
        f'<conditionalFormatting sqref="{escape(shade.sqref)}"><cfRule type="expression" '
        f'dxfId="{dxf}" priority="{k}"><formula>{escape(shade.formula)}</formula></cfRule>'
        "</conditionalFormatting>"
        for k, (shade, dxf) in enumerate(shades, start=1)
    )


def content_widths(rows: list[list[object]]) -> dict[int, float]:
    """Return 1-based column → width fitting the longest line in the column (CJK counts 2)."""
    widest: dict[int, int] = {}
    for row in rows:
        for c, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            text = _display_text(value)
            if text.isascii() and "\n" not in text:  # numbers and plain words: one char, one column
                size = len(text)
            else:
                size = max(display_width(line) for line in text.split("\n"))
            widest[c] = max(widest.get(c, 0), size)
    return {c: min(max(w + 2, 8), 80) for c, w in widest.items()}


def _display_text(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.6g}" if abs(value) >= 1e15 else f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def _width(w: float) -> str:
    if not isinstance(w, numbers.Real) or not 0 < float(w) <= 255:
        raise ValueError(f"column width must be in (0, 255], got {w!r}")
    return f"{float(w):g}"


def _check_value(value: object) -> object:
    """Return ``value`` if the writer can store it; raise ValueError/TypeError otherwise."""
    kind = type(value)
    if kind is float and math.isfinite(value) or kind is int or value is None:
        return value  # the common cells, without the checks below
    if kind is str and len(value) <= MAX_TEXT:
        return value
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()  # numpy/pandas scalars → Python numbers and bools
    elif isinstance(value, Decimal):
        value = float(value)
    if value is None or isinstance(value, (str, bool, datetime, date, time)):
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ValueError(f"text longer than Excel's {MAX_TEXT} characters per cell")
        return value
    if isinstance(value, numbers.Real):
        if not math.isfinite(float(value)):
            raise ValueError(f"cannot write {value!r} into a cell: only finite numbers")
        return value
    raise TypeError(f"cannot write a {type(value).__name__} into a cell")


def _check_sheet_name(path: Path, name: str) -> None:
    bad = sorted(set(name) & _BAD_NAME_CHARS)
    if (
        not name.strip()
        or len(name) > SHEET_NAME_MAX
        or bad
        or name.startswith("'")
        or name.endswith("'")
    ):
        found = f"工作表名「{name}」不合规"
        if bad:
            found += f"（含有字符 {' '.join(bad)}）"
        elif len(name) > SHEET_NAME_MAX:
            found += f"（{len(name)} 个字符）"
        raise WorkbookError(
            Problem(
                str(path),
                name,
                None,
                found,
                "工作表名须为 1～31 个字符，不能含 [ ] : * ? / \\，不能以单引号开头或结尾",
            )
        )


def _worksheet_part(path: Path, sheet: SheetRef) -> str:
    if not sheet.is_worksheet or not sheet.part:
        raise WorkbookError(
            Problem(
                str(path),
                sheet.name,
                None,
                "这是图表工作表或宏表，不是普通工作表",
                "请换一个工作表名，或在 Excel 中删除该工作表后再运行",
            )
        )
    return sheet.part


def _error(path: Path, found: str, expected: str) -> WorkbookError:
    return WorkbookError(Problem(str(path), None, None, found, expected))
