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


def _notice(folder, town: str) -> str:
    from tests.summary.docx_readback import body_text

    path = next(p for p in folder.rglob("*.docx") if town in p.name)
    return body_text(path).replace("\n", "")


def test_town_notice_calls_a_period_average_target_what_the_summary_calls_it(tmp_path):
    out = tongxin_book(tmp_path)
    folder = tmp_path / "通报"
    run = CliRunner().invoke(main, ["docx", str(out), "--by", "乡镇", "-o", str(folder)])
    assert run.exit_code == 0, run.output
    text = _notice(folder, "田老庄乡")
    assert "技术合同成交额与上年持平，低于全县年均增长10%的要求" in text, text  # F29
    assert "全县年度目标（增长10%以上）" not in text


def test_progress_notice_says_tied(tmp_path):
    out = tongxin_book(tmp_path)
    folder = tmp_path / "进度"
    run = CliRunner().invoke(main, ["progress", str(out), "--month", "12", "--by", "乡镇", "-o", str(folder),
                                    "--no-charts"])
    assert run.exit_code == 0, run.output
    text = _notice(folder, "丁塘镇")
    assert "高新技术企业2家，与上年持平，并列全县第1位" in text, text  # F35: four 乡镇 have 2
