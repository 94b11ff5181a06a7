"""init on qa10's real plans (洛阳 2008, 罗田 2010): the bureau from the file's name when the title
names only the city (F7), and a unit for every 科室数据 row a 增速 target needs (F14, F4); check
errors on such a row left without a unit (F14)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

CORPUS = Path(__file__).parent / "corpus"


def _init(plan: Path, out: Path, year: int) -> None:
    run = CliRunner().invoke(main, ["init", "--year", str(year), "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    return run.output


def test_the_file_name_gives_the_bureau_the_title_leaves_out(tmp_path):
    # the 洛阳晚报 text is titled "洛阳市2008年科技工作要点"; the clerk saved it under the bureau's name
    plan = tmp_path / "洛阳市科学技术局2008年科技工作要点.txt"
    shutil.copy(CORPUS / "2008_luoyang_news.txt", plan)
    output = _init(plan, tmp_path / "洛阳2008.xlsx", 2008)
    assert "单位名称未填写" not in output
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(tmp_path / "洛阳2008.xlsx")["设置"].iter_rows(values_only=True)}
    assert (settings["城市名称"], settings["单位名称"]) == ("洛阳市", "洛阳市科学技术局")
    rows = {r[1]: r[2] for r in openpyxl.load_workbook(tmp_path / "洛阳2008.xlsx")["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert "工业增加值" not in rows and rows["高新技术产业工业增加值"] == "亿元"  # F1
    assert rows["专利申报量"] == "件"  # the catalogue's synonym of 专利申请量 (F4)


def test_growth_targets_on_patents_get_rows_in_pieces_and_check_wants_a_unit(tmp_path):
    plan = tmp_path / "罗田县科学技术局2010年工作要点.txt"
    shutil.copy(CORPUS / "2010_county_plan_allw.txt", plan)
    out = tmp_path / "罗田2010.xlsx"
    _init(plan, out, 2010)
    book = openpyxl.load_workbook(out)
    sheet = book["科室数据"]
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=2) if r[1].value}
    assert rows["专利申请量"][2].value == "件" and rows["专利授权量"][2].value == "件"  # F2, F14
    # an office that clears the unit (or an older workbook) is told (a hint: the summary reads the
    # row as a quantity, never 186 and 165 as percentages)
    rows["专利申请量"][2].value = None
    rows["专利申请量"][3].value, rows["专利申请量"][4].value = 186, 165
    book.save(out)
    run = CliRunner().invoke(main, ["check", str(out)])
    cell = f"C{rows['专利申请量'][2].row}"
    assert f"[提示] {out.name} 工作表「科室数据」 单元格 {cell}：「单位」{cell} 为空，而「专利申请量」的年度目标是增速（增长5%以上）" in run.output


def test_a_growth_of_an_uncatalogued_count_gets_its_unit(tmp_path):
    plan = tmp_path / "某县科学技术局2024年工作要点.txt"
    plan.write_text("某县科学技术局2024年工作要点\n一、主要目标\n全年发明专利申请数增长10%以上，科技型企业数量增长20%。\n",
                    encoding="utf-8")
    out = tmp_path / "x.xlsx"
    _init(plan, out, 2024)
    rows = {r[1]: r[2] for r in openpyxl.load_workbook(out)["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert rows == {"发明专利申请数": "件", "科技型企业": "家"}, rows


def test_reimport_lists_hand_edits_and_needs_force(tmp_path):
    # qa10 F35 (泉州 2024): 目标任务 B5 15→16 and F5 → 计划科 typed by hand, then plan import again
    from tests.plan.test_qa10_plan import QUANZHOU_2024

    plan = tmp_path / "泉州市科技局2024年科技工作要点.txt"
    plan.write_text(QUANZHOU_2024, encoding="utf-8")
    out = tmp_path / "泉州2024.xlsx"
    _init(plan, out, 2024)
    again = CliRunner().invoke(main, ["plan", "import", str(plan), str(out)])
    assert again.exit_code == 0 and "手工修改" not in again.output, again.output  # nothing edited
    book = openpyxl.load_workbook(out)
    sheet = book["目标任务"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "重大科技项目")
    row[1].value, row[5].value = 16, "计划科"
    sheet.append(["科技特派员", 120, "名"])  # a row typed by hand (no 原文)
    added = sheet.max_row
    book.save(out)
    before = out.read_bytes()
    run = CliRunner().invoke(main, ["plan", "import", str(plan), str(out)])
    assert run.exit_code == 1
    n = row[1].row
    assert f"B{n}「重大科技项目」目标值为 16，工作意见为 15，导入后将改回 15" in run.output
    assert f"F{n}「重大科技项目」责任科室为「计划科」" in run.output and "--force" in run.output
    assert f"第{added}行「科技特派员」是手工添加的行（没有原文），导入后将被删除" in run.output
    assert out.read_bytes() == before  # the user's file is untouched
    forced = CliRunner().invoke(main, ["plan", "import", "--force", str(plan), str(out)])
    assert forced.exit_code == 0, forced.output
    assert openpyxl.load_workbook(out)["目标任务"].cell(n, 2).value == 15
