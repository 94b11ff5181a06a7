"""Reading rules from the blind batch final47 (round 20, issue 9 §3): one test per rule, each with
sentences written for the test in the shape of the corpus sentence that taught it (other words,
numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from kjreport.plan import import_plan
from tests.plan.test_generalise import found, listed

PLAN = "2025年全市科技工作要点\n一、主要目标\n"


def test_signing_is_a_verb_and_a_category_keeps_its_stages():
    # 2025_jiaozhou_mubiao: "聚焦突破类新签约60个,新开工35个" was read "聚焦 ≈60个" (约 as about, 突破 as a bound)
    got = found(PLAN + "招商引资目标\n新签约项目180个，新开工项目120个\n聚焦突破类新签约50个，新开工30个\n", 2025)
    assert got == {
        ("新签约项目", "总量"): ("≥", 180.0, "个", None),
        ("新开工项目", "总量"): ("≥", 120.0, "个", None),
        ("聚焦突破类新签约", "总量"): ("≥", 50.0, "个", None),
        ("聚焦突破类新开工", "总量"): ("≥", 30.0, "个", None),
    }
    # 约 before a number is still ≈
    assert list(found(PLAN + "科创载体面积约20万平方米。\n", 2025).values()) == [("≈", 20.0, "万平方米", None)]


def test_one_target_written_twice_with_a_slip_of_the_pen_is_one():
    # 2025_shanghai_guihua: "战略性新型产业增加值占GDP比重2025年目标值达20%左右。预计到2025年，……战略性新兴产业增加值占GDP比重达到20%左右"
    text = PLAN + (
        "其中，数字经济核心产业增加值占GDP比重2025年目标值达12%左右，数字经济核心产业增值值占GDP比重达到12%左右。\n"
    )
    got = found(text, 2025)
    assert list(got) == [("数字经济核心产业增加值占GDP比重", "总量")]
    assert list(got.values()) == [("≈", 12.0, "%", None)]


def test_money_allotted_is_named_by_what_it_is_for():
    # 2020_shandong_news: "山东每年安排不少于100亿支持创新型省份建设" was "山东每年安排 ≥1e+10支"
    got = found(PLAN + "省财政每年安排不少于50亿支持科技强省建设。\n", 2025)
    assert got == {("科技强省建设资金", "总量"): ("≥", 50.0, "亿元", None)}
    got = found(PLAN + "市财政安排2000万元用于科技创新券补助。\n", 2025)
    assert got == {("科技创新券补助资金", "总量"): ("≥", 2000.0, "万元", None)}


def test_a_news_report_dated_this_year_with_only_a_later_deadline_is_this_years(tmp_path):
    # 2018_wenzhou_news (dated 2018-08-23): "今年上半年……。“下一步，我们将……拟创建……18个市级产业创新服务综合体，
    # 将从中推荐申报9家省级……。”……即到2020年，力争全市累计高新技术企业数超过2000家"
    path = tmp_path / "新闻.txt"
    path.write_text(
        "上半年某市发明专利授权量达到980件\n2025-07-20 10:01  来源：某市网\n"
        "今年上半年，某市科技创新考核任务的16个重点指标中，有11个指标基本实现时间过半、任务过半。\n"
        "上半年，全市发明专利授权量达到980件，完成年度任务的55.1%。\n"
        "“下一步，我们将推进创新型城市建设，拟创建12个市级产业创新服务综合体，将从中推荐申报6家省级产业创新服务综合体。”"
        "市科技局负责人表示，我市还将启动科技企业“双倍增”行动，即到2027年，力争全市高新技术企业数超过1500家。\n",
        encoding="utf-8",
    )
    r = import_plan(path, require_targets=False)
    assert r.year == 2025
    assert {t.value for t in r.targets} == {12.0, 6.0}
    assert {u.quantity for u in r.other_years} == {"1500家"}


def test_ordinary_sentences_of_a_plan_battery_round_20():
    # written by the lead as ordinary plan sentences (no corpus text): a rank kept "继续保持" and an
    # area in 平方公里 were read wrongly
    got = found(PLAN + "区域创新能力继续保持全省前5位。\n", 2025)
    assert got == {("区域创新能力排名", "总量"): ("≤", 5.0, "位", None)}
    got = found(PLAN + "高新区面积达到50平方公里。\n", 2025)
    assert got == {("高新区面积", "总量"): ("≥", 50.0, "平方公里", None)}
    # "全区国家高新技术企业总数达到150家，比上年净增25家": one indicator, its stock and its net rise
    got = found(PLAN + "全区国家高新技术企业总数达到150家，比上年净增25家。\n", 2025)
    assert got == {
        ("高新技术企业", "总量"): ("≥", 150.0, "家", None),
        ("高新技术企业", "净增"): ("≥", 25.0, "家", None),
    }
    # "控制在不低于3件": the floor said last is the bound (控制在 alone is a ceiling)
    assert list(found(PLAN + "万人发明专利拥有量控制在不低于3件。\n", 2025).values()) == [("≥", 3.0, "件", None)]
    assert list(found(PLAN + "单位GDP能耗控制在0.4吨标准煤以内。\n", 2025).values()) == [("≤", 0.4, "吨标准煤", None)]


def test_a_performance_table_pasted_with_tabs_is_read_row_by_row(tmp_path):
    # a lead's try as a clerk would paste a 绩效目标表 from Excel into a .txt: the rows, about as
    # long as each other, were joined as lines wrapped by a PDF and the form was refused
    path = tmp_path / "绩效目标.txt"
    path.write_text(
        "某县科学技术局2024年部门整体支出绩效目标表\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t科技特派员选派人数\t≥50人\n"
        "产出指标\t数量指标\t组织科技培训场次\t≥20场\n"
        "产出指标\t质量指标\t项目验收合格率\t≥95%\n"
        "效益指标\t社会效益指标\t培训受益群众\t≥3000人次\n"
        "成本指标\t经济成本指标\t科技三项经费\t≤200万元\n",
        encoding="utf-8",
    )
    r = import_plan(path, year=2024)
    assert {t.indicator: t.value for t in r.targets} == {
        "科技特派员": 50.0,
        "科技培训场次": 20.0,
        "项目验收合格率": 95.0,
        "培训受益群众": 3000.0,
    }
    assert not any("断行" in n for n in r.notes)
    # the cost line is a budget, listed with its line, not dropped unsaid
    assert [u.quantity for u in r.not_targets] == ["200万元"]


def test_a_later_value_stands_in_when_the_first_is_a_result_after_all(tmp_path):
    # a lead's try: a 上半年总结及下半年计划 whose first half's "技术合同成交额完成28亿元" was kept
    # over the plan's "突破60亿元" (a conflict), then set aside as a result — and 60亿元 was lost
    path = tmp_path / "半年.txt"
    path.write_text(
        "某市科技局2024年上半年工作总结及下半年工作计划\n"
        "上半年，全市新增入库科技型中小企业320家，完成全年任务600家的53.3%；技术合同成交额完成28亿元，同比增长18%。\n"
        "下半年，我局将重点做好以下工作：确保全年高新技术企业净增80家；技术合同成交额突破60亿元；新建市级以上研发平台15家。\n",
        encoding="utf-8",
    )
    r = import_plan(path, year=2024)
    got = {(t.indicator, t.kind): t.value for t in r.targets}
    assert got[("技术合同成交额", "总量")] == 60.0
    assert not any("已保留第一次出现的目标值" in n for n in r.notes)


def test_a_science_envoy_plans_per_person_duties_and_covered_places_are_no_targets():
    # a lead's try at a county's 科技特派员 plan: each envoy's days and farms (the clause after a
    # "每名…" opening) and the villages to cover in full were read as the county's targets
    text = PLAN + (
        "全年选派县级科技特派员45名，实现全县9个乡镇、120个行政村科技服务全覆盖。"
        "每名科技特派员每年深入基层服务时间不少于25天，帮扶1—2个农业经营主体。全年开展技术培训80场次以上。\n"
    )
    got = found(text, 2025)
    assert {name for name, _ in got} == {"科技特派员", "技术培训"}
    assert {"9个", "120个", "1—2个"} <= set(listed(text, 2025))
    # a count of teams that reach full coverage is still a count
    assert found(PLAN + "组建科技特派团120个，实现涉农乡镇全覆盖。\n", 2025)


def test_the_pool_of_a_ranking_is_no_target():
    # a lead's try at a 高新区 plan: "在全国169家国家高新区综合评价中排名进入前50位" read "在全国 ≥169家"
    text = PLAN + "在全国178家国家高新区综合评价中排名进入前60位。\n"
    assert found(text, 2025) == {("国家高新区综合评价排名", "总量"): ("≤", 60.0, "位", None)}
    assert "178家" in listed(text, 2025)


def test_a_percentage_written_in_words():
    # a lead's try: "研发投入强度达到百分之二点五" was dropped unsaid
    assert list(found(PLAN + "研发投入强度达到百分之二点八。\n", 2025).values()) == [("≥", 2.8, "%", None)]
    assert list(found(PLAN + "高新技术产业产值增长百分之十二以上。\n", 2025).values()) == [("≥", 12.0, "%", None)]


def test_a_completion_report_states_each_target_beside_its_result(tmp_path):
    # a lead's try at a 目标任务完成情况 report: "高新技术企业：年度目标净增50家，实际净增62家，完成率124%"
    # was all result, and "技术合同成交额：年度目标30亿元" was named "年度"
    path = tmp_path / "完成情况.txt"
    path.write_text(
        "某市科技局关于2025年度目标任务完成情况的报告\n一、目标任务完成情况\n"
        "1.高新技术企业：年度目标净增40家，实际净增51家，完成率127.5%。\n"
        "2.技术合同成交额：年度目标25亿元，实际完成28.3亿元，完成率113.2%。\n",
        encoding="utf-8",
    )
    r = import_plan(path, year=2025)
    got = {(t.indicator, t.kind): t.value for t in r.targets}
    assert got == {("高新技术企业", "净增"): 40.0, ("技术合同成交额", "总量"): 25.0}
    # the results are listed, and the clerk sees the line as written
    assert {u.quantity for u in r.past} >= {"51家", "28.3亿元"}
    assert all(t.sentence.startswith(("1.高新", "2.技术")) for t in r.targets)


def test_a_bare_intensity_after_a_total_takes_its_subject():
    # a lead's try: "全市研发投入总量和强度分别达到60亿元和2.5%" named the second "强度"
    got = found(PLAN + "全市研发投入总量和强度分别达到75亿元和2.7%。\n", 2025)
    assert got == {
        ("全社会R&D经费投入", "总量"): ("≥", 75.0, "亿元", None),
        ("全社会R&D经费投入占GDP比重", "总量"): ("≥", 2.7, "%", None),
    }


def test_the_tasks_listed_in_a_completion_news(tmp_path):
    # 2014_tongchuan_renwu (final42, known_shortfall until round 20): "承担的省考指标任务共四项,分别是专利申请量280件、……
    # (根据年初测算,2014年R&D支出目标任务为1533万元)" in a news of the tasks completed
    path = tmp_path / "新闻.txt"
    path.write_text(
        "市科技局承担的三项任务全面完成\n"
        "2025年，市科技局承担的省考指标任务共三项，分别是专利申请量350件、专利授权量90件、技术合同成交总金额0.5亿元"
        "（根据年初测算，2025年R&D支出目标任务为2100万元）。\n"
        "截至目前，全市专利申请量达到401件，占全年目标任务的114.6%；完成专利授权121件，占全年目标任务的134.4%。\n",
        encoding="utf-8",
    )
    got = {t.indicator: t.value for t in import_plan(path, year=2025).targets}
    assert got == {"专利申请量": 350.0, "专利授权量": 90.0, "技术合同成交总金额": 0.5, "全社会R&D经费投入": 0.21}


def test_obtained_funds_in_a_past_paragraph_set_no_target_and_two_stages_share_a_floor():
    # 2022_jiangxi_kejihui (final43): "2021年是……开局之年，……；争取国家项目1027项，获得经费支持5.39亿元；全省……比重达
    # 38.5%，同比增长30%" — the 争取 kept the rest of the past paragraph as targets
    text = PLAN + (
        "2024年是攻坚之年，全省科技系统聚焦创新型省份建设；争取国家项目860项，获得经费支持4.1亿元；"
        "全省高新技术产业增加值占规模以上工业增加值比重达41.2%，同比增长12%，科技支撑能力明显增强。\n"
    )
    assert found(text, 2025) == {}
    # 2010_laiwu_gaoxinqu (final43): "力争每年新开工大项目和投产大项目均不少于15个" is two floors
    got = found(PLAN + "力争新开工大项目和投产大项目均不少于12个。\n", 2025)
    assert got == {
        ("新开工大项目", "总量"): ("≥", 12.0, "个", None),
        ("投产大项目", "总量"): ("≥", 12.0, "个", None),
    }


def test_the_parts_of_counted_programmes_are_no_targets():
    # 2020_beijing_gangyao (final42): "北京市确定实施18个重大科技专项，……，包括107个重点技术方向、近500项关键技术"
    text = PLAN + "全市实施12个重大科技专项，涵盖先进制造等重点领域，包括60个重点技术方向、近300项关键技术。\n"
    assert found(text, 2025) == {("重大科技专项", "总量"): ("≥", 12.0, "个", None)}
    assert {"60个", "300项"} <= set(listed(text, 2025))
    # a count broken down by kind is still the targets' ("新建创新平台10个，包括重点实验室3个……")
    assert len(found(PLAN + "新建创新平台10个，包括重点实验室3个、工程技术研究中心7个。\n", 2025)) == 3


def test_the_quota_of_an_assessment_grade_is_no_target():
    # a lead's try at a 考核细则: "优秀等次不超过3个" was read as a target ≤3个
    text = PLAN + "考核结果分为优秀、良好、一般三个等次，优秀等次不超过4个。\n"
    assert found(text, 2025) == {}
    assert "4个" in listed(text, 2025)


def test_a_run_in_label_names_a_bare_verb_after_its_colon():
    # a lead's try at a 目标责任书: "（二）科技型中小企业：评价入库60家以上" was named "评价入库"
    got = found(PLAN + "（二）科技型中小企业：评价入库80家以上。\n", 2025)
    assert got == {("科技型中小企业评价入库", "总量"): ("≥", 80.0, "家", None)}
    # a name of its own after the colon stays ("研发投入：全社会研发经费支出增长12%")
    assert list(found(PLAN + "研发投入：全社会研发经费支出增长12%。\n", 2025)) == [("全社会研发经费支出", "增速")]


def test_a_part_of_a_count_in_brackets_takes_the_counts_kind():
    # a lead's try: "新增国家级孵化器2家（含众创空间1家）" read "含众创空间 ≥1家（总量）"
    got = found(PLAN + "新增国家级孵化器3家（含众创空间1家），培育科技型企业60家。\n", 2025)
    assert got[("众创空间", "新增")] == ("≥", 1.0, "家", None)
    assert ("科技型企业", "总量") in got


def test_the_members_of_a_group_set_up_for_the_work_are_no_target():
    # a lead's try at a town's 科技工作计划: "成立由镇长任组长的科技工作领导小组，成员6人" read as a target
    text = PLAN + "成立由镇长任组长的科技工作领导小组，成员7人。全年培训农民2000人次。\n"
    assert list(found(text, 2025)) == [("培训农民", "总量")]
    assert "7人" in listed(text, 2025)
