"""Reading rules from the blind batch final25 (issue 9 §3) and the miss classes that recur across
final21–25: one test per rule, each with sentences written for the test in the shape of the corpus
sentence that taught it (tests/plan/corpus, file named in the comment), other words and numbers."""

from __future__ import annotations

from kjreport.indicators.catalogue import load_catalogue
from tests.plan.test_generalise import found, listed, parse

# --- results only: "截至今年，…完成…" (2018_zhangpu_news) ---------------------------------------


def test_a_news_item_that_reports_how_far_this_year_got_sets_no_target():
    text = (
        "某县加快创新平台建设\n"
        "本报讯 据县融媒体中心消息，某县加快创新平台建设，截至今年，全县企业R&D经费投入完成3.12亿元，"
        "增长6.3%，占GDP比重0.91%。\n"
        "全县新增省级科技型企业18家；研发机构备案已有5家完成，专利申请量和授权量增长率分别为12.5%和33.8%。\n"
    )
    assert parse(text, 2020).targets == []
    assert "3.12亿元" in listed(text, 2020)


def test_a_plan_to_the_end_of_this_year_is_still_a_plan():
    text = "某县科技局2020年工作要点\n截至今年底，力争全县高新技术企业达到60家，技术合同成交额突破5亿元。\n"
    got = found(text, 2020)
    assert got[("高新技术企业", "总量")][:3] == ("≥", 60.0, "家")


def test_an_application_under_way_is_no_target_word():
    # "……的发明专利申请计划申报中": what is being filed; a result, not 计划申报 (a plan to file)
    text = (
        "某县专利工作取得新进展\n"
        "截至今年，某县专利授权量增长21.4%，8月中旬，某县又新增某某电子的发明专利申请12件，"
        "此外，某某科技等企业的发明专利申请计划申报中。\n"
    )
    assert parse(text, 2021).targets == []


def test_a_plan_to_file_applications_is_still_a_target():
    text = "某县科技局2021年工作计划\n全年计划申报发明专利60件，计划新增高新技术企业8家。\n"
    got = found(text, 2021)
    assert got[("高新技术企业", "新增")][:3] == ("≥", 8.0, "家")
    assert any(value == 60.0 for _, value, _, _ in got.values())


# --- one target restated in other words (2015_longquanyi_news) ---------------------------------


def test_a_headline_target_restated_in_the_body_is_one_target_under_the_catalogue_name():
    text = (
        "某区今年投入25亿元搞研发\n"
        "记者昨日获悉，该区今年将力争全社会投入25亿元搞研发，投入强度保持2.6%以上。\n"
        "谈到今年的目标，区科技局局长表示，全社会研发投入25亿元，投入强度保持2.6%以上，新增高新技术企业12家。\n"
    )
    targets = parse(text, 2016).targets
    assert [(t.value, t.unit) for t in targets if t.unit == "亿元"] == [(25.0, "亿元")]
    assert [t.value for t in targets if t.unit == "%"] == [2.6]
    money = next(t for t in targets if t.unit == "亿元")
    assert money.indicator == "全社会R&D经费投入"  # the built-in, computed, not a reported row


def test_two_targets_with_the_same_value_in_one_list_stay_two():
    text = "某区2016年科技工作要点\n新增省级工程技术研究中心5家，新增市级重点实验室5家。\n"
    assert len(parse(text, 2016).targets) == 2


# --- names ---------------------------------------------------------------------------------------


def test_the_rd_spending_of_large_firms_written_short_is_the_catalogue_entry():
    # 规上企业R&D经费支出 (2015_longquanyi_news): the catalogue's 规上工业企业研发费用
    catalogue = load_catalogue()
    for name in ("规上企业R&D经费支出", "规上企业研发经费支出", "规上企业R&D经费投入"):
        assert catalogue.same(name, "规上工业企业研发费用"), name
    text = "某县2017年科技工作要点\n规上企业研发经费支出9.5亿元以上；技术交易额达6亿元。\n"
    assert found(text, 2017)[("企业R&D经费投入", "总量")][:3] == ("≥", 9.5, "亿元")


def test_the_partners_of_a_deepened_cooperation_are_what_is_counted():
    # 2012_fujian_nongkeyuan: "深化20个……和……的合作"
    text = (
        "某市农科院2013年工作安排\n"
        "今年该院将实施五项措施，包括建立15个农业科技示范基地、深化12个校企联合实验室和专家服务站的合作、"
        "筛选80项科研储备课题等。\n"
    )
    got = found(text, 2013)
    assert got[("校企联合实验室和专家服务站", "总量")][:3] == ("≥", 12.0, "个")
    assert not any(name.startswith(("深化", "合作")) for name, _ in got)


def test_people_trained_in_a_field_are_named_after_the_number():
    # 2012_fujian_nongkeyuan: "力争在服务“三农”中培养锻炼100名青年科技人员"
    text = "某市农科院2013年工作安排\n力争在乡村振兴一线培养锻炼60名基层农技骨干，推广新品种30个。\n"
    got = found(text, 2013)
    assert got[("基层农技骨干", "总量")][:3] == ("≥", 60.0, "名")


# --- a town's farming plan under a run-in heading (2021_shuren_jihua) ---------------------------

TOWN = (
    "某镇2022年科技工作计划\n"
    "一、加强领导\n"
    "成立镇科技工作领导小组，镇长任组长。\n"
    "二、工作内容\n"
    "(一)科技培训:每季度举办农民技术培训，提高农民科学种养水平。\n"
    "(二)产业示范:农业科技是乡村振兴的重要基础,是农民增收的保障。为此,今年全镇计划完成 6000 亩高产示范片,"
    "养羊大户 20 户,全镇计划存栏 9000 只,其中能繁母羊 4000 只;各村发展科技示范户3户以上;"
    "推广种植优质玉米 3500 亩。\n"
)


def test_a_run_in_heading_is_judged_by_the_words_before_its_colon():
    # "……是……的基础" after the colon is the paragraph's first sentence, not a heading of results
    got = found(TOWN, 2022)
    assert got[("高产示范片", "总量")][:3] == ("≥", 6000.0, "亩")
    assert got[("养羊大户", "总量")][:3] == ("≥", 20.0, "户")
    assert got[("能繁母羊", "总量")][:3] == ("≥", 4000.0, "只")
    assert any(value == 3500.0 and unit == "亩" for _, value, unit, _ in got.values())


def test_a_requirement_for_each_village_is_not_the_town_total():
    assert "每个县" in listed(TOWN, 2022)["3户以上"]
    assert not any(value == 3.0 for _, value, _, _ in found(TOWN, 2022).values())


def test_a_heading_of_results_before_its_colon_still_sets_results_aside():
    text = (
        "某镇2022年科技工作计划\n"
        "一、工作基础:去年全镇建成高产示范片 5000 亩,养羊大户 15 户。\n"
        "二、工作目标:今年全镇计划完成 6000 亩高产示范片。\n"
    )
    got = found(text, 2022)
    assert [v for _, v, _, _ in got.values()] == [6000.0]


# --- recurring across final21–25: compound units ---------------------------------------------
# (2015_fuzhou_yijian 人·年/万人, 2020_neimenggu_guihua 人年/萬人, 2021_pudong_news 万美元,
# 2019_jiangning_fangtan 亿美元)

UNITS_PLAN = "某市科技局2022年工作要点\n"


def test_staff_per_ten_thousand_employed_keep_their_compound_unit():
    text = UNITS_PLAN + (
        "每万名从业人员中研发人员达到52人·年/万人以上，每萬名就業人員研發人力投入達到41人年/萬人。\n"
    )
    units = sorted(unit for _, _, unit, _ in found(text, 2022).values())
    assert units == ["人·年/万人", "人年/万人"]


def test_full_time_equivalents_in_ten_thousands_are_person_years_not_people():
    text = UNITS_PLAN + "全社会R&D人员全时当量达到1.6万人年，规上企业研发人员达到2.5万人·年，引进人才1.2万人。\n"
    got = {value: unit for _, value, unit, _ in found(text, 2022).values()}
    assert got == {1.6: "万人年", 2.5: "万人·年", 1.2: "万人"}


def test_visits_dollars_and_patents_per_ten_thousand_people():
    text = UNITS_PLAN + (
        "科技活动周受众达到18万人次；实际利用外资4.5亿美元以上，人均地区生产总值突破2.2万美元；"
        "每万人口高价值发明专利拥有量达到7.5件。\n"
    )
    got = {value: unit for _, value, unit, _ in found(text, 2022).values()}
    assert got == {18.0: "万人次", 4.5: "亿美元", 2.2: "万美元", 7.5: "件"}


def test_energy_in_tonnes_of_standard_coal():
    text = UNITS_PLAN + "万元GDP能耗控制在0.45吨标准煤以内，能源消费总量控制在900万吨标准煤以内。\n"
    got = {(value, unit, comparison) for comparison, value, unit, _ in found(text, 2022).values()}
    assert got == {(0.45, "吨标准煤", "≤"), (900.0, "万吨标准煤", "≤")}


def test_amounts_in_hundreds_and_thousands_of_a_money_unit():
    text = UNITS_PLAN + "争取上级科技资金4千万元，技术交易额达到3百亿元。\n"
    got = {(value, unit) for _, value, unit, _ in found(text, 2022).values()}
    assert got == {(4000.0, "万元"), (300.0, "亿元")}


# --- a growth and a total in one clause (2010_zhejiang_news: "比2009年增长10%以上，突破1万亿元") ---


def test_a_growth_then_its_total_after_a_comma_or_a_dunhao():
    for mark in ("，", "、"):
        text = UNITS_PLAN + f"全市技术合同成交额比2021年增长18%以上{mark}突破260亿元。\n"
        got = found(text, 2022)
        assert got[("技术合同成交额", "增速")][:3] == ("≥", 18.0, "%"), mark
        assert got[("技术合同成交额", "总量")][:3] == ("≥", 260.0, "亿元"), mark


def test_a_total_named_only_as_its_sum_belongs_to_the_growth_before():
    text = UNITS_PLAN + "高新技术企业营业收入比上年增长12%左右，总额达到1800亿元。\n"
    got = found(text, 2022)
    assert got[("高新技术企业营业收入", "总量")][:3] == ("≥", 1800.0, "亿元")
    assert got[("高新技术企业营业收入", "增速")][:3] == ("≈", 12.0, "%")


def test_a_measure_growing_to_a_total_takes_no_subject_of_its_own_name():
    text = UNITS_PLAN + "高新区营业收入增长20%；工业总产值增长15%，达到2600亿元。\n"
    got = found(text, 2022)
    assert got[("工业总产值", "总量")][:3] == ("≥", 2600.0, "亿元")


# --- stretch values stated later (2019_jiangning_fangtan: "力争将这两项目标提升至300家和30家") ------


def test_these_two_raised_with_another_verb_and_the_count_in_characters():
    text = UNITS_PLAN + (
        "新增高新技术企业90家、科技型中小企业450家，争取将这两项分别提高到110家和520家。\n"
    )
    targets = {t.indicator: t for t in parse(text, 2022).targets}
    assert len(targets) == 2
    assert sorted((t.value, t.stretch) for t in targets.values()) == [(90.0, 110.0), (450.0, 520.0)]


def test_the_above_two_reaching_stretch_values_in_money():
    text = UNITS_PLAN + "技术合同成交额达到45亿元，高新技术产业产值达到720亿元，力争上述两项指标分别达到50亿元、800亿元。\n"
    targets = {t.indicator: t for t in parse(text, 2022).targets}
    assert len(targets) == 2
    assert sorted((t.value, t.stretch) for t in targets.values()) == [(45.0, 50.0), (720.0, 800.0)]


def test_these_two_raised_in_the_next_sentence_of_the_paragraph():
    text = UNITS_PLAN + "全年新增省级工程技术研究中心8家、新型研发机构6家。力争将这两项目标提升至10家和9家。\n"
    targets = parse(text, 2022).targets
    assert sorted((t.value, t.stretch) for t in targets) == [(6.0, 9.0), (8.0, 10.0)]


# --- precision: rows of a policy or a document that are no targets (recurring in final21–25:
# 2030_bijie_yijian grant bands, 2023_liaoning_news weights, 2020_neimenggu_guihua parts) ------


def test_the_rate_a_grant_is_paid_at_is_no_target():
    text = UNITS_PLAN + "对企业研发投入，按上年度研发投入增量的12%给予奖补，按照实际投入的25%比例予以补助。\n"
    assert parse(text, 2022).targets == []
    assert "补助的比例" in listed(text, 2022)["12%"]


def test_a_band_of_rd_spending_that_earns_a_grant_is_no_target():
    text = UNITS_PLAN + "研发经费支出在800万元至3000万元之间的企业，按6%给予补助。\n"
    assert parse(text, 2022).targets == []


def test_a_count_of_firms_above_a_spending_level_is_still_a_target():
    text = UNITS_PLAN + "研发投入在1000万元以上的企业达到45家。\n"
    assert [t.value for t in parse(text, 2022).targets] == [45.0]


def test_the_weight_of_an_indicator_in_an_evaluation_is_no_target():
    text = UNITS_PLAN + "科技创新指标在乡镇综合考核中占15%的权重，研发投入指标在考核中的分值占比为25%。\n"
    assert parse(text, 2022).targets == []


def test_the_chapters_and_articles_of_a_document_are_no_targets():
    text = UNITS_PLAN + "《实施细则》共6章28条。《意见》包括总体要求、重点任务、保障措施3个部分，共18条。\n"
    assert parse(text, 2022).targets == []
    assert "条款数" in listed(text, 2022)["28条"]


# --- precision: a report of the year so far read as a plan (2018_zhangpu_news "截至今年",
# 2022_nanyang_wancheng "今年来"): the other ways a report writes the period ----------------------

SO_FAR_REPORT = (
    "某县科技创新成效明显\n"
    "{lead}某县新增高新技术企业14家，技术合同成交额完成4.2亿元，增长16%。全县规上工业企业研发投入达到2.3亿元。\n"
)


def test_a_report_of_the_year_so_far_sets_no_target_whatever_its_period_word():
    for lead in ("年初以来，", "今年前10个月，", "截至11月底，今年", "今年1至9月，", "开年以来，"):
        assert parse(SO_FAR_REPORT.format(lead=lead), 2021).targets == [], lead


def test_a_plan_after_a_report_of_the_year_so_far_is_still_read():
    text = SO_FAR_REPORT.format(lead="今年前10个月，") + "下一步，某县将力争全年新增高新技术企业20家，技术合同成交额突破5亿元。\n"
    got = found(text, 2021)
    assert got[("高新技术企业", "新增")][:3] == ("≥", 20.0, "家")
    assert got[("技术合同成交额", "总量")][:3] == ("≥", 5.0, "亿元")


# --- names: the goal's label before its name (2011_sichuan_baogao, 2025_hunan_baogao "主要预期目标是") --


def test_the_name_follows_a_label_of_main_indicators():
    text = UNITS_PLAN + "全市科技工作的主要预期指标为全社会研发投入增长13%以上。\n"
    got = found(text, 2022)
    assert [name for name, _ in got] == ["全社会研发投入"]


def test_the_size_of_a_group_to_join_is_no_target():
    # 2022_nanyang_wancheng: "……5个试点市之一"
    text = UNITS_PLAN + "力争成为全省8个创新型县（市）试点之一，新增高新技术企业25家。\n"
    got = found(text, 2022)
    assert list(got) == [("高新技术企业", "新增")]
    assert "之一" in listed(text, 2022)["8个"]


# --- stretch values in other places (issue 9 §3: "达到3.3%、争取达到3.4%") ---------------------


def test_a_stretch_value_in_brackets():
    text = UNITS_PLAN + "技术合同成交额45亿元（力争55亿元），新增高新技术企业70家以上（争取90家）。\n"
    targets = {t.indicator: t for t in parse(text, 2022).targets}
    assert len(targets) == 2
    assert (targets["技术合同成交额"].value, targets["技术合同成交额"].stretch) == (45.0, 55.0)
    assert (targets["高新技术企业"].value, targets["高新技术企业"].stretch) == (70.0, 90.0)


def test_a_growth_stretches_a_growth_only():
    text = UNITS_PLAN + "高新技术产业产值增长14%，力争增长17%。\n"
    [target] = parse(text, 2022).targets
    assert (target.kind, target.value, target.stretch) == ("增速", 14.0, 17.0)
    text = UNITS_PLAN + "高新技术企业营业收入占比达到35%，力争增长10%。\n"
    assert all(t.stretch is None for t in parse(text, 2022).targets)


def test_a_two_letter_verb_the_verb_list_does_not_know_leaves_the_name_after_the_count():
    # the same shape as 2012_fujian_nongkeyuan's "深化20个……": other verbs
    text = UNITS_PLAN + "壮大18家科技型龙头企业，选树6个科技示范村，引育12个高层次创新团队；实际利用外资8亿美元。\n"
    got = found(text, 2022)
    assert {name for name, _ in got} == {"科技型龙头企业", "科技示范村", "高层次创新团队", "实际利用外资"}


def test_what_people_come_to_do_is_not_their_name():
    text = UNITS_PLAN + "吸引150名博士来我市创新创业，聘请8名院士担任顾问。\n"
    assert {name for name, _ in found(text, 2022)} == {"博士", "院士"}
