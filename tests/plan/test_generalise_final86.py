"""Fits for the blind batches of round 35 (final86 华东华中, final87 华南西南西北, final88 华北东北):
each failed on its first run (4811c09)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_people_times_written_apart_are_one_unit():
    # 湖北 2013 (final86): "力争2013年培训农民450万人(次)"
    text = "湖北农技服务\n力争2013年培训农民450万人(次)，主推技术覆盖率超过90%。\n"
    assert found(text, 2013)[("培训农民", "总量")] == ("≥", 450.0, "万人次", None)


def test_a_month_s_figures_so_far_are_results():
    # 唐山高新区 2011 (final88): a January report
    text = (
        "唐山高新区\n"
        "今年是我市高新区升级为国家级高新区后的第一年。该区提出瞄准一流的奋斗目标,1月份共完成财政收入2.84亿元,"
        "同比增长64.6%,增幅创历史最高水平。今年1月份共完成地区生产总值6.8亿元,同比增长23.2%。\n"
    )
    assert found(text, 2011) == {}


def test_a_base_year_s_achievements_do_not_make_the_paragraphs_after_it_past():
    # 吉林 2009 要点 (final88)
    text = (
        "吉林2009年科技工作要点\n"
        "一、大力推进自主创新\n"
        "进一步完善省科技发展计划体系,在2008年已经形成的科技支撑计划、科技成果转化计划的基础上,形成完整的科技计划链。\n"
        "加强省级重点实验室的建设与管理。\n"
        "组织实施10项重大科技攻关项目,争取用三年时间,取得原始创新的新突破。\n"
    )
    assert found(text, 2009) == {("重大科技攻关项目", "总量"): ("≥", 10.0, "项", None)}


# 柞水 2010 (final87)
ZHASHUI = (
    "柞水县2010年工作\n"
    "今年,全县确保年度完成投资30.22亿元。投入800万元资金用于项目前期工作,对今年列入计划的40个重大前期工作项目,"
    "不断提高前期工作深度,确保达到规定要求。\n"
)


def test_funds_are_named_by_what_they_are_for():
    assert found(ZHASHUI, 2010)[("项目前期工作资金", "总量")] == ("≥", 800.0, "万元", None)


def test_what_the_projects_were_listed_in_describes_them():
    assert found(ZHASHUI, 2010)[("重大前期工作项目", "总量")] == ("≥", 40.0, "个", None)


def test_a_goal_named_by_its_date_names_its_indicator_after_it():
    # 自贡高新区 2015 (final87)
    text = "自贡高新区\n“‘十二五’末的目标是实现工业总产值突破千亿元,高新技术产业占工业总产值比重60%以上。\n"
    assert found(text, 2015)[("工业总产值", "总量")] == ("≥", 1000.0, "亿元", None)


def test_the_goal_s_name_before_it_stays():
    # a guard, read so before this round (河源 2015, final75: "……固定资产投资的目标是达到127亿元"): the
    # name before 的目标是 is kept when only a verb follows it
    text = "河源\n我市今年产业园区工业项目固定资产投资的目标是达到127亿元。\n"
    assert found(text, 2015) == {("产业园区工业项目固定资产投资", "总量"): ("≥", 127.0, "亿元", None)}


def test_a_rise_since_a_base_year_long_past_beside_the_yearly_rate():
    # 凉水镇 2015 (final88)
    text = (
        "凉水镇\n“十二五”期间,我镇发展总的战略目标是:2015年,国民生产总值达到24755.7万元,比2010年预计增长50%,"
        "年均递增10%;农村经济总收入达到8260万元,比2010年预计增长40%,年均递增8%。\n"
    )
    got = found(text, 2015)
    assert got[("国民生产总值", "增速")] == ("≥", 10.0, "%", None)
    assert got[("农村经济总收入", "增速")] == ("≥", 8.0, "%", None)
    assert "累计增幅" in listed(text, 2015)["50%"]
