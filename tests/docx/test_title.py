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


def test_a_long_bureau_name_breaks_after_the_bureau_never_inside_a_word():
    """QA S15: 工／作 and 2013／年 were split by the word processor when no break fitted."""
    assert split_title("围场满族蒙古族自治县科学技术局2013年工作总结和2014年工作打算") == [
        "围场满族蒙古族自治县科学技术局", "2013年工作总结和2014年工作打算"]
    assert split_title("邯郸市科学技术局关于2018年上半年科技工作目标任务进展情况的通报") == [
        "邯郸市科学技术局关于2018年上半年", "科技工作目标任务进展情况的通报"]
    lines = split_title("围场满族蒙古族自治县科学技术局关于2013年上半年科技工作目标任务进展情况的通报")
    assert lines == ["围场满族蒙古族自治县科学技术局", "关于2013年上半年科技工作", "目标任务进展情况的通报"]
    assert all(width(line) <= 20 for line in lines)
