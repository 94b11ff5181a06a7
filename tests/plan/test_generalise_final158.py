"""Fits for the blind batches of round 59 (final158 华东一, final159 华东二华中一, final160 华中二华南,
final161 西南, final162 西北, final163 华北东北), first run after round 58's fits: each failed on its
first run (da63549)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def test_a_statistics_bulletins_breakdown_by_region_reports_a_year():
    # 海南 2018 (final160): "全年全省对外贸易进出口总值848.96亿元,比上年增长20.8%。……分地区看,对香港出口……"
    assert not found((CORPUS / "2018_hainan_gongbao.txt").read_text(encoding="utf-8"), 2018)


def test_a_horizon_inside_a_sentence_opened_by_this_year_holds_for_its_clause():
    # 兰州 2018 (final162)
    text = (
        "兰州市2018年\n报告说,今年,我市将适当扩大特色产业种植规模;力争到2020年每个涉农县区建成2-3个田园综合体;"
        "建成4个旅游示范镇、10个旅游示范村和400个星级农家乐;全市累计建成县级电子商务公共服务中心6个。\n"
    )
    got = found(text, 2018)
    assert got[("旅游示范镇", "总量")][1] == 4.0
    assert got[("星级农家乐", "总量")][1] == 400.0
    assert "2020年" in listed(text, 2018)["2-3个"]


def test_many_programmes_carried_out_are_counted():
    # 河南 2018 (final159): "实施30项以上县市创新引导计划"
    text = "河南省科技工作会议\n今年河南将选派1000名省级科技特派员,实施30项以上县市创新引导计划。\n"
    assert found(text, 2018)[("县市创新引导计划", "总量")][:2] == ("≥", 30.0)


def test_an_ellipsis_ends_a_name_and_the_body_says_how_near_a_headlines_figure_is():
    # 河南 2018 (final159): a headline "河南重点建设10个科技示范村", the body "……10个左右科技示范村……河南省科技厅厅长……"
    got = found((CORPUS / "2018_henan_huiyi.txt").read_text(encoding="utf-8"), 2018)
    assert got[("科技示范村", "总量")][:2] == ("≈", 10.0)


def test_the_word_for_the_main_items_is_no_intent_in_the_results_part_model():
    from kjreport.plan.resultparts import STRONG_FORWARD, WILL

    assert not WILL.search("主要出口商品中，机电产品出口值35.34亿元")
    assert not STRONG_FORWARD.search("科技项目的争取创历史新高。通过多方争取和努力")


def test_those_present_after_those_due_are_a_quorum():
    # 四川 2026 (final161): "大会应到代表877名,出席839名,符合法定人数。"
    got = listed("四川省2026年\n大会应到代表877名,出席839名,符合法定人数。\n", 2026)
    assert "应到、实到人数" in got["839名"]


def test_what_the_figures_are_made_names_nothing():
    # 满城 2013 (final163): "今年,该县将生产总值突破90亿元、财政收入突破6.5亿作为既定工作目标。"
    got = found("满城县2013年\n今年,该县将生产总值突破90亿元、财政收入突破6.5亿作为既定工作目标。\n", 2013)
    assert got[("财政收入", "总量")][1] == 6.5
