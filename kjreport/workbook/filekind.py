"""What a file given as a workbook really is, and whether another program holds it open.

- ``lock_files``: the lock files Excel/WPS (``~$NAME``) and LibreOffice (``.~lock.NAME#``)
  keep beside a workbook that is open; ``open_elsewhere`` says which program and, where the
  lock file tells, who.
- ``not_a_workbook``: a Word document, PDF, CSV or text file, an old .xls … given where a
  .xlsx/.xlsm is expected, named for what it is.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EXPECTED = "请给出 Excel 工作簿（.xlsx 或 .xlsm）"
_SAVE_AS = "请在 Excel 或 WPS 中打开后“另存为” Excel 工作簿（.xlsx）再运行"


def lock_files(path: Path) -> list[Path]:
    """Return the lock files beside ``path`` that say it is open in Excel, WPS or LibreOffice."""
    path = Path(path)
    candidates = [path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#")]
    return [p for p in candidates if p.exists()]


def _lock_user(lock: Path) -> str | None:
    """Return the user name a lock file records, when it can be read."""
    try:
        data = lock.read_bytes()[:512]
    except OSError:
        return None
    if lock.name.startswith(".~lock."):  # LibreOffice: "姓名,系统用户,主机,日期,配置目录;"
        fields = [f.strip() for f in data.decode("utf-8", "replace").split(",")]
        return fields[0] or (fields[1] if len(fields) > 1 else None) or None
    if data and 0 < data[0] < 54:  # Excel/WPS: a length byte, then the name
        name = data[1 : 1 + data[0]]
        for encoding in ("utf-8", "gbk"):
            try:
                text = name.decode(encoding).strip("\x00 ")
                return text if text.isprintable() and text else None
            except UnicodeDecodeError:
                continue
    return None


def open_elsewhere(path: Path) -> str | None:
    """Return "正在 Excel 或 WPS 中打开（…）" when a lock file is beside ``path``, else None."""
    locks = lock_files(path)
    if not locks:
        return None
    lock = locks[0]
    program = "LibreOffice" if lock.name.startswith(".~lock.") else "Excel 或 WPS"
    user = _lock_user(lock)
    who = f"，由「{user}」打开" if user else ""
    return f"正在 {program} 中打开（旁边有锁文件 {lock.name}{who}）"


def not_a_workbook(path: Path) -> tuple[str, str] | None:
    """Return (what the file is, what is expected) when ``path`` is plainly not a .xlsx/.xlsm
    workbook (judged by content first, then by the file name), else None."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    suffix = Path(path).suffix.lower()
    if head.startswith(b"%PDF"):
        return "是 PDF 文件，不是 Excel 工作簿", _EXPECTED
    if head.startswith(_OLE_MAGIC):
        return None  # old .xls, .doc or an encrypted workbook: xlsx.open_problem tells them apart
    if head.startswith(b"PK"):
        return _zip_kind(Path(path), suffix)
    if head.startswith(b"{\\rtf"):
        return "是 RTF 文档，不是 Excel 工作簿", _EXPECTED
    if head.lstrip().lower().startswith((b"<!doctype html", b"<html")):
        return "是网页（HTML）文件，不是 Excel 工作簿", _EXPECTED + "；若从网页导出，" + _SAVE_AS
    if _looks_like_text(head):
        name = Path(path).name
        if suffix != ".csv" and _reads_as_prose(head):
            # a plan saved as text, its sentences joined by "," (qa13 F36): not a table
            return "是文本文件（看来是工作意见、方案的正文），不是 Excel 工作簿", (
                f"请先用 kjreport init --year 年度 --plan {name} 工作簿.xlsx 由它新建工作簿"
                f"（已有工作簿时用 kjreport plan import {name} 工作簿.xlsx 导入目标），再对工作簿运行本命令")
        if suffix == ".csv" or head.count(b",") + head.count(b"\t") >= 4 and b"\n" in head:
            # named as the .csv itself is (xlsx.OLD_FORMATS), saying the name is what misleads (qa12 F24)
            shown = f"（只是扩展名为 {suffix}）" if suffix and suffix != ".csv" else ""
            return f"实际是 CSV 文本{shown}，不是 Excel 工作簿", _SAVE_AS
        plan = f"；若这是年度工作意见，请用 kjreport plan import {name} 工作簿.xlsx 导入"
        return "是纯文本文件，不是 Excel 工作簿", _EXPECTED + plan
    return None


def _reads_as_prose(head: bytes) -> bool:
    """Return True when text reads as Chinese prose (a plan), not a table: long lines of
    characters whose comma counts differ from line to line."""
    for codec in ("utf-8", "gb18030"):
        try:
            text = head.decode(codec, errors="strict" if codec == "gb18030" else "ignore")
            break
        except UnicodeDecodeError:
            continue
    else:
        return False
    lines = [line for line in text.splitlines() if line.strip()][:-1] or text.splitlines()
    if sum("\u4e00" <= ch <= "\u9fff" for ch in text) < 80:
        return False
    commas = {line.count(",") + line.count("\t") for line in lines}
    return len(commas) > 1 and "\t" not in text and max(len(line) for line in lines) >= 60


_ZIP_KINDS = [
    ("word/", "是 Word 文档（.docx），不是 Excel 工作簿",
     _EXPECTED + "；若这是年度工作意见，请用 kjreport plan import 工作意见.docx 工作簿.xlsx 导入"),
    ("ppt/", "是 PowerPoint 演示文稿，不是 Excel 工作簿", _EXPECTED),
]


def _zip_kind(path: Path, suffix: str) -> tuple[str, str] | None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    if b"opendocument.spreadsheet" in mimetype:
        return "是 OpenDocument 表格（.ods）", _SAVE_AS
    if b"opendocument.text" in mimetype:
        return "是 OpenDocument 文本文档（.odt），不是 Excel 工作簿", _EXPECTED
    if any(n.startswith("xl/") for n in names):
        return None
    for prefix, found, expected in _ZIP_KINDS:
        if any(n.startswith(prefix) for n in names):
            return found, expected
    if "[Content_Types].xml" in names:
        return None  # an OOXML package laid out differently: the package reader says more
    return "是普通压缩包（.zip），不是 Excel 工作簿", _EXPECTED + "；请先解压，再给出其中的工作簿"


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "gbk"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            if exc.start > len(head) - 4:  # a character cut at the end of the sample
                return True
    # a CSV saved in a Western code page: Chinese as 「?」, a dash as 0x96 — still text (qa12 F24)
    odd = head.decode("gbk", errors="replace").count("\ufffd")
    return odd <= max(2, len(head) // 100) and head.count(b"\n") >= 2


_MACROSHEET = "macrosheet"
_SAVE_AGAIN = "请用 Excel 或 WPS 打开后“另存为” Excel 工作簿（.xlsx）再运行"


def package_problem(path: Path) -> tuple[str, str] | None:
    """Return (what is unusual, what to do) about a zip package the reader could not read, or
    None when nothing specific is found (then it is called damaged)."""
    from kjreport.workbook.package import BrokenPackage, Package, locate_book

    try:
        with Path(path).open("rb") as fh:
            pkg = Package(fh)
            try:
                book = locate_book(pkg)
            except BrokenPackage as exc:
                return exc.found, exc.expected
            if book.part != "xl/workbook.xml":
                return (f"工作簿的主部件位于 {book.part}（通常为 xl/workbook.xml；文件由其他程序生成），"
                        "kjreport 读取不了这种布局", _SAVE_AGAIN)
            for info in pkg.infos:
                if info.filename.endswith((".xml", ".rels")):
                    head = pkg.zip.open(info).read(4)
                    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head:
                        return (f"部件 {info.filename} 以 UTF-16 编码保存（文件由其他程序生成），"
                                "kjreport 读取不了", _SAVE_AGAIN)
            macros = [s.name for s in book.sheets if _MACROSHEET in s.rel_type.lower()]
            if macros:
                names = "、".join(f"「{n}」" for n in macros)
                return (f"含有 Excel 4.0 宏表{names}（XLM 宏，kjreport 不读取宏表）",
                        "请把数据放在普通工作表中；删除宏表或另存为不含宏表的 .xlsx 后再运行")
    except (OSError, zipfile.BadZipFile, ValueError, KeyError):
        return None
    return None
