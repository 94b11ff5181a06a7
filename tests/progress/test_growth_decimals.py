"""qa14b F8: the progress notice's 附件1 states a growth with one decimal, as the summary does.

六安 2021, 12月: 技术合同交易额 33.6亿元 against 21.0 is a growth of 60.0%; 附件1 of the progress
notice printed 「60」 under 「23.8」「28.1」 in the same 累计完成 column (the summary's 附件1: 60.0).
"""

from __future__ import annotations

from pathlib import Path

import docx

from tests.helpers import cli_ok
from tests.luan_book import luan_book


def rows(path: Path) -> dict[str, list[str]]:
    table = docx.Document(str(path)).tables[0]
    return {r.cells[1].text: [c.text for c in r.cells] for r in table.rows[1:]}


def test_a_growth_keeps_one_decimal_in_the_progress_table(tmp_path):
    book = luan_book(tmp_path / "2021年科技工作.xlsx")
    cli_ok("progress", book)
    table = rows(tmp_path / "六安市科学技术局2021年全年目标任务进展情况通报.docx")
    assert table["技术合同交易额增速"][4] == "60.0", table
    assert table["企业研发投入经费增速"][4] == "23.8", table
    assert table["新增高层次科技人才团队"][4] == "2", table  # a count stays whole
