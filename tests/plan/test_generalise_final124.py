"""Fits for the blind batches of round 48 (final124 华东华中, final125 华南西南西北, final126 华北东北),
and what trying the round-47 plans as a user showed."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse


def test_a_headlines_bare_place_before_its_years_goal_is_no_part_of_the_name():
    # 常平 2017 (final122): the headline "常平力争今年GDP增长8%至8.5%" restated in the story, before
    # the body's "生产总值增长8—8.5%": init had named the target 「常平力争今年GDP」
    text = (
        "常平力争今年GDP增长8%至8.5%\n  常平力争今年GDP增长8%至8.5%\n"
        "常平制定了今年经济社会发展主要预期目标:生产总值增长8—8.5%;固定资产投资增长15%。\n"
    )
    names = {t.indicator for t in parse(text, 2017).targets}
    assert not any("力争" in n or "常平" in n for n in names), names
    # guard: a subject of the measure with its own place word is still read as before
    assert ("营业收入", "增速") in found("某县2017年工作要点\n全市企业力争今年营业收入增长8%。\n", 2017)


def test_the_state_a_year_ended_in_marks_its_results():
    # 府谷 2012 (final125): "县域经济总体呈现“缓中趋稳、稳中有进”的发展态势。全年实现地区生产总值450亿元，……"
    text = (
        "●全年实现地区生产总值450亿元\n"
        "2012年，府谷县紧紧围绕“幸福府谷”建设目标，全县经济社会事业发展势头强劲，全年实现地区生产总值450亿元。\n"
        "经济发展稳中有进。面对严峻形势，该县牢牢把握稳中求进的工作总基调，县域经济总体呈现“缓中趋稳、稳中有进”的"
        "发展态势。全年实现地区生产总值450亿元，完成固定资产投资335亿元、财政总收入85.95亿元，城镇居民人均可支配收入"
        "和农民人均纯收入分别达到28800元和11400元。全县个体工商户总数达到5293户。\n"
        "三农工作成效卓著。全年完成粮食播种面积46万亩，粮食产量6.84万吨，农业总产值达9亿元。\n"
    )
    assert parse(text, 2012).targets == []


def test_a_completion_tables_row_pasted_without_cell_breaks_states_its_task_then_its_result():
    # 西城 2020 (final126): 类别 | 序号 | 重点督办内容 | 牵头单位 | 全年完成情况, run together, under the
    # site's header "北京市西城区人民政府"
    text = (
        "北京市西城区人民政府\n信息详情\n2020年西城区政府工作报告重点工作全年完成情况\n"
        "类别序号重点督办内容牵头单位全年完成情况\n"
        "经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速由年初设定的6%左右调整为正增长。"
        "2020年度地区生产总值初步核算数50610595万元,增幅-1.1%。\n"
        "经济社会发展主要预期目标3居民人均可支配收入增长与经济增长基本同步。区人力社保局2020年度地区生产总值初步核算数"
        "50610595万元,增幅-1.1%;西城区居民人均可支配收入90286元,同比增长2.3%。\n"
        "经济社会发展主要预期目标4城镇登记失业率控制在1.5%以内。区人力社保局根据市人力社保局的通知要求，扩展登记失业人员的统计范围。\n"
    )
    result = parse(text, 2020)
    assert result.title == "2020年西城区政府工作报告重点工作全年完成情况"
    assert {(t.indicator, t.value) for t in result.targets} == {("地区生产总值", 6.0), ("城镇登记失业率", 1.5)}


def test_the_years_tasks_announced_as_under_way_are_the_plan():
    # 库伦 2014 (final126): "今年以来,库伦旗着重推进三项重点工作,推动农村经济发展。一是……" (posted in August)
    text = (
        "库伦三项重点工作推动农村经济发展\n"
        "今年以来,库伦旗着重推进三项重点工作,推动农村经济发展。一是重特色,树品牌,推进农牧业特色产业标准化体系建设。"
        "建设年出栏 5000头标准化养驴基地1处,年出栏肉驴3万头以上;新发展设施农业1万亩。二是重基础,建生态。"
        "新培育养母牛超千头嘎查村2个、超百头养殖场2处、超10头养殖户200户;完成人工造林9.5万亩,封沙育林10万亩。\n"
    )
    got = found(text, 2014)
    values = {v[1] for v in got.values()}
    assert {1.0, 30000.0, 9.5, 10.0, 200.0} <= values
    assert 5000.0 not in values  # the size of the base
    assert "门槛" in listed(text, 2014)["10头"]  # the herd size that sorts out the farms
    # guard: progress so far is still progress
    assert found("某旗2014年工作\n今年以来，全旗新发展设施农业1万亩，完成人工造林9.5万亩。\n", 2014) == {}


def test_a_breakdown_by_class_and_the_progress_so_far_are_no_targets():
    # 乾安 2019 (final126)
    text = (
        "10个5000万元以上项目陆续开工 乾安卯足干劲\n"
        "今年,乾安县铁科高速公路项目建设、博瑞现代农业产业园三期项目以及马铃薯淀粉产业化等10个5000万元以上大项目陆续复工。\n"
        "据了解,2019年全县计划完成固定资产投资21.5亿元,同比增长6%;全年计划实施5000万元以上项目20个。按产业类别划分:"
        "基础设施项目6个,重大产业项目13个,房地产项目1个。一季度,实际完成投资1.47亿元,同比增长13.6%。目前,已开复工"
        "5000万元以上项目10个,其中,新开工项目6个,占比60%;复工项目4个,占比40%。\n"
    )
    got = found(text, 2019)
    assert sorted(v[1] for v in got.values()) == [6.0, 20.0, 21.5]
    assert "按类别分列" in listed(text, 2019)["13个"]


def test_two_names_joined_by_he_with_one_count_each():
    # 科左中旗 2011 (final126): "其中日光温室小区和塑料大棚各6500亩"
    got = found("科左中旗2011年工作\n计划建设1.3万亩设施农业小区,其中日光温室小区和塑料大棚各6500亩。\n", 2011)
    assert {k[0] for k, v in got.items() if v[1] == 6500.0} == {"日光温室小区", "塑料大棚"}


def test_a_figure_made_one_of_the_years_goals_is_a_target():
    # 苏州 2026 (final124): "规上工业总产值迈上5万亿元台阶已被苏州市设为2026年……的主要预期目标之一" (已被 is
    # no report here), and a headline's "苏州市2026年锚定……"
    text = "苏州市2026年锚定规上工业总产值迈上5万亿元台阶\n规上工业总产值迈上5万亿元台阶已被苏州市设为2026年经济社会发展的主要预期目标之一。\n"
    assert found(text, 2026) == {("规上工业总产值", "总量"): ("≥", 50000.0, "亿元", None)}
    # guard: 已被 still reports what was done
    assert found("某市2026年工作\n3家企业已被认定为国家级专精特新企业。\n", 2026) == {}


def test_goals_announced_a_margin_over_a_standard_and_places_gained():
    # 庆元 2018 (final124)
    text = (
        "庆元县2018年旅游工作要点\n2018年,在市综合考核及省26县发展实绩考核中前进不少于1个位次。实现以下目标:实现接待游客超386万人次、"
        "旅游综合收入25.03亿元,增幅位列全市前三。旅游业增加值占地区生产总值(GDP)的比重达7.5%,超出认定标准0.3个百分点。"
        "同时,新增24个、提升10个A级景区村庄。\n"
    )
    got = found(text, 2018)
    assert got[("接待游客", "总量")][1] == 386.0 and got[("旅游综合收入", "总量")][1] == 25.03
    rank = [v for k, v in got.items() if k[1] == "提高" and "位次" in k[0]]
    assert rank == [("≥", 1.0, "位", None)]
    assert "认定标准" in listed(text, 2018)["0.3个百分点"]
    assert {v[1] for k, v in got.items() if "A级景区村庄" in k[0]} == {24.0, 10.0}


def test_the_size_of_projects_sought_with_no_count_is_no_target():
    # 萧山 2017 (final124): "积极引进超10亿元、50亿元重大项目"
    assert found("萧山区2017年工作\n坚定不移地实施招商引资“一号工程”,积极引进超10亿元、50亿元重大项目。\n", 2017) == {}


def test_a_campaign_code_spelled_out_and_a_programme_named_by_a_count_in_words():
    # 西安 2011 (final125): "开展科技“12351”行动，即……组建三十家……"; "扶持百名科技人才创业50项"
    text = (
        "西安市2011年科技工作要点\n开展科技“12351”行动,即重点建设好西安科技资源大市场,开展千人创新行动和千人创业行动,"
        "组建三十家产业技术创新联盟,实施五十项重点统筹资源示范项目。\n"
        "2011年科技发展的主要预期目标是:实现年技术市场交易额70亿元;扶持百名科技人才创业50项。\n"
    )
    got = found(text, 2011)
    assert sorted(v[1] for v in got.values()) == [50.0, 70.0]
    assert [v[2] for v in got.values() if v[1] == 50.0] == ["项"]


def test_a_later_breakdown_that_sums_to_an_earlier_count_is_not_read_again():
    # 石嘴山 2015 (final125): "示范基地10个" … "示范基地5个，其他……示范基地5个"
    text = (
        "石嘴山市2015年农作物种业产业区建设方案\n建设起点高、辐射带动作用大、各具特色的制种产业示范基地10个。\n"
        "通过加强示范区建设,建设起点高、影响力广且有一定规模的农作物制种示范基地5个,其他各具特色制种品种的示范基地5个。\n"
    )
    got = found(text, 2015)
    assert [v[1] for v in got.values()] == [10.0]
    # guard: parts given with 其中 stay the plan's
    assert len(found("某县2015年工作\n新增孵化器5家。其中国家级孵化器2家、省级孵化器3家。\n", 2015)) == 3


def test_kilometres_in_wan_goals_aimed_at_and_classes_of_towns():
    # 贵州 2018 (final125), 眉山 2020 (final125)
    got = found("贵州省2018年脱贫攻坚工作要点\n2018年投资200亿元实施通组公路硬化5万公里。\n", 2018)
    assert got[("通组公路硬化", "总量")][2] == "万公里"
    got = found("贵州省2018年脱贫攻坚工作要点\n明确围绕全省减少农村贫困人口120万人以上,实现16个贫困县摘帽目标,重点抓好四场硬仗。\n", 2018)
    assert 120.0 in {v[1] for v in got.values()}
    got = found("眉山市2020年农业农村工作要点\n眉山全市创建乡村振兴先进县2个、先进乡镇10个、示范村50个。粮食产量稳定在120万t以上。\n", 2020)
    assert {k[0] for k in got} == {"乡村振兴先进县", "先进乡镇", "示范村", "粮食产量"}
    assert got[("粮食产量", "总量")][2] == "万t"


def test_a_firms_output_named_before_the_projects_listed_is_no_target():
    # 九龙园区 2019 (final125): "推动江达60万只铝合金旋压轮圈等4个新建项目年内建成投产"
    got = found("九龙园区2019年工作计划\n推动江达60万只铝合金旋压轮圈等4个新建项目年内建成投产。\n", 2019)
    assert [v[1] for v in got.values()] == [4.0]


def test_a_share_of_the_works_said_once_for_a_list_is_each_ones():
    # 庆元 2018 (final124): "年内完成艺宿西川景区、濛淤历史文化村落100%工程量"
    got = found("庆元县2018年旅游工作要点\n年内完成艺宿西川景区、濛淤历史文化村落100%工程量;徒步城二期项目60%工程量。\n", 2018)
    assert {k[0] for k, v in got.items() if v[1] == 100.0} == {"艺宿西川景区工程量", "濛淤历史文化村落工程量"}


def test_a_name_opening_with_gongxing_is_no_run_on_from_a_total():
    # 西安 2011 (final125), tried as a user: "推动100项共性技术成果和关键技术的转移" was flagged as a name
    # that "以“共”开头，可能连带了前面的句子" (the 共 of 共计)
    from kjreport.plan.review import VERB_START

    assert not VERB_START.match("共性技术成果和关键技术的转移")
    assert not VERB_START.match("共享实验室")
    assert VERB_START.match("共培育科技型企业")  # guard: 共 as "in all" still flags
