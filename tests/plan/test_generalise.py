"""Reading rules added to make plan import generalise (issue 9 §3, held-out splits seen2–seen4
and the blind final3): one test per rule, each from a real sentence of the corpus
(tests/plan/corpus, file named in the test) cut down to the rule under test."""

from __future__ import annotations

import pytest

from kjreport.numerals import cn_int
from kjreport.plan import import_plan, parse_plan
from kjreport.plan.reader import PlanLine
from kjreport.plan.text import normalize, to_simplified
from kjreport.plan.wording import distribute


def parse(text: str, year: int | None = None):
    lines = [PlanLine(i, line) for i, line in enumerate(text.splitlines(), start=1)]
    return parse_plan(lines, "计划.txt", year=year)


def found(text: str, year: int | None = None) -> dict[tuple[str, str], tuple]:
    """{(indicator, kind): (comparison, value, unit, upper)} of a plan text."""
    return {
        (t.indicator, t.kind): (t.comparison, t.value, t.unit, t.upper)
        for t in parse(text, year).targets
    }


def values(text: str, year: int | None = None) -> set[float]:
    return {t.value for t in parse(text, year).targets}


def listed(text: str, year: int | None = None) -> dict[str, str]:
    """{quantity as written: reason} of everything set aside (nothing is dropped silently)."""
    r = parse(text, year)
    return {u.quantity: u.reason for u in [*r.past, *r.other_years, *r.not_targets, *r.unmapped]}


# --- Traditional Chinese and pinyin glosses -----------------------------------------------


def test_traditional_plan_is_read_as_simplified(tmp_path):
    # 2019_zhenjiang_news (繁體 page)
    path = tmp_path / "镇江.txt"
    path.write_text(
        "鎮江市召開高新技術企業培育工作會議\n根據任務分解表,2019年我市高企總數要從750家增長到970家"
        "(年凈增220家)、2020年要增長到1200家(年凈增230家)。\n",
        "utf-8",
    )
    r = import_plan(path, year=2019)
    got = {(t.indicator, t.kind): t.value for t in r.targets}
    assert got == {("高新技术企业", "总量"): 970, ("高新技术企业", "净增"): 220}
    assert any("繁体" in note for note in r.notes)
    assert {u.quantity for u in r.other_years} == {"1200家", "230家"}


def test_traditional_conversion_and_pinyin_glosses():
    assert to_simplified(["高新技術產業增加值達到5000億元"]) == ["高新技术产业增加值达到5000亿元"]
    # 2019_hunan_plan: a page that prints the reading after some characters
    assert (
        normalize("發(fā)明專(zhuān)利擁有量達(dá)到30件(R&D)") == "發明專利擁有量達到30件（R&D）"
    )


# --- numbers: 万/亿 multipliers, Chinese numerals -------------------------------------------


def test_wan_multiplier_on_counts():
    # 2025_shandong_news: "均突破3萬家"; 2021_shandong_report: "高新技术企业超过1.4万家"
    assert found("力争到2025年，高新技术企业突破3万家。", 2025) == {
        ("高新技术企业", "总量"): ("≥", 30000, "家", None)
    }


def test_chinese_numeral_counts_after_a_verb():
    got = found(
        "今年全市新增高新技术企业二十家，建成三个省级工程技术研究中心，认定一百个科技型中小企业。"
    )
    assert got[("高新技术企业", "新增")][1] == 20
    assert got[("省级工程技术研究中心", "总量")][1] == 3
    assert got[("科技型中小企业", "总量")][1] == 100
    assert cn_int("两万五千") == 25000 and cn_int("二三") is None


def test_counting_slogans_and_articles_are_not_counts():
    # 2021_county_silu: "优化一个提升，培育壮大两个龙头，强化三个队伍建设"
    assert values("优化一个提升，培育壮大两个龙头，强化三个队伍建设，构建四个产业链。") == set()
    assert values("建设一个平台，形成一批成果，实施三项措施。") == set()


def test_chinese_numeral_money():
    # 2023_guangxi_news: "高新区工业总产值突破万亿元"; 2025_neimenggu_fangan: "突破百亿元"
    got = found("到2023年，高新区工业总产值突破万亿元，技术市场成交额突破百亿元。", 2023)
    assert got[("高新区工业总产值", "总量")][1] == 10000
    assert got[("技术市场成交额", "总量")][1] == 100


def test_numbers_inside_quoted_names_are_not_targets():
    # 2019_zhenjiang_news: 省“科技改革30条”; 2017_hefei_yaodian: 中国制造2025试点城市
    text = "深入落实省“科技改革30条”和市“科技改革20条”，成功创建中国制造2025试点城市示范。"
    assert values(text) == set()


# --- lists that share a verb or a measure -------------------------------------------------


def test_shared_growth_rate_with_fenbie():
    # 2017_hefei_yaodian
    got = found("2017年，发明专利授权量、技术合同交易额分别增长15%以上。", 2017)
    assert got == {
        ("发明专利授权量", "增速"): ("≥", 15, "%", None),
        ("技术合同交易额", "增速"): ("≥", 15, "%", None),
    }


def test_shared_measure_with_values_side_by_side():
    # 2027_sichuan_rd
    text = "到2027年，企业、科研院所、高校研发经费支出分别达1200亿元、640亿元、160亿元。"
    got = found(text, 2027)
    assert {name for name, _ in got} == {
        "企业R&D经费投入",
        "科研院所研发经费支出",
        "高校研发经费支出",
    }
    assert distribute("企业、高校研发经费支出分别达1200亿元、160亿元") == (
        "企业研发经费支出达1200亿元，高校研发经费支出达160亿元"
    )


def test_shared_growth_rate_without_fenbie():
    # 2021_county_jihua
    got = found("目标任务：高新技术产业增加值、企业吸纳技术合同成交额增长10%以上。")
    assert set(got) == {("高新技术产业增加值", "增速"), ("企业吸纳技术合同成交额", "增速")}


def test_names_joined_by_he_with_values_joined_by_he():
    # 2025_shandong_shuangbeizeng, 2018_hebei_news
    text = "力争到2025年，高新技术企业、科技型中小企业入库数量分别达到3万家和3.6万家左右。"
    got = found(text, 2025)
    assert got[("高新技术企业", "总量")][1] == 30000
    assert ("≈", 36000) == got[("科技型中小企业入库", "总量")][:2]


def test_jun_shares_one_value():
    # 2011_anhui_yaodian
    got = found("全省高新技术企业、省级以上创新型（试点）企业数均较上年增长20%。", 2011)
    assert {kind for _, kind in got} == {"增速"} and len(got) == 2


def test_modifiers_share_the_noun_of_the_last_item():
    # 2009_liaoning_yaodian
    got = found("组织省内科研院所、大专院校组成17个省级、86个市级科技特派团。")
    assert got[("省级科技特派团", "总量")][1] == 17
    assert got[("市级科技特派团", "总量")][1] == 86


def test_bare_name_after_a_new_target_shares_its_verb():
    # 2011_anhui_yaodian
    got = found("争取新增省级以上创新型（试点）企业38家，其中国家级3-5家，高新技术企业240家。")
    assert got[("高新技术企业", "新增")][1] == 240


def test_zai_zhong_is_qizhong():
    # 2018_hebei_news
    text = "在今年内我省新增10000家科技型中小企业中，国家级的将达到2000家，新建省级以上产业技术创新联盟12家。"
    got = found(text)
    assert got[("国家级科技型中小企业", "新增")][1] == 2000


# --- who and what is counted ----------------------------------------------------------------


def test_scope_groups_are_listed_not_targets():
    # 2011_anhui_yaodian, 2021_shandong_report
    text = "对已确定的10家重点提升园区、127家重点示范企业予以集中扶持。山东将围绕装备制造等10个产业、35条产业链推行链长制。"
    assert values(text) == set()
    assert len(listed(text)) == 4


def test_count_that_is_the_subject_of_the_next_quantity():
    # 2009_liaoning_yaodian
    got = found("力争2009年81家中小型示范企业新增固定资产投资100亿元。", 2009)
    assert got == {("固定资产投资", "新增"): ("≥", 100, "亿元", None)}


def test_higher_level_figures_in_a_local_document():
    # 2019_zhenjiang_news
    text = "2019年全省高企总数要从1.8万家增长到2.4万家，我市高企总数要从750家增长到970家。"
    assert values(text, 2019) == {970}
    assert "上级" in listed(text, 2019)["2.4万家"]


def test_start_of_a_change_is_listed_as_the_base():
    text = "我市高企总数要从750家增长到970家。"
    assert values(text) == {970}
    assert "起点" in listed(text)["750家"]


def test_catalog_does_not_swallow_other_spenders_or_shares():
    # 2027_sichuan_rd, 2025_fuzhou_news, 2025_shenzhen_gaoxinqu
    got = found(
        "到2025年，科研院所研发经费支出达640亿元，基础研究经费支出占社会R&D投入强度达6%，"
        "高新区内企业研发经费支出占GDP比例为13.67%。",
        2025,
    )
    assert "全社会R&D经费投入" not in {name for name, _ in got}
    assert "全社会R&D经费投入占GDP比重" not in {name for name, _ in got}


# --- past results versus targets ------------------------------------------------------------


def test_results_document_keeps_only_sentences_with_target_words():
    # 2022_city_shuzhi (述职报告): every figure is a result
    text = "XX市科技局2022年度述职报告\n全社会研发投入367.1亿元，同口径增长17.1%。高新技术企业达6588家。"
    assert values(text, 2022) == set()
    assert len(listed(text, 2022)) == 3


def test_document_dated_after_the_year_reports_results():
    # 2025_jinta_news: published 2026-01-12
    text = "金塔县构建科技企业升级全链条\n刊发日期:2026-01-12\n2025年，全县评价入库科技型中小企业57家。"
    assert values(text, 2025) == set()


def test_results_report_still_keeps_a_target_sentence():
    # 2021_hubei_meeting
    text = (
        "“十三五”时期湖北高新技术企业增至10400家\n该省高新技术企业由3317家增至10400家，增长213.54%；"
        "高新技术产业增加值由5028.94亿元增至8922.86亿元，增长77.4%。\n"
        "力争2021年，全省全社会研发投入超过1000亿元，技术合同成交额增长超过10%。"
    )
    assert values(text, 2021) == {1000, 10}


def test_target_words_carry_across_semicolons():
    # 2009_liaoning_yaodian
    text = "力争2009年实现总产值480亿元，同比增长33.3%；销售收入470亿元，同比增长34.3%。"
    assert values(text, 2009) == {480, 33.3, 470, 34.3}


def test_a_year_opening_a_sentence_carries_across_semicolons():
    # 2021_zhejiang_kejihui
    text = "2021年工作会议。记者获悉，2020年预计该省R&D经费投入达1840亿元；高新技术产业实现增加值9960.53亿元。"
    assert values(text, 2021) == set()


def test_past_words_before_a_target_word_do_not_count():
    text = "去年全市技术合同成交额达到52亿元，今年要达到60亿元。"
    assert values(text) == {60}


def test_already_reached_figures_are_past():
    # 2017_tianjin_news, 2023_yunnan_news
    text = "今年高新技术企业培育库目前在库企业已达933户，有望全年实现净增600户以上，总量将首次突破3000户。"
    got = found(text, 2023)
    assert {v[1] for v in got.values()} == {600, 3000}
    assert ("净增" in {k for _, k in got}) and "933户" in listed(text, 2023)


def test_this_year_is_the_imported_year():
    # 2023_yunnan_news: "2022年…净增523户" must not make 2022 the plan's year
    text = "2022年全省高新技术企业净增523户。今年高新技术企业有望全年实现净增600户以上。"
    assert values(text, 2023) == {600}


def test_projection_from_running_figures_is_not_a_target():
    # 2024_shaanxi_beizeng
    text = "根据今年一季度运行情况，技术合同成交额有望突破2800亿元。"
    assert values(text) == set()


def test_multi_year_horizon_is_not_this_years_target():
    # 2009_liaoning_yaodian
    text = "力争经过3至5年的努力，将这四个基地分别打造成年产值超千亿元的高新技术特色产业基地。"
    assert values(text, 2009) == set()


def test_five_year_plan_end_is_its_last_year():
    # 2025_shandong_news: "力争到“十四五”末"
    text = "力争到“十四五”末，全省高新技术产业产值占规模以上工业总产值比重达到50%。"
    assert values(text, 2025) == {50}
    assert values(text, 2023) == set()


def test_mixed_result_and_target_sentence_in_a_plan():
    # 2011_anhui_yaodian: 较上年增长 is a target in a plan
    assert values("发明专利授权量较上年增长25%。", 2011) == {25}


@pytest.mark.parametrize(
    "text",
    [
        "2018年，我市排名居全省第3位，技术合同成交额同比增长21.97%。",  # 2018_shaanxi style
        "《重庆科技创新指数报告2021》显示，开州区科技创新产出指数达到45.02%，居渝东北第1位。",
    ],
)
def test_report_words_make_a_sentence_a_result(text):
    assert values(text) == set()


# --- names ------------------------------------------------------------------------------------


def test_name_after_a_verb_with_a_joined_modifier():
    # 2020_fuxin_fangan, 2012_yunnan_news
    got = found(
        "开发10个国内领先、国际先进的技术和产品。研究开发50个具有自主知识产权的重大新产品。"
    )
    assert {name for name, _ in got} == {
        "国内领先、国际先进的技术和产品",
        "具有自主知识产权的重大新产品",
    }


def test_name_stops_before_deng_gongzuo_and_a_second_verb():
    # 2012_yunnan_news
    got = found("通过建立30个左右院士专家工作站和认定5—8个省级重点实验室等工作加强合作。")
    assert {name for name, _ in got} == {"院士专家工作站", "省级重点实验室"}


def test_time_spans_are_not_names():
    # 2023_hainan_plan
    got = found("到2023年，国家科技计划项目批准数量翻一番，三年累计突破1000个。", 2023)
    assert [(name[:10], kind) for name, kind in got] == [("国家科技计划项目批准", "累计")]


def test_parenthetical_restatement_takes_the_previous_name():
    got = found("我市高企总数要从750家增长到970家（年净增220家）。")
    assert got[("高新技术企业", "净增")][1] == 220


# --- structure (QA Q4, Q19) --------------------------------------------------------------


def test_inline_yishi_items_with_titles_become_parts():
    # 2015_yanan_news (QA Q4): a news report whose 一是…五是 run inline in one paragraph
    r = parse(
        "延安市科技局安排部署2015年全市科技工作\n"
        "2015年全市科技工作主要目标是：技术合同交易额6500万元。\n"
        "一是突出企业技术创新主体地位。新建3家以上市级工程技术研究中心。"
        "二是加速科技成果转化。全年登记市级科技成果60项以上。"
    )
    assert [(n.code, n.title) for n in r.plan.children] == [
        ("一", "突出企业技术创新主体地位"),
        ("二", "加速科技成果转化"),
    ]
    items = {t.indicator: t.plan_items for t in r.targets}
    assert items["市级工程技术研究中心"] == ("一",)
    assert items["登记市级科技成果"] == ("二",)
    assert items["技术合同交易额"] == ("总",)
    assert "一是" not in r.plan.text


def test_inline_yishi_items_that_are_targets_stay_under_the_headline():
    r = parse("今年要实现五个目标：一是高新技术企业达到300家；二是技术合同成交额突破20亿元。")
    assert r.plan.children == [] and all(t.plan_items == ("总",) for t in r.targets)


def test_items_numbered_straight_through_sections_are_not_a_numbering_error():
    # QA Q19: （一）1. 2. （二）3. 4. is the usual style
    r = parse(
        "一、工作任务\n（一）企业\n1.新增高新技术企业5家。\n2.科技型中小企业达到20家。\n"
        "（二）平台\n3.新建工程技术研究中心2家。"
    )
    assert r.unplaced == []
    assert r.node("一.2.1").label == "3."


def test_one_word_object_keeps_its_verb():
    # 2015_yanan_news (QA Q19): "开展3—4项合作" is 开展合作, not 合作
    got = found("重点推进各大高校院所与我市在石油化工等领域开展3—4项合作。")
    assert got == {("开展合作", "总量"): ("区间", 3, "项", 4)}


def test_traditional_plan_without_the_converter_says_so(monkeypatch):
    import kjreport.plan.text as text

    monkeypatch.setattr(text, "_converter", None)
    monkeypatch.setitem(__import__("sys").modules, "opencc", None)  # import fails
    r = parse("鎮江市召開高新技術企業培育工作會議\n我市高企總數要達到970家。")
    assert any("没有安装繁简转换组件" in note for note in r.notes)


def test_this_year_frames_the_rest_of_the_paragraph():
    # 2020_gansu_kejihui: a past-result year early in the text is not the plan's year
    text = (
        "2019年，我省科技进步对经济增长的贡献率达到52.8%。\n"
        "一组数字成了今年的奋斗目标：力争科技对经济增长的贡献率达到55%；"
        "研究与试验发展经费投入强度达到1.5%；技术合同交易额达到200亿元。"
    )
    assert values(text, 2020) == {55, 1.5, 200}


def test_plans_announced_in_a_report_of_results_are_read():
    # 2020_sichuan_kejihui: a report of last year's results, then this year's tasks
    text = (
        "记者从全省科技创新工作会议上了解到，去年，高新技术企业突破5500家，居全国第四位。"
        "预计去年全省研究开发支出超过830亿元，同比增长13.6%。\n"
        "今年，我省在科技领域将推进10个方面的重点任务。\n"
        "围绕创新科技成果转化机制，实施100项科技成果转化示范项目。"
    )
    assert values(text, 2020) == {100}


def test_this_year_after_last_years_results_opens_the_plans():
    text = (
        "去年，全市高新技术企业达到256家，居全省第3位；技术合同成交额同比增长35%，排名全省第2。"
        "据统计，研发投入增长12%。今年，全市高新技术企业达到300家。技术合同成交额突破20亿元。"
    )
    assert values(text) == {300, 20}


def test_this_year_in_a_progress_report_is_the_year_reported():
    # 2009_zhengding_news: "今年以来…今年新增专利授权40余件" reports progress
    text = "今年以来，县科技局大力发展高新技术产业。目前，专利授权量大幅度提高，今年新增专利授权40余件。"
    assert values(text) == set()


def test_a_sentence_setting_targets_opens_them_in_a_report():
    # 2019_hunan_plan
    text = (
        "目前，湖南省共有高新区21家，其中国家级高新区7家。首次制定了评价指标体系。"
        "省科技厅印发的行动方案设定了2019年高新区发展指标。主要包括：每万人口发明专利拥有量达到30件。"
    )
    assert values(text, 2019) == {30}


def test_yi_without_yuan_after_an_amount_of_money():
    got = found("技术合同成交额突破100亿，研发投入达到3亿，高新技术产业总产值超2万亿元。")
    assert {v[1:3] for v in got.values()} == {(100, "亿元"), (3, "亿元"), (20000, "亿元")}


def test_bare_number_after_a_predicate_is_listed_not_dropped():
    # final11 (2025_yingtan_yijian: "有效期内国家高新技术企业突破300,") changed this: a count of
    # organisations without a unit is read, its unit left blank and a note asks to check it
    text = "全市高新技术企业总数突破1万，科技型中小企业达到2000。"
    assert values(text) == {10000, 2000}
    assert {t.unit for t in parse(text).targets} == {""}
    assert sum("原文没有单位" in note for note in parse(text).notes) == 2
    # a bare number naming no count is still listed, not dropped
    text = "全市科技工作综合考核达到2000。"
    assert values(text) == set()
    assert set(listed(text)) == {"2000"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("力争到2025年，全社会研究与试验发展经费投入（R&D）年均增长18%以上。", "全社会R&D经费投入"),
        ("力争申报认定国家国际科技合作基地1个。", "国家国际科技合作基地"),  # 2012_yunnan_news
        ("各区县将共同培育科技型企业4.5万家。", "科技型企业"),  # 2025_chongqing_yijian
        ("建设10个省级以上科技服务业集聚区等。", "省级以上科技服务业集聚区"),  # 2019_hunan_plan
        ("2021年地区生产总值目标是增长6%以上，城镇新增就业110万人以上。", "城镇新增就业"),
    ],
)
def test_names_lose_verbs_scope_words_and_trailing_particles(text, name):
    assert name in {n for n, _ in found(text)}


def test_intensity_after_an_amount_is_the_amounts_intensity():
    # 2025_fuzhou_news
    got = found(
        "力争到2025年，全社会研究与试验发展经费投入（R&D）年均增长18%以上，投入强度达3%左右。", 2025
    )
    assert got[("全社会R&D经费投入占GDP比重", "总量")] == ("≈", 3, "%", None)


# --- tables -----------------------------------------------------------------------------------


def test_indicator_table_rows_are_read_with_their_year_columns():
    text = (
        "2024年主要指标\n| 序号 | 指标名称 | 单位 | 2023年完成 | 2024年目标 |\n"
        "| 1 | 高新技术企业 | 家 | 105 | 120 |\n| 2 | 技术合同成交额 | 亿元 | 18.5 | ≥20 |"
    )
    assert found(text, 2024) == {
        ("高新技术企业", "总量"): ("≥", 120, "家", None),
        ("技术合同成交额", "总量"): ("≥", 20, "亿元", None),
    }
    assert {"105家", "18.5亿元"} <= set(listed(text, 2024))


def test_task_table_reads_tasks_as_targets_and_progress_as_results():
    # the shape of 宣州区 “工作任务 | 二季度完成情况” (a public progress table)
    text = (
        "序号\t工作任务\t二季度完成情况\n"
        "1\t全区高新技术企业总量达到160家，入库科技型中小企业200家。\t全年组织申报高新技术企业61家；"
        "入库科技型中小企业235家，总量位居全市第二。"
    )
    assert values(text, 2024) == {160, 200}
    assert {"61家", "235家"} <= set(listed(text, 2024))


def test_docx_table_rows_are_one_line_each(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("2024年科技工作要点")
    d.add_paragraph("一、主要指标")
    table = d.add_table(rows=2, cols=3)
    for r, row in enumerate([["指标名称", "单位", "2024年目标"], ["高新技术企业", "家", "120"]]):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    path = tmp_path / "要点.docx"
    d.save(path)
    r = import_plan(path)
    assert [(t.indicator, t.value, t.plan_items) for t in r.targets] == [
        ("高新技术企业", 120, ("一",))
    ]


def test_big5_text_file_is_read(tmp_path):
    # a 繁體 plan saved by a Taiwan/Hong Kong editor in Big5
    path = tmp_path / "計畫.txt"
    path.write_bytes(
        "2024年科技工作要點\n全市高新技術企業達到120家，技術合同成交額突破20億元。\n".encode("big5")
    )
    r = import_plan(path)
    assert {(t.indicator, t.value) for t in r.targets} == {
        ("高新技术企业", 120),
        ("技术合同成交额", 20),
    }


def test_rank_to_keep_or_reach_is_a_rank_target():
    got = found(
        "2024年，力争全市综合科技创新水平指数保持全省第3位，区域创新能力进入全省前5名。"
        "确保全市高新技术企业数量稳居全省第一。",
        2024,
    )
    assert got == {
        ("综合科技创新水平指数", "总量"): ("≤", 3, "位", None),
        ("区域创新能力排名", "总量"): ("≤", 5, "位", None),  # 前5名: a rank in places
        ("高新技术企业排名", "总量"): ("≤", 1, "位", None),
    }
    assert values("去年，全市技术合同成交额居全省第3位。") == set()  # a rank reached: a result


def test_summary_and_plan_document_reads_the_plan_part_for_the_plans_year():
    # the usual “2023年工作总结和2024年工作计划” (2022_lianyungang_zongjie, 2020_guangzhou_zongjie)
    text = (
        "某县科技局2023年工作总结和2024年工作计划\n一、2023年工作总结\n"
        "2023年，全县新增高新技术企业12家，居全市第2位；技术合同成交额3.2亿元，同比增长25%，完成率160%。\n"
        "二、2024年工作计划\n（一）主要目标。新增高新技术企业15家，技术合同成交额达到4亿元。"
    )
    r = parse(text)
    assert r.target_year == 2024
    assert {(t.indicator, t.value) for t in r.targets} == {
        ("高新技术企业", 15),
        ("技术合同成交额", 4),
    }


def test_completion_table_and_problems_section_are_results():
    # the shape of 汉寿县…2018年工作总结和2019年工作打算 (QA /tmp/qa/hanshou): “存在的问题” and
    # a “主要指标完成情况表” whose 目标 column is the year reported on
    text = (
        "某县2018年工作总结和2019年工作打算\n一、2018年工作完成情况\n全年实现规模工业总产值251亿元。\n"
        "二、存在的问题\n一是部分目标任务未能完成。工业固定资产投资41亿元，低于年度目标4.2个百分点。\n"
        "三、2019年工作打算\n新增高新技术企业5家。\n主要指标完成情况表\n"
        "序号\t指标\t单位\t目标\t完成\n1\t规模工业总产值\t亿元\t240\t251"
    )
    r = parse(text)
    assert r.target_year == 2019
    assert [(t.indicator, t.value) for t in r.targets] == [("高新技术企业", 5)]
    assert {"41亿元", "240亿元", "251亿元"} <= {u.quantity for u in r.past}


# --- blind batch final4 (16 plans): rules added after its one measurement ------------------


def test_this_year_will_build_news_speaks_of_targets(tmp_path):
    # 2009_heilongjiang_news (繁體): no 达到/新增, only “今年…將重點建設10個…”
    path = tmp_path / "新闻.txt"
    path.write_text(
        "今年，黑龍江省科技工作將重點建設10個産業技術創新戰略聯盟，實施50項重大重點科技項目。",
        encoding="utf-8",
    )
    r = import_plan(path, require_targets=False, year=2009)
    assert {(t.indicator, t.value) for t in r.targets} == {
        ("产业技术创新战略联盟", 10),
        ("重大重点科技项目", 50),
    }


def test_examples_before_a_count_name_what_follows_it():
    # 2009_heilongjiang_news: “A、B等5个X和C、D等3个Y建设”
    text = (
        "今年将推进大型科学仪器协作网、实验动物资源等5个科技资源共享平台和科技成果转化中心、"
        "生产力促进中心等3个科技中介服务平台建设。"
    )
    assert {(t.indicator, t.value) for t in parse(text, 2009).targets} == {
        ("科技资源共享平台", 5),
        ("科技中介服务平台", 3),
    }


def test_paragraph_opened_by_last_year_stays_past_across_semicolons():
    # 2023_nanchang_news: “具体来看，去年我市……；全市新增省技术创新中心6家、……；……”
    text = (
        "具体来看，去年我市科技型中小企业入库2707家，高企总数达到1939家；"
        "全市新增省技术创新中心6家、市级工程技术研究中心40家；"
        "推动工业企业组建初级研发机构114家。\n"
        "今年，全市新组建50家市级研发平台。"
    )
    r = parse(text, 2023)
    assert [(t.indicator, t.value) for t in r.targets] == [("市级研发平台", 50)]
    assert {"6家", "40家", "114家"} <= {u.quantity for u in r.past}


def test_paragraph_opened_by_an_earlier_year_is_past_until_a_target_word():
    # 2025_guangxi_news: “2024年广西科技成果硕果累累。……全年技术合同成交额超800亿元……”
    text = (
        "2024年广西科技成果硕果累累。全年技术合同成交额超800亿元，同比增长约20%。"
        "验收通过非基金项目570项，新增利税8.45亿元。\n"
        "2025年，广西将实施30项以上重大科技成果转化项目。"
    )
    r = parse(text, 2025)
    assert [(t.indicator, t.value) for t in r.targets] == [("重大科技成果转化项目", 30)]
    assert {"800亿元", "570项", "8.45亿元"} <= set(listed(text, 2025))


def test_subsidy_rates_land_and_budgets_are_not_targets():
    # 2020_yongren_yijian, 2023_nanchang_news, 2023_dongguan_news
    text = (
        "今年新增发明专利30件，实用新型专利每件资助2000元，从县财政经费中一次性资助科研经费6-10万元，"
        "单个项目最高支持资金达500万元；实验室计划用地1200亩，首期约400亩，初步经费预算50亿元。"
    )
    r = parse(text, 2020)
    assert [(t.indicator, t.value) for t in r.targets] == [("发明专利", 30)]
    assert {"2000元", "500万元", "1200亩", "400亩", "50亿元"} <= {u.quantity for u in r.not_targets}


def test_subsidy_fund_total_is_still_a_target():
    # 2021_youxian_plan keeps “研发投入奖补资金200万元”
    assert values("今年兑现研发投入奖补资金200万元。", 2021) == {200}


def test_three_names_and_three_growth_rates_after_a_setter():
    # 2012_harbin_news: “哈市确定全年实现A、B和C分别增长20%、20%和10%”; 哈市确定全年 is no name
    text = "今年，哈市确定全年实现高新技术产值、专利申请量和技术合同交易额分别增长20%、20%和10%。"
    assert found(text, 2012) == {
        ("高新技术产值", "增速"): ("≥", 20, "%", None),
        ("专利申请量", "增速"): ("≥", 20, "%", None),
        ("技术合同交易额", "增速"): ("≥", 10, "%", None),
    }


def test_fields_before_dengfangmian_are_a_scope_not_the_indicator():
    # 2012_harbin_news: “节能环保等方面…推进重点培育项目20项以上” is not 节能减排项目
    text = "今年哈市将在风电、核电、节能环保等方面组织实施和推进重点培育项目20项以上。"
    assert [t.indicator for t in parse(text, 2012).targets] == ["重点培育项目"]


def test_strive_soon_after_a_base_is_the_stretch():
    # 2023_dongguan_news (繁體): “國家級高新技術企業數達9500家，力爭盡快達10000家”
    r = parse("今年的具体目标：国家级高新技术企业数达9500家，力争尽快达10000家。", 2023)
    assert [(t.value, t.stretch) for t in r.targets] == [(9500, 10000)]


def test_area_threshold_in_a_name_and_a_reviewed_year_before_this_year(tmp_path):
    # 2021_xingtai_news: dated 2021-03, “总结2020年全市科技工作”, then “会议要求…新增3000平米众创空间
    # （星创天地）100家以上”: 3000 is part of the name, and the plan is 2021's
    text = (
        "邢台市科技工作会议召开\n2021-03-10 来源：邢台市科学技术局\n"
        "我市召开全市科技工作会议，总结2020年全市科技工作，安排部署今年的重点任务。\n"
        "会议指出，2020年新增高新技术企业125家以上，72个项目争取省科技资金9826万元。\n"
        "会议要求，要突出重点。新增3000平米众创空间（星创天地）100家以上、30000平以上科创综合体20家。"
    )
    r = parse(text)
    assert r.year == 2021
    assert {(t.indicator, t.value) for t in r.targets} == {
        ("3000平米众创空间（星创天地）", 100),
        ("30000平以上科创综合体", 20),
    }


def test_by_year_end_will_certify_is_a_target_in_a_progress_report():
    # 2018_cangzhou_news: a report of this year's progress ending “到今年年底，全市将认定260家高新技术企业。”
    text = (
        "今年以来，我市建立高新技术企业培育库。截至目前，已培育高新技术企业后备企业30家。"
        "到今年年底，全市将认定260家高新技术企业。"
    )
    r = parse(text, 2018)
    assert [(t.indicator, t.value) for t in r.targets] == [("高新技术企业", 260)]


def test_a_count_before_he_yipi_is_not_of_the_object_after_it():
    # 2020_yongren_yijian: “建成5个以上现代高原特色农庄和一批省级科技示范园”
    r = parse("力争到2020年建成5个以上现代高原特色农庄和一批省级科技示范园。", 2020)
    assert [(t.indicator, t.value) for t in r.targets] == [("现代高原特色农庄", 5)]


def test_results_paragraphs_after_an_earlier_year_stay_past_until_this_year():
    # 2024_jiangxi_news / 2024_hainan_news: “2023年，…” results, a photo caption, “值得一提的是，…
    # 新认定6家领军企业”; then “刘小明称，2024年，海南将…建设…国际科技合作基地1-2个”
    text = (
        "宋德雄介绍，2023年，全省技术合同成交额1595亿元，同比增长110%。\n"
        "2024年江西省科技工作会议现场。新华网 摄\n"
        "值得一提的是，江西在全国率先开展科技领军企业培育，新认定6家领军企业和17家入库企业。\n"
        "刘小明称，2024年，海南将积极争取国家级科创平台落地。建设国际科技合作基地1-2个。"
    )
    r = parse(text, 2024)
    assert [(t.indicator, t.value, t.upper) for t in r.targets] == [("国际科技合作基地", 1, 2)]
    assert {"6家", "17家"} <= set(listed(text, 2024))


def test_a_reserve_of_firms_is_not_the_firms_and_per_county_counts_are_not_totals():
    # 2018_handan_news: “高新技术企业后备培育入库企业280家以上”; “指导各县（市、区）建设两家以上众创空间，
    # 新增市级以上众创空间25家”
    text = (
        "今年，高新技术企业后备培育入库企业280家以上。"
        "指导各县（市、区）建设两家以上众创空间，新增市级以上众创空间25家。"
    )
    r = parse(text, 2018)
    assert {(t.indicator, t.value) for t in r.targets} == {
        ("高新技术企业后备培育入库企业", 280),
        ("市级以上众创空间", 25),
    }
    assert "每个县" in listed(text, 2018)["2家以上"]


def test_item_number_glued_to_a_year_and_a_density_of_firms():
    # 2019_chengan_fangan: “2.2019年千家工商注册企业中高新技术企业数量不少于5.67家”, “数量至少达到750家”
    text = (
        "1. 2019年高新技术企业数量至少达到34家；2.2019年千家工商注册企业中高新技术企业数量不少于5.67家；"
        "3. 2019年科技型中小企业数量至少达到750家。"
    )
    assert {(t.indicator, t.value) for t in parse(text, 2019).targets} == {
        ("高新技术企业", 34),
        ("千家工商注册企业中高新技术企业", 5.67),
        ("科技型中小企业", 750),
    }


def test_a_year_opening_a_semicolon_clause_frames_the_next_clauses():
    # 2019_chengan_fangan read for 2020: “2020年A不少于6.78家；B不低于132家；”
    text = (
        "2.2019年千家工商注册企业中高新技术企业数量不少于5.67家；千家工商注册企业中科技型中小企业数量"
        "不低于125家；2020年千家工商注册企业中高新技术企业数量不少于6.78家；"
        "千家工商注册企业中科技型中小企业数量不低于132家；"
    )
    assert {t.value for t in parse(text, 2020).targets} == {6.78, 132}
    assert {t.value for t in parse(text, 2019).targets} == {5.67, 125}


def test_next_step_ends_the_past_framing():
    text = "去年，全市新增高新技术企业120家；新建省级研发平台8家。下一步，新增高新技术企业150家。"
    r = parse(text, 2024)
    assert [(t.indicator, t.value) for t in r.targets] == [("高新技术企业", 150)]


# --- final5 -----------------------------------------------------------------------------------


def test_the_year_summed_up_is_not_the_plan_year():
    # 2013_weichang_plan: the news names the year summed up first, then the year planned
    text = (
        "日前，围场县科技局对2012年工作进行了全面总结，在充分调研的基础上，对2013年度科技工作进行了"
        "全面谋划，确定了明年科技工作重点。\n"
        "一、工作目标\n"
        "1、谋划申报科研项目25个以上，储备战略项目2个。"
    )
    r = parse(text)
    assert r.year == 2013
    assert {(t.indicator, t.value) for t in r.targets} == {("谋划申报科研项目", 25), ("储备战略项目", 2)}


def test_year_end_estimates_and_changes_in_a_report_are_not_targets():
    # 2020_hengdong_news: a “十三五成就巡礼” dated 2020-11, so a report of results
    text = (
        "发布时间：2020-11-17 08:51\n"
        "2020年全县申请专利620件，年平均增长率17.6%。企业创新能力越来越强，预计到2020年底全县高新技术企业"
        "可达18家，三年净增13家；规上工业企业呈现出高质量发展态势，在今年的疫情期间，外向型企业停工停产，"
        "与同期相比，全县工业用电量反而增长4.85%。\n"
        "技术合同交易额从2017年的0.28亿元，上升到2020年的1.77亿元。"
    )
    assert parse(text, 2020).targets == []
    # in a plan, “到2020年底……达到” is still a target
    assert values("力争到2020年底全县高新技术企业达到18家。", 2020) == {18}


def test_projects_already_approved_are_the_object_not_a_target():
    # 2017_district_jihua: “2017年计划要对今年立项的6个市级项目，根据其执行情况，进行随时地督查”
    text = (
        "2017年计划推荐申报市级项目5项以上，筛选区级项目3项。"
        "2017年计划要对今年立项的6个市级项目，根据其执行情况，进行随时地督查。"
    )
    assert values(text, 2017) == {5, 3}
    assert "6个" in listed(text, 2017)


def test_who_watched_the_meeting_is_not_a_target():
    # 2020_haigang_news: “在云端有240余家企业或个人利用电脑或手机等设备收听收看了会议”
    text = "在云端有240余家企业或个人利用电脑或手机等设备收听收看了会议。今年力争新增高新技术企业20家。"
    assert values(text, 2020) == {20}


def test_a_range_of_times_and_a_frequency():
    # 2010_city_shiyiwu: “实现农牧渔业主要品种更新1-2次”; 2019_shangqiu_news: “拟定每年组织考核1次”
    text = "实现农牧渔业主要品种更新1-2次，农业生产综合机械化水平达到85%。"
    assert found(text, 2010)[("农牧渔业主要品种更新", "总量")] == ("区间", 1, "次", 2)
    assert values("市科技局拟定每年组织考核1次，对年度考核前三名的县（区）给予通令嘉奖。", 2019) == set()


def test_top_n_of_the_province_is_a_rank():
    # 2021_xuancheng_gxq_renwu: “新增规上工业企业30家以上，力争重返全省30强”
    text = "确保40个项目开工，新增规上工业企业30家以上，力争重返全省30强。"
    assert found(text, 2021)[("全省排名", "总量")] == ("≤", 30, "位", None)
    assert found("区域创新能力力争进入全省前5名。", 2021)[("区域创新能力排名", "总量")][:2] == ("≤", 5)


def test_a_paragraph_after_announcing_the_goals_of_a_year_is_that_year():
    # 2020_hebei_jueding: the title names 2030; the goals for 2020 follow “擘画了到2020年的目标”
    text = (
        "设定目标：2030年跻身全国创新型省份先进行列\n"
        "为此，《决定》着重擘画了到2020年的目标，提出实现“三个提升、两个突破”的奋斗目标。\n"
        "所谓“三个提升”，即企业创新能力大幅提升，高新技术企业力争达到4000家。"
    )
    assert values(text, 2020) == {4000}


def test_a_rank_in_ming_and_a_name_centred_on_a_slogan():
    # 2020_hebei_jueding: “综合科技进步水平进入全国15名以内”, “以“大智移云”为核心的新一代信息技术产业规模突破3000亿元”
    text = (
        "到2020年，综合科技进步水平进入全国15名以内。"
        "产业创新能力大幅提升，以“大智移云”为核心的新一代信息技术产业规模突破3000亿元。"
    )
    got = {t.indicator: (t.comparison, t.value, t.unit) for t in parse(text, 2020).targets}
    assert got["综合科技进步水平排名"] == ("≤", 15, "位")
    assert [n for n in got if "新一代信息技术产业" in n and "大智移云" not in n]


# --- planrobust: whole-document decisions weigh evidence ------------------------------------
# Designed from the blind first-run failures of final3 and final4 (e.g. 2021_xingtai_news, whose
# 2021 targets were read as 2020's), not from the batch that followed.


def test_the_plan_year_is_weighed_not_the_first_year_named():
    # 2021_xingtai_news: “总结2020年全市科技工作……安排部署今年的重点任务”, page dated 2021-03-10
    from kjreport.plan.year import plan_year

    texts = [
        "3月9日上午，我市召开全市科技工作会议，总结2020年全市科技工作，分析存在的问题，"
        "安排部署今年的重点任务。",
        "会议指出，2020年科技工作是不断调高标尺，充满压力和挑战的一年。",
    ]
    assert plan_year("邢台市科技工作会议召开", texts, (2021, 3)).year == 2021
    # the same words without a date: the summed-up year is still not the plan's
    assert plan_year("", texts).year != 2020 or plan_year("", texts).strong is False
    # a year named with planning words wins over one named for results, whatever the order
    texts = ["会议对2018年工作进行了全面总结，对2019年度科技工作进行了全面谋划。"]
    assert plan_year("", texts).year == 2019
    # a title that names its year with 计划/要点 is the strongest evidence
    d = plan_year("2023年工作总结和2024年工作计划", ["2023年，全市新增高新技术企业50家。"])
    assert (d.year, d.strong) == (2024, True)


def test_a_reposted_pages_date_alone_does_not_make_a_year():
    # the seed plan: no year in the text, only a re-post date “时间：2022-05-08”; it says 今年
    from kjreport.plan.year import plan_year

    assert plan_year("市科技局全年工作意见", ["今年全市科技工作的主要任务目标是……"], (2022, 5)).year is None


def test_a_sentence_reporting_an_earlier_year_frames_its_paragraph_as_results():
    # 2020_anshun_news: “…荣获2018年省科技进步二等奖；全年新增国家级高新技术企业23家……”
    text = (
        "紫云县畜牧服务中心“贵州地方猪种遗传资源发掘、创新及产业化利用”荣获2018年省科技进步二等奖；"
        "全年新增国家级高新技术企业23家。\n"
        "展望2020年，市科技局将力争全年实现新增高新企业12家。"
    )
    assert values(text, 2020) == {12}
    assert "23家" in listed(text, 2020)


def test_a_weak_year_does_not_discard_forward_looking_targets():
    # a meeting report whose only early year is a result (“2019年，我市…达到…”) and whose targets
    # name no year: on the workbook's year they are kept, with a note for the clerk
    text = (
        "全市科技工作会议召开\n"
        "会上通报，全市高新技术企业数量在2019年底达到120家。\n"
        "会议要求，力争新增高新技术企业30家，技术合同成交额达到15亿元。"
    )
    r = parse(text, 2020)
    assert {t.value for t in r.targets} == {30, 15}
    assert any("年度难以判断" in note and "2020年" in note for note in r.notes)


# --- planrobust: names are the text's noun phrase, and the catalogue keeps to its own ------


def test_another_plans_specific_name_is_not_mapped_onto_a_seed_entry():
    # 2025_guangxi_news (final4): “广西将启动实施产业链创新科技重大专项10项以上”
    got = found("2025年，广西将启动实施产业链创新科技重大专项10项以上。", 2025)
    assert [n for n, _ in got] == ["产业链创新科技重大专项"]
    # 2025_yunnan_cuoshi (final3): “累计突破重大关键核心技术500项” is not the seed's 民生科技 entry
    got = found("到2025年，累计突破重大关键核心技术500项，开发重点新产品500个。", 2025)
    assert ("民生科技关键技术研发及成果转化", "累计") not in got
    # the seed plan's own wording still maps: “实施技术创新提升工程重大专项10项”
    got = found("年内实施技术创新提升工程重大专项10项，争取列入国家和省科技重大专项4项。", 2011)
    assert ("技术创新提升工程重大专项", "总量") in got


def test_a_name_without_stray_year_word_or_trailing_function_word():
    # 2019_qingyang_news: “年技术市场成交合同金额达到39.26亿元” — 年 is “annual”, not the name
    got = found("今年的预期目标是：年技术市场成交合同金额达到39.26亿元。", 2019)
    assert ("技术市场成交合同金额", "总量") in got
    # a subject that ends in a modal or adverb: “……高新技术企业可净增13家”
    from kjreport.plan.wording import name_before

    assert name_before("高新技术企业可") == "高新技术企业"
    assert name_before("工业用电量反而") == "工业用电量"
    assert name_before("技术合同交易额从2017年的") == "技术合同交易额"


def test_a_verb_alone_is_no_name():
    # 2018_hebei_news (final3 first run read “抓好 ≥100项”): the object after the number names it
    got = found("今年，我省将抓好100项重点研发计划项目。", 2018)
    assert [n for n, _ in got] == ["重点研发计划项目"]
    # 2017_district_jihua: “对今年立项的6个市级项目进行督查” names nothing to reach
    from kjreport.plan.wording import name_before

    assert name_before("对今年立项") == ""


# --- planrobust: the plan/report decision weighs its evidence --------------------------------

HANSHOU = (  # 2018_hanshou_news: a plan stated plainly, with no 力争/确保 at all
    "汉寿县：科技工信局专题学习县委经济工作会议精神\n"
    "会上全文学习全县经济工作报告，部署了科工局2018年工作。\n"
    "科技工作，引进2-3个高端研发团队、机构；新认定高新技术企业3家以上，发明专利申请量达到150件，"
    "研发经费突破5.5亿元，高新技术产品增加值22亿元。"
)


def test_a_later_page_date_alone_does_not_turn_a_plan_into_a_report():
    # plans are re-posted: the same plan under “发布时间：2020-06-18” is still the 2018 plan
    dated = HANSHOU.replace("\n", "\n发布时间：2020-06-18 09:12:00\n", 1)
    assert values(dated, 2018) == values(HANSHOU, 2018) == {2, 3, 150, 5.5, 22}
    # a report that is dated after its year still reads as a report
    # (2020_hengdong_news: “发布时间:2020-11-17”, estimates of the year's results)
    report = (
        "科技创新引领衡东走向高质量发展\n发布时间：2020-11-17 08:51\n"
        "2020年全县申请专利620件，年平均增长率17.6%，专利授权预计可达到320件。"
        "企业创新能力越来越强，预计到2020年底全县高新技术企业可达18家，三年净增13家。"
    )
    assert values(report, 2020) == set()


def test_one_paragraph_of_results_does_not_turn_a_plan_into_a_report():
    # 2023_yunnan_news: “2022年全省高新技术企业净增523户，在全国增速排列第二。” added to a plan
    past = "2017年全县高新技术企业净增23户，在全市增速排列第二，已累计认定高新技术企业58户。"
    assert values(HANSHOU + "\n" + past, 2018) == {2, 3, 150, 5.5, 22}


def test_the_head_word_of_the_title_says_report_or_plan():
    from kjreport.plan.wording import reports_results_mostly

    # 2023_zongyang_luoshi: “…主要目标任务落实情况” reports; a 总结和计划 title plans
    assert reports_results_mostly("", "2023年枞阳县科技局主要目标任务落实情况")
    assert not reports_results_mostly("去年已完成。已建成。", "2023年工作总结和2024年工作计划")


def test_an_estimate_across_semicolons_is_no_target_word():
    # 2023_jiangsu_kejihui: “预计2022年全省全社会研发投入达3700亿元、较2017年增长超过60%；
    # 占地区生产总值比重将首次突破3%大关”
    text = (
        "江苏全社会研发投入强度达创新型国家中等水平\n"
        "厅长在报告中说，过去五年来，科技强省建设取得了明显成效。在创新投入方面，预计2022年全省全社会"
        "研发投入达3700亿元、较2017年增长超过60%；占地区生产总值比重将首次突破3%大关。"
        "在创新产出方面，万人发明专利拥有量超过49件，高新技术企业总数达4.4万家。"
    )
    assert values(text, 2023) == set()


def test_will_with_any_verb_is_a_target_word_in_a_results_heavy_text():
    # 2025_guangxi_news: a 2024 results paragraph, then “2025年，广西将启动实施产业链创新科技重大专项10项”
    text = (
        "2024年广西全区综合科技创新水平指数达到51.79%，比上年增加2.5个百分点。"
        "全年技术合同成交额超800亿元，同比增长约20%。\n"
        "2025年，广西将启动实施产业链创新科技重大专项10项，攻关100项以上关键技术。"
    )
    assert values(text, 2025) == {10, 100}


def test_funds_sought_in_a_report_were_obtained():
    # 2021_xingtai_news (2020 results): “72个项目争取省科技资金9826万元。”
    from kjreport.plan.wording import report_target_cue

    assert not report_target_cue("72个项目争取省科技资金9826万元。", results_doc=True)
    assert report_target_cue("争取省级以上科技资金3000万元。", results_doc=False)


# --- final7 (dev batch of this round): one test per failure class, from its sentences --------


def test_a_growth_word_inside_a_name_is_no_growth_rate():
    # 2015_hengnan_guihua (繁體): “科技進步對經濟增長貢獻率達到60%”
    got = found("到2015年，科技进步对经济增长贡献率达到60%。", 2015)
    assert got[("科技进步贡献率", "总量")] == ("≥", 60, "%", None)
    # 2020_loudi_news: “增长个数比例达到20%以上” is a share, named as written
    got = found("在高新技术企业增长方面，增长比例将达到16%以上，增长个数比例达到20%以上。", 2020)
    assert ("增长个数比例", "增速") not in got


def test_a_city_named_as_the_actor_is_no_name():
    # 2019_jinzhou_news: “今年该市还将完成重大关键技术攻关课题30项”
    got = found("今年该市还将完成重大关键技术攻关课题30项，取得技术成果60项。", 2019)
    assert ("重大关键技术攻关课题", "总量") in got


def test_a_described_noun_and_a_modifier_list_sharing_it():
    # 2017_hunan_news: “打造10个左右具广泛影响力和示范效应的科普、创新创业大赛品牌活动”
    got = found("今年，打造10个左右具广泛影响力和示范效应的科普、创新创业大赛品牌活动。", 2017)
    assert got[("科普、创新创业大赛品牌活动", "总量")] == ("≈", 10, "个", None)
    # 2022_chongqing_news: the next item of a list keeps its own name
    got = found("今年力争科技型企业突破4万家、高新技术企业突破5500家。", 2022)
    assert {n for n, _ in got} == {"科技型企业", "高新技术企业"}


def test_counts_of_measures_work_and_actions_are_not_targets():
    # 2019_puyang_yaodian, 2020_kaifeng_news, 2025_huanxian_fangan
    assert values("4. 推进10项科技创新指标晋位升级的措施及进展", 2019) == set()
    assert values("会议明确了2020年将重点做好10项工作：一是积极创造条件，加快创新型城市建设。", 2020) == set()
    text = "聚焦科技创新六强任务，实施六项行动（县域科技创新能力提升行动、创新主体培育壮大行动）。"
    assert values(text, 2025) == set()


def test_a_cumulative_total_after_new_ones_is_the_stock():
    # 2019_jinzhou_news: “力争新认定国家级高新技术企业10家，累计达到27家”
    got = found("加大力度培植一批高新技术企业，力争新认定国家级高新技术企业10家，累计达到27家。", 2019)
    assert {(kind, v[1]) for (_, kind), v in got.items()} == {("新增", 10), ("总量", 27)}


def test_a_past_period_after_a_dateline_and_a_quote_frames_the_sentence():
    # 2017_hunan_news: “科技日报长沙3月1日电 (记者…)“过去一年，…高新技术企业总数达2212家，同比增长21.7%。”
    text = (
        "科技日报长沙3月1日电（记者俞慧友）“过去一年，湖南高新技术产业实现增加值6859.2亿元，同比增长16%；"
        "高新技术企业总数达2212家，同比增长21.7%。”\n"
        "今年，全省高新技术企业总数增加至2600家。"
    )
    assert values(text, 2017) == {2600}


def test_a_breakdown_by_county_is_not_the_citys_target():
    # 2020_loudi_news: “在高新技术产业增加值占GDP比重方面，娄星区将达到32%以上、冷水江达到22%以上，
    # 涟源、双峰、新化达到12%以上”
    text = (
        "2020年，在高新技术产业增加值占GDP比重方面，娄星区将达到32%以上、冷水江达到22%以上，"
        "涟源、双峰、新化达到12%以上；R&D投入占GDP的比重达到2.2%。"
    )
    assert values(text, 2020) == {2.2}
    assert "32%以上" in listed(text, 2020)


def test_village_demonstration_plots_are_not_the_agricultural_park_entry():
    # QA S8 / 2013_weichang_plan: “培育100个科技示范园”
    got = found("今年培育2个科技示范乡镇、10个科技示范村、100个科技示范园。", 2013)
    assert got[("科技示范园", "总量")] == ("≥", 100, "个", None)


def test_paragraphs_led_by_the_announced_projects_become_parts():
    # QA S7, 2018_handan_news: “今年将实施五大科技创新工程” then “创新主体培育工程。…” “创新平台建设工程。…”
    text = (
        "以建设国家级创新型城市为目标，邯郸今年将实施五大科技创新工程。\n"
        "创新主体培育工程。开展“双创双服”活动，力争新增科技型中小企业1400家。\n"
        "创新平台建设工程。推进创新型城市建设，新建院士工作站3个。"
    )
    r = parse(text, 2018)
    assert [n.title for n in r.plan.children] == ["创新主体培育工程", "创新平台建设工程"]
    assert {t.plan_items[0] for t in r.targets} == {"一", "二"}


def test_a_verb_led_quoted_name_becomes_its_noun_phrase():
    # QA S12, 2013_weichang_plan: “…消除零专利企业和培育省级“无假冒专利示范企业”分别达到2家、3家和1家”
    text = "滚动培育省级知识产权优势企业、消除零专利企业和培育省级“无假冒专利示范企业”分别达到2家、3家和1家。"
    names = {n for n, _ in found(text, 2013)}
    assert "省级无假冒专利示范企业" in names and "消除零专利企业" in names


# --- planrobust: text as it arrives (benchmarks/plan_robustness.py) ---------------------------


def test_lines_broken_at_a_fixed_width_are_joined_back():
    # 2022_changde_news copied from a PDF: every line broken at 38 characters, mid-sentence
    sentence = (
        "要务实求新，克难奋进，坚持把科技创新作为引领发展的第一动力。2022年力争实现全社会研发经费投入总量达到75亿元，"
        "占GDP比重达到1.7%；新增高新技术企业80家，总量突破550家；高新技术产业增加值达到630亿元，"
        "占地区GDP比重达到13%左右；新增创新平台80家，其中省级及以上平台30家。"
    )
    wrapped = "\n".join(sentence[i : i + 38] for i in range(0, len(sentence), 38))
    title = "科技部门加速推进区域创新高地建设\n"
    assert values(title + wrapped, 2022) == values(title + sentence, 2022)
    assert len(values(title + sentence, 2022)) == 7
    assert any("断行" in note for note in parse(title + wrapped, 2022).notes)


def test_a_page_that_lost_its_line_breaks_is_read_not_ignored_as_furniture():
    # a page whose whole text follows its “来源：” line on one line
    text = (
        "山东：今年省级科技投入再增10%\n"
        "来源：大众日报 时间：2021-02-20。今年，我省将深化科技资金统筹整合，省级科技投入再增长10%。"
        "新建省实验室、省级技术创新中心40家以上。"
    )
    assert values(text, 2021) == {10, 40}


def test_a_breadcrumb_is_not_the_title():
    text = "当前位置：首页 > 新闻中心 > 工作动态\n南昌市明确2023年科技工作重点和目标\n科技型中小企业入库3000家以上。"
    r = parse(text, 2023)
    assert r.title == "南昌市明确2023年科技工作重点和目标"
    # 2021_xuancheng_gxq_renwu: a government site's breadcrumb and its metadata lines
    text = (
        "您现在所在的位置：网站首页>政府信息公开首页>宣城高新区管委会>决策部署落实情况\n"
        "索引号：11341703691067764l/202105-00020组配分类：决策部署落实\n"
        "宣城高新区2021年重点工作任务分解表\n"
        "实施创新主体培育工程，新认定高新技术企业24家以上，高新技术产业增加值增长15%以上。"
    )
    r = parse(text, 2021)
    assert r.title == "宣城高新区2021年重点工作任务分解表"
    assert values(text, 2021) == {24, 15}


def test_paragraphs_after_the_meeting_turns_to_the_plans_are_planned():
    # 2021_xingtai_news: a results-heavy report; after “会议要求，……” a paragraph of its own
    text = (
        "邢台市科技工作会议召开\n发布时间：2021-03-10\n"
        "3月9日上午，我市召开全市科技工作会议，总结2020年全市科技工作，分析存在的问题。\n"
        "会议指出，2020年科技工作是充满压力和挑战的一年。获得河北省科学技术进步奖14项，创历史新高。"
        "新增省级星创天地37家、省级农业科技小巨人企业43家，均居全省首位。新增高新技术企业125家以上，"
        "总数达到450家。组织开展了6场“科技成果直通车”活动。\n"
        "会议要求，今年要突出重点、狠抓关键，推动科技创新再上新台阶。\n"
        "新增3000平米众创空间（星创天地）100家以上、30000平以上科创综合体20家。"
    )
    assert values(text, 2021) == {100, 20}


def test_full_width_digits_still_speak_of_targets(tmp_path):
    # 2020_sichuan_shisanwu as a page with full-width digits: “四川到２０２０年高新技术产业总产值超２万亿元”
    path = tmp_path / "四川.txt"
    path.write_text(
        "四川到２０２０年高新技术产业总产值超２万亿元\n"
        "据介绍，到２０２０年，全省高新技术产业总产值超过２万亿元。\n",
        "utf-8",
    )
    r = import_plan(path, year=2020)
    assert [t.value for t in r.targets] == [20000]


# --- final6 (blind batch of the planrobust round): one test per failure class --------------

JINGZHOU = (  # 2017_jingzhou_jixiao: a 绩效考核网 page of the year's results, no title line
    "1.强化创新主体,高新技术产业稳步增长。争取各类科技项目59项,无偿经费1357万元。新申报高新技术企业89家,"
    "完成省科技厅下达任务的124%,共70家企业通过评审,全年新增高新技术企业(产品)162家(个)。"
    "全年我市发明专利申请量1350件,超额完成17%,截止11月发明专利授权量231件,同比增长32%,增幅位居全省第二。"
    "新增湖北省知识产权示范建设企业22家,全市共计66家。 2.服务创新平台,科技成果转化全面丰收。"
    "全年新增省级工程技术研究中心4家,省级校企共建研发中心7家。"
    "到位精准扶贫资金5万元,扶贫捐助5000元。"
)


def test_a_completion_rate_reports_a_result_and_sets_no_target():
    from kjreport.plan.wording import report_target_cue, reports_results_mostly

    # “完成省科技厅下达任务的124%”: the 下达任务 was set for the year reported on, not by this text
    assert not report_target_cue("新申报高新技术企业89家，完成省科技厅下达任务的124%，", False)
    assert not report_target_cue("全年发明专利申请量1350件，完成市下达目标任务的117%。", False)
    assert report_target_cue("下达了全年新增高新技术企业80家的目标任务。", False)
    # completion rates weigh as report words: without a title the page still reads as a report
    assert reports_results_mostly(JINGZHOU, "", None, 2017)
    assert values(JINGZHOU, 2017) == set()


def test_projects_sought_in_a_report_were_obtained():
    from kjreport.plan.wording import report_target_cue

    # 2017_jingzhou_jixiao: “争取各类科技项目59项,无偿经费1357万元。” — obtained, in a report
    assert not report_target_cue("争取各类科技项目59项，无偿经费1357万元。", results_doc=True)
    # a stretch value stays a target word even in a report; in a plan 争取 projects is a target
    assert report_target_cue("争取达到省级以上科技项目60项。", results_doc=True)
    assert report_target_cue("争取各类科技项目59项。", results_doc=False)


JIADING = (  # 2013_jiading_yaodian: 一、2013年工作主要目标
    "一、2013年工作主要目标\n"
    "进一步提高科技产业贡献率。高新技术企业产值继续保持占工业总产值的42%以上;"
    "规模以上科技型企业产值继续保持占规模以上工业总产值的47%以上。\n"
    "进一步增强企业自主创新能力。申报认定和复审高新技术企业90家以上,使我区的高新技术企业总数超过415家;"
    "专利申请量超4800件。"
)


def test_a_share_is_mapped_only_onto_an_entry_with_its_numerator():
    got = found(JIADING, 2013)
    # 规模以上科技型企业产值 is not 高新技术产业产值: the share stays as written
    assert got[("规模以上科技型企业产值占规模以上工业总产值比重", "总量")] == ("≥", 47, "%", None)
    assert not any(name.startswith("高新技术产业产值占") for name, _ in got)
    # the entry's own numerator, or a share of the previous target, still maps
    share = "高新技术产业产值占规模以上工业总产值比重"
    assert (share, "总量") in found("2013年，高新技术产业产值继续保持占规模以上工业总产值的47%以上。", 2013)
    assert (share, "总量") in found(
        "2013年，高新技术产业产值达到500亿元，占规模以上工业总产值比重40%。", 2013
    )


def test_a_share_kept_by_a_verb_is_named_numerator_in_denominator():
    # “高新技术企业产值继续保持占工业总产值的42%以上” was named “高新技术企业产值继续”
    got = found(JIADING, 2013)
    assert got[("高新技术企业产值占工业总产值比重", "总量")] == ("≥", 42, "%", None)


def test_a_stated_total_takes_the_stock_entry_from_a_count_of_applications():
    # “申报认定和复审高新技术企业90家以上,使我区的高新技术企业总数超过415家”: 415 is the stock
    # (高新技术企业), 90 is this year's applications — two targets, not one with a conflict note
    r = parse(JIADING, 2013)
    got = {(t.indicator, t.kind): t.value for t in r.targets}
    assert got[("高新技术企业", "总量")] == 415
    assert got[("申报认定和复审高新技术企业", "总量")] == 90
    assert not any("已保留第一次出现" in note for note in r.notes)
    # alone, a count of recognitions still maps to the entry (corpus convention: 认定…N家 = 总量)
    assert ("高新技术企业", "总量") in found("2013年认定高新技术企业90家以上。", 2013)


def test_a_floor_for_each_member_of_a_group_is_a_target_named_with_its_each():
    # 2019_linyi_news: “在每个优势产业至少建立1家市级以上协同创新中心” — a floor every 产业 must
    # reach, checked unit by unit; labelled so in 合肥 2013, 钟楼 2016, 梨树 2024, 湖北 2013
    text = (
        "三是全力打造创新创业共同体,力争建成1家省级协同创新创业共同体,"
        "在每个优势产业至少建立1家市级以上协同创新中心。"
    )
    got = found(text, 2019)
    assert got[("每个优势产业建立市级以上协同创新中心", "总量")] == ("≥", 1, "家", None)
    assert found("加快众创空间建设，形成每个板块2家以上众创空间的布局。", 2016) == {
        ("每个板块众创空间", "总量"): ("≥", 2, "家", None)
    }
    assert found("每个农科服务小院配备不少于2名的科研人员。", 2024) == {
        ("每个农科服务小院配备科研人员", "总量"): ("≥", 2, "名", None)
    }


def test_what_each_unit_is_given_or_each_person_does_is_no_target():
    # no floor: an allotment ("每个特派团将配置17名特派员"), a range per township, a person's share,
    # a subsidy per firm
    for text in (
        "每个特派团将配置17名特派员。",
        "保障重点县的每个乡镇有1至2名科技特派员。",
        "每人联系2家企业以上。",
        "每家企业资助20万元以上。",
    ):
        assert found(text, 2020) == {}, text


def test_one_paragraph_of_completion_rates_does_not_turn_a_plan_into_a_report():
    # benchmarks/plan_robustness.py completion_lead on 2009_liaoning_yaodian: a plan with only two
    # 力争 read as a report once three completion words led it; all but one report word sit in that
    # paragraph, and two other paragraphs have target words
    from pathlib import Path

    lines = (Path(__file__).parent / "corpus" / "2009_liaoning_yaodian.txt").read_text("utf-8")
    lines = lines.splitlines()
    completion = (
        "全市发明专利申请量1350件，超额完成17%；新申报高新技术企业89家，完成省科技厅下达任务的124%，"
        "共登记技术合同交易额23.9亿元，超额完成33%。"
    )
    led = "\n".join([lines[0], completion, *lines[1:]])
    assert values(led, 2009) == values("\n".join(lines), 2009)
    assert len(values(led, 2009)) >= 10
    # the results page itself (one paragraph, or its three items) still reads as a report
    assert values(JINGZHOU.replace(" 2.", "\n2."), 2017) == set()


def test_a_task_list_excerpt_without_target_words_is_read(tmp_path):
    # plan_robustness no_title on 2017_ankang_renwu (a 目标任务 list with no title line): without
    # its first item the list has no 力争/达到/新增 at all; "重点扶持10户…" still speaks of targets
    path = tmp_path / "安康.txt"
    path.write_text(
        "2.推进创新工程,重点扶持10户科技创新示范企业、200户科技型小微企业,培育科技型“小巨人”企业40户。\n"
        "3.围绕支持安康国家高新区和旬阳省级高新区发展,推荐申报高新技术企业5家。\n"
        "4.完成市脱贫攻坚指挥部下达的年度任务和石泉县中池镇茶里村年度包抓帮扶任务。\n",
        "utf-8",
    )
    assert {t.value for t in import_plan(path, year=2017).targets} == {10, 200, 40, 5}


# --- final8 -----------------------------------------------------------------------------------


def test_digits_spaced_by_a_pdf_copy_are_joined_with_a_note():
    # 2010_yongzhou_mubiao: text copied from a PDF puts a space between every digit
    assert normalize("年专利申请量达到3 5 0件以上") == "年专利申请量达到350件以上"
    assert normalize("比重达到5 2%。产值达到1 2 0亿,") == "比重达到52%。产值达到120亿，"
    assert normalize("覆盖率９ ０％以上") == "覆盖率90%以上"
    text = (
        "2010年科技工作目标\n"
        "(2)创新能力显著增强。年专利申请量达到3 5 0件以上,其中发明专利占总申请量的3 0%以上。\n"
        "(3)全市高新技术产业产值达到1 2 0亿,主要农作物畜禽良种覆盖率9 0%以上。\n"
    )
    r = parse(text, 2010)
    assert {t.value for t in r.targets} == {350, 30, 120, 90}
    notes = [n for n in r.notes if "空格" in n]
    assert len(notes) == 1 and "4处" in notes[0] and "“3 5 0件”" in notes[0]
    assert not any("空格" in n for n in parse("年专利申请量达到350件以上。", 2010).notes)


def test_separate_numbers_with_a_space_are_not_joined():
    # a list of numbers, a number after another number, table cells and dates stay apart
    assert normalize("分别培育2、3 5家") == "分别培育2、3 5家"
    assert normalize("分别培育2， 3 5家") == "分别培育2，3 5家"
    assert normalize("新增20 3 5家") == "新增20 3 5家"
    assert normalize("1,403.07 256.09") == "1403.07 256.09"
    assert normalize("2019 12 31") == "2019 12 31"
    assert normalize("第1 2 3项") == "第123项"  # joined, and 第 still marks it an ordinal
    assert normalize("增长1 . 5%") == "增长1 . 5%"


def test_quarterly_milestones_and_scoring_steps_are_not_annual_targets():
    # 2017_huarong_qingdan: a work list with the year's target and its quarterly breakdown
    text = (
        "2017年科技局重点工作清单\n"
        "年内,完成有效发明专利120件\n"
        "每季度完成发明专利30件\n"
        "一、二、三、四季度,占比分别达18%、19%、20%、21%\n"
        "园区高新技术产业增加值增长18%计5分,每增(减)1个百分点加(减)0.2分。\n"
        "一、二、三、四季度分别完成9%、12%、15%、18%\n"
    )
    got = found(text, 2017)
    assert {(k, v[1]) for k, v in got.items()} == {
        (("有效发明专利", "总量"), 120),
        (("园区高新技术产业增加值", "增速"), 18),
    }
    reasons = listed(text, 2017)
    assert "季度" in reasons["30件"] and "季度" in reasons["9%"]
    assert "计分" in reasons["1个百分点"]
    # a quarter named before the whole year's target does not hide it
    assert values("2017年工作计划\n按季度调度进度,全年新增高新技术企业50家。\n", 2017) == {50}


def test_model_essay_site_lead_in_is_not_a_target():
    # 2013_fancheng_jihua: "下面是小编收集整理的科技年度工作计划4篇,欢迎阅读"
    text = (
        "2013年科技局工作计划\n"
        "下面是小编收集整理的科技年度工作计划4篇,欢迎阅读。\n"
        "一、工作目标\n1、力争申报各类计划30项。\n"
    )
    assert values(text, 2013) == {30}
    assert "小编" in listed(text, 2013)["4篇"]


def test_yearly_increase_is_growth_and_a_threshold_after_a_count_is_listed():
    # 2010_yongzhou_mubiao: "注册商标申请量年递增20%以上"; "培育1个产值过50亿元、…的高新技术企业"
    text = (
        "2010年工作目标\n"
        "企业专利申请量年增长不低于20%;注册商标申请量年递增20%以上,争创30个以上湖南省著名商标。\n"
        "重点培育1个产值过50亿元、5个产值过10亿元、10个产值过1亿元的高新技术企业。\n"
    )
    got = found(text, 2010)
    assert got[("注册商标申请量", "增速")][1] == 20
    assert got[("企业专利申请量", "增速")][1] == 20
    assert not any(v[2] == "亿元" for v in got.values())
    reasons = listed(text, 2010)
    assert all("门槛" in reasons[q] for q in ("50亿元", "10亿元", "1亿元"))
    # a threshold with no count before it is still a target
    assert values("2010年工作目标\n高新技术产业产值达到120亿元。\n", 2010) == {120}


def test_measures_of_one_subject_take_their_values_in_order():
    # 2012_yichang_news: "产值、增加值要力争突破1000亿元和300亿元的目标任务" (no 分别)
    text = (
        "宜昌市2012年科技工作会议\n"
        "会议提出今年的高新技术产业产值、增加值要力争突破1000亿元和300亿元的目标任务。\n"
    )
    got = found(text, 2012)
    assert {k: v[1] for k, v in got.items()} == {
        ("高新技术产业产值", "总量"): 1000,
        ("高新技术产业增加值", "总量"): 300,
    }
    # values that do not pair up are left as written
    assert distribute("高新技术产业产值、增加值突破1000亿元") == "高新技术产业产值、增加值突破1000亿元"


def test_a_tax_rate_is_not_a_target():
    # 2021_qingshan_jixiao: a performance form quoting the policy it pays for
    text = "2021年度项目绩效目标\n落实高新技术企业所得税减按15%征收政策,新增高新技术企业10家。\n"
    assert values(text, 2021) == {10}
    assert "税率" in listed(text, 2021)["15%"]


# --- planfix9: the final8 forms left over (绩效目标表, a name after the count, two values) ------


def test_a_performance_form_one_cell_a_line_is_read():
    # 2021_qingshan_jixiao: 绩效项目指标表 copied from a web page, one cell a line
    cells = [
        "区科经局部门预算专项(绩效目标)申报表2021年度", "绩效项目指标表", "一级指标", "",
        "二级指标", "", "指标内容", "", "指标值", "", "备 注", "", "产出指标", "", "数量指标", "",
        "新增高新技术企业", "", "15", "", "质量指标", "", "扶持标准达标率", "", "100%", "",
        "时效指标", "", "高企资格有效", "", "3年", "", "效益指标", "", "经济效益指标", "",
        "减税降费", "", "企业所得税减按15%征收", "", "社会效益指标", "", "企业竞争力", "", "增强",
        "", "社会公众或服务", "", "政策满意度", "", "≥90%", "", "对象满意度指标", "", "附件:",
    ]
    got = found("\n".join(cells), 2021)
    assert got == {
        ("高新技术企业", "新增"): ("≥", 15, "家", None),
        ("扶持标准达标率", "总量"): ("≥", 100, "%", None),
        ("政策满意度", "总量"): ("≥", 90, "%", None),
    }  # 3年 is how long a status lasts, 15% a tax rate, 增强 no figure
    wide = "\n".join(cells).replace("100%", "１００％").replace("≥90%", "≥９０％")
    assert found(wide, 2021) == got  # full-width digits and ％, as some pages write them
    # the clerk sees the cells a target was read from, not a sentence the reader made up
    shown = {t.indicator: t.sentence for t in parse("\n".join(cells), 2021).targets}
    assert shown["政策满意度"] == "绩效指标表：政策满意度｜≥90%"


def test_a_performance_form_with_cells_split_by_bars_or_spaces_is_read():
    # 2021_taoyuan_jixiao (| cells), 2022_taoyuan_jixiao (spaces; "≥8项" pushed onto its own line)
    bars = (
        "桃源县科学技术局2021年度部门整体支出绩效目标申报表\n"
        "部门整体 支出年度 绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标内容 | 指标值 | 备注 | |\n"
        "产出指标 | 数量指标 | 产学研合作项目数量 | 全年开展产学研合作项目数量 | 20项以上 | |||\n"
        "技术交易额 | 全年全县完成技术交易数量 | 2个亿以上 | |||||\n"
        "科技活动周举办次数 | 科技活动周举办次数 | 1次 | |||||\n"
        "成本指标 | 专项经费 | 专项经费 | ≤50万元 | |||||\n"
    )
    got = found(bars, 2021)
    assert got == {
        ("产学研合作项目", "总量"): ("≥", 20, "项", None),
        ("技术交易额", "总量"): ("≥", 2, "亿元", None),
        ("科技活动周举办次数", "总量"): ("≥", 1, "次", None),
    }  # a 成本指标 is the budget, not a target
    spaces = (
        "桃源县科学技术局2022年部门整体支出绩效目标申报表\n部门整体\n支出年度\n绩效目标\n"
        "一级指标 二级指标 三级指标 指标内容 指标值及单位\n"
        "产出指标 数量指标 高新技术企业新增数量 高新技术企业新增申报成功数 ≥6家\n"
        "科技成果转化项目数量 科技成果转化项目数量\n≥8项\n"
        "科普宣传活动次数 科普宣传活动次数 3次\n"
    )
    got = found(spaces, 2022)
    assert got[("高新技术企业", "新增")][:3] == ("≥", 6, "家")
    assert got[("科技成果转化项目", "总量")][:3] == ("≥", 8, "项")
    assert got[("科普宣传活动次数", "总量")][:3] == ("≥", 3, "次")
    # a plain table of targets is no performance form: the general table reader keeps it
    plain = "2024年主要指标\n指标名称 | 单位 | 2024年目标\n高新技术企业 | 家 | 120\n"
    assert values(plain, 2024) == {120}


def test_a_count_before_a_threshold_names_what_it_counts():
    # 2010_yongzhou_mubiao: "重点培育1个产值过50亿元、5个产值过10亿元、10个产值过1亿元的高新技术企业"
    text = (
        "2010年工作目标\n"
        "重点培育1个产值过50亿元、5个产值过10亿元、10个产值过1亿元的高新技术企业。\n"
    )
    assert found(text, 2010) == {
        ("产值过50亿元的高新技术企业", "总量"): ("≥", 1, "个", None),
        ("产值过10亿元的高新技术企业", "总量"): ("≥", 5, "个", None),
        ("产值过1亿元的高新技术企业", "总量"): ("≥", 10, "个", None),
    }
    one = found("2010年工作目标\n培育3家年营业收入超过10亿元的科技型企业。\n", 2010)
    assert one == {("年营业收入超过10亿元的科技型企业", "总量"): ("≥", 3, "家", None)}
    # a count that is the subject of a later figure is still no target of its own
    subject = "2010年工作目标\n81家示范企业新增投资100亿元。\n"
    assert "主体" in listed(subject, 2010)["81家"]


def test_ge_yi_is_a_hundred_million_yuan_and_dacheng_opens_the_name():
    # 2021_taoyuan_jixiao: "达成产学研合同20个、技术交易合同50个，全县技术交易额达2个亿"
    text = "2021年整体绩效目标\n2、达成产学研合同20个、技术交易合同50个，全县技术交易额达2个亿。\n"
    got = found(text, 2021)
    assert got[("产学研合同", "总量")][1:3] == (20, "个")
    assert got[("技术交易额", "总量")][1:3] == (2, "亿元")


def test_a_year_end_figure_replaces_an_earlier_one_with_a_note():
    # 2017_huarong_qingdan: the task says "达到20%以上", the list's year-end line "年末…达到21%"
    text = (
        "2017年科技局重点工作清单\n"
        "开展技术创新，高新技术产业增加值占地区生产总值比重达到20%以上。\n"
        "年末，全县高新技术产业增加值占地区生产总值比重达到21%\n"
    )
    r = parse(text, 2017)
    assert [(t.value, t.comparison) for t in r.targets] == [(21, "≥")]
    assert any("年末" in n and "20%" in n and "21%" in n for n in r.notes)
    # without a year-end line the first figure stays, with the usual note
    text2 = text.replace("年末，全县", "全县")
    r2 = parse(text2, 2017)
    assert [t.value for t in r2.targets] == [20]
    assert any("已保留第一次出现" in n for n in r2.notes)


def test_a_past_paragraph_does_not_carry_into_the_next_item_dateline_or_target_label():
    # benchmarks/plan_robustness.py past_lead on 2011_anhui_yaodian, 2023_nanchang_news and
    # 2021_taoyuan_jixiao: an unnumbered paragraph of last year's results inside a plan that has
    # no headings kept every later paragraph "past" until a target word
    past = "2010年，全市新增高新技术企业85家，总数达到480家，同比增长21.5%。"
    items = (
        "2.配合实施战略性新兴产业“千百十工程”，培育2-3个特色产业基地。\n" + past + "\n"
        "3.深入开展创新型园区创建工作。新建3-4家省级特色高新技术产业基地，新增2家国家级产业基地。\n"
    )
    assert values(items, 2011) == {2, 3}  # 2-3个, 3-4家 (lower bounds) and 2家
    assert "2010年" in listed(items, 2011)["85家"]
    news = (
        "南昌市明确2023年科技工作重点和目标\n" + past.replace("2010", "2022") + "\n"
        "南昌新闻网讯 科技型中小企业入库3000家以上，高新技术企业数量突破2000家。\n"
    )
    assert values(news, 2023) == {3000, 2000}
    label = (
        "桃源县科学技术局2021年度部门整体支出绩效目标申报表\n" + past.replace("2010", "2020") + "\n"
        "整体绩效目标。5、选派科技特派员21名，上报问题解决及时率100%。\n"
    )
    assert values(label, 2021) == {21, 100}
    # a paragraph that goes on reporting, with no new item, stays past
    still = "2011年工作\n" + past + "\n全市技术合同成交额达到35.2亿元，比上年增长18%。\n"
    assert values(still, 2011) == set()


def test_performance_rows_run_together_by_a_lost_line_break_are_split_again():
    # benchmarks/plan_robustness.py hard_wrap on 2022_taoyuan_jixiao: the reflow that joins
    # lines broken at a fixed width also joins the table's rows, values running into names
    text = (
        "桃源县科学技术局2022年部门整体支出绩效目标申报表\n"
        "一级指标 二级指标 三级指标 指标内容 指标值及单位\n"
        "产出指标 数量指标 高新技术企业新增数量 高新技术企业新增申报成功数 ≥6家培育指导高新技术企业数量"
        " 培育指导高新技术企业数量 ≥10家科技成果转化项目数量 科技成果转化项目数量≥8项科技活动周举办次数"
        " 科技活动周举办次数 1次\n"
        "效益指标 经济效益指标 减税降费 企业所得税减按15%征收\n"
    )
    got = found(text, 2022)
    assert {k: v[1:3] for k, v in got.items()} == {
        ("高新技术企业", "新增"): (6, "家"),
        ("高新技术企业", "总量"): (10, "家"),  # 培育指导…数量: the catalogue's stock entry
        ("科技成果转化项目", "总量"): (8, "项"),
        ("科技活动周举办次数", "总量"): (1, "次"),
    }  # "减按15%征收" stays one cell: no ≥ before the 15%


def test_a_title_after_a_pasted_line_and_a_spaced_breadcrumb_are_recognised():
    # benchmarks/plan_robustness.py completion_lead on 2022_city_jihua: a line of last year's
    # completion rates pasted above "市科学技术局2022年度工作计划" hid the title, and without it
    # the plan read as a report of results
    pasted = "全市发明专利申请量1350件，超额完成17%；新申报高新技术企业89家，完成省科技厅下达任务的124%。"
    text = (
        f"{pasted}\n市科学技术局2022年度工作计划\n"
        "2022年全市科技工作的总体要求是：坚持创新驱动。\n新增高新技术企业20家以上。\n"
    )
    r = parse(text, 2022)
    assert r.title == "市科学技术局2022年度工作计划"
    assert [t.value for t in r.targets] == [20]
    # a body line is no title even when it is short
    assert parse(f"{pasted}\n新增高新技术企业20家以上\n", 2022).title == ""
    # 2023_guangxi_news: "首页 新闻 > 科技 > 正文" is a breadcrumb, not the title
    crumbs = parse("首页 新闻 > 科技 > 正文\n广西将实施科技强桂行动\n力争新增高新技术企业500家。\n", 2023)
    assert crumbs.title == "广西将实施科技强桂行动"
    assert any("页眉" in n.reason for n in crumbs.ignored)


def test_a_headline_that_names_no_kind_of_document_still_counts_as_evidence():
    # benchmarks/plan_robustness.py past_tail on 2023_guangxi_news: once "首页 新闻 > 科技 > 正文"
    # is page furniture the headline "广西将实施科技强桂行动…" is the title; its 将实施 must still
    # weigh against a paragraph of results added at the end, as it did in the body
    from pathlib import Path

    corpus = Path(__file__).parent / "corpus" / "2023_guangxi_news.txt"
    tail = "过去一年，全市已建成省级重点实验室12家，累计培育科技型中小企业1200家，获省科技进步奖9项。"
    r = parse(corpus.read_text("utf-8") + "\n" + tail + "\n", 2023)
    assert r.title.startswith("广西将实施科技强桂行动")
    assert {10000, 5000} <= {t.value for t in r.targets}


def test_a_bare_magnitude_after_a_bound_counts_one():
    # 2009_zhenjiang_yijian: "向上争取各类科技拨款超亿元" (one 亿元, no digit written)
    text = "2009年科技工作意见\n4.全社会R&D投入占GDP的比重达到1.82%,向上争取各类科技拨款超亿元。\n"
    assert found(text, 2009)[("向上争取各类科技拨款", "总量")] == ("≥", 1, "亿元", None)
    got = found("2023年工作计划\n科技型企业超万家，技术合同成交额过亿元。\n", 2023)
    assert got[("技术合同成交额", "总量")] == ("≥", 1, "亿元", None)  # 过 is no part of the name
    assert got[("科技型企业", "总量")][1:3] == (10000, "家")
    # a magnitude inside a name stays a threshold of the name: "超亿元企业"
    assert 1 not in values("2023年工作计划\n培育超亿元企业20家。\n", 2023)


# --- final9 ----------------------------------------------------------------------------------


def test_a_progress_table_copied_one_cell_a_line_gives_its_task_targets():
    # 2022_tengzhou_jinzhan: "|" alone on a line, then each cell on its own line ending in "|";
    # the 任务目标 cells are targets, the 进展情况 cells are results
    text = (
        "滕州市科学技术局2022年第一季度《政府工作报告》(惠民实事)任务进展情况一览表\n"
        "|\n序号 |\n任务目标 |\n进展情况 |\n存在问题 |\n进度标识 (√完成或基本完成,↑快,→正常) |\n"
        "|\n1 |\n突出企业创新主体地位,申请发明专利160件以上,新增高新技术企业25家以上。 |\n"
        "加强研发投入奖励政策宣传,落实研发投入奖励资金1144.024万元。 |\n无 |\n→正常 |\n"
    )
    got = found(text, 2022)
    assert {k: v[1] for k, v in got.items()} == {
        ("申请发明专利", "总量"): 160,
        ("高新技术企业", "新增"): 25,
    }
    assert "1144.024万元" in listed(text, 2022)
    # the same table hard-wrapped at 38 characters (copied from a PDF): "|" alone still opens a row
    from pathlib import Path

    lines = (Path(__file__).parent / "corpus" / "2022_tengzhou_jinzhan.txt").read_text("utf-8")
    wrapped = "\n".join(x[i : i + 38] for x in lines.splitlines() for i in range(0, max(len(x), 1), 38))
    assert len(parse(wrapped, 2022).targets) == 5


def test_a_part_headed_by_an_earlier_years_summary_is_results_up_to_the_next_part():
    # 2020_haishu_silu: "一、2019年重点工作总结" has a plan word (重点) but names only 2019
    text = (
        "区科技局2019年工作总结及2020年工作思路\n"
        "一、2019年重点工作总结\n"
        "(一)科技争投指标稳中有进。全年实现高新技术产业投资17.2亿元,同比增长37.2%。"
        "新认定国家高新技术企业56家,全区有效国家高新技术企业总数达162家。\n"
        "(二)创新主体培育类中有别。全年新申报市“科技创新2025”重大专项5项。\n"
        "二、2020年工作思路\n"
        "(一)力争新增国家高新技术企业60家。\n"
    )
    got = found(text, 2020)
    assert {k: v[1] for k, v in got.items()} == {("高新技术企业", "新增"): 60}
    past = listed(text, 2020)
    assert {"17.2亿元", "56家", "162家", "5项"} <= past.keys()
    assert past["56家"] == "所在部分是已取得的成绩，不是目标"
    # a 重点工作 heading of the plan's own year frames nothing as results
    assert 56 in values(text.replace("2019年重点工作总结", "2020年重点工作"), 2020)
    # "过去一年" names no year and is a summary heading all the same
    last_year = "2020年工作要点\n一、过去一年工作\n新增高新技术企业56家。\n二、今年重点\n力争新增高新技术企业60家。\n"
    assert values(last_year, 2020) == {60}


def test_counts_of_the_names_listed_before_them_are_no_targets():
    # 2024_linqing_jihua, 2024_tengzhou_jihua, 2025_dongying_yaodian: the number says how many
    # names were just listed (or chosen from them), not how many are to be reached
    firms = "2024年工作计划\n重点抓好中冶银河、三和纺织、海亮奥博特3家研发投入过亿元企业。力争新增高新技术企业20家以上。\n"
    assert values(firms, 2024) == {20}
    assert "所列各项的个数" in listed(firms, 2024)["3家"]
    core = "2024年工作计划\n1.在科技核心指标上求突破。聚焦研发投入、高企培育2项核心指标,靶向施策。\n"
    assert values(core, 2024) == set()
    fields = (
        "2025年全市科技工作要点\n分别在传统产业、新兴产业、未来产业选择3个有一定基础产业领域,推动科技引领产业创新发展。"
        "首批重点推进CCUS、零碳、石油装备等3个领域,打造科技产业融通创新示范。\n"
    )
    assert values(fields, 2025) == set()
    # 2009_heilongjiang_news: what is built after "A、B等N个" stays a target, and so does a count
    # that differs from the names listed
    built = "2009年工作要点\n推进微生物菌种资源、实验动物资源、科技网络资源等3个科技资源共享平台。\n"
    assert values(built, 2009) == {3}
    assert values("2024年工作计划\n力争新增高新技术企业、科技型中小企业2家。\n", 2024) == {2}


def test_those_at_a_meeting_and_the_pieces_of_a_compilation_are_no_targets():
    # 2017_jianli_news (traditional in the corpus): the units at the meeting
    meeting = (
        "全县科技工作会议召开\n3月1日上午,全县科技工作会议召开。全县23个乡镇管理区、县科学素质领导小组成员单位负责人、"
        "50多家科技企业、科技示范基地代表参加会议。今年力争新增高新技术企业5家。\n"
    )
    assert values(meeting, 2017) == {5}
    assert "参加会议" in listed(meeting, 2017)["23个"]
    # 2024_xuecheng_jihua: the title of a compilation page
    assert values("科技局2024年工作计划汇编(5篇)\n力争新增高新技术企业20家。\n", 2024) == {20}


def test_a_list_of_new_counts_and_a_raise_in_percent_are_read_one_by_one():
    # 2024_linqing_jihua: "20家以上、" ends an item (no threshold of what follows), "提升15%以上"
    # is growth, and "研发投入过5000万元的企业" is a threshold in a name
    text = (
        "市科学技术局2024年度工作计划\n"
        "(一)抓好高新技术企业培育。力争新增高新技术企业20家以上、科技型中小企业30家以上。\n"
        "(二)推动科技研发投入增量提升。重点抓好中色正锐、德能金玉米、恒泰金属材料等研发投入过5000万元的企业,"
        "进一步加大研发投入。争取2024年研发投入提升15%以上。\n"
    )
    got = found(text, 2024)
    assert {k: v[1:3] for k, v in got.items()} == {
        ("高新技术企业", "新增"): (20, "家"),
        ("科技型中小企业", "新增"): (30, "家"),
        ("研发投入", "增速"): (15, "%"),
    }
    assert "门槛" in listed(text, 2024)["5000万元"]
    # a threshold still ends at its noun: "投资1000万元以上的项目10个"
    assert "门槛" in listed("2024年工作计划\n实施投资1000万元以上的项目10个。\n", 2024)["1000万元以上"]


def test_ten_thousand_seedlings_keep_their_unit_and_a_project_size_is_no_target():
    # 2023_wanyuan_yaodian
    text = (
        "市科技局2023年工作要点\n"
        "2、支持、协助立川食品公司搞好年产1000吨大竹河红豆腐常年化加工生产线建设,力争2023年上半年投入试生产。\n"
        "4、继续优化选育推广“巴山早茶树新品种,扩繁种苗20万株,高产栽培示范基地面积到达100亩。\n"
    )
    got = found(text, 2023)
    assert got[("扩繁种苗", "总量")][1:3] == (20, "万株")
    assert "1000吨" in listed(text, 2023)
    assert 1000 not in values(text, 2023)
    # other 万-counts still multiply out: "1.4万家" is 14000家
    assert found("2023年工作要点\n科技型中小企业达到1.4万家。\n", 2023)[("科技型中小企业", "总量")][1:3] == (
        14000,
        "家",
    )


# --- planfix11 (QA4 F13, F11e) ------------------------------------------------------------


def test_the_measure_after_a_kind_word_stays_in_the_name():
    # 2025_fuzhou_news: "技术市场交易累计总额达300亿元" names 技术市场交易额, a 累计 target
    text = "福州市“十四五”科技创新目标\n力争到2025年,技术市场交易累计总额达300亿元以上。\n"
    assert found(text, 2025) == {("技术市场交易额", "累计"): ("≥", 300, "亿元", None)}
    # the same rule for other measures; a count's 总数 adds nothing to the firms' name
    assert ("技术合同成交额", "累计") in found("2025年工作要点\n技术合同累计成交金额达到50亿元。\n", 2025)
    assert ("高新技术企业", "累计") in found("2025年工作要点\n高新技术企业累计总数达到500家。\n", 2025)
    assert ("高新技术企业", "新增") in found("2025年工作要点\n新增高新技术企业50家。\n", 2025)


def test_a_plan_periods_average_growth_is_its_own_kind():
    # 2025_fuzhou_news: a 2021–2025 plan's "年均增长18%" is met by this year's growth, but it is
    # no one-year 增速 target: 目标类型 年均增速 in 目标任务 (QA4 F13)
    from kjreport.plan.export import target_header, target_rows

    text = (
        "福州市“十四五”科技创新目标\n发展研发投入强度与规模大幅提升:力争到2025年,全社会研究与试验发展经费投入"
        "(R&D)年均增长18%以上,投入强度达3%左右。\n"
    )
    targets = {t.indicator: t for t in parse(text, 2025).targets}
    growth = targets["全社会R&D经费投入"]
    assert (growth.kind, growth.period_average, growth.kind_label, growth.value) == ("增速", True, "年均增速", 18)
    assert not targets["全社会R&D经费投入占GDP比重"].period_average
    header, row = target_rows([growth])
    assert row[target_header().index("目标类型")] == "年均增速"
    # 2023_changji_fangan, 2025_neimenggu_fangan: other ways of saying it
    for said in ("全社会研发经费年均增长超过10%", "全社会研发经费投入年均增长高于12%", "研发经费投入年平均增长10%"):
        (t,) = parse(f"2025年方案\n到2025年,{said}。\n", 2025).targets
        assert t.period_average, said
    # a one-year growth stays 增速
    (t,) = parse("2025年工作要点\n全社会研发经费投入增长15%以上。\n", 2025).targets
    assert (t.kind, t.period_average) == ("增速", False)


def test_a_report_of_a_finished_year_without_its_title_sets_no_target():
    # 2022_city_shuzhi without its title "XX市科技局2022年度述职报告" (a body pasted alone): not one
    # word looks ahead, and awards won, 同口径 and 分别增长 report the year — 11 "targets" before
    body = (
        "2022年,在市委、市政府坚强领导下,市科技局加快实施创新驱动发展战略。全社会研发投入367.1亿元,同口径增长17.1%。"
        "高新技术企业、科技型中小企业达6588家、6403家,分别增长26.3%、44.4%;高新技术产业增加值增长10%以上;"
        "技术合同成交额、登记项数分别为823.57亿元、23003项,分别增长54.31%、117.15%。科技成果本地转化率达38%,"
        "杂交水稻等4家全国重点实验室正式获批,XX高新区获批国家高新区。连续四年获省政府真抓实干督查激励第一名。\n"
    )
    assert values(body, 2022) == set()
    assert "实绩" in listed(body, 2022)["367.1亿元"]
    # the same figures with one word that looks ahead are read as a plan's
    assert 367.1 in values(body.replace("全社会研发投入367.1亿元", "力争全社会研发投入367.1亿元"), 2022)


def test_a_task_list_under_a_paragraph_of_completion_rates_keeps_its_targets():
    # 2010_yongzhou_mubiao with plan_robustness's completion_lead: the list has no 力争/将/目标, but its
    # plain statements outnumber the signs of results, so it is no report of a finished year
    text = (
        "全市发明专利申请量1350件，超额完成17%；新申报高新技术企业89家，完成省科技厅下达任务的124%，"
        "共登记技术合同交易额23.9亿元，超额完成33%。\n"
        "全市高新技术产业增加值达到350亿元，高新技术企业达到52家，专利申请量达到2000件，"
        "新建省级工程技术研究中心3家，科技进步贡献率达到48%，技术合同成交额达到10亿元。\n"
    )
    assert {350, 52, 2000, 3, 48, 10} <= values(text, 2010)


def test_a_heading_that_reports_on_the_targets_is_no_target_word():
    # 2023_minhang_zongjie with its paragraph breaks lost (plan_robustness one_paragraph): the title
    # is gone into the text, and "一主要目标完成情况" heads results, it sets no target
    from pathlib import Path

    corpus = Path(__file__).parent / "corpus" / "2023_minhang_zongjie.txt"
    text = "".join(corpus.read_text("utf-8").splitlines()) + "\n"
    assert values(text, 2023) == set()
    assert "主要目标完成情况" in text
