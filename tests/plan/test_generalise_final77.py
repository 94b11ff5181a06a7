"""Fits for the blind batch final77 (华东, round 32): each failed on its first run (5b61cef)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

# 如皋高新区 2024: a zone's yearly goals, shares of the city written as fractions, marks lost
RUGAO = (
    "高新区2024年工作规划\n"
    "全年主要预期目标是:一般预算收入占全市32.46%,对全市项目招引、重大项目开工、重大项目竣工贡献度分别达25%、40%、20%,"
    "实际利用外资1亿美元规模工业应税销售占全市1/8,新增新开规模工业企业数占全市1/5,新增20亿元企业、10亿元企业、亿元企业"
    "分别不少于1家、1家和7家;净增高企和科创项目占全市比重超1/4、有效发明专利数280件\n"
)


def test_a_share_of_the_whole_written_as_a_fraction():
    got = found(RUGAO, 2024)
    assert got[("规模工业应税销售占全市", "总量")] == ("≥", 12.5, "%", None)
    assert got[("新增新开规模工业企业数占全市", "总量")] == ("≥", 20.0, "%", None)


def test_the_share_of_new_firms_is_a_level_and_passes_no_increment_on():
    got = found(RUGAO, 2024)
    assert got[("净增高企和科创项目占全市比重", "总量")] == ("≥", 25.0, "%", None)
    assert got[("有效发明专利数", "总量")] == ("≥", 280.0, "件", None)
    assert not any(kind in ("新增", "净增") for _, kind in got if _.endswith(("占全市", "比重")))


def test_a_contribution_each_list_item_shares_its_measure():
    got = found(RUGAO, 2024)
    assert got[("对全市项目招引贡献度", "总量")] == ("≥", 25.0, "%", None)
    assert got[("重大项目开工贡献度", "总量")] == ("≥", 40.0, "%", None)


def test_firms_named_by_their_size_are_counted_and_each_is_new():
    got = found(RUGAO, 2024)
    assert got[("20亿元企业", "新增")] == ("≥", 1.0, "家", None)
    assert got[("10亿元企业", "新增")] == ("≥", 1.0, "家", None)
    assert got[("亿元企业", "新增")] == ("≥", 7.0, "家", None)
    assert 20.0 not in {v[1] for (name, _), v in got.items() if v[2] == "亿元"}


# 常州高新区 2012: a news report of the zone's goals
CHANGZHOU = (
    "常州高新区制订今年更高的目标\n"
    "在重大项目推进上,常州高新区将实施该市“510”行动计划和总投资650亿元的39个市重点项目建设,加快国网电气等一批在建项目进度,"
    "促使华润包装、龙源重工等100个新增销售3000万元以上的工业新增长点项目尽快竣工投产。\n"
    "在企业做大做强上,常州高新区将扩大高企规模,引进专业机构共同帮助企业创建高新技术企业,争取年内新增50家。\n"
)


def test_a_count_after_its_projects_budget_is_named_after_the_count():
    got = found(CHANGZHOU, 2012)
    assert got[("市重点项目", "总量")] == ("≥", 39.0, "个", None)
    assert 650.0 not in {v[1] for v in got.values()}


def test_a_sales_threshold_between_count_and_noun_names_the_projects():
    got = found(CHANGZHOU, 2012)
    assert got[("新增销售3000万元以上的工业新增长点项目竣工投产", "总量")] == ("≥", 100.0, "个", None)
    assert 3000.0 not in {v[1] for v in got.values()}


def test_the_previous_clause_names_what_its_last_verb_makes():
    assert found(CHANGZHOU, 2012)[("高新技术企业", "新增")] == ("≥", 50.0, "家", None)


def test_new_projects_investment_is_an_amount_not_an_increment():
    text = "下沙经济开发区\n今年,下沙经济开发区力争实现全年工业销售产值增长7%的目标,上半年完成新建工业项目投资16亿元。\n"
    assert found(text, 2009)[("工业项目投资", "总量")] == ("≥", 16.0, "亿元", None)


def test_a_reason_is_still_given_for_a_threshold():
    assert "1家" not in listed(RUGAO, 2024)
