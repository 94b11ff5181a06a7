"""Fits for the blind batches of round 58 (final152 华东一, final153 华东二华中一, final154 华中二华南,
final155 西南, final156 西北, final157 华北东北), first run after the fits for two tables pasted a cell
a line: each failed on its first run (3aceade)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def test_a_yearbook_entry_opened_by_its_summary_heading_records_a_year():
    # 港口 2009 (final154): "【简况】 港口镇位于中山市境北部……2009年,全镇地区生产总值43.45亿元,比上年增长11.89%。"
    assert not found((CORPUS / "2009_gangkou_nianjian.txt").read_text(encoding="utf-8"), 2009)


def test_goals_in_quotes_closed_by_their_count_are_targets():
    # 茶店 2018 (final154)
    text = (
        "茶店镇2018年经济工作会议\n2018年,茶店镇将着力抓好五项重点工作,努力实现“地区生产总值增长15%、固定资产投资增长20%、"
        "精准脱贫1215人”五项主要指标,竞进提质。\n"
    )
    got = found(text, 2018)
    assert got[("地区生产总值", "增速")][1] == 15.0 and got[("精准脱贫", "总量")][1] == 1215.0


def test_a_plan_quoted_by_a_news_report_states_an_intent():
    # 河南 2025 (final153): the paragraph opens with "这是我省首次编制……规划", judged a report
    got = found((CORPUS / "2025_henan_jingkaiqu.txt").read_text(encoding="utf-8"), 2025)
    assert got[("经开区生产总值", "增速")][:2] == ("≥", 7.5)
    assert got[("固定资产投资", "增速")][1] == 10.0


def test_a_bare_yield_after_a_crops_area_is_that_crops():
    # 双鸭山 2015 (final157)
    text = (
        "双鸭山市农业\n双鸭山市计划到2015年,全市玉米面积达到370万亩,平均单产比2011年增加20%以上;"
        "水稻面积达到115万亩,平均单产增加20%以上;大豆面积达到53万亩,平均单产提高40%。\n"
    )
    got = found(text, 2015)
    assert got[("玉米平均单产", "增速")][1] == 20.0
    assert got[("水稻平均单产", "增速")][1] == 20.0
    assert got[("大豆平均单产", "增速")][1] == 40.0


def test_the_budgeted_investment_to_be_done_this_year_is_a_target():
    # 上甘岭 2017 (final157): "確保今年完成預算投資24900萬元的目標"
    text = "上甘岭区2017年林业\n推进已签约项目尽快落地,确保今年完成预算投资24900万元的目标。\n"
    assert 24900.0 in {v[1] for v in found(text, 2017).values()}


def test_a_scene_a_units_gain_and_some_day_are_no_targets():
    # 天津 2021 (final157)
    got = listed((CORPUS / "2021_tianjin_sheshinongye.txt").read_text(encoding="utf-8"), 2021)
    assert "眼前的情形" in got["5名"]
    assert "单位效益的估算" in got["1万元"]
    assert "没有年份的远期打算" in got["500个"]
    assert set(found((CORPUS / "2021_tianjin_sheshinongye.txt").read_text(encoding="utf-8"), 2021)) == {
        ("设施农业任务", "总量")
    }


def test_a_task_assigned_is_named_after_it_and_an_area_after_a_count_is_the_counted():
    # 宁波 2010 (final152)
    text = (
        "宁波今年再建33万亩粮食生产功能区\n会议指出,今年计划建设粮食生产功能区140个、面积33万亩,其中市级功能区43个、面积18万亩。"
        "今年市农业局部署2万亩的“双千”工程考核任务。\n"
    )
    got = found(text, 2010)
    assert got[("粮食生产功能区面积", "总量")][1] == 33.0
    assert got[("市级功能区面积", "总量")][1] == 18.0
    assert got[("“双千”工程考核任务", "总量")][1] == 2.0


def test_projects_of_the_peoples_livelihood_are_no_science_projects():
    # 城中 2025 (final156): "2025年民生实事项目共7大类20项"
    text = "城中区2025年\n今年,城中区最终确定了2025年民生实事项目共7大类20项,总投资2.2亿元。\n"
    assert not any(name == "民生科技关键技术研发及成果转化" for name, _ in found(text, 2025))


def test_an_investment_in_the_projects_the_next_clause_counts():
    # 拉萨 2018 (final155)
    got = found("拉萨市2018年政府工作报告\n投资25亿元,建设帕古水库、堆曲灌区工程等水利项目30个。\n", 2018)
    assert got[("水利项目投资", "总量")][1:3] == (25.0, "亿元")


def test_a_level_after_a_doubling_is_the_measure_before_it():
    # 福建 2015 (final153): "…年均增长15%左右,比2010年翻一番,力爭達到1.3萬億元"
    got = found("福建省先进制造业\n“十二五”期间,全省工业增加值年均增长15%左右,比2010年翻一番,力争达到1.3万亿元。\n", 2015)
    assert got[("工业增加值", "总量")][1:3] == (13000.0, "亿元")


def test_a_plan_a_higher_level_assigned_item_by_item():
    # 闽侯 2017 (final153)
    got = found((CORPUS / "2017_minhou_zongjie.txt").read_text(encoding="utf-8"), 2017)
    assert got[("粮食播种面积", "总量")][1] == 16.0
    assert got[("粮食产量", "总量")][1] == 5.53


def test_a_goal_named_again_as_a_task_is_the_same_goal():
    # 浙江 2017 (final152): "……保证建设标准不降低,全面完成800万亩的目标任务"
    got = found((CORPUS / "2017_zhejiang_nongye.txt").read_text(encoding="utf-8"), 2017)
    assert list(got) == [("粮食生产功能区", "总量")]


def test_a_year_in_numerals_and_the_means_are_no_part_of_a_name():
    from kjreport.plan import wording

    # 上海 2010 (final152), 双鸭山 2024 (final157)
    assert wording.tidy_name("二0一0年上海目标万元生产总值综合能耗进一步下降") == "万元生产总值综合能耗进一步下降"
    got = found("双鸭山市2024年\n通过土地经营权流转方式实现适度规模经营面积达到420万亩。\n", 2024)
    assert ("适度规模经营面积", "总量") in got


def test_what_the_next_sentence_builds_on_is_reached_already():
    # 宁波 2010 (final152): "……的农田实现亩产1000公斤、效益1000元的“双千”目标。在此基础上,今年……"
    text = (
        "宁波粮食生产功能区\n会议指出,全市16个中心示范方、面积6372亩的农田实现亩产1000公斤、效益1000元的“双千”目标。"
        "在此基础上,今年市农业局部署2万亩的“双千”工程考核任务。\n"
    )
    assert set(found(text, 2010)) == {("“双千”工程考核任务", "总量")}
    assert "在此基础上" in listed(text, 2010)["1000公斤"]


def test_the_projects_counted_not_their_carrying_out_name_a_count():
    # 上甘岭 2017 (final157): "抓好總投資94421萬元的8個產業項目的推進落實"
    text = "上甘岭区2017年林业\n抓好总投资94421万元的8个产业项目的推进落实,推进已签约项目尽快落地。\n"
    assert found(text, 2017)[("产业项目", "总量")][1] == 8.0


def test_a_place_before_its_quoted_work_is_no_name():
    # 临沧 2015 (final155): "今年,临沧将新建“万元山”30万亩"
    got = found("临沧市2015年\n今年,临沧将新建“万元山”30万亩,建设“万元田”10万亩。\n", 2015)
    assert got[("“万元山”", "新增")][1] == 30.0


def test_a_cumulative_count_does_not_carry_to_a_clause_with_its_own_verb():
    # 城中 2025 (final156): "累計開展……招聘會不少于15場次,提供就業崗位1000個"
    got = found("城中区2025年\n累计开展招聘会不少于15场次,提供就业岗位1000个,实现城镇新增就业6600人。\n", 2025)
    assert got[("提供就业岗位", "总量")][1] == 1000.0


def test_a_count_before_a_colon_counts_the_items_listed_after_it():
    # 晋城 2020 (final157): "今年市政府还要办好10件民生实事:" then a numbered list
    text = "晋城市2020年政府工作报告\n在办好省政府确定的民生实事的基础上,今年市政府还要办好10件民生实事:\n1 实施农村饮水安全巩固提升工程。\n"
    assert "其后所列各项的个数" in listed(text, 2020)["10件"]


def test_a_results_report_measures_a_growth_against_the_years_target():
    # 贵阳 2014 (final155): a report of the first three quarters
    text = (
        "贵阳市九个开发区工业总产值突破2000亿元\n前三季度,我市九个经济技术开发区完成工业总产值2134.24亿元,比去年同期增长47.6%,"
        "增速为年度目标(23%)的两倍多。同时,完成固定资产投资1660.67亿元,增长34.2%,高于28%的年度目标。\n"
    )
    got = found(text, 2014)
    assert got[("工业总产值", "增速")][:2] == ("≥", 23.0)
    assert got[("固定资产投资", "增速")][:2] == ("≥", 28.0)
