"""qa19: the documents of a new 广西 bureau (南宁市, 2023) — 12 县（市）区 and three 开发区 ranked apart
(「开发区（不计入合计）」) — read as a bureau leader reads them."""

from __future__ import annotations

import shutil

import docx
import pytest

from kjreport.docx.pdf import find_soffice, to_pdf
from tests.helpers import cli_ok, pdf_pages
from tests.qa19_book import UNITS, nanning_book

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# as the documents print them: 「广西－东盟」 typed with a full-width dash reads 「广西-东盟」
ZONES = [unit.replace("－", "-") for unit, kind, _, _ in UNITS if kind.startswith("开发区")]


def _kept(tr) -> bool:
    return all(p.find(f"{W}pPr/{W}keepNext") is not None for p in tr.iter(f"{W}p"))


def _county_rows(path, first: str = "县（市）区") -> list:  # 横州市 among them (qa21 F11)
    table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == first)
    return table._tbl.findall(f"{W}tr")


def _name(tr) -> str:
    return "".join(t.text or "" for t in next(tr.iter(f"{W}tc")).iter(f"{W}t"))


def test_the_last_group_stays_with_its_subtotal_row(tmp_path):
    """qa19 F1: 附件2 (12 县（市）区 and 3 开发区 under 「开发区小计」) is too long to be kept whole; its last
    three rows were kept together, so 「开发区小计」 ended page 6 alone while its three 开发区 went on
    to page 7 with the chart. The subtotal row is kept with its units, in the summary and in the
    进度通报's 附件2."""
    book = nanning_book(tmp_path)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", summary)
    progress = tmp_path / "通报.docx"
    cli_ok("progress", book, "-o", progress)
    for path in (summary, progress):
        trs = _county_rows(path)
        names = [_name(tr) for tr in trs]
        start = names.index("开发区小计")
        assert names[start + 1:] == ZONES
        # the last row itself may go on with what follows (the summary's chart, qa12b F24)
        assert [_kept(tr) for tr in trs[start:-1]] == [True] * len(ZONES), path.name
        if path == summary:  # 18 one-line rows fit the summary's page: whole there (qa20 F5)
            assert all(_kept(tr) for tr in trs[:-1])
        else:
            assert not _kept(trs[start - 1])  # the 县（市）区 above may end a page


@pytest.mark.skipif(find_soffice() is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or poppler-utils (pdftotext) is not installed")
def test_rendered_subtotal_row_is_on_the_page_of_its_units(tmp_path):
    """qa19 F1 on the rendered pages: 「开发区小计」 and the three 开发区 rows are on one page."""
    summary = tmp_path / "总结.docx"
    cli_ok("docx", nanning_book(tmp_path), "-o", summary)
    pages = pdf_pages(to_pdf(summary))

    def page_of(name: str) -> int:  # a row of the table: its name and two figures or more (the
        # chart's bar labels have one)
        return next(i for i, t in enumerate(pages)
                    if any(ln.split()[:1] == [name] and len(ln.split()) >= 3 for ln in t.splitlines()))

    assert {page_of(n) for n in ["开发区小计", *ZONES]} == {page_of("开发区小计")}


def test_targets_whose_gap_the_text_gave_are_named_in_one_clause(tmp_path):
    """qa19 F3: 存在的问题 named the three 未完成 shares whose gap the text had already given one clause
    each — “A未达到年度目标；B未达到年度目标；C提高幅度未达到年度目标” — a leader reads the same words three
    times. They are one clause: “A、B和C提高幅度均未达到年度目标”."""
    summary = tmp_path / "总结.docx"
    cli_ok("docx", nanning_book(tmp_path), "-o", summary)
    body = "\n".join(p.text for p in docx.Document(str(summary)).paragraphs)
    assert ("一是部分目标任务未能完成。研发投入强度、规模以上工业企业中有研发活动企业占比和"
            "规模以上工业战略性新兴产业增加值占规模以上工业增加值比重提高幅度均未达到年度目标。") in body, body
    assert body.count("未达到年度目标") == 1, body
