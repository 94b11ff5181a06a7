"""Reading rules from the blind batches final15–final17 (issue 9 §3): one test per rule, each from a
real text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# 2019_enshi_fangan (Traditional page, read as simplified): a work method's staffing, no target
ENSHI = """恩施州2019年高新技术企业申报认定督促指导工作方案
一、总体目标
州科技局采取“11112”方式（即1名局领导带1名中层干部、1名工作人员、1名中介机构人员对口服务指导2个县市），集中一段时间，深入县市、州高新区开展高新技术企业申报认定督促指导工作。
"""


def test_the_staffing_of_a_work_method_is_not_a_target():
    assert parse(ENSHI, 2019).targets == []
    assert "人员配置" in listed(ENSHI, 2019)["2个"]


def test_a_leader_leading_staff_is_staffing_without_the_gloss():
    text = ENSHI.replace("采取“11112”方式（即", "安排").replace("2个县市），", "2个县市，")
    assert parse(text, 2019).targets == []


def test_a_target_after_the_work_method_is_kept():
    text = ENSHI + "二、工作要求\n力争全年新认定高新技术企业30家。\n"
    assert found(text, 2019)[("高新技术企业", "新增")] == ("≥", 30.0, "家", None)
