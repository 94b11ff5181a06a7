"""F13 residual: a county in 县区数据 without a partner in 县区上年数据 (or the reverse) that
leaves the city's last-year total of a growth target incomplete is one error naming the names
on both sides, the closest partner and the target — not a 提示 and a 【待补充】 in the summary."""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check
from tests.indicators.test_reported_workbook import edit, target

GROWTH = target("全社会R&D经费投入", 10, "%", 条目="四.3.3", 科室="计划科", 类型="增速")


def _renamed(**pairs):
    def change(wb):
        for row in wb["县区上年数据"].iter_rows(min_row=2):
            if row[0].value in pairs:
                row[0].value = pairs[row[0].value]
    return change


def test_unmatched_counties_breaking_a_growth_target_are_one_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "u.xlsx", GROWTH, _renamed(金堤县="新城区", 柳桥县="北关区"))
    result = cli_check(path)
    assert result.exit_code == 1, result.output
    [error] = [p for p in check_source(path) if p.severity == "错误"]
    assert (error.sheet, error.cell) == ("县区数据", "A5")
    assert error.found == ("年度目标「全社会R&D经费投入增长10%」无法计算：「县区数据」中的「金堤县」、「柳桥县」在「县区上年数据」中"
                           "没有对应；「县区上年数据」中的「新城区」、「北关区」在「县区数据」中没有对应，全市上年合计因此不完整")
    assert "请把两表中同一县区的名称改为一致" in error.expected
    # the per-name 提示 it replaces are gone
    assert "[提示]" not in result.output and "缺少金堤县" not in result.output
    made = CliRunner().invoke(main, ["docx", str(path), "-o", str(tmp_path / "x.docx"), "--no-charts"])
    assert made.exit_code == 1 and "全市上年合计因此不完整" in made.output  # no summary with 【待补充】


def test_the_closest_partner_is_named(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "p.xlsx", GROWTH, _renamed(柳桥县="柳桥新城"))
    [error] = [p for p in check_source(path) if p.severity == "错误"]
    assert "「县区数据」中的「柳桥县」（最接近的是「柳桥新城」）在「县区上年数据」中没有对应" in error.found
    assert "「县区上年数据」中的「柳桥新城」（最接近的是「柳桥县」）在「县区数据」中没有对应" in error.found
    assert "如把「县区上年数据」中的「柳桥新城」改为「柳桥县」" in error.expected


def test_without_a_target_against_last_year_unmatched_names_stay_hints(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "h.xlsx", _renamed(金堤县="新城区"))
    problems = check_source(path)
    assert not [p for p in problems if p.severity == "错误"]
    assert [p for p in problems if p.severity == "提示" and "「新城区」在「县区数据」中没有对应的县区" in p.found]
