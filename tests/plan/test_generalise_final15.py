"""Reading rules from the blind batches final15–final17 (issue 9 §3): one test per rule, each from a
real text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

import re

from tests.plan.test_generalise import found, listed, parse

# 2019_enshi_fangan (Traditional page, read as simplified): a work method's staffing, no target
ENSHI = """恩施州2019年高新技术企业申报认定督促指导工作方案
一、总体目标
州科技局采取“11112”方式（即1名局领导带1名中层干部、1名工作人员、1名中介机构人员对口服务指导2个县市），集中一段时间，深入县市、州高新区开展高新技术企业申报认定督促指导工作。
"""


def test_the_staffing_of_a_work_method_is_not_a_target():
    assert parse(ENSHI, 2019).targets == []
    assert "人员配置" in listed(ENSHI, 2019)["2个"]


def test_a_leader_leading_staff_is_staffing_without_the_gloss():
    text = ENSHI.replace("采取“11112”方式（即", "安排").replace("2个县市），", "2个县市，")
    assert parse(text, 2019).targets == []


def test_a_target_after_the_work_method_is_kept():
    text = ENSHI + "二、工作要求\n力争全年新认定高新技术企业30家。\n"
    assert found(text, 2019)[("高新技术企业", "新增")] == ("≥", 30.0, "家", None)


# 2019_shiyan_news: a first-quarter results report whose one target is its last sentence's
SHIYAN = """全省第二!十堰一季度高新技术产业增加值99.81亿
秦楚网讯(十堰日报) 通讯员 张超 报道:近日,省科技厅公布全省各市州2019年一季度高新技术产业增加值统计情况,我市实现高新技术产业增加值99.81亿元;高新技术产业增加值占GDP比重24.7%,仅次于武汉市,位列全省第二,高出全省平均水平近5个百分点。
主动顺应改革,迅速摸清家底。市科技局顺应改革趋势,建立高新技术产业增加值数据库,对纳入统计范围的585家企业进行跟踪了解。
积极搭建平台,强化培育工作。支持行业龙头企业新增省级工程技术研究中心5家,深入推进科技孵化器、众创空间等各类双创平台建设。认真部署全市高新技术企业申报和培育工作,成立专班深入各县(市、区)走访调研科技型企业200余家,健全高新技术企业后备库,新增入库企业300余家并因企施策加强培养,力争2019年新增高新技术企业30家。
"""


def test_a_headline_with_a_quarters_figure_reports_results():
    got = found(SHIYAN, 2019)
    assert got == {("高新技术企业", "新增"): ("≥", 30.0, "家", None)}
    assert "实绩" in listed(SHIYAN, 2019)["585家"]


def test_in_a_report_a_later_target_word_does_not_make_earlier_figures_targets():
    # the same body under a title that reports: the figures before 力争 stay results
    body = SHIYAN.replace("全省第二!十堰一季度高新技术产业增加值99.81亿", "十堰市科技局一季度工作总结")
    got = found(body, 2019)
    assert got == {("高新技术企业", "新增"): ("≥", 30.0, "家", None)}


def test_a_plan_headline_with_a_quarter_still_plans():
    text = "十堰市2019年一季度科技工作要点\n一、工作目标\n力争新增高新技术企业30家。\n"
    assert found(text, 2019)[("高新技术企业", "新增")] == ("≥", 30.0, "家", None)


# 2013_shaoyang_news: a year-end report; "成功申报认定为高新技术企业" is done
SHAOYANG = """邵阳市科技局多举措推进高新技术产业发展
发布时间: 2013-12-27 00:00
今年以来,邵阳市科技局不断优化科技创新环境,加快推进全市高新技术产业发展。据统计,该市全年预计实现高新技术产业总产值520亿元。
大力培育高新技术企业。今年,该局组织辖区内的科瑞生物、佳鑫电器、仁海科技、威亚牧业等6家企业成功申报认定为高新技术企业。截至目前,邵阳市高新技术企业的总数达到33家。
"""


def test_firms_that_succeeded_in_being_recognised_are_a_result():
    assert parse(SHAOYANG, 2013).targets == []
    assert "实绩" in listed(SHAOYANG, 2013)["6家"]


def test_success_still_to_be_won_in_a_plan_is_a_target():
    # 2017_hefei_yaodian: "成功创建中国制造2025试点城市示范" sits among the year's targets
    text = "2017年合肥市自主创新工作要点\n二、主要目标\n2017年,全市新增国家高新技术企业140户,成功创建中国制造2025试点城市示范。\n"
    assert found(text, 2017)[("高新技术企业", "新增")][1] == 140.0


# 2024_jilin_news: the speaker's "2023年…" opens a paragraph of last year's results
JILIN = """中新网长春3月6日电(李丹)2024年吉林省科技工作会议6日在长春召开。记者获悉,今年,吉林省科技系统将加快构建全过程创新生态链。
2024年吉林省科技工作会议在长春召开。李丹 摄吉林省科技厅厅长李岩介绍,2023年吉林省创新能力排名全国第18位,创“十三五”以来最好成绩。在产业关键核心技术攻关方面,启动“吉林西部生态脆弱区功能提升与绿色发展”等7个重大科技专项,多项科技攻关达到国际领先水平。在科技成果落地转化方面,全年推动1800项科技成果在省内落地转化。
李岩表示,在科技成果转化方面,今年将建设吉林大学科技成果转化中心,省内转化科技成果3000项,力争达到3600项,技术合同成交额达到200亿元,新培育技术经纪人300人。
"""


def test_a_speakers_earlier_year_opens_a_paragraph_of_results():
    got = found(JILIN, 2024)
    assert {v for _, v, _, _ in got.values()} == {3000.0, 200.0, 300.0}
    assert "段首是往年" in listed(JILIN, 2024)["1800项"]


def test_a_speakers_plan_year_still_plans():
    text = JILIN.replace("李岩介绍,2023年", "李岩介绍,2024年").replace("启动“", "将启动“")
    assert "7个" not in listed(text, 2024)


# 2019_suixi_baogao, 2023_daye_baogao: a 政府工作报告 reviews last year and plans this one
SUIXI = """政府工作报告
深化技术改造创新。加强工业科技创新型项目培育,鼓励支持企业申报国家、省技术中心。推动富士特铝业、广博机电等技改项目建设,实现技改投资增长10%。组织新品源、相驰车业等16家企业申报高新技术企业,力争全年净增高新技术企业10家,高新技术产业增加值增长10%以上。
"""


def test_a_government_work_report_title_does_not_make_a_results_report():
    got = found(SUIXI, 2019)
    assert got[("技改投资", "增速")] == ("≥", 10.0, "%", None)
    assert got[("高新技术企业", "净增")] == ("≥", 10.0, "家", None)
    assert any(v == 16.0 for _, v, _, _ in got.values())


def test_a_bureaus_work_report_still_reports():
    text = SUIXI.replace("政府工作报告", "市科技局2019年工作报告").replace("实现技改投资", "技改投资")
    text = text.replace("力争全年净增高新技术企业10家,", "")
    assert parse(text, 2019).targets == []


# 2017_qujing_jihua (Traditional page with pinyin glosses, read as simplified)
QUJING = """曲靖科技信息
切實謀劃好2017年科技創新工作
2017年1月16日,《曲靖市科學技術局2016年工作總結暨2017年工作計劃》印發實施。科技研發投入強度明顯加大。R&D經費支出要由上年的7.95億元增加至12.51億元,全年組織科技項(xiàng)目?jī)?chǔ)備100項(xiàng)以上,出庫申報國家和省科技計劃(認定)項目60項以上,爭取資金6000萬元以上。
"""


def test_a_change_from_last_years_figure_targets_its_end():
    got = found(QUJING, 2017)
    assert got[("全社会R&D经费投入", "总量")] == ("≥", 12.51, "亿元", None)
    assert "起点" in listed(QUJING, 2017)["7.95亿元"]


def test_a_dated_start_in_simplified_text():
    text = "今年,全市高新技术企业要由上年的750家增加到970家。"
    assert found(text, 2019) == {("高新技术企业", "总量"): ("≥", 970.0, "家", None)}


def test_a_garbled_gloss_is_dropped_with_its_reading():
    names = {name for name, _ in found(QUJING, 2017)}
    assert "科技项目备" in names  # the garbled 儲 is lost, its "?jī)?chǔ)" reading does not name it
    assert not any(re.search(r"[a-zǔī]", n) for n in names)


def test_applications_are_not_the_catalogues_approved_projects():
    got = found(QUJING, 2017)
    assert got[("出库申报国家和省科技计划（认定）项目", "总量")] == ("≥", 60.0, "项", None)
    assert ("省级以上科技计划项目", "总量") not in got
    # projects approved still are: 2009_zhenjiang_yijian
    text = "2009年科技工作意见\n一、主要目标\n组织实施省级以上科技计划项目100项。\n"
    assert ("省级以上科技计划项目", "总量") in found(text, 2009)


# 2016_naiman_news: a short news text whose subject is the place
NAIMAN = "近日,记者从通辽市科技工作会议上了解到,奈曼旗今年将完成新型农牧民培训5000人次,引进各类优秀科技人才50名,新形成产学研合作项目10项,争取自治区科技计划项目1—2项。"


def test_a_place_that_is_the_subject_is_not_the_name():
    got = found(NAIMAN, 2016)
    assert got[("新型农牧民培训", "总量")] == ("≥", 5000.0, "人次", None)
    assert not any("奈曼旗" in name for name, _ in got)


def test_a_place_with_nothing_named_after_its_verb_is_still_a_countys_share():
    # 2020_loudi_news: "娄星区将达到32%以上" names no indicator after its verb
    text = "2020年,在高新技术产业增加值占GDP比重方面,娄星区将达到32%以上、冷水江达到22%以上。"
    assert found(text, 2020) == {}


def test_newly_formed_is_new():
    assert found(NAIMAN, 2016)[("产学研合作项目", "新增")] == ("≥", 10.0, "项", None)


# 2023_tongren_yaodian, 2024_tongren_yaodian: people trained (培育…N人) under a programme's name
TONGREN = """2024年全市科技工作要点
二、总体目标
主要预期目标:技术合同成交额8亿元;建成市级及以上科技创新平台2个以上;培育科技研发创新发展工程重点人才2人、社会事业人才(其它类)100人,引进高层次人才3人。
"""


def test_the_xin_of_chuangxin_is_no_new_word():
    got = found(TONGREN, 2024)
    assert got[("科技研发创新发展工程重点人才", "总量")] == ("≥", 2.0, "人", None)
    assert got[("社会事业人才（其它类）", "总量")] == ("≥", 100.0, "人", None)
    text = TONGREN.replace("培育科技研发", "新培育科技研发")
    assert ("科技研发创新发展工程重点人才", "新增") in found(text, 2024)


def test_one_growth_rate_of_two_measures_of_one_subject():
    # 2023_tongren_yaodian
    text = "2023年全市科技工作要点\n二、总体目标\n高新技术产业产值316亿元,增长20%;科学研究和技术服务业营收和劳动工资增速6.5%;技术合同成交额21亿元。\n"
    got = found(text, 2023)
    assert got[("科学研究和技术服务业营收", "增速")] == ("≥", 6.5, "%", None)
    assert got[("科学研究和技术服务业劳动工资", "增速")] == ("≥", 6.5, "%", None)
    assert got[("技术合同成交额", "总量")] == ("≥", 21.0, "亿元", None)


def test_firms_applying_are_not_the_firms_recognised():
    # 2024_tongren_yaodian: both counts kept, the applications under their own name
    text = "2024年全市科技工作要点\n二、总体目标\n组织申报高新技术企业30家,高新技术企业通过认定10家、科技型中小企业入库100家。\n"
    got = found(text, 2024)
    assert got[("组织申报高新技术企业", "总量")] == ("≥", 30.0, "家", None)
    assert got[("高新技术企业", "总量")] == ("≥", 10.0, "家", None)
    # "申报认定" still recognises (2013_jiading_yaodian keeps its own rule for 申报认定和复审)
    assert ("高新技术企业", "总量") in found("2024年工作要点\n一、主要目标\n申报认定高新技术企业30家。\n", 2024)


# 2010_chenzhou_yaodian: 争取 before a number with its own name after it is another target
CHENZHOU = "2010年主要目标:争取5个国家级科技计划项目,争取10个省级重点科技计划项目,争取国家、省级科技经费支持1300万元。"


def test_a_strived_for_count_with_its_own_name_is_its_own_target():
    got = found(CHENZHOU, 2010)
    assert got[("国家级科技计划项目", "总量")] == ("≥", 5.0, "个", None)
    assert got[("省级重点科技计划项目", "总量")] == ("≥", 10.0, "个", None)
    assert all(t.stretch is None for t in parse(CHENZHOU, 2010).targets)


def test_a_strived_for_value_that_names_nothing_is_still_a_stretch():
    # 2023_dongguan_news: "力争尽快达10000家等等" ends a list, it names nothing
    text = "东莞还提出了一系列具体目标,如:国家级高新技术企业数达9500家,力争尽快达10000家等等。"
    (target,) = parse(text, 2023).targets
    assert (target.value, target.stretch) == (9500.0, 10000.0)


def test_a_count_made_and_the_stock_it_brings_are_two_targets():
    # 2024_daye_fangan
    text = "大冶市科技创新赋能行动方案\n（二）创新能力进一步提升。2024年,培育国家级创新创业平台1个,认定省级以上创新创业平台6 个,总数达78个;认定黄石市创新创业平台12个,总数达133个。\n"
    got = found(text, 2024)
    # qa9 F4: "认定…6个" beside the same indicator's 总数 is that indicator's 新增 target
    assert got[("省级以上创新创业平台", "新增")] == ("≥", 6.0, "个", None)
    assert got[("省级以上创新创业平台总数", "总量")] == ("≥", 78.0, "个", None)
    assert got[("黄石市创新创业平台总数", "总量")] == ("≥", 133.0, "个", None)
    assert "请核对" not in " ".join(parse(text, 2024).notes)


# 2017_zhangjiakou_jingkaiqu: a development zone's year of projects, its headline restating the body
ZHANGJIAKOU = """张家口经开区今年谋划实施97个重点项目
本报讯(记者 王大庆)日前,记者从经开区发改局了解到,今年该区将谋划实施重点项目97个,总投资1334.2亿元,计划投资89.5亿元。其中10亿元以上项目39个,争取列入省市重点项目25个。
"""


def test_the_investment_of_the_projects_counted_is_a_target():
    values = {v for _, v, _, _ in found(ZHANGJIAKOU, 2017).values()}
    assert {1334.2, 89.5} <= values
    # one project's budget stays a budget
    text = "今年将建设科技大厦项目,总投资5亿元。"
    assert "经费预算" in listed(text, 2017)["5亿元"]


def test_a_headline_restating_the_body_in_other_words_is_one_target():
    got = found(ZHANGJIAKOU, 2017)
    assert len([key for key, (_, v, _, _) in got.items() if v == 97.0]) == 1


def test_a_name_with_its_own_verb_after_a_comma_does_not_share_the_new_word():
    # 2021_suining_yaodian
    text = "2021年遂宁市科技工作要点\n一、总体目标\n创新主体不断壮大,新认定国家高新技术企业30家以上,入库备案国家科技型中小企业400家以上,高新技术产业营业收入达到600亿元。\n"
    got = found(text, 2021)
    assert got[("高新技术企业", "新增")][1] == 30.0
    assert [kind for (name, kind), v in got.items() if v[1] == 400.0] == ["总量"]


def test_a_table_header_of_goals_and_their_results_run_together_sets_no_target():
    # 2023_zongyang_luoshi with its paragraph breaks lost (the robustness check's one_paragraph)
    text = (
        "2023年枞阳县科技局主要目标任务落实情况\n"
        "发布时间：2023-12-28 08:51来源：枞阳县科学技术局序号主要工作目标内容责任科室全年落实情况1高新技术企业工业股"
        "2023年共分三批组织申报高新技术企业24家，新增高新技术企业14家，净增13家，全县高新技术企业达47家，"
        "完成市对县目标考核任务260%。\n"
    )
    assert parse(text, 2023).targets == []


def test_a_headline_aiming_at_a_rank_still_plans():
    text = "全市科技创新综合排名力争全省第一\n全市新增高新技术企业30家，技术合同成交额达到50亿元。\n"
    assert found(text, 2019)[("高新技术企业", "新增")] == ("≥", 30.0, "家", None)


def test_in_a_report_an_exact_count_before_a_target_word_stays_the_plans():
    # 2019_suixi_baogao under a paragraph of completion rates (the robustness check's
    # completion_lead): the report's 力争 still covers the exact "16家" before it
    text = SUIXI.replace(
        "政府工作报告\n",
        "政府工作报告\n全市发明专利申请量1350件，超额完成17%；新申报高新技术企业89家，完成省科技厅下达任务的124%，"
        "共登记技术合同交易额23.9亿元，超额完成33%。\n",
    )
    values = {v for _, v, _, _ in found(text, 2019).values()}
    assert 16.0 in values and 89.0 not in values


def test_a_headline_keeping_a_rank_still_plans():
    text = "我市科技创新综合排名继续保持全省第一\n全市新增高新技术企业30家，技术合同成交额达到50亿元。\n"
    assert found(text, 2019)[("高新技术企业", "新增")] == ("≥", 30.0, "家", None)
