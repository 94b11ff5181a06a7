"""QA round 8 F24 (rest): a short notice a few lines too long for its first page is set tighter
so its 落款 stays with the text (GB/T 9704-2012 7.3.5.1: "可以采取调整行距、字距的措施解决").

The ending (特此通报。, 附件说明, 署名, 成文日期) needs six lines; a 街道/开发区 notice with four or
five free on page 1 put "特此通报。" and the 落款 alone on page 2. ``kjreport.docx.fit`` estimates
the lines from the top of the page to the 成文日期 and, when they run a few past 22, sets that
page's lines at an even exact spacing (never under 22 pt; 23 pt before QA round 12). Checked on the paragraph properties,
on LibreOffice renderings and through ``kjreport docx --by 县区`` on a 区科委's workbook.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from kjreport.cli import main
from kjreport.docx import styles as st
from kjreport.docx.document import display_width
from kjreport.docx.fit import MIN_LINE_TWIPS, text_width
from kjreport.docx.layout import CHARS_PER_LINE, LINE_TWIPS
from kjreport.docx.pdf import to_pdf
from tests.docx.test_signature_page import _closing, _pages, _signature_page, needs_libreoffice
from tests.plan.test_qa8_init import DISTRICT_PLAN

DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _spacings(document) -> list[int | None]:
    """Return each body paragraph's own exact line spacing in twips (None: the style's)."""
    out = []
    for p in document.paragraphs:
        spacing = p._p.pPr.find(qn("w:spacing")) if p._p.pPr is not None else None
        line = spacing.get(qn("w:line")) if spacing is not None else None
        out.append(int(line) if line else None)
    return out


def test_a_page_a_few_lines_over_is_set_evenly_tighter_down_to_the_date():
    document = _closing(6, closing=True).docx
    spacings = _spacings(document)
    styles = [p.style.style_id for p in document.paragraphs]
    tight = {s for s, style in zip(spacings, styles, strict=True) if style != st.TITLE}
    assert len(tight) == 1 and MIN_LINE_TWIPS <= tight.pop() < LINE_TWIPS, spacings
    assert styles[-1] == st.DATE
    for p in document.paragraphs[1:]:
        assert p._p.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"  # off the 28.95 pt grid
    sig = document.paragraphs[-2]
    assert int(sig._p.pPr.find(qn("w:spacing")).get(qn("w:before"))) == spacings[-2]  # 空一行, as tight


@pytest.mark.parametrize("paragraphs", [2, 12])
def test_a_page_that_fits_or_runs_far_over_is_left_as_it_was(paragraphs):
    # 2: everything fits on page 1; 12: the text runs a page over, the last sentence goes with
    # the 落款 as before (closing.py)
    assert set(_spacings(_closing(paragraphs, closing=True).docx)) == {None}


@needs_libreoffice
def test_rendered_notice_keeps_its_closing_and_signature_on_page_one(tmp_path):
    pages = _pages(to_pdf(_closing(6, closing=True).save(tmp_path / "通报.docx")))
    assert len(pages) == 1, pages
    text, page = _signature_page(pages)
    assert text[-1] == "特此通报。" and any("四、工作要求" in ln for ln in text), page


def without_masthead(path: Path) -> Path:
    """Return the workbook at ``path`` with 设置 版头 = 无: a one-page notice as the office pastes it
    into its own 红头 template. With the 版头 (qa12b F28) the standard's 35 mm, the 发文机关标志, the
    发文字号 and the red line take about ten lines of page 1, so these notices run to a second page
    (tests/summary/test_redhead.py)."""
    book = openpyxl.load_workbook(path)
    rows = [r for r in book["设置"].iter_rows(min_row=2) if r[0].value == "版头"]
    if rows:
        rows[0][1].value = "无"
    else:
        book["设置"].append(["版头", "无"])
    book.save(path)
    return Path(path)


def _district(path: Path) -> Path:
    """A 区科委's workbook from its 工作要点 (技术合同成交额, 高新技术企业), units 镇/街道 and
    莘庄工业区 with figures for both years."""
    plan = path.parent / "工作要点.txt"
    plan.write_text(DISTRICT_PLAN, encoding="utf-8")
    result = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(path)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(path)
    units = [("莘庄镇", "镇"), ("七宝镇", "镇"), ("梅陇镇", "镇"), ("虹桥镇", "镇"), ("江川路街道", "街道"),
             ("古美路街道", "街道"), ("新虹街道", "街道"), ("莘庄工业区", "开发区")]
    rng = random.Random(11)
    for name, factor in (("县区数据", 1.0), ("县区上年数据", 1.3)):
        sheet = book[name]
        width = sheet.max_column
        sheet.cell(1, width + 1, "技术合同成交额（亿元）")
        sheet.cell(1, width + 2, "高新技术企业（家）")
        header = [c.value for c in sheet[1]]
        for i, (unit, kind) in enumerate(units, start=2):
            sheet.cell(i, 1, unit)
            sheet.cell(i, header.index("类型") + 1, kind)
            rng.uniform(0, 1), rng.uniform(0, 1)  # (two columns of the QA copy left empty here)
            sheet.cell(i, width + 1, round(factor * rng.uniform(10, 60), 1))
            sheet.cell(i, width + 2, int(factor * rng.uniform(100, 700)))
    book["目标任务"].delete_rows(2)  # the R&D ratio: no 县区 GDP here
    book["科室数据"].delete_rows(2)
    for row, (now, last) in zip(range(2, 4), ((345, 310), (4120, 3900)), strict=True):
        book["科室数据"].cell(row, 4, now)
        book["科室数据"].cell(row, 5, last)
    book.save(path)
    return path


@needs_libreoffice
def test_street_and_zone_notices_end_on_page_one(tmp_path):
    book = without_masthead(_district(tmp_path / "闵行区2025.xlsx"))
    out = tmp_path / "通报"
    result = CliRunner().invoke(main, ["docx", str(book), "--by", "县区", "-o", str(out), "--force", "--pdf",
                                       "-j", "1"])
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.docx"))
    assert len(files) == 8
    tightened = 0
    for f in files:
        pages = _pages(f.with_suffix(".pdf"))
        assert len(pages) == 2, (f.name, pages)  # the notice on page 1, its 附件 table on page 2
        text, page = _signature_page(pages)
        assert page is pages[0] and text[-1] == "特此通报。", (f.name, page)
        tightened += any(s for s in _spacings(docx.Document(f)))
    assert tightened, "no notice of this workbook runs over page 1: the case is not exercised"


# QA round 12 F12: 红谷滩新区's and 白沙路街道's notices (the qa12b books) still put "特此通报。", the
# 附件说明 and the 落款 on page 2: "R&D", "GDP" were counted at half an em a letter, so a line that
# breaks in LibreOffice was counted as one and the page was set too loose; 白沙路街道's page needs
# 22.7 pt, under the old 23 pt floor.
BOOKS = Path(__file__).parents[1] / "summary" / "qa12b_books"


def test_wide_latin_capitals_count_at_their_width():
    line = "全社会R&D经费投入占GDP比重比上年降低0.30个百分点。"
    half = sum(1.0 if ord(c) > 0x2E7F else 0.5 for c in line)
    assert 2 + half < CHARS_PER_LINE < 2 + text_width(line, display_width)  # breaks: "点。" alone
    assert text_width("2025年12月26日", display_width) == display_width("2025年12月26日")


@needs_libreoffice
@pytest.mark.parametrize(("book", "unit"), [("nanchang2019.xlsx", "红谷滩新区"),
                                            ("cixi2025.xlsx", "白沙路街道")])
def test_qa12b_bulletins_end_on_page_one(tmp_path, book, unit):
    out = tmp_path / "通报"
    book = without_masthead(shutil.copy(BOOKS / book, tmp_path / book))
    result = CliRunner().invoke(main, ["docx", str(book), "--by", "县区", "-o", str(out), "--force",
                                       "--pdf"])
    assert result.exit_code == 0, result.output
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 12 and any(unit in f.name for f in pdfs)
    for f in pdfs:
        pages = _pages(f)
        assert len(pages) == 2 and pages[1][0] == "附件", (f.name, pages)
        text, page = _signature_page(pages)
        assert page is pages[0] and text[-1] == "特此通报。", (f.name, page)
        assert any(ln.replace(" ", "").startswith("附件：") for ln in page), (f.name, page)
