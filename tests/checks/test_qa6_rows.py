"""QA round 6 (临清2024, 长春2023): values in the wrong row, not-applicable marks, unit cells.

Each test types a slip into a copy of the sample the way a clerk does in Excel (openpyxl), then
runs the real ``kjreport check`` (or ``docx``) and reads what the clerk would read.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source
from tests.checks.test_figures_fit import at, cli_check
from tests.conftest import complete_sample_progress
from tests.indicators.test_reported_workbook import department_row, edit, target
from tests.summary.docx_readback import body_text

# --- F5: a 上年数 typed into the wrong row ------------------------------------------------------

def _linqing_rows(high_tech_previous=None, rd_previous=18.0):
    """科室数据 rows 6–8 as 临清 typed them: 新增高企 24 家 (上年数 left empty), 新增科小, 研发投入
    12.6 亿元 whose 上年数 18 is 新增高企's (its own is 10.8); target 研发投入 增长 15%."""
    return (department_row("高新科", "新增高新技术企业", "家", 24, high_tech_previous),
            department_row("高新科", "新增科技型中小企业", "家", 36, 28),
            department_row("计划科", "研发投入", "亿元", 12.6, rd_previous),
            target("研发投入", 15, "%", 条目="四.3.2", 类型="增速"))


def test_a_last_year_figure_in_the_wrong_row_is_a_hint_naming_both_cells(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", *_linqing_rows())
    problems = check_source(path)
    [hint] = at(problems, "科室数据", "E8")
    assert hint.severity == "提示"
    assert "「研发投入」的上年数 18 与其本年数 12.6亿元 相差较大（同比下降30.0%，年度目标为增长15%）" in hint.found
    assert "第 6 行「新增高新技术企业」本年数为 24家、上年数为空（E6）" in hint.found
    assert "18 可能是「新增高新技术企业」的上年数" in hint.expected and "E6 和 E8" in hint.expected
    assert not [p for p in problems if p.severity == "错误"]
    assert "单元格 E8：「研发投入」的上年数 18" in cli_check(path).output


def test_a_new_row_without_last_year_beside_ordinary_rows_is_silent(sample_path, tmp_path):
    # 研发投入 10.8 → 12.6 (+16.7 %, target 15 %): nothing typed in the wrong row
    problems = check_source(edit(sample_path, tmp_path / "f.xlsx", *_linqing_rows(rd_previous=10.8)))
    assert not [p for p in problems if "上年数" in p.found]


def test_a_growth_target_without_last_year_says_so(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", *_linqing_rows(high_tech_previous=20, rd_previous=None))
    problems = check_source(path)
    [hint] = at(problems, "科室数据", "E8")
    assert hint.severity == "提示" and hint.found == "「研发投入」没有上年数，无法计算同比"
    assert "年度目标（增长15%）要用上年数计算：请在「科室数据」E8 填写「研发投入」的上年数" in hint.expected
    assert "【待补充】" in hint.expected


def test_a_new_target_on_a_stock_without_last_year_says_so(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("高新科", "孵化器", "家", 12, None),
                target("孵化器", 3, "家", 条目="二.2.3", 类型="新增"))
    [hint] = at(check_source(path), "科室数据", "E6")
    assert hint.found == "「孵化器」没有上年数，无法计算新增数" and "年度目标（新增3家）" in hint.expected


def _first_target(wb):
    """Move the last 目标任务 row (研发投入 增长 15%) to the top: listed first among the missed."""
    ws = wb["目标任务"]
    last = [c.value for c in ws[ws.max_row]]
    ws.delete_rows(ws.max_row)
    ws.insert_rows(2)
    for col, v in enumerate(last, 1):
        ws.cell(2, col, v)


def test_a_missed_growth_target_states_its_decline_once(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", *_linqing_rows(), _first_target)
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts", "--force"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    problems = text[text.index("二、存在的问题"):text.index("三、")]
    # the fall is said once (the overview), the result against its target once (the body, qa14b F5);
    # 存在的问题 names it without those figures
    assert text.count("下降30.0%") == 1 and "全年实现研发投入12.6亿元，低于增长15%的年度目标。" in text, text
    assert "研发投入增速未达到年度目标" in problems, problems
    # the missed counts are said once, in one sentence of rates (qa12b F20); their falls are told in
    # the body, once (qa12b F7)
    assert "省科技成果重点推广计划项目和一区五园高新技术产业产值分别完成年度目标的80.0%和86.0%" in problems
    assert problems.count("下降13.0%") <= 1 and text.count("省科技成果重点推广计划项目达到20项，同比下降13.0%") == 1, text


# --- F7: 「/」「—」「无」 in a number cell, a blank unit row, 【待补充】 in the annex -----------------

def _towns_without_targets(wb):
    """The sample as a 县级市 bureau would have it: no target counted from 县区数据 (the targets
    are 科室数据 rows), so a 「/」 in a county column is no figure any target needs."""
    ws = wb["目标任务"]
    ws.delete_rows(2, ws.max_row)
    ws.append(["来市指导院士", 10, "名", "≥", "二.2.2", "合作科"])


def test_not_applicable_marks_are_blanks_told_once_per_sheet(sample_path, tmp_path):
    """leftover7a item 4 (changed behaviour): a cell marked not applicable shows "—" in the
    summary's county table with one 注 under it, and in the notices; it is no 【待补充】, is not
    counted as missing and does not block send — and check says so."""
    def change(wb):
        _towns_without_targets(wb)
        ws = wb["县区数据"]
        ws["F3"], ws["D5"], ws["G7"] = "/", "—", "不适用"
    path = edit(sample_path, tmp_path / "f.xlsx", change)
    complete_sample_progress(path)  # the sample's two items without material: no other 【待补充】
    problems = check_source(path)
    assert not [p for p in problems if p.severity == "错误"], problems
    [hint] = [p for p in problems if "不适用" in p.found]
    assert (hint.sheet, hint.cell, hint.severity) == ("县区数据", "F3", "提示")
    assert hint.found.startswith("F3、D5、G7 填的是「/」「—」「不适用」，已按“不适用”（空白）读取")
    assert "总结和通报的表中显示为“—”" in hint.found and "不算缺报" in hint.found
    assert not [p for p in problems if "【待补充】" in p.found]  # no annex cell left to fill
    result = cli_check(path)
    assert result.exit_code == 0 and "不是数字" not in result.output
    out = tmp_path / "总结.docx"
    made = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts", "--force"])
    assert made.exit_code == 0 and "【待补充】" not in made.output, made.output  # the same cells, in Word
    document = docx.Document(out)
    annex = document.tables[-1]
    head = [c.text for c in annex.rows[0].cells]
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in annex.rows[1:]}
    rd, share = head.index("全社会R&D经费投入（亿元）"), head.index("全社会R&D经费投入占GDP比重（%）")
    assert rows["金堤县"][rd:rd + 2] == ["—", "—"] and rows["金堤县"][share:share + 2] == ["—", "—"]
    assert rows["丰源区"][share:share + 2] == ["—", "—"] and rows["丰源区"][rd] not in ("—", "【待补充】")
    assert not [c for r in rows.values() for c in r if "待补充" in c]
    notes = [p.text for p in document.paragraphs if p.text.startswith("注：")]
    assert notes[-1] == "注：“—”表示不适用或无此项。"

    folder = tmp_path / "通报"
    made = CliRunner().invoke(main, ["docx", str(path), "--by", "县区", "-o", str(folder), "--no-charts"])
    assert made.exit_code == 0 and "【待补充】" not in made.output, made.output
    [notice] = folder.glob("金堤县*.docx")
    document = docx.Document(notice)
    text = body_text(notice)
    assert "待补充" not in text and "尚未报送" not in text
    table = {r.cells[0].text: [c.text for c in r.cells] for r in document.tables[0].rows[1:]}
    assert table["全社会R&D经费投入"][2:] == ["—", "—", "—"]
    assert "“—”表示不适用或无此项" in text


def test_a_not_applicable_mark_a_target_needs_is_an_error_naming_the_target(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", lambda wb: wb["县区数据"].__setitem__("D3", "/"))
    problems = check_source(path)
    [error] = at(problems, "县区数据", "D3")
    assert error.severity == "错误"
    assert error.found == "填的是「/」（不适用），但年度目标「全社会R&D经费投入」要用「全社会R&D经费支出」列计算全市合计"
    assert error.expected.startswith("该单元格应填写数值（单位：万元）")
    assert not [p for p in problems if p.severity == "提示" and ("不适用" in p.found or "【待补充】" in p.found)]


def test_a_blank_unit_row_is_one_hint_and_its_annex_cells_are_named(sample_path, tmp_path):
    def change(wb):
        _towns_without_targets(wb)
        for c in "BCDEFGHI":
            wb["县区数据"][f"{c}6"] = None
    problems = check_source(edit(sample_path, tmp_path / "f.xlsx", change))
    [row] = [p for p in problems if "整行为空" in p.found]
    assert (row.cell, row.severity) == ("A6", "提示") and row.found == "「凤城县」整行为空（B6:I6 均未填写）"
    assert "【待补充】" in row.expected
    [annex] = [p for p in problems if "【待补充】" in p.found]
    assert "凤城县（" in annex.found
    assert not [p for p in problems if p.severity == "错误"]


def test_a_rolled_over_workbook_gets_no_blank_row_hints(sample_path, tmp_path):
    def change(wb):
        _towns_without_targets(wb)
        for r in range(2, 12):
            for c in "BCDEFGHI":
                wb["县区数据"][f"{c}{r}"] = None
    problems = check_source(edit(sample_path, tmp_path / "f.xlsx", change))
    assert not [p for p in problems if "整行为空" in p.found or "【待补充】" in p.found]


def test_a_department_figure_marked_not_applicable(sample_path, tmp_path):
    # 来市指导专家 本年数 「/」: its target (100 名) needs it, an error naming the target;
    # 财政科技拨款 上年数 「无」: no target needs it, one hint
    def change(wb):
        wb["科室数据"]["D4"], wb["科室数据"]["E5"] = "/", "无"
    problems = check_source(edit(sample_path, tmp_path / "f.xlsx", change))
    [error] = at(problems, "科室数据", "D4")
    assert error.severity == "错误" and error.found == "填的是「/」（不适用），但年度目标「来市指导专家」要用这一项的本年数"
    [hint] = at(problems, "科室数据", "E5")
    assert hint.severity == "提示" and hint.found.startswith("E5 填的是「无」，已按“不适用”（空白）读取")
    assert "该单元格本应有数据" in hint.expected
    assert [p.cell for p in problems if p.severity == "错误"] == ["D4"]


# --- F14: a 科室数据 row's 单位 changed (亿元 → 万元) with its figures kept ------------------------

def test_a_changed_unit_cell_is_the_error_not_the_figure(sample_path, tmp_path):
    # 财政科技拨款 2.35 / 1.98 亿元 (target 2.5 亿元 added): 单位 C5 typed 万元, figures kept
    path = edit(sample_path, tmp_path / "f.xlsx", target("财政科技拨款", 2.5, "亿元", 条目="四.3.2"),
                lambda wb: wb["科室数据"].__setitem__("C5", "万元"))
    problems = check_source(path)
    [error] = [p for p in problems if p.severity == "错误"]
    assert (error.sheet, error.cell) == ("科室数据", "C5")
    assert error.found.startswith("「单位」C5 为万元，但「财政科技拨款」的本年数 2.35、上年数 1.98 与年度目标 2.5亿元 同一量级")
    assert error.expected.startswith("是否应为亿元？") and "把 C5 改为「亿元」" in error.expected
    assert "表头漏写" not in error.expected
    assert "单元格 C5：「单位」C5 为万元" in cli_check(path).output


def test_figures_typed_in_wan_under_yi_name_the_unit_cell_too(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", target("财政科技拨款", 2.5, "亿元", 条目="四.3.2"),
                lambda wb: (wb["科室数据"].__setitem__("D5", 23500), wb["科室数据"].__setitem__("E5", 19800)))
    [error] = [p for p in check_source(path) if p.severity == "错误"]
    assert error.cell == "C5" and "与年度目标 25000万元 同一量级（按亿元计是年度目标的 9400 倍）" in error.found


def test_a_small_count_doubling_beside_a_new_row_is_silent(sample_path, tmp_path):
    # 省级研发平台 5 → 12 家 beside a new row 新型研发机构 4 家 (no 上年数): ordinary for small counts
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("合作科", "新型研发机构", "家", 4, None),
                department_row("合作科", "省级研发平台", "家", 12, 5))
    assert not [p for p in check_source(path) if "上年数" in p.found]


def test_a_last_year_figure_marked_not_applicable_that_a_growth_target_needs_is_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", *_linqing_rows(high_tech_previous=20, rd_previous="/"))
    problems = check_source(path)
    [error] = at(problems, "科室数据", "E8")
    assert error.severity == "错误"
    assert error.found == "填的是「/」（不适用），但年度目标（增长15%）要用「研发投入」的上年数"
    assert not [p for p in problems if "不适用" in p.found and p.severity == "提示"]
