"""Plan import on qa10's real sentences: a 新增/净增 target followed, after 、, by the stock it brings
(洛阳 2023: "净增高新技术企业200家以上、总数突破1300家") is a 总量 target of the same indicator, not a
second increment (F0: the summary reported a met target as 16.4 % done)."""

from __future__ import annotations

from kjreport.plan.parse import parse_plan
from kjreport.plan.reader import PlanLine


def _read(text: str) -> list[tuple[str, float, str, str]]:
    got = parse_plan([PlanLine(1, text)], "x", year=2023).targets
    return [(t.indicator, t.value, t.unit, t.kind) for t in got]


def test_the_stock_after_a_net_increase_is_a_total_target():
    assert _read("实施高新技术企业倍增行动，力争全年净增高新技术企业200家以上、总数突破1300家。") == [
        ("高新技术企业", 200, "家", "净增"), ("高新技术企业", 1300, "家", "总量")]


def test_the_stock_after_a_new_count_is_named_by_it():
    assert _read("力争全年新增高新技术企业200家以上、累计达到1300家。") == [
        ("高新技术企业", 200, "家", "新增"), ("高新技术企业", 1300, "家", "总量")]
    assert _read("全年新增科技型中小企业300家、达到1500家。") == [
        ("科技型中小企业", 300, "家", "新增"), ("科技型中小企业", 1500, "家", "总量")]


def test_a_level_after_a_new_count_still_shares_its_kind():
    assert [k for *_, k in _read("新增省级工程技术研究中心10家、国家级2家。")] == ["新增", "新增"]
