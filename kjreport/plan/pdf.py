"""The text layer of a plan published as PDF (pypdf: pure Python, so it works on an intranet PC
with nothing else installed).

A PDF keeps no paragraphs: its text comes out as the lines the page sets, with the page numbers
and running headers between pages — what an office gets when it copies the text out of the PDF,
and what ``parse`` already joins back into sentences. A PDF that has no text (a scan) or whose
text cannot be mapped back to characters is refused with what to do instead.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from kjreport.plan.reader import _COMMON, PlanFileError

# fewer Chinese characters than this in the whole file: a scan (images of pages), not text
MIN_CJK = 20
# in real Chinese prose about a third of the characters are the common ones; a font whose
# characters cannot be mapped back comes out as rare characters or private-use code points
MIN_COMMON_SHARE = 0.08
_CJK = re.compile(r"[\u4e00-\u9fff]")
_UNMAPPED = re.compile(r"[\ue000-\uf8ff\ufffd]|\(cid:\d+\)")
# a space a PDF puts where the font changes between a figure and a Chinese character
# ("3000 亿元", "GDP 的比重"): the text has none there
_FONT_SEAM = re.compile(r"(?<=[0-9A-Za-z%.])[ \u00a0]+(?=[\u4e00-\u9fff（）“”])|(?<=[\u4e00-\u9fff（）“”，、])[ \u00a0]+(?=[0-9A-Za-z])")


def read_pdf_text(path: Path) -> str:
    """Return the text of every page of the PDF at ``path``, one line per line set on the page.

    Raises ``PlanFileError`` for an encrypted PDF that opens to nobody, a damaged file, a scan
    with no text, or text whose characters the PDF does not map back."""
    name = Path(path).name
    pages = _pages(Path(path), name)
    text = "\n".join(_FONT_SEAM.sub("", page) for page in pages)
    cjk = len(_CJK.findall(text))
    if cjk < MIN_CJK:
        raise PlanFileError(
            f"{name} 是扫描版 PDF（页面是图片，没有可读取的文字）：请用 WPS 或 Word 的“PDF 转文字/"
            "图片转文字”功能识别成文字后另存为 .docx 或 .txt，或向发文单位要 Word 版的工作意见。"
        )
    common = sum(ch in _COMMON for ch in text)
    if len(_UNMAPPED.findall(text)) > cjk or common < MIN_COMMON_SHARE * cjk:
        raise PlanFileError(
            f"{name} 中的文字无法还原（PDF 里的字体没有附带文字对照表，读出来是乱码）：请用 WPS 或 "
            "Word 打开后另存为 .docx，或向发文单位要 Word 版的工作意见。"
        )
    return text


def _pages(path: Path, name: str) -> list[str]:
    """Return each page's extracted text (pypdf), refusing what cannot be opened."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover — a dependency, missing only in a broken install
        raise PlanFileError(
            f"读取 PDF 文件 {name} 需要 pypdf 组件，当前环境未安装；请把工作意见另存为 .docx 或 .txt 后再导入。"
        ) from None
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)  # pypdf's warnings on odd but readable files are in English
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PlanFileError(
                f"{name} 设置了打开密码，无法读取：请输入密码打开后另存为 .docx 或 .txt，再导入。"
            )
        return [_page_text(page) for page in reader.pages]
    except PlanFileError:
        raise
    except Exception as exc:  # noqa: BLE001 — pypdf raises many kinds on damaged or exotic files
        if type(exc).__name__ == "DependencyError":  # AES encryption needs a package we do not ship
            raise PlanFileError(
                f"{name} 是加密的 PDF（限制复制或打印），无法读取文字：请在 WPS 或 Word 中打开后另存为"
                " .docx，或向发文单位要 Word 版的工作意见。"
            ) from None
        raise PlanFileError(
            f"{name} 无法作为 PDF 读取（文件可能已损坏或没有下载完整）：请重新下载，或另存为 .docx / .txt 后再导入。"
        ) from None
    finally:
        logger.setLevel(level)


def _page_text(page) -> str:
    """Return a page's text as pypdf reads it, a paragraph's first line marked by the indent the page
    gives it ("　　", two characters beyond the lines' left edge, as GB/T 9704 sets a paragraph):
    without it a line that ends a sentence cannot tell whether its paragraph goes on."""
    lines: list[list] = [[None, 0.0, ""]]  # [x of the line's first text, its font size, its text]

    def visit(text, cm, tm, font, size) -> None:
        for i, part in enumerate(text.split("\n")):
            if i:
                lines.append([None, 0.0, ""])
            if part.strip() and lines[-1][0] is None:
                lines[-1][0] = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                lines[-1][1] = size * ((cm[0] ** 2 + cm[1] ** 2) ** 0.5) * ((tm[0] ** 2 + tm[1] ** 2) ** 0.5)
            lines[-1][2] += part

    page.extract_text(visitor_text=visit)
    starts = [x for x, _, text in lines if x is not None and len(text.strip()) >= 10]
    margin = min(starts, default=0.0)
    out = []
    for x, size, text in lines:
        indented = x is not None and size and 1.5 * size <= x - margin <= 2.6 * size
        out.append(("\u3000\u3000" if indented else "") + text)
    return "\n".join(out)

