"""A share computed from ledgers or county columns above 100 % (the city's, or a county's) is an
error naming its part and its whole and where each comes from — through ``kjreport check``."""

from __future__ import annotations

from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check
from tests.test_check import mutate

SHARE = "重点企业产值占高新技术产业产值比重"


def _county_row(ws, name):
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == name)


def _key_counties(wb):
    """Return the counties holding key enterprises (重点企业 是), most output first."""
    ws = wb["企业台账"]
    totals: dict[str, float] = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[4] == "是":
            totals[row[1]] = totals.get(row[1], 0) + row[5]
    return sorted(totals.items(), key=lambda x: -x[1])


def test_the_sample_has_no_share_above_100(sample_path):
    assert not [p for p in check_source(sample_path) if "超过 100%" in p.found]


def test_a_county_share_above_100_names_both_figures_and_cells(sample_path, tmp_path):
    seen = {}

    def change(wb):
        county, output = _key_counties(wb)[0]
        ws = wb["县区数据"]
        row = _county_row(ws, county)
        ws.cell(row, 2).value = round(output / 2, 1)  # 高新技术产业产值 half its key enterprises' output
        seen.update(county=county, row=row, output=round(output, 1), hitech=round(output / 2, 1))

    path = mutate(sample_path, tmp_path / "s.xlsx", change)
    [error] = [p for p in check_source(path) if "超过 100%" in p.found]
    county, row = seen["county"], seen["row"]
    assert error.severity == "错误" and (error.sheet, error.cell) == ("县区数据", f"B{row}")
    share = seen["output"] / seen["hitech"] * 100
    assert error.found.startswith(f"指标「{SHARE}」有 1 个县区的比重超过 100%：{county} {share:.1f}%")
    assert f"重点企业产值 {seen['output']:g}亿元，见企业台账中{county}的行" in error.found
    assert f"高新技术产业产值 {seen['hitech']:g}亿元，见县区数据 B{row}" in error.found
    result = cli_check(path)
    assert result.exit_code == 1 and f"单元格 B{row}：指标「{SHARE}」" in result.output


def test_a_city_share_above_100_names_both_figures(sample_path, tmp_path):
    def change(wb):
        ws = wb["企业台账"]
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, 5).value == "是":
                ws.cell(r, 6).value *= 3  # 工业总产值 of every key enterprise tripled
    path = mutate(sample_path, tmp_path / "c.xlsx", change)
    [error] = [p for p in check_source(path) if "超过 100%" in p.found]
    assert error.severity == "错误" and error.found.startswith(f"指标「{SHARE}」计算为 ")
    assert "重点企业产值 1254亿元，见 企业台账!" in error.found
    assert "高新技术产业产值 812亿元，见 县区数据!B2:B11" in error.found
