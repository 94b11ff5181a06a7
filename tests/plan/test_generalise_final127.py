"""Fits for the blind batches of round 49 (final127 华东华中, final128 华南西南西北, final129 华北东北):
each failed on its first run (3965319)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_what_a_plan_document_lays_down_is_its_targets_in_a_report():
    # 云南 2017 (final128): a news page dated after the year, "1至5月" progress, and "《工业经济攻坚战实施
    # 方案》明确，2017年全部工业增加值完成4200亿元以上，……。新培育800户以上规模以上工业企业。……"
    text = (
        "2017年云南工业增加值将超4200亿元\n时间: 2018-01-10\n"
        "云南省工业和信息化委主任介绍,1至5月,云南规模以上工业完成增加值1368亿元,同比增长9.6%,居全国第5位。\n"
        "记者了解到,《工业经济攻坚战实施方案》明确,2017年全部工业增加值完成4200亿元以上,力争实现两位数增长。"
        "新培育800户以上规模以上工业企业。非电工业和信息化投资完成2550亿元,同比增长8%左右。完成新一轮技术改造1000项。\n"
    )
    values = {v[1] for v in found(text, 2017).values()}
    assert {4200.0, 800.0, 2550.0, 8.0, 1000.0} <= values
    assert 1368.0 not in values and 9.6 not in values


def test_measures_drawn_up_to_make_sure_of_a_goal_are_planned():
    # 黑龙江垦区 2009 (final129): "为确保建成300亿斤商品粮产能，黑龙江垦区制定了……3条主要措施。即计划通过……"
    text = (
        "从黑龙江省农垦总局了解到,为确保建成300亿斤商品粮产能,黑龙江垦区制定了扩面积、调结构、"
        "上科技的3条主要措施。即计划通过土地复垦整理,扩大粮食面积100万亩,增产粮食8亿斤;新增水稻面积100万亩、玉米面积200万亩。\n"
        "据黑龙江省农垦总局有关负责人介绍,今年黑龙江垦区农作物总播种面积将达到4069万亩。目前垦区春播进展顺利,"
        "预计玉米和大豆将在5月20日前完成播种。\n"
        "黑龙江垦区位于世界闻名的黑土带上。经过60多年的开发建设,这个垦区已建设成为我国最大的国有农场群。"
        "近年来,黑龙江垦区的粮食产量一直占黑龙江省粮食总产量的三分之一左右。\n"
    )
    values = {v[1] for v in found(text, 2009).values()}
    assert {100.0, 200.0} <= values


def test_the_years_task_in_brackets_of_a_share_reported():
    # 威宁经开区 2016 (final128): "签订项目投资协议31个，占全年目标任务(30个)的103.3%"
    text = (
        "威宁经开区2016年 新增入园企业23家\n时间:2017-01-22\n"
        "据统计,全年共联系洽谈项目50余个,最终签订项目投资协议31个,占全年目标任务(30个)的103.3%,完成签约资金42.19亿元;"
        "新增入园企业23户,占全年总目标任务(18户)的127.7%。\n"
    )
    assert sorted(v[1] for v in found(text, 2016).values()) == [18.0, 30.0]


def test_a_bare_zongchan_restates_the_grain_output():
    # 福建 2009 (final127): "粮食总产量稳定在700万吨以上" … "总产要稳定在700万吨"
    text = "福建省2009年粮食生产意见\n要求确保全年粮食总产量稳定在700万吨以上。今年全省粮食播种面积要达到1930万亩，总产要稳定在700万吨。\n"
    assert sorted(v[1] for v in found(text, 2009).values()) == [700.0, 1930.0]


def test_a_dollar_amount_before_projects_counted_is_their_size():
    # 黄桥 2010 (final127): "力争引进1亿美元项目一个,3亿元项目2个"
    got = found("黄桥镇2010年工作\n进一步加大招商引资的推进力度,力争引进1亿美元项目一个,3亿元项目2个。\n", 2010)
    assert sorted((v[1], v[2]) for v in got.values()) == [(1.0, "个"), (2.0, "个")]


def test_what_a_place_brings_together_describes_it_and_the_name_follows_the_number():
    # 沧源 2016 (final128): "建成集采摘、加工、……为一体的5000亩以上核心区茶园"
    got = found("沧源县2016年茶产业\n力争2016年内建成集采摘、加工、销售、旅游为一体的5000亩以上核心区茶园。\n", 2016)
    assert ("核心区茶园", "总量") in got


def test_a_band_set_for_every_county_is_a_target():
    # 海南 2017 (final128): "海南今年将在每个县(市)试点建设2个~3个"
    got = found("海南2017年共享农庄\n《方案》提出,海南今年将在每个县(市)试点建设2个~3个“共享农庄”。\n", 2017)
    assert [(v[0], v[1], v[3]) for k, v in got.items() if k[0].startswith("每个县")] == [("区间", 2.0, 3.0)]


def test_the_funds_that_came_in_name_the_investment_drive():
    # 六盘水 2018 (final128): "今年六盘水市招商引资计划完成到位资金1400亿元以上"
    got = found("六盘水市2018年招商引资\n今年六盘水市招商引资计划完成到位资金1400亿元以上。\n", 2018)
    assert ("招商引资到位资金", "总量") in got


def test_people_taken_on_in_all_are_counted_not_planned():
    # 芜湖 2023 (final130, round 50, first run a3a3961): a results page's "今年，我市首次启动大学生科技
    # 特派员选聘工作，共选聘91名大学生科技特派员结对帮扶100个行政村"
    text = (
        "記者在日前召開的2023年市科技特派員現場會上了解到,今年以來,我市采取科技項目等手段激勵更多科技人員投身鄉村工作一線。"
        "截至目前,科技特派員總數達到731名。 人才下沉、科技下鄉。今年,我市首次啟動大學生科技特派員選聘工作,"
        "共選聘91名大學生科技特派員結對幫扶100個行政村。\n"
    )
    assert found(text, 2023) == {}
    # guard: a plan's 全年共 is still the year's total
    assert found("某市2023年科技工作要点\n全年共选派科技特派员500名。\n", 2023)
