"""qa12 F30: with a 科室数据 city R&D row, the summary names the amount and its share one way
(was: 「全年实现全社会研发经费投入75.2亿元……全社会R&D经费投入占GDP比重达到1.87%」)."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from tests.qa12_yichun import department_row, yichun_book


def test_the_amount_and_its_share_are_named_one_way(tmp_path):
    book = yichun_book(tmp_path)
    department_row(book, ["计划科", "全社会R&D经费投入", "亿元", 75.2, 68.1])
    out = tmp_path / "sum.docx"
    result = CliRunner().invoke(main, ["docx", str(book), "--no-charts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "全年实现全社会R&D经费投入75.2亿元" in text, text
    assert "全社会研发经费投入75.2" not in text and "全社会研发经费投入同比" not in text
    assert "注：全市全社会R&D经费投入为科室报送数" in text or "为科室报送数" not in text
