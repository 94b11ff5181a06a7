"""序时进度 and 时间节点: linear, interpolated between milestones, or stepped (seasonal)."""

from __future__ import annotations

import pytest

from kjreport.progress.schedule import SEASONAL, Milestone, Schedule, expected_share, linear_share


def test_linear_is_month_over_twelve():
    assert linear_share(6) == 50 and linear_share(12) == 100
    assert expected_share(3, None) == 25


def test_even_schedule_interpolates_between_milestones_and_reaches_100_in_december():
    s = Schedule("专项", (Milestone(4, 20.0, "4月签订合同"), Milestone(8, 60.0)))
    assert expected_share(2, s) == pytest.approx(10)  # from (0, 0) to (4, 20)
    assert expected_share(4, s) == 20
    assert expected_share(6, s) == pytest.approx(40)
    assert expected_share(10, s) == pytest.approx(80)  # from (8, 60) to (12, 100)
    assert expected_share(12, s) == 100


def test_seasonal_schedule_steps_at_its_milestones():
    s = Schedule("计划项目", (Milestone(6, 30.0), Milestone(10, 80.0), Milestone(12, 100.0)), SEASONAL)
    assert [expected_share(m, s) for m in (3, 5, 6, 9, 10, 11, 12)] == [0, 0, 30, 30, 80, 80, 100]


def test_text_only_milestones_keep_the_linear_expectation():
    s = Schedule("专项", (Milestone(3, None, "一季度筛选"), Milestone(12, None, "12月验收")))
    assert expected_share(6, s) == 50
    assert s.due(6).text == "一季度筛选" and s.next_after(6).text == "12月验收"
    assert s.due(2) is None
