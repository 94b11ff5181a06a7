"""qa21: the documents of a new 河北 bureau (邯郸市, 2018, 18 县（市、区） and two 开发区), its plan text
copied out of a PDF (tests/qa21_book.py), read as a bureau leader reads them."""

from __future__ import annotations

import docx

from tests.helpers import cli_ok
from tests.qa21_book import handan_book


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_the_second_of_two_zones_is_not_told_it_is_last_nowhere(tmp_path):
    # 冀南新区 is second of the 2 开发区 on all 4 indicators (no shortfall: QA9 F7), yet its notice
    # closed "需要关注的问题" with "……均未比上年下降，也均未处于开发区末位。" — false to its reader
    book = handan_book(tmp_path)
    cli_ok("docx", book, "--by", "县区")
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.endswith("县区科技工作通报")]
    zone = _text(folder / "冀南新区2018年科技工作通报.docx")
    assert "在2个开发区中居第2位" in zone
    assert "末位" not in zone
    assert "冀南新区纳入通报的各项指标均未比上年下降。" in zone
    # a county down on nothing and last nowhere is still told so
    assert "峰峰矿区纳入通报的各项指标均未比上年下降，也均未处于县（市）区末位。" in _text(folder / "峰峰矿区2018年科技工作通报.docx")


def test_a_county_one_new_firm_down_is_not_told_nothing_fell(tmp_path):
    # 丛台区 新增高新技术企业 8 against 9: "比上年减少1家" (a small count's dip, no shortfall), yet
    # "需要关注的问题" said "……各项指标均未比上年下降，也均未处于县（市）区末位。"
    book = handan_book(tmp_path)
    cli_ok("docx", book, "--by", "县区")
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.endswith("县区科技工作通报")]
    text = _text(folder / "丛台区2018年科技工作通报.docx")
    assert "新增高新技术企业8家，比上年减少1家" in text
    assert "均未比上年下降" not in text
    assert "丛台区纳入通报的各项指标均未处于县（市）区末位。" in text
