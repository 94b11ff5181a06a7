"""Reading rules from the blind batch final53 (round 21, towns and a 乡; issue 9 §3): one test per rule,
each with sentences written for the test in the shape of the corpus sentence that taught it (other
words, numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_next_years_goals_after_a_report_of_the_year(tmp_path):
    # 2011_nieqiao_mubiao: "2010年，……全面完成……任务。明年我镇的……主要预期目标是：……" was read as 2010's
    from kjreport.plan import import_plan

    path = tmp_path / "镇.txt"
    path.write_text(
        "2014年，某镇全面完成县下达的各项工作任务。明年我镇经济和社会发展的主要预期目标是：全镇生产总值增长9%，"
        "达到5.2亿元；财政收入力争达到800万元。\n围绕上述目标，重点做好以下几项工作：一、新增茶叶基地300亩。\n",
        encoding="utf-8",
    )
    r = import_plan(path, year=2015)
    assert {(t.indicator, t.value, t.unit) for t in r.targets} == {
        ("生产总值", 9.0, "%"),
        ("生产总值", 5.2, "亿元"),
        ("财政收入", 800.0, "万元"),
        ("茶叶基地", 300.0, "亩"),
    }


def test_a_rate_per_mille_poultry_and_livestock_under_a_trade():
    # 2011_nieqiao_mubiao: "人口自然增长率控制在13‰以内" (no unit, named 人口自然), "新增蛋鸡养殖10万羽"
    # (no unit), "在养殖业方面，……新增生猪养殖2000头" (a 在…方面 read as a list of places)
    text = (
        "2015年全镇工作要点\n一、主要目标\n人口自然增长率控制在11‰以内。在种养业方面，积极发展农户养鸭，"
        "努力使全镇新增肉鸭养殖8万羽，新增生猪养殖1500头。\n"
    )
    got = found(text, 2015)
    assert got == {
        ("人口自然增长率", "总量"): ("≤", 11.0, "‰", None),
        ("肉鸭养殖", "新增"): ("≥", 8.0, "万羽", None),
        ("生猪养殖", "新增"): ("≥", 1500.0, "头", None),
    }


def test_a_growth_written_bi_zeng():
    # 2021_hongshan_news: "财政总收入11亿元,比增7%" (福建: 比上年增长) gave a target named 比增
    text = "2022年全镇工作要点\n一、主要目标\n争取实现财政总收入6.5亿元，比增9%；规上工业总产值120亿元，比增15%。\n"
    got = found(text, 2022)
    assert got[("财政总收入", "增速")] == ("≥", 9.0, "%", None)
    assert got[("规上工业总产值", "增速")] == ("≥", 15.0, "%", None)


def test_a_group_of_indicators_growing_alike_and_projects_listed_by_stage():
    # 2023_anyi_news: "一般公共预算收入、工业开票销售、工业入库税收等主体指标增长幅度均超10%" (two read as
    # levels, one named 主体指标) and "新开工A2个、B3个、C3个，新竣工A1个、B2个、C2个" (a count taken
    # for the number of names listed, stages lost)
    text = (
        "2024年全镇工作要点\n一、主要目标\n确保一般公共预算收入、工业开票销售等主体指标增长幅度均超8%。"
        "全年新开工重大项目4个、重点项目5个，新竣工重大项目2个、重点项目3个。\n"
    )
    got = found(text, 2024)
    assert got == {
        ("一般公共预算收入", "增速"): ("≥", 8.0, "%", None),
        ("工业开票销售", "增速"): ("≥", 8.0, "%", None),
        ("新开工重大项目", "总量"): ("≥", 4.0, "个", None),
        ("新开工重点项目", "总量"): ("≥", 5.0, "个", None),
        ("新竣工重大项目", "总量"): ("≥", 2.0, "个", None),
        ("新竣工重点项目", "总量"): ("≥", 3.0, "个", None),
    }


def test_a_five_year_period_frames_the_clauses_after_it():
    # 2011_guangxi_nongye: "“十二五”期间,我区将……;……,力争将全区粮食播种面积稳定在4600万亩左右" read as 2011's
    text = (
        "2011年全区农业工作要点\n“十二五”期间，我区将把粮食生产作为头等大事来抓，严格保护耕地；加大良种推广力度，"
        "力争将全区粮食播种面积稳定在3800万亩左右。今年力争新增高产示范片50个。\n"
    )
    assert found(text, 2011) == {("高产示范片", "新增"): ("≥", 50.0, "个", None)}
    assert "3800万亩左右" in listed(text, 2011)


def test_training_sessions_counted_in_times_are_the_measures_workload():
    # 2024_xianning_jinzhan (a 进展 report): "组织开展2次科技型中小企业评价工作网络培训" (次, not 场)
    text = "2024年全市科技工作要点\n一、主要目标\n组织开展3次高新技术企业申报工作网络培训，新增高新技术企业20家。\n"
    assert found(text, 2024) == {("高新技术企业", "新增"): ("≥", 20.0, "家", None)}
    assert "3次" in listed(text, 2024)
