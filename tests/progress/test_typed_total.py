"""A typed 全市 row in 县区数据 is the city's figure in the 进度通报 and in the unit notices too, and a
unit typed 不计入合计 is named under their tables as under the summary's 附件2 (leftover9a item 3)."""

from __future__ import annotations

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.corpus.framework import append_total


@pytest.fixture(scope="module")
def typed_total(tmp_path_factory):
    """The sample with a 全市 row (高新技术产业产值 800, the units' 812) and 高新区 typed 不计入合计."""
    from tests.conftest import SAMPLE

    wb = openpyxl.load_workbook(SAMPLE)
    rows = {}
    for sheet in ("县区数据", "县区上年数据"):
        ws = wb[sheet]
        rows[sheet] = append_total(ws, "全市", skip=("类型",))
        at = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "高新区")
        ws.cell(at, 10).value = "高新区（不计入合计）"
    wb["县区数据"][f"B{rows['县区数据']}"] = 800
    path = tmp_path_factory.mktemp("total") / "鲁泽2011.xlsx"
    wb.save(path)
    return path


def _notes(path):
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.startswith("注：")]


def test_the_progress_county_table_opens_with_the_typed_total_and_names_the_unit_left_out(typed_total, tmp_path):
    out = tmp_path / "进度.docx"
    result = CliRunner().invoke(main, ["progress", str(typed_total), "-o", str(out), "--no-charts", "--force"])
    assert result.exit_code == 0, result.output
    annex = next(t for t in docx.Document(str(out)).tables if t.rows[0].cells[0].text == "县区")
    assert [c.text for c in annex.rows[1].cells][:3] == ["全市", "800.0", "—"]
    assert "全市" not in [r.cells[0].text for r in annex.rows[2:]]  # the total row is no unit
    # …and, as under the summary's 附件2, that the typed 全市 figures are no sum (qa13 F25)
    assert any(n.startswith("注：高新区不计入全市合计；全市高新技术产业产值") and "为报送的全市数，不是各县区之和" in n
               for n in _notes(out)), _notes(out)


def test_unit_progress_notices_take_shares_of_the_typed_total(typed_total, tmp_path):
    out = tmp_path / "通报"
    result = CliRunner().invoke(main, ["progress", str(typed_total), "--by", "县区", "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    qinghe = out / "清河区2011年全年进度通报.docx"
    text = "".join(p.text for p in docx.Document(str(qinghe)).paragraphs)
    assert "高新技术产业产值136.9亿元，占全市的17.1%" in text  # 136.9 / 800, not / 621.3 nor / 812
    assert "注：高新区不计入全市合计。" in _notes(out / "高新区2011年全年进度通报.docx")
    assert not any("不计入" in n for n in _notes(qinghe))  # only the unit left out is told so


def test_the_unit_left_out_is_told_so_under_its_year_notice(typed_total, tmp_path):
    out = tmp_path / "通报"
    result = CliRunner().invoke(main, ["docx", str(typed_total), "--by", "县区", "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    [note] = _notes(out / "高新区2011年科技工作通报.docx")
    assert note.startswith("注：比重类指标") and note.endswith("数值为零的指标不排位次；高新区不计入全市合计。")
    assert not any("不计入" in n for n in _notes(out / "清河区2011年科技工作通报.docx"))
