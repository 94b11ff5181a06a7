"""Reading rules from the blind batch final10 (issue 9 §3): one test per rule, each from a real
sentence of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse


def test_a_rate_of_reach_shared_by_a_list_of_names_is_one_target_per_name():
    # 2020_hangzhou_kepu: "全市行政村科普活動站、科普宣傳欄、村科普宣傳員的覆蓋率達到100%,
    # 社區科普組織、科普畫廊覆蓋率達到100%"
    got = found(
        "到2020年，全市行政村科普活动站、科普宣传栏、村科普宣传员的覆盖率达到100%，"
        "社区科普组织、科普画廊覆盖率达到100%。",
        2020,
    )
    assert got == {
        (name, "总量"): ("≥", 100, "%", None)
        for name in (
            "行政村科普活动站覆盖率",
            "科普宣传栏覆盖率",
            "村科普宣传员覆盖率",
            "社区科普组织覆盖率",
            "科普画廊覆盖率",
        )
    }


def test_a_list_that_only_describes_one_name_keeps_its_rate_whole():
    # 2020_hangzhou_kepu: "科技活動周、科普宣傳周各項主題科普活動鄉鎮(街道) 覆蓋率達到100%"
    got = found("到2020年，科技活动周、科普宣传周各项主题科普活动乡镇（街道）覆盖率达到100%。", 2020)
    assert len(got) == 1
    assert next(iter(got.values())) == ("≥", 100, "%", None)


def test_a_name_after_the_number_behind_an_article_is_read():
    # 2020_hangzhou_kepu: "建立百支科普志願者小分隊,形成一支5萬人以上的科普志願者隊伍"
    got = found("到2020年，建立百支科普志愿者小分队，形成一支5万人以上的科普志愿者队伍。", 2020)
    assert got == {
        ("科普志愿者小分队", "总量"): ("≥", 100, "支", None),
        ("科普志愿者队伍", "总量"): ("≥", 5, "万人", None),
    }


def test_the_kind_of_goal_after_the_number_is_not_its_name():
    # 2021_guizhou_jishushichang: "圆满完成2021年技术合同成交额突破270亿元的指引性目标"
    got = found(
        "各单位一致表示，将共同努力推动技术市场持续稳步发展，"
        "圆满完成2021年技术合同成交额突破270亿元的指引性目标。",
        2021,
    )
    assert got == {("技术合同成交额", "总量"): ("≥", 270, "亿元", None)}


def test_those_at_a_meeting_called_by_someone_are_no_targets():
    # 2021_guizhou_jishushichang: the bureau "组织召开" the meeting in an earlier clause
    text = (
        "5月26日，省科技厅组织召开技术市场工作座谈会，9市（州）科技局、贵安新区经发局、"
        "10家技术合同认定登记工作站，省科技信息中心、省技术转移中心等单位共28人参加会议。"
    )
    assert found(text, 2021) == {}
    assert {"10家", "28人"} <= set(listed(text, 2021))
    # a count sent by a word of its own clause stays a target
    assert found("今年组织50家科技型企业参加创新创业大赛。", 2021)


def test_residents_are_not_cut_at_ju_and_a_price_rise_is_growth():
    # 2023_xianyang_jihua: "居民消费价格涨幅3%左右"; 居 (跃居, 稳居) is no verb in 居民
    got = found("主要预期目标是：居民消费价格涨幅3%左右；城镇居民人均可支配收入增长7%。", 2023)
    assert got == {
        ("居民消费价格", "增速"): ("≈", 3, "%", None),
        ("城镇居民人均可支配收入", "增速"): ("≥", 7, "%", None),
    }


def test_urban_and_rural_incomes_take_their_values_in_order_with_a_shared_bound():
    # 2023_xianyang_jihua: "城乡居民人均可支配收入分别增长7%、8%左右"
    got = found("主要预期目标是：城乡居民人均可支配收入分别增长7%、8%左右。", 2023)
    assert got == {
        ("城镇居民人均可支配收入", "增速"): ("≈", 7, "%", None),
        ("农村居民人均可支配收入", "增速"): ("≈", 8, "%", None),
    }
    # joined by 和, the bound stays on the value it follows (2025_shandong_shuangbeizeng)
    got = found("力争到2025年，高新技术企业、科技型中小企业分别达到3万家和3.6万家左右。", 2025)
    assert got[("高新技术企业", "总量")][0] == "≥"


def test_two_measures_joined_by_he_share_one_value_under_jun():
    # 2023_linhai_baogao: "财政总收入和地方财政收入均增长6.5%以上"
    got = found("2023年主要预期指标为：财政总收入和地方财政收入均增长6.5%以上。", 2023)
    assert got == {
        ("财政总收入", "增速"): ("≥", 6.5, "%", None),
        ("地方财政收入", "增速"): ("≥", 6.5, "%", None),
    }


def test_scoring_steps_and_weights_of_an_assessment_are_no_targets():
    # 2011_wujin_kaohe: "每增减5%相应加减0.5分"; 2017_fuzhou_kaohe: "权重各占50%"
    text = (
        "以上各考核项目，达到全区平均值得基本分，每增减5%相应加减0.5分。"
        "“当年高企增长率”及“当年认定高企增长量”权重各占50%。"
    )
    assert found(text, 2017) == {}
    reasons = listed(text, 2017)
    assert "计分" in reasons["5%"] and "计分" in reasons["50%"]


def test_a_count_of_indicators_is_no_target():
    # 2011_wujin_kaohe: "按照国家级创新型科技园区建设12项总体指标，根据……年度工作目标"
    text = "按照国家级创新型科技园区建设12项总体指标，以实际完成情况为考核依据。"
    assert found(text, 2011) == {}
    assert "12项" in listed(text, 2011)


def test_the_programmes_a_plan_is_built_of_are_no_target():
    # 2025_weihai_kepu: "同时,实施4项重点工程,提高威海科普供给和科普服务能力。实施科技资源科普化工程……"
    text = "到2025年，同时实施4项重点工程，提高科普供给和科普服务能力。"
    assert found(text, 2025) == {}
    assert "4项" in listed(text, 2025)
    # what is built stays a target
    assert found("到2025年，建成3个科技示范工程。", 2025)


# 2023_xuancheng_jixiao: a 项目支出绩效目标表 copied one cell a line, its mid-term (2023–2025)
# and annual columns side by side
SIDE_BY_SIDE = """项目支出绩效目标表 |
|||||||||
(2023 年度) |
|||||||||
项目名称 |
文明创建、乡村振兴等项目支出 |
||||||||
项目资金 |
中期资金总额: |
15.00 |
年度资金总额: |
5.00 |
|||||
总 |
中期目标(2023年—2025年) |
年度目标 |
|||||||
绩 |
一级 |
二级 指标 |
三级指标 |
指标值 |
绩效标准 |
二级 指标 |
三级指标 |
指标值 |
绩效标准 |
产 |
数量 指标 |
报送招商信息线索 |
≥60条 |
|
数量 指标 |
开展招商活动 |
≥5次 |
|
|
牵头外出招商 |
≥15次 |
|
防汛应急圩段 |
≥1个 |
|
||||
参加文明创建、联点共建、乡村振兴美丽乡村及防汛抗灾活动 |
≥1500人次 |
|
报送招商信息线索 |
≥20条 |
|
||||
招引到位资金 |
≥9000万元 |
|
定点帮扶村 |
≥1个 |
|
||||"""


def test_a_performance_form_with_mid_term_and_annual_columns_side_by_side():
    r = parse(SIDE_BY_SIDE)  # no year given: the form's own "(2023 年度)"
    assert r.year == 2023
    got = {(t.indicator, t.kind): (t.comparison, t.value, t.unit) for t in r.targets}
    assert got == {
        ("招商活动", "总量"): ("≥", 5, "次"),
        ("防汛应急圩段", "总量"): ("≥", 1, "个"),
        ("报送招商信息线索", "总量"): ("≥", 20, "条"),
        ("定点帮扶村", "总量"): ("≥", 1, "个"),
    }
    # the mid-term column's values are listed as the 2025 targets they are, shown by their cells
    later = {u.quantity: u.sentence for u in r.other_years}
    assert set(later) == {"60条", "15次", "1500人次", "9000万元"}
    assert later["60条"] == "绩效指标表（中期目标）：报送招商信息线索｜≥60条"
    shown = {t.indicator: t.sentence for t in r.targets}
    assert shown["定点帮扶村"] == "绩效指标表（年度目标）：定点帮扶村｜≥1个"


def test_a_side_by_side_form_with_full_width_digits_keeps_its_columns():
    wide = SIDE_BY_SIDE.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    r = parse(wide)
    assert {t.indicator for t in r.targets} == {"招商活动", "防汛应急圩段", "报送招商信息线索", "定点帮扶村"}


def test_a_rate_of_reach_after_a_list_under_fenbie_or_jun_is_each_names():
    # the 2020_hangzhou_kepu rule where the list shares 分别 or 均 (sentences made from it)
    got = found(
        "力争规上工业企业研发机构、高新技术企业研发机构覆盖率分别达到50%、80%；"
        "中小学科普教育基地、社区科普大学的覆盖率均达到90%以上。",
        2023,
    )
    assert got == {
        ("规上工业企业研发机构覆盖率", "总量"): ("≥", 50, "%", None),
        ("高新技术企业研发机构覆盖率", "总量"): ("≥", 80, "%", None),
        ("中小学科普教育基地覆盖率", "总量"): ("≥", 90, "%", None),
        ("社区科普大学覆盖率", "总量"): ("≥", 90, "%", None),
    }


def test_two_kinds_of_firm_joined_by_he_share_one_value_under_jun():
    # the 2023_linhai_baogao rule for counts of organisations (a sentence made from it)
    got = found("今年力争高新技术企业和科技型中小企业均突破1000家。", 2023)
    assert got == {
        ("高新技术企业", "总量"): ("≥", 1000, "家", None),
        ("科技型中小企业", "总量"): ("≥", 1000, "家", None),
    }
