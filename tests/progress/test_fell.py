"""A stock below last year's end in the 进度通报, through the real CLI on copies of the sample:
never a negative 完成率 ("完成率-500.0%"), but "比上年末减少5人，尚未实现增长" and the gap to the target,
in the text, the 附件1 table, the 进度 sheet and the chart."""

from __future__ import annotations

import re

from click.testing import CliRunner

from kjreport.cli import main
from kjreport.progress import build_progress
from kjreport.progress.sheet import progress_rows
from kjreport.report import load_report
from tests.indicators.test_reported_workbook import edit, target
from tests.progress.test_qa4_progress import _table
from tests.progress.test_qa7_progress import set_target
from tests.summary.docx_readback import body_text


def monthly(name, month, value):
    def change(wb):
        ws = wb["月度数据"]
        col = [c.value for c in ws[1]].index(f"{month}月") + 1
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == name)
        ws.cell(row, col, value)
    return change


def _progress(path, tmp_path, *args):
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(path), "--month", "6", "-o", str(out), "--force", *args])
    assert result.exit_code == 0, result.output
    return out, body_text(out).replace("\n", "")


def _no_negative_rate(text):
    assert not re.search(r"-\d+(\.\d+)?%", text), text
    assert not re.search(r"的-\d", text), text


def test_a_stock_below_last_years_end_says_it_fell(sample_path, tmp_path):
    # 科技特派员: 1105 at last year's end, target 1106 (a planned increase of 1), 1100 in June:
    # (1100 − 1105) ÷ (1106 − 1105) would be 完成率 −500 %
    path = edit(sample_path, tmp_path / "特派员2011.xlsx", set_target("科技特派员", 1106),
                monthly("科技特派员", 6, 1100))
    out, text = _progress(path, tmp_path)
    _no_negative_rate(text)
    assert "科技特派员。截至6月底为1100人，比上年末减少5人，尚未实现增长（全年计划增加1人），距年度目标尚差6人" in text
    assert _table(out)["科技特派员"][5:9] == ["未增长", "50.0", "—", "滞后"]
    assert "总数低于上年末（新增数为负）的，完成率栏写“未增长”" in text
    sheet = {r[0]: r for r in progress_rows(build_progress(load_report(path), 6))[0] if r}
    row = sheet["科技特派员"]
    assert row[4] == "未增长" and row[6] is None and row[8].endswith("比上年末减少，尚未实现增长"), row


def test_a_net_decrease_against_a_new_target_says_it_fell(sample_path, tmp_path):
    # 新增高新技术企业 ≥10家 with 136 at last year's end and 130 in June: a net decrease of 6;
    # the stock 高新技术企业 takes its pace and falls with it
    path = edit(sample_path, tmp_path / "高企2011.xlsx", target("高新技术企业", 10, "家", 类型="新增"),
                monthly("高新技术企业", 6, 130))
    items = {i.name: i for i in build_progress(load_report(path), 6).items}
    assert items["新增高新技术企业"].shrinking and items["新增高新技术企业"].decrease == 6
    out, text = _progress(path, tmp_path)
    _no_negative_rate(text)
    assert "新增高新技术企业。截至6月底高新技术企业为130家，比上年末减少6家，尚未实现增长（年度目标新增10家），距年度目标尚差16家" in text
    table = _table(out)
    assert table["新增高新技术企业"][5] == "未增长" and table["高新技术企业"][5] == "未增长"


def test_a_stock_that_grows_keeps_its_rate(sample_path):
    # the sample: 科技特派员 1150 in June of a target 1200 from 1105: 47.4 % of the planned increase
    item = {i.name: i for i in build_progress(load_report(sample_path), 6).items}["科技特派员"]
    assert not item.shrinking and item.decrease is None and round(item.completion, 1) == 47.4


def test_the_results_sheet_note_of_a_stock_below_last_years_end():
    from kjreport.indicators.stock import _increase_note

    assert _increase_note(-5, 95, "人", -5.26) == "总数目标，比上年末减少5人，尚未实现增长（计划增量95人）"
    assert _increase_note(45, 95, "人", 47.37) == "总数目标，比上年末增加45人，占计划增量95人的47.4%"


def test_a_stock_flat_since_last_years_end_is_no_zero_rate(sample_path, tmp_path):
    # leftover8b item 5: 产学研合作企业 41家 in September as at last year's end (target 50): not
    # "完成计划增量（9家）的0.0%" but "与上年末持平，尚未实现增长". The sample's row counts from
    # January (11 in March): a stock's months stay near last year's end (qa12b F5), as here
    path = edit(sample_path, tmp_path / "产学研2011.xlsx", monthly("产学研合作企业", 3, 40),
                monthly("产学研合作企业", 6, 40))
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(path), "--month", "9", "-o", str(out), "--force",
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "产学研合作企业。截至9月底为41家，与上年末持平，尚未实现增长（全年计划增加9家），距年度目标尚差9家" in text
    assert "的0.0%" not in text
    assert _table(out)["产学研合作企业"][5] == "0.0"  # the table keeps the rate
