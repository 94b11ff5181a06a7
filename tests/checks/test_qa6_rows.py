"""QA round 6 (临清2024, 长春2023): values in the wrong row, not-applicable marks, unit cells.

Each test types a slip into a copy of the sample the way a clerk does in Excel (openpyxl), then
runs the real ``kjreport check`` (or ``docx``) and reads what the clerk would read.
"""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source
from tests.checks.test_figures_fit import at, cli_check
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
    assert problems.count("研发投入同比下降30.0%") == 1, problems
    assert "一是部分目标任务未能完成。研发投入同比下降30.0%，低于年度目标45个百分点" in problems
    assert "个别指标比上年有所下降。省科技成果重点推广计划项目同比下降13.0%" in problems  # the others still told
