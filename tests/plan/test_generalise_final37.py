"""Reading rules from the blind batch final37 (round 18, issue 9 §3): one test per rule, each with
sentences written for the test in the shape of the corpus sentence that taught it (other words,
numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from kjreport.indicators.names import name_key
from tests.plan.test_generalise import found, listed


def test_a_share_raised_to_a_level_is_the_level_not_a_growth():
    # 2015_fuzhou_guihua: "占工业总产值比重增加至45%，高新技术产业增加值占gdp的比重增加至19%"
    text = (
        "某县“十二五”科技发展规划\n三、发展目标\n到2015年，全县高新技术产业产值力争达到120亿元，"
        "占工业总产值比重增加至38%，高新技术产业增加值占GDP的比重增长至12%，利税增加到9亿元。\n"
    )
    got = found(text, 2015)
    assert ("高新技术产业增加值占GDP的比重", "总量") in got
    assert got[("高新技术产业增加值占GDP的比重", "总量")] == ("≥", 12.0, "%", None)
    assert not [key for key in got if key[1] == "增速"]
    assert {v[1] for v in got.values()} == {120.0, 38.0, 12.0, 9.0}


def test_a_change_measured_to_the_hundredth_against_last_year_is_a_result():
    # 2009_hangzhou_news: "专利申请与授权量分别达26074件、15414件,同比分别增长59.40%、40.84%"
    text = (
        "全县科技工作会议召开\n2024年，全县专利申请量与授权量分别达812件、305件，同比分别增长21.36%、9.87%；"
        "发明专利申请量与授权量分别达96件、31件，在全省县域的排名有较大幅度的提升。"
        "会议要求，2025年新增高新技术企业30家以上。\n"
    )
    got = found(text, 2024)
    assert not got
    assert {"812件", "305件", "96件", "31件"} <= set(listed(text, 2024))


def test_places_to_gather_in_are_not_a_count_to_reach():
    # 2016_jianning_news: "引导龙头企业向2个农产品加工园区聚集，形成产业集群"
    text = "2025年全县农业科技工作要点\n一、主要目标\n推动规上企业向3个特色产业园集聚；新增农业龙头企业5家。\n"
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 5.0, "家", None)]
    assert "3个" in listed(text, 2025)


def test_documents_a_report_says_were_just_issued_are_no_target():
    # 2015_jiangsu_yanhai: "此次出台的新一轮10个专项方案,遵循……原则"
    text = "我省发布科技创新三年行动\n日前印发的6个配套实施方案，明确到2026年全省高新技术企业达到1.2万家。\n"
    got = found(text, 2026)
    assert list(got.values()) == [("≥", 1.2, "万家", None)] or list(got.values()) == [("≥", 12000.0, "家", None)]
    assert "6个" in listed(text, 2026)


def test_the_size_of_an_unnumbered_group_is_no_target():
    # 2015_fuzhou_guihua: "着力打造若干家产值超过百亿元、千亿元的具有国际竞争能力的大企业集团"
    text = "2025年全市工业科技工作要点\n一、主要目标\n着力培育若干家营收超过30亿元、50亿元的具有核心竞争力的龙头企业集团；新增高新技术企业40家。\n"
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 40.0, "家", None)]
    assert {"30亿元", "50亿元"} <= set(listed(text, 2025))


def test_the_terms_of_a_policy_carried_out_are_no_target():
    # 2015_jiangsu_yanhai: "推动落实市、县每年新增财政支出中科技支出的比例分别不低于3%、2%的投入政策"
    text = (
        "2025年全县科技工作要点\n一、主要目标\n落实研发费用加计扣除比例不低于100%的税收政策，"
        "全社会研发投入增长15%以上。\n"
    )
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 15.0, "%", None)]
    assert "100%" in listed(text, 2025)


def test_a_total_is_the_indicator_itself():
    # 2015_jiangsu_yanhai: "沿海地区研发投入总量超过300亿元" names the R&D spending, its total
    assert name_key("研发投入总量") == name_key("研发投入")
    assert name_key("专利申请总量") == name_key("专利申请量") or name_key("专利申请总量") == name_key("专利申请")


def test_a_measure_said_after_the_amount_is_part_of_the_name():
    # 2015_sanming_news: "双方围绕三明市2015年现代农业实现1200亿元产值、农民人均纯收入1.3万元的目标"
    text = (
        "2025年全县农业科技工作要点\n一、主要目标\n围绕全县2025年特色林业实现60亿元产值、"
        "农民人均可支配收入2.3万元的目标，实施四大工程。\n"
    )
    got = found(text, 2025)
    assert got[("特色林业产值", "总量")] == ("≥", 60.0, "亿元", None)
    assert got[("农民人均可支配收入", "总量")] == ("≥", 2.3, "万元", None)
