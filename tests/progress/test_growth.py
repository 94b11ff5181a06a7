"""Growth (增长15%) and change (提高…个百分点) targets in the 进度通报: the progress is the growth
rate so far (year to date against the same period of last year), never an amount against a rate."""

from __future__ import annotations

import re

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.progress import build_progress
from kjreport.progress import model as m
from kjreport.report import load_report
from tests.summary.docx_readback import body_text


def _growth_target(book: openpyxl.Workbook) -> None:
    """高新技术产业产值: 增长15% instead of 800亿元 (the sample's 2010 figure is 706, 2011 812)."""
    ws = book["目标任务"]
    assert ws["A2"].value == "高新技术产业产值"
    ws["B2"], ws["C2"], ws["H2"] = 15, "%", "增速"
    ws["G2"] = "全年高新技术产业产值增长15%"


def _monthly_row(book: openpyxl.Workbook, name: str, unit: str, values: dict[int, float]) -> None:
    ws = book["月度数据"]
    headers = [c.value for c in ws[1]]
    row = [None] * len(headers)
    row[0], row[1] = name, unit
    for month, value in values.items():
        row[headers.index(f"{month}月")] = value
    ws.append(row)


@pytest.fixture
def growth_book(sample_copy):
    book = openpyxl.load_workbook(sample_copy)
    _growth_target(book)
    book.save(sample_copy)
    return sample_copy


def table_texts(path) -> list[list[list[str]]]:
    import docx

    return [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables]


def _item(path, month, name="高新技术产业产值"):
    return next(i for i in build_progress(load_report(path), month).items if i.name == name)


def test_growth_against_the_same_period_of_last_year(growth_book, tmp_path):
    book = openpyxl.load_workbook(growth_book)
    _monthly_row(book, "高新技术产业产值（上年同期）", "亿元", {3: 170, 6: 350, 9: 540})
    book.save(growth_book)

    item = _item(growth_book, 6)  # 395 against 350: 增长12.9%, 2.1 points below 15%
    assert item.unit == "%" and item.figure == 395 and item.base == 350
    assert item.value == pytest.approx((395 / 350 - 1) * 100)
    assert item.gap == pytest.approx(12.9 - 15)  # 12.857% printed 12.9% (qa12 F23)
    assert item.completion is None and item.expected is None  # a rate is not a share of a rate
    assert item.verdict == m.MISSED and item.band == m.RED
    assert item.previous_month == 3  # trend from 186 / 170

    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(growth_book), "--month", "6", "-o", str(out),
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "截至6月底累计395亿元，同比增长12.9%，低于年度目标（增长15%）2.1个百分点" in text
    assert "年度目标为15亿元" not in text and "相差" not in text.split("高新技术产业产值。")[-1][:40]
    # a growth target's row names the growth beside its % (qa11b F2), as the summary's 附件1
    row = next(r for r in table_texts(out)[0] if r[1] == "高新技术产业产值增速")
    assert row[2:5] == ["%", "15", "12.9"]


def test_a_plan_periods_average_growth_is_no_annual_target_in_the_bulletin(growth_book, tmp_path):
    # 目标类型 年均增速 (a 2021–2025 plan's "年均增长15%", QA4 F13): the growth so far is stated
    # against 年均增长15%的要求, and the table's target reads 年均15, never 年度目标
    book = openpyxl.load_workbook(growth_book)
    book["目标任务"]["H2"] = "年均增速"
    _monthly_row(book, "高新技术产业产值（上年同期）", "亿元", {3: 170, 6: 350, 9: 540})
    book.save(growth_book)
    item = _item(growth_book, 6)
    assert item.result.target.period_average and item.gap == pytest.approx(12.9 - 15)  # 12.857% printed 12.9% (qa12 F23)

    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(growth_book), "--month", "6", "-o", str(out),
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "截至6月底累计395亿元，同比增长12.9%，低于年均增长15%的要求2.1个百分点" in text
    assert "年度目标（增长15%）" not in text
    row = next(r for r in table_texts(out)[0] if r[1] == "高新技术产业产值增速")
    assert row[2:5] == ["%", "年均15", "12.9"]


def test_growth_rates_typed_directly(growth_book):
    book = openpyxl.load_workbook(growth_book)
    _monthly_row(book, "高新技术产业产值（增速）", "%", {6: 16.2})
    book.save(growth_book)
    item = _item(growth_book, 6)
    assert item.value == pytest.approx(16.2) and item.verdict == m.MET and item.value_source.endswith("H32")


def test_growth_without_last_years_figures_is_missing_with_the_reason(growth_book, tmp_path):
    item = _item(growth_book, 6)
    assert item.value is None and item.verdict == m.MISSING and item.figure == 395
    assert "没有高新技术产业产值上年1—6月的同期数" in item.note

    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(growth_book), "--month", "6", "-o", str(out),
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    assert "提示：高新技术产业产值的年度目标按增速考核" in result.output
    assert "「高新技术产业产值（上年同期）」" in result.output
    text = body_text(out).replace("\n", "")
    assert not re.search(r"年度目标为15(?!\d)", text) and "是高新技术产业产值。" not in text  # not 滞后


def test_growth_at_the_workbooks_own_month_is_the_year_reports(growth_book):
    report = load_report(growth_book)
    item = next(i for i in build_progress(report, 12).items if i.name == "高新技术产业产值")
    r = item.result
    assert item.value == pytest.approx(r.achieved) == pytest.approx((812 / 706 - 1) * 100)
    assert item.verdict == r.status and item.figure == 812 and item.base == 706


def test_increment_target_uses_the_stock_less_last_year(sample_copy):
    """新增 targets: 月度数据 holding the stock (高新技术企业 158 at year end, 136 the year before)."""
    book = openpyxl.load_workbook(sample_copy)
    ws = book["目标任务"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "高新技术企业")
    row[1].value, row[7].value = 20, "新增"
    book.save(sample_copy)
    report = load_report(sample_copy)
    item = next(i for i in build_progress(report, 6).items if i.name == "新增高新技术企业")  # S17: says 新增
    stock = report.progress.monthly_of("高新技术企业").values[6]
    assert item.figure == stock and item.value == pytest.approx(stock - 136)
    assert item.completion == pytest.approx((stock - 136) / 20 * 100)
