"""A 总量 target far below the city's own figure is said before a summary prints it (qa16 F12).

鄂尔多斯's 2025 方案 says “完成研发投入1.6亿元” of its 科技“突围” projects; init reads it as 全社会R&D
经费投入. An office that does not rename it fills the 旗区' R&D (60亿元, 54.8亿元 last year) and the
summary said “全社会R&D经费投入60亿元，同比增长9.5%，为年度目标的37.5倍” with no word from check."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.helpers import cli_output
from tests.qa16_book import ordos_book


@pytest.fixture(scope="module")
def ordos(tmp_path_factory):
    return ordos_book(tmp_path_factory.mktemp("ordos"))


@pytest.fixture
def unrenamed(ordos, tmp_path):
    """The office's workbook with the 1.6亿元 target left as init read it (全社会R&D经费投入)."""
    wb = openpyxl.load_workbook(ordos)
    targets = wb["目标任务"]
    row = next(r for r in range(2, targets.max_row + 1) if targets.cell(r, 1).value == "科技突围项目研发投入")
    targets.cell(row, 1).value = "全社会R&D经费投入"
    out = tmp_path / ordos.name
    wb.save(out)
    return out, row


def test_a_target_a_tiny_part_of_the_citys_figure_is_to_be_verified(ordos, unrenamed, tmp_path):
    assert "须核对" not in cli_output("check", ordos)  # renamed as the office did: 150%, 120% are plain 超额完成
    book, row = unrenamed
    result = CliRunner().invoke(main, ["check", str(book)])
    line = next((x for x in result.output.splitlines() if x.startswith("[须核对]")), "")
    assert f"工作表「目标任务」 单元格 B{row}" in line, result.output
    assert "1.6亿元" in line and "60亿元" in line and "37.5 倍" in line, line
    run = CliRunner().invoke(main, ["docx", str(book), "-o", str(tmp_path / "总结.docx"), "--no-charts"])
    assert run.exit_code != 0 and not (tmp_path / "总结.docx").exists(), run.output

