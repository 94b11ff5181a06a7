from kjreport.docx.title import split_title, width


def test_short_title_is_one_line():
    assert split_title("关于做好2012年科技工作的通知") == ["关于做好2012年科技工作的通知"]


def test_summary_title_breaks_before_the_conjunction():
    lines = split_title("鲁泽市科学技术局2011年工作总结和2012年工作打算")
    assert lines == ["鲁泽市科学技术局2011年工作总结", "和2012年工作打算"]
    assert all(width(line) <= 20 for line in lines)


def test_explicit_break_wins_and_unbreakable_text_is_left_alone():
    assert split_title("第一行\n第二行") == ["第一行", "第二行"]
    long = "一" * 30
    assert split_title(long) == [long]
