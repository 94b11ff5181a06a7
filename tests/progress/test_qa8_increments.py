"""QA8 F23: a 新增 target's 月度数据 row is named as 科室数据 names it (新增规上工业企业), is read
for the 进度通报 under that name, and an error says so when the row holds year-end totals."""

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import clear_review_notes
from tests.plan.test_qa8_init import COUNTY_TABLE
from tests.summary.docx_readback import body_text


def _workbook(tmp_path: Path, monthly: dict[str, list]) -> Path:
    plan = tmp_path / "plan.txt"
    plan.write_text(COUNTY_TABLE, encoding="utf-8")
    out = tmp_path / "县2025.xlsx"
    made = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert made.exit_code == 0, made.output
    clear_review_notes(out)  # the office checks the flagged rows against the plan first
    book = openpyxl.load_workbook(out)
    settings = book["设置"]
    for row in settings.iter_rows(min_row=2):
        key = row[0].value
        if key == "城市名称":
            row[1].value = "某某县"
        elif key == "单位名称":
            row[1].value = "某某县科学技术局"
        elif key == "报送月份":
            row[1].value = 6
    figures = {"新增规上工业企业": (10, 5), "制造业增加值占GDP比重": (32.8, 32.1), "新增高层次人才": (14, 12),
               "新增青年人才": (1320, 1150), "新增省市级科研平台": (6, 4)}
    dept = book["科室数据"]
    header = [c.value for c in dept[1]]
    for row in dept.iter_rows(min_row=2):
        name = row[header.index("指标")].value
        if name in figures:
            row[header.index("本年数")].value, row[header.index("上年数")].value = figures[name]
    sheet = book["月度数据"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value in monthly:
            for i, v in enumerate(monthly[row[0].value]):
                row[2 + i].value = v
    book.save(out)
    return out


def test_init_names_a_new_target_s_monthly_row_as_the_new_figure(tmp_path):
    out = _workbook(tmp_path, {})
    names = [r[0] for r in openpyxl.load_workbook(out)["月度数据"].iter_rows(min_row=2, values_only=True)]
    assert "新增规上工业企业" in names and "新增省市级科研平台" in names
    assert "规上工业企业" not in names
    assert "制造业增加值占GDP比重" in names  # a 总量 target keeps its name


def test_the_new_figure_row_is_read_by_the_progress_bulletin(tmp_path):
    out = _workbook(tmp_path, {"新增规上工业企业": [1, 2, 4, 6, 8, 10]})
    checked = CliRunner().invoke(main, ["check", str(out)])
    assert "都不对应" not in checked.output, checked.output
    doc = tmp_path / "进度.docx"
    made = CliRunner().invoke(main, ["progress", str(out), "-o", str(doc), "--no-charts"])
    assert made.exit_code == 0, made.output
    text = body_text(doc).replace("\n", "")
    assert "新增规上工业企业累计完成10家，完成年度目标的40.0%" in text


def test_totals_typed_in_a_new_target_s_monthly_row_are_an_error(tmp_path):
    out = _workbook(tmp_path, {"新增规上工业企业": [190, 192, 194, 196, 198, 200]})
    checked = CliRunner().invoke(main, ["check", str(out)])
    assert checked.exit_code == 1, checked.output
    assert "工作表「月度数据」 单元格 C" in checked.output
    assert "看起来填的是年末总数，不是本年新增数" in checked.output
    assert "「科室数据」D" in checked.output and "本年新增数只有 10家" in checked.output
    assert "越报越少" not in checked.output  # the same row: one message
    doc = tmp_path / "进度.docx"
    refused = CliRunner().invoke(main, ["progress", str(out), "-o", str(doc), "--no-charts"])
    assert refused.exit_code != 0 and not doc.exists()
    assert "800.0%" not in refused.output


def test_a_new_target_well_ahead_is_no_error(tmp_path):
    # 6 new platforms by June against 14 for the year (and 科室数据 6): ahead, not totals
    out = _workbook(tmp_path, {"新增省市级科研平台": [0, 1, 2, 3, 5, 6], "新增规上工业企业": [1, 2, 4, 6, 8, 10]})
    checked = CliRunner().invoke(main, ["check", str(out)])
    assert "年末总数" not in checked.output, checked.output
