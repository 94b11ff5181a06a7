"""qa12 F35 (text): a partial 企业台账 (30 firms, none 认定 last year) beside 科室数据's 602 last
year: the summary never says 「零的突破」 — last year was not zero — even once the 须核对 is
confirmed (here: the draft, which the 须核对 does not stop)."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from tests.qa12_yichun import partial_ledger, yichun_book


def _text(path) -> str:
    d = docx.Document(str(path))
    cells = [" | ".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def test_no_first_ever_when_the_department_reports_last_year(tmp_path):
    book = yichun_book(tmp_path)
    partial_ledger(book)
    out = tmp_path / "sum.docx"
    result = CliRunner().invoke(main, ["docx", str(book), "--draft", "--no-charts", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = _text(out)
    assert "年末总数达到30家" in text  # the ledger's figure is still the one used (a 须核对 says so)
    assert "零的突破" not in text, [line for line in text.splitlines() if "零的突破" in line]
