"""QA round 4 (福州2025, 磐安2025), the 进度通报 side, through the real entry points on copies of
the sample: a per-head stock (每万人发明专利拥有量) is paced from last year's end (F6); the
year-end 通报 keeps a figure's precision, compares 完成率 on one measure and speaks of the year
(F16); a zero difference is 符合进度 and one scale names the near misses (F12)."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.progress import build_progress
from kjreport.report import load_report
from tests.indicators.test_reported_workbook import department_row, edit, next_row, target
from tests.summary.docx_readback import body_text


def monthly_row(name, unit, **months):
    def change(wb):
        ws = wb["月度数据"]
        r = next_row(ws)
        headers = [c.value for c in ws[1]]
        ws.cell(r, 1, name)
        ws.cell(r, 2, unit)
        for month, value in months.items():
            ws.cell(r, headers.index(month.replace("m", "") + "月") + 1, value)
    return change


def _progress(path, tmp_path, *args):
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(path), "-o", str(out), "--no-charts", "--force", *args])
    assert result.exit_code == 0, result.output
    return out, body_text(out).replace("\n", "")


def _table(path):
    import docx

    return {row.cells[1].text: [c.text for c in row.cells]
            for row in docx.Document(str(path)).tables[0].rows[1:]}


@pytest.fixture
def patents(sample_path, tmp_path):
    """The sample with 福州's 每万人发明专利拥有量: 29.1件 at the end of last year, 31 in June,
    33.4 at the year's end, target 32件."""
    return edit(
        sample_path, tmp_path / "专利2011.xlsx",
        department_row("成果科", "每万人发明专利拥有量", "件", 33.4, 29.1),
        target("每万人发明专利拥有量", 32, "件", 科室="成果科"),
        monthly_row("每万人发明专利拥有量", "件", m6=31),
    )


def test_a_per_head_stock_is_paced_from_last_years_end(patents, tmp_path):
    items = {i.name: i for i in build_progress(load_report(patents), 6).items}
    patent = items["每万人发明专利拥有量"]
    # (31 − 29.1) ÷ (32 − 29.1) = 65.5 %, not 31 ÷ 32 = 96.9 % counted from zero
    assert patent.stock and patent.completion == pytest.approx(65.517, abs=0.01)
    out, text = _progress(patents, tmp_path, "--month", "6")
    assert _table(out)["每万人发明专利拥有量"][5:8] == ["65.5", "50.0", "15.5"]
    # the 指标结果 sheet (fill of a June workbook) judges it the same way
    from kjreport.indicators.stock import is_stock

    assert is_stock(load_report(patents).result("每万人发明专利拥有量"), 31)


def test_a_flow_counted_in_pieces_stays_a_flow(sample_path, tmp_path):
    # 发明专利授权量 (件, a 流量 in the catalogue) is counted from January even when June is high
    path = edit(
        sample_path, tmp_path / "授权2011.xlsx",
        department_row("成果科", "发明专利授权量", "件", 1300, 1200),
        target("发明专利授权量", 1300, "件", 科室="成果科"),
        monthly_row("发明专利授权量", "件", m6=1150),
    )
    item = {i.name: i for i in build_progress(load_report(path), 6).items}["发明专利授权量"]
    assert not item.stock and item.completion == pytest.approx(1150 / 1300 * 100)
