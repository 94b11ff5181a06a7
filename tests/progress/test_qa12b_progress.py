"""qa12b findings on the progress notice (进度通报) and 「指标结果」 in year, on the QA round's own
workbooks (tests/summary/qa12b_books/SOURCES.md), through ``kjreport fill`` / ``kjreport progress``."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.helpers import cli_output, copy_book
from tests.summary.docx_readback import rows_text

BOOKS = Path(__file__).parent.parent / "summary" / "qa12b_books"


def _notice(tmp_path: Path, book: str, *more: str) -> str:
    src = copy_book(BOOKS / book, tmp_path)
    out = tmp_path / f"通报-{src.stem}{''.join(more)}.docx"  # a file of its own: never a （第2版）
    cli_output("progress", str(src), "-o", str(out), *more)
    return rows_text(out)


def test_a_flow_counted_from_january_is_not_paced_as_a_stock(tmp_path):
    """F5: 引进培养人才 3, 8, … 71 by September against 上年同期 64 is a flow: 71 of 100 = 71.0 %,
    4.0 points behind 75 % (略慢) — not 19.4 % of a planned increase of 36."""
    book = copy_book(BOOKS / "nanchang2019_m9.xlsx", tmp_path)
    cli_output("fill", str(book))
    ws = openpyxl.load_workbook(book)["指标结果"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "引进培养国内外高端创新人才")
    assert row[header.index("状态")] == "基本完成", row
    assert "计划增量" not in str(row[header.index("说明")]), row
    out = tmp_path / "通报.docx"
    cli_output("progress", str(book), "-o", str(out))
    text = rows_text(out)
    assert "19.4%" not in text and "计划增量（36名）" not in text, text
    assert "引进培养国内外高端创新人才 | 名 | 100 | 71 | 71.0 | 75.0 | -4.0 | 略慢" in text, text


def test_the_december_notice_takes_the_reported_increment_as_the_summary_does(tmp_path):
    """F32: 新增高新技术企业 at 12月 is the 科室's 138 (科室数据 D4), not 1105 − 1000 = 105; the
    notice's counts then agree with the summary's (超额完成/完成 4, 基本完成 3, 未完成 1)."""
    book = copy_book(BOOKS / "cixi2025.xlsx", tmp_path)
    out = tmp_path / "通报.docx"
    cli_output("progress", str(book), "-o", str(out))
    text = rows_text(out)
    assert "新增高新技术企业 | 家 | 120 | 138 | 115.0 | 100.0 | +15.0 | 超额完成" in text, text
    assert "完成105家" not in text and "| 105 |" not in text and "4项完成或超额完成，3项基本完成，1项未完成" in text, text
    cli_output("fill", str(book))
    wb = openpyxl.load_workbook(book)
    progress = next(r for r in wb["进度"].iter_rows(values_only=True) if r[0] == "新增高新技术企业")
    results = next(r for r in wb["指标结果"].iter_rows(values_only=True) if r[0] == "新增高新技术企业")
    assert progress[3] == results[2] == 138, (progress, results)
    nc = _notice(tmp_path, "nanchang2019.xlsx")
    assert "新增高新技术企业 | 家 | 200 | 236 | 118.0" in nc, nc


def test_a_stock_paced_by_its_increment_is_one_item_and_counted_once(tmp_path):
    """F6: 高新技术企业 (总数) takes 新增高新技术企业's pace in year: one paragraph, one count."""
    text = _notice(tmp_path, "nanchang2019.xlsx", "--month", "9")
    body = text.split("附件")[0]
    assert "是高新技术企业。" not in body and "新增高新技术企业和高新技术企业" not in body, body
    assert ("新增高新技术企业。截至9月底累计完成123家，完成年度目标的61.5%，慢于应完成进度13.5个百分点，"
            "距年度目标尚差77家；总数1085家，距年度目标（1200家）尚差115家。") in body, body
    assert "纳入年度考核的10项目标任务中（高新技术企业总数目标按新增目标的进度判断，不重复计数），" in body, body
    assert "4项滞后于进度" in body, body
    cx = _notice(tmp_path, "cixi2025.xlsx", "--month", "6").split("附件")[0]
    assert cx.count("尚未实现增长") == 1 and "是高新技术企业。" not in cx, cx


def test_a_quarter_notice_compares_with_the_quarter_before(tmp_path):
    """F17: the 9月 notice compares with 6月 (the notice before), never with 8月, a month no
    notice was made for; the 12月 notice with 9月."""
    text = _notice(tmp_path, "nanchang2019.xlsx", "--month", "9")
    assert "与8月相比" not in text and "与6月相比" in text, text
    assert "与9月相比" in _notice(tmp_path, "nanchang2019.xlsx"), text


def test_a_rise_since_the_last_notice_has_one_decimal(tmp_path):
    """F18: 完成率提高31.0个百分点，比序时进度多提高6.0个百分点 (never 31, 6 beside 37.5, 12.5)."""
    import re

    text = _notice(tmp_path, "nanchang2019.xlsx", "--month", "9")
    rises = re.findall(r"提高(\d+(?:\.\d+)?)个百分点", text.split("二、")[0])
    assert rises and all("." in r for r in rises), rises
    assert "技术合同成交额完成率提高31.0个百分点，比序时进度多提高6.0个百分点" in text, text


def test_an_annual_statistic_is_not_missing_in_a_mid_year_notice(tmp_path):
    """F13: R&D经费 and R&D强度 have no June figure: 「年度统计数据，年底后公布」, never 【待补充】
    nor 「尚未报送6月数据」 for them (the notice is then not refused by send for them)."""
    text = _notice(tmp_path, "nanchang2019.xlsx", "--month", "6")
    assert ("市R&D经费内部支出和全社会R&D经费投入占GDP比重为年度统计数据，年底后公布，本次不通报进度。") in text, text
    assert "另有1项尚未报送6月数据" in text, text
    assert "市R&D经费内部支出 | 亿元 | 110 | — | — | — | — | 年度统计" in text, text
    assert "全社会R&D经费投入占GDP比重 | % | 1.9 | — | — | — | — | 年度统计" in text, text
    year_end = _notice(tmp_path, "nanchang2019.xlsx")
    assert "年度统计" not in year_end, year_end


def test_the_year_end_notice_quotes_no_september_measure_and_names_an_indicator_once(tmp_path):
    """F33: 「确保四季度完成申报」 (下步措施 of 9月) is stale in December; R&D强度's two targets are one
    clause, never 「R&D经费投入强度（提高）比上年提高」."""
    nc = _notice(tmp_path, "nanchang2019.xlsx")
    assert "确保四季度完成申报" not in nc, nc
    assert "确保四季度完成申报" in _notice(tmp_path, "nanchang2019.xlsx", "--month", "9")
    cx = _notice(tmp_path, "cixi2025.xlsx")
    assert "（提高）比上年" not in cx, cx
    assert ("从主要指标看，R&D经费投入强度比上年提高0.13个百分点（年度目标提高0.1个百分点），"
            "为3.72%（年度目标3.69%）；") in cx, cx


def _county_notices(tmp_path: Path, book: str) -> dict[str, str]:
    src = copy_book(BOOKS / book, tmp_path)
    out = tmp_path / "县区"
    cli_output("progress", str(src), "--by", "县区", "-o", str(out))
    return {p.name.split("2019")[0]: rows_text(p) for p in out.rglob("*.docx")}


def test_county_progress_notices_say_the_period_and_no_empty_section(tmp_path):
    """F29: 南昌县 (nothing behind) has no 「需要加快推进的工作」 that only says there is none;
    红谷滩新区's 二 does not repeat 一 word for word; a 1—9月 figure is against 上年同期; the 附件
    column says 1—9月; the opening names 县区和功能区 as the annual bulletin does (南昌 has no 县级市: qa12b F22)."""
    notices = _county_notices(tmp_path, "nanchang2019_m9.xlsx")
    nc = notices["南昌县"]
    assert "需要加快推进的工作" not in nc and "均不低于上年同期" not in nc, nc
    assert "二、工作要求" in nc and "比上年同期提高0.05个百分点" in nc, nc
    hgt = notices["红谷滩新区"]
    assert "根据各县区和功能区报送的统计数据" in hgt, hgt
    first = "全社会R&D经费投入占GDP比重为1.56%，比上年同期降低0.30个百分点，在3个功能区中居末位。"
    assert first in hgt and hgt.count("降低0.30个百分点") == 1, hgt
    assert "全社会R&D经费投入占GDP比重比上年同期有所降低，居功能区末位。" in hgt, hgt
    assert "指标 | 单位 | 1—9月 | 同比增减 | 功能区位次" in hgt, hgt


def test_a_book_of_towns_and_streets_calls_them_as_its_addressee_does(tmp_path):
    """F21: 慈溪's units are 镇 and 街道 (no 乡) in a sheet init named 乡镇数据: the body says 各街镇,
    as the 主送 「各镇人民政府、街道办事处」 — never 各乡镇."""
    text = _notice(tmp_path, "cixi2025.xlsx", "--month", "6")
    assert "各科室，各镇人民政府、街道办事处，慈溪高新区管委会：" in text, text
    # the 高新区 addressed beside them is named among who reported, as the county notices (qa20 F7)
    assert "根据各科室、各街镇、慈溪高新区报送的数据" in text and "各科室、各街镇要对照" in text, text
    assert "乡镇" not in text, text


def test_the_mail_digest_counts_as_the_notice(tmp_path):
    """F6, F13: the progress mail's digest counts a folded stock once and says the annual
    statistics are published after the year, as the notice's 总体情况 does."""
    from kjreport.mail import progress_digest_of
    from kjreport.report import load_report

    digest = progress_digest_of(load_report(copy_book(BOOKS / "nanchang2019.xlsx", tmp_path)), 9)
    assert "全市10项目标任务中（高新技术企业总数目标按新增目标的进度判断，不重复计数），2项略慢于进度，4项滞后于进度" in digest
    assert digest.endswith("市R&D经费内部支出和全社会R&D经费投入占GDP比重为年度统计数据，年底后公布。"), digest
