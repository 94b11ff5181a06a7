"""Review flags fitted on final15–final17 (review9): the wrong rows the first-run parsers read from
those batches are flagged, each with a reason a clerk understands, and the right rows like them are
not. The sentences are the batches' own (benchmarks/plan_review.py -v lists every row).
"""

from __future__ import annotations

import openpyxl

from kjreport.model import Target
from kjreport.plan.review import review_flags
from tests.helpers import cli


def flags(*targets: Target, **kwargs) -> list[str]:
    return review_flags(list(targets), **kwargs)


# --- the number -----------------------------------------------------------------------------------


def test_the_start_of_a_change_is_no_target():
    # 2017_qujing_jihua (繁體): "由上年的7.95亿元增加至12.51亿元" — 7.95 is last year's figure
    said = "R&D经费支出要由上年的7.95亿元增加至12.51亿元，全年组织科技项目储备100项以上。"
    start = Target("全社会R&D经费投入", 7.95, "亿元", sentence=said)
    goal = Target("全社会R&D经费投入", 12.51, "亿元", sentence=said)
    assert flags(start, goal, year=2017, signals=("start_value",)) == [
        "数字后面是“增加至”“提高到”等，它是起点（上年数），目标应是后面的数",
        "",
    ]


def test_a_stretch_value_from_another_target_s_clause_is_flagged():
    # 2010_chenzhou_yaodian: the 10 is the next target's (省级重点科技计划项目)
    wrong = Target(
        "国家级科技计划项目", 5, "个", stretch=10,
        sentence="争取5个国家级科技计划项目，争取10个省级重点科技计划项目，争取国家、省级科技经费支持1300万元",
    )
    # 2024_jilin_news and 2023_dongguan_news: the stretch clause names nothing else
    jilin = Target("省内转化科技成果", 3000, "项", stretch=3600, sentence="省内转化科技成果3000项，力争达到3600项，技术合同成交额达到200亿元")
    dongguan = Target("高新技术企业", 9500, "家", stretch=10000, sentence="国家级高新技术企业数达9500家，力争尽快达10000家等等。")
    assert flags(wrong, jilin, dongguan, signals=("stretch_else",)) == [
        "争取值10出自另一句“争取10个省级重点科技计划项…”，可能是另一项目标",
        "",
        "",
    ]


def test_a_count_written_with_yu_reads_as_done():
    # 2019_shiyan_news: "走访调研科技型企业200余家" is work done; a target says 以上
    done = Target("走访调研科技型企业", 200, "家", sentence="成立专班深入各县（市、区）走访调研科技型企业200余家，健全高新技术企业后备库")
    goal = Target("科技型企业", 200, "家", sentence="走访服务科技型企业200家以上")
    assert flags(done, goal, signals=("roughly",)) == ["原文写作“200余家”，像是已完成的数而不是目标", ""]


# --- the name -----------------------------------------------------------------------------------

ENSHI = "州科技局采取“11112”方式（即1名局领导带1名中层干部、1名工作人员、1名中介机构人员对口服务指导2个县市），集中一段时间"


def test_staff_put_to_a_task_and_an_explanation_in_brackets_are_no_targets():
    # 2019_enshi_fangan: a work method, not a plan — every "1名" is staffing
    rows = [Target(n, v, u, sentence=ENSHI) for n, v, u in (("中层干部", 1, "名"), ("工作人员", 1, "名"), ("中介机构人员对口服务指导", 2, "个"))]
    got = flags(*rows, year=2019)
    assert all(f.startswith("名称“") and "是工作人员，数字可能是人员安排，不是目标" in f for f in got)
    assert all("数字在“（即……）”的解释里，是做法的说明，不是目标" in f for f in got)
    # people who are the target are no staff: 科技特派员, 高层次人才 (2024_tongren_yaodian)
    said = "引进高层次人才3人，选派省市级科技特派员200人以上。"
    people = [Target("高层次人才", 3, "人", sentence=said), Target("科技特派员", 200, "人", sentence=said)]
    assert flags(*people, year=2024) == ["", ""]


def test_a_time_word_in_the_name_is_flagged():
    # 2016_naiman_news: "奈曼旗今年将完成新型农牧民培训5000人次" — the subject became the name
    t = Target("奈曼旗今年", 5000, "人次", sentence="奈曼旗今年将完成新型农牧民培训5000人次，引进各类优秀科技人才50名")
    assert flags(t, signals=("time_name",)) == ["名称中有“今年”，可能不是指标名"]
    # "全年" in a 绩效 table's label is no subject (2022_taoyuan_jixiao)
    table = Target("产学研合作项目数量全年开展产学研合作项目数量", 10, "项", sentence="产学研合作项目数量全年开展产学研合作项目数量≥10项")
    assert flags(table, signals=("time_name",)) == [""]


def test_a_name_starting_with_a_xin_verb_read_as_a_total_is_flagged():
    # 2016_naiman_news: "新形成产学研合作项目10项" is 新增
    said = "组织企业申报专利3—5项，新形成产学研合作项目10项，争取自治区科技计划项目1—2项"
    total = Target("新形成产学研合作项目", 10, "项", sentence=said)
    new = Target("新形成产学研合作项目", 10, "项", kind="新增", sentence=said)
    # 新开工 projects counted in a year are that year's count (2022_taian_gaoxinqu_news)
    started = Target("新开工", 30, "个", sentence="力争年内新开工、新竣工工业项目均达到30个。")
    assert flags(total, new, started, signals=("new_total",)) == ["名称以“新形成”开头，可能是新增数而不是总量", "", ""]


def test_the_same_value_read_twice_with_a_longer_name_is_flagged():
    # 2017_zhangjiakou_jingkaiqu: the title and the body state the same 97 projects
    title = Target("重点项目", 97, "个", sentence="张家口经开区今年谋划实施97个重点项目")
    body = Target("谋划实施重点项目", 97, "个", sentence="今年该区将谋划实施重点项目97个，总投资1334.2亿元")
    other = Target("重点项目", 39, "个", sentence="其中10亿元以上项目39个")
    assert flags(title, body, other, signals=("duplicate",)) == ["", "与“重点项目”同为97个，可能重复", ""]


# --- the text around it ---------------------------------------------------------------------------

JILIN = [
    "中新网长春3月6日电2024年吉林省科技工作会议6日在长春召开。",
    "吉林省科技厅厅长李岩介绍，2023年吉林省创新能力排名全国第18位，创“十三五”以来最好成绩。"
    "在产业关键核心技术攻关方面，启动“吉林西部生态脆弱区功能提升与绿色发展”等7个重大科技专项，多项科技攻关达到国际领先水平。"
    "在科技成果落地转化方面，全年推动1800项科技成果在省内落地转化。",
    "李岩表示，在科技成果转化方面，今年将建设吉林大学科技成果转化中心，省内转化科技成果3000项，力争达到3600项。",
]


def test_a_sentence_in_a_paragraph_about_an_earlier_year_is_flagged():
    # 2024_jilin_news: last year's results, then this year's targets
    past = [
        Target("重大科技专项", 7, "个", sentence="在产业关键核心技术攻关方面，启动“吉林西部生态脆弱区功能提升与绿色发展”等7个重大科技专项，多项科技攻关达到国际领先水平。"),
        Target("科技成果在省内落地转化", 1800, "项", sentence="在科技成果落地转化方面，全年推动1800项科技成果在省内落地转化。"),
    ]
    goal = Target("省内转化科技成果", 3000, "项", stretch=3600, sentence="李岩表示，在科技成果转化方面，今年将建设吉林大学科技成果转化中心，省内转化科技成果3000项，力争达到3600项。")
    got = flags(*past, goal, year=2024, lines=JILIN, signals=("past_para",))
    assert got == ["所在段落讲的是2023年的情况，可能是实绩"] * 2 + [""]
    # without the text (a caller that passes no lines) nothing is said
    assert flags(*past, year=2024, signals=("past_para",)) == ["", ""]


def test_a_year_compared_with_is_no_paragraph_about_that_year():
    # 2019_hunan_plan: "比2016年翻一番；建设10个…" is a target
    line = "主要包括：每万人口发明专利拥有量达到30件；高新技术企业数量和科技型中小微企业数量比2016年翻一番；建设10个省级以上科技服务业集聚区等。"
    t = Target("省级以上科技服务业集聚区", 10, "个", sentence="建设10个省级以上科技服务业集聚区等。")
    assert flags(t, year=2019, lines=[line], signals=("past_para",)) == [""]


SHIYAN = [
    "全省第二!十堰一季度高新技术产业增加值99.81亿",
    "秦楚网讯(十堰日报) 通讯员 张超 报道:近日,省科技厅公布全省各市州2019年一季度高新技术产业增加值统计情况。",
    "积极搭建平台，强化培育工作。支持行业龙头企业新增省级工程技术研究中心5家，深入推进各类双创平台建设。"
    "认真部署全市高新技术企业申报和培育工作，健全高新技术企业后备库，力争2019年新增高新技术企业30家。",
]


def test_a_text_headlined_as_a_quarter_s_progress_flags_sentences_without_a_forward_word():
    done = Target("省级工程技术研究中心", 5, "家", kind="新增", sentence="支持行业龙头企业新增省级工程技术研究中心5家，深入推进各类双创平台建设。")
    goal = Target("高新技术企业", 30, "家", kind="新增", sentence="认真部署全市高新技术企业申报和培育工作，健全高新技术企业后备库，力争2019年新增高新技术企业30家。")
    # "规模以上" is a class, no forward word
    scope = Target("纳入统计范围的企业", 585, "家", sentence="摸底掌握全市规模以上高新技术企业相关情况，对纳入统计范围的585家企业进行跟踪了解。")
    got = flags(done, goal, scope, year=2019, lines=SHIYAN, signals=("report_doc",))
    reason = "标题写的是“一季度”的进展，全文像是工作报道，这句没有目标用语"
    assert got == [reason, "", reason]
    # "今年以来" opening a long first paragraph (2021_shenmu_news) is no headline
    shenmu = ["神木市以科技创新推动经济高质量发展", "今年以来，神木市深入实施创新驱动发展战略，通过集聚创新资源、培育创新主体、激发创新活力，全力推进科技创新体系建设和科研成果转化，为推动神木经济高质量发展提供有力支撑。"]
    plan = Target("高新技术企业", 5, "家", kind="新增", sentence="全年新增高新技术企业5家、科技型企业40家")
    assert flags(plan, year=2021, lines=shenmu, signals=("report_doc",)) == [""]


def test_a_bureau_s_work_told_in_the_third_person_is_flagged():
    # 2013_shaoyang_news: a year-end news report
    t = Target("企业成功申报认定为高新技术企业", 6, "家", sentence="今年，该局组织辖区内的科瑞生物、佳鑫电器、仁海科技、威亚牧业等6家企业成功申报认定为高新技术企业。")
    plan = Target("高新技术企业", 30, "家", sentence="该市将力争新增高新技术企业30家。")
    assert flags(t, plan, year=2013, signals=("reported",)) == ["原文以“该局”叙述，没有目标用语，像是报道已做的工作", ""]


# --- the kind and the result word -----------------------------------------------------------------


def test_a_kind_word_of_the_clause_before_is_not_the_kind_of_a_clause_with_its_own_verb():
    # 2021_suining_yaodian: 入库备案 is a stock, the 新认定 belongs to the clause before
    said = "新认定国家高新技术企业30家以上，入库备案国家科技型中小企业400家以上，高新技术产业营业收入达到600亿元"
    wrong = Target("入库备案国家科技型中小企业", 400, "家", kind="新增", sentence=said)
    right = Target("高新技术企业", 30, "家", kind="新增", sentence=said)
    # a shared verb over a noun clause still counts (2018_handan_news)
    shared = Target("市级创新平台", 10, "家", kind="新增", sentence="新增省级以上创新平台15家、院士工作站3家，市级创新平台10家")
    reason = "原文没有表示“新增”的词，目标类型是推测的"
    assert flags(wrong, right, shared, signals=("kind",)) == [reason, "", ""]


def test_chuangxin_fazhan_in_a_name_is_no_xin_fazhan():
    # 2024_tongren_yaodian: "培育科技研发创新发展工程重点人才2人" — 培育, not 新增
    said = "培育科技研发创新发展工程重点人才2人、社会事业人才（其它类）100人，引进高层次人才3人"
    rows = [Target("科技研发创新发展工程重点人才", 2, "人", kind="新增", sentence=said), Target("社会事业人才（其它类）", 100, "人", kind="新增", sentence=said)]
    assert flags(*rows, signals=("kind",)) == ["原文没有表示“新增”的词，目标类型是推测的"] * 2


def test_a_growth_word_inside_a_contribution_share_is_no_growth():
    # 2015_hengnan_guihua: "科技进步对经济增长贡献率达60%" is a share, not a growth
    t = Target("科技进步贡献率", 60, "%", kind="增速", sentence="全社会科研投入占GDP比重达2%，科技进步对经济增长贡献率达60%")
    assert flags(t, signals=("kind",)) == ["原文没有表示“增速”的词，目标类型是推测的"]
    # 同比增加30% is a growth, 增幅6.47个百分点 a rise (2010_chenzhou_yaodian, 2023_tongren_yaodian)
    growth = Target("高新技术产值", 30, "%", kind="增速", sentence="新增高新技术企业10家，全市高新技术产值同比增加30%。")
    rise = Target("“三上”企业中有研发活动企业占比", 6.47, "个百分点", kind="提高", sentence="“三上”企业中有研发活动企业占比20%、增幅6.47个百分点")
    assert flags(growth, rise, signals=("kind",)) == ["", ""]


def test_chenggong_is_a_result_word_but_lizheng_xin_huopi_is_a_target():
    done = Target("高新技术企业", 6, "家", sentence="组织6家企业成功申报高新技术企业。")
    # 2026_longyan_news
    goal = Target("高新技术企业", 100, "家", kind="新增", sentence="促进中小企业专精特新发展，力争新获批国家高新技术企业100家、省级专精特新中小企业40家。")
    # a 绩效 table's label "申报成功数" (2022_taoyuan_jixiao)
    table = Target("高新技术企业", 6, "家", kind="新增", sentence="产出指标数量指标高新技术企业新增数量高新技术企业新增申报成功数≥6家")
    assert flags(done, goal, table, signals=("result",)) == ["原文有“成功”，可能是实绩而不是目标", "", ""]


# --- what the clerk sees --------------------------------------------------------------------------


def test_plan_show_and_init_leave_out_or_flag_the_progress_report_sentence(tmp_path):
    # Since planfix18 the parser itself reads the headline as a results report and leaves the 5家
    # out (listed, with the reason); the review flag is the second line of defence for texts it
    # still reads (test above). Either way the clerk never gets the row silently as a target.
    plan = tmp_path / "十堰.txt"
    plan.write_text("\n".join(SHIYAN) + "\n", encoding="utf-8")
    out = cli("plan", "show", "--year", "2019", str(plan)).output
    flagged = "省级工程技术研究中心 ≥5家（第3行，标题写的是“一季度”的进展，全文像是工作报道，这句没有目标用语）" in out
    left_out = "「5家」全文多是实绩的报道" in out
    assert flagged or left_out, out
    book = tmp_path / "2019.xlsx"
    result = cli("init", "--year", "2019", "--plan", str(plan), str(book))
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(book)["目标任务"]
    header = [c.value for c in ws[1]]
    col = header.index("核对提示") if "核对提示" in header else None
    notes = {r[0]: (r[col] if col is not None else None) for r in ws.iter_rows(min_row=2, values_only=True) if r[0]}
    if "省级工程技术研究中心" in notes:
        assert notes["省级工程技术研究中心"] == "标题写的是“一季度”的进展，全文像是工作报道，这句没有目标用语"
    assert not notes["高新技术企业"]
