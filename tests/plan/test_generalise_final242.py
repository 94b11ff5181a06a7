"""Fits for round 73 (final242 华东, final243 华东华中, final244 华中华南, final245 西南, final246 西北,
final247 华北东北). Each test fails on the commit of round 73's first run (7715b301)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def _corpus(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def test_a_text_turns_from_the_year_before_to_its_own():
    # 泰兴 2018 (final242): "2017年，我市……。2018年是实施乡村振兴战略的起步之年，……全市将新建……。完成成片林改造更新3000亩……"
    got = found(_corpus("2018_taixing_news"), 2018)
    assert got[("成片林改造更新", "总量")][1] == 3000.0
    assert got[("农村居民人均可支配收入", "总量")][1] == 21220.0
    # "低收入农户累计脱贫率在90%以上": a rate, 累计 in its name
    assert got[("低收入农户累计脱贫率", "总量")][1] == 90.0


def test_this_years_report_quoted_states_the_plan():
    # 陕西 2015 (final246): "去年，……。今年省政府工作报告提出，要……完成固定资产投资2.2万亿元，增长20%左右"
    got = found(_corpus("2015_shaanxi_xiangmu"), 2015)
    assert got[("固定资产投资", "总量")][1:3] == (22000.0, "亿元")
    assert got[("固定资产投资", "增速")][:2] == ("≈", 20.0)


def test_a_half_year_reports_table_of_the_years_goals_copied_a_cell_a_line():
    # 淮南 2025 (final243): "|" / "指标名称 |" / "预期增长(%) |" / "上半年完成(%) |" / "|" / "地区生产总值 |" / "6左右 |" …
    got = found(_corpus("2025_huainan_zhixing"), 2025)
    assert got[("地区生产总值", "增速")][:3] == ("≈", 6.0, "%")
    assert got[("固定资产投资", "增速")][1] == 8.0
    assert got[("城镇新增就业", "新增")][1:3] == (2.7, "万人")
    # "居民消费价格涨幅低于控制目标2.1个百分点": a result's gap to its goal
    assert not any(v[1] == 2.1 for v in got.values())
    assert "差距" in listed(_corpus("2025_huainan_zhixing"), 2025)["2.1个百分点"]


def test_the_clauses_after_the_years_goals_met_report_too():
    # 内蒙古 2020 (final247): "全年完成营造林1363万亩、种草3210万亩，超额完成年度目标；开展……，完成绿化48.8万亩，……"
    got = found(_corpus("2020_neimenggu_linye"), 2020)
    assert not {v[1] for v in got.values()} & {48.8, 987.0, 183.0, 4737.0, 223.0}
    assert any(v[1] == 1297.0 for v in got.values())


def test_built_and_upgraded_together_is_a_total_and_name_parts_are_no_targets():
    # 黔东南 2024 (final245): "新建、改扩建公办幼儿园、小学、初中20所", "新建改造城镇供排水管网180公里以上",
    # "社区健身路径或3人制篮球场20个", "完成超230个50户以上木质房屋连片村寨常高压给水管网建设"
    got = found(_corpus("2024_qiandongnan_minsheng"), 2024)
    assert any(k[1] == "总量" and v[1:3] == (20.0, "所") for k, v in got.items())
    assert any(k[1] == "总量" and v[1:3] == (180.0, "公里") for k, v in got.items())
    assert not any(v[1:3] in ((3.0, "人"), (50.0, "户")) for v in got.values())
    # a count of households "以上" before 农村… is no threshold (湖南 2018)
    assert any(v[1] == 150000.0 for v in found(_corpus("2018_hunan_fupin"), 2018).values())


def test_place_and_manner_words_leave_names():
    # 宁夏 2012 (final246): "今年宁夏回族自治区还将完成营造林150万亩"
    assert ("营造林", "总量") in found(_corpus("2012_ningxia_news"), 2012)
    # 临夏县 2017 (final246): "以合作社为主大力发展……特色林果业2.8万亩"
    assert ("特色林果业", "总量") in found(_corpus("2017_linxiaxian_news"), 2017)
    # 湖北 2018 (final244): "除了地区生产总值增长7.5%，……还包括：城镇新增就业70万人" — one GDP target
    hubei = found(_corpus("2018_hubei_baogao"), 2018)
    assert not any(name.startswith("除了") for name, _ in hubei)
    # 重庆 2023 (final245): "此次签订责任书的9个区" is done
    assert not any(v[1] == 9.0 for v in found(_corpus("2023_chongqing_zhaoshang"), 2023).values())
