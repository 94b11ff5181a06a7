"""A county-level 市 bureau (县级市: 临清市, 榆树市, 宁国市) is a county bureau (leftover6 #4): its
workbook has no 县区 to sum, so ``init --plan`` gives the figures a county types itself (R&D
intensity) a 科室数据 row and ``plan show`` says so. Told from the plan's title or issuing unit
(the official list of county-level names), from 设置 单位名称, from last year's reporting units
(乡镇/街道), or from a plan that directs 镇街 and never 县区; a prefecture-level 市 stays a city."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan.init import without_counties

CORPUS = Path(__file__).parent / "corpus"
INTENSITY = "全社会R&D经费投入占GDP比重"
MORE = "\n(五)加大全社会研发投入。全社会研发经费投入强度达到2.6%以上。\n"


def _init(tmp_path, text):
    plan = tmp_path / "计划.txt"
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / "新.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2024", "--plan", str(plan), str(out)])
    assert result.exit_code == 0, result.output
    rows = {r[1]: r[0] for r in openpyxl.load_workbook(out)["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    return rows, result.output


def test_linqing_plan_directing_towns_is_a_county_bureau(tmp_path):
    # the corpus text names no place (市科学技术局…) but directs 镇街 (各镇街研发投入工作进展)
    text = (CORPUS / "2024_linqing_jihua.txt").read_text(encoding="utf-8") + MORE
    rows, output = _init(tmp_path, text)
    assert rows.get(INTENSITY) == "计划科", rows
    flat = output.replace("\n", "").replace("│", "").replace(" ", "")
    assert "全市数由科室报送；各镇街的数填「镇街数据」" in flat  # qa11b F17: not 没有下辖县区
    assert "没有下辖县区" not in flat


@pytest.mark.parametrize("title, county", [
    ("榆树市科学技术局2024年科技工作要点", True),  # 县级市 on the official list
    ("宁国市科技局2024年工作计划", True),
    ("聊城市科学技术局2024年工作要点", False),  # prefecture-level city
    ("鲁泽市科学技术局2024年工作要点", False),  # unknown 市: a city, as before
])
def test_the_title_place_decides(tmp_path, title, county):
    text = f"{title}\n一、主要目标\n全社会研发经费投入强度达到2.6%以上，新增高新技术企业20家以上。\n"
    rows, _ = _init(tmp_path, text)
    assert (INTENSITY in rows) is county, rows
    assert rows.get("新增高新技术企业") == "高新科"


def test_a_city_plan_directing_counties_stays_a_city(tmp_path):
    text = ("市科学技术局2024年工作要点\n一、主要目标\n全社会研发经费投入强度达到2.6%以上。"
            "加强对各县区、各镇街的调度。\n")
    rows, output = _init(tmp_path, text)
    assert INTENSITY not in rows and "县区数据：全社会R&D经费支出" in output.replace("\n", "").replace(" ", "").replace("│", "")


def test_settings_and_last_years_units_decide_without_a_plan_place():
    assert without_counties(None, organization="临清市科学技术局")
    assert not without_counties(None, organization="东营市科学技术局")
    assert without_counties(None, units=["城关镇", "东关街道", "松林乡", "经济开发区"])
    assert not without_counties(None, organization="东营市科学技术局", units=["东营区", "河口区", "利津县"])
