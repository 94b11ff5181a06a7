"""qa10 F27: 报送月份 left at 12 while 月度数据 stops at 9月 and the department's 本年数 are the 9月
cumulative figures: an error at 设置's 报送月份 naming the month the data say, not a year-end
summary of part-year figures."""

from __future__ import annotations

from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check
from tests.indicators.test_reported_workbook import edit

ROWS = {"一区五园高新技术产业产值": 430, "来市指导专家": 112, "来市指导院士": 7}


def _monthly(ninth):
    def change(wb):
        for row in wb["月度数据"].iter_rows(min_row=2):
            if row[0].value in ROWS:
                row[10].value = ninth(ROWS[row[0].value])  # 9月, the last month the sample fills
    return change


def _told(path):
    return [p for p in check_source(path) if p.sheet == "设置" and "只填到 9 月" in p.found]


def test_year_figures_equal_to_september_with_month_12_are_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "m.xlsx", _monthly(lambda v: v))
    result = cli_check(path)
    assert result.exit_code == 1
    [p] = _told(path)
    assert p.severity == "错误" and p.cell == "B5"
    assert p.found.startswith("报送月份为 12，但「月度数据」只填到 9 月，且「一区五园高新技术产业产值」「来市指导院士」的本年数与 9 月累计数相同")
    assert "请把报送月份改为 9" in p.expected


def test_year_figures_above_september_are_fine(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "y.xlsx", _monthly(lambda v: round(v * 0.75)))
    assert not _told(path)


def test_the_sample_is_fine(sample_path):
    assert not _told(sample_path)
