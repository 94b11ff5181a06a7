"""QA round 8 F25: a unit whose 上年 figures are missing is never told "与上年基本持平" — its
notice says nothing was compared (real ``kjreport docx --by 县区`` on a copy of the sample)."""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import edit
from tests.summary.docx_readback import body_text


def _drop_last_year(county):
    def change(wb):
        ws = wb["县区上年数据"]
        row = next(r for r in range(2, ws.max_row + 1) if ws[f"A{r}"].value == county)
        ws.delete_rows(row)
    return change


def _no_ledgers(wb):
    """Keep only the 县区数据 figures (a 乡镇 workbook has no ledgers)."""
    for name in ("项目台账", "企业台账", "平台台账"):
        ws = wb[name]
        ws.delete_rows(2, ws.max_row)


def test_a_county_without_last_years_figures_is_not_said_to_be_flat(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "缺上年2011.xlsx", _drop_last_year("金堤县"), _no_ledgers)
    out = tmp_path / "县区"
    result = CliRunner().invoke(main, ["docx", str(path), "--by", "县区", "-o", str(out), "--no-charts", "-j", "1"])
    assert result.exit_code == 0, result.output
    text = body_text(next(out.glob("金堤县*.docx"))).replace("\n", "")
    assert "金堤县上年数据未报送，暂不作同比比较" in text
    assert "基本持平" not in text and "比上年增长" not in text and "均未比上年下降" not in text
    assert "继续保持良好势头" not in text
    other = body_text(next(out.glob("凤城县*.docx"))).replace("\n", "")
    assert "上年数据未报送" not in other  # the others are compared as before
