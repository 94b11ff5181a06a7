"""附件2 ranks against the figures it shows (the other half of qa10b F12/F13: 3-decimal ties), through
the real CLI on copies of the sample:

- two counties whose shares are equal but were reached by different arithmetic (43.2/229.5 and
  46.4/246.5 are both 18.8235…%, one a last bit higher) tie — before, they took two ranks and the
  whole column went to three decimals (26.912, 31.867 …) still showing 18.824 twice;
- two counties whose figures differ only beyond the three decimals a column may take (6111.2 and
  6113.8万元 = 0.61112 and 0.61138亿元) are 并列, at the column's own precision — never 0.611 at
  6th and 7th."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import edit
from tests.summary.test_qa7_documents import _rank_columns


def _counties(changes: dict[str, dict[int, float]]):
    def change(wb):
        ws = wb["县区数据"]
        for r in range(2, ws.max_row + 1):
            for col, value in changes.get(ws.cell(r, 1).value, {}).items():
                ws.cell(r, col).value = value
    return change


def _annex(sample_path, tmp_path, changes):
    path = edit(sample_path, tmp_path / "ties.xlsx", _counties(changes))
    out = tmp_path / "总结.docx"
    made = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--force"])
    assert made.exit_code == 0, made.output
    return path, {header: cells for header, cells in _rank_columns(docx.Document(str(out)).tables[1])}


def _one_figure_one_rank(columns):
    for header, cells in columns.items():
        decimals = {len(f.partition(".")[2]) for _, f, _ in cells if f != "—"}
        assert len(decimals) == 1, (header, cells)
        shown: dict[str, str] = {}
        for county, figure, rank in cells:
            assert shown.setdefault(figure, rank) == rank, (header, county, figure, cells)


def test_equal_shares_reached_by_different_arithmetic_tie(sample_path, tmp_path):
    # 县区数据: B 高新技术产业产值, C 规模以上工业总产值
    _, columns = _annex(sample_path, tmp_path, {"双河县": {2: 43.2, 3: 229.5}, "临泽县": {2: 46.4, 3: 246.5}})
    _one_figure_one_rank(columns)
    share = {county: (figure, rank) for county, figure, rank in columns["高新技术产业产值占规模以上工业总产值比重（%）"]}
    assert share["双河县"] == share["临泽县"] == ("18.8", "8"), share
    assert share["清河区"] == ("31.9", "2"), share  # the column keeps one decimal


def test_figures_apart_only_beyond_the_columns_decimals_are_tied(sample_path, tmp_path):
    # 县区数据: D 全社会R&D经费支出（万元）, F 地区生产总值（亿元）
    path, columns = _annex(sample_path, tmp_path, {"南湖县": {4: 6111.2, 6: 100}, "凤城县": {4: 6113.8, 6: 100}})
    _one_figure_one_rank(columns)
    rd = {county: (figure, rank) for county, figure, rank in columns["全社会R&D经费投入（亿元）"]}
    assert rd["南湖县"] == rd["凤城县"] == ("0.61", "6"), rd
    assert rd["柳桥县"] == ("0.63", "5") and rd["双河县"] == ("0.42", "8"), rd  # competition ranks
    folder = tmp_path / "通报"
    made = CliRunner().invoke(main, ["docx", str(path), "--by", "县区", "-o", str(folder)])
    assert made.exit_code == 0, made.output
    for county in ("南湖县", "凤城县"):
        table = docx.Document(str(next(folder.glob(f"{county}*.docx")))).tables[0]
        row = next([c.text for c in r.cells] for r in table.rows if r.cells[0].text == "全社会R&D经费投入")
        assert row[2] == "0.61" and row[-1] == "6（并列）", (county, row)
