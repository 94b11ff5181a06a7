"""qa23: a plan kept as an Excel workbook (the bureau's 年度目标任务分解表, .xlsx) is read as a Word
table is: one line a row, its cells apart by tabs. Before, ``plan show``/``plan import``/``init --plan``
refused it ("可能是 Excel 等其他格式")."""

from __future__ import annotations

import hashlib
from datetime import datetime

import openpyxl
import pytest

from kjreport.plan import import_plan
from kjreport.plan.reader import read_plan
from tests.helpers import cli, cli_ok
from tests.qa23_book import PLAN, SAVED_AS, YEAR, write_plan_xlsx


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _targets(path, year=YEAR):
    return [(t.value, t.unit, t.comparison, t.kind) for t in import_plan(path, year=year).targets]


def test_the_office_workbook_gives_the_targets_of_the_text(tmp_path):
    plan = write_plan_xlsx(tmp_path / SAVED_AS)
    # and one more: 县区分解's 合计 row, its =SUM formulas computed as Excel would have saved them
    # (F9; its 新认定国家级高新技术企业 10 is the 分解表's 新增10家 again)
    assert _targets(plan) == [*_targets(PLAN), (10.7, "亿元", "≥", "总量")]
    assert len(_targets(plan)) == 10
    names = [t.indicator for t in import_plan(plan, year=YEAR).targets]
    # the table's 指标名称 column names them (the text's sentence gave "规模以上工业企业")
    assert names[0] == "规模以上工业企业高新技术产品增加值"


def test_plan_show_and_init_read_the_workbook_and_leave_it_as_it_was(tmp_path):
    plan = write_plan_xlsx(tmp_path / SAVED_AS)
    before = _digest(plan)
    shown = cli_ok("plan", "show", plan, "--year", YEAR).output
    assert "量化目标（2019年，10 项）" in shown
    # the 上年完成 column is the year before's results, and the row named is the sheet's row
    # (an empty row stands between the groups: 新认定国家级高新技术企业 is row 6)
    assert "第6行（条目 总）「6家」往年实绩或现状，不是目标" in shown
    book = tmp_path / "2019年工作簿.xlsx"
    cli_ok("init", "--year", YEAR, "--plan", plan, book)
    targets = openpyxl.load_workbook(book)["目标任务"]
    assert sum(1 for r in range(2, targets.max_row + 1) if targets.cell(r, 1).value) == 10
    assert _digest(plan) == before


def _book(tmp_path, rows, name="plan.xlsx", formats=None, merges=()):
    if name.endswith(".txt"):  # the same rows as a .docx table or a pasted table gives them
        text = "\n".join("\t".join("" if v is None else str(v) for v in row) for row in rows)
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
        return tmp_path / name
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for (r, c), fmt in (formats or {}).items():
        sheet.cell(r, c).number_format = fmt
    for merge in merges:
        sheet.merge_cells(merge)
    path = tmp_path / name
    book.save(path)
    return path


def test_cells_are_read_as_excel_shows_them(tmp_path):
    rows = [
        ["2024年目标任务分解表"],
        [None, "序号", "指标名称", "单位", "2024年目标", "上年完成", "备注"],
        [None, 1, "研发投入强度", "%", 0.033, 0.031, None],
        [None, 2, "新增科技型中小企业", "家", 15, 12.0, None],
        [None, None, None, None, None, None, None],
        [None, 3, "技术合同成交额", "亿元", 6.5, 0.1 + 0.2, datetime(2024, 6, 30)],
    ]
    path = _book(tmp_path, rows, formats={(3, 5): "0.0%", (3, 6): "0.0%", (4, 5): '0"家"'},
                 merges=["A1:G1"])
    lines = [(line.number, line.text) for line in read_plan(path)[0]]
    assert lines == [
        (1, "2024年目标任务分解表"),  # merged across: once; the empty column A is left out
        (2, "序号\t指标名称\t单位\t2024年目标\t上年完成\t备注"),
        (3, "1\t研发投入强度\t%\t3.3%\t3.1%"),  # stored 0.033 in a percent format
        (4, "2\t新增科技型中小企业\t家\t15家\t12"),  # the format's own text; 12.0 as 12
        (6, "3\t技术合同成交额\t亿元\t6.5\t0.3\t2024年6月30日"),  # no float noise; a date in words
    ]


def test_a_group_merged_down_is_read_in_each_row_and_later_sheets_follow(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["序号", "类别", "指标名称", "年度目标"], [1, "创新主体", "高新技术企业", "新增15家"],
                [2, None, "科技型中小企业", "入库200家"]):
        sheet.append(row)
    sheet.merge_cells("B2:B3")
    hidden = book.create_sheet("草稿")
    hidden.append(["不该读到", "这一张"])
    hidden.sheet_state = "hidden"
    book.create_sheet("县区分解").append(["县区", "高新技术企业（家）"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    lines = [(line.number, line.text) for line in read_plan(path)[0]]
    assert lines == [
        (1, "序号\t类别\t指标名称\t年度目标"),
        (2, "1\t创新主体\t高新技术企业\t新增15家"),
        (3, "2\t创新主体\t科技型中小企业\t入库200家"),
        (4, "县区\t高新技术企业（家）"),  # the next visible sheet, numbered on
    ]


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.txt"])
def test_a_figure_without_a_unit_beside_an_empty_unit_cell(name, tmp_path):
    # an empty 单位 cell (an index has none) ran the row's cells together: the two tabs around it
    # were one separator, every cell moved one column left and 区域科技创新指数 read "≥128160"
    rows = [["序号", "指标名称", "单位", "2024年目标", "上年完成", "责任科室"],
            [1, "区域科技创新指数", None, 160, 128, "计划科"],
            [2, "高新技术企业", "家", 120, 96, "高新科"]]
    path = _book(tmp_path, rows, name)
    assert _targets(path, 2024) == [(160, "", "≥", "总量"), (120, "家", "≥", "总量")]


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.txt"])
@pytest.mark.parametrize(("note", "comparison"), [("左右", "≈"), ("以内", "≤"), ("以上", "≥"), ("不超过", "≤")])
def test_a_word_in_the_remarks_column_qualifies_the_figure(note, comparison, name, tmp_path):
    # the 备注 column was not read: "6 | % | 左右" became ≥6%
    rows = [["序号", "指标名称", "单位", "2024年目标", "备注"],
            [1, "地区生产总值增长", "%", 6, note]]
    path = _book(tmp_path, rows, name)
    assert [(t.value, t.comparison) for t in import_plan(path, year=2024).targets] == [(6, comparison)]


def test_a_damaged_workbook_is_refused_in_chinese_and_left_as_it_was(tmp_path):
    plan = write_plan_xlsx(tmp_path / SAVED_AS)
    plan.write_bytes(plan.read_bytes()[:3000])  # cut short, as a broken download is
    before = _digest(plan)
    result = cli("plan", "show", plan, "--year", YEAR)
    assert result.exit_code != 0
    assert f"{SAVED_AS} 无法作为 Excel 工作簿打开" in result.output
    assert "另存为 .xlsx" in result.output
    assert _digest(plan) == before


def test_an_old_xls_workbook_is_refused_in_chinese(tmp_path):
    from kjreport.plan.reader import OLE_MAGIC

    plan = tmp_path / "目标任务分解表.xls"
    plan.write_bytes(OLE_MAGIC + bytes(4096))
    before = _digest(plan)
    book = tmp_path / "2019年工作簿.xlsx"
    result = cli("init", "--year", YEAR, "--plan", plan, book)
    assert result.exit_code != 0
    assert "目标任务分解表.xls 是旧版 Excel 97–2003 工作簿（.xls）" in result.output
    assert "另存为 .xlsx" in result.output
    assert not book.exists()
    assert _digest(plan) == before


def test_an_empty_workbook_is_refused(tmp_path):
    path = _book(tmp_path, [])
    result = cli("plan", "show", path, "--year", 2024)
    assert result.exit_code != 0
    assert "plan.xlsx 的工作表中没有文字" in result.output


def _department(book) -> dict[str, tuple[object, object, object]]:
    ks = openpyxl.load_workbook(book)["科室数据"]
    return {r[1]: (r[2], r[3], r[4]) for r in ks.iter_rows(min_row=2, values_only=True) if r[1]}


def test_init_puts_the_tables_last_year_column_into_department_last_year(tmp_path):
    # F5: the 分解表's 上年完成 column (72, 6, 17 …: the year before's results) was listed as
    # "往年实绩或现状，不是目标" and left out; 科室数据's 上年数 stayed empty for the office to type again
    plan = write_plan_xlsx(tmp_path / SAVED_AS)
    book = tmp_path / "2019年工作簿.xlsx"
    out = cli_ok("init", "--year", YEAR, "--plan", plan, book).output
    assert "工作意见表格中的上年完成数已填入「科室数据」的上年数（8 项：" in out
    rows = _department(book)
    assert rows["规模以上工业企业高新技术产品增加值"] == ("亿元", None, 72)  # not the 增速 row's 18.3%
    assert rows["新增高新技术企业"] == ("家", None, 6)  # the 新增 target's row: last year's 新增
    assert rows["高新技术企业"] == ("家", None, 17)  # 累计达到27家: the total
    assert rows["重大关键技术攻关课题"][2] == 26 and rows["推广农业新品种新技术"][2] == 96
    # the workbook so made checks clean once 本年数 are typed over them
    assert cli("check", book).exit_code in (0, 1)


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.txt"])
def test_a_growth_targets_last_year_is_no_figure_of_last_year(name, tmp_path):
    rows = [["序号", "指标名称", "单位", "2024年目标", "上年完成", "责任科室"],
            [1, "技术合同成交额", "亿元", 6.5, 5.8, "成果科"],
            [2, "科技服务业营业收入增长", "%", 15, 12.1, "计划科"],
            [4, "新增科技型中小企业", "家", 15, 12, "高新科"]]
    path = _book(tmp_path, rows, name)
    book = tmp_path / "2024年工作簿.xlsx"
    cli_ok("init", "--year", 2024, "--plan", path, book)
    found = _department(book)
    assert found["技术合同成交额"][2] == 5.8 and found["新增科技型中小企业"][2] == 12
    # last year's growth (12.1%) is not last year's 营业收入 (the row is the figure's, in 亿元)
    assert found["科技服务业营业收入"] == ("亿元", None, None)


def test_a_last_year_figure_is_read_in_the_rows_unit():
    from kjreport.plan.init import _previous_figure

    assert _previous_figure("72亿元", "亿元") == 72 and _previous_figure("6家", "个") == 6
    assert _previous_figure("5800万元", "亿元") == pytest.approx(0.58)
    assert _previous_figure("18.3%", "亿元") is None and _previous_figure("", "家") is None
    assert _previous_figure("截至目前已建成", "家") is None


def test_a_line_of_a_later_sheet_is_named_by_its_sheet_and_own_row(tmp_path):
    # F8: a row of the second sheet was 「第13行」 — numbered on from the first sheet's rows, a row the
    # clerk could not find (the sheet has 4)
    book = openpyxl.Workbook()
    first = book.active
    first.title = "主要指标"
    first.append(["2024年目标任务分解表"])
    first.append(["序号", "指标名称", "单位", "2024年目标", "上年完成", "责任科室"])
    first.append([1, "技术合同成交额", "亿元", 6.5, 5.8, "成果科"])
    first.append([])
    first.append([2, "高新技术企业", "家", 120, 96, "高新科"])
    other = book.create_sheet("其他指标")
    other.append(["其他指标分解"])
    other.append(["序号", "指标名称", "单位", "2024年目标", "上年完成", "责任科室"])
    other.append([1, "新增省级以上创新平台", "家", 5, 3, "计划科"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    lines = read_plan(path)[0]
    assert [(line.number, line.place) for line in lines][-4:] == [
        (5, "「主要指标」第5行"), (6, "「其他指标」第1行"), (7, "「其他指标」第2行"), (8, "「其他指标」第3行")]
    shown = cli_ok("plan", "show", path, "--year", 2024).output
    assert "「其他指标」第3行（条目 总）「3家」往年实绩或现状" in shown
    assert "「主要指标」第5行（条目 总）「96家」往年实绩或现状" in shown
    assert "第8行" not in shown
    # one sheet: its rows are the lines, said as before
    del book["其他指标"]
    book.save(path)
    assert "  第5行（条目 总）「96家」往年实绩或现状" in cli_ok("plan", "show", path, "--year", 2024).output


def test_a_formula_saved_without_its_result_is_computed_or_named(tmp_path):
    # F9: 县区分解's 合计 row (=SUM(B3:B11), written by a program that does not compute) read as
    # 「合计」 alone: the formulas' cells were silently empty
    plan = write_plan_xlsx(tmp_path / SAVED_AS)
    shown = cli_ok("plan", "show", plan, "--year", YEAR).output
    assert "「县区分解」B12 的公式 =SUM(B3:B11) 没有保存计算结果（文件由不计算公式的程序保存），已按公式算得 10 读取" in shown
    assert "「县区分解」C12 的公式 =SUM(C3:C11) 没有保存计算结果" in shown and "算得 10.7 读取" in shown
    assert read_plan(plan)[0][-1].text == "合计\t10\t10.7"
    book = openpyxl.load_workbook(plan)
    book["县区分解"]["B12"] = '=VLOOKUP("合计",A3:B11,2,FALSE)'
    book.save(plan)
    before = _digest(plan)
    shown = cli_ok("plan", "show", plan, "--year", YEAR).output
    assert ('「县区分解」B12 的公式 =VLOOKUP("合计",A3:B11,2,FALSE) 没有保存计算结果（文件由不计算公式的程序保存），'
            "已按空白读取；请在 Excel 或 WPS 中打开该文件并保存一次后重新导入。") in shown
    assert _digest(plan) == before  # read, never written


def test_simple_formulas_are_computed_from_the_saved_figures():
    from kjreport.plan.workbook_formulas import _computed

    sheet = openpyxl.Workbook().active
    for ref, value in {"B3": 2, "B4": 3.5, "B5": "无", "B6": None, "C3": True}.items():
        sheet[ref] = value
    assert _computed("=SUM(B3:B6)", sheet, set()) == 5.5  # a text and a blank pass, as in Excel
    assert _computed("=SUM($B$3,B4, 1)", sheet, set()) == 6.5
    assert _computed("=B3+B4-1", sheet, set()) == 4.5
    assert _computed("=B3+B6", sheet, set()) == 2  # a blank cell is 0
    for other in ("=B3*2", "=B3+B5", "=AVERAGE(B3:B4)", "=B3:B4", "=C3+1", "=Sheet2!B3", "=SUM(B3:B4)/2"):
        assert _computed(other, sheet, set()) is None, other
    assert _computed("=SUM(B3:B4)", sheet, {"B4"}) is None  # a cell whose own formula has no result
