"""The progress notice's 附件2 says when 全市 is the 科室's reported figure, not the units' sum,
as the annual 附件2 does (qa13 F25: 全市 20 beside 小计 24 and 6 read as an error)."""

from __future__ import annotations

from tests.helpers import cli
from tests.qa9_books import COUNTY_HEADER, DEPT_HEADER, MONTH_HEADER, TARGET_HEADER, workbook
from tests.summary.docx_readback import body_text
from tests.summary.test_qa9_zones import LAST, UNITS


def test_a_reported_city_figure_is_noted_under_the_progress_county_table(tmp_path):
    book = workbook(tmp_path, {
        "目标任务": [TARGET_HEADER, ["全社会R&D经费投入占GDP比重", 2.02, "%", "≥", "一.1", "计划科", "研发投入强度2.02%", "总量"],
                 ["高新技术企业", 520, "家", "≥", "一.1", "高新科", "高新技术企业总数达到520家", "总量"]],
        "县区数据": [COUNTY_HEADER] + UNITS,
        "县区上年数据": [COUNTY_HEADER] + LAST,
        "科室数据": [DEPT_HEADER, ["高新科", "高新技术企业", "家", 530, 480, None, None]],
        "月度数据": [MONTH_HEADER, ["全社会R&D经费投入占GDP比重", "%", None, None, 1.21, None, None, 1.683]],
    }, {"城市名称": "宜春市", "单位名称": "宜春市科学技术局", "年度": 2025, "报送月份": 6,
      "成文日期": "2025年7月10日"},
        name="宜春2025.xlsx")
    doc = tmp_path / "进度.docx"
    cli("progress", book, "--month", 6, "-o", doc, "--no-charts", ok=True)
    text = body_text(doc).replace("\n", "")
    assert "全市高新技术企业为科室报送数，不是各县（市）区之和" in text, text


def test_a_reported_share_is_not_called_a_sum_under_the_progress_county_table(tmp_path):
    """qa13 F37 (progress side): a share the 科室 reports is no sum of the units — the note says
    “不是按各县（市）区数据计算的结果”, as under the annual 附件2."""
    book = workbook(tmp_path, {
        "目标任务": [TARGET_HEADER, ["全社会R&D经费投入占GDP比重", 2.02, "%", "≥", "一.1", "计划科", "研发投入强度2.02%", "总量"],
                 ["高新技术企业", 520, "家", "≥", "一.1", "高新科", "高新技术企业总数达到520家", "总量"]],
        "县区数据": [COUNTY_HEADER] + UNITS,
        "县区上年数据": [COUNTY_HEADER] + LAST,
        "科室数据": [DEPT_HEADER, ["高新科", "高新技术企业", "家", 530, 480, None, None],
                 ["计划科", "全社会R&D经费投入占GDP比重", "%", 2.1, 1.98, None, None]],
        "月度数据": [MONTH_HEADER, ["全社会R&D经费投入占GDP比重", "%", None, None, 1.21, None, None, 1.683]],
    }, {"城市名称": "宜春市", "单位名称": "宜春市科学技术局", "年度": 2025, "报送月份": 6,
      "成文日期": "2025年7月10日"},
        name="宜春2025.xlsx")
    doc = tmp_path / "进度.docx"
    cli("progress", book, "--month", 6, "-o", doc, "--no-charts", ok=True)
    text = body_text(doc).replace("\n", "")
    assert "全社会R&D经费投入占GDP比重为科室报送数，不是按各县（市）区数据计算的结果" in text, text
    assert "全社会R&D经费投入占GDP比重为科室报送数，不是各县（市）区之和" not in text
