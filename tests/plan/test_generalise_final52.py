"""Reading rules from the blind batch final52 (round 21; issue 9 §3): one test per rule, each with
sentences written for the test in the shape of the corpus sentence that taught it (other words,
numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

PLAN = "2012年全县工作要点\n一、主要目标\n"


def test_a_count_after_years_of_training_is_a_later_years():
    # 2010_jilin_news: "经过2~3年培养,从中择优确定100名带头人" was a target of the year
    text = PLAN + "确定80名青年科技骨干培养人选，经过2~3年培养，从中择优确定50名学科带头人。\n"
    assert found(text, 2012) == {("青年科技骨干培养人选", "总量"): ("≥", 80.0, "名", None)}
    assert "50名" in listed(text, 2012)


def test_a_slogan_list_counting_on_from_four_is_no_target():
    # 2010_xiangjia_news: "力争四项先进、争创五个优秀、树立六个标兵、抓好七个打造" gave "≥5个"
    text = PLAN + "今年全镇工作的总体要求是争创三项先进、力争四个优秀、树立五个标兵、抓好六个提升，全年实现财政收入800万元。\n"
    assert found(text, 2012) == {("财政收入", "总量"): ("≥", 800.0, "万元", None)}


def test_those_who_took_part_in_a_meeting_are_no_target():
    # 2014_qinzhou_news (繁體): "……农业服务中心人员共计110余人参加。"
    text = PLAN + "全县各乡镇分管领导、农技站人员共计85余人参加。今年全县培训科技示范户600户。\n"
    assert found(text, 2012) == {("培训科技示范户", "总量"): ("≥", 600.0, "户", None)}
    assert "85余人" in listed(text, 2012)


def test_town_and_country_incomes_written_with_a_pause_mark():
    # 2019_fucheng_baogao (繁體): "城、鄉居民人均可支配收入分別增長8%、9%" gave 社会消费品零售总额 9%
    text = PLAN + "社会消费品零售总额增长10%，城、乡居民人均可支配收入分别增长7.5%、8.5%。\n"
    got = found(text, 2012)
    assert got[("城镇居民人均可支配收入", "增速")] == ("≥", 7.5, "%", None)
    assert got[("农村居民人均可支配收入", "增速")] == ("≥", 8.5, "%", None)
    assert ("社会消费品零售总额", "总量") not in got


def test_an_events_count_a_headlines_actors_and_the_places_they_go_to_are_no_targets(tmp_path):
    # 2022_guizhou_tepaiyuan: the headline "贵州1200名科技特派员开展服务" and the lead "此次共选派1200名省级
    # 科技特派员,奔赴省内82个县" were targets, and the year's "约2000名科技特派员，其中省级…1200名" lost its
    # 其中 (the catalogue's name was taken as the verb before the number)
    from kjreport.plan import import_plan

    path = tmp_path / "news.txt"
    path.write_text(
        "某省900名科技特派员开展服务\n"
        "本报讯 近日，某省科技特派团出征仪式举行，此次共选派900名省级科技特派员，奔赴省内66个县开展科技服务。\n"
        "2023年，某省将选派约1500名科技特派员，其中省级科技特派员900名，市州级不少于600名，组建66个科技特派团。\n",
        encoding="utf-8",
    )
    r = import_plan(path, year=2023)
    got = {(t.indicator, t.comparison, t.value) for t in r.targets}
    assert got == {
        ("科技特派员", "≈", 1500.0),
        ("省级科技特派员", "≥", 900.0),
        ("市州级", "≥", 600.0),
        ("科技特派团", "≥", 66.0),
    }
