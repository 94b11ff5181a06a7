"""Reading rules from the blind batches final30 and final31 (issue 9 §3): one test per rule, each
with sentences written for the test in the shape of the corpus sentence that taught it
(tests/plan/corpus, file named in the comment), other words, numbers and places."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# --- "企业吸纳技术合同成交额、高新技术产业增加值较上年增长30%、12%左右" (2022_anhui_kejihui) ------


def test_two_names_sharing_one_run_of_growth_rates_take_them_in_order():
    text = "某省2024年科技工作要点\n今年，技术合同登记额、规上工业企业研发费用比上年增长20%、15%左右。\n"
    got = found(text, 2024)
    assert got[("技术合同登记额", "增速")][:3] == ("≈", 20.0, "%")
    assert got[("规上工业企业研发费用", "增速")][:3] == ("≈", 15.0, "%")
    assert len(got) == 2


def test_rates_joined_by_he_keep_the_bound_on_the_last_one_only():
    text = "某市2023年科技工作计划\n全年高新技术产业产值、科技服务业营业收入增长18%和10%以上。\n"
    got = found(text, 2023)
    assert got[("高新技术产业产值", "增速")][:2] == ("≥", 18.0)
    assert got[("科技服务业营业收入", "增速")][:2] == ("≥", 10.0)


# --- "装配式建筑、绿色建筑占新建建筑比例分别达到20%和75%以上" (2023_guizhou_tongzhi) ------------


def test_names_sharing_one_share_of_new_items_each_keep_the_whole_share():
    text = (
        "某市2024年工作要点\n"
        "全年近零能耗建筑、星级绿色建筑占新建民用建筑比重分别达到8%和60%以上，"
        "农业、服务业占地区生产总值比重分别达到9%、55%左右。\n"
    )
    got = found(text, 2024)
    assert got[("近零能耗建筑占新建民用建筑比重", "总量")][:2] == ("≥", 8.0)
    assert got[("星级绿色建筑占新建民用建筑比重", "总量")][:2] == ("≥", 60.0)
    assert got[("农业占地区生产总值比重", "总量")][:2] == ("≈", 9.0)
    assert got[("服务业占地区生产总值比重", "总量")][:2] == ("≈", 55.0)
    assert len(got) == 4


def test_new_items_as_the_whole_of_a_share_do_not_make_it_an_increment():
    got = found("某县2022年工作计划\n高新技术企业占新认定企业比例达到30%。\n", 2022)
    assert got == {("高新技术企业占新认定企业比例", "总量"): ("≥", 30.0, "%", None)}


# --- "依托企业重组(新建)的各类市级以上科技创新平台100个以上" (2027_banan_wenda) -------------------


def test_a_new_word_in_brackets_inside_a_describing_clause_is_no_kind_and_no_name_start():
    text = "某县2026年行动方案\n到2026年，依托龙头企业整合(新建)的各类省级以上研发平台40个以上。\n"
    assert found(text, 2026) == {("各类省级以上研发平台", "总量"): ("≥", 40.0, "个", None)}


def test_a_new_word_outside_brackets_still_makes_an_increment():
    got = found("某县2026年工作要点\n全年新建市级以上研发平台12个。\n", 2026)
    assert got == {("市级以上研发平台", "新增"): ("≥", 12.0, "个", None)}


# --- "力争全年签约亿元以上项目400个、落地250个" (2024_shenyang_gaoxinqu) ------------------------


def test_a_stage_verb_after_a_list_comma_counts_the_object_of_the_stage_before_it():
    text = (
        "某经开区2025年目标\n"
        "在招商、服务、创新3个方面实现新突破，力争全年开工重点产业项目60个、投产35个，"
        "科技型中小企业超过900家。\n"
    )
    got = found(text, 2025)
    assert got[("开工重点产业项目", "总量")][:3] == ("≥", 60.0, "个")
    assert got[("投产重点产业项目", "总量")][:3] == ("≥", 35.0, "个")
    assert len(got) == 3


# --- "累計達到15家，完成市上下達任務16家的93.7%" (2023_wushan_news, 繁體) -------------------------


def test_a_task_set_by_a_higher_level_inside_a_completion_ratio_is_the_year_target():
    text = (
        "某县上半年科技工作进展\n"
        "今年上半年，全县新认定科技型中小企业18家，完成市下达任务30家的60%；"
        "技术合同登记额1.2亿元，完成省下达的目标任务2亿元的60%。\n"
    )
    got = found(text, 2024)
    assert got[("科技型中小企业", "新增")][:3] == ("≥", 30.0, "家")
    assert got[("技术合同登记额", "总量")][:3] == ("≥", 2.0, "亿元")
    assert len(got) == 2
    assert {"18家", "1.2亿元"} <= set(listed(text, 2024))


def test_a_running_total_before_the_ratio_gives_the_task_the_name_of_the_clause_before():
    text = (
        "某縣大力培育專精特新企業\n"
        "今年以來，某縣認定省級專精特新企業4家，累計達到21家，完成市上下達任務25家的84%。\n"
    )
    got = found(text, 2024)
    assert len(got) == 1
    (name, kind), (comparison, value, unit, _) = next(iter(got.items()))
    assert "专精特新企业" in name and kind == "总量"
    assert (comparison, value, unit) == ("≥", 25.0, "家")


# --- "培训农牧民3239人(次),超额完成目标任务(3000人次)的8%", "超目标任务(25%)10.7个百分点"
# (2010_haibei_news) ---------------------------------------------------------------------------


def test_a_results_report_states_the_year_task_in_brackets():
    text = (
        "2015年某县科技工作成效明显\n"
        "2015年度，全县举办实用技术培训班30期，培训基层科普人员2150人(次)，超额完成目标任务(2000人次)的7.5%。"
        "全县公民具备科学素质比例达到6.3%，超目标任务(5%)1.3个百分点。\n"
    )
    got = found(text, 2015)
    assert got[("培训基层科普人员", "总量")][:3] == ("≥", 2000.0, "人次")
    assert got[("公民具备科学素质比例", "总量")][:3] == ("≥", 5.0, "%")
    assert len(got) == 2
    assert {"2150人次", "6.3%", "1.3个百分点"} <= set(listed(text, 2015))  # ("人(次)": 人次 since lead35)


# --- "今年截至7月底，全市已申报高企超900家，全年有望完成新增500家的目标任务" and "下一步，……每年精准
# 筛选储备1000家以上高企培育种子企业" (2021_quanzhou_news) ------------------------------------

REPORT = (
    "某市科技型企业培育成效明显\n"
    "今年1—6月份，全市高新技术产业增加值同比增长12.1%。\n"
    "去年全市科技型中小企业达820家，比上年增加160家。今年截至6月底，全市已评价科技型中小企业超600家，"
    "全年有望完成新增400家的目标任务。\n"
    "下一步，我市将健全科技企业梯次培育机制，加强政策辅导，每年遴选储备500家以上高企后备企业，"
    "实行入库管理；推动200家以上规上企业设立研发机构。\n"
)


def test_a_progress_report_states_the_year_task_it_expects_to_meet():
    got = found(REPORT, 2022)
    assert got[("科技型中小企业", "新增")][:3] == ("≥", 400.0, "家")
    assert "600家" in listed(REPORT, 2022)


def test_what_a_report_next_steps_do_every_year_holds_for_this_year():
    got = found(REPORT, 2022)
    assert got[("高企后备企业", "总量")][:3] == ("≥", 500.0, "家")
    assert "200家以上" in listed(REPORT, 2022)  # no 每年: not said for this year
    assert len(got) == 2


# --- "“十三五”发展目标是：……达到2.5%，高新技术企业达到4500家" (2016_hunan_kejihui) --------------

GOALS = (
    "某市科技工作会议召开\n"
    "2021年是“十四五”的开局之年，会议明确，“十四五”主要目标是：高新技术企业达到3000家，"
    "全社会研发经费投入强度达到2.8%。今年，全市力争新增高新技术企业300家。\n"
)


def test_a_five_year_period_goals_without_a_year_are_the_period_end_year():
    assert found(GOALS, 2021) == {("高新技术企业", "新增"): ("≥", 300.0, "家", None)}
    other = {u.quantity: u.reason for u in parse(GOALS, 2021).other_years}
    assert set(other) == {"3000家", "2.8%"} and all("2025年" in r for r in other.values())


def test_the_same_goals_are_the_plan_targets_in_the_period_end_year():
    text = GOALS.replace("2021年是“十四五”的开局之年", "2025年是“十四五”的收官之年")
    got = found(text, 2025)
    assert got[("高新技术企业", "总量")][:2] == ("≥", 3000.0)


# --- "在完成177万亩高标准农田建设任务的基础上" (2023_guizhou_tongzhi) ----------------------------


def test_a_task_done_as_the_basis_is_named_by_what_it_builds():
    text = "某市2024年工作要点\n在完成12万亩高效节水灌溉改造任务的基础上，继续推进农田水利建设。\n"
    assert list(found(text, 2024)) == [("高效节水灌溉改造", "总量")]


# --- "粮食、油菜单产分别提高2%、3%以上" (2023_guizhou_tongzhi) ------------------------------------


def test_crops_listed_before_a_yield_share_it():
    text = "某省2024年通知\n全年小麦、玉米单产分别提高1.5%、2%以上。\n"
    got = found(text, 2024)
    assert set(got) == {("小麦单产", "增速"), ("玉米单产", "增速")}
    assert got[("小麦单产", "增速")][:2] == ("≥", 1.5)
