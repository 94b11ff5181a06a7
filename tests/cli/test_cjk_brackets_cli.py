"""qa14b: brackets around Chinese print full-width in what the CLI says and in 指标结果, not only in
Word: names are matched folded (NFKC, ASCII brackets) and were shown folded —
「技术合同成交额(登记)」 in the fill table, the 提示 and the 指标结果 sheet."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import department_row, edit, target


def _book(sample_path, tmp_path):
    return edit(sample_path, tmp_path / "br.xlsx",
                department_row("成果科", "技术合同成交额（登记）", "亿元", 0.62, 0.55),
                target("技术合同成交额（登记）", 1, "亿元"),
                target("科技型中小企业（入库）", 50, "家"))


def test_fill_table_hints_and_results_sheet_keep_full_width_brackets(sample_path, tmp_path):
    path = _book(sample_path, tmp_path)
    result = CliRunner().invoke(main, ["fill", str(path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "技术合同成交额（登记）" in out and "指标「科技型中小企业（入库）」" in out
    assert "(登记)" not in out and "(入库)" not in out
    names = [r[0] for r in openpyxl.load_workbook(path)["指标结果"].iter_rows(values_only=True)]
    assert "技术合同成交额（登记）" in names and "科技型中小企业（入库）" in names


def test_check_messages_keep_full_width_brackets(sample_path, tmp_path):
    result = CliRunner().invoke(main, ["check", str(_book(sample_path, tmp_path))])
    assert "「科技型中小企业（入库）」" in result.output and "(入库)" not in result.output


def test_brackets_around_no_chinese_stay(sample_path, tmp_path):
    from kjreport.errors import Problem

    p = Problem("a.xlsx", "设置", "B2", "公式 (y-ak)", "见(1)式")
    assert "(y-ak)" in p.sentence and "(1)" in p.sentence
