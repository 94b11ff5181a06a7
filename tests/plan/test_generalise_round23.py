"""Reading rules the lead wrote in round 23 before the round's blind batches, from the rewrites of
benchmarks/plan_robustness.py (last year's results set right after a plan's title: ``past_lead``,
96.2 % → 97.0 % recall): one test per rule, each with sentences written for the test."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

LAST_YEAR = "2023年，全区科技工作取得新进展，新增国家高新技术企业36家，技术合同成交额12亿元。\n"


def test_the_goals_of_the_year_named_after_last_years_results_are_targets():
    # a news report opened by last year's results: "2024年目标任务" and "亮出2024年的新目标：" were read
    # as more of last year ("段首是往年"), all their goals lost
    label = "某开发区2024年目标任务\n" + LAST_YEAR + "2024年目标任务\n实现规上工业总产值增长15%以上；全社会R&D经费投入强度达到3.2%。\n"
    got = found(label, 2024)
    assert got[("规上工业总产值", "增速")] == ("≥", 15.0, "%", None)
    assert got[("全社会R&D经费投入占GDP比重", "总量")] == ("≥", 3.2, "%", None)
    news = "某区政府工作报告亮出新目标\n" + LAST_YEAR + "报告亮出2024年的新目标：地区生产总值增长7%左右，高新技术企业净增20家。\n"
    got = found(news, 2024)
    assert got[("地区生产总值", "增速")] == ("≈", 7.0, "%", None)
    assert got[("高新技术企业", "净增")] == ("≥", 20.0, "家", None)
    reasons = listed(news, 2024)
    assert "2023年" in reasons["36家"] and "2023年" in reasons["12亿元"]


def test_a_task_paragraph_after_last_years_results_is_read_as_the_plan():
    # "聚力厚植科技创新优势。加快建设……，新增市级创新平台5个以上" after a paragraph of 2023's results
    text = (
        "某区2024年科技工作要点\n" + LAST_YEAR
        + "聚力厚植科技创新优势。加快建设创新平台，新增市级创新平台5个以上，“四上”企业研发经费投入增长8%以上。\n"
    )
    got = found(text, 2024)
    assert got[("市级创新平台", "新增")] == ("≥", 5.0, "个", None)
    assert got[("“四上”企业研发经费投入", "增速")] == ("≥", 8.0, "%", None)


def test_a_slogan_over_the_years_figures_stays_a_result():
    # "强化企业主体地位。全年新增……8家": a heading over what the year did, still last year's
    text = (
        "某区2024年科技工作要点\n" + LAST_YEAR
        + "强化企业主体地位。全年新增省级企业技术中心8家，认定科技型中小企业120家。\n2024年，力争新增高新技术企业40家。\n"
    )
    assert found(text, 2024) == {("高新技术企业", "新增"): ("≥", 40.0, "家", None)}
    reasons = listed(text, 2024)
    assert "往年" in reasons["8家"] and "往年" in reasons["120家"]


def test_a_count_of_units_each_over_a_threshold():
    # "不少于8个工业园区产值突破100亿元" (南宁 2014, left last round): the count is the target, the
    # threshold names what is counted; a sum over a group ("81家示范企业新增投资100亿元") stays a sum
    text = (
        "某市2024年工业工作要点\n一、主要目标\n力争不少于6个工业园区产值突破200亿元，实现4家企业营业收入超过30亿元，"
        "52家示范企业新增投资80亿元。\n"
    )
    got = found(text, 2024)
    assert got[("产值突破200亿元的工业园区", "总量")] == ("≥", 6.0, "个", None)
    assert got[("营业收入超过30亿元的企业", "总量")] == ("≥", 4.0, "家", None)
    assert ("投资", "新增") in got and got[("投资", "新增")][1] == 80.0
    assert "主体" in listed(text, 2024)["52家"]


def test_units_of_land_fish_books_and_beds():
    # a county's plan beyond science: 公顷, 千公顷, 尾, 册, 张 and 千米 were no units
    text = (
        "某县2024年经济社会发展计划\n一、主要目标\n新增造林面积1.2万公顷，农作物播种面积稳定在180千公顷，"
        "投放鱼苗200万尾，新增养老床位600张，新建农村公路90千米，新增图书3万册。\n"
    )
    got = found(text, 2024)
    assert got[("造林面积", "新增")] == ("≥", 12000.0, "公顷", None)
    assert got[("农作物播种面积", "总量")] == ("≥", 180.0, "千公顷", None)
    assert got[("投放鱼苗", "总量")] == ("≥", 2000000.0, "尾", None)
    assert got[("养老床位", "新增")] == ("≥", 600.0, "张", None)
    assert got[("农村公路", "新增")] == ("≥", 90.0, "千米", None)
    assert got[("图书", "新增")] == ("≥", 30000.0, "册", None)


def test_a_meetings_turn_to_the_year_ahead_inside_one_paragraph():
    # one paragraph: last year's results, then "会议强调，2020年要……": the whole paragraph was judged
    # a results part, the year's three goals listed as results
    text = (
        "某市召开2021年科技工作会议\n会议指出，2020年全市科技工作成效明显，高新技术企业达到212家，技术合同成交额"
        "26亿元。会议强调，2021年要重点抓好四项工作：一是建设创新平台，新建省级以上平台6个；二是壮大创新主体，"
        "高新技术企业净增35家；三是促进成果转化，技术合同成交额增长12%。\n"
    )
    got = found(text, 2021)
    assert got[("省级以上平台", "新增")] == ("≥", 6.0, "个", None)
    assert got[("高新技术企业", "净增")] == ("≥", 35.0, "家", None)
    assert got[("技术合同成交额", "增速")] == ("≥", 12.0, "%", None)
    assert len(got) == 3
    reasons = listed(text, 2021)
    assert "2020年" in reasons["212家"]


def test_a_performance_table_pasted_with_spaces_keeps_its_headings_out_of_the_names():
    # "产出指标 数量指标 科技项目立项数 ≥50项": the table's two levels of headings ran into the name
    text = (
        "某县科技局2024年度部门整体支出绩效目标\n绩效指标：\n产出指标 数量指标 科技特派员服务乡镇数 ≥15个\n"
        "产出指标 质量指标 项目验收合格率 ≥90%\n效益指标 社会效益指标 科普受众人数 ≥1.5万人次\n"
        "满意度指标 服务对象满意度 ≥92%\n"
    )
    got = found(text, 2024)
    assert got[("科技特派员服务乡镇数", "总量")] == ("≥", 15.0, "个", None)
    assert got[("项目验收合格率", "总量")] == ("≥", 90.0, "%", None)
    assert got[("科普受众人数", "总量")] == ("≥", 1.5, "万人次", None)
    assert got[("服务对象满意度", "总量")] == ("≥", 92.0, "%", None)


def test_a_floor_and_a_stretch_after_the_name():
    # "技术合同成交额确保3亿元、力争3.5亿元": 确保 stayed in the name
    text = "某县2022年科技工作要点\n一、主要目标\n技术交易额确保4亿元、力争4.5亿元；专利授权量确保800件、力争900件。\n"
    got = {(t.indicator, t.kind): (t.comparison, t.value, t.unit, t.stretch) for t in parse(text, 2022).targets}
    assert got[("技术交易额", "总量")] == ("≥", 4.0, "亿元", 4.5)
    assert got[("专利授权量", "总量")] == ("≥", 800.0, "件", 900.0)


def test_rows_of_a_table_with_spaces_as_wide_as_each_other_are_not_one_wrapped_paragraph():
    # the rows of a 分解表 copied out of a PDF are equally wide: they were joined as a paragraph's
    # broken lines and the plan refused ("看起来不是工作意见")
    text = (
        "2024年科技创新主要指标任务分解表\n序号 指标名称 单位 2023年完成 2024年目标 责任单位\n"
        "1 高新技术企业数 家 156 180 高新科\n2 技术合同成交额 亿元 12.5 15 成果科\n"
        "3 科技型中小企业 家 320 400 高新科\n4 R&D经费投入强度 % 2.1 2.3 规划科\n"
    )
    got = found(text, 2024)
    assert got[("高新技术企业", "总量")] == ("≥", 180.0, "家", None)
    assert got[("技术合同成交额", "总量")] == ("≥", 15.0, "亿元", None)
    assert got[("科技型中小企业", "总量")] == ("≥", 400.0, "家", None)
    assert got[("全社会R&D经费投入占GDP比重", "总量")] == ("≥", 2.3, "%", None)
    assert "156家" in listed(text, 2024)


def test_a_progress_reports_year_targets_beside_the_results_so_far():
    # "1.高新技术企业：年度目标新增8家，上半年新增6家" (a 上半年工作总结 under "主要指标完成情况"):
    # the year's targets went with the half year's results
    text = (
        "某县科技局2024年上半年工作总结\n一、主要指标完成情况\n1.高新技术企业：年度目标新增10家，上半年已申报7家。\n"
        "2.技术合同成交额：年度目标2亿元，上半年完成1.1亿元，完成全年任务的55%。\n"
        "3.科技型中小企业：全年目标60家，1-6月已入库41家。\n二、下半年工作打算\n力争完成全年目标任务。\n"
    )
    got = found(text, 2024)
    assert got == {
        ("高新技术企业", "新增"): ("≥", 10.0, "家", None),
        ("技术合同成交额", "总量"): ("≥", 2.0, "亿元", None),
        ("科技型中小企业", "总量"): ("≥", 60.0, "家", None),
    }
    reasons = listed(text, 2024)
    assert {"7家", "1.1亿元", "41家"} <= set(reasons)
