"""Rules from final60's first run (round 25; tests/plan/corpus/README.md, lead24): each written with
sentences of its own, failing on c8b09a0 (the parser final60 was first run on)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_the_day_of_the_report_frames_the_year_and_an_important_speech_plans_nothing():
    # 内蒙古 2023: "2023年1月12日在……会议上……作了政府工作报告" (a date, no year mention) and a
    # review's "2019年亲临我区考察并发表重要讲话" (重要 is no 要) read the page as 2019's
    text = (
        "某省：加快新能源项目建设 力争并网装机1500万千瓦以上\n\n网站发布时间:2024-01-20 10:00:00\n\n"
        "2024年1月15日在某省第十四届人民代表大会第二次会议上，省长作了政府工作报告。报告指出，要坚持以新能源带动新工业，"
        "力争并网装机1500万千瓦以上，建成储能规模300万千瓦以上。\n原文如下：\n一、过去一年工作回顾\n"
        "总书记2019年亲临我省考察并发表重要讲话，为我省发展指明了方向。今年是全面贯彻党的二十大精神的关键之年。\n"
    )
    got = found(text, 2024)
    assert got[("并网装机", "总量")] == ("≥", 1500.0, "万千瓦", None)
    assert got[("储能规模", "总量")] == ("≥", 300.0, "万千瓦", None)


def test_an_aimed_at_goal_and_a_rise_over_last_year_in_an_amount():
    # 曾都 2013 "今年将瞄准规模工业产值200亿元目标，力争比上年增长50亿元"
    text = "某开发区2024年工作会议\n今年将瞄准规上工业总产值150亿元目标，力争比上年增长30亿元。\n"
    got = found(text, 2024)
    assert got[("规上工业总产值", "总量")] == ("≥", 150.0, "亿元", None)
    assert got[("规上工业总产值", "净增")] == ("≥", 30.0, "亿元", None)


def test_the_size_of_works_described_before_them():
    # 广安 2015 "加快库容960万立方米的官盛湖建设，建成总长22公里、覆盖20平方公里的骨干道路网络，……
    # 建成研发中心和10万平方米多层楼宇厂房"
    text = (
        "某区2024年工作要点\n一、主要目标\n加快库容500万立方米的某某水库建设，建成总长15公里、覆盖12平方公里的园区路网，"
        "建成检测中心和6万平方米标准化厂房。\n"
    )
    got = found(text, 2024)
    assert got[("园区路网", "总量")] == ("≥", 15.0, "公里", None)
    assert got[("标准化厂房", "总量")] == ("≥", 6.0, "万平方米", None)
    assert len(got) == 2


def test_the_measures_of_one_subject_and_a_margin_over_the_province():
    # 新乡高新区 2017 "规模以上工业企业实现总产值、增加值增长8.5%"; 株洲 2023 "……增长8.5%、力争高于全省2个百分点"
    text = (
        "某区2024年工作要点\n经济发展预期目标：规模以上工业企业实现营业收入、增加值增长9%；"
        "全区固定资产投资增长7%、力争高于全市1.5个百分点。\n"
    )
    got = found(text, 2024)
    assert got[("规模以上工业企业营业收入", "增速")] == ("≥", 9.0, "%", None)
    assert got[("规模以上工业企业增加值", "增速")] == ("≥", 9.0, "%", None)
    assert got[("固定资产投资", "增速")] == ("≥", 7.0, "%", None)
    assert len(got) == 3
