"""Fits for the blind batches of round 37 (final92 华东华中, final93 华南西南西北, final94 华北东北):
each failed on its first run (a12dad6), except the guards named."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_a_yearbook_entry_records_its_year():
    # 峡江县 2014 (final92): a library database's entry of a city yearbook
    text = (
        "峡江县\n\n知识类型: 析出资源\n内容出处: 《吉安市年鉴 2015》 图书\n"
        "摘要: 本文记述2014年,吉安市峡江县的具体情况,主要包括概况。\n\n内容\n\n"
        "【概况】 位于吉安市西北部,辖6镇5乡。总面积1287.43平方千米。全县总人口18.6万人。"
        "2014年生产总值55.77亿元,增长9.7%。财政总收入8.35亿元、增长4.3%。工业总产值115亿元,增长12.8%。\n"
    )
    assert found(text, 2014) == {}


def test_a_half_year_report_with_completion_ratios_sets_no_target():
    # 颛桥镇 2024 (final92)
    text = (
        "2024年颛桥镇人民政府半年工作情况报告\n"
        "来源:上海市闵行区颛桥镇人民政府  发布时间:2024年7月22日\n"
        "一、上半年经济社会发展情况\n"
        "上半年,我们紧扣年度各项经济指标,确保经济运行在合理区间,实现税收收入25.86亿元,完成镇人代会目标的54.4%;"
        "实现区级地方收入9.43亿元,完成镇人代会目标的54.2%。\n"
    )
    assert found(text, 2024) == {}
    assert listed(text, 2024)["54.4%"].startswith("是完成进度")


def test_what_this_year_has_brought_is_reported():
    # 西藏 2008 (final93): a year-end report; only the "有望" figures look ahead
    text = (
        "记者日前从西藏自治区有关部门了解到,今年,西藏农牧民人均纯收入有望达到3170元,保持13.7%增长速度。\n"
        "据悉,今年西藏共落实粮食直补等各类支农惠农补贴27亿元,有力促进了农牧业增收增效。粮食生产全面丰收;"
        "全年实现劳务输出70万人次,收入达11亿元。\n"
        "此外,农牧民安居、饮水、通电等基础设施进一步得到改善。今年又有57800户农牧民搬进安全适用的住房,"
        "近700个建制村新建村级活动场所。\n"
        "截至2007年年底,西藏农牧民人均收入连续5年保持两位数增长。去年,西藏农牧民人均收入达到了2788元。\n"
    )
    assert set(found(text, 2008)) == {("农牧民人均纯收入", "总量"), ("农牧民人均纯收入", "增速")}


def test_a_deadline_year_in_chinese_numerals_is_another_year():
    # 南京 2010 (final92): "到二0一二年…要突破六千亿元" (a zero typed as a digit)
    text = (
        "中新网南京一月十八日电\n今年,南京市地区生产总值增长12%。今年增长的目标定为增长百分之十二。"
        "到二0一二年地区生产总值要突破六千亿元。\n"
    )
    assert found(text, 2010) == {("南京市地区生产总值", "增速"): ("≥", 12.0, "%", None)}


def test_sizes_of_listed_projects_after_the_first_are_attributes_too():
    # 安庆 2013 (final92)
    text = (
        "安庆市2013年招商引资\n明年,化工新材料产业主要推进总投资约163亿元的千万吨炼油及联合芳烃项目、"
        "30亿元的蛋氨酸项目、30亿元的ABS项目、15亿元的离子膜烧碱项目等。明年全市计划引进总投资亿元以上项目100个。\n"
    )
    assert not any(unit == "亿元" for _, _, unit, _ in found(text, 2013).values())


def test_a_project_s_phase_and_a_national_programme_s_name_set_no_figure():
    # 新驿镇 2013 (final92)
    text = (
        "新驿镇2013年工作\n高标准实施现代农业小麦产业项目二期1.2万亩和全国新增千亿斤粮食产能新驿项目区6000亩田间工程。\n"
    )
    got = found(text, 2013)
    assert not any(unit == "期" for _, _, unit, _ in got.values())
    assert all(kind == "总量" for _, kind in got)


def test_a_five_year_period_still_running_is_no_past_opener():
    # 海南 2020 (final93): "“十三五”期间，海南要使…" read for 2020, the period's last year
    text = (
        "海南提出到2020年实现地区生产总值和城乡居民收入翻一番以上\n"
        "经济增长质量和效益显著提高\n"
        "根据政府工作报告指出,“十三五”期间,海南要使经济保持平稳较快增长,实现海南全省生产总值年均增长7%,"
        "到2020年实现地区生产总值和城乡居民人均可支配收入比2010年翻一番以上;地方一般公共预算收入突破900亿元,"
        "年均增长8%。结构调整取得积极进展,传统产业优化升级,新兴产业加快发展;三次产业比重趋近20:20:60;"
        "户籍人口城镇化率提高到47%,城乡区域发展的协调性进一步增强。\n"
    )
    assert found(text, 2020)[("户籍人口城镇化率", "总量")] == ("≥", 47.0, "%", None)


# 石家庄 2016 农业农村工作 (final94)
SHIJIAZHUANG = (
    "石家庄市2016年农业农村工作要点\n"
    "围绕国家现代农业示范区建设,继续抓好50个小麦、48个玉米万亩高产示范片建设,粮食总产稳定在440万吨。\n"
    "继续实施县(市)区党政一把手引进5亿元、10亿元以上项目责任制,加快引进和落地一批大项目、好项目。\n"
    "以“四美五改”为重点,完成406个重点村建设任务,重点打造两个省级片区。\n"
)


def test_crops_share_the_noun_after_the_last():
    got = found(SHIJIAZHUANG, 2016)
    assert got[("小麦万亩高产示范片", "总量")] == ("≥", 50.0, "个", None)
    assert got[("玉米万亩高产示范片", "总量")] == ("≥", 48.0, "个", None)


def test_thresholds_listed_with_one_bound_name_projects():
    assert "5亿元" in listed(SHIJIAZHUANG, 2016)


def test_a_count_of_villages_built_is_no_count_of_tasks():
    assert found(SHIJIAZHUANG, 2016)[("重点村", "总量")] == ("≥", 406.0, "个", None)


def test_bodies_that_will_carry_out_the_work_are_no_targets():
    # 北京 2025 全国科普月 (final94)
    text = (
        "北京将启动首个全国科普月活动\n"
        "北京市人民政府新闻办公室举行新闻发布会,宣布将于9月份开展北京首个全国科普月活动,"
        "将在北京组织开展近3000场形式多样、内容丰富的科普活动。\n"
        "据了解,今年北京市全国科普月活动将组织开展各类科普活动近3000场次,北京16个区分别举办区域主场活动,"
        "近百所高校院所科协、200多个市级学会以及1000余家企业、园区科协将开展不同形式的科普主题活动。\n"
    )
    got = found(text, 2025)
    assert got[("科普活动", "总量")] == ("≈", 3000.0, "场", None)
    assert {value for _, value, _, _ in got.values()} == {3000.0}
    reasons = listed(text, 2025)
    assert reasons["16个"].startswith("是分别开展工作的地区数")
    assert reasons["200多个"].startswith("是开展工作的单位")
