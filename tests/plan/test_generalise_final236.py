"""Fits for round 72 (final236 华东, final237 华东华中, final238 华中华南, final239 西南, final240 西北,
final241 华北东北). Each test fails on the commit of round 72's first run (816302ae)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def _corpus(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def test_a_report_of_goals_met_and_exceeded_sets_none():
    # 腾冲 2022 (final239): "……目标任务圆满完成" over "产量、产值远远超过预期目标。种植雪茄烟200亩，……较计划增加……"
    assert found(_corpus("2022_tengchong_news"), 2022) == {}
    # a plan that ensures its goals are met keeps them
    kept = found("确保目标任务圆满完成\n今年全县力争新增高新技术企业10家，确保完成预期目标。", 2022)
    assert any(v[1] == 10.0 for v in kept.values())


def test_a_news_dateline_and_the_place_named_after_this_year_leave_the_name():
    # 厦门 2021 (final237): "东南网4月2日讯（海峡导报记者沈华铃）确保完成粮食播种面积6.11万亩……"; "今年厦门要确保完成……"
    got = found(_corpus("2021_xiamen_news"), 2021)
    assert got[("粮食播种面积", "总量")][1] == 6.11
    assert got[("粮食总产量", "总量")][1] == 2.51
    assert got[("生猪存栏", "总量")][1] == 200000.0
    assert not any("东南网" in name or name.startswith("厦门") for name, _ in got)


def test_increases_over_a_base_year_and_the_totals_after_them_go_to_each_measure():
    # 青海 2015 (final240): "油料、蔬菜总产量分别比“十一五”末增长6.6万吨、60.6万吨，分别达到43.5万吨和195万吨"
    got = found(_corpus("2015_qinghai_guihua"), 2015)
    assert got[("油料总产量", "净增")][1] == 6.6
    assert got[("蔬菜总产量", "净增")][1] == 60.6
    assert got[("油料总产量", "总量")][1] == 43.5
    assert got[("蔬菜总产量", "总量")][1] == 195.0
    assert got[("水产品总产量", "总量")][1] == 0.9


def test_households_and_people_of_one_work_are_each_counted():
    # 蕲春 2019 (final238): "坚决完成974户2461人的脱贫任务"
    got = found(_corpus("2019_qichun_news"), 2019)
    assert got[("脱贫户数", "总量")][1:3] == (974.0, "户")
    assert got[("脱贫人口", "总量")][1:3] == (2461.0, "人")


def test_the_towns_and_the_villages_incomes_and_what_sets_them():
    # 江西 2020 (final237): "GDP设定为年均增长8.5%左右"; "设定城乡居民收入分别年均增长9%左右和9.5%左右"; "农民收入将接近1.8万元"
    got = found(_corpus("2020_jiangxi_guihua"), 2020)
    assert got[("城镇居民收入", "增速")][1] == 9.0
    assert got[("农村居民收入", "增速")][1] == 9.5
    assert got[("农民收入", "总量")][:3] == ("≈", 1.8, "万元")
    assert not any("设" in name for name, _ in got)
    # "其中涉及民生福祉和生态文明的指标占70%以上": how the plan's indicators are made up
    assert "指标构成" in listed(_corpus("2020_jiangxi_guihua"), 2020)["70%以上"]


def test_a_threshold_that_sorts_counties_and_firms_commended_are_no_targets():
    # 凉山 2017 (final239): "生产面积10万亩以上的县，至少建立一个5000亩以上的……产业园区"
    assert not any(v[1] == 10.0 for v in found(_corpus("2017_liangshan_news"), 2017).values())
    # 柘林 2009 (final236): "……等10家优秀企业进行了表彰"
    assert not any(v[1] == 10.0 for v in found(_corpus("2009_zhelin_news"), 2009).values())


def test_the_figure_of_a_task_issued_is_kept_beside_the_progress():
    # 定安 2022 (final238): "2022年省下达粮食作物面积27.3万亩目标任务，截至目前，定安已完成粮食种植面积26.95万亩"
    got = found(_corpus("2022_dingan_news"), 2022)
    assert {v[1] for v in got.values()} == {27.3}


def test_a_step_reached_is_the_same_measures_level():
    # 湘潭 2025 (final238): "地区生产总值增长6%左右、奋力站上3000亿元大台阶"
    got = found(_corpus("2025_xiangtan_baogao"), 2025)
    assert got[("地区生产总值", "总量")][1:3] == (3000.0, "亿元")
