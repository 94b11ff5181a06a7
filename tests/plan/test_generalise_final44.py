"""Reading rules from the blind batches final44 and final45 (round 19, fitted in round 20; issue 9 §3):
one test per rule, each with sentences written for the test in the shape of the corpus sentence that
taught it (other words, numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from kjreport.plan import import_plan
from tests.plan.test_generalise import found, listed

PLAN = "2025年全市科技工作要点\n一、主要目标\n"


def test_a_goal_set_by_a_document_is_named_without_its_setter_and_an_added_amount_is_new():
    # 2012_hubei_yihaowenjian: "“一号文件”确定了全年粮食增产5亿斤、……的发展目标,共分四大板块、12个部分、41条"
    text = PLAN + "市委文件确定了全年粮食增产3亿斤、农民人均纯收入增长9%的发展目标，共分三大板块、10个部分、36条。\n"
    got = found(text, 2025)
    assert got == {
        ("粮食增产", "新增"): ("≥", 3.0, "亿斤", None),
        ("农民人均纯收入", "增速"): ("≥", 9.0, "%", None),
    }
    # the document's parts are listed, not imported
    assert {"10个", "36条"} <= set(listed(text, 2025))
    # an amount added ("增加500元") is an increment; a level reached ("增加到") is not
    assert found(PLAN + "农村居民人均可支配收入增加600元。\n", 2025) == {
        ("农村居民人均可支配收入", "新增"): ("≥", 600.0, "元", None)
    }
    assert ("农村居民人均可支配收入", "总量") in found(PLAN + "农村居民人均可支配收入增加到18000元。\n", 2025)


def test_the_years_task_named_inside_a_completion_ratio_of_a_progress_report(tmp_path):
    # 2012_yaan_news: "1—9月,我市專利申請量351件,同比增長81%,完成省局下達我市全年專利申請任務301件的117%"
    path = tmp_path / "进展.txt"
    path.write_text(
        "某市专利工作进展顺利\n据统计，1—10月，我市专利授权量420件，同比增长36%，完成市局下达我县全年专利授权任务380件的110.5%。\n",
        encoding="utf-8",
    )
    got = {(t.indicator, t.kind): t.value for t in import_plan(path, year=2025, require_targets=False).targets}
    assert got == {("专利授权", "总量"): 380.0}
    # 2015_qinghai_zhuanli: "2015年青海省專利申請量達1896件,也提前超額完成當年1600件的目標任務"
    path.write_text(
        "某省专利申请量创新高\n2025年某省专利申请量达2310件，也提前超额完成当年2000件的目标任务，同比增长18%。\n",
        encoding="utf-8",
    )
    got = {t.value for t in import_plan(path, year=2025, require_targets=False).targets}
    assert got == {2000.0}


def test_a_year_end_news_of_this_years_results_is_no_plan(tmp_path):
    # 2013_sangzhi_news: dated 2013-12-18, "今年,桑植县申报国家、省、市级科技计划项目10项,……获得项目资金支持70万元"
    body = (
        "今年，某县申报国家、省、市级科技计划项目12项，某公司申报的“科技型中小企业技术创新基金项目”"
        "获得项目资金支持60万元。在注重项目争取的同时，在研项目实施进展顺利。"
            "“某县农产品质量安全科技示范工程”项目已完成年度计划总投资90%。\n"
    )
    path = tmp_path / "新闻.txt"
    path.write_text("某县2025年科技项目建设取得丰硕成果\n发布时间：2025-12-16\n" + body, encoding="utf-8")
    r = import_plan(path, year=2025, require_targets=False)
    assert not r.targets
    # the same lines dated in spring are this year's plan words ("今年…申报…12项")
    path.write_text("某县2025年科技项目建设\n发布时间：2025-03-16\n" + body, encoding="utf-8")
    assert import_plan(path, year=2025, require_targets=False).targets


def test_a_part_under_its_own_qualifier_is_a_target_of_its_own():
    # 2024_yangling_yijian: "农业科技培训4.6万人次以上。……国际农业科技培训1万人次以上。"
    got = found(PLAN + "农业科技培训5.2万人次以上。新建海外合作园区3个，国际农业科技培训0.8万人次以上。\n", 2025)
    assert got[("培训农民", "总量")] == ("≥", 5.2, "万人次", None)
    assert got[("国际农业科技培训", "总量")] == ("≥", 0.8, "万人次", None)
    # the same indicator restated with another value is still one target, with a note
    got = found(PLAN + "农业科技培训5.2万人次以上。全市农业科技培训5万人次。\n", 2025)
    assert list(got) == [("培训农民", "总量")]


def test_the_first_industry_is_a_sector_not_a_rank():
    # 2020_sichuan_nongye: "力争第一产业增加值增长3%" was read "产业增加值增长排名 ≤1位"
    got = found(PLAN + "力争第一产业增加值增长4%，第三产业增加值增长7%。\n", 2025)
    assert got == {
        ("第一产业增加值", "增速"): ("≥", 4.0, "%", None),
        ("第三产业增加值", "增速"): ("≥", 7.0, "%", None),
    }
    # a rank to reach is still one
    assert list(found(PLAN + "区域创新能力力争全省第3位。\n", 2025).values()) == [("≤", 3.0, "位", None)]


def test_listed_places_to_focus_on_are_no_targets():
    # 2020_sichuan_nongye: "将以90个粮食主产县和48个产油大县为重点,……,全省优质稻面积突破1000万亩"
    text = PLAN + "将以60个蔬菜主产县和25个水果大县为重点，全市设施蔬菜面积突破300万亩。\n"
    assert list(found(text, 2025)) == [("设施蔬菜面积", "总量")]
    assert {"60个", "25个"} <= set(listed(text, 2025))


def test_a_restated_target_with_the_place_and_year_before_its_name_is_one():
    # 2020_sichuan_nongye: "四川全年粮食产量稳定在700亿斤左右" and later "全省粮食总产量稳定在700亿斤左右"
    text = PLAN + "2025年，某省全年粮食产量稳定在620亿斤左右。\n二、重点任务\n全省粮食总产量稳定在620亿斤左右。\n"
    got = found(text, 2025)
    assert len(got) == 1 and list(got.values()) == [("≈", 620.0, "亿斤", None)]
