"""Fits for rounds 77 (final266–271, first run on 40eeffc6) and 78 (final272–277, first run on
ff6ac7af): six regions each. Each test fails on the commit of its round's first run."""

from __future__ import annotations

from pathlib import Path

from kjreport.plan import import_plan
from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def _corpus(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


# --- round 77 -------------------------------------------------------------------------------


def test_a_years_plan_carried_out_is_that_years_past():
    # 福建 2016 (final267): "《关于福建省2015年国民经济和社会发展计划执行情况及2016年……计划草案的报告》"
    got = found(_corpus("2016_fujian_zhongdian"), 2016)
    assert got[("在建项目", "总量")][1] == 1029.0
    assert got[("年度计划投资", "总量")][1] == 3700.0


def test_built_and_upgraded_each_is_a_total():
    # 福建 2016: "新建改造城区雨水管网、污水管网、燃气管网、城市道路和供水管网各1000公里以上"
    got = found(_corpus("2016_fujian_zhongdian"), 2016)
    assert not any(name == "污水管网" and kind == "新增" for name, kind in got)
    assert any("污水管网" in name and kind == "总量" for name, kind in got)


def test_the_plans_figure_is_the_target_and_the_one_striven_for_its_stretch():
    # 江西 2017 (final267): "力争全省接待总人数6亿人次……全年计划目标接待总人数5.5亿人次，旅游总收入6426亿元"
    text = _corpus("2017_jiangxi_lvyou")
    r = import_plan(CORPUS / "2017_jiangxi_lvyou.txt", require_targets=False, year=2017)
    by_name = {t.indicator: t for t in r.targets}
    assert (by_name["旅游总收入"].value, by_name["旅游总收入"].stretch) == (6426.0, 6500.0)
    assert (by_name["接待总人数"].value, by_name["接待总人数"].unit) == (5.5, "亿人次")
    assert "目标接待总人数" not in by_name and text


def test_a_plan_of_the_place_for_the_year_is_not_refused():
    # 木棠 2012 (final268): "木棠镇计划今年在大文、……5个自然村造林1200亩，其中，海防林500亩……"
    r = import_plan(CORPUS / "2012_mutang_news.txt", require_targets=False, year=2012)
    assert {t.indicator: t.value for t in r.targets}["造林"] == 1200.0


def test_a_plan_word_with_jiang_reads_the_year():
    # 茶陵 2020 (final268): "2020年，茶陵县计划将种植烟叶2.4万亩，收购烟叶5.4万担"
    got = found(_corpus("2020_chaling_news"), 2020)
    assert got[("烟叶种植面积", "总量")][1] == 2.4


def test_the_task_issued_beside_the_progress_so_far():
    # 金牛 2022 (final268): "财政收入。2022市级下达年度目标3100万元，2022年1-5月份财政收入为252万……"
    got = found(_corpus("2022_jinniu_huibao"), 2022)
    assert got[("财政收入", "总量")][1] == 3100.0
    assert got[("到资", "总量")][1] == 16.0


def test_the_figures_of_a_task_before_the_crop():
    # 云南 2024 (final269): "推进2024年1475万亩夏粮和426万亩油菜种植任务落实"
    got = found(_corpus("2024_yunnan_dongzhong"), 2024)
    assert got[("夏粮种植面积", "总量")][1] == 1475.0
    assert got[("油菜种植面积", "总量")][1] == 426.0


def test_the_months_so_far_hold_for_the_clauses_after():
    # 遂宁经开区 2016 (final269): "今年1-8月，全区完成地区生产总值117.6亿元……；完成固定资产投资113亿元；……"
    assert "113亿元" in listed(_corpus("2020_suining_jingkaiqu"), 2020)


def test_a_quarters_parts_and_the_season_just_past_are_results():
    # 昌吉 2023 (final270): "一季度……其中：畜牧业产值达到18.4亿元"; "去冬今春，全州产羔141.85万只"
    got = found(_corpus("2023_changjizhou_nongye"), 2023)
    assert got[("粮食播种面积", "总量")][1] == 353.0
    assert got[("粮食产量", "总量")][1] == 150.0
    assert len(got) == 2


def test_a_statistics_bulletins_accounting_is_results():
    # 阿克苏 2020 (final270): "经地区生产总值统一核算结果，……"
    assert found(_corpus("2020_akesu_gongbao"), 2020) == {}


def test_the_start_of_a_change_dated_is_no_year_of_the_target():
    # 楚雄 2024 (final269): "……全产业链产值由2021年的568亿元增加到880亿元，农业增加值由2021年的311.32亿元增加到440亿元"
    got = found(_corpus("2024_chuxiong_xingdong"), 2024)
    assert got[("农业增加值", "总量")][1] == 440.0


def test_what_the_task_is_and_describing_figures():
    # 石阡 2012 (final269): "建设任务为新植茶园10000亩"; "海拔1000米以下的宜茶区域"; "每亩补助价值150元"
    text = _corpus("2012_shiqian_news")
    assert found(text, 2012)[("新植茶园", "新增")][1] == 10000.0
    aside = listed(text, 2012)
    assert "海拔" in aside["1000米以下"] and "补助" in aside["150元"]


def test_a_comma_typed_inside_a_list_of_values():
    # 洪湖 2024 (final268): "三大主导产业产值分别完成60亿元,95亿元、100亿元"
    got = found(_corpus("2024_honghu_news"), 2024)
    assert got[("装备制造主导产业产值", "总量")][1] == 95.0
    assert got[("新材料主导产业产值", "总量")][1] == 100.0


# --- round 78 -------------------------------------------------------------------------------


def test_a_change_by_zeng_dao_and_a_start_cut_off():
    # 浙江 2025 (final272): "覆盖率由57%增到100%"; "省级善治(示范)村覆盖率由29.5%" (cut off)
    text = _corpus("2025_zhejiang_xingdong")
    got = found(text, 2025)
    assert got[("新时代美丽乡村达标创建行政村覆盖率", "总量")][1] == 100.0
    assert "57%" in listed(text, 2025) and "29.5%" in listed(text, 2025)


def test_what_the_year_is_expected_to_reach():
    # 东西湖 2017 (final274): "……外贸出口上可望分别达到361亿元、4.9亿美元、140.7亿元和3.85亿美元"
    got = found(_corpus("2017_dongxihu_news"), 2017)
    assert got[("社会消费品零售总额", "总量")][1] == 140.7
    assert ("外贸出口", "总量") in got


def test_goals_set_after_a_colon_and_a_results_sentence():
    # 黄山 2007 (final273): "黄山市已敲定今年新的旅游发展目标：全年接待游客1500万人次……"
    assert found(_corpus("2007_huangshan_news"), 2007)[("接待游客", "总量")][1] == 1500.0
    # 金江 2014 (final275): "……作为经济发展首要任务来抓，……实际交售烟叶24122担"
    assert "24122担" in listed(_corpus("2014_jinjiangzhen_news"), 2014)


def test_a_plan_whose_period_ends_in_the_workbooks_year():
    # 赣州 2025 (final273): "《赣南脐橙产业高质量发展行动计划(2021-2025年)》出台" / "●全市标准化果园覆盖率达85%以上"
    r = import_plan(CORPUS / "2025_ganzhou_qicheng.txt", require_targets=False, year=2025)
    assert {t.indicator: t.value for t in r.targets}["标准化果园覆盖率"] == 85.0


def test_figures_that_describe():
    # 甘肃 2022 (final276): "培育产值超100亿元、50亿元、10亿元的领军型……企业"; "倾斜支持39个乡村振兴重点帮扶县"
    text = _corpus("2022_gansu_news")
    aside = listed(text, 2022)
    assert "门槛" in aside["100亿元"] and "范围" in aside["39个"]
    assert found(text, 2022)[("发展类村庄规划", "总量")][1] == 3996.0
    # 珠海 2018 (final274): "国际货币基金组织(IMF)调高全球经济2018年增速至3.7%"
    assert found(_corpus("2018_zhuhai_jihua"), 2018) == {}
    # 互助 2020 (final276): "公示期3天"
    assert found(_corpus("2020_huzhu_gongshi"), 2020) == {}


def test_named_before_its_base():
    # 黑龙江 2018 (final277): "专利权质押融资额争取在2017年3.3亿元基础上增长20%"
    assert found(_corpus("2018_heilongjiang_huiyi"), 2018)[("专利权质押融资额", "增速")][1] == 20.0


def test_the_size_of_an_event_reported():
    # 富县 2017 (final276): "此次集中开复工50个重点项目，当年计划投资111.9亿元，其中11个市级重点项目当年计划投资97.6亿元"
    text = _corpus("2017_fuxian_news")
    assert "此次" in listed(text, 2017)["50个"]
    assert found(text, 2017)[("市级重点项目当年计划投资", "总量")][1] == 97.6
