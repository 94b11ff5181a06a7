"""QA9 slips: 元 typed where 亿元/万元 is expected (F10), a second header row pasted mid-sheet
(F11), a value cell left empty with only a comment (F13)."""

from kjreport.checks.yuan import yuan_reading
from tests.helpers import cli
from tests.qa9_books import (
    COUNTIES,
    COUNTIES_LAST,
    COUNTY_HEADER,
    DEPT_HEADER,
    TARGET_HEADER,
    workbook,
)


def _book(tmp_path, dept_rows, counties=COUNTIES):
    return workbook(tmp_path, {
        "目标任务": [TARGET_HEADER, ["科技创新强基项目投资额", 23.8, "亿元", "≥", "一.1", "计划科", "投资额23.8亿元", "总量"]],
        "县区数据": [COUNTY_HEADER] + counties,
        "县区上年数据": [COUNTY_HEADER] + COUNTIES_LAST,
        "科室数据": [DEPT_HEADER] + dept_rows,
    })


def test_yuan_in_an_yiyuan_row_is_one_error_with_the_figure_in_yiyuan(tmp_path):
    book = _book(tmp_path, [["计划科", "科技创新强基项目投资额", "亿元", 2460000000, 21.3, None, None]])
    result = cli("check", book)
    assert result.exit_code == 1, result.output
    lines = [x for x in result.output.splitlines() if "单元格 D2" in x and "科室数据" in x]
    assert len(lines) == 1, result.output  # no "同比增长 11549295675%" on top
    assert "是否按元填写？按亿元应为 24.6" in lines[0]


def test_yuan_in_a_county_cell_says_the_figure_in_yiyuan(tmp_path):
    counties = [list(r) for r in COUNTIES]
    counties[2][3] = 2790000000  # 德清县 R&D 27.9亿元 typed in 元
    book = _book(tmp_path, [["计划科", "科技创新强基项目投资额", "亿元", 24.6, 21.3, None, None]], counties)
    result = cli("check", book)
    assert "「德清县」的「全社会R&D经费支出」为 2790000000亿元" in result.output, result.output
    assert "是否按元填写？按亿元应为 27.9" in result.output


def test_yuan_in_a_wanyuan_row_says_the_figure_in_wanyuan(tmp_path):
    book = _book(tmp_path, [["计划科", "科技创新强基项目投资额", "亿元", 24.6, 21.3, None, None],
                            ["计划科", "技术合同成交额", "万元", 182000000, 16570, None, None]])
    result = cli("check", book)
    assert "是否按元填写？按万元应为 18200" in result.output, result.output


def test_a_reading_in_yuan_must_land_near_a_known_figure():
    assert yuan_reading(2460000000, "亿元", [21.3]) == 24.6
    assert yuan_reading(2460000000, "亿元", [0.01]) is None  # 24.6 is far from 0.01
    assert yuan_reading(2460000000, "亿元", [], oversized=True) == 24.6
    assert yuan_reading(2460000000, "亿元", []) is None
    assert yuan_reading(2460000000, "家", [21.3]) is None


def test_a_second_header_row_is_one_hint_and_is_skipped(tmp_path):
    book = _book(tmp_path, [["计划科", "科技创新强基项目投资额", "亿元", 24.6, 21.3, None, None], DEPT_HEADER,
                            ["计划科", "实验室", "家", 2, 1, None, None]],
                 counties=COUNTIES[:3] + [COUNTY_HEADER] + COUNTIES[3:])
    result = cli("check", book)
    assert result.exit_code == 0, result.output
    assert "单元格 A5：第 5 行与表头（第 1 行）相同，像是粘贴时带进来的第二个表头" in result.output
    assert "单元格 A3：第 3 行与表头（第 1 行）相同" in result.output and "请删除这一行" in result.output
    assert "不是数字" not in result.output and "不像是县区" not in result.output


def test_an_empty_cell_with_a_comment_quotes_it(tmp_path):
    import openpyxl
    from openpyxl.comments import Comment

    book = _book(tmp_path, [["计划科", "科技创新强基项目投资额", "亿元", None, 21.3, None, None],
                            ["计划科", "实验室", "家", 2, 1, None, None]])
    wb = openpyxl.load_workbook(book)
    wb["科室数据"]["D2"].comment = Comment("待发改委反馈，预计24.6亿元", "计划科")
    wb.save(book)
    result = cli("check", book)
    assert "单元格 D2：「科技创新强基项目投资额」的「本年数」为空（该格只有批注「待发改委反馈，预计24.6亿元」）" in result.output, \
        result.output


def test_comments_are_read_from_the_sheet_s_own_part(tmp_path):
    import openpyxl
    from openpyxl.comments import Comment

    from kjreport.workbook.comments import sheet_comments

    book = _book(tmp_path, [["计划科", "科技创新强基项目投资额", "亿元", None, 21.3, None, None]])
    wb = openpyxl.load_workbook(book)
    wb["县区数据"]["C3"].comment = Comment("王科长:\n据统计年鉴", "王科长")
    wb.save(book)
    assert sheet_comments(book, "县区数据") == {"C3": "据统计年鉴"}
    assert sheet_comments(book, "科室数据") == {}
    assert sheet_comments(tmp_path / "none.xlsx", "县区数据") == {}
