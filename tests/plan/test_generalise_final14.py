"""Reading rules from the blind batch final14 (issue 9 §3): one test per rule, each from a real
text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# 2019_shaoxing_silu: a 总结和思路 cut before its 思路 part; its one part is the earlier year's work
SHAOXING_SILU = """绍兴市2018年科技创新工作总结和2019年工作思路
发布日期:2019-03-12 16:29
2018年,绍兴市科技创新工作在省厅的指导支持下,贯彻落实市委、市政府决策部署,较好地完成全年各项目标任务,我市被国家科技部、国家发改委列入新一批国家创新型城市建设名单。
一、2018年主要工作
(一)强化主体培育,激发企业创新活力。大力培育高新技术企业群体,今年新认定国家高新技术企业323家、省高成长企业155家、省科技型中小企业1360家。新认定省重点实验室1家、省级企业研究院13家,实施省级新产品计划1162项、13项成果获省科学技术奖。全年发放创新券5300万元,使用2900万元,同比增长19.3%、69.1%。全市高新技术产业增加值同比增长10.1%。
"""


def test_a_part_on_an_earlier_years_work_reports_results():
    r = parse(SHAOXING_SILU)
    assert r.targets == []
    assert "所在部分是已取得的成绩" in listed(SHAOXING_SILU)["323家"]


def test_a_part_on_the_plan_years_work_still_plans():
    # the same heading for the plan's own year is its work programme
    text = SHAOXING_SILU.replace("一、2018年主要工作", "一、2019年主要工作").replace(
        "今年新认定", "力争新认定"
    )
    assert ("高新技术企业", "新增") in found(text, 2019)


def test_a_results_text_without_its_heading_reads_no_targets():
    # the same excerpt pasted without the part heading: no word anywhere looks ahead, and it
    # reports awards won (获省科学技术奖), a listing (列入…名单) and the year's targets met
    body = SHAOXING_SILU.replace("一、2018年主要工作\n", "")
    assert parse(body).targets == []
    assert parse("\n".join(body.splitlines()[1:]), 2019).targets == []


def test_last_years_results_before_this_years_plan_keep_the_plan():
    # the whole 总结和思路: part 二 plans 2019 with target words; part 一 stays results
    text = SHAOXING_SILU + (
        "二、2019年工作思路\n"
        "(一)强化主体培育。力争新认定国家高新技术企业350家,全年发放创新券6000万元以上。\n"
    )
    got = found(text, 2019)
    assert got[("高新技术企业", "新增")] == ("≥", 350.0, "家", None)
    assert all(value != 323.0 for _, value, _, _ in got.values())


# 2023_xiangtan_fangan (Traditional page, read as simplified): the programme's parts are counted
XIANGTAN = """湘潭市推进国家创新型城市建设2023年工作实施方案
一、工作目标
通过一年的建设,推进《湘潭市全力推进国家创新型城市建设三年行动方案(2022—2024年)》“八大”重点工程和26项重点指标取得新成效,推进打好科技创新攻坚仗四大攻坚任务取得新进展,圆满或超额完成年度创新型城市建设各项工作任务。
"""


def test_a_count_of_indicators_that_fare_well_is_not_a_target():
    assert parse(XIANGTAN, 2023).targets == []
    assert "条数" in listed(XIANGTAN, 2023)["26项"]


def test_a_count_of_indicators_with_a_number_target_still_reads():
    # "取得" with a number is a target: the predicate rule needs no number after the count
    got = found("2023年工作要点\n一、工作目标\n全年取得发明专利授权26项以上。\n", 2023)
    assert got[("发明专利授权", "总量")][1] == 26.0


# 2020_shaoxing_jinzhan: a key-task table, "内容与要求" cells one per line
JINZHAN = """市政府2020年重点工作(预下达)一季度进展情况表
序号
内容与要求
进展情况
责任单位
2
持续推进重大项目攻坚,确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长,市县长项目落地率50%以上。
1-2月,全市固定资产投资同比下降12.7%,高于全省平均水平1.7个百分点,居全省第6位。
市发改委
4
深入推进省级军民融合示范区建设,取得军工资质8本以上。
目前已有10家企业提出申办军工资质需求,其中4家企业承制资质已在办理。
市发改委
"""


def test_a_rate_followed_by_growth_is_a_growth_rate():
    kinds = {(t.indicator, t.kind) for t in parse(JINZHAN, 2020).targets if t.value == 10.0}
    assert ("4个结构性指标", "增速") in kinds


def test_a_name_compared_with_another_measure_does_not_share_the_next_value():
    # "有效投资增长高于经济增长" states its own target (no number): 10% is the 结构性指标' only
    got = parse(JINZHAN, 2020).targets
    assert [t.indicator for t in got if t.value == 10.0] == ["4个结构性指标"]
    assert not any(t.indicator.startswith("有效投资") for t in got)
    # names without a comparison still share it: "A、B均增长10%以上"
    shared = found("2020年工作要点\n一、目标\n确保工业投资、高新技术产业投资均实现10%以上增长。\n")
    assert {name for name, _ in shared} == {"工业投资", "高新技术产业投资"}


def test_certificates_counted_in_ben_are_a_unit():
    got = found(JINZHAN, 2020)
    assert got[("军工资质", "总量")] == ("≥", 8.0, "本", None)
    # 本 before a place, a period or a page's "本文来源" is the word "this", not a unit
    assert "本" not in {t.unit for t in parse("2020年工作要点\n一、目标\n力争新增高新技术企业30本市企业。\n").targets}
    # 2016_nanming_news run into one paragraph: "20.05.2016 15:53本文来源: 新华"
    page = "南明区今年将新增四家国家级高新技术企业\n20.05.2016 15:53本文来源: 新华 日前,南明区明确今年科技工作目标。\n"
    assert "本" not in {t.unit for t in parse(page, 2016).targets}


# 2009_weifang_jihua: an annex table of areas copied one cell a line, bar first, each row's
# name on the line before its first bar; a header cell broken over two lines
WEIFANG = """附件:
2009年各县市区、市属各开发区高新技术产业
发展目标指导计划
县市区
(开发区)
| 08年高新技术产业产值(万元)
| 09年高新技术产业产值(万元)
| 高新技术产业
产值增幅
|
潍城
| 474696
| 579129.1
| 22%
|
峡山生态
发展区
| 3585
| 4373.7
| 22%
|
全市
| 15213562
| 18612094.7
| 22.34%
|
"""


def test_a_table_of_areas_gives_the_whole_areas_row_as_targets():
    got = found(WEIFANG, 2009)
    assert got[("高新技术产业产值", "增速")] == ("≥", 22.34, "%", None)
    (total,) = [v for (name, kind), v in got.items() if kind == "总量"]
    assert round(total[1] * (1e4 if total[2] == "亿元" else 1), 1) == 18612094.7
    # the earlier year's column is the base, listed as a result; the areas' rows are not targets
    assert "往年" in listed(WEIFANG, 2009)["15213562万元"]
    assert len(parse(WEIFANG, 2009).targets) == 2


def test_a_row_name_on_two_lines_before_its_bars_is_one_cell():
    from kjreport.plan.reader import PlanLine
    from kjreport.plan.tables import joined_cells

    lines = [PlanLine(i, t) for i, t in enumerate(WEIFANG.splitlines(), start=1)]
    rows = [line.text for line in joined_cells(lines) if "|" in line.text]
    assert rows[0] == "县市区(开发区) | 08年高新技术产业产值(万元) | 09年高新技术产业产值(万元) | 高新技术产业产值增幅"
    assert rows[2] == "峡山生态发展区 | 3585 | 4373.7 | 22%"


# 2011_zhangzhou_news (a December results page): the year's figures "预计…可达", then, as a
# page may end, a closing line that looks ahead
ZHANGZHOU = """台海网12月14日讯 日前,漳州市顺利通过2011年全国县(市)科技进步考核,被评为“全国科技进步先进市”,这是漳州市连续第三次获得该称号。
2010年漳州实现高新技术产业产值达460亿元、比增41%,约占全市工业总产值的32.8%。今年预计可完成高新技术产业产值达 610亿元,比增32.6%。新增高新技术企业认定公示22家,预计全市新增高新技术企业可达51家。另外,漳州市目前已发展1家国家级、18家省级和56家市级企业技术创新中心。
下一步,市科技局将继续做好科技服务工作,推动各项工作落到实处。
"""


def test_a_paragraph_of_results_stays_results_when_another_looks_ahead():
    r = parse(ZHANGZHOU, 2011)
    assert r.targets == []
    assert "610亿元" in listed(ZHANGZHOU, 2011)


def test_a_plan_paragraph_of_growth_over_last_year_is_not_a_results_paragraph():
    # 2011_anhui_yaodian: "较上年增长20%" three times and no other word is a plan's paragraph
    text = (
        "2011年全省科技工作要点\n一、目标\n全省高新技术企业、省级以上创新型(试点)企业数均较上年增长20%。"
        "专利授权量超过19000件,发明专利授权量较上年增长25%,其中合芜蚌试验区发明专利授权量较上年增长30%。(20分)\n"
        "二、措施\n下一步,要抓好各项工作。\n"
    )
    assert 19000.0 in {t.value for t in parse(text, 2011).targets}


def test_yi_before_the_verb_of_a_count_is_a_result():
    # 2017_xiamen_yaodian (2016 回顾, in a 2017 总结及要点), after a paragraph of last year's results
    text = (
        "厦门市科学技术局2016年科技创新工作总结及2017年工作要点\n"
        "2016年，全市新增高新技术企业85家，总数达到480家，同比增长21.5%。\n"
        "二是研究提出了一批创新事项。主要集中在增强自主创新能力、深化两岸融合创新等四个方面。"
        "其中，已试点实施16项，近期准备推出21项。\n"
    )
    assert "往年" in listed(text, 2017)["16项"] or "实绩" in listed(text, 2017)["16项"]
    assert 16.0 not in {t.value for t in parse(text, 2017).targets}


def test_a_closing_paragraph_of_results_does_not_make_a_list_of_targets_a_results_page():
    # 2024_huzhou_yaodian's key targets have no word that looks ahead; a closing paragraph of
    # last year's results (three signs: 过去、已建成、获…奖) reports alone, the list still plans
    text = (
        "2024年湖州市科学技术局工作要点\n一、重点指标\n"
        "1.R&D经费支出占GDP比重达3.5%左右;\n"
        "6.新认定国家高新技术企业家数300家、国家科技型中小企业家数2000家;\n"
        "8.科技创新强基项目投资额23.8亿元。\n"
        "过去一年，全市已建成省级重点实验室12家，累计培育科技型中小企业1200家，获省科技进步奖9项。\n"
    )
    values = {t.value for t in parse(text, 2024).targets}
    assert {3.5, 300.0, 23.8} <= values
    assert not values & {12.0, 1200.0, 9.0}
