"""qa18 L4: ``init --plan`` leaves 责任科室 blank for the targets the catalogue does not know; `check`
names those 目标任务 cells once, so 附件1 of the 进度通报 does not show 「—」 unnoticed."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_output, init_from_plan
from tests.qa18_book import PLAN, suqian_book

BLANK = "F6、F7 的责任科室为空"


def test_check_names_the_targets_init_left_without_an_office(tmp_path: Path) -> None:
    book, wb = init_from_plan(tmp_path, PLAN, "宿迁市国家创新型城市建设实施方案.txt", 2023, "宿迁.xlsx")
    wb.close()
    out = cli_output("check", book).replace("\n", "")
    assert out.count("的责任科室为空") == 1, out
    assert BLANK in out and "（「省级及以上企业研发机构」、「拥有发明专利的企业」）" in out
    assert "单元格 F6" in out and "请填写负责这几项目标的科室" in out


def test_init_gives_a_near_spelt_catalogue_name_its_office(tmp_path: Path) -> None:
    """qa18 L4: 科技公共财政支出占公共财政支出比重 is spelt nearly as the catalogue's 科技财政支出占公共财政
    支出比重 (财政科技支出占比, 计划科); 省级及以上企业研发机构 is not 省级以上新型研发机构: left blank."""
    _, wb = init_from_plan(tmp_path, PLAN, "宿迁市国家创新型城市建设实施方案.txt", 2023, "宿迁.xlsx")
    offices = {r[0]: r[5] for r in wb["目标任务"].iter_rows(min_row=2, values_only=True)}
    rows = {r[1]: r[0] for r in wb["科室数据"].iter_rows(min_row=2, values_only=True)}
    assert offices["科技公共财政支出占公共财政支出比重"] == rows["科技公共财政支出占公共财政支出比重"] == "计划科"
    assert offices["省级及以上企业研发机构"] is None and offices["拥有发明专利的企业"] is None


def test_no_note_once_every_target_has_its_office(tmp_path: Path) -> None:
    assert "责任科室为空" not in cli_output("check", suqian_book(tmp_path))


def test_a_long_list_names_five_targets_and_every_cell(tmp_path: Path) -> None:
    book, wb = init_from_plan(tmp_path, PLAN, "宿迁市国家创新型城市建设实施方案.txt", 2023, "宿迁.xlsx")
    for row in range(3, 8):
        wb["目标任务"].cell(row, 6).value = None  # only F2 keeps its 科室
    wb.save(book)
    # the 科室数据 rows init wrote still name the 科室 of three of them: 附件1 takes it from there
    out = cli_output("check", book).replace("\n", "")
    assert "F6、F7 的责任科室为空" in out and "F3、" not in out, out
    for row in range(2, wb["科室数据"].max_row + 1):
        wb["科室数据"].cell(row, 1).value = None
    wb.save(book)
    out = cli_output("check", book).replace("\n", "")
    assert "F3、F4、F5、F6、F7 的责任科室为空（「科技公共财政支出占公共财政支出比重」" in out, out
    assert "「拥有发明专利的企业」）" in out and "等 5 项" not in out
