"""QA round 4 (福州2025, 磐安2025), the 进度通报 side, through the real entry points on copies of
the sample: a per-head stock (每万人发明专利拥有量) is paced from last year's end (F6); the
year-end 通报 keeps a figure's precision, compares 完成率 on one measure and speaks of the year
(F16); a zero difference is 符合进度 and one scale names the near misses (F12)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.progress import build_progress
from kjreport.report import load_report
from tests.indicators.test_reported_workbook import department_row, edit, next_row, target
from tests.summary.docx_readback import body_text


def monthly_row(name, unit, **months):
    def change(wb):
        ws = wb["月度数据"]
        r = next_row(ws)
        headers = [c.value for c in ws[1]]
        ws.cell(r, 1, name)
        ws.cell(r, 2, unit)
        for month, value in months.items():
            ws.cell(r, headers.index(month.replace("m", "") + "月") + 1, value)
    return change


def _progress(path, tmp_path, *args):
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(path), "-o", str(out), "--no-charts", "--force", *args])
    assert result.exit_code == 0, result.output
    return out, body_text(out).replace("\n", "")


def _table(path):
    import docx

    return {row.cells[1].text: [c.text for c in row.cells]
            for row in docx.Document(str(path)).tables[0].rows[1:]}


@pytest.fixture
def patents(sample_path, tmp_path):
    """The sample with 福州's 每万人发明专利拥有量: 29.1件 at the end of last year, 31 in June,
    33.4 at the year's end, target 32件."""
    return edit(
        sample_path, tmp_path / "专利2011.xlsx",
        department_row("成果科", "每万人发明专利拥有量", "件", 33.4, 29.1),
        target("每万人发明专利拥有量", 32, "件", 科室="成果科"),
        monthly_row("每万人发明专利拥有量", "件", m6=31),
    )


def test_a_per_head_stock_is_paced_from_last_years_end(patents, tmp_path):
    items = {i.name: i for i in build_progress(load_report(patents), 6).items}
    patent = items["每万人发明专利拥有量"]
    # (31 − 29.1) ÷ (32 − 29.1) = 65.5 %, not 31 ÷ 32 = 96.9 % counted from zero
    assert patent.stock and patent.completion == pytest.approx(65.517, abs=0.01)
    out, text = _progress(patents, tmp_path, "--month", "6")
    assert _table(out)["每万人发明专利拥有量"][5:8] == ["65.5", "50.0", "+15.5"]  # a gain signed (qa19 F6)
    # the 指标结果 sheet (fill of a June workbook) judges it the same way
    from kjreport.indicators.stock import is_stock

    assert is_stock(load_report(patents).result("每万人发明专利拥有量"), 31)


def test_a_flow_counted_in_pieces_stays_a_flow(sample_path, tmp_path):
    # 发明专利授权量 (件, a 流量 in the catalogue) is counted from January even when June is high
    path = edit(
        sample_path, tmp_path / "授权2011.xlsx",
        department_row("成果科", "发明专利授权量", "件", 1300, 1200),
        target("发明专利授权量", 1300, "件", 科室="成果科"),
        monthly_row("发明专利授权量", "件", m6=1150),
    )
    item = {i.name: i for i in build_progress(load_report(path), 6).items}["发明专利授权量"]
    assert not item.stock and item.completion == pytest.approx(1150 / 1300 * 100)


def set_target(name, value):
    def change(wb):
        ws = wb["目标任务"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == name:
                row[1].value = value
    return change


def test_the_year_end_keeps_a_figures_precision_beside_its_target(sample_path, tmp_path):
    # 福州: 3.04% against a 3% target is 3.04%, its difference 0.04 — as the summary says it
    path = edit(sample_path, tmp_path / "比重2011.xlsx",
                department_row("高新科", "数字经济规模占GDP比重", "%", 50.04, 49),
                target("数字经济规模占GDP比重", 50, "%", 条目="总", 科室="高新科"))
    out, text = _progress(path, tmp_path)
    assert _table(out)["数字经济规模占GDP比重"][3:5] == ["50", "50.04"]
    assert _table(out)["数字经济规模占GDP比重"][7] == "+0.04"  # signed as a loss is (qa19 F6)


def test_the_year_end_compares_completion_on_the_measure_of_the_earlier_notice(patents, tmp_path):
    items = {i.name: i for i in build_progress(load_report(patents), 12).items}
    patent = items["每万人发明专利拥有量"]
    # June's 通报 said 65.5 % (of the planned increase); the year-end 完成率 is of the target
    assert patent.previous_completion == pytest.approx(65.517, abs=0.01)
    assert patent.trend_pp is None
    june = {i.name: i for i in build_progress(load_report(patents), 6).items}["每万人发明专利拥有量"]
    assert june.completion == pytest.approx(patent.previous_completion)
    _, text = _progress(patents, tmp_path)
    assert "每万人发明专利拥有量完成率提高" not in text
    # a flow still is compared (value ÷ target both times)
    assert "与9月相比，" in text and "完成率均提高40.0个百分点" in text


def test_a_year_end_without_unfinished_targets_says_so(sample_path, tmp_path):
    # the sample's four unfinished targets set to what was done: none left behind, three 基本完成
    path = edit(sample_path, tmp_path / "全部完成2011.xlsx",
                set_target("来市指导院士", 7), set_target("省科技成果重点推广计划项目", 20),
                set_target("一区五园高新技术产业产值", 430), set_target("省级创新型试点企业", 16))
    _, text = _progress(path, tmp_path)
    assert ("二、目标任务完成情况各项目标任务均已完成或基本完成，没有未完成的目标任务。"
            "全社会R&D经费投入、企业R&D经费投入和全社会R&D经费投入占GDP比重基本完成年度目标。") in text
    assert "没有明显滞后" not in text
    assert "没有未完成的目标任务。其中" not in text
    assert "二、未完成的目标任务" not in text


def test_a_per_head_level_is_reached_not_done_over_the_year(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "研发人员2011.xlsx",
                department_row("计划科", "每万人就业人员中研发人员数", "人", 81.5, 76.2),
                target("每万人就业人员中研发人员数", 95, "人", 条目="总", 科室="计划科"))
    _, text = _progress(path, tmp_path)
    assert "每万人就业人员中研发人员数全年完成" not in text and "每万人就业人员中研发人员数。全年完成" not in text
    assert "每万人就业人员中研发人员数。全年达到81.5人" in text


def test_a_zero_difference_is_on_pace(sample_path, tmp_path):
    # 高新技术企业: 136 at the end of 2010, 147 in June, target 158 → 11 of 22 = 50 %: 符合进度
    path = edit(sample_path, tmp_path / "符合2011.xlsx", set_target("高新技术企业", 158))
    out, text = _progress(path, tmp_path, "--month", "6")
    assert "完成计划增量（22家）的50.0%，符合应完成进度" in text
    assert not re.search(r"[快慢]于应完成进度0个百分点", text)
    assert _table(out)["高新技术企业"][8] == "符合进度"
    result = CliRunner().invoke(main, ["progress", str(path), "--month", "6", "-o", str(out), "--force",
                                       "--no-charts"])
    assert "项快于或符合进度" in result.output


def test_the_text_and_the_table_use_one_scale(sample_path, tmp_path):
    out, text = _progress(sample_path, tmp_path, "--month", "6")
    table = _table(out)
    near = [name for name, row in table.items() if row[8] == "接近"]
    slow = [name for name, row in table.items() if row[8] == "略慢"]
    assert near and slow
    # every 接近 row is said to be 接近年度目标, every 略慢 row 略慢于进度 — never the other word
    assert f"{len(near)}项接近年度目标" in text and f"{len(slow)}项略慢于进度" in text
    end = text.index("请责任科室加快推进")
    sentence = text[text.rindex("另有", 0, end):end]
    slow_part, near_part = sentence.split("；")
    assert "略慢于进度" in slow_part and all(n not in slow_part for n in near)
    assert "接近年度目标" in near_part
    assert all(n not in near_part for n in slow if not any(n in m for m in near))


def test_main_indicators_do_not_repeat_a_lagging_paragraph(sample_path, tmp_path):
    _, text = _progress(sample_path, tmp_path, "--month", "6")
    part_two = "二、进展滞后和未达到年度目标的工作"  # the sample's R&D intensity is 未达到 (qa11 F15)
    overview = text[text.index("从主要指标看"):text.index(part_two)]
    lagging = text[text.index(part_two):text.index("三、下步工作要求")]
    # 全社会R&D经费投入 is 滞后 (its own paragraph in 二): not quoted again among the 主要指标
    assert "五是全社会R&D经费投入。" in lagging
    assert "全社会R&D经费投入累计完成" not in overview
    # the heaviest 主要任务目标 (catalogue indicators) are quoted, in the plan's order
    assert overview.index("高新技术产业产值") < overview.index("高新技术企业达到147家")


def set_setting(key, value):
    def change(wb):
        for row in wb["设置"].iter_rows(min_row=2):
            if row[0].value == key:
                row[1].value = value
    return change


def test_the_results_sheet_and_the_progress_sheet_use_one_scale(sample_path, tmp_path):
    """QA4 F12b: in year, 「指标结果」's 状态 follows the 进度通报's line (进度滞后线, 10 个百分点
    behind 序时进度), not 90 % of it: 417 of 1000 in June (41.7 %, 8.3 behind) is 略慢/基本完成 in both
    (whole counts: 41.7项 would be a 须核对 of its own, qa12 F6)."""
    from kjreport.progress.sheet import progress_rows

    path = edit(sample_path, tmp_path / "六月2011.xlsx", set_setting("报送月份", 6),
                department_row("成果科", "技术合同登记", "项", 417, 300),
                target("技术合同登记", 1000, "项", 科室="成果科"),
                department_row("成果科", "科技成果登记", "项", 380, 300),
                target("科技成果登记", 1000, "项", 科室="成果科"))
    report = load_report(path)
    rows = {r[0]: r for r in progress_rows(build_progress(report, 6))[0] if r}
    words = {"超额完成": "快于进度", "完成": "符合进度", "基本完成": "略慢于进度", "未完成": "滞后于进度"}
    assert report.result("技术合同登记").status == "基本完成" and rows["技术合同登记"][7] == "略慢于进度"
    assert report.result("科技成果登记").status == "未完成" and rows["科技成果登记"][7] == "滞后于进度"
    same = 0
    for r in report.results:  # every target judged on the same figure in both sheets agrees
        row = rows.get(r.name)
        if r.time_progress is None or row is None or row[7] not in words.values() or row[3] is None:
            continue
        if abs(row[3] - r.achieved) < 1e-6:
            same += 1
            assert words[r.status] == row[7], r.name
    assert same >= 2
