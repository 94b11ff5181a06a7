"""A plan saved as an old Word 97–2003 .doc (or a WPS .wps in that format) is read directly —
its paragraphs, its tables row by row with merged cells, Word's automatic numbers — the same as
the .docx it was saved from; what is not a readable Word document is refused in Chinese, naming
the file and what to do."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import olefile
import openpyxl
import pytest

from kjreport.docx.pdf import find_soffice
from kjreport.plan import import_plan
from kjreport.plan.reader import PlanFileError, read_plan
from tests.helpers import cli, cli_ok
from tests.plan.test_inputs import assert_chinese_error
from tests.qa22_book import write_plan_docx

needs_libreoffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")


def _saved_as(tmp_path: Path, source: Path, fmt: str, name: str) -> Path:
    """``source`` saved by LibreOffice in format ``fmt`` ("doc", "xls"), renamed ``name``."""
    out = tmp_path / f"lo_{fmt}"
    subprocess.run(
        [find_soffice(), f"-env:UserInstallation={(tmp_path / 'lo_profile').as_uri()}", "--headless",
         "--convert-to", fmt, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    return Path(shutil.move(out / f"{source.stem}.{fmt}", tmp_path / name))


@pytest.fixture(scope="module")
def suining(tmp_path_factory) -> tuple[Path, Path]:
    """遂宁 2021 (qa22): a plan whose targets sit in a Word table — 类别 and 责任科室 merged down,
    序号 and the headings numbered by Word, not typed — as .docx and as the .doc saved from it."""
    if find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    tmp = tmp_path_factory.mktemp("doc")
    docx = write_plan_docx(tmp / "遂宁市2021年全市科技创新工作要点.docx")
    return docx, _saved_as(tmp, docx, "doc", "遂宁市2021年全市科技创新工作要点.doc")


def _targets(result) -> list[tuple]:
    return [(t.indicator, t.value, t.unit, t.comparison, t.kind, t.department) for t in result.targets]


@needs_libreoffice
def test_a_doc_reads_the_lines_and_targets_of_its_docx(suining):
    docx, doc = suining
    lines = [line.text for line in read_plan(doc)[0]]
    assert lines == [line.text for line in read_plan(docx)[0]]
    # Word's numbers (not typed in the text), a row of the table a line, merged cells repeated
    assert "一、抓好战略布局，打造创新高地" in lines
    assert "2\t创新能力\t转化重大科技成果\t20\t个\t成果科\t以上" in lines
    assert "5\t创新主体\t入库备案国家科技型中小企业\t≥400\t家\t高新科\t" in lines
    from_doc = import_plan(doc, year=2021)
    assert len(from_doc.targets) == 11
    assert _targets(from_doc) == _targets(import_plan(docx, year=2021))


@needs_libreoffice
def test_init_from_a_doc_plan_through_the_cli(suining, tmp_path):
    _, doc = suining
    before = doc.read_bytes()
    shown = cli_ok("plan", "show", doc, "--year", "2021").output
    assert "技术合同交易登记额" in shown and "6.5" in shown
    book = tmp_path / "遂宁市2021年科技工作.xlsx"
    cli_ok("init", "--year", "2021", "--plan", doc, book)
    sheet = openpyxl.load_workbook(book)["目标任务"]
    names = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    assert len([n for n in names if n]) == 11 and "技术合同交易登记额" in names
    assert doc.read_bytes() == before


@needs_libreoffice
def test_an_encrypted_doc_is_refused(suining, tmp_path):
    path = tmp_path / "加密的工作意见.doc"
    shutil.copy(suining[1], path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        word[0x0B] |= 0x01  # the FIB's fEncrypted bit (0x0100 of the flags word at 0x0A)
        ole.write_stream("WordDocument", bytes(word))
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, path.name)
    assert "密码" in str(info.value)


@needs_libreoffice
def test_an_excel_book_named_doc_is_refused(tmp_path):
    book = tmp_path / "book.xlsx"
    openpyxl.Workbook().save(book)
    path = _saved_as(tmp_path, book, "xls", "工作意见.doc")
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, path.name)
    assert "Excel" in str(info.value)


@needs_libreoffice
def test_a_damaged_doc_ends_in_one_chinese_message(suining, tmp_path):
    path = tmp_path / "损坏.doc"
    path.write_bytes(suining[1].read_bytes()[:6000])
    result = cli("plan", "show", path, "--year", "2021")
    assert result.exit_code == 1 and result.output.startswith("错误：")
    assert path.name in result.output and "另存为 .docx" in result.output
    assert "Traceback" not in result.output


STYLE_NUMBERED = ["南湖县科学技术局2024年工作要点", "主要目标：新增高新技术企业15家，总数突破120家。",
                  "一、培育创新主体", "（一）高新技术企业培育", "1.入库科技型中小企业200家以上。", "（二）建设创新平台",
                  "1.新建省级众创空间2-3家。", "二、优化创新生态", "（一）财政科技支出增长10%以上。"]


@needs_libreoffice
def test_list_numbers_a_paragraph_style_carries_survive_a_doc_saved_by_libreoffice(make_docx, tmp_path):
    # the .docx numbers its outline only through the paragraph styles; LibreOffice writes the list
    # on each paragraph of the .doc it saves (a .doc from Word that keeps it in the style alone is
    # not read — issue 9's note)
    source = make_docx.build_stylenumbered(tmp_path / "南湖县2024年工作要点.docx")
    assert [line.text for line in read_plan(source)[0]] == STYLE_NUMBERED
    saved = _saved_as(tmp_path, source, "doc", "南湖县2024年工作要点.doc")
    assert [line.text for line in read_plan(saved)[0]] == STYLE_NUMBERED
    result = import_plan(saved)
    assert [n.label for n in result.plan.walk()][1:] == ["一、", "（一）", "1.", "（二）", "1.", "二、", "（一）"]
