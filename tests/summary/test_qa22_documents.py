"""qa22: the summary of the 遂宁市 2021 workbook (tests/qa22_book.py), read as the office reads it."""

from __future__ import annotations

import docx

from tests.helpers import cli_ok
from tests.qa22_book import suining_book


def test_a_progress_note_does_not_repeat_the_figures_just_stated(tmp_path):
    # F6: 工作进展's 总 notes 「新认定国家高新技术企业36家，入库备案国家科技型中小企业452家。转化重大科技成果26个，
    # 技术合同交易登记额7.12亿元。」 followed the overview's paragraph saying the same four figures
    book = suining_book(tmp_path)
    out = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", out, "--no-charts")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    at = next(i for i, p in enumerate(paragraphs) if p.startswith("全年11项目标任务中"))
    overview, after = paragraphs[at], paragraphs[at + 1]
    for figure in ("36家", "452家", "26个", "7.12亿元"):
        assert figure in overview and figure not in after, (figure, after)
    # the note's sentence without figures stays, once
    assert after == "出台《遂宁市“十四五”科技创新规划》，国家高新区创建通过科技部现场调研。"
    body = "".join(paragraphs)
    assert body.count("新认定国家高新技术企业36家") == 0 and body.count("国家高新区创建通过科技部现场调研") == 1


def test_a_sentence_naming_the_intensity_never_calls_the_amount_by_a_shorter_name(tmp_path):
    # F7: 「蓬溪县研发投入强度比上年降低0.03个百分点，研发投入在5个县（市）区中并列末位」: the reader took 研发投入
    # for the intensity under a third name (beside 全社会R&D经费投入占GDP比重 and 研发投入强度)
    import re

    from tests.checks.test_qa22_suining import _corrected_but_the_separator

    book = _corrected_but_the_separator(suining_book(tmp_path, slips=True))  # 蓬溪县's R&D still last year's
    out = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", out, "--no-charts")
    body = "".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "蓬溪县研发投入强度比上年降低0.03个百分点，全社会R&D经费投入在5个县（市）区中并列末位" in body
    for sentence in re.findall(r"[^。；]+", body):
        if "研发投入强度" in sentence:
            assert not re.search(r"(?<!加大)研发投入(?!强度)", sentence), sentence
    # elsewhere the amount keeps its 简称 after its full name
    # (after one "全年实现……" the next amount says 达: "全社会R&D经费投入达10.99亿元")
    assert re.search(r"全社会R&D经费投入(?:达到?)?10.99亿元", body).start() < body.index("研发投入强度低于年度目标")
