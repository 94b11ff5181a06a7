"""Reading rules of round 7 (issue 9 §3): plans the parser refused although they are plans. One
test per rule, each from a real text of the corpus (tests/plan/corpus, file named in the test)."""

from __future__ import annotations

import pytest

from kjreport.plan import NotAPlanError, import_plan
from tests.plan.test_generalise import parse

# 2024_xuecheng_jihua: a district bureau's plan whose tasks are "一是聚焦…，…。" with a two-phrase title
XUECHENG = (
    "区科技局2024年度工作计划\n"
    "2024年,围绕区委提出的“打造首善之区”的目标定位,全面落实创新驱动发展战略,积极引导企业加大科技创新投入,"
    "为全区经济社会高质量发展提供了有力科技平台和人才支撑。\n"
    "一是聚焦创新引领主题,全面推进示范区建设。以科技创新引领乡村可持续发展,坚持用工业化理念发展农业。\n"
    "二是聚焦高能级平台建设,筑牢创新发展根基。紧盯锂电新能源、高端化工等我区优势产业,聚合高校院所创新要素。\n"
    "三是聚焦创新主体培育,"
)


def test_yishi_items_with_a_two_phrase_title_become_parts():
    r = parse(XUECHENG, 2024)
    assert [(n.code, n.title) for n in r.plan.children] == [
        ("一", "聚焦创新引领主题，全面推进示范区建设"),
        ("二", "聚焦高能级平台建设，筑牢创新发展根基"),
        ("三", "聚焦创新主体培育"),
    ]
    assert "以科技创新引领乡村可持续发展" in r.plan.children[0].text


def test_a_plan_of_yishi_items_with_two_phrase_titles_is_imported_not_refused(tmp_path):
    plan = tmp_path / "薛城区科技局2024年工作计划.txt"
    plan.write_text(XUECHENG, encoding="utf-8")
    r = import_plan(plan, year=2024, structure_only=True)
    assert len(r.plan.children) == 3 and r.targets == []


def test_yishi_items_that_tell_what_was_done_stay_one_text():
    # 2009_zhengding_news: "今年以来……一是帮助企业谋划科技项目,积极争取…" reports the year's work
    r = parse(
        "今年以来,正定县科技局始终把发展高新技术及其产业作为科技工作的重要任务来抓,有力推促了县内高新技术企业的发展。\n"
        "一是帮助企业谋划科技项目,积极争取上级政府的资金支持。在县级科技经费的使用方面,重点支持高新技术企业与项目。"
        "二是充分利用与科研机构和大专院校联系紧密的优势,在引进人才和技术方面为企业牵线搭桥,建立技术支撑。"
        "三是加强知识产权知识的普及,鼓励企业积极申请国家专利,为申报高新技术企业做准备。",
        2009,
    )
    assert r.plan.children == []


def test_a_two_phrase_title_that_reports_a_result_is_no_part():
    r = parse(
        "2024年科技工作计划\n"
        "一是科技实力明显增强,创新成果丰硕。全年认定高新技术企业20家。"
        "二是创新平台取得突破,载体建设加快。新建省级研发平台3个。",
        2024,
    )
    assert r.plan.children == []


def test_plan_show_of_a_text_whose_targets_are_all_of_other_years_lists_them(tmp_path):
    # 2025_heilongjiang_news: a 2021 conference report of the "十四五" targets, all "到2025年"
    plan = tmp_path / "news.txt"
    plan.write_text(
        "2021年黑龙江省科技工作会议在哈尔滨召开\n"
        "到2025年,黑龙江省全社会研发投入强度力争达到全国平均水平,全省技术合同成交额突破500亿元,"
        "全省高新技术企业数量力争突破5000家。3月26日,2021年黑龙江省科技工作会议在哈尔滨召开。\n",
        encoding="utf-8",
    )
    shown = import_plan(plan, require_targets=False)
    assert shown.targets == [] and {u.quantity for u in shown.other_years} >= {"500亿元", "5000家"}
    assert {t.value for t in import_plan(plan, year=2025).targets} == {500, 5000}
    with pytest.raises(NotAPlanError, match="2025年的"):
        import_plan(plan, year=2021)
