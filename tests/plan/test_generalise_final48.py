"""Reading rules from the blind batch final48 (round 20, issue 9 §3): one test per rule, each with
sentences written for the test in the shape of the corpus sentence that taught it (other words,
numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from kjreport.plan import import_plan
from tests.plan.test_generalise import found, listed

PLAN = "2025年全市科技工作要点\n一、主要目标\n"


def test_an_item_on_farm_infrastructure_is_no_heading_of_results(tmp_path):
    # 2020_shaanxi_yijian: "1、加强农业基础设施建设。……到2020年，新建高标准农田1025万亩" was set aside as
    # "所在部分是已取得的成绩" (基础 as in 发展基础)
    path = tmp_path / "意见.txt"
    path.write_text(
        "某省关于加快农业现代化的实施意见\n一、转变农业发展方式\n"
        "1、加强农业基础设施建设。大力推进高标准农田建设。到2025年，新建高标准农田600万亩，农田有效灌溉面积达到1500万亩。\n",
        encoding="utf-8",
    )
    got = {t.indicator: t.value for t in import_plan(path, year=2025).targets}
    assert got == {"高标准农田": 600.0, "农田有效灌溉面积": 1500.0}


def test_counts_planned_over_a_span_of_years_are_their_sum():
    # 2020_sichuan_kejifupin: "计划五年开发转化新品种100个、新技术200项、新产品300个，培育壮大知名品牌100个"
    got = found(PLAN + "计划三年开发转化新品种60个、新技术120项，培育壮大知名品牌50个。\n", 2025)
    assert {kind for _, kind in got} == {"累计"}
    assert not any(name.startswith(("三年", "五年")) for name, _ in got)


def test_the_places_envoys_go_into_are_scope():
    # 2020_sichuan_kejifupin: "选派2000名科技特派员深入88个贫困县提供“一对一”精准科技帮扶"
    text = PLAN + "选派1500名科技特派员深入60个脱贫县提供精准科技帮扶，培训本土技术骨干3000名。\n"
    assert {name for name, _ in found(text, 2025)} == {"科技特派员", "培训本土技术骨干"}
    assert "60个" in listed(text, 2025)
