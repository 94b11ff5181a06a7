"""Fits for the blind batches of round 53 (final137 华东华中, final138 华南西南西北, final139 华北东北):
each failed on its first run (3aa6a4c)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def test_a_statistics_bulletin_reports_a_year_over():
    # 南昌县 2019 (final137): "……初步核算，全年地区生产总值(GDP)突破千亿大关，实现1027.8亿元，……比上年增长8%。"
    text = (CORPUS / "2019_nanchangxian_gongbao.txt").read_text(encoding="utf-8")
    assert not found(text, 2019)


def test_a_progress_report_states_each_task_set_before_its_progress():
    # 咸宁 2021 (final137): "（二）报告中确定的其他指标任务完成情况 / 1.引进……项目不少于3个；……。上半年，引进……"
    text = (CORPUS / "2021_xianning_tongbao.txt").read_text(encoding="utf-8")
    assert sorted(v[1] for v in found(text, 2021).values()) == [2.0, 3.0, 10.0, 30.0, 100.0, 100.0]


def test_units_drawn_into_a_task_force_are_no_target():
    # 浙江 2022 (final137): "……工作专班，26家省级单位共同参与，强化部门多跨协同"
    text = "浙江2022年强村富民\n今年，浙江省委农村工作领导小组下设工作专班，26家省级单位共同参与，强化部门多跨协同。全省村级集体经济总收入达到770亿元以上。\n"
    assert [v[1] for v in found(text, 2022).values()] == [770.0]


def test_a_place_that_will_complete_names_nothing():
    # 山西 2024 (final139): "记者从……获悉：2024年山西将完成营造林300万亩，……森林覆盖率提高0.5个百分点。"
    text = "山西2024年造林\n记者从山西省十四届人大二次会议获悉：2024年山西将完成营造林300万亩，精准提升森林质量，森林覆盖率提高0.5个百分点。\n"
    assert ("营造林", "总量") in found(text, 2024)


def test_the_pace_of_the_years_after_this_one():
    # 围场 2018 (final139): "计划年内完成造林15.26万亩……。今后将以每年20万亩以上的速度推进造林绿化进程"
    text = "围场县2018年生态建设\n计划年内完成造林15.26万亩，小流域及水土流失治理112平方公里。今后将以每年20万亩以上的速度推进造林绿化进程。\n"
    assert sorted(v[1] for v in found(text, 2018).values()) == [15.26, 112.0]
    assert "今后每年" in listed(text, 2018)["20万亩以上"]


def test_who_makes_the_counted_things_describes_them():
    # 北京 2008 (final139): "今年北京市将在怀柔、昌平等区县打造13条乡村旅游产业带" then "今年北京市著重打造的13条乡村旅游产业带，包括……"
    text = (
        "北京打造乡村旅游产业带\n来自北京市旅游局的消息，今年，北京市将在怀柔、昌平等区县打造13条乡村旅游产业带。\n"
        "在这一规划的基础上，今年北京市著重打造的13条乡村旅游产业带，包括平谷的百里画廊、密云的云蒙风情大道。\n"
    )
    assert list(found(text, 2008)) == [("乡村旅游产业带", "总量")]


def test_a_project_in_talks_and_strengths_to_bring_into_play():
    # 上谷乡 2008 (final139): "充分发挥二公司年产仔猪80万头，……年出栏商品猪30万头的优势，重点辐射带动上谷、……、赵家沟等10个村"
    # and "大东沟村铅矿开发项目，投资商为崔成方，年产矿石5000吨，……正在洽谈中"
    text = (
        "上谷乡人民政府2008年工作谋划\n一、农业产业化工作谋划情况\n"
        "1、以养猪专业合作社为动力，充分发挥二公司年产仔猪80万头，年产种猪2万头，二元母猪5万头，年出栏商品猪30万头的优势，"
        "重点辐射带动上谷、佟家院、娘娘庙、马杖子等10个村发展生猪生产。年饲养量力争达到50万头，创产值5亿元。\n"
        "二、工业项目谋划情况\n1、大东沟村铅矿开发项目，投资商为崔成方，年产矿石5000吨，利税12万元，正在洽谈中。\n"
    )
    assert sorted(v[1] for v in found(text, 2008).values()) == [5.0, 500000.0]


def test_a_parks_extent_and_counties_there_now():
    # 綦江 2016 (final138): "山地现代农业园：园区总面积300平方公里，其中核心区100平方公里"; 云南 2008 (final138):
    # "巩固提升滇东北、滇西南及滇中50个现有粮食主产县"
    text = "綦江区2016年目标\n山地现代农业园：园区总面积300平方公里，其中核心区100平方公里。粮食种植面积稳定在120万亩。\n"
    assert [v[1] for v in found(text, 2016).values()] == [120.0]
    text = "云南省2008年农业意见\n巩固提升滇东北、滇西南及滇中50个现有粮食主产县。2008年，粮食种植面积稳定在6350万亩。\n"
    assert [v[1] for v in found(text, 2008).values()] == [6350.0]


def test_a_crop_sown_names_its_area():
    # 兵团 2010 (final138): "兵团明年计划种植棉花680万亩，产量110万吨；种植粮食作物400万亩，产量170万吨"
    got = found("兵团2010年计划\n兵团明年计划种植棉花680万亩，产量110万吨；种植粮食作物400万亩，产量170万吨。\n", 2010)
    assert [name for name, _ in got] == ["棉花种植面积", "棉花产量", "粮食作物种植面积", "粮食作物产量"]
