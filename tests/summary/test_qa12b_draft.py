"""``docx --draft`` on qa12b's 慈溪 2025 book: the comment on a reported 新增 figure gives the row it
comes from and no calculation that does not give it (F34)."""

from __future__ import annotations

import re
import zipfile

from click.testing import CliRunner

from kjreport.cli import main
from tests.qa12b_books import cixi_book


def test_a_reported_new_figure_beside_its_stock_row_is_annotated_as_reported(tmp_path):
    book = cixi_book(tmp_path)
    out = tmp_path / "draft.docx"
    run = CliRunner().invoke(main, ["docx", str(book), "--draft", "-o", str(out)])
    assert run.exit_code == 0, run.output
    xml = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    comments = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c))
                for c in re.findall(r"<w:comment [^>]*>(.*?)</w:comment>", xml, re.S)]
    new = [c for c in comments if c.startswith("新增高新技术企业·")]
    # was 「计算：年末数 − 上年末数；来源：科室数据!D5、科室数据!E5、科室数据!D4」 (1105 − 1000 = 105, not 138)
    assert "新增高新技术企业·按目标口径实际值；科室报送的新增数；来源：科室数据!D4" in new, new
    # its completion rate (115.0%, not a wide margin) is no longer printed in the body (qa12b F20):
    # it is in 附件1; a rate printed in the body would carry the comment checked before
    assert not any("年末数 − 上年末数" in c for c in new)
