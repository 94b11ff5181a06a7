"""QA9 F17: a 月度数据 row named "新增××" (as init writes it) is the cumulative count of the
year even when 县区数据 holds the stock; two counts of one plan sentence are judged one way."""

from kjreport.model import Target
from kjreport.progress.assess import names_increment
from tests.helpers import cli
from tests.qa9_books import (
    COUNTIES,
    COUNTIES_LAST,
    COUNTY_HEADER,
    DEPT_HEADER,
    MONTH_HEADER,
    TARGET_HEADER,
    workbook,
)
from tests.summary.docx_readback import body_text

SENTENCE = "全年争创全省重点实验室2家、全省工程技术研究中心10家。"


def _book(tmp_path):
    return workbook(tmp_path, {
        "目标任务": [TARGET_HEADER,
                 ["高新技术企业", 300, "家", "≥", "一.1", "高新科", "新认定国家高新技术企业300家", "新增"],
                 ["实验室", 2, "家", "≥", "一.1", "计划科", SENTENCE, "总量"],
                 ["工程技术研究中心", 10, "家", "≥", "一.1", "合作科", SENTENCE, "总量"]],
        "县区数据": [COUNTY_HEADER] + COUNTIES,
        "县区上年数据": [COUNTY_HEADER] + COUNTIES_LAST,
        "科室数据": [DEPT_HEADER, ["高新科", "新增高新技术企业", "家", 312, 287, None, None],
                 ["计划科", "实验室", "家", 2, 1, None, None], ["合作科", "工程技术研究中心", "家", 11, 9, None, None]],
        "月度数据": [MONTH_HEADER, ["新增高新技术企业", "家", 0, 0, 0, 0, 0, 0, 0, 0, 96],
                 ["实验室", "家", 0, 0, 0, 0, 0, 1, 1, 1, 1], ["工程技术研究中心", "家", 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    })


def test_a_new_count_row_is_never_read_as_the_stock(tmp_path):
    book = _book(tmp_path)
    doc = tmp_path / "进度.docx"
    made = cli("progress", book, "--month", 9, "-o", doc, "--no-charts")
    assert made.exit_code == 0, made.output
    text = body_text(doc).replace("\n", "")
    assert "新增高新技术企业。截至9月底累计完成96家，完成年度目标的32.0%" in text, text
    assert "比上年末减少196家" not in text and "-196" not in text


def test_two_counts_of_one_sentence_are_judged_alike(tmp_path):
    book = _book(tmp_path)
    doc = tmp_path / "进度.docx"
    made = cli("progress", book, "--month", 9, "-o", doc, "--no-charts")
    assert made.exit_code == 0, made.output
    text = body_text(doc).replace("\n", "")
    assert "实验室。截至9月底达到1家，完成年度目标的50.0%" in text, text
    # none yet: said as the 高企 line is, not "达到0家，完成年度目标的0.0%" (qa11 F15)
    assert "工程技术研究中心。截至9月底尚未新增工程技术研究中心（年度目标10家）" in text, text
    assert "与上年末持平" not in text


def test_only_the_new_name_of_a_new_target_is_an_increment_row():
    new = Target("高新技术企业", 300, "家", "≥", kind="新增")
    assert names_increment("新增高新技术企业", new)
    assert not names_increment("高新技术企业", new)
    assert not names_increment("新增高新技术企业", Target("高新技术企业", 900, "家", "≥"))
    assert not names_increment("新增新增高新技术企业", Target("新增高新技术企业", 300, "家", "≥", kind="新增"))
