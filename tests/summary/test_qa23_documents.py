"""qa23: the documents of the 锦州市 2019 workbook (tests/qa23_book.py: ``init`` on the office's Excel
目标任务分解表), read as the office reads them."""

from __future__ import annotations

from types import SimpleNamespace

import docx
import pytest

from tests.helpers import cli_ok, copy_book
from tests.qa23_book import jinzhou_book


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return jinzhou_book(tmp_path_factory.mktemp("qa23docs"))


@pytest.fixture(scope="module")
def summary(book):
    out = book.parent / "总结.docx"
    cli_ok("docx", book, "-o", out, "--no-charts")
    return docx.Document(str(out))


def _notes(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.startswith("注：")]


def test_a_growth_targets_row_is_not_called_a_share(summary):
    # F11: 附件1's note said "比重类指标（单位为%）的“完成率”栏为与年度目标相比增减的百分点，“同比”栏为比上年增减的
    # 百分点" under a table whose only % row is 规模以上工业企业高新技术产品增加值增速 (完成 30.0, 完成率 +5.0, 同比 —)
    (note,) = _notes(summary)
    assert "比重类" not in note
    assert note == ("注：增速目标的“完成”栏为本年增速，“完成率”栏为实际增速高于（+）或低于（-）目标增速的百分点。")


def test_the_note_has_a_clause_for_each_kind_of_row_present():
    from dataclasses import replace

    from kjreport.summary.tables import completion_note
    from tests.summary.report_factory import make_report

    caps = SimpleNamespace(completion_table_note="注：旧注。", completion_table_note_ratio="比重",
                           completion_table_note_growth="增速")
    report = make_report()  # 11 targets, three of them shares (比重)
    assert completion_note(caps, report) == "注：比重。"
    growth = replace(report.results[0], name="高新技术产业产值（增速）", achieved=15.0,
                     target=replace(report.results[0].target, kind="增速", value=12.0, unit="%"))
    report.results.append(growth)
    assert completion_note(caps, report) == "注：比重；增速。"
    report.results = [r for r in report.results if r.measured[1] != "%" or r is growth]
    assert completion_note(caps, report) == "注：增速。"
    report.results.remove(growth)
    assert completion_note(caps, report) == ""
    # a copied older captions.j2 has one fixed note: said under a table with either kind of row
    older = SimpleNamespace(completion_table_note="注：旧注。")
    assert completion_note(older, report) == ""
    report.results.append(growth)
    assert completion_note(older, report) == "注：旧注。"


def test_a_county_column_without_a_target_is_stated_in_the_notices_unranked(book, tmp_path):
    # F7: every county reported 技术合同成交额 (县区数据's second column), no target names it: no county
    # notice said it, while each stated 新增高新技术企业. (Its target came from 县区分解's 合计 row, unread
    # then — F9: here the office keeps the column, not the target.) A notice states it as a figure and
    # its change, without a rank: 附件2 ranks what the bureau tracks only (QA4 F11c, QA6 F3)
    import openpyxl

    book = copy_book(book, tmp_path)
    wb = openpyxl.load_workbook(book)
    targets = wb["目标任务"]
    (row,) = [r for r in range(2, targets.max_row + 1) if targets.cell(r, 1).value == "技术合同成交额"]
    targets.delete_rows(row)
    wb.save(book)
    folder = tmp_path / "通报"
    cli_ok("docx", book, "--by", "县区", "-o", folder, "--no-charts")
    gu = docx.Document(str(folder / "古塔区2019年科技工作通报.docx"))
    text = "".join(p.text for p in gu.paragraphs)
    assert "在7个县（市）区中并列第3位。技术合同成交额1.2亿元，同比增长33.3%。" in text
    table = [[c.text for c in row.cells] for row in gu.tables[0].rows]
    assert ["技术合同成交额", "亿元", "1.2", "33.3%", "—"] in table
    # 义县 is lowest of 7 on it: no place, no 末位, no shortfall
    yi = "".join(p.text for p in docx.Document(str(folder / "义县2019年科技工作通报.docx")).paragraphs)
    assert "技术合同成交额0.4亿元，同比增长33.3%。" in yi and "末位" not in yi and "第7位" not in yi
    # 附件2 of the summary still compares the targeted column alone
    cli_ok("docx", book, "-o", tmp_path / "总结.docx", "--no-charts")
    annex = [[c.text for c in row.cells] for row in docx.Document(str(tmp_path / "总结.docx")).tables[1].rows]
    assert "技术合同成交额（亿元）" not in annex[0] and annex[0][1] == "新增高新技术企业（家）"
