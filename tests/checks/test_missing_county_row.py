"""qa10 F9: a county that reported last year and has no row this year (lost when pasting) takes
its share off the city total of every target summed over 县区数据 — an error naming the county,
its last-year figure and its share, not a 提示 about 同比."""

from __future__ import annotations

from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check
from tests.indicators.test_reported_workbook import edit


def _without_row(name):
    def change(wb):
        ws = wb["县区数据"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == name:
                ws.delete_rows(row[0].row)
                return
        raise AssertionError(name)
    return change


def test_a_county_row_lost_this_year_is_an_error_with_its_share(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "m.xlsx", _without_row("清河区"))
    result = cli_check(path)
    assert result.exit_code == 1, result.output
    errors = [p for p in check_source(path) if p.severity == "错误"]
    [error] = [p for p in errors if "没有对应的一行" in p.found]
    assert (error.sheet, error.cell) == ("县区上年数据", "A2")
    assert error.found.startswith("「县区上年数据」中的「清河区」在「县区数据」中没有对应的一行（上年高新技术产业产值121.6亿元，占全市17.2%；")
    assert "年度目标「高新技术产业产值800亿元」「全社会R&D经费投入10亿元」" in error.found
    assert error.found.endswith("的全市合计将少算该县区")
    assert "请在「县区数据」中补上「清河区」的一行及其数据" in error.expected
    # the per-name 提示 it replaces is gone
    assert "「清河区」在「县区数据」中没有对应的县区" not in result.output


def test_a_renamed_county_is_not_a_missing_row(sample_path, tmp_path):
    def rename(wb):
        for row in wb["县区数据"].iter_rows(min_row=2):
            if row[0].value == "清河区":
                row[0].value = "清河新区"
    path = edit(sample_path, tmp_path / "r.xlsx", rename)
    assert not [p for p in check_source(path) if "没有对应的一行" in p.found]


def test_a_county_pasted_again_under_its_short_name_is_a_duplicate(sample_path, tmp_path):
    """qa10 F39: 「清河」 below 「清河区」 is the same county twice — never 'add 清河 to last year's sheet'."""
    def again(wb):
        ws = wb["县区数据"]
        first = [c.value for c in ws[2]]
        assert first[0] == "清河区"
        ws.append(["清河", *first[1:]])
    path = edit(sample_path, tmp_path / "d.xlsx", again)
    errors = [p for p in check_source(path) if p.severity == "错误"]
    [p] = [p for p in errors if "「清河」" in p.found]
    assert p.found == "县区「清河」可能与 A2「清河区」是同一县区，重复填写了一行"
    assert p.expected.startswith("请删去重复的一行（各表都用全称「清河区」）")
