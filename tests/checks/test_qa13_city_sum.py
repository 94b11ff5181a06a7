"""qa13 F31: a 科室-reported city figure unlike the units' sum is told with both figures for every
indicator — a built-in summing a column of another name (全社会R&D经费投入 over 「全社会R&D经费支出」)
as for a column of the same name — in one message, not also as the plan's 提示 without figures."""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from tests.qa9_books import (
    COUNTIES,
    COUNTIES_LAST,
    COUNTY_HEADER,
    DEPT_HEADER,
    TARGET_HEADER,
    workbook,
)


def test_a_builtins_city_figure_unlike_its_columns_sum_gives_both_figures_once(tmp_path):
    header = COUNTY_HEADER[:4]  # no 地区生产总值: no R&D share computed on the units' sums
    book = workbook(tmp_path, {
        "目标任务": [TARGET_HEADER, ["全社会R&D经费投入", 140, "亿元", "≥", "一.1", "计划科", "R&D经费投入达到140亿元", "总量"]],
        "县区数据": [header] + [row[:4] for row in COUNTIES],
        "县区上年数据": [header] + [row[:4] for row in COUNTIES_LAST],
        "科室数据": [[*DEPT_HEADER, "数据年度"], ["计划科", "全社会R&D经费投入", "亿元", 135.2, 122.1, None, None, 2024]],
    })
    output = CliRunner().invoke(main, ["check", str(book)]).output
    # was only: 「全社会R&D经费投入」的全市数取科室报送数…；科室报送的全市数与各县区之和不同时以全市数为准
    assert "单元格 D2：「全社会R&D经费投入」科室报送的全市数 135.2亿元 与「县区数据」各县区之和 131.8亿元 不同" in output, output
    assert "如要采用各县区之和，请删除科室数据中的这一行" in output
    assert "的全市数取科室报送数" not in output  # one indicator, one message


def test_a_city_figure_like_the_units_sum_is_only_said_where_it_comes_from(tmp_path):
    header = COUNTY_HEADER[:4]
    book = workbook(tmp_path, {
        "目标任务": [TARGET_HEADER, ["全社会R&D经费投入", 140, "亿元", "≥", "一.1", "计划科", "R&D经费投入达到140亿元", "总量"]],
        "县区数据": [header] + [row[:4] for row in COUNTIES],
        "县区上年数据": [header] + [row[:4] for row in COUNTIES_LAST],
        "科室数据": [[*DEPT_HEADER, "数据年度"], ["计划科", "全社会R&D经费投入", "亿元", 131.8, 122.1, None, None, 2024]],
    })
    output = CliRunner().invoke(main, ["check", str(book)]).output
    assert "「全社会R&D经费投入」的全市数取科室报送数" in output, output
    assert "科室报送的全市数与各县区之和不同时以科室报送数为准" in output  # the wording of the other 提示
    assert "科室报送的全市数 " not in output
