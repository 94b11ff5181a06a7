"""Reading rules from the blind batch final13 (issue 9 §3): one test per rule, each from a real
text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from kjreport.plan.text import normalize
from tests.plan.test_generalise import found, listed, parse

# 2024_huzhou_yaodian: the item number "2." runs into the amount that opens the item
HUZHOU = """2024年湖州市科学技术局工作要点
一、重点指标
1.R&D经费支出占GDP比重达3.5%左右;
2.3亿元以上新入库工业项目中高新产业占比达到90%;
3.高新产业增加值占规上工业比重66.5%;
"""


def test_an_item_number_running_into_an_amount_is_the_number_of_the_next_item():
    r = parse(HUZHOU)
    items = [n for n in r.plan.walk() if n.level == "条"]
    assert [n.label for n in items] == ["1.", "2.", "3."]
    assert items[1].title.startswith("3亿元以上新入库工业项目")
    assert all(t.value != 2.3 for t in r.targets)


def test_a_lone_decimal_at_the_start_of_a_line_is_not_an_item_number():
    # no item 1. before it: "2.3亿元" stays the amount it reads as
    r = parse("2024年工作要点\n一、主要目标\n2.3亿元科技经费全部拨付到位。\n")
    assert [n.label for n in r.plan.walk() if n.level == "条"] == []


def test_an_amount_bounding_the_items_a_share_is_taken_among_is_part_of_its_name():
    # 2024_huzhou_yaodian: "3亿元以上" is a threshold; 新入库 names the projects, not the kind
    got = found("2024年工作要点\n一、重点指标\n1.R&D经费支出占GDP比重达3.5%左右;\n"
                "2.3亿元以上新入库工业项目中高新产业占比达到90%;\n")
    assert got[("3亿元以上新入库工业项目中高新产业占比", "总量")] == ("≥", 90.0, "%", None)
    assert "门槛" in listed("2024年工作要点\n3亿元以上新入库工业项目中高新产业占比达到90%。\n")["3亿元以上"]


def test_a_share_of_new_items_stays_new_when_new_is_its_own_verb():
    # the share rule needs "X中…占比": "新增高新技术企业300家" keeps its kind
    got = found("2024年工作要点\n全年新增高新技术企业300家，新入库科技型中小企业500家。\n")
    assert {k for _, k in got} == {"新增"}


JINHUA = (
    "市2023年政府工作报告\n(三)聚焦科教人才强市,着力增强创新驱动发展战略支撑\n"
    "建好\"一廊六城\"强磁极。打好科技创新攻坚战,推动浙中科创走廊建设全面起势。"
    "加速构建\"510\"重大科创平台体系,争取浙中实验室纳入省布局,浙江大学金华研究院新引进项目团队"
    "10个以上,复旦大学义乌研究院科技成果转化项目5个以上,浙江光电子研究院合肥光源金华线站启动建设。\n"
)


def test_a_new_word_after_its_own_subject_is_not_carried_over_a_comma():
    # 2023_jinhua_baogao: 新引进 is 浙江大学金华研究院's; 复旦大学… has no 新 word: 总量
    kinds = {t.value: t.kind for t in parse(JINHUA).targets}
    assert kinds == {10.0: "新增", 5.0: "总量"}


def test_a_new_word_opening_its_clause_is_still_carried_over_a_comma():
    # "新增A 38家，其中国家级3-5家，B 240家": the shared verb stays shared
    got = parse("2024年工作要点\n全年新增高新技术企业38家，科技型中小企业240家。\n").targets
    assert {t.value: t.kind for t in got} == {38.0: "新增", 240.0: "新增"}


XIANNING = (
    "咸宁新闻网讯 记者从市科技局获悉,2015年我市累计实现高新技术产业总产值327.25亿元,同比增长29%,"
    "高新技术产业增加值85.96亿元,同比增长34.5%。\n"
    "去年,市科技部门加强政策宣传与工作引导。全年我市申报高新技术企业48家,全市通过认定新技术企业38家。\n"
    "市科技局介绍,2016年,我市力争申报高新技术企业35家,通过认定的企业达到25家。"
    "高新技术产业增加值达到90亿元,增幅保持20%以上。\n"
)


def test_a_sentence_opened_by_the_plan_year_with_a_target_word_plans_its_paragraph():
    # 2016_xianning_news: a results report; its last paragraph states 2016's targets, and the
    # sentence after "2016年，我市力争…" has no target word of its own
    got = found(XIANNING, 2016)
    assert got[("高新技术产业增加值", "总量")] == ("≥", 90.0, "亿元", None)
    assert got[("高新技术产业增加值", "增速")] == ("≥", 20.0, "%", None)
    assert {t.value for t in parse(XIANNING, 2016).targets} == {35.0, 25.0, 90.0, 20.0}


def test_a_results_paragraph_opened_by_the_year_without_a_target_word_stays_results():
    text = XIANNING.replace("我市力争申报", "我市争取到项目12个,申报")
    assert {t.value for t in parse(text, 2016).targets} <= {35.0, 25.0}


XINXIANG = (
    "新乡 市 创新型城市建设三年行动 工作方案\n(20 22 —202 4 年)\n二 、 发展目标\n"
    "到202 4 年 底 , 科技财政支出占公共财政支出比重突破 3 .1 % ,撬动全社会研发投入强度突破 3 % ,"
    "财政资金对全社会科技创新投入的引导作用不断加强。在孵企业超过 1000 家,每万人有效发明专利达6. 8 件 以上, "
    "培育国家科技型中小企业超过 1 000 家,国家高新技术企业突破800家。\n"
)


def test_a_pdf_copy_spacing_a_number_at_its_point_percent_or_thousands_is_joined():
    # 2024_xinxiang_fangan: "3 .1 %", "3 %", "6. 8 件", "1 000 家", "202 4 年"
    assert normalize("比重突破 3 .1 % ,撬动") == "比重突破3.1%，撬动"
    assert normalize("达6. 8 件 以上, 培育") == "达6.8件以上，培育"
    assert normalize("超过 1 000 家,") == "超过1000家，"
    assert normalize("到202 4 年 底") == "到2024年底"
    r = parse(XINXIANG, 2024)
    assert {(t.value, t.unit) for t in r.targets} == {
        (3.1, "%"), (3.0, "%"), (1000.0, "家"), (6.8, "件"), (800.0, "家")
    }
    assert [t.value for t in r.targets].count(1000.0) == 2
    note = next(n for n in r.notes if "空格" in n)
    assert "7处" in note  # 20 22, 202 4 twice, 3 .1 %, 3 %, 6. 8, 1 000


def test_a_point_opening_a_line_or_spaced_on_both_sides_is_not_joined():
    # "6. 8家企业…" opens with an item number; "1 . 5%" could be two numbers (final8 rule kept)
    assert normalize("6. 8家企业完成改制") == "6. 8家企业完成改制"
    assert normalize("增长1 . 5%") == "增长1 . 5%"
    assert normalize("分别培育2、3 000家") == "分别培育2、3 000家"


WENSHANG = """县科学技术局落实2025年《政府工作报告》重点工作二季度进展情况表

序号

具体任务与要求

进展情况

牵头单位

牵头领导

30

放大人才集聚力。实施科技人才引育计划,推进青年发展友好型城市建设,新增高层次人才30人、高技能人才1500人、青年人才2600人,让各类人才在汶上找到舞台、收获梦想。

组织5名高层次创业创新人才申报泰山人才工程,其中1名人选已通过省委组织部综合论证

县科技局

县人社局

\u3000

37

深化与北京大学、中国矿业大学等高校院所对接协作,新增省市级科研平台14家。

2025年上半年,全县新增市级以上创新平台6其中,国家级创
"""


def test_a_progress_table_copied_one_cell_a_line_without_bars_reads_its_task_column():
    # 2025_wenshang_jinzhan: the task column holds the year's targets, the progress column the
    # half year's results
    got = found(WENSHANG, 2025)
    assert got[("高层次人才", "新增")] == ("≥", 30.0, "人", None)
    assert got[("高技能人才", "新增")] == ("≥", 1500.0, "人", None)
    assert got[("青年人才", "新增")] == ("≥", 2600.0, "人", None)
    assert got[("省市级科研平台", "新增")] == ("≥", 14.0, "家", None)
    assert len(got) == 4  # 5名, 1名 and 6 are the progress column's results
    assert {"5名", "1名"} <= set(listed(WENSHANG, 2025))


def test_bare_lines_after_a_short_header_are_not_a_table_without_its_task_column():
    from kjreport.plan.reader import PlanLine
    from kjreport.plan.tables import bare_cells

    text = "序号\n\n单位\n\n人数\n\n1\n\n县科技局\n\n5\n"
    lines = [PlanLine(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    assert bare_cells(lines) == lines


def test_the_count_of_programmes_carried_out_is_not_a_target():
    # 2025_wenshang_jinzhan: "大力实施五个倍增计划" counts the programmes, like "实施六项行动"
    text = (
        "2025年工作要点\n坚持产业立县、制造强县战略不动摇,大力实施五个倍增计划,健全完善链长制工作机制,"
        "确保新增规上工业企业25家,制造业增加值占GDP比重突破33%。\n"
    )
    assert {t.value for t in parse(text, 2025).targets} == {25.0, 33.0}
    assert "措施" in listed(text, 2025)["5个"]
    # projects counted after the verb are still a target
    assert 10.0 in {t.value for t in parse("2025年工作要点\n全年实施10个科技计划项目。\n", 2025).targets}


def test_a_year_paragraph_reporting_targets_met_stays_results():
    # 2020_huaihua_news with a closing "下一步…将…" line (plan_robustness future_tail): "完成省定
    # 目标" and "目标完成率" report the year; they do not plan the paragraph
    text = (
        "怀化市科技创新工作喜获省政府真抓实干表扬激励\n发布时间: 2021-11-10\n"
        "2020年,我市各项主要科技创新指标顺利完成省定目标。其中,全社会研发经费投入总数较上年增长31.63%;"
        "新增高新技术企业超过80家,高新技术产业增加值占GDP比重达18%。\n"
        "下一步，市科技局将继续做好科技服务工作，推动各项工作落到实处。\n"
    )
    assert parse(text, 2020).targets == []
