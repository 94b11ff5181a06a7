"""Fits for the blind batches of round 43 (final109 华东华中, final110 华南西南西北, final111 华北东北):
each failed on its first run (5fa601a7)."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse


def test_goals_set_for_the_year_of_a_place_reset_the_past():
    # 西藏 2019 (final110): "设立了2019年西藏的主要经济目标:…" after a paragraph of 2018's results
    text = (
        "西藏2019年经济工作会议\n西藏自治区党委书记在会上说，2018年，西藏城乡居民人均可支配收入分别增长10%和13%以上。\n"
        "此次会议还设立了2019年西藏的主要经济目标:GDP增速保持在10%左右,社会消费品零售总额增长13%。\n"
    )
    got = found(text, 2019)
    assert got[("社会消费品零售总额", "增速")] == ("≥", 13.0, "%", None)
    assert [v[1] for k, v in got.items() if k[0] in ("地区生产总值", "GDP")] == [10.0]


def test_goals_said_to_be_set_are_goals():
    # 辽宁 2012 (final111): "主要预期目标已经确定:粮食产量380亿斤,…"
    text = (
        "辽宁2012年农业工作会议\n记者在2月14日召开的辽宁省农业工作会议上获悉，今年辽宁农业农村工作的"
        "主要预期目标已经确定:粮食产量380亿斤,农民人均纯收入增长11%。\n"
    )
    got = found(text, 2012)
    assert got[("粮食产量", "总量")] == ("≥", 380.0, "亿斤", None)
    assert ("农民人均纯收入", "增速") in got


def test_a_size_inside_a_listed_programmes_name_is_no_target():
    # 辽宁 2012 (final111)
    text = (
        "辽宁2012年农业工作\n为实现上述目标，今年辽宁将实施粮油高产创建工程、设施农业提质增效工程、"
        "1000万亩节水农业工程、现代农业示范工程、名优水果和特色农业建设“五大工程”。\n"
    )
    assert found(text, 2012) == {}
    assert "工程名称" in listed(text, 2012)["1000万亩"]


def test_the_first_of_a_list_after_its_verb_is_named_like_the_others():
    # 辽宁 2012 (final111): "重点推进100万亩玉米、100万亩水稻…"
    text = "辽宁2012年农业工作\n重点推进100万亩玉米、100万亩水稻、50万亩花生建设。\n"
    assert ("玉米", "总量") in found(text, 2012)


def test_one_count_for_each_of_two_heads_of_a_noun():
    # 张庄 2022 (final109)
    text = "张庄街道2022年工作\n年内再新招引、新开工亿元项目各2个。力争创成国家及省“双创”项目各1项。\n"
    got = found(text, 2022)
    assert got[("新招引亿元项目", "新增")][1] == 2
    assert ("新开工亿元项目", "新增") in got
    assert {k[0] for k in got} >= {"国家“双创”项目", "省“双创”项目"}


def test_a_class_of_projects_by_size_is_no_target():
    # 张庄 2022 (final109)
    text = "张庄街道2022年工作\n密切跟踪重点项目，力争在10亿元项目上再求突破。\n"
    assert found(text, 2022) == {}
    assert "门槛" in listed(text, 2022)["10亿元"]


def test_a_bare_measure_restating_a_target_is_the_same_target():
    # 兵团 2011 (final110): "计划种植棉花760万亩…。…计划播种面积760万亩"
    text = (
        "兵团2011年农业\n2011年，新疆兵团计划种植棉花760万亩，粮食播种面积稳定在415万亩。\n"
        "据介绍，2011年，新疆兵团将继续推进优质棉基地建设，计划播种面积760万亩。\n"
    )
    assert sorted(v[1] for v in found(text, 2011).values()) == [415.0, 760.0]


def test_an_indicator_named_before_its_goal():
    # 内蒙古 2009 (final111): "明年地区生产总值预期目标为增长13%左右"
    text = (
        "内蒙古2009年经济工作\n内蒙古在经济增速“七连冠”的基础上，明年地区生产总值预期目标为增长13%左右。\n"
    )
    assert found(text, 2009) == {("地区生产总值", "增速"): ("≈", 13.0, "%", None)}


def test_a_catalogue_entry_of_another_level_does_not_rename_a_target():
    # 邢台 2020 (final111): "省级以上技术创新中心(工程技术研究中心)达到41家" is not 市级工程技术研究中心
    text = "邢台2020年科技工作\n省级以上技术创新中心(工程技术研究中心)达到41家，新增市级工程技术研究中心5家。\n"
    got = found(text, 2020)
    assert got[("省级以上技术创新中心（工程技术研究中心）", "总量")][1] == 41
    assert got[("市级工程技术研究中心", "新增")][1] == 5


def test_crop_plots_are_no_agricultural_park_and_funds_drawn_on_are_no_target():
    # 大羊 2011 (final109)
    text = (
        "大羊镇2011年下半年工作\n充分利用6000万元的土地综合整治项目和170万美元的世行贷款项目做好4个核桃示范园"
        "和6个蔬菜示范园的建设，年内新打机井40眼。搞好泰龙食品投资5000万元的土豆淀粉生产项目扩规建设。\n"
    )
    got = {name: v[1] for (name, _), v in found(text, 2011).items()}
    assert got == {"核桃示范园": 4, "蔬菜示范园": 6, "新打机井": 40}
    assert "所依托项目" in listed(text, 2011)["6000万元"]
    assert "投资规模" in listed(text, 2011)["5000万元"]


def test_a_goal_year_with_the_plan_years_digits_transposed_is_the_plan_year():
    # 汶上 2010 (final109): "会议总结了2009年……。2001年招商引资外经贸工作的总体目标是：…"
    text = (
        "汶上县招商引资工作会议召开\n3月26日，会议总结了2009年汶上县招商引资工作，安排部署今年的工作任务。\n"
        "2009年，汶上县完成国内招商引资26亿元。2001年招商引资外经贸工作的总体目标是：国内招商引资70亿元，"
        "外贸出口4400万美元。\n"
    )
    result = parse(text, 2010)
    assert sorted(t.value for t in result.targets) == [70.0, 4400.0]
    assert any("2001年" in note and "笔误" in note for note in result.notes)
    # guard: the plan year written right is left alone
    assert not any("笔误" in n for n in parse(text.replace("2001年招商", "2010年招商"), 2010).notes)
    # with no workbook year, the plan year is still read as 2010, not the mistyped 2001
    unset = parse(text)
    assert unset.year == 2010
    assert sorted(t.value for t in unset.targets) == [70.0, 4400.0]
    assert any("笔误" in note for note in unset.notes)
    # guard: a goal year earlier than the year summed up, but not its successor transposed, stays
    assert parse(text.replace("2001年招商", "2005年招商")).year == 2005


def test_goals_listed_after_a_colon_are_goals_and_guests_are_no_target():
    # 四川 2009 (final110)
    text = (
        "四川省十一届人大二次会议开幕\n大会还特邀8个国家和地区的驻蓉领事和办事处官员旁听会议。"
        "2009年四川省经济社会发展的主要预期目标：全省生产总值增长9%，完成灾后重建主要目标任务的72%。"
        "人口自然增长率控制在千分之四点五以内。\n"
    )
    result = parse(text, 2009)
    assert {(9.0, "%"), (4.5, "‰")} <= {(t.value, t.unit) for t in result.targets}
    # the 72% of the reconstruction's tasks is a goal of the list (the row scorer may still set it
    # aside for the clerk to confirm), not a progress figure
    assert "完成进度" not in listed(text, 2009).get("72%", "")
    assert "参加会议" in listed(text, 2009)["8个"]


def test_firms_then_their_products_are_two_counts():
    # 西宁 2018 (final110): "新认证20家50个“三品一标”农产品"
    text = "西宁2018年农业\n计划新认证20家50个“三品一标”农产品。\n"
    assert found(text, 2018) == {
        ("“三品一标”企业", "新增"): ("≥", 20.0, "家", None),
        ("“三品一标”农产品", "新增"): ("≥", 50.0, "个", None),
    }


def test_fields_a_list_is_to_gather_in_are_no_target():
    # 湖北 2017 (final109)
    text = "湖北2017年计划\n引导创新要素向新一代信息技术、生物、高端装备等六大产业16个高端细分领域聚集。\n"
    assert found(text, 2017) == {}
