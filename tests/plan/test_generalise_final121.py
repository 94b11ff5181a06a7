"""Fits for the blind batches of round 47 (final121 华东华中, final122 华南西南西北, final123 华北东北):
each failed on its first run (a5b3abe)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_an_offices_make_up_is_no_target_and_a_count_in_brackets_names_its_heading():
    # 雨花 2018 (final121): a 部门整体支出绩效 report
    text = (
        "雨花区科技局2018年部门整体支出绩效报告\n"
        "2、机构设置情况及单位构成：内设机构3个。核定行政编制6名，其中领导职数3名；机关后勤服务编制1名。"
        "全局实有在职在编干部职工9人，退休老干部7人，政府雇员4人；公车1辆。\n"
        "(二)重点工作计划(1)2018年科技创新重点项目(10个)\n"
    )
    assert found(text, 2018) == {("科技创新重点项目", "总量"): ("≥", 10.0, "个", None)}
    said = listed(text, 2018)
    assert "编制" in said["6名"] and "编制" in said["1辆"]


def test_the_count_of_items_under_a_heading_is_no_target():
    # 沁县 2025 (final120, come back by the fit above): "一、县示范区管委会牵头工作(8项)"
    text = "沁县2025年任务清单\n一、县示范区管委会牵头工作(8项)\n1.建设3个劳动密集型产业园。\n"
    assert found(text, 2025) == {("劳动密集型产业园", "总量"): ("≥", 3.0, "个", None)}


def test_years_of_effort_before_a_result_and_an_index_said_to_be_about():
    # 合肥 2010 (final121)
    text = (
        "合肥市2010年政府工作报告\n就自身而言，经过近五年的大发展，合肥的工业化率达到40%，人均GDP超过5000美元。\n"
        "2010年全市经济社会发展的主要预期目标是：地区生产总值增长12%以上；居民消费价格指数约为103。\n"
    )
    got = found(text, 2010)
    assert got[("居民消费价格指数", "总量")] == ("≈", 103.0, "", None)
    assert {v[1] for v in got.values()} == {12.0, 103.0}


def test_levels_listed_before_a_shared_noun_and_places_a_rate_is_measured_over():
    # 广西 2018 (final122)
    text = (
        "广西2018年农业工作\n郭绪全表示，第四季度，自治区农业厅将按照强龙头、补短板、聚集群的思路，围绕广西第一产业增加值增长4%和"
        "14个预脱贫县产业覆盖贫困户率达80%以上的目标，"
        "全力奋战，确保圆满完成今年目标任务。第四项工作就是完成60个自治区级、200个县级示范区的认定。\n"
    )
    got = found(text, 2018)
    assert got[("第一产业增加值", "增速")][1] == 4.0
    assert got[("预脱贫县产业覆盖贫困户率", "总量")][1] == 80.0
    assert {k[0] for k, v in got.items() if v[1] in (60.0, 200.0)} >= {"自治区级示范区的认定"}
    assert "地方" in listed(text, 2018)["14个"]


def test_two_measures_joined_by_he_share_a_growth_rate():
    # 秦都 2011 (final122): "城镇居民人均可支配收入和农民人均纯收入增长14%"
    got = found("秦都区2011年目标\n城镇居民人均可支配收入和农民人均纯收入增长14%。\n", 2011)
    assert got == {
        ("城镇居民人均可支配收入", "增速"): ("≥", 14.0, "%", None),
        ("农民人均纯收入", "增速"): ("≥", 14.0, "%", None),
    }
    # guard: one measure whose name holds 与 stays one
    assert len(found("某县2011年目标\n研究与试验发展经费增长20%。\n", 2011)) == 1


def test_growth_at_comparable_prices_is_the_measures_growth():
    # 天津经开区 2009 (final123): "地区生产总值实现1200亿元，可比增长18%以上"
    got = found("泰达2009年目标\n今年预期目标是地区生产总值实现1200亿元，可比增长18%以上。\n", 2009)
    assert got[("地区生产总值", "增速")][1] == 18.0


def test_sizes_that_name_a_programme_or_a_park_are_no_target():
    # 长春 2011 (final123)
    text = (
        "长春市2011年经济工作会议\n今年要牢牢抓住300万辆整车扩能工程，年内整车产能达到260万辆以上；"
        "突出抓好总面积7.5平方公里的长东北生物产业园建设。\n"
    )
    assert found(text, 2011) == {("整车产能", "总量"): ("≥", 260.0, "万辆", None)}
    said = listed(text, 2011)
    assert "工程" in said["300万辆"] and "园区" in said["7.5平方公里"]


def test_new_projects_beside_continued_ones_are_a_count_and_a_purpose_names_no_indicator():
    # 右玉 2020 "其中，新建项目30个，续建项目16个"; 锡林郭勒 2017 "……惠民生的190个盟级重点项目建设"
    got = found("右玉县2020年重点项目\n全县共实施项目46个，其中，新建项目30个，续建项目16个。\n", 2020)
    assert {(k[1], v[1]) for k, v in got.items() if v[1] == 30.0} == {("总量", 30.0)}
    got = found("锡林郭勒盟2017年工作\n全力推进有利于调结构、补短板、惠民生的190个盟级重点项目建设。\n", 2017)
    assert got == {("盟级重点项目", "总量"): ("≥", 190.0, "个", None)}
