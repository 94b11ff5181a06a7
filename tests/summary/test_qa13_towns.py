"""A county bureau's 乡镇 in 指标结果, the notices and the progress notice (qa13 F16 F30 …)."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.summary.qa13_books import tongxin_book


def _county_block(out) -> list[tuple]:
    rows = list(openpyxl.load_workbook(out)["指标结果"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] and str(r[0]).startswith("乡镇指标"))
    return rows[start:]


def test_results_sheet_says_growth_ranks_and_gives_no_rank_to_zero(tmp_path):
    out = tongxin_book(tmp_path)
    run = CliRunner().invoke(main, ["fill", str(out)])
    assert run.exit_code == 0, run.output
    block = _county_block(out)
    assert "技术合同成交额按增速排位次" in block[0][0]  # F16: 附件2 says 增速位次, so does the sheet
    header = list(block[1])
    col = header.index("技术合同成交额（亿元）")
    assert header[col + 1] == "增速位次"
    firms = header.index("高新技术企业（家）")
    towns = {r[0]: r for r in block[2:] if r[0]}
    assert towns["预旺镇"][firms] == 0 and towns["预旺镇"][firms + 1] == "—"  # F30: was 位次 6
    assert towns["豫海镇"][firms + 1] == 1
