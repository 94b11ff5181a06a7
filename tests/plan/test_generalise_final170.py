"""Fits for the blind batches of round 61 (final170 华东一, final171 华东二华中一, final172 华中二华南,
final173 西南, final174 西北, final175 华北东北), first run after round 60's fits: each failed on its
first run (64977585)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def _corpus(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def test_a_horizon_opening_a_sentence_looks_ahead_for_its_clauses():
    # 黔西南 2025 (final173): "……发展规划显示，到“十四五”末，全州工业总产值突破2000亿元……；规模以上工业增加值在675亿元以上……"
    got = found(_corpus("2025_qianxinan_gongye"), 2025)
    assert got[("规模以上工业增加值", "总量")][:2] == ("≥", 675.0)
    assert got[("规模以上工业企业", "总量")][1] == 800.0
    assert got[("工业投资", "累计")][1] == 2600.0  # "工业累计投资在2600亿元以上"
    assert got[("四百亿级园区", "总量")][1] == 1.0


def test_a_press_conference_on_the_years_achievements_reports_results():
    # 济宁经开区 2022 (final170): "……新闻发布会，介绍2022年济宁经开区工作成就。"
    assert not found(_corpus("2022_jiningjingkaiqu_news"), 2022)


def test_forty_years_of_planting_a_census_and_last_years_tasks_are_past():
    # 福建 2021 (final171): "40年来，……植树达25.17亿株", "据……清查结果，我省森林面积1.21亿亩",
    # "去年，全省完成植树造林104.2万亩，占任务90万亩的115.8%；……占任务200万亩的106.9%"
    got = found(_corpus("2021_fujian_zaolin"), 2021)
    assert sorted(v[1] for v in got.values()) == [11.0, 95.0, 100.0, 300.0, 300.0]


def test_a_reposts_source_headline_and_next_years_greening_and_a_share_of_the_task():
    # 北京 2019 (final175): "来源标题：明年绿化将添28个……", "今年全市确定的21处城市森林建设计划任务"
    # (今年 = 2018 in a 明年 plan), "2019年北京计划新增造林28.4万亩", "占全年新增造林任务的68%"
    text = _corpus("2019_beijing_zaolin")
    got = found(text, 2019)
    assert got[("造林", "新增")][1] == 28.4
    assert not any(v[1] in (21.0, 275.0, 68.0) for v in got.values())
    assert "68%" in listed(text, 2019)


def test_a_verdict_on_the_quarters_figures_opens_its_results():
    # 西藏 2016 (final173): "……经济各项指标完成情况好于预期。公共财政预算支出完成280.96亿元，增长27%；……"
    assert not any(v[1] in (280.96, 27.0, 58.2) for v in found(_corpus("2016_xizang_news"), 2016).values())


def test_projects_broken_down_by_stage_after_qizhong_are_counts():
    # 靖远 2019 (final174): "全县计划实施重点项目82项……。其中：新建项目52项，……；续建项目30项"
    got = found(_corpus("2019_jingyuan_news"), 2019)
    assert got[("新建项目", "总量")][1] == 52.0


def test_money_spent_on_a_work_is_that_works_investment():
    # 郑州 2012 (final171): "今年，我市将花1.74亿元新建农村公路400公里"
    got = found(_corpus("2012_zhengzhou_gonglu"), 2012)
    assert got[("农村公路投资", "总量")][:3] == ("≥", 1.74, "亿元")


def test_two_kinds_the_catalogue_puts_together_are_kept_apart():
    # 辽宁 2022 (final175): "构建典型产学研联盟200个、提升类联盟600个"
    got = found(_corpus("2022_liaoning_news"), 2022)
    assert {v[1] for k, v in got.items() if "联盟" in k[0]} == {200.0, 600.0}


def test_a_level_to_return_to_is_no_horizon():
    # 安徽 2022 (final171): "确保大豆油料面积恢复到2020年水以上。能繁母猪存栏量稳定在120万头左右、规模猪场(户)不低于5400个。"
    got = found(_corpus("2022_anhui_liangshi"), 2022)
    assert got[("能繁母猪存栏量", "总量")][0] == "≈"
    assert any(v[1] == 5400.0 for v in got.values())


def test_batches_funds_make_up_how_things_stand_and_first_counts_are_no_targets():
    # 苍溪 2021 (final173): "计划完成总投资107.39亿元的3批次22个重点项目开工建设"
    cangxi = found(_corpus("2021_cangxi_news"), 2021)
    assert not any(v[2] == "批次" for v in cangxi.values())
    assert any(v[1] == 22.0 for v in cangxi.values())
    # 青海 2011 (final174): "……支农资金达5亿多元，其中40%以上涉及生态畜牧业建设"
    assert not any(v[1] == 40.0 for v in found(_corpus("2011_qinghai_shengtaixumu"), 2011).values())
    # 江苏 2017 (final170): "实体经济占江苏经济总量的80%以上，是江苏经济社会发展的重要根基"
    assert not any(v[1] == 80.0 for v in found(_corpus("2017_jiangsu_news"), 2017).values())
    # 玉东 2012 (final172): "初步统计，全区地区生产总值突破20亿元大关，年均增长16.9%"
    assert not any(v[1] == 16.9 for v in found(_corpus("2012_yudong_huiyi"), 2012).values())


def test_a_goal_restated_as_a_construction_task_is_one_target():
    # 河南 2021 (final171): "河南今年将建设高标准农田750万亩" then "2021年河南要全面完成750万亩项目建设任务"
    got = found(_corpus("2021_henan_gaobiaozhun"), 2021)
    assert [k for k, v in got.items() if v[1] == 750.0] == [("高标准农田", "总量")]


def test_a_firms_output_and_taxes_share_its_name():
    # 汉寿 2023 (final172): "力争康普药业产值、税收增长20%以上"
    got = found(_corpus("2023_hanshou_baogao"), 2023)
    assert got[("康普药业税收", "增速")][1] == 20.0
