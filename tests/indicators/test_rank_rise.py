"""A rise in rank (排名提升1位) through the real CLI: init from the plan's own sentence, the
clerk's 科室数据, then fill, docx and progress. A rank is a place: smaller is better, the target
compares last year's place minus this year's, and it is never stated in 个百分点 (QA7 F1)."""

from __future__ import annotations

import openpyxl
import pytest

from kjreport.indicators.assess import achieved, assess
from kjreport.model import IndicatorResult, Settings, Target
from tests.conftest import clear_review_notes
from tests.helpers import cli_ok
from tests.summary.docx_readback import body_text

PLAN = """甘肃省打造全国区域性科技创新及转化基地行动方案
一、总体要求
主要目标是：2025年，综合科技创新水平全国排名提升1位，科技进步贡献率达到62%，高新技术企业达到2600家。
"""
NAME = "综合科技创新水平全国排名"


def _workbook(tmp_path, place, last_year=26, month=None):
    plan = tmp_path / "行动方案.txt"
    plan.write_text(PLAN, encoding="utf-8")
    path = tmp_path / "甘肃2025.xlsx"
    cli_ok("init", "--year", "2025", "--plan", plan, path)
    clear_review_notes(path)  # the office checks the flagged rows against the plan first
    wb = openpyxl.load_workbook(path)
    ws = wb["科室数据"]
    rows = {ws.cell(r, 2).value: r for r in range(2, ws.max_row + 1)}
    assert NAME in rows, list(rows)
    figures = {NAME: ("位", place, last_year), "科技进步贡献率": ("%", 62.5, 60.2), "高新技术企业": ("家", 2680, 2350)}
    for name, (unit, now, before) in figures.items():
        r = rows[name]
        ws.cell(r, 1).value = ws.cell(r, 1).value or "办公室"
        ws.cell(r, 3).value, ws.cell(r, 4).value, ws.cell(r, 5).value = unit, now, before
    s = wb["设置"]
    given = {"城市名称": "甘肃省", "单位名称": "甘肃省科学技术厅", "报送月份": month}
    for r in range(2, s.max_row + 1):
        key = s.cell(r, 1).value
        if given.get(key) is not None and (key == "报送月份" or not s.cell(r, 2).value):
            s.cell(r, 2).value = given[key]
    wb.save(path)
    return path


def _results_row(path, name):
    ws = openpyxl.load_workbook(path)["指标结果"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[0] == name:
            return dict(zip(header, row, strict=False))
    raise AssertionError(f"no 指标结果 row {name}")


def test_plan_reads_the_rank_rise_as_places(tmp_path):
    """The sentence imports as 提高 1 位 (the corpus convention for 排名提升N位), never a %."""
    path = _workbook(tmp_path, 25)
    ws = openpyxl.load_workbook(path)["目标任务"]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == NAME)
    assert (row[1], row[2], row[3]) == (1, "位", "≥"), row
    assert "提高" in row


def test_moving_up_one_place_meets_the_target_everywhere(tmp_path):
    """26 → 25 is 前移1位 = the target: 完成 in 指标结果, "居第25位，比上年前移1位，完成年度目标"
    in the summary, 位 (never 个百分点) in 附件1, and no 未能完成 line about the rank."""
    path = _workbook(tmp_path, 25)
    out = cli_ok("fill", path).output
    assert "个百分点" not in next(line for line in out.splitlines() if NAME in line)
    row = _results_row(path, NAME)
    assert row["状态"] == "完成", row
    doc = tmp_path / "总结.docx"
    cli_ok("docx", path, "-o", doc, "--no-charts", "--force")
    text = body_text(doc).replace("\n", "")
    assert "综合科技创新水平全国居第25位，比上年前移1位，完成年度目标" in text, text
    assert "未进入前1位" not in text and "与目标差" not in text
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    assert NAME not in problems and "居第25位" not in problems, problems
    assert "排名提高幅度" not in text and "提升位数｜个百分点" not in text


def test_falling_back_is_not_met_and_says_so_in_places(tmp_path):
    """26 → 27 is 后移1位: 未完成, "比上年后移1位，未完成前移1位的年度目标" — never "低于年度目标N个百分点"."""
    path = _workbook(tmp_path, 27)
    cli_ok("fill", path)
    assert _results_row(path, NAME)["状态"] == "未完成"
    doc = tmp_path / "总结.docx"
    cli_ok("docx", path, "-o", doc, "--no-charts", "--force")
    text = body_text(doc).replace("\n", "")
    assert "居第27位，比上年后移1位，未完成前移1位的年度目标" in text, text
    problems = text.split("存在的问题")[1]
    assert "居第27位" in problems and "个百分点；" not in problems.split("居第27位")[1][:40], problems


def test_progress_report_judges_the_rank_by_places(tmp_path):
    """进度通报 (报送月份 6): a rank that fell back is 滞后 in places, "居第27位，比上年后移1位，
    未达到年度目标（前移1位）" — not "比上年降低1个百分点"; one that moved up is 已达到."""
    path = _workbook(tmp_path, 27, month=6)
    doc = tmp_path / "通报.docx"
    cli_ok("progress", path, "-o", doc)
    text = body_text(doc).replace("\n", "")
    assert "居第27位，比上年后移1位，未达到年度目标（前移1位）" in text, text
    assert "降低1个百分点" not in text
    good = tmp_path / "good"
    good.mkdir()
    path = _workbook(good, 24, month=6)
    doc = good / "通报.docx"
    cli_ok("progress", path, "-o", doc)
    text = body_text(doc).replace("\n", "")
    assert f"二是{NAME}" not in text and "后移" not in text, text


@pytest.mark.parametrize(("place", "status"), [(25, "完成"), (23, "超额完成"), (26, "未完成"), (28, "未完成")])
def test_rank_rise_is_last_years_place_minus_this_years(place, status):
    """The rule itself: achieved = 上年位次 − 本年位次, judged against N places, no 完成率."""
    t = Target(NAME, 1, "位", kind="提高")
    assert not t.is_percentage and t.is_rank_rise
    r = IndicatorResult(NAME, "位", "amount", place, 26, target=t)
    assert achieved(r, t) == 26 - place
    assess(r, Settings("甘肃省", "甘肃省科学技术厅", 2025))
    assert r.status == status and r.completion is None
    assert r.row_name == NAME + "提升位数" and r.measured == (26 - place, "位")


def test_a_rank_is_known_from_its_name_without_a_unit():
    """A 上报指标 named …排名/位次/名次 with no unit is a rank too: smaller is better."""
    assert IndicatorResult("综合科技创新水平全省排名", "", "amount", 5).is_rank
    assert IndicatorResult("县域科技创新能力位次", "", "amount", 5).is_rank
    assert not IndicatorResult("技术合同成交额", "亿元", "amount", 5).is_rank
