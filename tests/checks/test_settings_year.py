"""qa10 F28/F38: 设置 contradicting itself about the year. A 成文日期 before the period reported
(年度 typed 2025 in a 2024 workbook dated 2024年12月30日; or 2008年1月5日 on a 2008 year-end
summary) is an error at 成文日期 naming 年度; a 工作意见名称 of another year is a 提示 at 年度."""

from __future__ import annotations

from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check
from tests.indicators.test_reported_workbook import edit


def _settings(**values):
    def change(wb):
        ws = wb["设置"]
        keys = {row[0].value: row[1] for row in ws.iter_rows(min_row=2)}
        for key, value in values.items():
            if key in keys:
                keys[key].value = value
            else:
                ws.append([key, value])
    return change


def _year_problems(path):
    return [p for p in check_source(path) if p.sheet == "设置" and ("成文日期" in p.found or "工作意见名称" in p.found)]


def test_a_year_typed_one_ahead_of_the_date_and_plan_is_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "y.xlsx",
                _settings(年度=2012, 成文日期="2011年12月20日", 工作意见名称="鲁泽市科学技术局2011年工作意见"))
    assert cli_check(path).exit_code == 1
    [p] = _year_problems(path)
    assert p.severity == "错误" and p.cell == "B6"
    assert p.found.startswith("成文日期 2011年12月20日 早于报告期的最后一个月（2012年12月），与年度 2012（B4）不符，「工作意见名称」（B")
    assert p.found.endswith("也是 2011 年") and "请把年度改为 2011" in p.expected


def test_a_date_early_in_the_year_is_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "d.xlsx", _settings(成文日期="2011年1月5日"))
    [p] = _year_problems(path)
    assert p.severity == "错误" and p.found == "成文日期 2011年1月5日 早于报告期的最后一个月（2011年12月）"


def test_a_date_in_january_after_the_year_is_fine(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "j.xlsx", _settings(成文日期="2012年1月5日"))
    assert not _year_problems(path)


def test_a_plan_name_of_another_year_alone_is_to_verify(sample_path, tmp_path):
    # qa12 F4: 年度 left at last year makes a summary of the wrong year: 须核对, not a 提示
    path = edit(sample_path, tmp_path / "h.xlsx", _settings(工作意见名称="鲁泽市科学技术局2010年工作意见"))
    [p] = _year_problems(path)
    assert p.severity == "须核对" and p.cell == "B4"


def test_a_part_year_month_with_a_december_date_is_a_hint(sample_path, tmp_path):
    """qa10 F41: year-end data with 报送月份 left at 9 and the report dated 12月."""
    late = edit(sample_path, tmp_path / "l.xlsx", _settings(报送月份=9, 成文日期="2011年12月26日"))
    [p] = [p for p in check_source(late) if p.sheet == "设置" and "晚了 3 个月以上" in p.found]
    assert p.severity == "提示" and p.cell == "B5" and "请把报送月份改为 12" in p.expected
    usual = edit(sample_path, tmp_path / "u.xlsx", _settings(报送月份=9, 成文日期="2011年10月12日"))
    assert not [p for p in check_source(usual) if "晚了 3 个月以上" in p.found]


def test_a_plan_of_several_years_covering_the_year_is_fine(sample_path, tmp_path):
    # prose15: a 三年行动方案 (2010—2012年) for 2011 is of this year; one of 2012—2014 is not
    path = edit(sample_path, tmp_path / "p.xlsx", _settings(工作意见名称="鲁泽市科技创新三年行动方案（2010—2012年）"))
    assert not _year_problems(path)
    path = edit(sample_path, tmp_path / "q.xlsx", _settings(工作意见名称="鲁泽市科技创新三年行动方案（2012—2014年）"))
    [p] = _year_problems(path)
    assert p.severity == "须核对" and "2014" in p.found
