"""QA9 F7/F12 (and qa8 F3): 风景名胜区/新区/管理区 are 功能区 types; no 末位 in a group of two; a
功能区 is addressed as its 管委会; one precision per share in the 进度通报; a 全市 figure that is
not the units' sum is said so under 附件2."""

import pytest

from kjreport.text.phrases import rank
from tests.helpers import cli
from tests.qa9_books import COUNTY_HEADER, DEPT_HEADER, MONTH_HEADER, TARGET_HEADER, workbook
from tests.summary.docx_readback import body_text

UNITS = [["袁州区", "区", 120, 12.1, 700.0], ["樟树市", "市", 90, 9.8, 560.0], ["丰城市", "市", 110, 13.6, 720.0],
         ["高安市", "市", 80, 8.2, 520.0], ["宜春经济技术开发区", "开发区（不计入合计）", 98, 3.4, 221.0],
         ["明月山温泉风景名胜区", "风景名胜区（不计入合计）", 6, 0.1, 36.2]]
LAST = [["袁州区", "区", 110, 11.0, 660.0], ["樟树市", "市", 85, 9.0, 530.0], ["丰城市", "市", 100, 12.4, 690.0],
        ["高安市", "市", 76, 7.6, 500.0], ["宜春经济技术开发区", "开发区（不计入合计）", 90, 3.1, 205.0],
        ["明月山温泉风景名胜区", "风景名胜区（不计入合计）", 5, 0.1, 33.0]]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("yc")
    return workbook(tmp, {
        "目标任务": [TARGET_HEADER, ["全社会R&D经费投入占GDP比重", 2.02, "%", "≥", "一.1", "计划科", "研发投入强度2.02%", "总量"],
                 ["高新技术企业", 520, "家", "≥", "一.1", "高新科", "高新技术企业总数达到520家", "总量"]],
        "县区数据": [COUNTY_HEADER] + UNITS,
        "县区上年数据": [COUNTY_HEADER] + LAST,
        "科室数据": [DEPT_HEADER, ["高新科", "高新技术企业", "家", 530, 480, None, None]],
        "月度数据": [MONTH_HEADER, ["全社会R&D经费投入占GDP比重", "%", None, None, 1.21, None, None, 1.683]],
    }, {"城市名称": "宜春市", "单位名称": "宜春市科学技术局", "年度": 2025, "成文日期": "2025年12月25日"},
        name="宜春2025.xlsx")


def test_a_scenic_area_is_a_zone_type_addressed_as_its_committee(book, tmp_path):
    checked = cli("check", book)
    assert "不在可选范围内" not in checked.output, checked.output
    out = tmp_path / "通报"
    made = cli("docx", book, "--by", "县区", "-o", out)
    assert made.exit_code == 0, made.output
    text = body_text(next(out.glob("明月山温泉风景名胜区*.docx"))).replace("\n", "")
    assert text.startswith("宜春市科学技术局关于明月山温泉风景名胜区") and "明月山温泉风景名胜区管委会：" in text, text
    # the units' one word in the document, as its ranks say 「在N个县（市）区中」 (qa21 F11; was 县（市、区）)
    assert "根据各县（市）区和功能区报送的统计数据" in text
    assert "在2个功能区中居第2位" in text and "末位" not in text
    district = body_text(next(out.glob("袁州区*.docx"))).replace("\n", "")
    assert "袁州区科技主管部门：" in district


def test_the_city_s_progress_notice_addresses_the_committees(book, tmp_path):
    doc = tmp_path / "进度.docx"
    made = cli("progress", book, "--month", 6, "-o", doc, "--no-charts")
    assert made.exit_code == 0, made.output
    text = body_text(doc).replace("\n", "")
    assert "各科室、各县（市）区科技主管部门，宜春经济技术开发区管委会、明月山温泉风景名胜区管委会：" in text, text
    # one precision per figure: a 2-decimal target gets 2 decimals (1.68%, gap 0.34)
    assert "截至6月底为1.68%，年度目标为2.02%，相差0.34个百分点" in text, text


def test_a_reported_city_figure_is_noted_under_the_county_table(book, tmp_path):
    doc = tmp_path / "总结.docx"
    made = cli("docx", book, "-o", doc)
    assert made.exit_code == 0, made.output
    text = body_text(doc).replace("\n", "")
    # 樟树市、丰城市、高安市 among the units: 县（市）区 throughout the document (qa21 F11)
    assert ("注：宜春经济技术开发区、明月山温泉风景名胜区不计入全市合计；全市高新技术企业为科室报送数，不是各县（市）区之和。"
            in text), text


def test_no_last_place_among_two():
    assert rank(2, "全市", 2, group="功能区") == "在2个功能区中居第2位"
    assert rank(2, "全市", 2) == "居全市第2位"
    assert rank(3, "全市", 3, group="开发区") == "在3个开发区中居末位"
