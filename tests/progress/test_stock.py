"""QA S2: a 总量 target of a stock (企业、平台总数) is paced in year by its increase since last
year's end against the planned increase, or by the matching 新增 target — never stock ÷ target
against 序时进度 from zero; one indicator gets one verdict through its two names."""

from __future__ import annotations

import dataclasses

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.progress import build_progress
from kjreport.progress import model as m
from kjreport.progress.document import build_bulletin
from kjreport.report import load_report
from tests.summary.docx_readback import body_text


def _items(report, month=6):
    return {i.name: i for i in build_progress(report, month).items}


def _add_target(path, *row):
    book = openpyxl.load_workbook(path)
    ws = book["目标任务"]
    ws.append(list(row))
    book.save(path)


def test_a_stock_is_paced_by_its_increase_since_last_year_end(sample_copy, tmp_path):
    book = openpyxl.load_workbook(sample_copy)
    row = next(r for r in book["目标任务"].iter_rows(min_row=2) if r[0].value == "高新技术企业")
    row[1].value = 170  # 34 more than the 136 of last year's end
    book.save(sample_copy)
    out = tmp_path / "上半年.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "6", "-o", str(out),
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out)
    # 高新技术企业: 147 in June, 136 at the end of 2010, target 170 → 11 of the 34 planned = 32.4 %
    # (not 147 ÷ 170 = 86.5 %, 快于进度): behind, and said so with the increase
    assert ("是高新技术企业。截至6月底达到147家，比上年末增加11家，完成计划增量（34家）的32.4%，"
            "慢于应完成进度17.6个百分点，距年度目标尚差23家") in text.replace("\n", "")
    rows = {r[1]: r for r in _table(out)}
    assert rows["高新技术企业"][5:9] == ["32.4", "50.0", "-17.6", "滞后"]
    # 科技特派员: 1150 of 1200, 1105 last year → 45 of 95 planned: behind, not "快于进度45.8"
    assert rows["科技特派员"][5:9] == ["47.4", "50.0", "-2.6", "略慢"]
    assert "总数目标的完成率按比上年末增加的数占计划增量" in text  # the table note says how
    # a flow counted from January (专利、项目、产值) keeps value ÷ target
    assert rows["高新技术产业产值"][5] == "49.4" and rows["省级以上科技计划项目"][5] == "34.3"


def _table(path):
    import docx

    return [[c.text for c in row.cells] for row in docx.Document(str(path)).tables[0].rows[1:]]


def test_a_stock_with_a_new_target_takes_its_pace(sample_copy):
    _add_target(sample_copy, "高新技术企业", 20, "家", "≥", "总", "高新科", "新增高新技术企业20家",
                "新增")
    items = _items(load_report(sample_copy))
    stock, new = items["高新技术企业"], items["新增高新技术企业"]
    assert new.value == 11 and new.completion == pytest.approx(55)
    assert stock.paced_by == "新增高新技术企业"
    assert (stock.completion, stock.ahead_pp, stock.verdict) == (new.completion, new.ahead_pp, new.verdict)
    # the 进度 sheet (as fill writes it for a June workbook) says so
    from kjreport.progress.sheet import progress_rows

    rows = {r[0]: r for r in progress_rows(build_progress(load_report(sample_copy), 6))[0] if r}
    assert rows["高新技术企业"][8] == "按新增高新技术企业的序时进度"
    assert rows["高新技术企业"][7] == rows["新增高新技术企业"][7]


def test_a_stock_without_last_years_end_is_not_comparable(sample_report, tmp_path):
    results = [dataclasses.replace(r, previous=None) if r.name == "科技特派员" else r
               for r in sample_report.results]
    report = dataclasses.replace(sample_report, results=results)
    progress = build_progress(report, 6)
    item = {i.name: i for i in progress.items}["科技特派员"]  # a 存量 in the catalogue
    assert item.verdict == m.NOT_COMPARABLE and item.completion is None and item.band == ""
    assert "缺少上年末数" in item.note
    text = body_text(build_bulletin(progress, charts=False).save(tmp_path / "通报.docx"))
    assert "1项缺少上年末数、暂不可比" in text and "因统计口径变化不可比" not in text


def test_a_target_already_reached_last_year_is_a_level_to_hold(sample_report):
    results = []
    for r in sample_report.results:
        if r.name == "高新技术企业":
            r = dataclasses.replace(r, target=dataclasses.replace(r.target, value=130))  # 136 last year
        results.append(r)
    item = _items(dataclasses.replace(sample_report, results=results))["高新技术企业"]
    assert item.verdict == m.MET and item.expected is None and item.ahead_pp is None


def test_december_stocks_still_agree_with_the_year_end(sample_report):
    item = _items(sample_report, 12)["高新技术企业"]
    assert not item.stock and item.completion == item.result.completion


def test_measures_may_name_a_new_target_as_the_report_does(sample_copy):
    """QA S17: the 通报 says 新增院士工作站 for a 新增 target of 院士工作站; a 下步措施 row named
    so is found."""
    book = openpyxl.load_workbook(sample_copy)
    row = next(r for r in book["目标任务"].iter_rows(min_row=2) if r[0].value == "院士工作站")
    row[7].value = "新增"
    book["下步措施"].append(["新增院士工作站", "加快对接院士团队。", "合作科", 6])
    book.save(sample_copy)
    item = _items(load_report(sample_copy))["新增院士工作站"]
    assert item.result.name == "院士工作站" and item.measures == "加快对接院士团队。"


def _filled(path) -> tuple[dict, dict]:
    """Return the 指标结果 and 进度 rows by indicator after ``kjreport fill``."""
    result = CliRunner().invoke(main, ["fill", str(path)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(path, data_only=True)
    sheets = [{r[0]: r for r in book[s].iter_rows(min_row=2, values_only=True) if r[0]} for s in ("指标结果", "进度")]
    return sheets[0], sheets[1]


def _set_month(path, month):
    book = openpyxl.load_workbook(path)
    next(r for r in book["设置"].iter_rows() if r[0].value == "报送月份")[1].value = month
    book.save(path)


def test_fill_judges_a_stock_in_year_as_the_progress_sheet_does(sample_copy, tmp_path):
    """The 指标结果 sheet's in-year status of a stock agrees with the 进度 sheet (QA S2's gap:
    科技型中小企业 超额完成 in 指标结果 but 略慢 in 进度): a stock paced by its increase, one
    paced by its 新增 target; December is judged on the year's figure as before."""
    import shutil

    year_end = tmp_path / "年末.xlsx"
    shutil.copy(sample_copy, year_end)
    book = openpyxl.load_workbook(sample_copy)
    row = next(r for r in book["目标任务"].iter_rows(min_row=2) if r[0].value == "科技特派员")
    row[1].value = 1700
    for row in book["月度数据"].iter_rows(min_row=2):
        if row[0].value in ("科技特派员", "高新技术企业"):
            row[7].value = None  # June's figure is the workbook's own (the sample's are year-end)
    book.save(sample_copy)
    _add_target(sample_copy, "高新技术企业", 20, "家", "≥", "总", "高新科", "新增高新技术企业20家", "新增")
    _set_month(sample_copy, 6)
    results, progress = _filled(sample_copy)
    # 科技特派员: 1260 now, 1105 at last year's end, target 1700 → 155 of the 595 planned = 26.1 %,
    # 23.9 points behind 50 %: 未完成 and 滞后 (value ÷ target, 74.1 %, was 超额完成 against 序时进度)
    stock = results["科技特派员"]
    assert stock[2:4] == (1260, 1105) and stock[6] == pytest.approx(1260 / 1700 * 100, abs=0.01)
    assert stock[10] == 50 and stock[11] == pytest.approx(-23.9, abs=1e-9)  # 26.1 − 50.0 as printed (qa16 F9)
    assert stock[12] == "未完成" and "比上年末增加155人，占计划增量595人的26.1%" in stock[13]
    assert progress["科技特派员"][6] == stock[11] and progress["科技特派员"][7] == m.LAGGING
    # 高新技术企业 (150) takes the pace of 新增高新技术企业 (20): one indicator, one verdict
    total, new = results["高新技术企业"], results["新增高新技术企业"]
    assert (total[10], total[11], total[12]) == (new[10], new[11], new[12])
    assert "按新增高新技术企业的序时进度判定" in total[13]
    assert progress["高新技术企业"][6] == total[11] == progress["新增高新技术企业"][6]
    # a flow (项目) keeps value ÷ target against 序时进度
    flow = results["省级以上科技计划项目"]
    assert flow[11] == pytest.approx(flow[6] - 50, abs=0.051)  # the printed 完成率 − 50 (qa16 F9) and "总数目标" not in (flow[13] or "")
    # year-end: the stock is judged on its figure against the target, no 序时进度
    results, _ = _filled(year_end)
    assert results["科技特派员"][10] is None and results["科技特派员"][11] is None
    assert results["科技特派员"][12] in ("完成", "基本完成", "未完成", "超额完成")
    assert "总数目标" not in (results["科技特派员"][13] or "")
