"""qa21: the year-end 进度通报 of the 邯郸市 2018 workbook (tests/qa21_book.py)."""

from __future__ import annotations

import docx

from tests.helpers import cli_ok
from tests.qa21_book import handan_book


def test_a_reported_stock_beside_its_new_target_is_reached_not_done_over_the_year(tmp_path):
    # 科技型中小企业 is a 上报指标 (not in the catalogue) with a 新增 target (1400家) beside its 总数
    # target (9000家): the December notice said "科技型中小企业全年完成9184家", as if 9184 were added
    # this year, while 高新技术企业 (a catalogue stock) "达到392家"
    book = handan_book(tmp_path)
    notice = tmp_path / "通报.docx"
    cli_ok("progress", book, "-o", notice)
    text = "\n".join(p.text for p in docx.Document(str(notice)).paragraphs)
    assert "科技型中小企业全年完成9184家" not in text
    assert "；科技型中小企业达到9184家" in text
    assert "新增科技型中小企业全年完成1526家" in text


def test_a_countys_small_count_dip_reads_as_in_its_annual_notice(tmp_path):
    # 丛台区 新增高新技术企业 9 → 8: the annual notice says "比上年减少1家", the year-end progress notice
    # said "同比下降11.1%"
    book = handan_book(tmp_path)
    cli_ok("progress", book, "--by", "县区")
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.endswith("县区进度通报")]
    (notice,) = folder.glob("丛台区*.docx")
    text = "\n".join(p.text for p in docx.Document(str(notice)).paragraphs)
    assert "新增高新技术企业8家，比上年减少1家，在18个县（市）区中并列第3位" in text
    assert "同比下降11.1%" not in text
