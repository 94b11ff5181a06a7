"""Word → PDF with LibreOffice headless (``soffice --headless --convert-to pdf``).

Each conversion runs with its own LibreOffice profile (``-env:UserInstallation``) so parallel
conversions (``kjreport docx --by 县区 --pdf``, tests) do not block on one another's lock.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from kjreport.errors import KjreportError

TIMEOUT_S = 180
# The blank page that a section starting on an even page leaves before it (the 版记 of a 通报 is
# on the back of the last sheet, GB/T 9704 7.4) is kept in the PDF: LibreOffice's export drops
# such automatically inserted pages by default, and a PDF printed on both sides would then put
# the 版记 on the front of a sheet. JSON filter options: LibreOffice 7.4 and later.
PDF_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
_CANDIDATES = (
    "soffice",
    "libreoffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "/opt/libreoffice/program/soffice",
)


class PdfError(KjreportError):
    """LibreOffice is missing or could not convert the document."""


def find_soffice() -> str | None:
    """Return the LibreOffice executable ($KJREPORT_SOFFICE, PATH, usual install folders), or
    None when there is none."""
    env = os.environ.get("KJREPORT_SOFFICE")
    for candidate in ((env,) if env else ()) + _CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def _left_aligned_copy(docx: Path, folder: Path) -> Path:
    """Return a copy of ``docx`` in ``folder`` whose justified paragraphs are left-aligned.

    LibreOffice (7.4) drops a full-width comma that hangs past the end of a justified line
    (the 29th character of a 28-character line); left alignment keeps it. Word is unaffected,
    so only the PDF is made from the copy; the user's .docx is never changed.
    """
    out = folder / docx.name
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename in ("word/styles.xml", "word/document.xml"):
                data = data.replace(b'<w:jc w:val="both"/>', b'<w:jc w:val="left"/>')
            dst.writestr(item, data)
    return out


def to_pdf(docx: Path, outdir: Path | None = None) -> Path:
    """Convert ``docx`` to PDF in ``outdir`` (default: beside it) and return the PDF's path."""
    docx = Path(docx)
    soffice = find_soffice()
    if soffice is None:
        raise PdfError("未找到 LibreOffice，无法生成 PDF；请安装 LibreOffice 或去掉 --pdf。")
    if not docx.is_file():
        raise PdfError(f"找不到要转换的 Word 文件 {docx}；请检查文件路径。")
    outdir = Path(outdir) if outdir is not None else docx.parent
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / (docx.stem + ".pdf")
    with tempfile.TemporaryDirectory(prefix="kjreport-lo-") as tmp:
        tmpdir = Path(tmp)
        try:
            source = _left_aligned_copy(docx, tmpdir)
        except zipfile.BadZipFile as exc:
            raise PdfError(f"{docx} 不是有效的 Word（.docx）文件，无法生成 PDF。") from exc
        profile = (tmpdir / "profile").as_uri()
        cmd = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            PDF_FILTER,
            "--outdir",
            str(tmpdir / "out"),
            str(source),
        ]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise PdfError(
                f"LibreOffice 转换 {docx.name} 超过 {TIMEOUT_S} 秒仍未完成；请稍后重试。"
            ) from exc
        produced = tmpdir / "out" / (docx.stem + ".pdf")
        if done.returncode != 0 or not produced.is_file():
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise PdfError(
                f"LibreOffice 未能把 {docx.name} 转换为 PDF（{detail[-1] if detail else '无输出'}）；"
                "请确认文件能在 Word 中打开。"
            )
        try:
            shutil.move(str(produced), target)
        except PermissionError as exc:
            raise PdfError(
                f"无法写入 {target}：文件可能正在 PDF 阅读器中打开；请关闭后重试。"
            ) from exc
    return target
