"""Reading rules from the blind batch final11 (issue 9 §3): one test per rule, each from a real
text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from kjreport.plan import import_plan
from tests.plan.test_generalise import found, listed, parse, values

# 2015_guilin_fenjie: a 目标任务分解表 copied one cell a line, the bar first, a row's 序号 on the
# line before it and a "|" alone closing it; a group's first row carries the group's cell
FENJIE = """附件:桂林创新计划(2011-2015年)目标任务分解表
| 目标
| 任务内容
| 牵头部门
| 配合部门
| 前三年目标任务
| 五年目标任务
|
1
| 综合指标
| R&D经费支出占GDP比重(%)
| 市科技局
| 市统计局、市财政局
| 1.8%
| 2.2%
|
2
| 拥有发明专利(件)
| 市知识产权局
| 高新区、各县(区)
| 3000
| 4200
|
3
| 一、企业自主创新能力提升工程
| 开发工业新产品(个)
| 市工信委
| 市科技局、市发改委、高新区、各县(区)
| 220
| 320
|
4
| 引进、开发工业先进技术(项)
| 高新科
| 市科技局、高新区、市发改委、各县(区)
| 40
| 60
|
13
| 四、产业创新人才队伍建设工程
| 培养技能型人才(千人)
| 市人社局
| 市教育局、高新区、各县(区)
| 20
| 30
|
"""


def test_a_task_breakdown_table_copied_one_cell_a_line_is_read_row_by_row():
    got = found(FENJIE, 2015)
    assert got == {
        ("全社会R&D经费投入占GDP比重", "总量"): ("≥", 2.2, "%", None),
        ("拥有发明专利", "总量"): ("≥", 4200, "件", None),
        ("工业新产品", "总量"): ("≥", 320, "个", None),
        ("工业先进技术", "总量"): ("≥", 60, "项", None),
        # the unit in brackets after the name, in thousands, is kept as written
        ("培养技能型人才", "总量"): ("≥", 30, "千人", None),
    }


def test_the_columns_of_a_breakdown_count_years_from_the_start_of_the_plan_period():
    # "前三年目标任务" of a 2011-2015 plan is 2013's, "五年目标任务" 2015's: the plan's year is
    # the period's end, the earlier column is listed as another year's
    r = parse(FENJIE)
    assert r.year == 2015 and r.target_year == 2015
    assert {u.quantity for u in r.other_years} == {"1.8%", "3000件", "220个", "40项", "20千人"}
    assert all(u.reason.startswith("2013年") for u in r.other_years)
    # read for the workbook's 2013, the first column is the target
    assert {t.value for t in parse(FENJIE, 2013).targets} == {1.8, 3000, 220, 40, 20}


def test_a_breakdown_target_shows_its_row_and_takes_its_lead_office_when_it_is_one(tmp_path):
    path = tmp_path / "分解表.txt"
    path.write_text(FENJIE, "utf-8")
    targets = {t.indicator: t for t in import_plan(path, year=2015).targets}
    # 原文 is the row as the table has it, not the sentence made of it
    assert targets["拥有发明专利"].sentence == (
        "任务分解表：2｜拥有发明专利(件)｜市知识产权局｜高新区、各县(区)｜3000｜4200"
    )
    assert targets["全社会R&D经费投入占GDP比重"].sentence.startswith("任务分解表：1｜综合指标｜")
    # a 科室 as 牵头部门 is the 责任科室; a bureau (市知识产权局) is not, and stays in 原文 only
    assert targets["工业先进技术"].department == "高新科"
    assert targets["拥有发明专利"].department == ""


def test_a_table_with_no_period_keeps_its_columns_as_they_were():
    # a 主要指标 table with a year in its own column header is untouched by the period rule
    text = "主要指标\n指标名称 | 单位 | 2024年目标\n高新技术企业 | 家 | 120\n"
    assert found(text, 2024) == {("高新技术企业", "总量"): ("≥", 120, "家", None)}


def test_a_level_other_than_the_city_is_never_the_city_indicator():
    # 2015_guilin_fenjie: "自治区级工程技术研究中心(家) … 19" was read as 市级工程技术研究中心
    got = found(
        "2015年，力争自治区级工程技术研究中心达到19家，国家级工程技术研究中心达到3家，"
        "县级工程技术研究中心达到5家，新建工程技术研究中心5家。",
        2015,
    )
    assert got == {
        ("自治区级工程技术研究中心", "总量"): ("≥", 19, "家", None),
        ("国家级工程技术研究中心", "总量"): ("≥", 3, "家", None),
        ("县级工程技术研究中心", "总量"): ("≥", 5, "家", None),
        ("市级工程技术研究中心", "新增"): ("≥", 5, "家", None),
    }
    assert found("2015年，力争自治区级创新型试点企业达到10家。", 2015) == {
        ("自治区级创新型试点企业", "总量"): ("≥", 10, "家", None)
    }


def test_verbs_in_a_row_before_their_object_are_not_its_name():
    # 2015_guilin_fenjie: "引进、培育和推广应用农业优良品种(个)" was named "和推广应用农业优良品种"
    assert found("2015年，力争引进、培育和推广应用农业优良品种达到50个。", 2015) == {
        ("农业优良品种", "总量"): ("≥", 50, "个", None)
    }
    assert listed("2015年，力争引进、培育和推广应用农业优良品种达到50个。", 2015) == {}


def test_a_tier_is_no_place_in_a_ranking():
    # 2025_yingtan_yijian: "综合科技创新水平稳居全省第一方阵" was read as 排名 ≤ 1位; a 方阵 (梯队)
    # is a group of places, a goal without a number (the label records none)
    text = "2025年科技工作总体目标是：综合科技创新水平稳居全省第一方阵，技术合同成交额突破92亿元。"
    assert found(text, 2025) == {("技术合同成交额", "总量"): ("≥", 92, "亿元", None)}
    assert found("2025年，区域创新能力进入全省第一梯队。", 2025) == {}
    # a place still is one: "稳居全省第一" is 排名 ≤ 1
    assert found("2025年，综合科技创新水平稳居全省第一。", 2025) == {
        ("综合科技创新水平排名", "总量"): ("≤", 1, "位", None)
    }


def test_targets_run_together_without_marks_or_units_are_each_read():
    # 2025_yingtan_yijian (the page's text lost its punctuation): each count of organisations is
    # read without a unit — the text names none (the label records none)
    text = (
        "2025年科技工作总体目标是:综合科技创新水平稳居全省第一方阵科技型中小企业入库520"
        "有效期内国家高新技术企业突破300,获评高成长性科技型企业数达20家,"
        "科技领军及入库企业3实现科技成果转化25项以上,全市技术合同成交额突破92亿元"
    )
    assert found(text, 2025) == {
        ("科技型中小企业入库", "总量"): ("≥", 520, "", None),
        ("有效期内国家高新技术企业", "总量"): ("≥", 300, "", None),
        ("获评高成长性科技型企业数", "总量"): ("≥", 20, "家", None),
        ("科技领军及入库企业", "总量"): ("≥", 3, "", None),
        ("科技成果转化", "总量"): ("≥", 25, "项", None),
        ("技术合同成交额", "总量"): ("≥", 92, "亿元", None),
    }
    # the clerk is told which counts came without a unit
    notes = [n for n in parse(text, 2025).notes if "原文没有单位" in n]
    assert len(notes) == 3 and "「科技型中小企业入库」" in notes[0]


def test_a_number_run_into_the_words_after_it_is_split_only_after_a_count_name():
    # a range, a unit, a year or a project's number stays whole
    assert found("2025年，力争国家技术创新中心3至5家。", 2025) == {
        ("国家技术创新中心", "总量"): ("区间", 3, "家", 5)
    }
    assert values("2025年，培育企业技术中心5G应用示范项目10个。", 2025) == {10}
    # a bare number after a name that counts nothing is still not a target
    assert found("2025年，推进315工程建设。", 2025) == {}


def test_a_breadcrumb_broken_over_lines_and_spaced_out_labels_are_no_title():
    # 2025_yingtan_yijian: the page opens "首页" / "> 市政府部门信息公开 > …" / "索  引  号: …"
    text = (
        "首页\n> 市政府部门信息公开 > 市科学技术局 > 决策公开 > 规划计划 > 工作计划\n"
        "索  引  号: YT0006/2025-02662\n发文机关: 市科技局\n\n2025年鹰潭市科技工作意见\n\n"
        "二、工作目标\n2025年全市技术合同成交额突破92亿元。\n"
    )
    r = parse(text, 2025)
    assert r.title == "2025年鹰潭市科技工作意见"
    ignored = [n.text for n in r.ignored]
    assert "首页" in ignored and any(t.startswith("索") and "YT0006" in t for t in ignored)


def test_a_currency_after_an_amount_is_its_unit_never_a_name():
    # 2018_shanxi_news: "技术合同额突破216亿元人民币" was named 人民币
    got = found(
        "今年我省科技创新工作将以“十个重点”为重点,力争建成1260家高新技术企业,"
        "技术合同额突破216亿元人民币,技术交易额达到5亿人民币。",
        2018,
    )
    assert got == {
        ("高新技术企业", "总量"): ("≥", 1260, "家", None),
        ("技术合同额", "总量"): ("≥", 216, "亿元", None),
        ("技术交易额", "总量"): ("≥", 5, "亿元", None),
    }


def test_each_of_a_list_of_names_before_ge_takes_the_count():
    # 2026_shanxi_news: "计划新建省重点实验室、省技术创新中心、省工程研究中心各20家" kept only the first
    got = found(
        "2026年，山西设定了明确的行动清单。在平台建设上，计划新建省重点实验室、省技术创新中心、"
        "省工程研究中心各20家，新建70个博士创新站。",
        2026,
    )
    assert got == {
        ("省重点实验室", "新增"): ("≥", 20, "家", None),
        ("省技术创新中心", "新增"): ("≥", 20, "家", None),
        ("省工程研究中心", "新增"): ("≥", 20, "家", None),
        ("博士创新站", "新增"): ("≥", 70, "个", None),
    }
    # levels listed before one noun share it
    assert found("今年培育省级、市级科技企业孵化器各2家。", 2026) == {
        ("省级科技企业孵化器", "总量"): ("≥", 2, "家", None),
        ("市级科技企业孵化器", "总量"): ("≥", 2, "家", None),
    }
    # 各 before a kind is no share: one target
    assert found("今年各类科技企业孵化器达到20家。", 2026) == {
        ("各类科技企业孵化器", "总量"): ("≥", 20, "家", None)
    }


def test_a_year_end_estimate_in_a_report_of_results_is_no_target():
    # 2017_anqing_news (published 2017-11-08): "预计到2017年底，该市高新技术企业总数将达到190家" —
    # the estimate's own date ("预计到2017年底") no longer leaves its 将 behind as a plan word
    text = (
        "安庆新增19家高新技术企业 总数达169家\n2017-11-08\n"
        "11月8日从安庆市科技局获悉，2017年第一批高新技术企业认定名单公布，该市有46家企业在列，"
        "其中新认定企业19家，重新认定企业27家。至此，安庆市高新技术企业总数达到169家。\n"
        "截至2016年，该市共有176家高新技术企业，总数位居全省第7位。2017年第二批高新技术企业认定工作"
        "正在进行中，安庆市通过专家评审的企业达到24家；预计到2017年底，该市高新技术企业总数将达到190家。\n"
    )
    assert found(text, 2017) == {}
    assert "190家" in listed(text, 2017)
    # in a plan, "将达到" after a date of its own is still a target
    assert found("2017年工作要点\n到2017年底，全市高新技术企业总数将达到190家。", 2017) == {
        ("高新技术企业", "总量"): ("≥", 190, "家", None)
    }


def test_rows_with_a_leading_bar_each_on_their_own_line_stay_rows():
    # a table copied one row a line, each row opening with its bar, is not one cell a line
    text = "主要指标\n| 指标名称 | 单位 | 2024年目标\n| 高新技术企业 | 家 | 120\n| 技术合同成交额 | 亿元 | 30\n"
    assert found(text, 2024) == {
        ("高新技术企业", "总量"): ("≥", 120, "家", None),
        ("技术合同成交额", "总量"): ("≥", 30, "亿元", None),
    }


def test_a_breakdown_without_its_caption_dates_its_columns_by_the_workbook_year():
    # the 2015_guilin_fenjie table pasted without the line naming the period (2011-2015年):
    # the longest column is the workbook's year, 前三年 two years before it
    body = FENJIE.split("\n", 1)[1]
    got = found(body, 2015)
    assert got[("拥有发明专利", "总量")] == ("≥", 4200, "件", None)
    assert {u.quantity for u in parse(body, 2015).other_years} >= {"3000件", "1.8%"}
    assert all(u.reason.startswith("2013年") for u in parse(body, 2015).other_years)


def test_a_breakdown_in_full_width_digits_is_read_the_same():
    wide = FENJIE.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))
    assert found(wide, 2015) == found(FENJIE, 2015)


def test_a_bare_count_at_a_line_end_may_be_a_broken_number_and_is_only_listed():
    # 2023_nanchang_news broken every 38 characters: "高新技术企业数量突破20" / "00家，…"
    text = (
        "全市科技工作会议召开\n2023年，全市科技型中小企业入库3000家以上，高新技术企业数量突破20\n"
        "00家，独角兽、瞪羚企业突破170家。"
    )
    got = found(text, 2023)
    assert ("高新技术企业", "总量") not in got
    assert "20" in listed(text, 2023)
