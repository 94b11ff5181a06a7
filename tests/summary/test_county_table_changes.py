"""附件2 says what the units are ranked on and how each changed (qa12 F24, qa12b F24)."""

from __future__ import annotations

from pathlib import Path

from kjreport.report import load_report
from kjreport.summary.tables import county_table

BOOKS = Path(__file__).parent


def _table(book: str) -> tuple[list[str], list[list[str]]]:
    return county_table(load_report(BOOKS / book))


def test_a_growth_rank_has_the_growth_beside_it():
    headers, rows = _table("qa10_books/quanzhou2024.xlsx")
    assert headers[-2:] == ["增速（%）", "增速位次"], headers
    city = rows[0]
    assert city[0] == "全市" and city[-2] == "17.7" and city[-1] == "—"


def test_one_share_has_last_year_and_the_change_in_points():
    headers, rows = _table("qa12b_books/nanchang2019.xlsx")
    assert headers == ["县区", "全社会R&D经费投入占GDP比重（%）", "上年（%）", "比上年增减（个百分点）", "位次"]
    by_name = {r[0]: r for r in rows}
    assert by_name["红谷滩新区"][1:] == ["1.56", "1.86", "-0.30", "3"]
    assert by_name["全市"][1:] == ["1.67", "1.64", "+0.03", "—"]
    # a group's share of last year: Σ R&D ÷ Σ GDP of last year, as this year's (qa18 F5)
    assert by_name["县区小计"][1:] == ["1.17", "1.14", "+0.03", "—"]


def test_one_amount_has_last_year_at_its_own_precision_and_the_growth():
    headers, rows = _table("qa10_books/luoyang2008.xlsx")  # 偃师市 among them: 县（市）区 (qa21 F11)
    assert headers == ["县（市）区", "高新技术产业产值（亿元）", "上年（亿元）", "增速（%）", "位次"]
    assert rows[0][:4] == ["全市", "411.7", "358.3", "14.9"]


def test_two_indicators_ranked_by_size_keep_their_pairs():
    headers, _ = _table("qa10_books/luotian2010.xlsx")
    assert headers == ["乡镇", "科技示范基地（处）", "位次", "培训农民（万人次）", "位次"]
