"""Plan import on the real 湖州 2024 and 宜春 2025 工作要点 (qa9 F3, F4, F5): 认定/争创/培育 N家 beside
the 总数 of the same indicator, 全省 as 省级, a name without a subject, a growth stated against
another growth, a growth target's 科室数据 unit, and the bureau read from a page header or the
file's own name."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan.parse import parse_plan
from kjreport.plan.reader import PlanLine

CORPUS = Path(__file__).parent / "corpus"


def _read(text: str) -> list[tuple[str, float, str, str]]:
    got = parse_plan([PlanLine(1, text)], "x", year=2025).targets
    return [(t.indicator, t.value, t.unit, t.kind) for t in got]


def test_recognitions_beside_the_stock_of_one_indicator_are_its_new_target():
    # 宜春 2025: "认定高新技术企业200家，总数达到740家"
    assert _read("力争认定高新技术企业200家，总数达到740家，科技型中小企业入库数达1900家。") == [
        ("高新技术企业", 200, "家", "新增"), ("高新技术企业", 740, "家", "总量"),
        ("科技型中小企业入库数", 1900, "家", "总量")]
    assert _read("培育省级以上平台载体2个，总数达到20个。") == [
        ("省级以上平台载体", 2, "个", "新增"), ("省级以上平台载体总数", 20, "个", "总量")]


def test_a_count_of_something_else_beside_a_stock_keeps_its_own_name():
    # applications and re-examinations are no recognitions of new firms
    assert _read("申报认定和复审高新技术企业90家以上，使我区的高新技术企业总数超过415家。") == [
        ("申报认定和复审高新技术企业", 90, "家", "总量"), ("高新技术企业", 415, "家", "总量")]
    # without a stock in the sentence, 培育 N is this year's number (总量), as the corpus counts it
    assert _read("培育省级以上平台载体2个。") == [("省级以上平台载体", 2, "个", "总量")]


def test_whole_province_before_what_is_won_is_its_level():
    # 湖州 2024: "全年争创全省重点实验室2家、全省工程技术研究中心10家" — never the 市级 built-in
    assert _read("全年争创全省重点实验室2家、全省工程技术研究中心10家。") == [
        ("省级重点实验室", 2, "家", "总量"), ("省级工程技术研究中心", 10, "家", "总量")]


def test_a_name_without_a_subject_takes_the_subject_of_its_list():
    # 湖州 2024: "全年新型研发机构优化重组2家、整改退出3家"
    assert _read("全年新型研发机构优化重组2家、整改退出3家，新建高能级新型研发机构3家。") == [
        ("新型研发机构优化重组", 2, "家", "总量"), ("新型研发机构整改退出", 3, "家", "总量"),
        ("高能级新型研发机构", 3, "家", "新增")]
    assert [t[0] for t in _read("新增高新技术企业30家、科技型中小企业100家。")] == [
        "高新技术企业", "科技型中小企业"]


@pytest.fixture()
def huzhou(tmp_path) -> Path:
    """The 湖州 text as copied from the city's site, under the name the clerk saved it as."""
    path = tmp_path / "湖州市科学技术局2024年工作要点.txt"
    shutil.copy(CORPUS / "2024_huzhou_yaodian.txt", path)
    return path


def test_plan_show_lists_a_growth_stated_against_another_growth_and_ignores_the_page_header(huzhou):
    run = CliRunner().invoke(main, ["plan", "show", str(huzhou)])
    assert run.exit_code == 0, run.output
    assert "第9行「增速快于面上」。原文：4.高新产业投资增速快于面上" in run.output
    assert "2024-00026" not in run.output  # the 索引号 cell is page furniture, not a number to read
    assert "已忽略 3 行网页页眉页脚或署名（第 1、2、3 行）" in run.output
    # "国家科技型中小企业家数2000家": the firms, never "家数…2000家" in the summary (F18)
    assert "国家科技型中小企业" in run.output and "家数" not in run.output.split("量化目标")[1]


def test_init_takes_the_bureau_from_the_page_header_or_the_file_name(huzhou, tmp_path):
    out = tmp_path / "湖州2024.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2024", "--plan", str(huzhou), str(out)])
    assert run.exit_code == 0, run.output
    assert "城市名称、单位名称未填写" not in run.output
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(out)["设置"].iter_rows(values_only=True)}
    assert (settings["城市名称"], settings["单位名称"]) == ("湖州市", "湖州市科学技术局")

    # the same page header alone (file named by the corpus) still names the bureau
    plain = tmp_path / "plan.txt"
    shutil.copy(CORPUS / "2024_huzhou_yaodian.txt", plain)
    out = tmp_path / "plain.xlsx"
    assert CliRunner().invoke(main, ["init", "--year", "2024", "--plan", str(plain), str(out)]).exit_code == 0
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(out)["设置"].iter_rows(values_only=True)}
    assert settings["单位名称"] == "湖州市科学技术局"


def test_init_on_yichun_names_the_bureau_from_the_file_and_gives_growth_rows_a_unit(tmp_path):
    plan = tmp_path / "宜春市科学技术局2025年工作要点.txt"
    shutil.copy(CORPUS / "2025_yichun_yaodian.txt", plan)
    out = tmp_path / "宜春2025.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    book = openpyxl.load_workbook(out)
    settings = {r[0]: r[1] for r in book["设置"].iter_rows(values_only=True)}
    assert (settings["城市名称"], settings["单位名称"]) == ("宜春市", "宜春市科学技术局")
    targets = [(r[0], r[1], r[7]) for r in book["目标任务"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert ("高新技术企业", 200, "新增") in targets and ("高新技术企业", 740, "总量") in targets
    assert not any(name.startswith("认定") for name, _, _ in targets)
    rows = {r[1]: r[2] for r in book["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert rows["高校院所研发投入"] == "亿元"  # the figure behind "增长20%以上", not ""
    assert rows["新增高新技术企业"] == "家" and rows["高新技术企业"] == "家"
