"""Fits for the blind batches of round 44 (final112 华东华中, final113 华南西南西北, final114 华北东北):
each failed on its first run (d6e44f7a)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_a_paragraph_announcing_the_goals_makes_the_next_one_goals():
    # 徐泾 2012 (final112): "明年全镇经济社会发展的主要预期目标是:" then the list, with 同比 and 持平
    text = (
        "徐泾镇2012年主要工作安排\n2012年是我镇推进创新驱动、转型发展的重要一年。明年全镇经济社会发展的主要预期目标是:\n"
        "全镇实现地区生产总值74.5亿元,基本与上年持平;工业总产值108亿元;社会消费品零售总额46.5亿元,同比增长7.02%。\n"
    )
    got = found(text, 2012)
    assert got[("社会消费品零售总额", "总量")][1] == 46.5
    assert got[("社会消费品零售总额", "增速")][1] == 7.02
    assert ("工业总产值", "总量") in got


def test_subheads_of_a_short_report_part_it_the_review_and_the_coming_years():
    # 湖州 2017 (final112): "赶超发展的五年" / "今后五年的重点目标" / "2017年主要工作"
    text = (
        "湖州市政府工作报告\n赶超发展的五年\n全市城市化率从59.5%提高到62.9%;\n人均期望寿命从78.3岁提高到80.3岁。\n"
        "今后五年的重点目标\n地区生产总值突破3000亿元;\n财政总收入突破500亿元。\n"
        "2017年主要工作\n全市经济社会发展主要预期目标:\n地区生产总值增长7.5%以上;\n固定资产投资增长11%。\n"
    )
    assert {v[1] for v in found(text, 2017).values()} == {7.5, 11.0}
    assert "几年后" in listed(text, 2017)["3000亿元"]


def test_shares_of_places_named_without_their_suffix_are_breakdowns():
    # 泉州 2011 (final112)
    text = (
        "泉州2011年促进农民增收\n今年我市农民人均纯收入计划增长12%，其中，洛江、泉港、石狮、晋江等地计划增长12%，"
        "安溪计划增长13%，德化计划增长11%。\n"
    )
    assert found(text, 2011) == {("农民人均纯收入", "增速"): ("≥", 12.0, "%", None)}
    assert "分解到下级" in listed(text, 2011)["13%"]


def test_what_is_kept_up_is_no_increment_and_an_added_area_is():
    # 泉州 2011 (final112)
    text = (
        "泉州2011年农业\n新增无公害蔬菜基地9个，增加种植面积2000亩以上，巩固无公害蔬菜基地22个。"
        "新增无公害畜禽、水产养殖基地8个，巩固无公害畜禽、水产养殖基地25个。\n"
    )
    got = {(name, kind): v[1] for (name, kind), v in found(text, 2011).items()}
    assert got[("种植面积", "新增")] == 2000
    assert got[("巩固无公害畜禽、水产养殖基地", "总量")] == 25


def test_a_subheading_restating_its_paragraphs_figure_is_one_target():
    # 泉州 2011 (final112): "种养业发力目标增幅为7%" over "……力争来自第一产业的收入增长7%"
    text = (
        "泉州2011年农民增收\n种养业发力目标增幅为7%\n"
        "《意见》指出，要大力提高种养业效益，有效增加农民家庭经营收入，力争来自第一产业的收入增长7%，达1450元。\n"
    )
    assert [v[1] for v in found(text, 2011).values()].count(7.0) == 1


def test_a_run_in_bullet_list_parts_its_items():
    # 江川路 2023 (final112): "·争取增补一轮旧改遗留批次旧改项目·完成……3个小区……"
    text = (
        "江川路街道下半年工作\n·力争新建避难场所2.95万平方米\n"
        "·完成2个一级微型消防站建设,增配54个电动自行车充电设备、59个简易喷淋装置等消防设施\n"
        "·争取完成年度新增就业岗位4649个、大学生就业率90%以上目标\n"
    )
    got = found(text, 2023)
    assert got[("电动自行车充电设备", "新增")][1] == 54
    assert got[("简易喷淋装置", "新增")][1] == 59
    assert got[("大学生就业率", "总量")] == ("≥", 90.0, "%", None)


def test_one_character_products_share_the_measure_of_the_list():
    # 秦皇岛 2015 (final114)
    text = "秦皇岛2015年农业\n今年，蔬菜、肉、蛋、奶、水产品产量分别达到405万吨、37万吨、12.5万吨、10万吨和36万吨。\n"
    got = {name: v[1] for (name, _), v in found(text, 2015).items()}
    assert got == {"蔬菜产量": 405, "肉产量": 37, "蛋产量": 12.5, "奶产量": 10, "水产品产量": 36}


def test_sizes_in_a_plans_or_a_programmes_name_and_a_restated_goal_are_no_targets():
    # 甘肃 2011 (final113)
    text = (
        "甘肃2011年农业农村工作\n《意见》明确今年农业的预期目标为：减少贫困人口40万人。"
        "围绕实现旱作农业区新增50亿斤粮食生产能力规划，继续实施1000万亩全膜双垄沟播玉米和1000万亩"
        "马铃薯脱毒种薯种植工程，努力实现粮食增产10亿斤。深入推进1000万亩优质林果工程建设。"
        "确保全省贫困地区农民人均纯收入增幅高于全省平均水平，实现40万人脱贫目标。"
        "此外继续加快农村饮水安全工程建设，解决150万人口的安全饮水。\n"
    )
    got = {name: v[1] for (name, _), v in found(text, 2011).items()}
    assert got == {"减少贫困人口": 40, "粮食增产": 10, "安全饮水人口": 150}
    assert "规划名称" in listed(text, 2011)["50亿斤"]


def test_the_start_now_and_the_places_a_zone_takes_in_are_no_targets():
    # 宁夏 2012 (final113)
    text = (
        "宁夏现代农业示范区\n宁夏中部干旱带涉及全区8个县、142万人口，通过发展旱作节水农业示范区，力争2012年该区域"
        "农民人均纯收入由现在的2100元提高到3500元；南部黄土丘陵地区涉及65个乡镇928个行政村，力争到2012年"
        "水土流失治理程度达到70%以上。\n"
    )
    got = {name: v[1] for (name, _), v in found(text, 2012).items()}
    assert got == {"农民人均纯收入": 3500, "水土流失治理程度": 70}
