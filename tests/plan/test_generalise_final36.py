"""Reading rules from the blind batches final34–final36 left to round 17 (issue 9 §3): one test per
rule, each with sentences written for the test in the shape of the corpus sentence that taught it
(other words, numbers and places), then the corpus plan itself (tests/plan/corpus, named in the test)."""

from __future__ import annotations

from kjreport.plan.wording import goals_label_year
from tests.helpers import cli
from tests.plan.test_generalise import found, listed
from tests.plan.test_generalise_final32 import corpus_found

# --- a line that heads one year's block: last year's results, then this year's goals --------


def test_a_year_heading_line_sets_the_year_of_the_block_below_it():
    # 2021_hunan_jianban: "2020年湖南 / 交答卷!" (results) … "2021年湖南 / 立flag!" (goals)
    text = (
        "某省政府工作报告要点\n\n2024年某省\n\n交答卷\n\n地区生产总值增长4.6%\n"
        "新增高新技术企业900家\n\n2025年某省\n\n定目标\n\n地区生产总值增长5.5%左右\n"
        "新增高新技术企业1000家以上\n"
    )
    got = found(text, 2025)
    assert got[("地区生产总值", "增速")] == ("≈", 5.5, "%", None)
    assert got[("高新技术企业", "新增")] == ("≥", 1000.0, "家", None)
    assert len(got) == 2
    # the 2024 block's figures are that year's, listed as such, not read as 2025's
    assert {"4.6%", "900家"} <= set(listed(text, 2025))


def test_a_year_line_that_is_a_time_phrase_heads_nothing():
    # "2025年以来" / "2025年上半年" / "2025年底" open a sentence about a time; they head no block
    assert goals_label_year("2025年湖南") == 2025
    assert goals_label_year("  2025年某某县！ ") == 2025
    for line in ("2025年以来", "2025年上半年", "2025年底前", "2025年度", "2025年新增企业120家"):
        assert goals_label_year(line) is None, line


# --- a report of the year before that turns to the imported year's goals ------------------


def test_a_report_that_sets_out_next_years_goals_dates_the_sentences_after_it():
    # 2023_guangdong_news: "政府工作报告提出了2023年…主要预期目标，…全年…省重点建设项目1530个"
    text = (
        "某省政府工作报告发布\n报告称，2024年全省地区生产总值增长4.8%，新增高新技术企业800家。"
        "政府工作报告提出了2025年全省经济社会发展的主要预期目标，其中地区生产总值增长5%以上。"
        "全年安排省重点建设项目980个，年度计划投资6500亿元。\n"
    )
    got = found(text, 2025)
    assert got[("地区生产总值", "增速")] == ("≥", 5.0, "%", None)
    assert got[("省重点建设项目", "总量")] == ("≥", 980.0, "个", None)
    # (the investment of the projects just counted is named by them since lead40: 海原 2023)
    assert got[("省重点建设项目年度计划投资", "总量")] == ("≥", 6500.0, "亿元", None)
    assert len(got) == 3
    assert {"4.8%", "800家"} <= set(listed(text, 2025))


def test_a_title_naming_next_years_plan_does_not_date_last_years_results():
    # 2017_wuxi_zongjie: "2016年科技工作总结和2017年工作计划 … 按照年初确定的目标任务 … 预计…达到63%"
    text = (
        "2024年科技工作总结和2025年工作计划\n2024年，全市科技工作按照年初确定的目标任务，"
        "奋力争先进位。预计全市科技进步贡献率达到65%，每万人有效发明专利拥有量达到28件。\n"
    )
    assert found(text, 2025) == {}


def test_the_year_block_plans_read_right():
    got = corpus_found("2021_hunan_jianban")
    assert got[("城镇新增就业", "新增")] == ("≥", 70.0, "万人")
    assert len(got) == 4
    got = corpus_found("2023_guangdong_news")
    assert got[("省重点建设项目", "总量")] == ("≥", 1530.0, "个")
    assert corpus_found("2017_wuxi_zongjie") == {}


# --- who attended a meeting, and how many pieces of work a plan has (2022_donghu_gongwei) ---


def test_people_who_attended_are_not_a_target():
    # "20多位全国、省、市等各级人大代表、政协委员，以及部分光谷企业家代表出席。"
    text = (
        "某区工委扩大会议召开\n30多位各级人大代表、政协委员，以及部分企业家代表出席。"
        "2025年，全区新增高新技术企业120家以上。\n"
    )
    assert found(text, 2025) == {("高新技术企业", "新增"): ("≥", 120.0, "家", None)}
    assert "30多位" in listed(text, 2025)
    # a bureau that sets a count of people to attend keeps it: "力争组织200名企业家出席…"
    assert found("2025年某市工作要点\n一、主要目标\n力争组织200名企业家出席科技成果对接会。\n", 2025)


def test_a_count_of_the_plans_own_pieces_of_work_in_a_list_is_not_a_target():
    # "今年将重点开展6项重点工作、实现6大功能，即……"
    text = (
        "2025年某区工作要点\n围绕以上目标任务，今年将重点开展8项重点工作、实现5大功能，即……；"
        "全年新增高新技术企业60家。\n"
    )
    assert found(text, 2025) == {("高新技术企业", "新增"): ("≥", 60.0, "家", None)}
    assert "8项" in listed(text, 2025)


def test_the_donghu_plan_reads_right():
    got = corpus_found("2022_donghu_gongwei")
    assert len(got) == 5
    assert not any(unit in ("位", "项") for _, _, unit in got.values())


# --- the average over the places below is another indicator (2022_sichuan_xianyu) ----------


def test_the_average_over_counties_keeps_its_own_name():
    # "县(市、区)R&D支出占地区生产总值比重的平均水平达到1.2%" is not the place's own R&D intensity
    text = (
        "2025年某省县域创新工作要点\n一、主要目标\n到2025年，县(市、区)全社会研发投入强度的平均水平"
        "达到1.5%，科技进步贡献率的平均值达到58%，全社会R&D经费投入占GDP比重达到2.1%。\n"
    )
    got = found(text, 2025)
    assert got[("县（市、区）全社会研发投入强度的平均水平", "总量")] == ("≥", 1.5, "%", None)
    assert got[("科技进步贡献率的平均值", "总量")] == ("≥", 58.0, "%", None)
    # the province's own R&D intensity still maps to the catalogue
    assert got[("全社会R&D经费投入占GDP比重", "总量")] == ("≥", 2.1, "%", None)
    assert corpus_found("2022_sichuan_xianyu")[
        ("R&D支出占地区生产总值比重的平均水平", "总量")
    ] == ("≥", 1.2, "%")


# --- money a place will spend over the coming years (2020_wulumuqi_gaoxinqu) ----------------


def test_money_to_spend_over_the_coming_years_is_their_sum():
    # "未来五年，该区将投2亿元科技创新创业扶持资金支持“双创”" in a news report of results
    text = (
        "某区召开科技创新大会\n去年全区新增高新技术企业35家。\n会上传出消息，未来三年，该区将投5000万元"
        "科技创新扶持资金支持企业研发。\n"
    )
    assert found(text, 2025) == {("科技创新扶持资金", "累计"): ("≥", 5000.0, "万元", None)}
    assert "35家" in listed(text, 2025)
    # in a plan: the funds are named after the amount, the span makes it a sum
    text = "2025年某县工作要点\n一、主要目标\n今后三年投入3亿元科技专项资金用于企业研发。\n"
    assert found(text, 2025) == {("科技专项资金", "累计"): ("≥", 3.0, "亿元", None)}
    text = "2025年某县工作要点\n一、主要目标\n全年投入3亿元科技专项资金用于企业研发。\n"
    assert found(text, 2025) == {("科技专项资金", "总量"): ("≥", 3.0, "亿元", None)}


# --- what one party provides another is named by the whole clause (qa15 F2) ---------------


def test_a_party_providing_for_another_is_named_by_the_clause(tmp_path):
    # 2024_tongren_yaodian: "推动金融机构为科技企业提供融资需求10亿元以上" was named 「金融机构」
    text = (
        "2025年某市科技工作要点\n一、主要目标\n推动银行机构为科技型中小企业发放贷款20亿元以上；"
        "技术合同成交额12亿元。\n"
    )
    got = found(text, 2025)
    assert got[("银行机构为科技型中小企业发放贷款", "总量")] == ("≥", 20.0, "亿元", None)
    # "主要预期目标为…" is no party: the goal's name follows 为, as before
    assert found("2025年某县要点\n主要预期目标为地区生产总值增长6%。\n", 2025) == {
        ("地区生产总值", "增速"): ("≥", 6.0, "%", None)
    }
    # as the office sees it in `kjreport plan show`
    path = tmp_path / "要点.txt"
    path.write_text(text, encoding="utf-8")
    shown = cli("plan", "show", str(path), "--year", "2025")
    assert shown.exit_code == 0, shown.output
    assert "银行机构为科技型中小企业" in shown.output.replace("│", "").replace(" ", "").replace("\n", "")


# --- one growth for a list of totals (2025_liaoning_gaoxinqu) -------------------------------


def test_a_growth_without_a_subject_after_a_list_of_totals_is_each_ones():
    # "全省高新区地区生产总值突破6500亿元、营业总收入突破2.2万亿元，年均保持8%以上增长"
    text = (
        "2025年某市开发区工作要点\n一、主要目标\n到2025年，全市高新区工业总产值突破900亿元、"
        "税收收入突破60亿元，年均保持10%以上增长；新增高新技术企业30家。\n"
    )
    got = found(text, 2025)
    assert got[("高新区工业总产值", "增速")] == ("≥", 10.0, "%", None)
    assert got[("税收收入", "增速")] == ("≥", 10.0, "%", None)
    assert len(got) == 5
    # a growth with its own subject stays one target
    text = (
        "2025年某市开发区工作要点\n一、主要目标\n到2025年，全市高新区工业总产值突破900亿元、"
        "税收收入突破60亿元，研发投入年均增长12%。\n"
    )
    got = found(text, 2025)
    assert [k for k in got if k[1] == "增速"] == [("研发投入", "增速")]


def test_a_development_zone_keeps_its_name():
    # "开发" opens a name as a verb ("开发新产品10个"), never in "开发区"
    text = "2025年某县工作要点\n一、主要目标\n全县开发区工业总产值突破300亿元，开发新产品20个。\n"
    got = found(text, 2025)
    assert got[("开发区工业总产值", "总量")] == ("≥", 300.0, "亿元", None)
    assert ("新产品", "总量") in got


def test_counts_by_size_band_are_named_by_their_band():
    # 2025_liaoning_gaoxinqu: "创新型产业集群发展规模达到100亿元的超过20个、1000亿元的超过6个" were
    # named 「创新型产业集群发展」 and 「1000亿元」
    text = (
        "2025年某市工作要点\n一、主要目标\n到2025年，特色产业集群发展规模达到50亿元的超过8个、"
        "100亿元的超过3个；新增高新技术企业30家。\n"
    )
    assert found(text, 2025) == {
        ("规模50亿元的特色产业集群", "总量"): ("≥", 8.0, "个", None),
        ("规模100亿元的特色产业集群", "总量"): ("≥", 3.0, "个", None),
        ("高新技术企业", "新增"): ("≥", 30.0, "家", None),
    }
    got = corpus_found("2025_liaoning_gaoxinqu")
    assert got[("规模1000亿元的创新型产业集群", "总量")] == ("≥", 6.0, "个")
