"""Read a plan document (工作意见) as lines: .txt in any common Chinese encoding, .docx, an old
Word 97–2003 .doc (or a WPS .wps in that format; ``doc``), or a PDF with a text layer (the
lines as the PDF sets them; ``parse`` joins a page's broken lines and drops its page numbers as
it does for text copied out of a PDF).

Nothing here knows the plan's structure; ``parse`` does. Every refusal is a ``PlanFileError``
whose message names the file and says which format to provide instead.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kjreport.errors import KjreportError
from kjreport.plan.text import cn_number

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office binary (.doc, .xls, .wps)
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".mht", ".mhtml", ".shtml"}


class PlanFileError(KjreportError):
    """The plan file cannot be read (missing, empty, wrong format, undecodable)."""


@dataclass(frozen=True)
class TaskRow:
    """A row of a table of tasks (序号 | 具体任务与要求 | 进展情况 | 牵头单位): its 序号, the task
    as written and the units its 牵头单位 cell names ("" when none)."""

    number: int
    task: str
    lead: str = ""


@dataclass(frozen=True)
class PlanLine:
    """One line (text file) or paragraph (.docx) of the plan, numbered from 1."""

    number: int
    text: str
    heading: int | None = None  # 1, 2, 3 for Word heading styles (标题 1 …), else None
    task: TaskRow | None = None  # the table row this line was rewritten from (``tables``)
    # where a clerk finds it when its number is not enough: 「县区分解」第5行, a row of a workbook's
    # sheet (a plan kept in Excel with several sheets: ``workbook_plan``); "" for the others
    place: str = ""
    notes: tuple[str, ...] = ()  # what reading it found to say (a formula without its saved result)


def read_plan(path: Path) -> tuple[list[PlanLine], str]:
    """Return the plan's lines and a word for where they were counted ("行" or "段").

    Raises ``PlanFileError`` for a missing or empty file, a PDF without text (a scan), an old
    Office file that is not a Word document, or any other format that is not plain text, .docx,
    .doc/.wps (Word 97–2003) or PDF.
    """
    path = Path(path)
    name = path.name
    if not path.exists():
        raise PlanFileError(f"找不到工作意见文件 {path}，请检查文件路径。")
    if path.is_dir():
        raise PlanFileError(f"{path} 是文件夹，请指定工作意见文件（.txt、.docx 或 .pdf）。")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if not data.strip():
        raise PlanFileError(f"工作意见文件 {name} 是空文件，请提供有内容的 .txt 或 .docx 文件。")
    if data.startswith(b"%PDF") or suffix == ".pdf":
        from kjreport.plan.pdf import read_pdf_text

        text = read_pdf_text(path)
        return [PlanLine(i, line) for i, line in enumerate(text.splitlines(), start=1)], "行"
    from kjreport.plan.workbook_plan import looks_like_workbook, read_workbook_lines

    if looks_like_workbook(data, suffix):  # a 目标任务分解表 kept in Excel: one line a row
        lines = read_workbook_lines(path, data)
        return [PlanLine(n, text, place=place, notes=notes) for n, text, place, notes in lines], "行"
    if data.startswith(OLE_MAGIC):
        from kjreport.plan.doc import read_doc_paragraphs

        paragraphs = read_doc_paragraphs(path)
        return [PlanLine(i, text) for i, text in enumerate(paragraphs, start=1)], "段"
    from kjreport.plan.html import looks_like_html, read_html_paragraphs

    if suffix in HTML_SUFFIXES or (suffix in {".doc", ".wps"} and looks_like_html(data)):
        # a page saved from the browser, or a "Word" download that is really a web page
        return [PlanLine(i, text) for i, text in enumerate(read_html_paragraphs(data, name), 1)], "段"
    if suffix in {".doc", ".wps"} and data.startswith(b"PK\x03\x04"):
        return _read_docx(path), "段"  # a .docx saved under an old name (WPS does this)
    if suffix in {".doc", ".wps", ".rtf"}:
        raise PlanFileError(
            f"{name} 不是能读取的旧版 Word/WPS 文件（文件头不对，可能已损坏或是其他格式），"
            "请在 Word 或 WPS 中另存为 .docx 后再导入。"
        )
    if suffix in {".docx", ".docm"} or data.startswith(b"PK\x03\x04"):
        if suffix not in {".docx", ".docm"}:
            raise PlanFileError(
                f"{name} 不是文本或 Word 文档（可能是 Excel 等其他格式），请提供 .txt 或 .docx 格式的工作意见。"
            )
        return _read_docx(path), "段"
    if suffix not in TEXT_SUFFIXES:
        raise PlanFileError(
            f"{name} 的格式（{path.suffix}）不受支持，请提供 Word（.docx）、PDF 或文本（.txt）格式的工作意见。"
        )
    text = decode_text(data, name)
    lines = [PlanLine(i, line) for i, line in enumerate(text.splitlines(), start=1)]
    return lines, "行"


# characters every plan uses, simplified and traditional: the right decoding has many of them
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "科技企业新高技术产业创研发展增长达到全市县区年目标计划重点项目实施建设服务平台合同成交额亿万元家个项"
    "為個們時來會對發動業產實現進開關經術區縣計劃項萬億與創達標"
)


def decode_text(data: bytes, name: str) -> str:
    """Return ``data`` decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
        if "\x00" not in text:
            return text
    except UnicodeDecodeError:
        pass
    # GBK/GB18030 (mainland) or Big5 (a 繁體 file from Taiwan or Hong Kong): both decode most
    # bytes, so the one whose characters are the common ones of a plan wins
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            candidates.append((sum(ch in _COMMON for ch in text), text))
    if candidates:
        return max(candidates, key=lambda c: c[0])[1]
    raise PlanFileError(
        f"无法识别 {name} 的文字编码（不是 UTF-8 或 GBK），请用记事本另存为 UTF-8 编码后再导入。"
    )


def _read_docx(path: Path) -> list[PlanLine]:
    """Return the paragraphs of a .docx (body paragraphs and table cells, in document order)."""
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise PlanFileError(
            f"{path.name} 无法作为 Word 文档打开（文件可能已损坏或加密），请在 Word 中另存为 .docx 后再导入。"
        ) from exc
    except Exception as exc:  # noqa: BLE001 — python-docx raises many kinds on broken packages
        raise PlanFileError(
            f"{path.name} 无法作为 Word 文档打开（{type(exc).__name__}），请在 Word 中另存为 .docx 后再导入。"
        ) from exc

    lines: list[PlanLine] = []
    numbering = ListNumbering(document)
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text
            label = numbering.label(paragraph)
            if label and not text.lstrip().startswith(label):
                text = label + text  # Word's automatic numbering ("一、" not in the text)
            lines.append(PlanLine(len(lines) + 1, text, _heading_level(paragraph)))
        elif tag == "tbl":
            labelled: dict = {}  # a cell's paragraph → its text with Word's number, counted once
            for row in Table(child, document).rows:
                cells = [_cell_text(cell, numbering, labelled) for cell in _unique(row.cells)]
                if sum(1 for c in cells if c.strip()) >= 2:
                    # one row, one line: its cells apart by tabs (read by plan/tables.py); a 序号
                    # cell "1." or "1、" (typed, or Word's "%1." list) is the row's number "1", not
                    # an item "1." of the text (qa22 F9)
                    cells[0] = ORDINAL_CELL.sub(r"\1", cells[0])
                    lines.append(PlanLine(len(lines) + 1, "\t".join(cells)))
                    continue
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        lines.append(PlanLine(len(lines) + 1, _numbered_text(paragraph, numbering, labelled)))
    return lines


ORDINAL_CELL = re.compile(r"^\s*(\d{1,3})\s*[.．、]\s*$")


def row_lines(cells: list[str]) -> list[str]:
    """Return a table row's lines as a .docx row gives them: one line of its cells apart by tabs
    when two or more are filled (a 序号 "1." or "1、" as the row's number "1"), else each filled
    cell on its own line (used for .doc and web-page tables)."""
    if sum(1 for c in cells if c) >= 2:
        return ["\t".join([ORDINAL_CELL.sub(r"\1", cells[0]), *cells[1:]])]
    return [c for c in cells if c]


def _numbered_text(paragraph, numbering: ListNumbering, labelled: dict) -> str:
    """Return a paragraph's text with the number Word shows before it ("1" of a 序号 cell
    numbered by a list, not typed), the number counted once however often the paragraph is
    met (a cell merged down is met again in each row it spans)."""
    if paragraph._p not in labelled:
        text = paragraph.text
        label = numbering.label(paragraph)
        labelled[paragraph._p] = label + text if label and not text.lstrip().startswith(label) else text
    return labelled[paragraph._p]


def _cell_text(cell, numbering: ListNumbering, labelled: dict) -> str:
    """Return a table cell's text on one line, its paragraphs' Word numbers included."""
    return "".join(_numbered_text(p, numbering, labelled) for p in cell.paragraphs).replace("\n", "")


def _unique(cells):
    """Return a row's cells with a merged cell (repeated by python-docx) once."""
    seen, out = set(), []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell)
    return out


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHINESE_FORMATS = {
    "chineseCounting",
    "chineseCountingThousand",
    "chineseLegalSimplified",
    "ideographTraditional",
    "japaneseCounting",
    "taiwaneseCounting",
    "taiwaneseCountingThousand",
}


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def list_number(value: int, fmt: str) -> str:
    """Return ``value`` as a list shows it in the Office number format ``fmt`` (decimal, the Chinese
    counting formats, lowerLetter/upperLetter, lowerRoman/upperRoman, decimalEnclosedCircle)."""
    if fmt in _CHINESE_FORMATS and 0 < value < 100:
        return cn_number(value)
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        letters = ""
        n = value
        while n:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman, n = "", value
        for amount, numeral in _ROMAN:
            while n >= amount:
                roman, n = roman + numeral, n - amount
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalEnclosedCircle" and 0 < value <= len(_CIRCLED):
        return _CIRCLED[value - 1]
    return str(value)


class ListNumbering:
    """Renders Word's automatic list numbers ("一、", "（一）", "1.") the way Word shows them.

    ``levels`` maps a list (a .docx numId, a .doc list override) to its levels, each as the
    Office number format ("decimal", "chineseCounting", …), the text with %1…%9 standing for
    the levels' numbers, and the number to start at; a .docx fills it from its numbering part,
    ``kjreport.plan.doc`` from a .doc's list tables."""

    def __init__(self, document=None, levels: dict | None = None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = dict(levels or {})
        self.counters: dict[str, list[int]] = {}
        if document is None:
            return
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for a in root.iter(f"{_W}abstractNum"):
            lvls = {}
            for lvl in a.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                lvls[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )
            abstract[a.get(f"{_W}abstractNumId")] = lvls
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None and ref.get(f"{_W}val") in abstract:
                self.levels[num.get(f"{_W}numId")] = abstract[ref.get(f"{_W}val")]

    def label(self, paragraph) -> str:
        """Return the number Word shows before ``paragraph`` ("" when it has none)."""
        return self.number(*self._num_pr(paragraph))

    def number(self, num_id: str | None, ilvl: int) -> str:
        """Count one more paragraph of list ``num_id`` at level ``ilvl`` and return its number
        as Word shows it ("" for a bullet, no list or an unknown one)."""
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else levels[ilvl][2]
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text, _ = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""

        def render(m: re.Match) -> str:
            level = int(m.group(1)) - 1
            value = counters[level] or (levels.get(level, ("", "", 1))[2])
            return list_number(value, levels.get(level, (fmt, "", 1))[0])

        label = re.sub(r"%([1-9])", render, text)
        return label.replace("(", "（").replace(")", "）")

    @staticmethod
    def _num_pr(paragraph) -> tuple[str | None, int]:
        """Return (numId, ilvl) from the paragraph, or else from its style chain."""
        candidates = [paragraph._p.pPr]
        try:
            style = paragraph.style
        except (KeyError, ValueError):
            style = None
        while style is not None:
            candidates.append(style.element.pPr)
            style = style.base_style
        for ppr in candidates:
            if ppr is None:
                continue
            num_pr = ppr.find(f"{_W}numPr")
            if num_pr is None:
                continue
            num = num_pr.find(f"{_W}numId")
            lvl = num_pr.find(f"{_W}ilvl")
            if num is None or num.get(f"{_W}val") in (None, "0"):
                return None, 0  # numbering switched off here
            return num.get(f"{_W}val"), int(lvl.get(f"{_W}val")) if lvl is not None else 0
        return None, 0


def _heading_level(paragraph) -> int | None:
    """Return 1–3 for a paragraph in a heading style (Heading 1 / 标题 1 …), else None."""
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return None
    while style is not None:
        name = (style.name or "").replace(" ", "").lower()
        for prefix in ("heading", "标题"):
            if name.startswith(prefix) and name[len(prefix) :].isdigit():
                level = int(name[len(prefix) :])
                return level if 1 <= level <= 3 else None
        style = style.base_style
    return None
