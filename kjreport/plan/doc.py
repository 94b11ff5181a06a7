"""The text of a plan saved as an old Word 97–2003 document (.doc) — or a WPS document (.wps),
which WPS writes in the same binary format — read without Word, WPS or LibreOffice.

Many bureaus still publish their 工作意见 as .doc attachments. The file is an OLE compound
file (olefile, pure Python) whose ``WordDocument`` stream holds the characters in pieces that
the piece table (the ``Clx`` in the ``0Table``/``1Table`` stream) puts in order. The main text
is the first ``ccpText`` characters. Paragraphs end with a carriage return; a table cell ends
with character 7, and a row ends with one more character 7 whose paragraph carries the
"table row end" property (sprmPFTtp) — read from the paragraph property pages (PAPX FKPs) so
that an empty cell is not taken for a row's end.

Lines come out as ``reader._read_docx`` gives them for a .docx: a paragraph a line, a table row
of two or more filled cells one line with its cells apart by tabs. Word's automatic list numbers
("一、", "（一）", "1.") are rendered from the list tables (LSTF/LVL and the LFO overrides) for a
paragraph whose own properties name its list (sprmPIlfo/sprmPIlvl), as Word and LibreOffice write
them; a list carried only by the paragraph's style (in the stylesheet) is not read. Typed numbers
are read as written.
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass
from pathlib import Path

from kjreport.plan.reader import ListNumbering, PlanFileError, row_lines

_W_IDENT = 0xA5EC  # the FIB's magic number (Word 97 and later; nFib 101 and up)
_WORD6_IDENTS = (0xA5DC, 0xA698, 0xA699, 0xA69A)  # Word 6.0/95 and its Asian editions
_FIB_CCP_TEXT = 3  # FibRgLw97: cbMac, lProductCreated, lProductRevised, ccpText …
_FIB_BTE_PAPX = 13  # FibRgFcLcb97 pair index of fcPlcfBtePapx / lcbPlcfBtePapx
_FIB_CLX = 33  # … and of fcClx / lcbClx
_FIB_LISTS = 73  # … of fcPlfLst (the lists' levels) and, next, fcPlfLfo (the list overrides)
_ROW_END_SPRMS = (0x2417, 0x244C)  # sprmPFTtp, sprmPFInnerTtp: this mark ends a table row
_SPRM_TDEF_TABLE = 0xD608  # sprmTDefTable: the row's cells
_SPRM_IN_TABLE = 0x2416  # sprmPFInTable: this paragraph is inside a table cell
_SPRM_HUGE_PAPX = 0x6646  # sprmPHugePapx: the properties are in the Data stream
_SPRM_LIST = 0x460B  # sprmPIlfo: the paragraph's list (1-based override index; 0 none)
_SPRM_LEVEL = 0x260A  # sprmPIlvl: its level in the list
# Word's number formats (nfc) by the names a .docx uses for them
_FORMATS = {
    0x00: "decimal", 0x0B: "japaneseCounting", 0x17: "bullet", 0x1E: "ideographTraditional",
    0x21: "taiwaneseCounting", 0x23: "taiwaneseCountingThousand", 0x25: "chineseCounting",
    0x26: "chineseLegalSimplified",
    0x27: "chineseCountingThousand", 0xFF: "none",
}
_FKP = 512

CELL = "\x07"
# characters that end a paragraph: a paragraph mark, a page or section break
_PARAGRAPH_ENDS = {"\r", "\x0c"}
# a manual line break stays in its paragraph, as python-docx gives it for a .docx
_SHOWN = {"\x0b": "\n", "\x1e": "-", "\xa0": " "}
# Word's own marks with nothing to read: pictures, drawn objects, note references, …
_DROPPED = {chr(c) for c in (0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x1F)}


@dataclass(frozen=True)
class _Piece:
    cp_start: int
    cp_end: int
    fc: int  # byte offset of the piece's first character in the WordDocument stream
    compressed: bool  # one byte a character (Windows-1252) instead of UTF-16


def read_doc_paragraphs(path: Path) -> list[str]:
    """Return the lines of the .doc/.wps at ``path`` (see the module docstring)."""
    name = Path(path).name
    word, table, data = _streams(Path(path), name)
    try:
        return _lines(word, table, data)
    except (struct.error, IndexError, ValueError) as exc:
        raise PlanFileError(
            f"{name} 的 Word 内容已损坏，无法读取：请用 Word 或 WPS 打开后另存为 .docx 再导入。"
        ) from exc


def _streams(path: Path, name: str) -> tuple[bytes, bytes, bytes]:
    """Return the WordDocument, table and Data streams, refusing what is not a Word file."""
    import olefile

    save_as = "请用 Word 或 WPS 打开后另存为 .docx 再导入"
    try:
        ole = olefile.OleFileIO(str(path))
    except (OSError, ValueError) as exc:  # olefile raises OSError subclasses on a bad header
        raise PlanFileError(f"{name} 无法作为 Word 文档打开（文件可能已损坏）：{save_as}。") from exc
    with ole:
        if not ole.exists("WordDocument"):
            if ole.exists("Workbook") or ole.exists("Book"):
                raise PlanFileError(
                    f"{name} 是 Excel 工作簿（.xls），不是 Word 文档：请提供工作意见的 Word、PDF 或文本文件。"
                )
            if ole.exists("EncryptedPackage"):
                raise PlanFileError(f"{name} 设有打开密码（已加密），无法读取：请去掉密码后另存为 .docx 再导入。")
            raise PlanFileError(f"{name} 不是能读取的 Word 文档（可能是更早版本的 WPS 格式）：{save_as}。")
        word = ole.openstream("WordDocument").read()
        ident = struct.unpack_from("<H", word, 0)[0] if len(word) >= 0x22 else 0
        if ident in _WORD6_IDENTS or (ident == _W_IDENT and struct.unpack_from("<H", word, 2)[0] < 101):
            raise PlanFileError(
                f"{name} 是 Word 6.0/95 的旧格式，无法直接读取：请用 Word 或 WPS 打开后另存为 .docx 再导入。"
            )
        if ident != _W_IDENT:
            raise PlanFileError(f"{name} 不是能读取的 Word 文档（文件头不对）：{save_as}。")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:  # fEncrypted
            raise PlanFileError(f"{name} 设有打开密码（已加密），无法读取：请去掉密码后另存为 .docx 再导入。")
        stream = "1Table" if flags & 0x0200 else "0Table"  # fWhichTblStm
        if not ole.exists(stream):
            raise PlanFileError(f"{name} 的 Word 内容不完整（缺少 {stream}），无法读取：{save_as}。")
        table = ole.openstream(stream).read()
        data = ole.openstream("Data").read() if ole.exists("Data") else b""
    return word, table, data


def _fib(word: bytes) -> tuple[int, list[tuple[int, int]]]:
    """Return ccpText and the FibRgFcLcb (fc, lcb) pairs of the File Information Block."""
    offset = 32  # FibBase
    csw = struct.unpack_from("<H", word, offset)[0]
    offset += 2 + 2 * csw
    cslw = struct.unpack_from("<H", word, offset)[0]
    longs = struct.unpack_from(f"<{cslw}i", word, offset + 2)
    offset += 2 + 4 * cslw
    count = struct.unpack_from("<H", word, offset)[0]
    pairs = struct.unpack_from(f"<{2 * count}I", word, offset + 2)
    return longs[_FIB_CCP_TEXT], list(zip(pairs[::2], pairs[1::2], strict=True))


def _pieces(table: bytes, fc: int, lcb: int) -> list[_Piece]:
    """Return the piece table: which bytes of the WordDocument stream hold which characters."""
    clx, pos = table[fc : fc + lcb], 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers, skipped
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5 : pos + 5 + size]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces = []
    for i in range(n):
        raw = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        compressed = bool(raw & 0x40000000)
        start = raw & 0x3FFFFFFF
        pieces.append(_Piece(cps[i], cps[i + 1], start // 2 if compressed else start, compressed))
    return pieces


@dataclass(frozen=True)
class _Paragraph:
    """What the lines need of a paragraph's properties."""

    in_table: bool = False
    row_end: bool = False  # the mark ending a table row (its properties describe the row)
    continued: frozenset[int] = frozenset()  # the row's cells merged with the cell above
    list_id: str | None = None  # Word's automatic numbering: the list and the level
    level: int = 0


_PLAIN = _Paragraph()


def _paragraph_runs(
    word: bytes, table: bytes, data: bytes, fc: int, lcb: int
) -> tuple[list[int], list[_Paragraph]]:
    """Return the paragraph runs of the document as sorted run starts (byte offsets in the
    WordDocument stream) and each run's properties."""
    if not lcb:
        return [], []
    n = (lcb - 4) // 8
    plc = table[fc : fc + lcb]
    pages = struct.unpack_from(f"<{n}I", plc, 4 * (n + 1))
    runs: list[tuple[int, _Paragraph]] = []
    for pn in pages:
        number = pn & 0x3FFFFF
        page = word[number * _FKP : (number + 1) * _FKP]
        if len(page) < _FKP:
            continue
        crun = page[_FKP - 1]
        rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            offset = page[4 * (crun + 1) + 13 * i] * 2
            runs.append((rgfc[i], _properties(page, offset, data) if offset else _PLAIN))
    runs.sort(key=lambda run: run[0])
    return [r[0] for r in runs], [r[1] for r in runs]


def _properties(page: bytes, offset: int, data: bytes) -> _Paragraph:
    """Return the properties the PapxInFkp at ``offset`` of an FKP page sets."""
    cb = page[offset]
    if cb:
        grpprl = page[offset + 1 : offset + 1 + 2 * cb - 1]
    else:
        cb = page[offset + 1]
        grpprl = page[offset + 2 : offset + 2 + 2 * cb]
    found: dict[int, bytes] = {}
    _sprms(grpprl[2:], data, found)  # after the paragraph's style (istd)
    row_end = any(found.get(sprm, b"\x00")[:1] != b"\x00" for sprm in _ROW_END_SPRMS)
    list_index = found.get(_SPRM_LIST, b"")
    list_id = struct.unpack("<h", list_index)[0] if len(list_index) == 2 else 0
    return _Paragraph(
        in_table=row_end or found.get(_SPRM_IN_TABLE, b"\x00")[:1] != b"\x00",
        row_end=row_end,
        continued=_continued_cells(found.get(_SPRM_TDEF_TABLE, b"")) if row_end else frozenset(),
        list_id=str(list_id) if list_id > 0 else None,
        level=found.get(_SPRM_LEVEL, b"\x00")[0] if found.get(_SPRM_LEVEL) else 0,
    )


def _list_levels(table: bytes, lists: tuple[int, int], overrides: tuple[int, int]) -> dict:
    """Return each list override's levels (see ``ListNumbering``) from the list tables: the
    lists (an LSTF each, then each list's LVLs: 9, or 1 for a simple list) and the overrides
    that paragraphs name (an LFO each, pointing at a list by its id)."""
    (fc, lcb), (lfo_fc, lfo_lcb) = lists, overrides
    if not lcb or not lfo_lcb:
        return {}
    count = struct.unpack_from("<H", table, fc)[0]
    heads = [
        (struct.unpack_from("<I", table, fc + 2 + 28 * i)[0], 1 if table[fc + 2 + 28 * i + 26] & 1 else 9)
        for i in range(count)
    ]
    pos = fc + 2 + 28 * count
    by_list: dict[int, dict[int, tuple[str, str, int]]] = {}
    for list_id, level_count in heads:
        levels = {}
        for level in range(level_count):
            start = struct.unpack_from("<i", table, pos)[0]
            nfc = table[pos + 4]
            pos += 28 + table[pos + 25] + table[pos + 24]  # LVLF, then its paragraph and run sprms
            cch = struct.unpack_from("<H", table, pos)[0]
            xst = table[pos + 2 : pos + 2 + 2 * cch].decode("utf-16-le", errors="replace")
            pos += 2 + 2 * cch
            # the number text holds the levels' numbers as characters 0–8
            text = "".join(f"%{ord(ch) + 1}" if ord(ch) < 9 else ch for ch in xst)
            levels[level] = (_FORMATS.get(nfc, "decimal"), text, start)
        by_list[list_id] = levels
    lfo_count = struct.unpack_from("<I", table, lfo_fc)[0]
    out = {}
    for i in range(lfo_count):
        list_id = struct.unpack_from("<I", table, lfo_fc + 4 + 16 * i)[0]
        if list_id in by_list:
            out[str(i + 1)] = by_list[list_id]
    return out


def _sprms(grpprl: bytes, data: bytes, found: dict[int, bytes]) -> None:
    """Collect the operands of the property modifiers (sprms) in ``grpprl`` into ``found``;
    properties too long for the page (sprmPHugePapx, as a table row's often are) are read from
    the Data stream."""
    pos = 0
    while pos + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, pos)[0]
        pos += 2
        size = (1, 1, 2, 4, 2, 2, 0, 3)[sprm >> 13]
        if size == 0:  # a variable-length operand: its size comes first
            if pos >= len(grpprl):
                break
            if sprm == _SPRM_TDEF_TABLE:  # a two-byte size, one more than what follows it
                size = struct.unpack_from("<H", grpprl, pos)[0] + 1
            else:
                size = grpprl[pos] + 1
        operand = grpprl[pos : pos + size]
        if sprm == _SPRM_HUGE_PAPX and len(operand) == 4 and data:
            at = struct.unpack_from("<I", operand)[0]
            if at + 2 <= len(data):
                length = struct.unpack_from("<H", data, at)[0]
                _sprms(data[at + 2 : at + 2 + length], b"", found)
        else:
            found[sprm] = operand
        pos += size


def _continued_cells(operand: bytes) -> frozenset[int]:
    """Return the cells of a row (sprmTDefTable: a count, the cell edges, then 20 bytes a
    cell) that continue a vertical merge — the cell above holds their text."""
    if len(operand) < 3:
        return frozenset()
    count = operand[2]
    cells = operand[3 + 2 * (count + 1) :]
    continued = set()
    for i in range(min(count, len(cells) // 20)):
        flags = struct.unpack_from("<H", cells, 20 * i)[0]
        if flags & 0x0020 and not flags & 0x0040:  # fVertMerge without fVertRestart
            continued.add(i)
    return frozenset(continued)


def _characters(word: bytes, pieces: list[_Piece], ccp_text: int):
    """Yield (character, its byte offset) of the main text, in order."""
    for piece in pieces:
        end = min(piece.cp_end, ccp_text)
        count = end - piece.cp_start
        if count <= 0:
            continue
        if piece.compressed:
            chunk = word[piece.fc : piece.fc + count].decode("cp1252", errors="replace")
            for i, ch in enumerate(chunk):
                yield ch, piece.fc + i
        else:
            chunk = word[piece.fc : piece.fc + 2 * count].decode("utf-16-le", errors="replace")
            for i, ch in enumerate(chunk):
                yield ch, piece.fc + 2 * i


def _lines(word: bytes, table: bytes, data: bytes) -> list[str]:
    ccp_text, pairs = _fib(word)
    pieces = _pieces(table, *pairs[_FIB_CLX])
    starts, runs = _paragraph_runs(word, table, data, *pairs[_FIB_BTE_PAPX])
    numbering = ListNumbering(
        levels=_list_levels(table, pairs[_FIB_LISTS], pairs[_FIB_LISTS + 1])
        if len(pairs) > _FIB_LISTS + 1
        else {}
    )

    def paragraph(fc: int) -> _Paragraph:
        i = bisect.bisect_right(starts, fc) - 1
        return runs[i] if 0 <= i < len(runs) else _PLAIN

    lines: list[str] = []
    row: list[str] = []  # the cells of the table row being read
    above: list[str] = []  # the cells of the row before, for cells merged with them
    text: list[str] = []
    begins = 0  # where in ``text`` the paragraph being read begins
    fields: list[bool] = []  # a field being read: True once its result begins

    def number(mark: _Paragraph) -> None:
        """Put Word's automatic number before the paragraph that ``mark`` ends."""
        label = numbering.number(mark.list_id, mark.level) if mark.list_id else ""
        if label and not "".join(text[begins:]).lstrip().startswith(label):
            text.insert(begins, label)

    for ch, fc in _characters(word, pieces, ccp_text):
        if ch == "\x13":
            fields.append(False)
        elif ch == "\x14":
            if fields:
                fields[-1] = True
        elif ch == "\x15":
            if fields:
                fields.pop()
        elif fields and not all(fields):
            continue  # a field's code ("PAGE", "HYPERLINK …"): not the text
        elif ch == CELL:
            mark = paragraph(fc)
            if mark.row_end:
                # a cell merged with the one above shows that cell's text, as python-docx
                # gives it for a .docx
                row = [
                    above[i] if i in mark.continued and not cell and i < len(above) else cell
                    for i, cell in enumerate(row)
                ]
                lines.extend(row_lines(row))
                above, row = row, []
            else:
                number(mark)
                row.append("".join(text).strip())
            text, begins = [], 0
        elif ch in _PARAGRAPH_ENDS:
            mark = paragraph(fc)
            number(mark)
            if mark.in_table:  # a cell's paragraphs run on, as a .docx cell's text does
                begins = len(text)
                continue
            lines.append("".join(text))
            text, begins = [], 0
        elif ch not in _DROPPED:
            text.append(_SHOWN.get(ch, ch))
    if row:
        lines.extend(row_lines(row))
    if text:
        lines.append("".join(text))
    return lines
