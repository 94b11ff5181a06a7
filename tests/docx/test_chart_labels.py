"""Chart 图1 names every bar (QA7 F13): a long indicator name is wrapped onto two lines, never
inside "R&D" or a common word, the chart grows to hold it (or, with too many bars, it is cut
with "…"), and LibreOffice draws every name."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from lxml import etree

from kjreport.docx import OfficialDocument, charts
from kjreport.docx.pdf import find_soffice, to_pdf

NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
# a province's 附件1 (甘肃 2025): six bars, one name too long for one line (LibreOffice broke it
# and then dropped every other name)
LONG = [
    ("全社会R&D经费投入", 89.1, "未完成"),
    ("每万名就业人员中研发人员", 96.6, "基本完成"),
    ("高新技术企业", 103.1, "超额完成"),
    ("每万人口高价值发明专利拥有量", 104.0, "超额完成"),
    ("技术合同认定登记成交额", 104.5, "超额完成"),
    ("省科技成果转化综合服务平台挂牌交易科技成果", 104.6, "超额完成"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("高新技术企业", "高新技术企业"),
        ("每万名就业人员中研发人员", "每万名就业人员中研发人员"),  # 12: one line
        ("全社会R&D经费投入占GDP比重", "全社会R&D经费投入占GDP比重"),  # R&D, GDP half width
        ("规模以上工业企业研发机构覆盖率", "规模以上工业企业\n研发机构覆盖率"),
        ("省科技成果转化综合服务平台挂牌交易科技成果", "省科技成果转化综合服务\n平台挂牌交易科技成果"),
        ("省级以上科技企业孵化器在孵企业数", "省级以上科技企业\n孵化器在孵企业数"),  # not 企 / 业
    ],
)
def test_long_names_wrap_onto_two_even_lines(name, expected):
    assert charts.wrap_label(name) == expected


def test_a_latin_run_is_never_cut():
    for name in ("高新技术企业和试点企业R&D经费占销售收入比重", "规模以上工业企业R&D经费投入占主营业务收入比重"):
        lines = charts.wrap_label(name).split("\n")
        assert "".join(lines) == name and len(lines) == 2, lines
        assert all(not (a[-1:].isascii() and b[:1].isascii()) for a, b in zip(lines, lines[1:], strict=False))


def test_many_bars_keep_one_line_each_and_a_long_name_is_cut_visibly():
    names = [f"指标{i}" for i in range(25)] + ["省科技成果转化综合服务平台挂牌交易科技成果"]
    shown, lines = charts.category_labels(names)
    assert lines == [1] * len(names) and shown[:25] == names[:25]
    assert shown[-1].endswith("…") and shown[-1].startswith("省科技成果转化")
    assert shown[-1] == charts.shorten_label(names[-1])


def test_every_name_is_a_category_and_labels_may_not_be_dropped():
    chart = charts.completion_native(LONG)
    root = etree.fromstring(chart.blob)
    names = root.xpath("//c:cat//c:pt/c:v/text()", namespaces=NS)
    assert [n.replace("\n", "") for n in names] == [n for n, *_ in LONG]
    # rot="0" said outright: LibreOffice then lets the names overlap rather than drop them
    assert root.xpath("//c:catAx/c:txPr/a:bodyPr/@rot", namespaces=NS) == ["0"]
    assert root.xpath("//c:catAx/c:tickLblSkip/@val", namespaces=NS) == ["1"]
    one_line = charts.completion_native([(f"指标{i}", 100.0) for i in range(len(LONG))])
    assert chart.height_mm > one_line.height_mm + 15  # a two-line name: every slot taller


@pytest.mark.skipif(find_soffice() is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) or poppler-utils (pdftotext) is not installed")
def test_libreoffice_draws_every_bar_name(tmp_path):
    doc = OfficialDocument()
    doc.chart(charts.completion_native(LONG), 156, "图1 主要指标完成率")
    pdf = to_pdf(doc.save(tmp_path / "图1.docx"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = "".join(text.split())
    for name, *_ in LONG:
        for line in charts.wrap_label(name).split("\n"):
            assert line in flat, (line, text)


def test_county_chart_labels_take_the_tables_decimals():
    chart = charts.county_native([("甲县", 0.031), ("乙县", 0.03)], "全社会R&D经费投入", "亿元", 3)
    root = etree.fromstring(chart.blob)
    assert root.xpath("//c:dLbls/c:numFmt/@formatCode", namespaces=NS) == ["#,##0.000"]
    plain = etree.fromstring(charts.county_native([("甲县", 12.0)], "产值", "亿元").blob)
    assert plain.xpath("//c:dLbls/c:numFmt/@formatCode", namespaces=NS) == ["#,##0.##"]


def test_no_line_of_a_label_starts_with_a_comma_or_ends_with_an_opening_quote():
    # qa12 F24: "科技领军（入库）企业" / "、“独角兽”“瞪羚”企业"
    lines = charts.wrap_label("科技领军（入库）企业、“独角兽”“瞪羚”企业").split("\n")
    assert lines == ["科技领军（入库）企业、", "“独角兽”“瞪羚”企业"]
    for name in ("规模以上工业企业研发机构、研发投入、研发人员覆盖率", "国家级、省级科技企业孵化器（众创空间）数量"):
        for line in charts.wrap_label(name).split("\n"):
            assert line[:1] not in "、，。）”" and line[-1:] not in "（“", (name, line)
