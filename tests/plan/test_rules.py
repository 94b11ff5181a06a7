"""One test per reading rule of issue 9 §3: how a sentence of a plan becomes targets.

Each case is a short plan text run through the real parser (``parse_plan``); the sentences are
modelled on the corpus plans (tests/plan/corpus) but cut down to the rule under test.
"""

from __future__ import annotations

import pytest

from kjreport.plan import NotAPlanError, import_plan, parse_plan
from kjreport.plan.reader import PlanLine


def parse(text: str, year: int | None = None):
    lines = [PlanLine(i, line) for i, line in enumerate(text.splitlines(), start=1)]
    return parse_plan(lines, "计划.txt", year=year)


def found(text: str, year: int | None = None) -> dict[tuple[str, str], tuple]:
    """{(indicator, kind): (comparison, value, unit, stretch, upper)} of a plan text."""
    r = parse(text, year)
    return {
        (t.indicator, t.kind): (t.comparison, t.value, t.unit, t.stretch, t.upper)
        for t in r.targets
    }


# --- plans without 一、 headings ----------------------------------------------------------


def test_news_report_without_headings_is_read(tmp_path):
    path = tmp_path / "新闻.txt"
    path.write_text(
        "昨日全市科技工作会议召开。今年我市科技工作要实现五个目标：一是高新技术企业达到300家；"
        "二是技术合同成交额突破20亿元。\n",
        "utf-8",
    )
    r = import_plan(path)
    assert r.plan.children == []  # no parts: the whole text is 主要任务目标
    assert {t.indicator for t in r.targets} == {"高新技术企业", "技术合同成交额"}
    assert all(t.plan_items == ("总",) for t in r.targets)


def test_notice_without_headings_or_targets_is_refused(tmp_path):
    path = tmp_path / "通知.txt"
    path.write_text("关于召开会议的通知\n请50家企业参加。\n", "utf-8")
    with pytest.raises(NotAPlanError, match="一、"):
        import_plan(path)


def test_dash_bullets_and_numbered_items_are_text_of_the_target_paragraph():
    got = found(
        "主要目标：\n——高新技术企业达到120家；\n——技术合同成交额达到8亿元。\n1、专利申请量达到900件。"
    )
    assert set(got) == {
        ("高新技术企业", "总量"),
        ("技术合同成交额", "总量"),
        ("专利申请量", "总量"),
    }


# --- stretch, increments, comparators, ranges -----------------------------------------------


def test_stretch_target_keeps_both_values():
    got = found("全社会研发投入强度达到3.3%、争取达到3.4%。")
    assert got == {("全社会R&D经费投入占GDP比重", "总量"): ("≥", 3.3, "%", 3.4, None)}


def test_stretch_in_a_following_clause_and_in_money_units():
    got = found(
        "新增高新技术企业50家，努力实现新增100家；争取上级资金确保超过6000万元、争取7000万元。"
    )
    assert got[("高新技术企业", "新增")] == ("≥", 50.0, "家", 100.0, None)
    assert got[("上级资金", "总量")] == ("≥", 6000.0, "万元", 7000.0, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("新增高新技术企业80家。", "新增"),
        ("新认定高新技术企业3家以上。", "新增"),
        ("高新技术企业净增30家。", "净增"),
        ("累计建成院士工作站12个。", "累计"),
        ("高新技术企业总数突破550家。", "总量"),
        ("规模工业增加值增长10%。", "增速"),
        ("专利申请量在上年基础上增加5%以上。", "增速"),
        ("科技进步贡献率提高2个百分点。", "提高"),
        ("综合科技创新水平全国排名提升1位。", "提高"),
    ],
)
def test_kind_of_target(text, kind):
    (key,) = found(text)
    assert key[1] == kind


def test_total_and_increment_of_the_same_indicator_are_two_targets():
    got = found("新增高新技术企业80家，总量突破550家。")
    assert got[("高新技术企业", "新增")][:2] == ("≥", 80.0)
    assert got[("高新技术企业", "总量")][:2] == ("≥", 550.0)


def test_qizhong_keeps_the_increment():
    got = found("新增创新平台80家，其中省级及以上平台30家。")
    assert got[("省级及以上平台", "新增")][:2] == ("≥", 30.0)


def test_new_carries_along_a_list():
    got = found("新认定省重大成果转化项目1项、省级以上高新技术企业6家、高新技术产品20个。")
    assert {k[1] for k in got} == {"新增"}
    assert len(got) == 3


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("高新技术企业达到300家以上。", "≥"),
        ("高新技术企业不低于300家。", "≥"),
        ("高新技术企业突破300家。", "≥"),
        ("高新技术企业超过300家。", "≥"),
        ("利益共同体控制在500个以内。", "≤"),
        ("利益共同体不超过500个。", "≤"),
        ("高新技术产业增加值达到6500亿元左右。", "≈"),
        ("科技进步综合评价位次跃居全省前40位。", "≤"),
    ],
)
def test_comparators(text, comparison):
    ((_, (got, *_)),) = found(text).items()
    assert got == comparison


def test_range_is_a_band_with_its_upper_bound():
    got = found("引进2-3个专业服务机构；开展3—4项合作。")
    assert got[("专业服务机构", "总量")] == ("区间", 2.0, "个", None, 3.0)
    assert next(v for k, v in got.items() if "合作" in k[0]) == ("区间", 3.0, "项", None, 4.0)


# --- units -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "value", "unit"),
    [
        ("区域科技创新指数达到160以上。", "区域科技创新指数", 160.0, ""),
        ("研发投入奖补资金200万元以上。", "研发投入奖补资金", 200.0, "万元"),
        ("技术合同成交额达到525亿元。", "技术合同成交额", 525.0, "亿元"),
        ("组织农民科技培训2万人次以上。", "培训农民", 2.0, "万人次"),
        ("每万名就业人员中研发人员达到209人年以上。", "每万名就业人员中研发人员", 209.0, "人年"),
        ("全社会R&D经费投入达到65000万元。", "全社会R&D经费投入", 6.5, "亿元"),  # built-in: 亿元
    ],
)
def test_units_and_numbers_without_unit(text, name, value, unit):
    ((key, got),) = found(text).items()
    assert key[0] == name and got[1:3] == (value, unit)


def test_a_bare_number_without_index_word_is_listed_not_imported():
    r = parse("引进固定资产投资1000以上工业项目20个。")
    assert [t.value for t in r.targets] == [20.0]
    assert [(u.quantity, "没有单位" in u.reason) for u in r.unmapped] == [("1000以上", True)]


# --- years side by side ---------------------------------------------------------------------


SIDE_BY_SIDE = "主要目标是：2025年，高新技术企业达到2600家。\n到2030年，高新技术企业达到3800家，R&D经费投入达到280亿元。"


def test_the_workbook_year_is_taken_and_the_others_listed():
    r = parse(SIDE_BY_SIDE, year=2025)
    assert [(t.indicator, t.value) for t in r.targets] == [("高新技术企业", 2600.0)]
    assert [u.quantity for u in r.other_years] == ["3800家", "280亿元"]
    assert all("2030年的目标" in u.reason for u in r.other_years)
    r = parse(SIDE_BY_SIDE, year=2030)
    assert {t.value for t in r.targets} == {3800.0, 280.0}


def test_without_a_year_the_nearest_year_is_taken():
    r = parse(SIDE_BY_SIDE)
    assert r.target_year == 2025 and len(r.targets) == 1 and len(r.other_years) == 2


def test_a_framing_year_carries_over_semicolons():
    r = parse(
        "到2025年，高新技术企业突破75家。到2027年，科技型企业超过870家；专精特新企业突破8家。",
        year=2025,
    )
    assert [t.value for t in r.targets] == [75.0]
    assert len(r.other_years) == 2


# --- numbers that are not targets ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "去年全市技术合同成交额完成18亿元。",
        "截止2018年底，全市高新技术企业达285家。",
        "2024年是中国共产党成立75周年。",
        "全面落实省“315”科技创新体系建设工程。",
        "根据《关于印发工作要点的通知》（科发〔2024〕3号）制定本要点。",
        "经区政府第23次常务会议审议通过。",
        "2023年8月30日",
        "对30家重点企业加大扶持。",
        "从六个方面提出了18项培育措施。",
        "1-9月全市技术合同登记情况良好。",
    ],
)
def test_not_targets(text):
    r = parse(text, year=2024)
    assert r.targets == []


def test_past_results_are_listed_with_their_line():
    r = parse(
        "今年目标如下。\n截止2018年底，全市高新技术企业达285家。\n到2020年末，高新技术企业突破450家。",
        year=2020,
    )
    assert [t.value for t in r.targets] == [450.0]
    assert [(u.line, u.quantity) for u in r.past] == [(2, "285家")]


def test_a_results_section_is_not_read_as_targets():
    text = (
        "某市科技创新规划\n一、发展基础\n省级重点实验室达到8家，高新技术企业总量104家。\n"
        "二、主要目标\n高新技术企业达到200家。\n"
    )
    r = parse(text, year=2020)
    assert [(t.indicator, t.value) for t in r.targets] == [("高新技术企业", 200.0)]
    assert {u.quantity for u in r.past} == {"8家", "104家"}


# --- every target is kept: built-in or reported ---------------------------------------------------


def test_target_without_builtin_indicator_is_a_reported_indicator_named_from_the_text():
    r = parse("高新技术产业投资增长15%，科技型中小企业入库达到320家，技术交易额达到12亿元。")
    assert [(t.indicator, t.kind, t.department) for t in r.targets] == [
        ("高新技术产业投资", "增速", "高新科"),  # 责任科室: the indicator catalogue's default
        ("科技型中小企业入库", "总量", "高新科"),
        ("技术交易额", "总量", "成果科"),
    ]
    assert r.unmapped == []
    assert [t.department for t in parse("新增创新平台80家。").targets] == [""]  # not in the catalogue


def test_name_written_after_the_number():
    got = found("考察认定5个市级农业科技专家大院，重点孵化20个科技型小微企业。")
    assert set(k[0] for k in got) == {"市级农业科技专家大院", "科技型小微企业"}


def test_share_takes_its_subject_from_the_clause_before():
    got = found("高新技术产业增加值达到630亿元，占地区GDP比重达到13%左右。")
    assert got[("高新技术产业增加值占地区GDP比重", "总量")][:3] == ("≈", 13.0, "%")
    got = found("全社会研发经费投入达到75亿元，占GDP比重达到1.7%。")
    assert ("全社会R&D经费投入占GDP比重", "总量") in got


def test_restated_target_is_one_target_with_both_items():
    r = parse(
        "一、主要目标\n科技项目资金争取2000万元以上。\n二、项目\n一是争取科技项目资金2000万元以上。"
    )
    assert len(r.targets) == 1 and r.targets[0].plan_items == ("一", "二.1")


def test_a_threshold_is_not_a_target():
    r = parse("实施投资1000万元以上的项目10个；对30家重点企业加大扶持。")
    assert [(t.value, t.unit) for t in r.targets] == [(10.0, "个")]
    # listed as "not a target" with its line, not dropped silently
    assert [(u.line, u.quantity) for u in r.not_targets] == [(1, "1000万元以上"), (1, "30家")]


def test_a_news_report_of_results_is_not_read_as_targets():
    r = parse(
        "其中全市技术合同登记22.9亿元，完成省定目标135%；全社会研发投入经费23.47亿元，比去年同期增长49.0%。\n"
        "全市国家级高新技术特色产业基地达到6家，居全省第一位。",
        year=2022,
    )
    assert r.targets == [] and len(r.past) == 5


def test_bi_shangnian_is_not_part_of_the_name():
    got = found("规上工业企业研发费用占营业收入比重比上年提高0.2个百分点。")
    assert got == {
        ("规上工业企业研发费用占营业收入比重", "提高"): ("≥", 0.2, "个百分点", None, None)
    }


def test_a_headline_total_restated_as_new_in_an_item_is_one_new_target():
    r = parse(
        "主要目标：新型研发机构3-5家。\n一、建设平台\n（一）建设新型研发机构。新建新型研发机构3-5家。"
    )
    assert [(t.indicator, t.kind, t.upper, t.plan_items) for t in r.targets] == [
        ("新型研发机构", "新增", 5.0, ("总", "一.1"))
    ]


def test_results_told_with_le_bei_and_zhimuqian_are_not_targets():
    r = parse(
        "筛选推荐了18个科技项目，上报省、市。至目前，平台建设已被科技部立项，争取项目经费70万元；"
        "两个项目被省上立项，争取项目经费15万元。",
        year=2011,
    )
    assert r.targets == [] and len(r.past) == 3


def test_fullwidth_dash_ranges_and_approximate_counts():
    got = found("新建众创空间３－５家；走访企业200余家。")
    assert got[("众创空间", "新增")] == ("区间", 3.0, "家", None, 5.0)
    assert got[("走访企业", "总量")][1:3] == (200.0, "家")


def test_a_contribution_to_growth_is_a_level_not_a_growth_target():
    from kjreport.plan.wording import kind

    assert kind("科技进步对经济增长的贡献率达到", "%") == "总量"
    assert kind("高新技术产业产值比上年增长", "%") == "增速"
    assert kind("研发投入增长率达到", "%") == "增速"
