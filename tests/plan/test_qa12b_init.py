"""init and check on qa12b's plans (慈溪 2025, 南昌 2019): a 上报 share with a 提高…个百分点 target
gets 「%」 in 科室数据 and check stops a row left without it (F35)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

CORPUS = Path(__file__).parent / "corpus"
SHARE = "市级规上工业企业研发费用占营业收入比重"


def _init(plan: str, out: Path, year: int) -> str:
    shutil.copy(CORPUS / plan, out.parent / plan)
    run = CliRunner().invoke(main, ["init", "--year", str(year), "--plan", str(out.parent / plan), str(out)])
    assert run.exit_code == 0, run.output
    return run.output


def _department(out: Path) -> dict:
    book = openpyxl.load_workbook(out)
    return book, {r[1].value: r for r in book["科室数据"].iter_rows(min_row=2) if r[1].value}


def test_a_reported_share_rising_by_points_gets_a_percent_unit_and_check_wants_it(tmp_path):
    out = tmp_path / "慈溪2025.xlsx"
    _init("2025_cixi_yaodian.txt", out, 2025)
    book, rows = _department(out)
    assert rows[SHARE][2].value == "%"  # was empty: the summary said 「比重达3.4个百分点，增长1.5%」
    # an office that clears it (or a workbook made before) is stopped at the cell
    rows[SHARE][2].value = None
    rows[SHARE][3].value, rows[SHARE][4].value = 3.41, 3.36
    book.save(out)
    run = CliRunner().invoke(main, ["check", str(out)])
    cell = f"C{rows[SHARE][2].row}"
    assert (f"[错误] {out.name} 工作表「科室数据」 单元格 {cell}：「单位」{cell} 为空，而「{SHARE}」是比重（百分比）指标，"
            "年度目标为比上年提高0.1个百分点") in run.output, run.output
    assert f"请在 {cell} 填「%」" in run.output
    assert run.exit_code == 1


def test_a_growth_word_after_a_target_is_that_targets_growth_and_the_full_name_is_kept(tmp_path):
    out = tmp_path / "南昌2019.xlsx"
    output = _init("2019_nanchang_yaodian.txt", out, 2019)
    book = openpyxl.load_workbook(out)
    targets = [r[:8] for r in book["目标任务"].iter_rows(min_row=2, values_only=True) if r[0]]
    # 「力争技术合同成交额突破50亿元，继续保持10%以上的增长速度」: was a target named 增长速度
    assert ("技术合同成交额", 10, "%") == targets[[t[7] for t in targets].index("增速")][:3]
    assert not any("增长速度" in str(t[0]) for t in targets) and "增长速度 ≥" not in output
    assert "引进培养国内外高端创新人才" in [t[0] for t in targets]  # was 培养…: 引进 lost
    rows = [r[1] for r in book["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]]
    assert rows.count("技术合同成交额") == 1 and "增长速度" not in rows  # one row for both targets


def test_a_growth_without_a_subject_is_flagged_by_init_and_stopped_by_check(tmp_path):
    plan = tmp_path / "南昌市科学技术局2019年工作要点.txt"
    plan.write_text("南昌市科学技术局2019年工作要点\n一、主要目标\n1、力争技术合同成交额突破50亿元。\n"
                    "2、继续保持10%以上的增长速度。\n", encoding="utf-8")
    out = tmp_path / "nc.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2019", "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    assert "增长速度 ≥10%（第4行，“增长速度”没有写明是哪个指标的增长，请在「指标」中改为该指标的名称）" in run.output
    book, rows = _department(out)
    rows["增长速度"][3].value, rows["增长速度"][4].value = 15.1, 12.3  # the growth rates, as the name invites
    rows["技术合同成交额"][3].value, rows["技术合同成交额"][4].value = 57.3, 49.8
    book.save(out)
    run = CliRunner().invoke(main, ["check", str(out)])
    assert run.exit_code == 1, run.output
    assert ("单元格 A3：增速目标的指标名称是「增长速度」（原文「继续保持10%以上的增长速度。」），"
            "没有写明是哪个指标的增长；照此计算，总结会写“增长速度增长…%”") in run.output, run.output


def test_a_headline_goal_without_a_number_is_listed(tmp_path):
    output = _init("2025_cixi_yaodian.txt", tmp_path / "慈溪2025.xlsx", 2025)
    # 「主要目标是：……高新技术产业投资额达50亿元。争取获省科技创新鼎。」: was said nowhere
    assert ("以下 1 项目标没有数字，未导入「目标任务」；总结不会自动写到，请在「工作进展」中写明完成情况"
            "（「条目编号」填所在条目，主要目标填“总”）：\n  第14行「争取获省科技创新鼎」") in output, output
    show = CliRunner().invoke(main, ["plan", "show", str(CORPUS / "2019_nanchang_yaodian.txt")])
    assert "项目标没有数字" not in show.output  # a plan whose goals all have numbers


def test_per_head_income_rows_are_in_yuan_qa13_f6(tmp_path):
    out = tmp_path / "汉中2022.xlsx"
    _init("2022_hanzhong_jihua.txt", out, 2022)
    _, rows = _department(out)
    assert rows["城镇居民人均可支配收入"][2].value == "元"  # was 亿元: “人均可支配收入达38520亿元”
    assert rows["农村居民人均可支配收入"][2].value == "元"
