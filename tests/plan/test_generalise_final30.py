"""Reading rules from the blind batches final30 and final31 (issue 9 §3): one test per rule, each
with sentences written for the test in the shape of the corpus sentence that taught it
(tests/plan/corpus, file named in the comment), other words, numbers and places."""

from __future__ import annotations

from tests.plan.test_generalise import found

# --- "企业吸纳技术合同成交额、高新技术产业增加值较上年增长30%、12%左右" (2022_anhui_kejihui) ------


def test_two_names_sharing_one_run_of_growth_rates_take_them_in_order():
    text = "某省2024年科技工作要点\n今年，技术合同登记额、规上工业企业研发费用比上年增长20%、15%左右。\n"
    got = found(text, 2024)
    assert got[("技术合同登记额", "增速")][:3] == ("≈", 20.0, "%")
    assert got[("规上工业企业研发费用", "增速")][:3] == ("≈", 15.0, "%")
    assert len(got) == 2


def test_rates_joined_by_he_keep_the_bound_on_the_last_one_only():
    text = "某市2023年科技工作计划\n全年高新技术产业产值、科技服务业营业收入增长18%和10%以上。\n"
    got = found(text, 2023)
    assert got[("高新技术产业产值", "增速")][:2] == ("≥", 18.0)
    assert got[("科技服务业营业收入", "增速")][:2] == ("≥", 10.0)
