"""qa11 findings on the year-end summary and the bulletins, on the QA round's own workbooks
(qa11_books/SOURCES.md), through ``kjreport fill`` / ``kjreport docx``: F11 (a share typed with two
decimals is judged as printed), F12 (headings), F13 (a fallen action count is no problem), F14
(附件2 decimals), F24/F25 (bulletin and 存在的问题 wording), F26 (names and units), F32."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from tests.helpers import cli_output, copy_book
from tests.summary.docx_readback import rows_text

BOOKS = Path(__file__).parent / "qa11_books"


def _summary(tmp_path: Path, book: str) -> docx.document.Document:
    out = tmp_path / "总结.docx"
    cli_output("docx", str(copy_book(BOOKS / book, tmp_path)), "-o", str(out))
    return docx.Document(str(out))


def test_a_share_typed_with_two_decimals_is_judged_as_printed(tmp_path):
    """F11: 2.76% against ≥2.8% is 0.04 point short — 基本完成 in the text, 附件1 and 指标结果."""
    book = copy_book(BOOKS / "huzhou2026.xlsx", tmp_path)
    cli_output("fill", str(book))
    ws = openpyxl.load_workbook(book)["指标结果"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "规上企业研发费用占营收比重")
    assert row[header.index("状态")] == "基本完成", row
    out = tmp_path / "总结.docx"
    cli_output("docx", str(book), "-o", str(out))
    text = rows_text(docx.Document(str(out)))
    # qa12b F20: 基本完成 is named in the overview and its gap said in 存在的问题, not in the body;
    # prose14: second in its item, so its change on last year is left to 附件1
    assert "规上企业研发费用占营收比重达2.76%。" in text, text
    assert "基本完成的是高新产业投资占固定投资比重和规上企业研发费用占营收比重。" in text, text
    assert "规上企业研发费用占营收比重 | % | 2.8 | 2.76 | -0.04 | +0.15 | 基本完成" in text, text
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    # prose14: the share was said in the body; 存在的问题 says how far it falls short
    assert "规上企业研发费用占营收比重低于年度目标0.04个百分点" in problems, problems


def test_headings_keep_a_targets_only_item_whole_and_a_label_apart_from_a_figure(tmp_path):
    """F12: "2. 3亿元以上…" (never "2.3亿元"); an item of targets only keeps all of them; one
    subject said once for two counts sharing it."""
    text = rows_text(_summary(tmp_path, "huzhou2026.xlsx"))
    assert "2. 3亿元以上新入库工业项目中高新产业占比达到90%" in text and "2.3亿元" not in text, text
    assert "4.高新产业投资增速快于面上，占固定投资比重达25%以上" in text, text
    assert "7.全年新型研发机构优化重组2家、整改退出3家，新建高能级新型研发机构3家" in text, text
    assert "新型研发机构优化重组2家、整改退出3家。" in text, text  # met: 附件1 (qa12b F20)
    assert "新型研发机构优化重组和新型研发机构整改退出" not in text, text


def test_a_met_action_count_that_fell_is_no_problem(tmp_path):
    """F13: 新型研发机构优化重组 2家 (target 2, last year 3) is not "比上年有所下降"."""
    text = rows_text(_summary(tmp_path, "huzhou2026.xlsx"))
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    assert "优化重组" not in problems and "有所下降" not in problems, problems


def test_county_shares_in_attachment_2_show_two_decimals_as_the_text(tmp_path):
    """F14: 全市 3.43 as the text says it, 吴兴区 3.14 — never 3.431 / 3.136."""
    d = _summary(tmp_path, "huzhou2026.xlsx")
    rows = [[c.text for c in r.cells] for r in d.tables[-1].rows]
    assert rows[1][:2] == ["全市", "3.43"], rows
    figures = [r[1] for r in rows[1:]]
    assert all(len(f.partition(".")[2]) == 2 for f in figures), figures


def test_towns_falling_on_one_indicator_share_one_sentence(tmp_path):
    """F25: three towns whose only problem is the same fall: one sentence, 分别下降."""
    text = rows_text(_summary(tmp_path, "tengzhou2025.xlsx"))
    # the largest fall first (qa12b F3)
    assert "姜屯镇、龙泉街道、张汪镇规上工业企业研发费用同比分别下降82.8%、68.8%和59.9%。" in text, text


def test_attachment_1_chart_names_its_bars_as_the_table_names_its_rows(tmp_path):
    """F26: 图1 says 新增高新技术企业 as 附件1's row does."""
    import re
    import zipfile

    out = tmp_path / "总结.docx"
    cli_output("docx", str(copy_book(BOOKS / "huzhou2026.xlsx", tmp_path)), "-o", str(out))
    with zipfile.ZipFile(out) as z:
        chart = next(z.read(n).decode() for n in sorted(z.namelist()) if n.startswith("word/charts/chart"))
    names = re.findall(r"<c:v>([^<]+)</c:v>", chart)
    assert "新增高新技术企业" in names and "高新技术企业" not in names, names


def test_a_town_bulletin_says_a_fall_once_and_its_table_in_the_texts_unit(tmp_path):
    """F24: the fall below the city's target is one sentence; F26: 1.88亿元 in the text and the table."""
    out = tmp_path / "by"
    cli_output("docx", str(copy_book(BOOKS / "tengzhou2025.xlsx", tmp_path)), "--by", "街镇", "-o", str(out))
    jiangtun = rows_text(next(out.glob("姜屯镇*.docx")))
    assert jiangtun.count("规上工业企业研发费用同比下降82.8%") == 1, jiangtun
    assert "同比下降82.8%，低于全市年度目标（增长15%以上），增速居全市末位。" in jiangtun, jiangtun
    binhu = rows_text(next(out.glob("滨湖镇*.docx")))
    assert "规上工业企业研发费用1.88亿元" in binhu, binhu
    assert "规上工业企业研发费用 | 亿元 | 1.88 |" in binhu and "18800" not in binhu, binhu


def test_a_ceiling_share_and_a_row_named_with_its_kind_read_as_written(tmp_path):
    """F32: "为3.8%，…2.4个百分点，控制在年度目标5%以内" (one 控制在, one decimal as typed);
    新引进高层次人才团队, never 新增新引进…"""
    text = rows_text(_summary(tmp_path, "huzhou2026_kinds.xlsx"))
    # qa12b F20: met, so its verdict (控制在年度目标5%以内) is in 附件1, not after the figure
    # prose14: second in its item, so its change (降低2.4个百分点) is left to 附件1
    assert "科技计划项目逾期结题率为3.8%。" in text, text
    assert "科技计划项目逾期结题率 | % | ≤5 | 3.8 | -1.2 | -2.4 | 完成" in text, text
    assert "3.80" not in text and "2.40" not in text, text
    assert "新引进高层次人才团队22个。" in text and "新增新引进" not in text, text
    assert "新引进高层次人才团队 | 个 | 15—20 | 22 | 110.0% | 29.4% | 超额完成" in text, text  # of the upper bound (qa14b F17)
