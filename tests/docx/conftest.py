"""Shared helpers for the docx layer tests: build a sample official document, read its XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}

BODY = (
    "全市科技系统深入贯彻落实科学发展观，紧紧围绕建设创新型城市目标，大力实施科技创新工程，"
    "着力培育高新技术产业，加快推进科技成果转化，全市科技工作取得了新的进展。"
)


def w(name: str) -> str:
    """Return the Clark name of ``w:name``."""
    return f"{{{W}}}{name}"


def read_part(docx: Path, part: str) -> etree._Element:
    """Return the parsed XML of ``part`` (e.g. "word/styles.xml") inside ``docx``."""
    with zipfile.ZipFile(docx) as z:
        return etree.fromstring(z.read(part))


def build_sample(path: Path, *, draft: bool = False, chart: bool = False) -> Path:
    """Write a document using every builder call and return its path."""
    from kjreport.docx import OfficialDocument, Segment

    doc = OfficialDocument(draft=draft)
    doc.title("菏泽市科学技术局2011年工作总结和2012年工作打算")
    doc.paragraph("2011年，全市科技工作紧紧围绕市委、市政府中心工作，现将有关情况总结如下：")
    doc.heading(1, "一、2011年工作完成情况")
    doc.heading(2, "（一）高新技术产业发展")
    doc.heading(3, "1.高新技术产业产值")
    doc.heading(4, "（1）重点企业")
    for _ in range(12):
        doc.paragraph(BODY * 2)
    doc.paragraph(
        [
            Segment("全年实现高新技术产业产值"),
            Segment("812亿元", comment="来源：数据!C5"),
            Segment("，同比增长15.2%。"),
        ]
    )
    doc.marker("【待补充：本条暂无数据和进展材料】")
    doc.attachment_note(["2011年主要指标完成情况表", "县区主要指标情况表"])
    doc.signature("菏泽市科学技术局", "2011年12月20日")
    doc.page_break()
    doc.attachment_heading(1, "2011年主要指标完成情况表")
    rows = [[str(i), "高新技术产业产值", "亿元", "800", "812", "101.5%"] for i in range(1, 31)]
    doc.table(["序号", "指标", "单位", "目标", "实际", "完成率"], rows, number_cols=(3, 4, 5))
    if chart:
        from kjreport.docx import charts

        png = charts.completion_chart([("高新技术产业产值", 101.5), ("专利申请量", 88.0)])
        doc.picture(png, 156, "图1 主要指标完成率")
    return doc.save(path)


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a saved sample document (not draft)."""
    return build_sample(tmp_path_factory.mktemp("docx") / "样例.docx")
