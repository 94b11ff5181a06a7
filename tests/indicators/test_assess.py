import pytest

from kjreport.indicators.assess import assess, judge
from kjreport.model import IndicatorResult, Settings, Target

SETTINGS = Settings(city="鲁泽市", organization="鲁泽市科学技术局", year=2011)


def result(value, previous=None, target=None, unit="亿元", kind="amount", comparison="≥"):
    t = Target("x", target, unit, comparison) if target is not None else None
    return IndicatorResult("x", unit, kind, value, previous, t)


@pytest.mark.parametrize(("value", "status"), [
    (812, "超额完成"), (800, "完成"), (760, "基本完成"), (720, "基本完成"), (719.9, "未完成"),
])
def test_amount_statuses(value, status):
    r = assess(result(value, 700, 800), SETTINGS)
    assert r.status == status
    assert r.completion == pytest.approx(value / 8)


def test_thresholds_come_from_settings():
    strict = Settings(city="a", organization="b", year=2011, basic_threshold=95)
    assert assess(result(750, None, 800), strict).status == "未完成"
    assert assess(result(750, None, 800), SETTINGS).status == "基本完成"


@pytest.mark.parametrize(("value", "status"), [
    (27.1, "超额完成"), (26.5, "完成"), (26.0, "基本完成"), (25.4, "未完成"),
])
def test_percentage_target_is_a_gap_in_points(value, status):
    r = assess(result(value, 25.7, 26.5, unit="%", kind="ratio"), SETTINGS)
    assert r.status == status
    assert r.completion is None
    assert r.gap == pytest.approx(value - 26.5)
    assert r.change_pp == pytest.approx(value - 25.7)
    assert r.yoy is None


def test_control_target_met_when_not_above():
    assert assess(result(4.8, None, 5, comparison="≤"), SETTINGS).status == "完成"
    assert assess(result(5.3, None, 5, comparison="≤"), SETTINGS).status == "基本完成"
    assert assess(result(6, None, 5, comparison="≤"), SETTINGS).status == "未完成"


def test_decline_and_zero_base():
    assert assess(result(20, 23, 25), SETTINGS).yoy == pytest.approx(-13.0434, abs=1e-3)
    r = assess(result(3, 0, 3), SETTINGS)
    assert r.yoy is None and r.yoy_note == "上年基数为零，不可比"


def test_not_comparable_and_no_data():
    r = assess(result(112, 95, 100), SETTINGS, comparability="不可比", comparability_note="口径变化")
    assert (r.status, r.status_note, r.yoy) == ("不可比", "口径变化", None)
    assert assess(result(None, 95, 100), SETTINGS).status == "无数据"
    assert assess(result(5, None, 0), SETTINGS).status == "不可比"
    assert assess(result(5, 4), SETTINGS).status == "无目标"


def test_adjusted_base_is_noted():
    r = assess(result(812, 706, 800), SETTINGS, adjusted_base=True)
    assert r.yoy_note == "上年数按新口径调整" and r.yoy == pytest.approx(15.01, abs=0.01)


def test_time_progress_only_before_december():
    june = Settings(city="a", organization="b", year=2011, month=6)
    r = assess(result(450, None, 800), june)
    assert r.time_progress == 50
    assert r.ahead_pp == pytest.approx(450 / 8 - 50)
    assert assess(result(450, None, 800), SETTINGS).time_progress is None


def test_judge_returns_gap():
    status, rate, gap = judge(20, Target("x", 25, "项"), "amount", SETTINGS)
    assert (status, rate, gap) == ("未完成", 80.0, -5)
