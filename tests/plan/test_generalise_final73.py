"""Fits for the blind batch final73 (华中、西北、西南, round 30): each failed on its first run (ef731b4)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse


def test_a_training_done_after_a_month_s_effort_is_a_result():
    # 禄劝 2011: the county's news of a training campaign finished; its attendance read as targets
    text = (
        "县科信局开展以云龙水库水源区为主的中药材栽培技术培训。通过近一个月的努力，培训各项工作已顺利完成。\n"
        "本次科技培训工作由县科信筹措资金，共组织各种形式的培训56场次，培训22100人次。"
        "其中各乡（镇）、企业组织场次31场次4100人次，利用网络进行种植技术培训25期，18000人次。\n"
    )
    assert parse(text, 2011).targets == []


def test_marks_doubled_in_copying_are_read_as_one():
    # 兰州高新区 2024: "新增省部级重点实验室，、研究中心等高能级创新平台20个以上" lost its 新增
    text = "兰州高新区召开2024年工作会\n会议确定，，今年该区力争年内新增省部级重点实验室，、研究中心等高能级创新平台20个以上。\n"
    assert found(text, 2024) == {("高能级创新平台", "新增"): ("≥", 20.0, "个", None)}


def test_an_amount_after_a_count_of_projects_is_their_threshold():
    # 新乡 2025: "谋划储备500个5000万元以上重大项目" gave 重大项目 ≥5000万元 and named the 500 「谋划储备」
    text = "新乡市2025年政府工作报告\n谋划储备500个5000万元以上重大项目。\n"
    assert found(text, 2025) == {("5000万元以上的重大项目", "总量"): ("≥", 500.0, "个", None)}
    assert "5000万元以上" in listed(text, 2025)


def test_an_amount_to_invest_in_projects_stays_a_target():
    text = "某市2025年工作要点\n全年实施重大项目50个，完成投资500亿元以上。\n"
    assert ("重大项目", "总量") in found(text, 2025) and any(v[1] == 500.0 for v in found(text, 2025).values())
