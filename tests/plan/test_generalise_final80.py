"""Fits for the blind batch final80 (华东、华中, round 33): each failed on its first run (ae4fe4b)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

# 金坛 2014: a yearbook's entry, results only
JINTAN = (
    "【概述】 2014年,金坛市科学技术协会围绕中心,创新作为,大力开展科普工作,各项工作取得新的进展。\n"
    "全民科学素质工作。金坛市中小学第三届科学节于10月24日举行总结表彰大会,11个优秀组织单位、22个优秀主题展板、"
    "192名优秀选手和41名优秀科技辅导员受到表彰,学校参与率达100%,共收到各类科技作品327件。\n"
)


def test_a_yearbook_entry_reports_results():
    assert found(JINTAN, 2014) == {}


# 新乡经济开发区 2011: a zone's yearly goals, projects counted and their investment
XINXIANG = (
    "新乡经济开发区2011年度竞争激励机制目标\n"
    "二、经济发展重点工作目标\n"
    "2.1项目引资目标\n"
    "(1)2011年续建项目7个,总投资248241万元;新开工项目24个,总投资530645;谋划项目5个,总投资156000万元。\n"
)


def test_each_clause_s_investment_is_of_the_projects_it_counts():
    got = found(XINXIANG, 2011)
    assert got[("续建项目总投资", "总量")] == ("≥", 248241.0, "万元", None)
    assert got[("谋划项目总投资", "总量")] == ("≥", 156000.0, "万元", None)


def test_an_investment_whose_unit_was_left_out_is_read_with_no_unit():
    assert found(XINXIANG, 2011)[("新开工项目总投资", "总量")] == ("≥", 530645.0, "", None)


def test_a_heading_s_decimal_number_is_no_count():
    got = found(XINXIANG, 2011)
    assert 2.1 not in {v[1] for v in got.values()}
    assert "2.1项" not in listed(XINXIANG, 2011)
