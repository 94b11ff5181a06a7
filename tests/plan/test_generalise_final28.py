"""Reading rules from the blind batches final28 and final29 (issue 9 §3): one test per rule, each
with sentences written for the test in the shape of the corpus sentence that taught it
(tests/plan/corpus, file named in the comment), other words, numbers and places."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# --- "新增在孵企业122家，完成全年170家任务的71.8%" (2018_jingzhou_news) -----------------------


def test_a_mid_year_report_states_the_year_target_inside_a_completion_ratio():
    text = (
        "前三季度某市科技工作进展顺利\n"
        "前三季度，全市新增科技型中小企业入库215家，完成全年300家任务的71.7%；"
        "1-9月技术合同登记额8.2亿元，完成全年任务的68%。"
        "今年以来授权发明专利量406件，完成年度620件任务的65.5%。\n"
    )
    got = found(text, 2022)
    assert got[("科技型中小企业入库", "新增")][:3] == ("≥", 300.0, "家")
    assert sorted(t.value for t in parse(text, 2022).targets) == [300.0, 620.0]
    assert "215家" in listed(text, 2022) and "406件" in listed(text, 2022)


def test_the_result_before_a_completion_ratio_is_no_target_in_a_plan_either():
    text = "某县科技局2023年工作要点\n截至6月，全县组织申报项目42项，完成全年60项任务的70%。\n"
    targets = parse(text, 2023).targets
    assert [(t.value, t.unit) for t in targets] == [(60.0, "项")]


# --- "争取到2018年湖北重大科技专项立项项目3个,经费总额700万元" (2018_jingzhou_news) --------------


def test_in_a_report_projects_won_under_a_year_programme_are_a_result():
    text = (
        "上半年某市科技工作综述\n"
        "上半年，全市高新技术产业增加值同比增长12.5%。"
        "争取到2021年省级重点研发计划项目5个，支持资金650万元。\n"
    )
    assert parse(text, 2021).targets == []


def test_a_year_deadline_after_zhengqu_with_a_verb_still_sets_a_target():
    text = "某市科技局2021年工作计划\n争取到2021年底新建省级科技项目示范基地4个。\n"
    assert [t.value for t in parse(text, 2021).targets] == [4.0]
