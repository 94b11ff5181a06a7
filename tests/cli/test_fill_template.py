"""``kjreport fill --template FOLDER`` ranks the units as the documents of that folder rank them
(finding 11 of fix24: fill ranked by the default county_types.j2 while ``docx --template`` read the
folder's, so 指标结果's 位次 differed from 附件2's)."""

from __future__ import annotations

import openpyxl

from tests.helpers import cli, cli_ok
from tests.qa20_book import daye_book
from tests.summary.test_qa20_documents import _county_rank, _custom_table

ZONE = "大冶湖高新技术产业园区"


def _ranks(book, indicator: str) -> dict[str, object]:
    rows = list(openpyxl.load_workbook(book)["指标结果"].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] == "乡镇" and any(str(v).startswith(indicator) for v in r[1:] if v))
    col = next(j for j, v in enumerate(rows[head]) if v and str(v).startswith(indicator)) + 1
    return {r[0]: r[col] for r in rows[head + 1:] if r[0]}


def test_fill_ranks_by_the_template_folders_table_as_the_documents_do(tmp_path):
    book = daye_book(tmp_path)
    folder = _custom_table(tmp_path)  # the 高新区 evaluated on 科技特派员, the 街道 not
    cli_ok("fill", book)
    default = _ranks(book, "科技特派员")
    assert default[ZONE] == "—" and default["东风路街道"] not in ("—", None)
    cli_ok("fill", book, "--template", folder)
    ranks = _ranks(book, "科技特派员")
    assert ranks["东风路街道"] == "—" and ranks[ZONE] not in ("—", None)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "--template", folder, "-o", summary)
    assert str(ranks[ZONE]) == _county_rank(summary, ZONE, "科技特派员")


def test_a_missing_template_folder_is_named(tmp_path):
    book = daye_book(tmp_path)
    result = cli("fill", book, "--template", tmp_path / "没有这个目录")
    assert result.exit_code != 0 and "找不到模板目录" in result.output
