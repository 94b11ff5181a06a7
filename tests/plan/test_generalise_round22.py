"""Reading rules the lead wrote in round 22 before the round's blind batches, from a battery of ordinary
forms of its own (a 绩效目标表 pasted as text, a town's 工作要点, a change told by its two ends; issue 9
§3): one test per rule, each with sentences written for the test."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_a_change_told_by_its_two_ends_sets_its_end_as_the_target():
    # "万人发明专利拥有量由3.5件提高到4.2件" in a plan's 主要目标 was read as a result (both numbers past)
    text = (
        "某县2023年科技工作要点\n一、主要目标\n1.每万人口发明专利拥有量由2.8件提高到3.4件。\n"
        "2.R&D经费投入强度由1.45%提高到1.6%。\n3.高新技术企业由去年的21家增加到26家。\n"
        "二、重点任务\n（一）抓好平台建设。\n"
    )
    got = found(text, 2023)
    assert got[("每万人口发明专利拥有量", "总量")] == ("≥", 3.4, "件", None)
    assert got[("全社会R&D经费投入占GDP比重", "总量")] == ("≥", 1.6, "%", None)
    assert got[("高新技术企业", "总量")] == ("≥", 26.0, "家", None)
    assert len(got) == 3  # the starting values are no targets
    reasons = listed(text, 2023)
    assert "变化的起点" in reasons["2.8件"] and "变化的起点" in reasons["21家"]


def test_a_change_already_made_stays_a_result():
    # a headline "…已增至126家" over a plan's lead is what has risen, not a target
    text = "全市高新技术企业已增至131家\n记者获悉，我市将以创新型城市建设为总目标，力争到2023年底，全市高新技术企业数量达到300家。\n"
    got = found(text, 2023)
    assert got == {("高新技术企业", "总量"): ("≥", 300.0, "家", None)}


def test_a_performance_tables_signs_typed_into_the_text():
    # a 绩效目标表 pasted as lines: "服务乡镇数≥12个" named with its sign, "服务对象满意度≥95%" taken for a
    # scope (对象 read as 对…), "结转率≤5%" read as a floor
    text = (
        "2023年科技特派员项目绩效目标\n产出指标：数量指标——科技特派员服务乡镇数≥14个；培训农民≥1800人次。\n"
        "质量指标：项目验收通过率≥92%。\n满意度指标：服务对象满意度≥96%。\n"
        "成本指标：项目资金结转率≤5%。\n"
    )
    got = found(text, 2023)
    assert got[("科技特派员服务乡镇数", "总量")] == ("≥", 14.0, "个", None)
    assert got[("项目验收通过率", "总量")] == ("≥", 92.0, "%", None)
    assert got[("服务对象满意度", "总量")] == ("≥", 96.0, "%", None)
    assert got[("项目资金结转率", "总量")] == ("≤", 5.0, "%", None)


def test_firms_in_a_task_to_complete_are_no_count_of_tasks():
    # "完成高新技术企业培育4家、科技型中小企业评价入库12家的任务": 12家 was a "count of measures"
    text = "2023年街道科技工作要点\n一、工作目标\n街道全年完成高新技术企业培育3家、科技型中小企业评价入库15家的任务。\n"
    got = found(text, 2023)
    assert got[("科技型中小企业评价入库", "总量")] == ("≥", 15.0, "家", None)
    assert len(got) == 2
