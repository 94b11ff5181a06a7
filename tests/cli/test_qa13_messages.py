"""Messages a new bureau meets after `init --plan` (qa13): the cell a slip is in, the place a
plan's title names, the plan given to `fill` by mistake."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

CORPUS = Path(__file__).parents[1] / "plan" / "corpus"


def _init(tmp_path: Path, plan: str, year: int, name: str | None = None) -> tuple[Path, str]:
    source = tmp_path / (name or plan)
    shutil.copy(CORPUS / plan, source)
    out = tmp_path / f"{year}.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", str(year), "--plan", str(source), str(out)])
    assert run.exit_code == 0, run.output
    return out, run.output


def _rows(book, sheet: str = "科室数据") -> dict:
    return {r[1].value: r for r in book[sheet].iter_rows(min_row=2) if r[1].value}


def test_a_total_typed_into_the_new_row_names_the_new_row(tmp_path):
    out, _ = _init(tmp_path, "2018_handan_news.txt", 2018)
    book = openpyxl.load_workbook(out)
    rows = _rows(book)
    new, stock = rows["新增科技型中小企业"], rows["科技型中小企业"]
    new[3].value, new[4].value = 8700, 1210  # the year-end total typed as this year's 新增
    stock[3].value, stock[4].value = 8800, 7350
    book.save(out)
    run = CliRunner().invoke(main, ["check", str(out)])
    slip = next(line for line in run.output.splitlines() if "可能填的是年末总数" in line)
    assert f"单元格 D{new[3].row}：「新增科技型中小企业」本年数 8700家" in slip, slip
    assert f"D{stock[3].row}" not in slip


def _settings(out: Path) -> dict:
    return {r[0]: r[1] for r in openpyxl.load_workbook(out)["设置"].iter_rows(values_only=True)}


def test_a_title_opening_with_the_place_fills_the_city(tmp_path):
    out, output = _init(tmp_path, "2023_nanning_fangan.txt", 2023, "南宁市落实科技强桂行动实施方案.txt")
    assert "没有写明是哪个市" not in output, output
    assert _settings(out)["城市名称"] == "南宁市"


def test_the_signature_after_the_body_gives_the_bureau(tmp_path):
    text = (CORPUS / "2026_tongxin_fangan.txt").read_text(encoding="utf-8")
    source = tmp_path / "同心县科技创新高质量发展工作方案.txt"
    source.write_text(text.rstrip() + "\n\n同心县科学技术局\n2024年8月1日\n", encoding="utf-8")
    out = tmp_path / "2026.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2026", "--plan", str(source), str(out)])
    assert run.exit_code == 0, run.output
    assert _settings(out)["单位名称"] == "同心县科学技术局"
    assert "单位名称按惯例" not in run.output and "单位名称未填写" not in run.output


def test_a_fresh_workbook_gets_the_usual_bureau_name_and_check_exits_0(tmp_path):
    out, output = _init(tmp_path, "2026_tongxin_fangan.txt", 2026, "同心县科技创新高质量发展工作方案.txt")
    assert _settings(out)["单位名称"] == "同心县科学技术局"
    assert "单位名称按惯例填为“同心县科学技术局”" in output
    run = CliRunner().invoke(main, ["check", str(out)])
    assert run.exit_code == 0, run.output  # README: a fresh workbook's check only lists what to fill


def test_a_missing_bureau_name_example_uses_the_workbooks_own_place(tmp_path):
    out, _ = _init(tmp_path, "2026_tongxin_fangan.txt", 2026, "同心县科技创新高质量发展工作方案.txt")
    book = openpyxl.load_workbook(out)
    for row in book["设置"].iter_rows(min_row=2):
        if row[0].value == "单位名称":
            row[1].value = None
    book.save(out)
    run = CliRunner().invoke(main, ["check", str(out)])
    assert "缺少设置项「单位名称」；请在「设置」表中填写（如：同心县科学技术局）" in run.output, run.output
    assert "鲁泽市" not in run.output


def test_a_plan_given_to_fill_is_called_a_plan_not_a_csv_table(tmp_path):
    plan = tmp_path / "同心县科技创新高质量发展工作方案.txt"
    shutil.copy(CORPUS / "2026_tongxin_fangan.txt", plan)
    run = CliRunner().invoke(main, ["fill", str(plan)])
    assert run.exit_code == 1
    assert "CSV" not in run.output and "另存为" not in run.output, run.output
    assert f"kjreport init --year 年度 --plan {plan.name} 工作簿.xlsx" in run.output
    # a real table saved as text is still one
    table = tmp_path / "县区数据.txt"
    table.write_text("县区,技术合同成交额,高新技术企业\n清河区,1.2,30\n西山县,0.8,12\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["fill", str(table)])
    assert "实际是 CSV 文本（只是扩展名为 .txt）" in run.output, run.output


def test_an_added_target_without_data_is_one_error_naming_both_ways(tmp_path):
    out, _ = _init(tmp_path, "2026_tongxin_fangan.txt", 2026, "同心县科技创新高质量发展工作方案.txt")
    book = openpyxl.load_workbook(out)
    ws = book["目标任务"]
    head = [c.value for c in ws[1]]
    row = ws.max_row + 1
    for key, value in (("指标", "研发投入强度"), ("目标值", 2.5), ("单位", "%"), ("比较", "≥")):
        ws.cell(row, head.index(key) + 1, value)
    book.save(out)
    run = CliRunner().invoke(main, ["check", str(out)])
    errors = [line for line in run.output.splitlines() if line.startswith("[错误]")]
    gdp = [line for line in errors if "地区生产总值" in line]
    assert len(gdp) == 1, run.output  # was three: 乡镇数据 A1, 乡镇上年数据 A1 and the target
    assert f"单元格 A{row}：目标「研发投入强度」" in gdp[0]
    assert "请在「科室数据」中添加一行「研发投入强度」，填全县的本年数" in gdp[0]
    assert "县区." not in run.output  # no internal input id
