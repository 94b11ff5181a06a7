"""Fits of final71 (blind batch of round 29: 湖南, 广东, 海南 and town pages), each failing on its first run (853fde37)."""

from __future__ import annotations

from kjreport.indicators.catalogue import load_catalogue
from tests.plan.test_generalise import found, listed, parse


def test_each_figure_of_last_years_base_is_no_target():
    # 桑墟 2020: "在去年实现X 69.6亿元、完成Y 2.34亿元的基础上，力争今年…X 100亿元、Y 2.8亿元" — the
    # base's first figure became a target named 「动员全镇工业企业在去年」 and Y's 2.34 hid its 2.8
    text = (
        "某镇2020年工作要点\n动员全镇工业企业在去年实现工业开票销售收入69.6亿元、完成工业增值税2.34亿元的基础上，"
        "力争今年全镇实现工业开票销售收入100亿元、完成工业增值税2.8亿元。\n"
    )
    assert found(text, 2020) == {
        ("工业开票销售收入", "总量"): ("≥", 100.0, "亿元", None),
        ("工业增值税", "总量"): ("≥", 2.8, "亿元", None),
    }
    assert set(listed(text, 2020)) == {"69.6亿元", "2.34亿元"}


def test_a_task_to_complete_before_more_stays_a_target():
    # (贵州 2023, corpus: "在完成177万亩高标准农田建设任务的基础上，努力建设更多高标准农田")
    text = "某省2023年工作要点\n在完成177万亩高标准农田建设任务的基础上，努力建设更多高标准农田。\n"
    assert ("高标准农田建设", "总量") in found(text, 2023)


def test_firms_counted_after_a_bound_are_named_by_what_they_do():
    # 小榄 2025: "力争推动超100家企业开展数字化改造" was named 「力争推动」
    got = found("某镇2025年工作要点\n2025年，小榄镇将力争推动超100家企业开展数字化改造。\n", 2025)
    assert got == {("开展数字化改造的企业", "总量"): ("≥", 100.0, "家", None)}
    got = found("某市科技局2025年工作要点\n引导50家企业建立研发机构，推动超过80家企业上云。\n", 2025)
    assert set(got) == {("建立研发机构的企业", "总量"), ("企业上云", "总量")}, got


def test_a_fact_told_as_what_was_before_is_no_target():
    # 小榄 2025: "此前在全省范围内，建制镇仅有狮山镇、长安镇两个“千亿镇”拥有超过1000家规上工业企业"
    text = (
        "某镇2025年工作要点\n此前在全省范围内，建制镇仅有狮山镇、长安镇两个“千亿镇”拥有超过1000家规上工业企业。"
        "2025年，力争新增规上工业企业50家。\n"
    )
    assert found(text, 2025) == {("规上工业企业", "新增"): ("≥", 50.0, "家", None)}


def test_a_level_of_zero_to_reach_is_a_lost_figure_and_listed():
    # 广东 2024 (repost): "全社会研发投入占地区生产总值比重达0%左右" — the 4 was lost in copying
    text = "广东省2029年目标\n力争经过5年左右，全社会研发投入占地区生产总值比重达0%左右，基础研究投入占全社会研发投入比重达10%。\n"
    got = found(text, 2029)
    assert set(got) == {("基础研究投入占全社会研发投入比重", "总量")}, got
    assert "丢了数字" in listed(text, 2029)["0%左右"]


def test_a_headline_target_the_body_lost_is_read_from_the_headline():
    # 广东 2024 (repost): the headline says "全社会研发投入占比力争达到4%", the body "…比重达0%左右"
    text = (
        "10月29日行业快讯:广东出台文件加快构建全过程创新链,全社会研发投入占比力争达到4%\n\n"
        "《意见》提出,力争经过5年左右,全社会研发投入占地区生产总值比重达0%左右,基础研究投入占全社会研发投入比重达10%。\n"
    )
    got = found(text, 2029)
    assert got.get(("全社会研发投入占比", "总量")) == ("≥", 4.0, "%", None), got
    # a headline figure the body states (or whose indicator the body reads) is not read twice
    text = (
        "某市科技工作会议召开，高新技术企业力争突破500家\n\n"
        "会议提出，今年全市高新技术企业突破500家，技术合同成交额达到30亿元。\n"
    )
    assert len([k for k in found(text, 2025) if k[0] == "高新技术企业"]) == 1


def test_a_reposts_credit_and_disclaimer_are_no_parts_and_its_share_is_the_built_in():
    # 广东 2024 (repost): "文章转载自:界面新闻网 非本站原创" and "免责声明:本文由用户上传…" were parts 一、二
    # of the plan; "全社会研发投入占比" was a reported indicator of its own
    text = (
        "广东出台文件加快构建全过程创新链\n《意见》提出，全社会研发投入占比力争达到4%。\n"
        "文章转载自:界面新闻网 非本站原创\n免责声明:本文由用户上传,如有侵权请联系删除!\n"
    )
    r = parse(text, 2029)
    assert [n.title for n in r.plan.walk()] == ["主要任务目标"]
    assert [t.indicator for t in r.targets] == ["全社会研发投入占比"]
    assert load_catalogue().find("全社会研发投入占比").name == "全社会R&D经费投入强度"


def test_names_found_playing_hainan_2026_as_its_office():
    # 海南 2026 (final71), read by `kjreport init` as its office would: 「计划将粮食播种面积」, 「产量」,
    # 「美乡村」 (和 taken for a conjunction) and 「环岛旅游公路沿线」 were the names in 目标任务
    text = (
        "海南省2026年农业农村工作\n2026年，海南计划将粮食播种面积稳定在407万亩，产量26.5亿斤；"
        "计划新建和美乡村250个。其中，环岛旅游公路沿线新建135个，环热旅游公路沿线新建35个。\n"
    )
    got = found(text, 2026)
    assert set(got) == {
        ("粮食播种面积", "总量"),
        ("粮食产量", "总量"),
        ("和美乡村", "新增"),
        ("环岛旅游公路沿线和美乡村", "新增"),
        ("环热旅游公路沿线和美乡村", "新增"),
    }, got
    # a place's share of each of two counts listed before it stays apart (郑洛新 2020, final42)
    got = found("某市2020年目标\n新增高新技术企业500家、国家科技型中小企业3000家，其中核心区260家、1300家。\n", 2020)
    assert ("核心区国家科技型中小企业", "新增") not in got or got[("核心区国家科技型中小企业", "新增")][1] == 1300, got


def test_the_fuller_name_of_a_figure_stated_twice_is_kept():
    # 海南 2026: the lead line "…环岛旅游公路、环热旅游公路沿线分别新建135个、35个" named 35 「环热旅游公路沿线」
    # before the body's "其中，…环热旅游公路沿线新建35个" after 和美乡村 said what is built
    text = (
        "海南省2026年农业农村工作\n2026年，海南计划新建250个和美乡村、整治提升2500个清洁乡村。\n"
        "今年海南计划新建250个和美乡村 环岛旅游公路、环热旅游公路沿线分别新建135个、35个\n"
        "2026年，海南计划新建250个和美乡村。其中，环岛旅游公路沿线新建135个，环热旅游公路沿线新建35个。\n"
    )
    got = found(text, 2026)
    assert ("环热旅游公路沿线和美乡村", "新增") in got and ("环热旅游公路沿线", "新增") not in got, got
