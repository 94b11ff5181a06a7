"""prose8: the overview groups neighbouring headline figures of one unit, as real summaries do
("高新技术企业、科技型中小企业达6588家、6403家，分别增长26.3%、44.4%")."""

from __future__ import annotations

from types import SimpleNamespace

from kjreport.summary.views import OVERVIEW_GROUP_MAX, overview_groups, pairable


def view(name: str, value: float, unit: str = "家", yoy: float | None = 10.0, **kw) -> SimpleNamespace:
    plain = dict(has_value=True, share=None, is_ratio=False, is_rank=False, target_kind="总量",
                 yoy_note="", small_base=False, breakthrough=False, record=False, faster=False)
    plain.update(kw)
    return SimpleNamespace(name=name, value=value, unit=unit, yoy=yoy, **plain)


def names(groups) -> list[list[str]]:
    return [[v.name for v in g] for g in groups]


def test_neighbours_of_one_unit_share_a_sentence():
    got = overview_groups([view("创新型企业", 30), view("工程中心", 32), view("产值", 812, "亿元")])
    assert names(got) == [["创新型企业", "工程中心"], ["产值"]]


def test_wan_yuan_above_ten_thousand_is_written_in_yi_yuan_and_groups_with_it():
    got = overview_groups([view("产值", 812, "亿元"), view("投入", 86000, "万元")])
    assert names(got) == [["产值", "投入"]]


def test_a_figure_with_its_own_story_stands_alone():
    for special in (dict(share=object()), dict(yoy=None), dict(yoy=-3.0), dict(yoy=150.0),
                    dict(yoy_note="上年数按新口径调整"), dict(breakthrough=True), dict(record=True),
                    dict(faster=True), dict(small_base=True), dict(target_kind="新增"), dict(is_ratio=True)):
        odd = view("特别", 5, **special)
        assert not pairable(odd), special
        assert names(overview_groups([view("甲", 1), odd, view("乙", 2)])) == [["甲"], ["特别"], ["乙"]]


def test_at_most_three_in_one_sentence():
    views = [view(f"指标{i}", i + 1) for i in range(OVERVIEW_GROUP_MAX + 1)]
    assert [len(g) for g in overview_groups(views)] == [OVERVIEW_GROUP_MAX, 1]
