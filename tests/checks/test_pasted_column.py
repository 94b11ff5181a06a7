"""qa12 F1: last year's county column pasted into this year's is 须核对, named at the column."""

from __future__ import annotations

from kjreport.report import check_source
from tests.indicators.test_reported_workbook import edit


def _paste_last_year(letter):
    def change(wb):
        now, before = wb["县区数据"], wb["县区上年数据"]
        for r in range(2, now.max_row + 1):
            now[f"{letter}{r}"] = before[f"{letter}{r}"].value
    return change


def test_a_column_equal_to_last_year_in_every_county_is_to_be_verified(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "p.xlsx", _paste_last_year("D"))
    [p] = [p for p in check_source(path) if "列全部" in p.found]
    assert (p.severity, p.sheet, p.cell) == ("须核对", "县区数据", "D2:D11")
    assert p.found.startswith("「全社会R&D经费支出」列全部 10 个县区的本年数都与「县区上年数据」D2:D11 的上年数完全相同")
    assert "请在「县区数据」D2:D11 填写本年数" in p.expected


def test_the_sample_and_a_small_count_column_are_quiet(sample_path, tmp_path):
    assert not [p for p in check_source(sample_path) if "列全部" in p.found]

    def small(wb):
        for ws in (wb["县区数据"], wb["县区上年数据"]):
            for r in range(2, ws.max_row + 1):
                ws[f"H{r}"] = 3
    path = edit(sample_path, tmp_path / "s.xlsx", small)
    assert not [p for p in check_source(path) if "列全部" in p.found]
