"""Reading rules from the blind batches final40 and final41 (round 19, issue 9 §3): one test per rule,
each with sentences written for the test in the shape of the corpus sentence that taught it (other
words, numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from kjreport.plan import import_plan, wording
from tests.plan.test_generalise import found, listed

PLAN = "2025年全市科技工作要点\n一、主要目标\n"


def test_the_main_expected_indicators_are_targets_in_a_meeting_report(tmp_path):
    # 2014_changchungaoxinqu_news: "部署2014年主要预期发展指标是:营业总收入实现4900亿元,……" (refused as 实绩)
    path = tmp_path / "会议.txt"
    path.write_text(
        "某报讯 17日，某高新区召开工作会议，总结2024年及五年来的工作，部署2025年重点工作。\n"
        "记者从会上获悉，2024年某高新区营业总收入实现3251亿元，同比增长12.4%；工业总产值实现2966亿元，同比增长11.6%。\n"
        "管委会主任部署2025年主要预期发展指标是：营业总收入实现3600亿元，工业总产值实现3300亿元。突出抓好八项重点工作。\n",
        encoding="utf-8",
    )
    got = {t.indicator: t.value for t in import_plan(path, year=2025).targets}
    # (工业总产值 is no measure of 营业总: no subject is carried over)
    assert got == {"营业总收入": 3600.0, "工业总产值": 3300.0}


def test_general_budget_revenue_is_a_revenue_not_a_budget():
    # "一般预算财政收入……100亿元" was set aside as "用地面积或经费预算"
    got = found(PLAN + "一般公共预算收入达到42亿元；全口径财政收入、一般预算财政收入分别实现80亿元、30亿元。\n", 2025)
    assert {name for name, _ in got} == {"一般公共预算收入", "全口径财政收入", "一般预算财政收入"}
    assert "6000万元" in listed(PLAN + "项目预算安排6000万元；新增高新技术企业30家。\n", 2025)


def test_a_sentence_that_opens_with_an_estimate_is_no_target():
    # 2010_daliangaoxinqu_news: "預計高新技術產業收入500億元以上,增長25%"
    text = PLAN + "力争地区生产总值增长8%。预计高新技术产业收入300亿元以上。\n"
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 8.0, "%", None)]
    assert "300亿元以上" in listed(text, 2025)
    # an estimate a target word governs is a target ("预计……，力争……")
    assert found(PLAN + "预计全年力争新增高新技术企业30家。\n", 2025)


def test_a_paragraph_of_progress_so_far_is_results():
    # 2022_sichuan_tuijinhui: "记者从会上获悉,1~9月,全省入库备案科技型中小企业14194家、同比增长13.3%;……"
    text = (
        "全省科技系统推进会召开\n我省力争高新技术产业全年实现营业收入2万亿元\n"
        "记者从会上获悉，1~9月，全省入库科技型中小企业9100家、同比增长11.3%；"
        "全省高新区实现地区生产总值5200亿元、同比增长6.1%。\n"
    )
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 2.0, "万亿元", None)] or list(got.values()) == [("≥", 20000.0, "亿元", None)]
    assert {"9100家", "5200亿元"} <= set(listed(text, 2025))


def test_counts_of_the_places_served_are_scope():
    # 2025_shanxi_tepaiyuan: "向58个"三区"县派遣889名科技特派员……按全省58个"三区"县的数量分配,每县1个特派团"
    text = (
        "某省选派科技特派员\n该省计划在2025年向36个“三区”县派遣520名科技特派员，按全省36个“三区”县的数量分配，"
        "每县1个特派团，共组建36个科技特派团。其余20个县则每个特派团配备14名特派员。\n"
    )
    got = found(text, 2025)
    assert sorted(v[1] for v in got.values()) == [36.0, 520.0]


def test_the_gloss_of_a_programme_lists_its_targets():
    # 2012_hefei_yaodian: "重点实施“五个一百”计划(即:培育100户……、新建100个研发机构、……)"
    text = PLAN + "重点实施“三个五十”计划（即：培育50户高新技术企业、新建50个研发机构、集聚50名高层次人才）。\n"
    got = found(text, 2025)
    assert len(got) == 3 and {v[1] for v in got.values()} == {50.0}
    # the gloss of a way of working still spells out staffing, no target
    text = PLAN + "采取“1112”方式（即1名局领导带1名中层干部、1名工作人员联系2个县市）。新增高新技术企业30家。\n"
    assert list(found(text, 2025).values()) == [("≥", 30.0, "家", None)]


def test_the_planned_area_and_facilities_of_a_park_are_no_targets():
    # 2012_taizhou_news: "規劃面積2萬畝……包括年培育500萬株蔬菜花卉種苗的工廠化育苗區、……、4500平方米的蔬菜塑料大棚區"
    text = (
        PLAN + "园区规划面积3万亩，将建设农业科技博览园，包括年培育300万株种苗的工厂化育苗区、"
        "2000平方米的蔬菜大棚区等；园区年销售收入达到20亿元。\n"
    )
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 20.0, "亿元", None)]


def test_a_bare_measure_after_a_shared_subject_takes_it_with_fenbie():
    # 2013_zhejiang_yaodian: "其中发明专利申请量、授权量分别增长10%以上"
    assert wording.distribute("其中发明专利申请量、授权量分别增长12%以上。") == (
        "其中发明专利申请量增长12%以上，发明专利授权量增长12%以上。"
    )



def test_counts_named_after_their_number_share_the_verb_across_a_comma():
    # 2016_suzhou_news: "新建10家左右新型研发机构,2个省级协同创新中心" (the second read as a total)
    got = found(PLAN + "新建8家左右新型研发机构，3个省级协同创新中心。\n", 2025)
    assert got == {
        ("新型研发机构", "新增"): ("≈", 8.0, "家", None),
        ("省级协同创新中心", "新增"): ("≥", 3.0, "个", None),
    }


def test_what_the_work_centres_on_is_no_target():
    # 2012_zhejiang_yaodian: "以146家龙头骨干企业为重点"
    text = PLAN + "以120家龙头骨干企业为重点，新增高新技术企业40家。\n"
    assert list(found(text, 2025).values()) == [("≥", 40.0, "家", None)]
    assert "120家" in listed(text, 2025)
