"""GB/T 9704 7.3.5.4: the 署名 and 成文日期 never stand alone on a page (QA round 4, F10), and a
table's note never spills alone onto the next page (F12d).

The builder keeps the last lines of the text, the 附件说明 and the 署名 together (keep with next);
a 表注 is set in the table's size, in one piece, with the table's last row. Checked twice: the
paragraph properties, and real renderings through LibreOffice read page by page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from kjreport.docx import OfficialDocument
from kjreport.docx import styles as st
from kjreport.docx.pdf import find_soffice, to_pdf

LINE = "全市科技工作紧紧围绕市委市政府中心工作取得新进展。"  # two lines with the indent
DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")

needs_libreoffice = pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler-utils (pdftotext) is not installed",
)


def _notice(paragraphs: int, *, table_rows: int = 0) -> OfficialDocument:
    """A county notice of ``paragraphs`` two-line paragraphs, 附件说明, 署名, 成文日期 and an
    attachment table of ``table_rows`` rows with a note."""
    doc = OfficialDocument()
    doc.title("鲁泽市科学技术局关于清河区科技工作情况的通报")
    doc.paragraph("清河区科技局：", indent=False)
    for i in range(paragraphs):
        doc.paragraph(f"第{i + 1:02d}段{LINE}")
    doc.attachment_note(["清河区2011年主要科技指标", "县区主要指标对比表"])
    doc.signature("鲁泽市科学技术局", "2011年12月20日")
    doc.page_break()
    doc.attachment_heading(None, "清河区2011年主要科技指标")
    if table_rows:
        doc.table(["指标", "单位", "本年"], [[f"指标{i}", "家", str(i)] for i in range(table_rows)],
                  number_cols=(2,))
        doc.table_note("注：" + "比重类指标的“同比增减”栏为比上年增减的百分点；" * 6)
    return doc


def test_the_text_above_the_signature_is_kept_with_it():
    doc = _notice(3).docx
    paragraphs = doc.paragraphs
    sig = next(i for i, p in enumerate(paragraphs) if p.text == "鲁泽市科学技术局")
    keep = [bool(p.paragraph_format.keep_with_next) for p in paragraphs[: sig + 2]]
    # the last paragraph of text, both 附件说明 lines and the 署名 go on with the next paragraph
    assert paragraphs[sig - 3].text.startswith("第03段") and keep[sig - 3:sig + 1] == [True] * 4
    assert paragraphs[sig + 1].text == "2011年12月20日" and not keep[sig + 1]
    assert not any(keep[2:sig - 3])  # the rest of the text flows freely


def test_a_table_note_is_kept_whole_and_with_the_last_row():
    doc = _notice(1, table_rows=4).docx
    note = doc.paragraphs[-1]
    assert note.text.startswith("注：") and note.style.style_id == st.TABLE_NOTE
    assert note.paragraph_format.keep_together
    last_row = doc.tables[-1].rows[-1]
    assert all(p.paragraph_format.keep_with_next for c in last_row.cells for p in c.paragraphs)
    assert not any(p.paragraph_format.keep_with_next for c in doc.tables[-1].rows[1].cells for p in c.paragraphs)


def test_a_real_notice_keeps_its_last_text_with_the_signature(sample_path, tmp_path):
    # the sample's year-end progress notice (报送月份 12) ended with its 署名 alone on page 3
    out = tmp_path / "全年进度通报.docx"
    result = CliRunner().invoke(_main(), ["progress", str(sample_path), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    paragraphs = docx.Document(out).paragraphs
    sig = next(i for i, p in enumerate(paragraphs) if p.style.style_id == st.SIGNATURE)
    text = max(i for i in range(sig) if paragraphs[i].text.strip() and paragraphs[i].style.style_id == st.BODY)
    assert all(paragraphs[i].paragraph_format.keep_with_next for i in range(text, sig + 1))


def _main():
    from kjreport.cli import main

    return main


def _pages(pdf: Path) -> list[list[str]]:
    """Return each page's lines of text, page numbers left out."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [[ln.strip() for ln in page.splitlines() if ln.strip()] for page in text.split("\f")]
    pages = [[ln for ln in page if not (ln.startswith("—") and ln.endswith("—"))] for page in pages]
    while pages and not pages[-1]:
        pages.pop()
    return pages


def _signature_page(pages: list[list[str]]) -> tuple[list[str], list[str]]:
    """Return the lines above the 署名 on its page, 附件说明 lines left out, and that page."""
    for page in pages:
        for i, line in enumerate(page):
            if DATE.match(line.replace(" ", "")) and i >= 1:
                above = page[: i - 1]
                note = next((k for k, ln in enumerate(above) if ln.startswith("附件：")), len(above))
                return above[:note], page
    raise AssertionError("no 成文日期 found")


@needs_libreoffice
def test_rendered_signature_page_holds_text(tmp_path):
    # 19 two-line paragraphs fill page 2 to the last line: the 附件说明 and 署名 used to go to
    # page 3 alone; now the last paragraph goes with them
    pdf = to_pdf(_notice(19, table_rows=25).save(tmp_path / "通报.docx"))
    pages = _pages(pdf)
    text, page = _signature_page(pages)
    assert any(line.replace(" ", "").startswith("第19段") for line in text), page
    assert any(ln.startswith("附件：") for ln in page)
    # the table's note starts on the page of the table's last row
    note = next(p for p in pages if any(ln.startswith("注：") for ln in p))
    assert any(ln.replace(" ", "").startswith("指标24") for ln in note), note


@needs_libreoffice
def test_rendered_real_notice_signature_page_holds_text(sample_path, tmp_path):
    out = tmp_path / "全年进度通报.docx"
    result = CliRunner().invoke(_main(), ["progress", str(sample_path), "-o", str(out), "--pdf"])
    assert result.exit_code == 0, result.output
    pages = _pages(out.with_suffix(".pdf"))
    text, page = _signature_page(pages)
    assert text, page  # some lines of the text are on the 署名's page
    # the 版记 alone on the last page, an even one (GB/T 9704 7.4); before it, a blank page or none
    assert len(pages) % 2 == 0 and [ln for ln in pages[-1] if "印发" in ln] == pages[-1][-1:]
    last_text = [p for p in pages[:-1] if p][-1]
    assert len(last_text) > 4  # no note spilling a few lines onto a last page


def _closing(paragraphs: int, *, closing: bool, filler: int = 0) -> OfficialDocument:
    """A county notice whose 四、工作要求 (a three-line paragraph) starts four lines above the foot
    of its first page; with ``closing`` it ends with "特此通报。" as county.j2 now writes.
    ``filler`` two-line paragraphs come before the title (11 fill a page)."""
    doc = OfficialDocument()
    for i in range(filler):
        doc.paragraph(f"前页{i + 1:02d}{LINE}")
    doc.title("鲁泽市科学技术局关于清河区科技工作情况的通报")
    doc.paragraph("清河区科技局：", indent=False)
    for i in range(paragraphs):
        doc.paragraph(f"第{i + 1:02d}段{LINE}")
    doc.heading(1, "四、工作要求")
    doc.paragraph("请清河区科技主管部门对照全市年度目标任务，查找薄弱环节，加大工作力度，"
                  "推动各项科技指标全面提升，确保完成2012年目标任务。")
    if closing:
        doc.paragraph("特此通报。")
    doc.attachment_note(["清河区2011年主要科技指标"])
    doc.signature("鲁泽市科学技术局", "2011年12月20日")
    return doc


@needs_libreoffice
def test_rendered_closing_part_flows_and_only_the_last_line_goes_with_the_signature(tmp_path):
    # QA round 5 F16 / leftover6 #1: LibreOffice moves a kept paragraph whole, so a one-paragraph
    # 工作要求 kept with the 署名 took its heading to page 2 and left page 1 a quarter empty.
    # The notice starts on page 2 here: as the first page it is now set tighter and fits
    # (tests/docx/test_fit.py)
    moved = _pages(to_pdf(_closing(6, closing=False, filler=11).save(tmp_path / "旧.docx")))
    assert not any("四、工作要求" in ln for ln in moved[1])  # what the notices did before
    pages = _pages(to_pdf(_closing(6, closing=True, filler=11).save(tmp_path / "新.docx")))
    assert any("四、工作要求" in ln for ln in pages[1]), pages[1]
    assert pages[1][-1].replace(" ", "").endswith("目标任务。"), pages[1]
    text, page = _signature_page(pages)
    assert text and text[-1] == "特此通报。", page  # the 署名 still has text above it


@pytest.mark.parametrize("command", ["progress", "docx"])
def test_county_notices_end_with_the_closing_line_kept_with_the_signature(sample_path, tmp_path, command):
    # through the real commands: 工作要求 flows, "特此通报。" alone is kept with 附件说明 and 署名
    from tests.indicators.test_reported_workbook import edit
    from tests.progress.test_qa4_progress import set_setting

    path = sample_path
    if command == "progress":
        path = edit(sample_path, tmp_path / "六月2011.xlsx", set_setting("报送月份", 6))
    out = tmp_path / "县区"
    result = CliRunner().invoke(_main(), [command, str(path), "--by", "县区", "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.docx"))
    assert len(files) == 10
    for f in files:
        paragraphs = docx.Document(f).paragraphs
        note = next(i for i, p in enumerate(paragraphs) if p.style.style_id == st.ATTACHMENT_NOTE)
        closing, requirement = paragraphs[note - 1], paragraphs[note - 2]
        assert closing.text == "特此通报。" and closing.paragraph_format.keep_with_next, f.name
        assert requirement.text.startswith("请") and not requirement.paragraph_format.keep_with_next, f.name
