"""Reading rules from the blind batches final26 and final27 (issue 9 §3): one test per rule, each
with sentences written for the test in the shape of the corpus sentence that taught it
(tests/plan/corpus, file named in the comment), other words, numbers and places."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# --- an as-of date in the plan's year: "截至2018年4月10日，全市有效…" (2018_changsha_news) -----


def test_counts_as_of_a_date_of_the_plan_year_are_the_present_state():
    text = (
        "某市科技发展数据发布\n"
        "截至2021年3月15日，全市有效高新技术企业826家，认定科技型中小企业1530家，"
        "省级、市级工程技术研究中心分别达47个、112个。\n"
        "今年，全市科技系统将着力培育创新主体。\n"
    )
    assert parse(text, 2021).targets == []


def test_a_target_to_a_year_end_with_a_target_word_is_still_a_target():
    text = "某县科技局2021年工作要点\n截至2021年底，力争全县有效高新技术企业达到75家。\n"
    assert found(text, 2021)[("高新技术企业", "总量")][:3] == ("≥", 75.0, "家")


# --- "“十四五”以来，共承担…478项": since the period began, a result (2025_liaocheng_news) --------


def test_what_was_done_since_a_five_year_period_began_is_a_result():
    text = (
        "某市召开“十三五”科技创新成就新闻发布会\n"
        "“十三五”以来，全市共承担省级以上科技计划项目215项，获省级以上财政资金支持超3亿元，"
        "组织实施市级科技项目300余项。\n"
    )
    assert parse(text, 2020).targets == []


def test_a_target_to_the_end_of_a_five_year_period_is_still_read():
    text = "某市科技创新规划\n力争到“十四五”末，全市高新技术企业达到1200家。\n"
    assert found(text, 2025)[("高新技术企业", "总量")][:3] == ("≥", 1200.0, "家")


# --- a press conference on a finished period, dated by a "供稿" line (2025_liaocheng_news) ------


def test_a_review_of_a_five_year_period_dated_at_its_end_sets_no_target():
    text = (
        "科技赋能 “十三五”期间某市创新实力显著增强\n"
        "供稿: | 2020-12-08\n"
        "某市科学技术局局长介绍“十三五”期间全市科技创新的有关成效。\n"
        "创新主体持续壮大。全市高新技术企业从2015年的96家跃升至2020年的410家，"
        "科技型中小企业从2015年的120家增长至2020年的865家。每年落实市级研发奖补资金超过1800万元，"
        "引导企业加大研发投入。\n"
        "“十三五”以来，全市共承担省级以上科技计划项目236项，获省级以上财政资金支持超3亿元。\n"
    )
    assert parse(text, 2020).targets == []


def test_a_plan_that_raises_a_count_from_one_year_to_another_still_sets_its_targets():
    text = (
        "某市科技创新三年行动方案\n"
        "力争全市高新技术企业从2020年的400家增长到2022年的600家，每年落实研发奖补资金不低于2000万元。\n"
    )
    # (the end of the change is the plan's 2022 target since lead23 read a dated start as a start)
    assert [(t.value, t.unit) for t in parse(text, 2022).targets] == [(600.0, "家"), (2000.0, "万元")]


# --- "确保亿元以上项目新开工90个、新入库70个、新投产90个" (2026_yidu_news) ----------------------


def test_a_verb_alone_after_a_comma_of_enumeration_counts_the_lists_subject():
    # each item is named by the list's subject and its own verb, not by the clause before
    # ("深入学习…精神"); 新入库 is a 新增 word, 新开工/新投产 are not (final13 2022_taian_gaoxinqu_news)
    text = "某区2025年工作要点\n深入践行“四下基层”，确保工业重点项目新开工45个、新入库30个、新投产25个。\n"
    got = found(text, 2025)
    assert got[("工业重点项目新开工", "总量")][:3] == ("≥", 45.0, "个")
    assert got[("工业重点项目新入库", "新增")][:3] == ("≥", 30.0, "个")
    assert got[("工业重点项目新投产", "总量")][:3] == ("≥", 25.0, "个")


# --- "14个县市区委书记（含宜昌高新区）表示，要……" (2026_yidu_news) ---------------------------------


def test_a_count_of_speakers_is_no_target():
    text = (
        "全市科技大会后各区县表态\n"
        "9个区县党委书记（含经开区）一致表示，要抓好大会精神落实。某区力争全年新增高新技术企业20家。\n"
    )
    targets = parse(text, 2024).targets
    assert [(t.value, t.unit) for t in targets] == [(20.0, "家")]


def test_a_count_before_a_target_word_after_a_speech_verb_is_still_read():
    text = "某县2024年科技工作要点\n县科技局表示，力争全年新增科技型中小企业35家。\n"
    assert found(text, 2024)[("科技型中小企业", "新增")][:3] == ("≥", 35.0, "家")


# --- "围绕全年67个工业增长点新增产值80亿元目标" (2026_yidu_news) -----------------------------------


def test_a_goal_framed_by_its_sources_is_named_by_their_measure():
    # 增长点 is a noun (not 增长), the measure after 新增 keeps the name before it, and 围绕 and the
    # count of the sources (a subject) are no part of the name
    text = "某县2025年经济工作要点\n围绕全年45个服务业增长点新增营业收入30亿元目标，抓好项目落地。\n"
    got = found(text, 2025)
    assert got[("服务业增长点营业收入", "新增")][:3] == ("≥", 30.0, "亿元")


# --- "安排省级重点项目600个、投资5000亿元左元左右" (2018_shaanxi_baogao) -----------------------------


def test_a_bound_word_with_a_stray_fragment_is_read_as_the_bound():
    text = "某省2019年政府工作报告\n安排市级重大项目350个、完成投资2800亿元左元左右。\n"
    targets = parse(text, 2019).targets
    money = next(t for t in targets if t.unit == "亿元")
    assert (money.comparison, money.value) == ("≈", 2800.0)
    assert "左" not in money.indicator and "右" not in money.indicator


def test_bound_words_and_units_alone_name_nothing():
    from kjreport.plan import wording

    assert wording.name_after("左元左右") == ""
    assert wording.name_before("以上左右") == ""
    assert wording.name_after("省级重点项目") == "省级重点项目"


# --- "围绕2021年产能达到30万辆目标，……，今年整车产量达到70万辆" (2018_shaanxi_baogao) ---------------


def test_this_year_after_a_later_years_goal_in_the_same_sentence_is_this_years_target():
    text = (
        "某省2019年政府工作报告\n"
        "围绕2022年产能达到50万辆目标，加快新能源汽车产业发展，今年新能源汽车产量达到18万辆。\n"
    )
    targets = parse(text, 2019).targets
    assert [(t.value, t.unit) for t in targets] == [(18.0, "万辆")]
    assert "50万辆" in listed(text, 2019)  # the 2022 goal is listed as another year's


def test_vehicles_are_counted_in_their_own_unit():
    text = "某市2020年工业工作要点\n全年整车产量力争突破12万辆，新增公交车300辆。\n"
    got = found(text, 2020)
    assert got[("整车产量", "总量")][:3] == ("≥", 12.0, "万辆")


# --- "“十四五”目标：" … "2021年目标：" label lines over unheaded lines (2021_shaanxi_baogao) ------


def test_a_label_line_frames_the_unheaded_lines_below_it_until_the_next_label():
    text = (
        "某省政府工作报告要点\n"
        "“十四五”目标：\n"
        "创新能力显著增强\n"
        "全社会研发经费投入强度达到2.8%左右\n"
        "2022年目标：\n"
        "地区生产总值增长6%左右\n"
        "城镇新增就业35万人\n"
    )
    targets = parse(text, 2022).targets
    assert sorted((t.value, t.unit) for t in targets) == [(6.0, "%"), (35.0, "万人")]
    assert "2.8%左右" in listed(text, 2022)  # the period's goal, listed as another year's


# --- "遴选的1200名省级科技特派员已于3月中旬赴基层" (2024_guizhou_news), "分获奖补资金10万元"
# (2017_delingha_news) ------------------------------------------------------------------------


def test_people_already_sent_on_a_date_are_no_target():
    text = (
        "某省科技特派员已赴基层\n"
        "本报西宁4月2日电 记者从省科技厅获悉：今年从高校院所选派的800名省级科技特派员已于3月下旬到岗服务。\n"
    )
    assert parse(text, 2023).targets == []


def test_funds_each_received_are_a_result():
    text = (
        "某县科协工作总结\n"
        "一是评选科普示范基地，某某种植合作社、某某养殖基地分获奖补资金8万元；二是组织申报了省级科普项目。\n"
    )
    assert parse(text, 2019).targets == []


# --- "河南擘画科技创新“路线图”：今年研发投入强度2.2%以上" (2026_henan_news) ------------------------


def test_a_headline_target_the_quoted_body_does_not_reach_is_read():
    text = (
        "某省部署科技创新重点任务：今年技术合同成交额1200亿元以上\n"
        "2月10日，2025年全省科技工作会议召开。会议总结回顾“十四五”以来全省科技创新工作，"
        "全省技术合同成交额由2020年的380亿元增至1050亿元。\n"
    )
    targets = parse(text, 2025).targets
    assert [(t.comparison, t.value, t.unit) for t in targets] == [("≥", 1200.0, "亿元")]


def test_a_headline_restated_in_the_body_is_one_target():
    text = (
        "某市今年研发投入强度2.6%以上\n"
        "记者从市科技局获悉，今年全市力争研发投入强度达到2.6%以上，新增高新技术企业60家。\n"
    )
    targets = parse(text, 2024).targets
    assert sorted((t.value, t.unit) for t in targets) == [(2.6, "%"), (60.0, "家")]


def test_a_headline_of_results_so_far_sets_no_target():
    text = "上半年某市技术合同成交额增长35%以上\n今年以来，全市技术合同成交额同比增长35.6%。\n"
    assert parse(text, 2024).targets == []
