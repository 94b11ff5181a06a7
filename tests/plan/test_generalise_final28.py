"""Reading rules from the blind batches final28 and final29 (issue 9 §3): one test per rule, each
with sentences written for the test in the shape of the corpus sentence that taught it
(tests/plan/corpus, file named in the comment), other words, numbers and places."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# --- "新增在孵企业122家，完成全年170家任务的71.8%" (2018_jingzhou_news) -----------------------


def test_a_mid_year_report_states_the_year_target_inside_a_completion_ratio():
    text = (
        "前三季度某市科技工作进展顺利\n"
        "前三季度，全市新增科技型中小企业入库215家，完成全年300家任务的71.7%；"
        "1-9月技术合同登记额8.2亿元，完成全年任务的68%。"
        "今年以来授权发明专利量406件，完成年度620件任务的65.5%。\n"
    )
    got = found(text, 2022)
    assert got[("科技型中小企业入库", "新增")][:3] == ("≥", 300.0, "家")
    assert sorted(t.value for t in parse(text, 2022).targets) == [300.0, 620.0]
    assert "215家" in listed(text, 2022) and "406件" in listed(text, 2022)


def test_the_task_may_follow_the_words_target_task_or_sit_in_brackets():
    text = (
        "某市科技工作进展\n"
        "今年以来，全市新增高新技术企业45家，完成年度目标任务60家的75%；"
        "技术合同成交额18亿元，完成全年任务（30亿元）的60%。\n"
    )
    got = {(t.value, t.unit, t.kind) for t in parse(text, 2022).targets}
    assert got == {(60.0, "家", "新增"), (30.0, "亿元", "总量")}


def test_the_result_before_a_completion_ratio_is_no_target_in_a_plan_either():
    text = "某县科技局2023年工作要点\n截至6月，全县组织申报项目42项，完成全年60项任务的70%。\n"
    targets = parse(text, 2023).targets
    assert [(t.value, t.unit) for t in targets] == [(60.0, "项")]


# --- "争取到2018年湖北重大科技专项立项项目3个,经费总额700万元" (2018_jingzhou_news) --------------


def test_in_a_report_projects_won_under_a_year_programme_are_a_result():
    text = (
        "上半年某市科技工作综述\n"
        "上半年，全市高新技术产业增加值同比增长12.5%。"
        "争取到2021年省级重点研发计划项目5个，支持资金650万元。\n"
    )
    assert parse(text, 2021).targets == []


def test_a_year_deadline_after_zhengqu_with_a_verb_still_sets_a_target():
    text = "某市科技局2021年工作计划\n争取到2021年底新建省级科技项目示范基地4个。\n"
    assert [t.value for t in parse(text, 2021).targets] == [4.0]


# --- "今年河南科技型中小企业入库目标2万家" (2024_henan_news) -------------------------------------


def test_target_right_before_a_number_states_the_target_even_where_a_table_shows_it():
    text = (
        "某省发布高新技术企业培育任务\n"
        "记者获悉，全省高新技术企业培育任务表显示，今年某省高新技术企业认定目标3500家。\n"
    )
    assert found(text, 2023)[("高新技术企业", "总量")][:3] == ("≥", 3500.0, "家")


def test_a_completion_of_a_target_is_still_a_result():
    text = "某市科技工作通报\n数据显示，全市技术合同登记额12.6亿元，完成省定目标126%。\n"
    assert parse(text, 2022).targets == []


# --- "河南省科技厅公布2024年第三批4371家入库科技型中小企业名单" (2024_henan_news) -------------------


def test_a_count_in_a_published_list_is_a_result():
    text = (
        "某省公布2800家入库科技型中小企业\n"
        "6月20日，某省科技厅公布2023年第二批2800家入库科技型中小企业名单。\n"
        "今年，全省力争科技型中小企业入库1.2万家。\n"
    )
    targets = parse(text, 2023).targets
    assert [(t.value, t.unit) for t in targets] == [(12000.0, "家")]


# --- "其中郑州市拟入库6780家,占比33.90%;南阳市、洛阳市分别拟入库2770家、2670家" (2024_henan_news) -


def test_the_shares_of_named_cities_under_a_provincial_target_are_not_targets():
    text = (
        "某省科技型中小企业培育\n"
        "今年全省科技型中小企业入库目标1.5万家。其中长春市拟入库5200家，占比34.7%；"
        "吉林市、四平市分别拟入库1800家、1100家，占比12%、7.3%。\n"
    )
    targets = parse(text, 2024).targets
    assert [(t.value, t.unit) for t in targets] == [(15000.0, "家")]
    assert {"5200家", "1800家", "1100家", "34.7%"} <= set(listed(text, 2024))


def test_a_share_of_the_citys_own_firms_is_still_a_target():
    text = "某市科技局2024年工作要点\n新增高新技术企业60家，其中制造业企业占比60%以上。\n"
    assert sorted(t.value for t in parse(text, 2024).targets) == [60.0, 60.0]


# --- "年度资金总额: 25 25 25 10 100.00% 10.00" (2022_huoqiu_jixiao) ------------------------------


def test_a_table_rows_bare_numbers_name_no_target():
    text = (
        "某县农业农村局2021年项目支出绩效自评表\n"
        "项目名称 农技推广补助经费\n"
        "年度资金总额: 40 40 38.5 10 96.25% 9.6\n"
        "产出指标 数量指标 举办农技培训班 ≥6期 6 10 10\n"
    )
    targets = parse(text, 2021).targets
    assert [(t.value, t.unit) for t in targets] == [(6.0, "期")]
    assert "96.25%" in listed(text, 2021)


# --- "（一）职责任务 / 1研究与试验发展经费支出占地区生产总值比重0.18%,…,科技创新水平指数48,…"
# (2019_ziyang_zicha) -----------------------------------------------------------------------------


SELF_CHECK = (
    "某市科学技术局关于2021年度绩效目标完成情况的自查报告\n"
    "现将我局2021年度绩效目标自查情况报告如下。\n"
    "一、高质量发展目标完成情况\n"
    "（一）职责任务\n"
    "1有效发明专利拥有量1250件，高新技术企业数量85家，区域创新能力指数62，技术合同成交额2.4亿元\n"
    "1）截至12月底，全市有效发明专利拥有量达1302件，已完成目标任务。\n"
)


def test_the_duties_line_of_a_performance_self_check_lists_the_years_targets():
    got = {(t.value, t.unit) for t in parse(SELF_CHECK, 2021).targets}
    assert got == {(1250.0, "件"), (85.0, "家"), (62.0, ""), (2.4, "亿元")}


def test_a_line_with_result_verbs_under_the_duties_heading_stays_a_result():
    text = SELF_CHECK.replace(
        "1有效发明专利拥有量1250件，高新技术企业数量85家，区域创新能力指数62，技术合同成交额2.4亿元",
        "1有效发明专利拥有量完成1302件，高新技术企业数量达到91家",
    )
    assert parse(text, 2021).targets == []


def test_an_index_right_after_its_name_is_read_without_a_unit():
    text = "某县2022年科技工作要点\n全县科技创新发展指数71，规上工业企业研发经费投入1.2亿元。\n"
    assert found(text, 2022)[("科技创新发展指数", "总量")][:3] == ("≥", 71.0, "")


# --- "主要农作物亩平均增产9%以上" (2015_qinghai_gongcheng) --------------------------------------


def test_a_rise_of_yield_or_income_in_percent_is_a_growth_rate():
    text = (
        "某州农牧业科技行动方案\n"
        "力争到2020年，示范区马铃薯、青稞亩均增产12%以上，农牧民人均增收8%，推广良种30万亩。\n"
    )
    kinds = {(t.value, t.kind) for t in parse(text, 2020).targets}
    assert kinds == {(12.0, "增速"), (8.0, "增速"), (30.0, "总量")}


# --- "灌溉水利用系数达到0.5" (2015_qinghai_gongcheng) ------------------------------------------


def test_a_coefficient_is_read_without_a_unit():
    text = "某县水利科技推广计划\n今年新增节水灌溉面积2万亩，农田灌溉水有效利用系数提高到0.58。\n"
    assert found(text, 2021)[("农田灌溉水有效利用系数", "总量")][:3] == ("≥", 0.58, "")


# --- "育肥出栏200万羊单位" (2015_qinghai_gongcheng) --------------------------------------------


def test_sheep_units_are_a_unit_of_livestock():
    text = "某州草地畜牧业科技支撑方案\n今年实现出栏180万羊单位，建设人工饲草基地15万亩。\n"
    got = {(t.value, t.unit) for t in parse(text, 2016).targets}
    assert got == {(180.0, "万羊单位"), (15.0, "万亩")}


# --- "2013年全县计划新改建现代设施大棚100栋" (2013_guinan_news) ------------------------------------


def test_a_plan_to_build_in_a_report_of_results_is_a_target_counted_in_buildings():
    text = (
        "某县农牧科技工作成效明显\n"
        "近年来，某县建成日光节能温室120座，推广地膜马铃薯2万亩。"
        "2015年全县计划新建标准化养殖暖棚80栋，计划推广青稞良种1.5万亩。\n"
    )
    got = {(t.value, t.unit) for t in parse(text, 2015).targets}
    assert got == {(80.0, "栋"), (1.5, "万亩")}


# --- "今年计划建设…示范区3处3000亩，…示范区2处500亩" (2013_guinan_news) ----------------------------


def test_an_area_right_after_a_count_is_the_area_of_the_places_counted():
    text = (
        "某县2016年农业科技工作安排\n"
        "今年计划建设高原夏菜标准化示范基地4个2600亩，中药材规范化种植示范点3个800亩，推广地膜玉米1.2万亩。\n"
    )
    got = found(text, 2016)
    assert got[("高原夏菜标准化示范基地", "总量")][1:3] == (4.0, "个")
    assert got[("高原夏菜标准化示范基地面积", "总量")][1:3] == (2600.0, "亩")
    assert got[("中药材规范化种植示范点面积", "总量")][1:3] == (800.0, "亩")
    assert len(got) == 5


# --- "财政科技投入强度市本级达到2%，县本级达到1%" (2025_qingyang_news) ------------------------------


def test_the_counties_own_share_after_the_citys_is_a_requirement_on_the_counties():
    text = (
        "某市“十四五”科技创新规划新闻发布会\n"
        "确保“十四五”末财政科技支出占比市本级达到3%，县区本级达到1.5%，全社会研发投入强度达到2%。\n"
    )
    got = {(t.value, t.unit) for t in parse(text, 2025).targets}
    assert got == {(3.0, "%"), (2.0, "%")}
    assert "1.5%" in listed(text, 2025)


# --- "再打造两个科技创新载体:国家级农业高新技术产业示范区和省级科技成果转移转化示范区"
# (2025_qingyang_news) ----------------------------------------------------------------------------


def test_a_count_of_the_names_listed_after_a_colon_is_no_target():
    text = (
        "某市加快建设创新平台\n"
        "今年还将新建三个研发平台：市农业科学研究院、新材料中试基地和氢能产业研究院。"
        "力争新增高新技术企业25家。\n"
    )
    assert [(t.value, t.unit) for t in parse(text, 2024).targets] == [(25.0, "家")]


def test_a_count_before_a_colon_that_lists_fewer_names_stays_a_target():
    text = "某市科技局2024年工作要点\n今年新建研发平台5个：重点建设市农业科学研究院和新材料中试基地。\n"
    assert [t.value for t in parse(text, 2024).targets] == [5.0]


# --- "科技部等14部门共同发布的通知" (2025_kexuecheng_tongzhi) ------------------------------------


def test_the_departments_issuing_a_document_are_no_target():
    text = (
        "某省多部门联合支持创新平台建设\n"
        "记者从省科技厅获悉，省科技厅等9部门联合印发的方案提出，到2024年，全省新型研发机构达到120家。"
        "方案由11个部门共同制定。\n"
    )
    assert [(t.value, t.unit) for t in parse(text, 2024).targets] == [(120.0, "家")]
    assert {"9部", "11个"} <= set(listed(text, 2024))
