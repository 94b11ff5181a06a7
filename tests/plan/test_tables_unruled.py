"""Tables pasted one cell a line that the first runs missed: a header of two rows, groups over the
same measures (泸州 2010, final141), and a progress table with no 序号 column (拱墅 2020, final140)."""

from __future__ import annotations

from pathlib import Path

from kjreport.plan.reader import PlanLine
from kjreport.plan.tables import progress_cells, stacked_headers
from tests.plan.test_generalise import found

CORPUS = Path(__file__).parent / "corpus"

TABLE = """某市2012年夏粮生产任务分解表
单位:万亩、万吨
项目
区县
| 小 麦
| 玉米
|
面积
| 总产
| 面积
| 总产
|
某市
| 40.50
| 12.20
| 30.00
| 15.00
|
东区
| 10.00
| 3.00
| 8.00
| 4.00
|
"""


def test_groups_over_measures_name_each_column_with_its_unit():
    lines = [PlanLine(i, t) for i, t in enumerate(["单位:万亩、万吨", "项目区县 | 小 麦 | 玉米", "面积 | 总产 | 面积 | 总产", "某市 | 1 | 2 | 3 | 4"])]
    assert [x.text for x in stacked_headers(lines)] == [
        "单位:万亩、万吨",
        "项目区县 | 小麦面积(万亩) | 小麦总产(万吨) | 玉米面积(万亩) | 玉米总产(万吨)",
        "某市 | 1 | 2 | 3 | 4",
    ]


def test_only_the_row_of_the_captions_place_is_the_plans():
    got = found(TABLE, 2012)
    assert got[("小麦面积", "总量")][1:3] == (40.5, "万亩")
    assert got[("玉米总产量", "总量")][1:3] == (15.0, "万吨")
    assert 10.0 not in {v[1] for v in got.values()}  # 东区's row is the district's, not the city's
    assert len(got) == 4


def test_a_header_whose_measures_differ_between_groups_is_left_alone():
    lines = [PlanLine(i, t) for i, t in enumerate(["项目区县 | 小麦 | 玉米", "面积 | 总产 | 面积 | 单产", "某市 | 1 | 2 | 3 | 4"])]
    assert [x.text for x in stacked_headers(lines)][0] == "项目区县 | 小麦 | 玉米"


def test_luzhou_2010_reads_the_citys_twelve_figures():
    got = found((CORPUS / "2010_luzhou_fenjie.txt").read_text(encoding="utf-8"), 2010)
    assert got[("马铃薯亩产", "总量")][1] == 200.0
    assert got[("油菜总产量", "总量")][1:3] == (3.2, "万吨")
    assert len(got) == 12


PROGRESS = """某区2020年重点任务目标执行情况

项目名称

项目内容

责任单位

进展情况

(一)

主要预期目标

全社会R&D经费支出增长15%

区科技局、各街道

发动233家企业系统注册研发项目

力争新增高新技术企业60家

区科技局

已认定高新技术企业41家
"""


def test_each_progress_cell_after_its_organs_is_a_result():
    got = found(PROGRESS, 2020)
    assert set(got) == {("全社会R&D经费支出", "增速"), ("高新技术企业", "新增")}
    lines = [PlanLine(i, t) for i, t in enumerate(PROGRESS.splitlines())]
    texts = [x.text for x in progress_cells(lines)]
    assert "截至目前，发动233家企业系统注册研发项目。" in texts
    assert "全社会R&D经费支出增长15%" in texts  # a 内容 cell stays as it is


def test_a_header_opened_by_a_number_column_is_not_this_table():
    text = PROGRESS.replace("项目名称\n", "序号\n\n项目名称\n", 1)
    lines = [PlanLine(i, t) for i, t in enumerate(text.splitlines())]
    assert not any(x.text.startswith("截至目前") for x in progress_cells(lines))


def test_the_other_areas_rows_are_listed_not_dropped():
    from tests.plan.test_generalise import parse

    notes = parse(TABLE, 2012).notes
    assert any("东区 1 行是分解到各地的数" in n for n in notes), notes


def test_a_file_named_by_the_city_without_its_level_gets_it_from_the_text(tmp_path):
    import openpyxl

    from tests.helpers import cli_output

    # a clerk saves 泸州's task table as "泸州2010小春.txt": the text writes 泸州市
    plan = tmp_path / "泸州2010小春.txt"
    plan.write_bytes((CORPUS / "2010_luzhou_fenjie.txt").read_bytes())
    book = tmp_path / "泸州2010.xlsx"
    out = cli_output("init", "--year", "2010", "--plan", plan, book)
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(book)["设置"].iter_rows(values_only=True)}
    assert (settings["城市名称"], settings["单位名称"]) == ("泸州市", "泸州市科学技术局")
    assert "江阳区、纳溪区、龙马潭区 3 行是分解到各地的数" in out
