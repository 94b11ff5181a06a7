"""plan import takes the workbook's year from its 设置 sheet; plan show lists the other years."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.helpers import cli

GANSU = Path(__file__).parent / "corpus" / "2025_gansu_plan.txt"


def test_import_into_a_workbook_takes_its_year(tmp_path):
    book = tmp_path / "2030.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "设置"
    wb["设置"].append(["项目", "值"])
    wb["设置"].append(["年度", 2030])
    wb.save(book)
    result = cli("plan", "import", str(GANSU), str(book))
    assert result.exit_code == 0, result.output
    assert "量化目标（2030年，7 项）" in result.output
    # the 2025 targets of the same plan are earlier targets, not past results
    assert "2025年的目标，本年度为2030年" in result.output and "往年实绩" not in result.output
    rows = list(openpyxl.load_workbook(book)["目标任务"].iter_rows(min_row=2, values_only=True))
    assert ("高新技术企业", 3800) in {(r[0], r[1]) for r in rows}


def test_show_with_year_and_the_other_years_listed_once_per_sentence():
    result = cli("plan", "show", str(GANSU), "--year", "2025")
    assert result.exit_code == 0, result.output
    assert "量化目标（2025年，8 项）" in result.output
    assert "以下 7 处是其他年度的目标" in result.output
    assert (
        "「20位」「65%」「280亿元」「40人年」「3800家」「4.5件」「800亿元」2030年的目标"
        in result.output
    )
    assert "争取" not in result.output or "（争取" in result.output


def test_a_plan_of_another_year_is_refused_with_the_year_to_use(tmp_path):
    book = tmp_path / "2011.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "设置"
    wb["设置"].append(["年度", 2011])
    wb.save(book)
    beihu = Path(__file__).parent / "fixtures" / "北湖市2012年科技工作意见_utf8bom.txt"
    result = cli("plan", "import", str(beihu), str(book))
    assert result.exit_code == 1
    assert "目标是2012年的，而要导入的年度是2011年" in result.output
    assert "--year 2012" in result.output
    assert openpyxl.load_workbook(book).sheetnames == ["设置"]  # the workbook is untouched


def test_init_lists_each_indicator_once_in_the_monthly_sheet(tmp_path):
    changde = Path(__file__).parent / "corpus" / "2022_changde_news.txt"
    book = tmp_path / "2022.xlsx"
    result = cli("init", "--year", "2022", "--plan", str(changde), str(book))
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(book)
    header = [c.value for c in wb["目标任务"][1]]
    rows = list(wb["目标任务"].iter_rows(min_row=2, values_only=True))
    kinds = {(r[0], r[header.index("目标类型")]) for r in rows}
    assert {("高新技术企业", "新增"), ("高新技术企业", "总量")} <= kinds
    monthly = [r[0] for r in wb["月度数据"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert monthly.count("高新技术企业") == 1 and len(monthly) == len(rows) - 1
