"""Rules from final57's first run (round 24; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on 2f79246 (the parser final57 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_a_timetable_of_months_is_no_progress_report():
    # 温州 2013 科协's 进度计划 cells ("1—5月做好……，6—10月开展……") were read as progress so far, and
    # the year's numbers beside them as results; a real progress paragraph still reports
    text = (
        "某县科协2024年度重点工作目标任务\n"
        "科普示范基地建设\n新认定科普示范基地5家。做好已命名基地的复核工作。\n"
        "1—3月下发申报通知，4—6月组织专家评审，10月底前完成认定和授牌工作。\n"
        "青少年科技创新大赛\n共评选优秀科技创新项目60项。3—4月份各校完成初评，5—6月份完成市级终评，9月份组织参加全省大赛。\n"
    )
    got = found(text, 2024)
    assert got[("科普示范基地", "新增")] == ("≥", 5.0, "家", None)
    assert any(k[0].endswith("优秀科技创新项目") and v[1] == 60.0 for k, v in got.items())
    report = "某县科协2024年上半年工作进展\n1-6月，全县新认定科普示范基地5家，同比增长25%，完成年度任务的50%。\n"
    assert found(report, 2024) == {}
