"""qa15 F3: 附件2 (the 区县 or 乡镇 table) of a year-end summary is short enough for one page; it
stays whole there and the chart that does not fit under it goes to the next page, rather than the
table's last rows travelling with the chart (铜仁: 10 区县 split 9 + 1, later 8 + 3; 同心县: 11 乡镇
split 9 + 3). Read from the docx XML and, where LibreOffice is installed, from the rendered pages."""

from __future__ import annotations

import shutil

import docx
import pytest

from kjreport.docx.pdf import find_soffice, to_pdf
from tests.helpers import cli_ok, pdf_pages
from tests.qa14a_book import tongxin_book
from tests.qa15_book import COUNTIES, tongren_book

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TOWNS = ["豫海镇", "河西镇", "丁塘镇", "韦州镇", "下马关镇", "预旺镇", "王团镇", "田老庄乡", "马高庄乡",
         "张家塬乡", "兴隆乡"]


def _summary(tmp_path, book):
    out = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", out, "--force")
    return out


def _county_table(path, first: str):
    return next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == first)


def test_the_county_table_is_kept_whole_and_not_with_the_chart(tmp_path):
    table = _county_table(_summary(tmp_path, tongren_book(tmp_path)), "县区")
    trs = table._tbl.findall(f"{W}tr")
    assert len(trs) == 1 + 1 + len(COUNTIES)  # header, 全市, ten 区县
    kept = [all(p.find(f"{W}pPr/{W}keepNext") is not None for p in tr.iter(f"{W}p")) for tr in trs]
    assert kept == [True] * (len(trs) - 1) + [False]


@pytest.mark.skipif(find_soffice() is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or poppler-utils (pdftotext) is not installed")
@pytest.mark.parametrize(("make", "names"), [(tongren_book, [c[0] for c in COUNTIES]),
                                             (tongxin_book, TOWNS)])
def test_rendered_county_table_is_on_one_page_and_the_chart_on_the_next(tmp_path, make, names):
    pages = pdf_pages(to_pdf(_summary(tmp_path, make(tmp_path))))
    start = next(i for i, t in enumerate(pages) if "附件 2" in t or "附件2" in t)

    def rows(page: str) -> list[str]:  # a table row: the name and four or more figures
        return [ln.split()[0] for ln in page.splitlines()
                if len(ln.split()) >= 4 and ln.split()[0] in names]

    assert sorted(rows(pages[start])) == sorted(names)  # every row on the 附件2 page
    assert rows(pages[start + 1]) == [] and "图 2" in pages[start + 1]  # the chart alone on the next
