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


def _all_text(path) -> str:
    """Return a document's paragraphs and table cells, one line each."""
    d = docx.Document(str(path))
    lines = [p.text for p in d.paragraphs]
    lines += ["|".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
    return "\n".join(lines)


def test_one_word_for_the_counties_with_a_county_level_city_among_them(tmp_path):
    # qa21 F11: with 武安市 among the units the text said 「在18个县（市）区中居末位」 but 附件2's title
    # 「邯郸市2018年县区主要指标对比表」, its first column 「县区」, 图2 「各县区新增高新技术企业」, the
    # notices 「根据各县区、开发区报送的统计数据」 and the 进度通报 「各科室、各县区」: one word, 县（市）区
    book = handan_book(tmp_path)
    summary, progress = tmp_path / "总结.docx", tmp_path / "进度.docx"
    cli_ok("docx", book, "-o", summary)
    cli_ok("progress", book, "-o", progress)
    cli_ok("docx", book, "--by", "县区")
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.endswith("县区科技工作通报")]  # (file names keep 县区)
    text = _all_text(summary)
    assert "在18个县（市）区中居末位" in text
    for said in ("邯郸市2018年县（市）区主要指标对比表", "图2  各县（市）区新增高新技术企业（家）",
                 "县（市）区|新增高新技术企业（家）|位次"):
        assert said in text, said
    notice = _all_text(folder / "武安市2018年科技工作通报.docx")
    assert "根据各县（市）区、开发区报送的统计数据" in notice
    report = _all_text(progress)
    assert "根据各科室、各县（市）区、开发区报送的数据" in report and "县（市）区|新增高新技术企业（家）|位次" in report
    for path in (summary, progress, *folder.glob("*.docx")):
        bare = [line for line in _all_text(path).splitlines() if "县区" in line.replace("县（市）区", "")]
        assert not bare, (path.name, bare)


def test_the_city_figure_has_one_precision_in_a_document(tmp_path):
    # qa21 F7: 技术合同交易额 26.42亿元 (target 25) read 26.4亿元 in the text and 附件1 (three significant
    # digits) but 26.42 in 附件2's 全市 row (the counties' 2.41, 0.86 … precision): two numbers for one
    # figure. The text and 附件1 say the 全市 row's figure (the sample's 812 / 812.0 stay as they were).
    book = handan_book(tmp_path)
    summary, progress = tmp_path / "总结.docx", tmp_path / "进度.docx"
    cli_ok("docx", book, "-o", summary)
    cli_ok("progress", book, "-o", progress)
    text = _all_text(summary)
    assert "全年实现技术合同交易额26.42亿元" in text and "26.4亿元" not in text
    assert "技术合同交易额|亿元|25|26.42|" in text
    for path in (summary, progress):
        lines = _all_text(path).splitlines()
        assert [line for line in lines if line.startswith("全市|")][0].split("|")[5] == "26.42"
        assert "10|技术合同交易额|亿元|25|26.42|" in "\n".join(lines)
