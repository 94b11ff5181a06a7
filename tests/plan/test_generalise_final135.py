"""Fits for final135 (round 52's third batch, 西北, delivered an hour late): each failed on its
first run (89e99be, after the round-52 fits)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_next_years_task_said_with_yao_queren():
    # 宁夏 2010 (final135): an undated story, "……明年要确保完成20万亩任务……。……预计今年设施蔬菜总产量160万吨，总产值18亿元。"
    text = (
        "近日，宁夏回族自治区主席对自治区设施农业建设作出批示：“今年设施农业抓得实，为农民增收，对自治区经济贡献突出。"
        "明年要确保完成20万亩任务，农牧厅要及早下达计划。”\n"
        "目前，全区设施农业从业人员达60万以上，预计今年设施蔬菜总产量160万吨，总产值18亿元。\n"
    )
    assert not found(text, 2010)
    assert "2009年" in listed(text, 2010)["160万吨"]


def test_a_work_field_before_what_it_completes_is_no_name():
    # 西安 2017 (final135): "2017年，全市农林工作力争完成粮食总产160万吨、蔬菜总产303万吨……"
    text = "西安市2017年农业工作\n2017年，全市农林工作力争完成粮食总产160万吨、蔬菜总产303万吨、果品总产100万吨。\n"
    names = [name for name, _ in found(text, 2017)]
    assert names[0].startswith("粮食总产") and "农林工作" not in names
