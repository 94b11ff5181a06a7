"""Reading rules from the blind batches final21–final23 (issue 9 §3): one test per rule, each from a
real text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# 2030_bijie_yijian: a city's 实施意见, the 2030 goals, then the grants of its first measure
BIJIE_GOALS = (
    "到2030年,全市综合科技创新能力有效提升,全社会研发经费投入年均增速12%以上,力争研发投入强度达到全省中游水平、"
    "规上工业企业中有研发活动的企业占比达到30%以上,国家高新技术企业数达120家以上。\n"
)
BIJIE_GRANTS = (
    "1.进一步提升企业创新主体地位。完善高新技术企业和科技型中小企业发展政策体系,构建梯度培育机制,持续壮大科技型企业队伍,"
    "对新获认定和重新获认定的国家高新技术企业给予10万元资金支持。完善企业研发活动激励政策,制定市级规上企业研发投入补助方案,"
    "对投入研发经费的规上工业、规上服务业、规上有施工总承包一级资质建筑业企业,按当年核定研发经费投入在100万元—500万元、"
    "500万元(含500万元)—1000万元、1000万元(含1000万元)—5000万元、5000万元及以上的,分别给予最高10万元、20万元、"
    "30万元、50万元的资金支持。\n"
)


def test_a_grant_and_the_spending_bands_that_earn_it_are_not_targets():
    text = "毕节市科技创新助力高质量发展的实施意见\n" + BIJIE_GOALS + BIJIE_GRANTS
    got = found(text, 2030)
    assert all(unit != "万元" and unit != "亿元" for _, _, unit, _ in got.values())
    why = listed(text, 2030)
    assert "资助、补助标准" in why["10万元"] and "资助、补助标准" in why["5000万元"]


def test_a_grant_still_leaves_a_funding_target_of_the_same_text():
    text = "毕节市科技创新助力高质量发展的实施意见\n" + BIJIE_GOALS + "全市财政科技支出达到5亿元。\n" + BIJIE_GRANTS
    assert found(text, 2030)[("财政科技支出", "总量")][:3] == ("≥", 5.0, "亿元")


def test_a_goal_in_words_before_a_stop_does_not_name_the_next_number():
    got = found("毕节市科技创新助力高质量发展的实施意见\n" + BIJIE_GOALS, 2030)
    assert got[("规上工业企业中有研发活动的企业占比", "总量")] == ("≥", 30.0, "%", None)
    assert not any("研发投入强度" in name for name, _ in got)


# 2023_jingmen_news: a quarter's push; the sessions a measure holds are its workload
JINGMEN = (
    "湖北省荆门市全力冲刺一季度科技创新“开门红”\n"
    "今年,荆门市科技局强化统筹谋划调度,压实工作责任。力争全市高新技术产业增加值100亿元。\n"
    "一是精细对接,培育科技创新主体。启动2023年全市高新技术企业管理工作培训会,分县市区举办5场专场培训。\n"
    "二是精彩搭台,激发科技创新活力。开展“科技特派员智汇基层”,完成智汇基层活动培训2场,争取建成2个科技特派员工作站。\n"
)


def test_sessions_of_training_held_are_not_targets():
    got = found(JINGMEN, 2023)
    assert not any(unit == "场" for _, _, unit, _ in got.values())
    assert "场次" in listed(JINGMEN, 2023)["5场"] and "场次" in listed(JINGMEN, 2023)["2场"]
    assert got[("科技特派员工作站", "总量")] == ("≥", 2.0, "个", None)


# 2025_hunan_baogao and 2011_sichuan_baogao: a government work report's 主要预期目标
HUNAN = (
    "湖南省第十四届人民代表大会第三次会议开幕\n"
    "工作报告提出,今年湖南经济社会发展主要预期目标为地区生产总值增长5.5%左右,规模工业增加值增长6.5%以上。\n"
    "毛伟明称,2025年湖南将持续用力打造国家重要先进制造业高地,深入推进13条重点产业链倍增计划,"
    "力争高新技术产业增加值增长8%。\n"
)


def test_the_goals_introduced_by_main_expected_goals_are_named_after_it():
    got = found(HUNAN, 2025)
    assert got[("地区生产总值", "增速")] == ("≈", 5.5, "%", None)
    assert not any("预期" in name for name, _ in got)


def test_a_goal_named_before_its_own_word_goal_keeps_its_name():
    # 2021_shandong_report: "2021年地区生产总值目标是增长6%以上"
    text = "山东省政府工作报告\n报告指出,2021年地区生产总值目标是增长6%以上,城镇新增就业110万人以上。\n"
    assert found(text, 2021)[("地区生产总值", "增速")] == ("≥", 6.0, "%", None)


def test_programmes_pushed_on_are_counted_in_lines_too():
    assert "措施" in listed(HUNAN, 2025)["13条"]


SICHUAN = (
    "四川省第十一届人民代表大会第四次会议开幕\n"
    "省长蒋巨峰提出,今年四川将着力做强做大产业。通过启动“5785战略工程”,构建5条万亿产业带、7个增加值超千亿产业、"
    "打造8个销售收入超千亿园区(基地)和50个主营业务超百亿企业。\n"
    "蒋巨峰表示,四川主要预期目标是实现生产总值增长12%。通过启动“5785战略工程”,构建成德绵自内装备制造等5条万亿产业带;"
    "着力构建7个增加值超千亿产业;打造8个销售收入超千亿园区(基地);打造50个主营业务超百亿企业。"
    "加快企业技术改造,完成技改投资3000亿元以上。\n"
)


def test_counts_that_spell_out_a_numbered_programme_are_not_targets():
    got = found(SICHUAN, 2011)
    assert set(got) == {("生产总值", "增速"), ("技改投资", "总量")}
    assert got[("生产总值", "增速")] == ("≥", 12.0, "%", None)
    assert "工程名称的展开" in listed(SICHUAN, 2011)["50个"]


def test_counts_that_do_not_spell_the_number_stay_targets():
    text = SICHUAN.replace("7个增加值超千亿产业", "6个增加值超千亿产业").replace("着力构建7个", "着力构建6个")
    assert ("增加值超千亿产业", "总量") in found(text, 2011)


# 2023_liaoning_news: an assessment's weight, and who is dealt with by rank
LIAONING = (
    "辽宁省科技型企业培育行动\n"
    "到2023年,全省科技型企业数量达到5万家。加强高新区绩效评价,重构高新区绩效评价体系,企业培育、创新孵化评价指标的"
    "权重达到70%,实行企业培育工作一票否决,企业培育排名后两位的高新区将被约谈,限期整改。\n"
)


def test_an_assessment_weight_is_not_a_target():
    assert "计分规则" in listed(LIAONING, 2023)["70%"]


def test_those_ranked_last_are_not_a_rank_target():
    got = found(LIAONING, 2023)
    assert not any(unit == "位" for _, _, unit, _ in got.values())
    assert "排名处置" in listed(LIAONING, 2023)["2位"]


def test_a_rank_to_reach_still_is_a_target():
    text = "辽宁省科技工作要点\n2023年,全省区域创新能力排名保持全国前15位。\n"
    assert any(unit == "位" for _, _, unit, _ in found(text, 2023).values())


# 2020_neimenggu_guihua and 2015_fuzhou_yijian: R&D staff per 10 000 employed
def test_staff_years_per_ten_thousand_keep_their_unit():
    text = "内蒙古自治区“十三五”科技创新规划\n到2020年,每万名就业人员研发人力投入增加到48人年/万人。\n"
    assert [(t.value, t.unit) for t in parse(text, 2020).targets] == [(48.0, "人年/万人")]
    text = "抚州市关于加快科技创新的意见\n到2015年,全社会劳动力从事r&d人员数量超过80人·年/万人。\n"
    assert [(t.value, t.unit) for t in parse(text, 2015).targets] == [(80.0, "人·年/万人")]


def test_the_parts_of_a_plan_are_not_targets():
    text = "内蒙古自治区“十三五”科技创新规划\n《规划》共分3大部分6个篇目25章,明确了“十三五”时期科技创新的总体思路。\n"
    assert parse(text, 2020).targets == []
    # 2017_zhangjiakou_jingkaiqu: projects partly finished are counted
    text = "张家口经开区2017年工作要点\n年内力争奥体中心等32个重大项目按期开工,A1级环保新材料等23个项目部分完工。\n"
    assert any(t.value == 23.0 for t in parse(text, 2017).targets)


# 2012_anji_news: a county's goals in a news report, some stated twice
ANJI = (
    "安吉县2012年科技工作目标明确\n"
    "4月份新出台的《安吉工业经济规模与质量“双提升”行动计划》中明确提出2012年企业科研发经费支出要占GDP比重1.5%以上。\n"
    "提出全年科技创新投入要达到5.5亿元,企业技术开发费5亿元,高新技术产值达到40亿元。\n"
    "5.5亿元全县科技经费中,研究与发展经费2.5亿元,技术引进经费1.5亿元,消化吸收经费1亿元。企业将在技术开发上投入5亿元。\n"
    "今年,我县的高新技术产业产值力争达到40亿元,占规模以上工业产值比重10%以上。\n"
)


def test_a_cited_document_is_no_part_of_the_name():
    names = [t.indicator for t in parse(ANJI, 2012).targets if t.unit == "%" and t.value == 1.5]
    assert names and "《" not in names[0] and "企业科研发经费支出" in names[0]


def test_a_total_before_its_parts_is_not_another_target():
    assert "分项所属的总数" in listed(ANJI, 2012)["5.5亿元"]
    assert [t.indicator for t in parse(ANJI, 2012).targets if t.value == 5.5] == ["科技创新投入"]


def test_a_restatement_in_other_words_is_one_target():
    targets = parse(ANJI, 2012).targets
    assert len([t for t in targets if t.value == 5.0 and t.unit == "亿元"]) == 1
    assert len([t for t in targets if t.value == 40.0 and t.unit == "亿元"]) == 1


# 2022_nanyang_wancheng: a year's completion report; "今年来" is "今年以来"
NANYANG = (
    "南阳市科学技术局2022年度工作任务完成情况\n"
    "时间:2022-11-18 来源:南阳市科学技术局\n"
    "今年来,全市科技创新工作在市委、市政府的正确领导和省科技厅的具体指导下,各项工作扎实推进,圆满完成了年度目标任务,"
    "取得了较好的工作成绩。2022年全市评价入库科技型中小企业1311家,与2021年相比增长251%;全市技术合同成交额10月底达到62.3亿元,"
    "全年有望突破75亿元。预计全年新认定高企200家以上,全市高新技术企业总量将达到490家左右,超额完成年度目标任务;"
    "建成河南省院士工作站3家,我市成为全省产业研发联合基金首批5个试点市之一。\n"
)


def test_this_year_so_far_written_without_yi_reports_progress():
    assert parse(NANYANG, 2022).targets == []


def test_this_year_still_plans_in_a_plan():
    text = "南阳市科学技术局2022年工作要点\n今年,全市力争新认定高新技术企业200家。\n"
    assert found(text, 2022)[("高新技术企业", "新增")][:2] == ("≥", 200.0)


# 2022_leshan_news and 2027_changchun_xinqu: targets quoted from the plan they report
def test_a_target_in_quotes_is_read_and_a_name_in_quotes_is_not():
    text = (
        "乐山市政府工作报告解读\n“2022年晶硅光伏产业产值规模力争突破1000亿元”“五大先进制造业产业产值突破1800亿元”"
        "“加快建设乐山机场”……报告亮点频出现,対2022年重点工作进行了部署。\n"
        "2022年乐山将实施稳链强链补链延链行动,力争2022年产值规模突破1000亿元。\n"
    )
    got = found(text, 2022)
    assert got[("五大先进制造业产业产值", "总量")] == ("≥", 1800.0, "亿元", None)
    assert got[("晶硅光伏产业产值", "总量")] == ("≥", 1000.0, "亿元", None)
    assert len(got) == 2
    # a number in a quoted name stays a name: "科技改革30条"
    assert parse("某市科技工作要点\n今年全面落实“科技改革30条”。\n", 2022).targets == []


def test_quotes_that_close_on_the_goal_hold_targets():
    text = (
        "长春新区高质量发展三年行动方案印发\n近日,长春新区正式印发《长春新区高质量发展三年行动方案(2025—2027)》,"
        "锚定“到2027年地区生产总值突破800亿元、形成6个百亿级产业、新质生产力体系基本成型”的目标。\n"
    )
    got = found(text, 2027)
    assert got[("地区生产总值", "总量")] == ("≥", 800.0, "亿元", None)
    assert got[("百亿级产业", "总量")][:3] == ("≥", 6.0, "个")


# 2025_haining_fangan: a library page's text recognition spelt 1000 "IOOO"
def test_a_value_spelt_with_letters_keeps_its_place_in_a_list():
    text = (
        "海宁市科技创新实施方案\n到2025年,国家科技型中小企业评价入库、高新技术企业、省科技型中小企业分别达750家、"
        "IOOO家、2000家。\n"
    )
    got = {(t.indicator, t.value) for t in parse(text, 2025).targets}
    assert ("省科技型中小企业", 2000.0) in got
    assert not any(v == 750.0 and "省科技型" in n for n, v in got)
    assert not any("IOOO" in n for n, _ in got)


# 2021_pudong_news: "定量指标一共有8个，包括…" lists the goals
PUDONG = (
    "上海浦东制订未来5年助推科创中心建设计划\n上海浦东对未来5年制订了详细的奋斗目标。定量指标一共有8个,包括地区生产总值"
    "年均增长8%左右,人均生产总值迈过3万美元;外贸进出口占全市比重保持在60%左右等。\n"
)


def test_a_count_of_indicators_opens_their_list_not_a_past():
    got = found(PUDONG, 2021)
    assert got[("地区生产总值", "增速")] == ("≈", 8.0, "%", None)
    assert "指标的个数" in listed(PUDONG, 2021)["8个"]


def test_dollars_keep_their_unit_after_a_bound_verb():
    assert found(PUDONG, 2021)[("人均生产总值", "总量")] == ("≥", 3.0, "万美元", None)


def test_a_stock_that_has_firms_is_still_a_past_count():
    text = "某县科技工作总结\n全县共有高新技术企业35家。\n"
    assert parse(text, 2021).targets == []


# 2010_zhejiang_news: the year after 比 is the base of the growth, not the figure's year
def test_the_year_compared_with_is_not_the_year_of_the_figure():
    text = (
        "浙江省2010年科技工作会议召开\n2010年,浙江要争取全社会科技投入增长15%以上;高新技术产业产值比2009年增长10%以上,"
        "突破1万亿元。\n"
    )
    got = found(text, 2010)
    assert got[("高新技术产业产值", "增速")] == ("≥", 10.0, "%", None)
    assert got[("高新技术产业产值", "总量")] == ("≥", 10000.0, "亿元", None)


def test_a_figure_of_the_earlier_year_is_still_past():
    text = "浙江省2010年科技工作会议召开\n2009年,全省高新技术产业产值9000亿元。2010年,全省高新技术产业产值增长10%以上。\n"
    got = found(text, 2010)
    assert got == {("高新技术产业产值", "增速"): ("≥", 10.0, "%", None)}


# 2025_sichuan_yijian: parks counted by a threshold on their revenue
def test_a_revenue_threshold_before_a_count_names_what_is_counted():
    text = (
        "四川省关于促进高新技术产业开发区高质量发展的实施意见\n到2025年,建成国家高新区10个,省级高新区25个,"
        "打造营业收入超万亿元高新区1个、超千亿元高新区15个以上。\n"
    )
    targets = parse(text, 2025).targets
    assert not any(t.unit == "亿元" for t in targets)
    named = {t.value: t.indicator for t in targets}
    assert "营业收入超" in named[1.0] and named[1.0].endswith("亿元高新区")
    assert named[15.0] == "营业收入超千亿元高新区"
    # (lead35: "超万亿元" before a count in digits stays in words, a class's name, not a number)
    assert named[1.0] == "营业收入超万亿元高新区"


def test_in_a_plan_for_one_quarter_that_quarter_is_its_own_period():
    text = JINGMEN + "三是精准滴灌。组织至少50家高新技术企业与银行对接,力争一季度实现银行发放科创企业贷款8亿元。\n"
    got = found(text, 2023)
    assert got[("银行发放科创企业贷款", "总量")] == ("≥", 8.0, "亿元", None)


def test_in_a_plan_for_the_year_a_quarter_is_a_milestone():
    text = "荆门市2023年科技工作要点\n全年新增高新技术企业100家,力争一季度实现银行发放科创企业贷款8亿元。\n"
    assert "季度进度" in listed(text, 2023)["8亿元"]


def test_grain_in_hundred_million_jin_keeps_its_unit():
    text = HUNAN.replace("规模工业增加值增长6.5%以上。", "规模工业增加值增长6.5%以上,粮食产量616亿斤。")
    assert found(text, 2025)[("粮食产量", "总量")] == ("≥", 616.0, "亿斤", None)


def test_sessions_a_plan_sets_as_its_goal_stay_targets():
    text = "某市2023年科技工作要点\n力争全年举办科技成果对接活动20场。\n"
    assert [(t.value, t.unit) for t in parse(text, 2023).targets] == [(20.0, "场")]


def test_funds_to_win_are_not_a_grant_standard():
    text = "某市2023年科技工作要点\n全年争取上级科技补助资金1000万元以上。\n"
    assert [(t.indicator, t.value, t.unit) for t in parse(text, 2023).targets] == [("上级科技补助资金", 1000.0, "万元")]


def test_a_programme_named_by_two_quoted_words_stays_one_name():
    # 2027_dongtou_plan: 省“尖兵”“领雁” is one provincial programme, not two quoted items
    got = found("某区科技工作方案\n到2027年,省“尖兵”“领雁”立项7项以上,市“揭榜挂帅”立项10项以上。\n", 2027)
    assert got[("省“尖兵”“领雁”立项", "总量")][:3] == ("≥", 7.0, "项")
