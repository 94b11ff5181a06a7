"""Each target at months 3, 6, 9 and 12 of the sample: figures, expectation, verdict, trend."""

from __future__ import annotations

import dataclasses

import pytest

from kjreport.errors import KjreportError
from kjreport.progress import build_progress
from kjreport.progress import model as m


def by_name(progress):
    return {i.name: i for i in progress.items}


@pytest.mark.parametrize("month", [3, 6, 9, 12])
def test_every_target_has_an_item_and_a_verdict(sample_report, month):
    progress = build_progress(sample_report, month)
    targets = [r for r in sample_report.results if r.target is not None]
    assert [i.name for i in progress.items] == [r.name for r in targets]
    for item in progress.items:
        assert item.verdict
        if item.value is None:
            # missing is not zero; an annual statistic is 年度统计 before December (qa12b F13)
            assert item.verdict in (m.MISSING, m.ANNUAL) and item.completion is None


def test_june_uses_the_monthly_figures_against_the_time_schedule(sample_report):
    items = by_name(build_progress(sample_report, 6))
    hitech = items["高新技术产业产值"]
    assert hitech.value == 395 and hitech.completion == pytest.approx(49.375)
    assert hitech.expected == 50 and hitech.ahead_pp == pytest.approx(-0.6)
    assert hitech.verdict == m.LAGGING_SLIGHTLY and hitech.band == m.YELLOW
    assert hitech.value_source == "月度数据!H2"
    push = items["省科技成果重点推广计划项目"]
    assert push.completion == pytest.approx(24) and push.verdict == m.LAGGING and push.band == m.RED
    assert push.measures.startswith("对已登记成果逐项梳理")
    # a percentage target is compared with the annual target itself, not with 序时进度
    share = items["高新技术产业产值占规模以上工业总产值比重"]
    assert share.expected is None and share.gap == pytest.approx(-0.2) and share.verdict == m.NEAR


def test_trend_against_the_previous_report(sample_report):
    item = by_name(build_progress(sample_report, 6))["技术创新提升工程重大专项"]
    assert item.previous_month == 3 and item.previous_completion == 0
    assert item.trend_pp == pytest.approx(40)


def test_schedules_replace_linear_progress(sample_report):
    items = by_name(build_progress(sample_report, 6))
    plans = items["省级以上科技计划项目"]  # 集中: 30 % due by June
    assert plans.by_schedule and plans.expected == 30
    assert plans.completion == pytest.approx(12 / 35 * 100) and plans.verdict == m.AHEAD
    deal = items["技术创新提升工程重大专项"]  # 均衡: 4月 20 %, 12月 100 %
    assert deal.expected == pytest.approx(40) and deal.milestone.text == "4月签订合同"
    station = by_name(build_progress(sample_report, 6))["院士工作站"]  # nothing due before 11月
    assert station.expected == 0 and station.verdict == m.NOT_DUE and station.band == ""


def test_lag_threshold_comes_from_settings(sample_report):
    settings = dataclasses.replace(
        sample_report.settings, extra={**sample_report.settings.extra, "进度滞后线": "30"}
    )
    report = dataclasses.replace(sample_report, settings=settings)
    push = by_name(build_progress(report, 6))["省科技成果重点推广计划项目"]
    assert push.ahead_pp == pytest.approx(-26) and push.verdict == m.LAGGING_SLIGHTLY


def test_a_month_without_any_figure_is_refused(sample_report):
    """The sample has no May figures: a notice of 【待补充】 only is refused (qa14b F18)."""
    with pytest.raises(KjreportError, match="无法生成5月的进度通报"):
        build_progress(sample_report, 5)


def test_december_agrees_with_the_year_end_results(sample_report):
    """The December report and the year-end summary state the same numbers and statuses."""
    for item in build_progress(sample_report, 12).items:
        r = item.result
        assert item.value == r.achieved
        assert item.completion == r.completion and item.gap == r.gap
        if r.status != "不可比":
            assert item.verdict == r.status


def test_period_names():
    assert [m.period_name(x) for x in (3, 5, 6, 9, 12)] == ["一季度", "1—5月", "上半年", "前三季度", "全年"]
