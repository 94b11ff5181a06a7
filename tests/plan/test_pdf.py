"""A plan published as PDF is imported from the PDF itself (its text layer); a PDF without text or
that cannot be opened is refused with what to do instead, in Chinese, naming the file."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfWriter

from kjreport.docx.pdf import find_soffice, to_pdf
from kjreport.plan import import_plan
from kjreport.plan.reader import PlanFileError
from tests.helpers import cli_ok
from tests.plan.test_inputs import assert_chinese_error

CORPUS = Path(__file__).parent / "corpus"
PLAN = CORPUS / "2011_jiangxi_yaodian.txt"  # 江西 2011 要点: eleven targets in one paragraph of 六大目标

needs_libreoffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")


def _official_pdf(tmp_path: Path, text: Path, name: str) -> Path:
    """``text`` set as an official document (benchmarks/plan_pdf.py: GB/T 9704 page, page numbers
    "— N —") and exported to PDF by LibreOffice, saved as ``name``."""
    spec = importlib.util.spec_from_file_location(
        "plan_pdf", Path(__file__).resolve().parents[2] / "benchmarks" / "plan_pdf.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    docx = tmp_path / "official.docx"
    bench.official_docx(text.read_text("utf-8"), docx)
    pdf = to_pdf(docx, tmp_path / "pdf")
    return Path(shutil.move(pdf, tmp_path / name))


def _targets(result) -> list[tuple]:
    return [(t.indicator, t.value, t.unit, t.comparison, t.kind, t.stretch) for t in result.targets]


@needs_libreoffice
def test_a_plan_read_from_its_pdf_has_the_targets_of_its_text(tmp_path):
    pdf = _official_pdf(tmp_path, PLAN, "江西省2011年科技工作要点.pdf")
    from_text = import_plan(PLAN, require_targets=False, year=2011)
    from_pdf = import_plan(pdf, require_targets=False, year=2011)
    assert len(from_text.targets) == 11
    assert _targets(from_pdf) == _targets(from_text)
    # the PDF's lines were joined back into sentences and its page numbers set aside
    assert any("接回整句" in note for note in from_pdf.notes)
    assert any(line.reason == "页码，已忽略" for line in from_pdf.ignored)


@needs_libreoffice
def test_init_from_a_pdf_plan_fills_the_targets_sheet(tmp_path):
    pdf = _official_pdf(tmp_path, PLAN, "工作要点.pdf")
    before = pdf.read_bytes()
    shown = cli_ok("plan", "show", pdf, "--year", "2011").output
    assert "专利申请量" in shown and "7000" in shown and "PDF 的页码" in shown
    book = tmp_path / "2011年科技工作.xlsx"
    cli_ok("init", "--year", "2011", "--plan", pdf, book)
    sheet = openpyxl.load_workbook(book)["目标任务"]
    names = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    assert "高新技术产业增加值占GDP的比重" in names and len([n for n in names if n]) == 11
    assert pdf.read_bytes() == before


def test_a_scanned_pdf_is_refused_with_what_to_do(tmp_path):
    # a scan: pages with no text layer (here blank pages, as a scanner's PDF holds only images)
    path = tmp_path / "扫描件.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    with path.open("wb") as f:
        writer.write(f)
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, path.name)
    assert "扫描版 PDF" in str(info.value) and "另存为 .docx 或 .txt" in str(info.value)


def test_a_pdf_with_an_opening_password_is_refused(tmp_path):
    path = tmp_path / "加密.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="kjj2024", owner_password="owner", algorithm="RC4-128")
    with path.open("wb") as f:
        writer.write(f)
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, path.name)
    assert "打开密码" in str(info.value)


def test_a_damaged_pdf_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "下载不完整.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n")  # cut short
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, path.name)
    assert "无法作为 PDF 读取" in str(info.value)
    assert path.read_bytes().startswith(b"%PDF-1.7\n1 0 obj")
