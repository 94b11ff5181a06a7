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


def test_short_cells_never_wrap_in_narrow_columns():
    """QA S18: 【待补充】 in a 13 mm column, 16（并列） in a 22 mm one: the column takes the width
    from the column of names, which wraps anyway."""
    from kjreport.docx.tables import CELL_CHAR_MM, CELL_SIDES_MM, fit_short_cells

    rows = [["15", "新型农民培训人数", "名", "10000", "【待补充】", "【待补充】", "实现零的突破", "超额完成"]]
    widths = fit_short_cells([9, 50, 12, 13, 13, 19, 19, 21], rows, 156)
    assert round(sum(widths), 6) == 156
    for i, cell in enumerate(rows[0]):
        if width(cell) <= 6:
            assert widths[i] >= width(cell) * CELL_CHAR_MM + CELL_SIDES_MM - 0.01, (cell, widths[i])
    assert widths[1] >= 20  # the names keep a readable column
    assert fit_short_cells([62, 18, 26, 28, 22], [["专利申请量", "件", "93", "-42.9%", "16（并列）"]], 156)[4] > 22


def test_headers_keep_room_for_two_lines_when_short_cells_take_width():
    """The 进度通报 附件: 【待补充】 and 政策法规科 took width from the number columns until
    “完成率（%）” stood one character a line (完成/率/（/%））; a header keeps room for two
    lines or three characters a line, and a short cell that would need more wraps instead."""
    from kjreport.docx.tables import CELL_CHAR_MM, CELL_SIDES_MM, fit_short_cells

    headers = ["序号", "指标", "单位", "年度目标", "累计完成", "完成率（%）", "应完成（%）",
               "快/慢（个百分点）", "进度判断", "责任科室"]
    rows = [["10", "省级以上科技计划项目", "万人次", "1200", "【待补充】", "49.4", "50.0", "-0.6",
             "快于进度", "政策法规科"]]
    weights = (8, 33, 11, 14, 15, 14, 14, 15, 17, 15)
    widths = fit_short_cells(weights, rows, 156, headers)
    assert round(sum(widths), 6) == 156
    three = 3 * CELL_CHAR_MM + CELL_SIDES_MM - 0.01
    for name in ("完成率（%）", "应完成（%）", "快/慢（个百分点）"):
        assert widths[headers.index(name)] >= three, (name, widths)
    assert widths[1] >= 20
    before = fit_short_cells(weights, rows, 156)  # without headers: the old squeeze
    assert before[headers.index("完成率（%）")] < three


def test_a_prefecture_or_province_title_keeps_its_year_and_period_whole():
    """QA7 F4: a 20-character line with a year (…甘南藏族自治州2025年) wrapped its 年 onto a line of its
    own in LibreOffice; 厅 and the place before the year are break points, 上半年 is never split."""
    from kjreport.docx.title import safe_width

    assert split_title("甘肃省科学技术局关于甘南藏族自治州2025年科技工作情况的通报") == [
        "甘肃省科学技术局关于甘南藏族自治州", "2025年科技工作情况的通报"]
    assert split_title("甘南藏族自治州科学技术局关于2025年上半年科技工作目标任务进展情况的通报") == [
        "甘南藏族自治州科学技术局", "关于2025年上半年科技工作", "目标任务进展情况的通报"]
    assert split_title("甘肃省科学技术厅关于2025年上半年科技工作目标任务进展情况的通报") == [
        "甘肃省科学技术厅关于2025年上半年", "科技工作目标任务进展情况的通报"]
    assert split_title("内蒙古自治区科学技术厅关于锡林郭勒盟2025年科技工作情况的通报")[0].endswith(("厅", "盟"))
    for title in ("甘南藏族自治州科学技术局2025年工作总结和2026年工作打算",
                  "甘肃省科学技术厅关于临夏回族自治州2025年前三季度科技工作目标任务进展情况的通报"):
        lines = split_title(title)
        assert "".join(lines) == title and all(safe_width(x) <= 20 for x in lines), lines
        assert not any(x.startswith(("年", "半年", "季度")) for x in lines), lines
